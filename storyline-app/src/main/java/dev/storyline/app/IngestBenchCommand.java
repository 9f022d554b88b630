package dev.storyline.app;

import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.store.IngestReport;
import dev.storyline.store.LuceneStore;
import dev.storyline.store.StoreStats;
import dev.storyline.store.StoryUpdater;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Store ingest on a stream: batch by batch into an embedded store, with the window each batch regrouped, so the
 * cost of a store that already holds many articles of the same weeks (a national stream) is measured, not guessed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Time the embedded store's ingest batch by batch (window regrouped, seconds) on N generated articles"
        + " or a JSONL corpus, optionally re-dated to D articles a day (a dense national stream).")
final class IngestBenchCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin BenchCorpus.Options corpusOptions;

  @Option(names = "--per-day", paramLabel = "D", defaultValue = "0",
      description = "Re-date the articles in order, D per day from 2026-01-01 (0: keep their own dates; default).")
  int perDay;

  @Option(names = "--batch", paramLabel = "B", defaultValue = "2000", description = "Articles per add() (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--max-date-window", paramLabel = "N",
      description = "Stored articles a batch's date window may hold before the retrieval window replaces it"
          + " (default: the store's, " + StoryUpdater.MAX_DATE_WINDOW + "; a huge value keeps the date window always).")
  Integer maxDateWindow;

  @Option(names = "--data", paramLabel = "DIR", description = "Store directory (default: a temporary one, deleted after).")
  Path data;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (batch < 1 || perDay < 0) {
      err.println("error: --batch must be at least 1 and --per-day not negative");
      return 2;
    }
    BenchCorpus corpus = corpusOptions.open(out, err, Runtime.getRuntime().availableProcessors());
    if (corpus == null) return 1;
    List<RawArticle> articles = new ArrayList<>(corpus.size());
    java.util.Map<String, Integer> trueStory = new java.util.HashMap<>(); // generated corpora only
    for (int i = 0; i < corpus.size(); i++) {
      RawArticle r = redated(corpus.articles().apply(i), i);
      articles.add(r);
      if (corpus.generated()) trueStory.put(r.id(), i / dev.storyline.bench.CorpusGenerator.STORY_SIZE);
    }
    // Oldest first, as `storyline ingest` does.
    articles.sort(Comparator.comparing(RawArticle::published, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())));
    Path dir = data != null ? data : Files.createTempDirectory("storyline-bench-ingest");
    int limit = maxDateWindow == null ? StoryUpdater.MAX_DATE_WINDOW : maxDateWindow;
    out.printf(Locale.ROOT, "batches of %,d; %s; date window up to %,d stored articles, then retrieval%n", batch,
        perDay > 0 ? String.format(Locale.ROOT, "re-dated %,d articles a day", perDay) : "own dates", limit);
    long start = System.nanoTime();
    int added = 0;
    try (LuceneStore store = LuceneStore.open(dir).withMaxDateWindow(limit)) {
      for (int from = 0; from < articles.size(); from += batch) {
        List<RawArticle> chunk = articles.subList(from, Math.min(articles.size(), from + batch));
        long t0 = System.nanoTime();
        IngestReport r = store.add(chunk);
        added += r.added();
        out.printf(Locale.ROOT, "batch %3d: %,6d new, window %,7d stored articles (%s), %6.1f s%n", from / batch, r.added(),
            r.regrouped(), r.retrieved() ? "retrieved" : "date", (System.nanoTime() - t0) / 1e9);
        out.flush();
      }
      double secs = (System.nanoTime() - start) / 1e9;
      StoreStats stats = store.stats();
      out.printf(Locale.ROOT, "total: %,d articles stored in %.1f s, %.0f articles/s; %,d stories, %,d entities; %,d MB on disk%n",
          added, secs, added / secs, stats.stories(), stats.entities(), store.sizeOnDisk() >> 20);
      if (!trueStory.isEmpty()) out.printf(Locale.ROOT, "stored stories vs the generator's: %s%n", bcubed(store, trueStory));
    } finally {
      if (data == null) delete(dir);
    }
    out.flush();
    return 0;
  }

  /** B-cubed of the stored stories against the generator's true stories, over the articles stored. */
  private static String bcubed(LuceneStore store, java.util.Map<String, Integer> trueStory) {
    java.util.Map<String, List<Integer>> byStory = new java.util.HashMap<>();
    List<Integer> gold = new ArrayList<>();
    for (var e : trueStory.entrySet()) {
      var story = store.storyOf(e.getKey());
      if (story.isEmpty()) continue; // a duplicate or a problem: not stored
      byStory.computeIfAbsent(story.get(), k -> new ArrayList<>()).add(gold.size());
      gold.add(e.getValue());
    }
    var s = dev.storyline.eval.BCubed.score(new ArrayList<>(byStory.values()), gold.stream().mapToInt(Integer::intValue).toArray());
    return String.format(Locale.ROOT, "B-cubed P %.4f R %.4f F1 %.4f (%,d generated stories)", s.precision(), s.recall(), s.f1(),
        new java.util.HashSet<>(gold).size());
  }

  private RawArticle redated(RawArticle r, int i) {
    if (perDay == 0) return r;
    PartialDate day = PartialDate.parseIso(LocalDate.of(2026, 1, 1).plusDays(i / perDay).toString()).orElseThrow();
    return new RawArticle(r.id(), r.source(), r.title(), r.text(), day, r.url(), r.outlet());
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
