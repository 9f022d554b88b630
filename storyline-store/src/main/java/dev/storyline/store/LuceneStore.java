package dev.storyline.store;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.RawArticle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The embedded store: one data directory with a Lucene index. */
public final class LuceneStore implements StoryRepository {

  /** Opens the store in {@code dir}, creating it when absent. */
  public static LuceneStore open(Path dir) { throw new UnsupportedOperationException("TODO"); }

  @Override public IngestReport add(List<RawArticle> articles) { throw new UnsupportedOperationException("TODO"); }
  @Override public List<StorySummary> stories(int offset, int limit) { throw new UnsupportedOperationException("TODO"); }
  @Override public Optional<StoredStory> story(String id) { throw new UnsupportedOperationException("TODO"); }
  @Override public Optional<AnalyzedArticle> article(String id) { throw new UnsupportedOperationException("TODO"); }
  @Override public List<Entity> entities(String query, int limit) { throw new UnsupportedOperationException("TODO"); }
  @Override public Optional<EntityView> entity(String id) { throw new UnsupportedOperationException("TODO"); }
  @Override public SearchResult search(SearchRequest request) { throw new UnsupportedOperationException("TODO"); }
  @Override public StoreStats stats() { throw new UnsupportedOperationException("TODO"); }
  @Override public void close() {}
}
