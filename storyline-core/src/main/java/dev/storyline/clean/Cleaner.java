package dev.storyline.clean;

import dev.storyline.model.Article;
import dev.storyline.model.RawArticle;

/** Removes captions, credits, source lines, repeated paragraphs, teasers and widget labels, recording each removal. */
public final class Cleaner {
  public Article clean(RawArticle raw) {
    throw new UnsupportedOperationException("TODO");
  }
}
