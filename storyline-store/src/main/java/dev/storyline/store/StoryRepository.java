package dev.storyline.store;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.RawArticle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the CLI, the REST API and the web UI need from a store of analysed articles and their stories.
 * The embedded implementation is {@link LuceneStore} (one data directory); a shared index on a search
 * engine can implement the same contract later.
 *
 * <p>Implementations are thread-safe: many readers at once, writes serialised inside.
 */
public interface StoryRepository extends AutoCloseable {

  /**
   * Cleans, analyses and stores the articles, updates the stories they touch and commits, all or nothing.
   * An article whose id or whose content is already stored is not stored twice (reported as a duplicate).
   */
  IngestReport add(List<RawArticle> articles);

  /** Stories, most recent activity (newest article) first. */
  List<StorySummary> stories(int offset, int limit);

  Optional<StoredStory> story(String id);

  Optional<AnalyzedArticle> article(String id);

  /** The stored story id of an article, if any. */
  Optional<String> storyOf(String articleId);

  /** Entities whose name or alias matches the query (accents optional), most mentioned first; all when blank. */
  List<Entity> entities(String query, int limit);

  Optional<EntityView> entity(String id);

  /** The stored entities with these ids (those that exist), in the given order. */
  List<Entity> entitiesById(Collection<String> ids);

  SearchResult search(SearchRequest request);

  StoreStats stats();

  /**
   * Merges story {@code from} into {@code into} (an editor's correction) and returns {@code into}; the articles stay
   * together in later ingests.
   *
   * @throws IllegalArgumentException      for an unknown story or a story merged into itself
   * @throws UnsupportedOperationException when this store cannot edit stories
   */
  default String mergeStories(String into, String from) {
    throw new UnsupportedOperationException("this store cannot merge stories yet (the embedded store can)");
  }

  /**
   * Moves these articles of {@code story} into a new story (an editor's correction) and returns its id; later
   * ingests keep them apart.
   *
   * @throws IllegalArgumentException      for an unknown story, an article not in it, or none or all of its articles
   * @throws UnsupportedOperationException when this store cannot edit stories
   */
  default String splitStory(String story, Collection<String> articleIds) {
    throw new UnsupportedOperationException("this store cannot split stories yet (the embedded store can)");
  }

  @Override
  void close();
}
