package dev.storyline.store;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Sentence;

/**
 * What a list needs to show an article: no text, no annotations. {@code published} is ISO or "".
 * {@code title} is the article's title, or, for an article without one (plain-text inputs often have none),
 * its opening words: a list of ids tells a reader nothing.
 */
public record ArticleHeader(String id, String title, String outlet, String url, String published, String storyId) {

  /** Longest opening shown in place of a missing title. */
  static final int OPENING_CHARS = 90;

  /** The article's title, else its first sentence cut at a word boundary near {@link #OPENING_CHARS}, else its id. */
  public static String displayTitle(AnalyzedArticle a) {
    String title = a.article().title();
    if (title != null && !title.isBlank()) return title.strip();
    String text = a.text();
    if (text == null || text.isBlank()) return a.id();
    int end = text.indexOf('\n');
    if (end < 0) end = text.length();
    if (!a.sentences().isEmpty()) {
      Sentence first = a.sentences().get(0);
      end = Math.min(end, first.end());
    }
    String opening = text.substring(0, end).strip();
    if (opening.length() <= OPENING_CHARS) return opening.isEmpty() ? a.id() : opening;
    int cut = opening.lastIndexOf(' ', OPENING_CHARS);
    if (cut < OPENING_CHARS / 2) cut = OPENING_CHARS;
    return opening.substring(0, cut).strip() + "…";
  }
}
