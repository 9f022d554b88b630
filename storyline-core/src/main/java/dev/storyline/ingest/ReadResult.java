package dev.storyline.ingest;

import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.util.List;

/** What reading some inputs gave: the articles, and a problem for each input (or line) that could not be used. */
public record ReadResult(List<RawArticle> articles, List<Problem> problems) {
  public ReadResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
