package dev.storyline.store;

/**
 * Field names of the documents in the store's index that both {@link LuceneStore} and the search side
 * ({@link SearchFields}, {@link ArticleSearcher}) rely on. Search-only fields are named in SearchFields.
 */
final class Fields {
  private Fields() {}

  /** StringField, not stored: what a document is, one of the KIND_ values. */
  static final String KIND = "kind";
  static final String KIND_ARTICLE = "article";
  static final String KIND_STORY = "story";
  static final String KIND_ENTITY = "entity";
  /** An editor's pin: the story an article was merged or split into by hand (id = the article's id). */
  static final String KIND_PIN = "pin";

  /** StringField, stored: the article, story or entity id (the term used to replace a document). */
  static final String ID = "id";

  /** StoredField: the whole record as JSON (AnalyzedArticle, Story or Entity). */
  static final String JSON = "json";

  /** StringField: hash of an article's normalised text, to store the same content once. */
  static final String HASH = "hash";
}
