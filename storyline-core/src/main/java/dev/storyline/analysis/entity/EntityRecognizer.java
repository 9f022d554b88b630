package dev.storyline.analysis.entity;

import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import java.util.List;

/** Finds people, organisations, places and other named things in one article. */
public final class EntityRecognizer {
  public List<EntityMention> find(String text, List<Sentence> sentences) {
    throw new UnsupportedOperationException("TODO");
  }
}
