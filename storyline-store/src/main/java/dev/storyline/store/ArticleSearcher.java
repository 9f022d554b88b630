package dev.storyline.store;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;

/** Runs a {@link SearchRequest} over the article documents of an index: query, filters, facets, snippets, groups. */
public final class ArticleSearcher {

  /** How the searcher gets a story's list line for facets and groups (from the store). */
  public interface StoryLookup {
    Optional<StorySummary> story(String id);
  }

  /** Entity display names for the entity facet. */
  public interface EntityNames {
    Optional<String> name(String entityId);
  }

  public SearchResult search(IndexSearcher searcher, SearchRequest request, StoryLookup stories, EntityNames names)
      throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
