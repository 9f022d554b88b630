package dev.storyline.analysis.entity;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import java.util.List;

/** Articles whose mentions and quote speakers now carry entity ids, and the merged entities. */
public record LinkResult(List<AnalyzedArticle> articles, List<Entity> entities) {
  public LinkResult {
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
  }
}
