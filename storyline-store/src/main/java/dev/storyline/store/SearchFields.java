package dev.storyline.store;

import dev.storyline.model.AnalyzedArticle;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;

/**
 * The searchable, filterable and facetable fields of an article document. {@link LuceneStore} builds the
 * document (kind, id, hash, json) and calls {@link #add} for the rest; it configures its IndexWriter with
 * {@link #analyzer()}.
 */
public final class SearchFields {
  private SearchFields() {}

  /** The analyzer the IndexWriter must use (per-field: Vietnamese syllables, bigrams, accent-folded variants). */
  public static Analyzer analyzer() { throw new UnsupportedOperationException("TODO"); }

  /**
   * Adds everything search needs: title and text (exact and accent-folded, syllables and bigrams), the
   * publication date and event dates, entity ids and types, outlet, story id, and stored header fields
   * (title, outlet, url, published, story) so a hit is shown without parsing the JSON.
   *
   * @param storyId the story the article belongs to, or null
   */
  public static void add(Document doc, AnalyzedArticle article, String storyId) {
    throw new UnsupportedOperationException("TODO");
  }
}
