package dev.storyline.analysis.time;

import dev.storyline.model.Article;
import dev.storyline.model.Sentence;
import java.util.List;

/** Finds and resolves time expressions, dates the article when it has no date, and dates each event sentence. */
public final class TemporalAnalyzer {
  public TemporalResult analyze(Article article, List<Sentence> sentences) {
    throw new UnsupportedOperationException("TODO");
  }
}
