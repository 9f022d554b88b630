package dev.storyline.story;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.Story;
import java.util.List;

/** Builds the story products (timeline, summary, facts, actors, quotes) for one group of articles. */
public final class StoryBuilder {
  public Story build(String id, List<AnalyzedArticle> articles, List<Entity> entities) {
    throw new UnsupportedOperationException("TODO");
  }
}
