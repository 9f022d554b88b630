package dev.storyline.store;

import dev.storyline.model.AnalyzedArticle;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The searchable, filterable and facetable fields of an article document. {@link LuceneStore} builds the
 * document (kind, id, hash, json) and calls {@link #add} for the rest; it configures its IndexWriter with
 * {@link #analyzer()}.
 *
 * <p>MINIMAL placeholder body (store branch) so the store's tests run; the search helper's version replaces it.
 */
public final class SearchFields {
  private SearchFields() {}

  static final String TITLE = "title", TEXT = "text", OUTLET = "outlet", URL = "url", PUBLISHED = "published",
      STORY = "story";

  /** The analyzer the IndexWriter must use (per-field: Vietnamese syllables, bigrams, accent-folded variants). */
  public static Analyzer analyzer() { return new StandardAnalyzer(); }

  /**
   * Adds everything search needs: title and text (exact and accent-folded, syllables and bigrams), the
   * publication date and event dates, entity ids and types, outlet, story id, and stored header fields
   * (title, outlet, url, published, story) so a hit is shown without parsing the JSON.
   *
   * @param storyId the story the article belongs to, or null
   */
  public static void add(Document doc, AnalyzedArticle article, String storyId) {
    doc.add(new TextField(TITLE, article.article().title(), Field.Store.YES));
    doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
    doc.add(new StoredField(OUTLET, article.article().outlet()));
    doc.add(new StoredField(URL, article.article().url()));
    doc.add(new StoredField(PUBLISHED, article.published() == null ? "" : article.published().iso()));
    if (storyId != null) doc.add(new StringField(STORY, storyId, Field.Store.YES));
  }
}
