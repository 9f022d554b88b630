package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Entity;
import dev.storyline.model.RawArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LuceneStore stores exactly what the backend-neutral plan says: the examples ingested in batches end up as the
 * same articles (record and story), stories and entities as in StoryUpdaterTest's in-memory state fed the same
 * batches. OpenSearchStoreTest has the same check against the same state, so both backends agree.
 */
class LuceneStorePlanTest {
  @TempDir Path dir;

  @Test
  void examplesInBatchesGiveTheStateThePlansDescribe() {
    List<RawArticle> examples = TestCorpus.examplesArticles();
    MemoryStoredState memory = new MemoryStoredState();
    StoryUpdater updater = new StoryUpdater(2);
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (int i = 0; i < examples.size(); i += 9) {
        List<RawArticle> batch = examples.subList(i, Math.min(examples.size(), i + 9));
        memory.apply(updater.plan(memory, batch, memory.next));
        store.add(batch);
      }
      assertThat(store.stats()).isEqualTo(new StoreStats(memory.articles.size(), memory.stories.size(),
          memory.entities.size()));
      for (StoryUpdater.StoredArticle a : memory.articles.values()) {
        assertThat(store.article(a.article().id())).contains(a.article());
        assertThat(store.storyOf(a.article().id())).contains(a.story());
      }
      for (var s : memory.stories.values()) assertThat(store.story(s.id()).orElseThrow().story()).isEqualTo(s);
      assertThat(store.entities("", 10_000)).containsExactlyInAnyOrderElementsOf(memory.entities.values());
      assertThat(store.entitiesById(memory.entities.keySet())).extracting(Entity::id)
          .containsExactlyElementsOf(memory.entities.keySet());
    }
  }
}
