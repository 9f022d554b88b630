package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.model.RawArticle;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** add() is all or nothing, and readers work while it runs. */
class LuceneStoreAtomicityTest {
  @TempDir Path dir;

  @Test
  void aFailureBeforeTheCommitLeavesTheStoreAsItWas() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", LuceneStoreTest.FLOOD_1)));
      StoreStats before = store.stats();
      String flood = store.storyOf("f1").orElseThrow();
      store.beforeCommit = () -> { throw new IllegalStateException("disk full (simulated)"); };
      assertThatThrownBy(() -> store.add(List.of(TestCorpus.raw("f2", "2025-03-04", LuceneStoreTest.FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", LuceneStoreTest.COFFEE)))).hasMessageContaining("simulated");
      assertThat(store.stats()).isEqualTo(before);
      assertThat(store.article("f2")).isEmpty();
      assertThat(store.story(flood).orElseThrow().story().articles()).containsExactly("f1");

      // the writer was reopened from the last commit: the same batch now goes in, and no story number was lost
      store.beforeCommit = () -> {};
      IngestReport r = store.add(List.of(TestCorpus.raw("f2", "2025-03-04", LuceneStoreTest.FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", LuceneStoreTest.COFFEE)));
      assertThat(r.added()).isEqualTo(2);
      assertThat(store.storyOf("f2")).contains(flood);
      assertThat(store.storyOf("c1")).contains("story-2");
    }
    try (LuceneStore reopened = LuceneStore.open(dir)) {
      assertThat(reopened.stats().articles()).isEqualTo(3);
    }
  }

  @Test
  void readersSeeOnlyWholeCommitsWhileAWriterRuns() throws Exception {
    List<RawArticle> examples = TestCorpus.examplesArticles();
    int batch = 9;
    try (LuceneStore store = LuceneStore.open(dir)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      List<Long> seen = new CopyOnWriteArrayList<>();
      Runnable reader = () -> {
        while (writing.get()) {
          try {
            long n = store.stats().articles();
            if (n % batch != 0) failures.add(new AssertionError("saw " + n + " articles: half a batch"));
            seen.add(n);
            store.stories(0, 20).forEach(s -> store.story(s.id()).orElseThrow());
            store.entities("quang", 5);
          } catch (Throwable e) {
            failures.add(e);
          }
        }
      };
      Thread r1 = new Thread(reader), r2 = new Thread(reader);
      r1.start();
      r2.start();
      try {
        for (int i = 0; i + batch <= examples.size(); i += batch) store.add(examples.subList(i, i + batch));
      } finally {
        writing.set(false);
        r1.join();
        r2.join();
      }
      assertThat(failures).isEmpty();
      assertThat(seen).isNotEmpty();
      assertThat(store.stats().articles()).isEqualTo(examples.size() / batch * batch);
    }
  }
}
