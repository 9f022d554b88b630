package dev.storyline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LuceneStore stores exactly what the backend-neutral plan says: the examples ingested in batches end up as the
 * same articles (record and story), stories and entities as {@link MemoryStoredState} fed the same batches.
 * OpenSearchStoreTest runs the same check, so both backends agree.
 */
class LuceneStorePlanTest {
  @TempDir Path dir;

  @Test
  void examplesInBatchesGiveTheStateThePlansDescribe() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      MemoryStoredState.assertStoreFollowsPlans(store, TestCorpus.examplesArticles(), 9);
    }
  }
}
