package dev.storyline.analysis.entity;

import dev.storyline.model.AnalyzedArticle;
import java.util.List;

/** Merges mentions of the same real-world entity across articles (spelling variants, surnames, acronyms). */
public final class EntityLinker {
  public LinkResult link(List<AnalyzedArticle> articles) {
    throw new UnsupportedOperationException("TODO");
  }
}
