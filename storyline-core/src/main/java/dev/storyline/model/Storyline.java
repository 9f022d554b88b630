package dev.storyline.model;

import java.util.List;

/** Everything one run produces: analysed articles, merged entities, stories, and input problems. */
public record Storyline(List<AnalyzedArticle> articles, List<Entity> entities, List<Story> stories,
                        List<Problem> problems) {
  public Storyline {
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
    stories = List.copyOf(stories);
    problems = List.copyOf(problems);
  }
}
