package dev.storyline.store;

/**
 * The store's own bookkeeping fields, beside the shared {@link Fields} and the search fields. Prefixed "st." so
 * they never clash with what {@link SearchFields} adds.
 */
final class StoreFields {
  private StoreFields() {}

  /** StringField: kind + ":" + id, unique over the index; the term a document is replaced or deleted by. */
  static final String KEY = "st.key";
  /** Article: StringField, stored: the story it belongs to. */
  static final String STORY = "st.story";
  /**
   * Article: SortedDocValues of its story, so window and retrieval reads get a hit's story without decompressing
   * its stored JSON (a field of its own: stores written before it exist, and a field's doc-values type is fixed).
   */
  static final String STORY_DV = "st.story.dv";
  /** Article: LongPoint + NumericDocValues: first epoch day of the publication date (absent when undated). */
  static final String DAY = "st.day";
  /** Article and story: StringField per linked entity id mentioned in it (not stored). */
  static final String ENTITY = "st.entity";
  /** Article: StoredField, the {@link ArticleHeader} as JSON. */
  static final String HEADER = "st.header";
  /** Story: StoredField, the {@link StorySummary} as JSON. */
  static final String SUMMARY = "st.summary";
  /** Story: NumericDocValues, epoch day of its newest article (Long.MIN_VALUE when none is dated). */
  static final String LAST = "st.last";
  /** Story and entity: SortedDocValues of the id, the tie-break of list orders. */
  static final String SORT_ID = "st.sortid";
  /** Entity: StringField per accent-folded, lower-cased word of its name and aliases. */
  static final String WORD = "st.word";
  /** Entity: NumericDocValues, number of mentions over the store. */
  static final String MENTIONS = "st.mentions";

  /** Pin: StoredField, the story the editor put the article in. */
  static final String PIN_STORY = "st.pin.story";

  /** Commit user data: the number of the next new story id. */
  static final String NEXT_STORY = "next-story";
  /** Commit user data: how many add() calls have committed (a counter for tools and tests). */
  static final String COMMITS = "commits";

  static String key(String kind, String id) { return kind + ":" + id; }
}
