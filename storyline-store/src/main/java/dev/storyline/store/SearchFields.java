package dev.storyline.store;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import dev.storyline.store.search.SyllableTokens;
import dev.storyline.store.search.VietnameseAnalyzer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;

/**
 * The searchable, filterable and facetable fields of an article document. {@link LuceneStore} builds the
 * document (kind, id, hash, json) and calls {@link #add} for the rest; it configures its IndexWriter with
 * {@link #analyzer()}.
 *
 * <p>Title and text are each indexed three ways: syllables exact (matchKey: lower case, one tone-mark placement)
 * and accent-folded, and adjacent syllable pairs accent-folded. Single-syllable queries use the syllable
 * fields, longer ones the pair fields, so "liên minh" is one term lookup and never matches "liên … minh".
 * Filters and facets are {@link KeywordField}s (indexed term + sorted-set doc values); date filters are
 * {@link IntRange}s of epoch days so a month-precision date overlaps every day of its month.
 */
public final class SearchFields {
  private SearchFields() {}

  // Searchable text: exact / folded syllables, folded pairs (matching is by folded forms, exact ones add score).
  static final String TITLE = "s_title", TITLE_F = "s_title_f", TITLE_FB = "s_title_fb";
  static final String TEXT = "s_text", TEXT_F = "s_text_f", TEXT_FB = "s_text_fb";

  // Filters and facets (KeywordField: term + sorted-set doc values).
  static final String OUTLET = "f_source", STORY = "f_story", ENTITY = "f_entity", TYPE = "f_type",
      MONTH = "f_month";
  // Dates as IntRange of epoch days; sort key for blank queries (newest first).
  static final String PUBLISHED_RANGE = "d_pub", EVENT_RANGE = "d_event", PUBLISHED_SORT = "d_pub_sort";

  // Stored header and text, so a hit and its snippets need no JSON parsing.
  static final String H_TITLE = "h_title", H_OUTLET = "h_outlet", H_URL = "h_url", H_PUBLISHED = "h_pub",
      H_STORY = "h_story", H_TEXT = "h_text";

  private static final FieldType SYLLABLES = textType(IndexOptions.DOCS_AND_FREQS);
  private static final FieldType PAIRS = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  private static final Analyzer ANALYZER = buildAnalyzer();

  private static FieldType textType(IndexOptions options) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setIndexOptions(options);
    t.freeze();
    return t;
  }

  private static Analyzer buildAnalyzer() {
    Analyzer exact = new VietnameseAnalyzer(false, false), folded = new VietnameseAnalyzer(true, false),
        foldedPairs = new VietnameseAnalyzer(true, true);
    Map<String, Analyzer> byField = new HashMap<>();
    byField.put(TITLE, exact);
    byField.put(TEXT, exact);
    byField.put(TITLE_F, folded);
    byField.put(TEXT_F, folded);
    byField.put(TITLE_FB, foldedPairs);
    byField.put(TEXT_FB, foldedPairs);
    Map<String, Analyzer> fields = Map.copyOf(byField);
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) { return fields.getOrDefault(fieldName, exact); }
    };
  }

  /** The analyzer the IndexWriter must use (per-field: Vietnamese syllables, bigrams, accent-folded variants). */
  public static Analyzer analyzer() { return ANALYZER; }

  /**
   * Adds everything search needs: title and text (exact and accent-folded, syllables and bigrams), the
   * publication date and event dates, entity ids and types, outlet, story id, and stored header fields
   * (title, outlet, url, published, story) so a hit is shown without parsing the JSON.
   *
   * @param storyId the story the article belongs to, or null
   */
  public static void add(Document doc, AnalyzedArticle article, String storyId) {
    var a = article.article();
    String title = a.title() == null ? "" : a.title();
    String text = a.text() == null ? "" : a.text();
    // Each text is scanned once and replayed into its three fields (the analyzer would scan it three times).
    SyllableTokens titleTokens = SyllableTokens.of(title), textTokens = SyllableTokens.of(text);
    doc.add(new Field(TITLE, titleTokens.stream(false, false), SYLLABLES));
    doc.add(new Field(TITLE_F, titleTokens.stream(true, false), SYLLABLES));
    doc.add(new Field(TITLE_FB, titleTokens.stream(true, true), PAIRS));
    doc.add(new Field(TEXT, textTokens.stream(false, false), SYLLABLES));
    doc.add(new Field(TEXT_F, textTokens.stream(true, false), SYLLABLES));
    doc.add(new Field(TEXT_FB, textTokens.stream(true, true), PAIRS));

    String outlet = a.outlet() == null ? "" : a.outlet();
    if (!outlet.isBlank()) doc.add(new KeywordField(OUTLET, outlet, Field.Store.NO));
    if (storyId != null && !storyId.isBlank()) doc.add(new KeywordField(STORY, storyId, Field.Store.NO));

    Set<String> entities = new LinkedHashSet<>(), types = new LinkedHashSet<>();
    for (EntityMention m : article.entities()) {
      if (m.entity() != null && !m.entity().isBlank()) entities.add(m.entity());
      if (m.type() != null) types.add(m.type().name());
    }
    for (String e : entities) doc.add(new KeywordField(ENTITY, e, Field.Store.NO));
    for (String t : types) doc.add(new KeywordField(TYPE, t, Field.Store.NO));

    PartialDate published = article.published() != null ? article.published() : a.published();
    if (published != null) {
      doc.add(range(PUBLISHED_RANGE, published));
      doc.add(new NumericDocValuesField(PUBLISHED_SORT, published.start().toEpochDay()));
      if (published.month() != 0) doc.add(new KeywordField(MONTH, published.iso().substring(0, 7), Field.Store.NO));
    } else {
      doc.add(new NumericDocValuesField(PUBLISHED_SORT, Long.MIN_VALUE));
    }
    Set<PartialDate> eventDates = new LinkedHashSet<>();
    for (EventTime et : article.eventTimes()) PartialDate.parseIso(et.value()).ifPresent(eventDates::add);
    for (TimeExpression t : article.times()) {
      if (t.type() == TimeType.DATE || t.type() == TimeType.TIME) PartialDate.parseIso(t.value()).ifPresent(eventDates::add);
    }
    for (PartialDate d : eventDates) doc.add(range(EVENT_RANGE, d));

    doc.add(new StoredField(H_TITLE, ArticleHeader.displayTitle(article)));
    doc.add(new StoredField(H_OUTLET, outlet));
    doc.add(new StoredField(H_URL, a.url() == null ? "" : a.url()));
    doc.add(new StoredField(H_PUBLISHED, published == null ? "" : published.iso()));
    doc.add(new StoredField(H_STORY, storyId == null ? "" : storyId));
    doc.add(new StoredField(H_TEXT, text));
  }

  static IntRange range(String field, PartialDate d) {
    return new IntRange(field, new int[] {(int) d.start().toEpochDay()}, new int[] {(int) d.end().toEpochDay()});
  }

  static Optional<String> nonBlank(String s) { return s == null || s.isBlank() ? Optional.empty() : Optional.of(s); }
}
