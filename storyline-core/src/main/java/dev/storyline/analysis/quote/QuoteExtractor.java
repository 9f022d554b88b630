package dev.storyline.analysis.quote;

import dev.storyline.model.EntityMention;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import java.util.List;

/** Finds direct quotes and reported speech with their speakers. */
public final class QuoteExtractor {
  public List<Quote> find(String text, List<Sentence> sentences, List<EntityMention> entities) {
    throw new UnsupportedOperationException("TODO");
  }
}
