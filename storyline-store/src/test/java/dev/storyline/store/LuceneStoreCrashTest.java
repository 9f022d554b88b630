package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during ingest: the store opens afterwards with every committed article, consistent. */
class LuceneStoreCrashTest {
  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesTheLastCommittedStoreReadable() throws Exception {
    int batchSize = TestCorpus.examplesArticles().size();
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashIngestMain.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    AtomicLong committed = new AtomicLong(-1);
    AtomicLong commits = new AtomicLong();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.startsWith("committed ")) {
            committed.set(Long.parseLong(line.substring(10).strip()));
            commits.incrementAndGet();
          }
        }
      } catch (Exception ignored) {
        // the stream closes when the child dies
      }
    });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (commits.get() < 2 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
    assertThat(commits.get()).as("child commits before the kill").isGreaterThanOrEqualTo(2);
    Thread.sleep(150); // into the next batch: analysing, writing or committing
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(5000);
    long seen = committed.get();

    try (LuceneStore store = LuceneStore.open(dir)) {
      StoreStats stats = store.stats();
      // all or nothing: whole batches only, and at least every batch the child reported
      assertThat(stats.articles() % batchSize).isZero();
      assertThat(stats.articles()).isGreaterThanOrEqualTo(seen);
      List<StorySummary> stories = store.stories(0, 100_000);
      assertThat((long) stories.size()).isEqualTo(stats.stories());
      Set<String> ids = new HashSet<>();
      for (StorySummary s : stories) {
        StoredStory story = store.story(s.id()).orElseThrow();
        assertThat(story.articles()).hasSize(s.articles());
        for (String a : story.story().articles()) {
          assertThat(ids.add(a)).as("article " + a + " in two stories").isTrue();
          assertThat(store.article(a)).as(a).isPresent();
          assertThat(store.storyOf(a)).contains(s.id());
        }
      }
      assertThat((long) ids.size()).isEqualTo(stats.articles());
      // and it still takes writes
      IngestReport more = store.add(List.of(TestCorpus.raw("after-crash", "2025-03-03", LuceneStoreTest.FLOOD_1)));
      assertThat(more.added()).isEqualTo(1);
    }
  }
}
