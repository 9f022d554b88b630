package dev.storyline.app;

import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.store.IngestReport;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.StoreStats;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads articles like analyze does and adds them to a store in batches, each batch one commit: an interrupted
 * run keeps every batch it finished, and running it again skips what is stored.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Adds articles to the store in --data DIR: analysed, deduplicated, grouped into stories.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:all inputs stored (or already there)", "1:nothing usable was read",
        "3:some inputs had problems, the rest was stored", "4:the store cannot be used (e.g. in use by another process)"})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, globs, or - for standard input.")
  List<String> inputs;

  @Mixin StoreOptions store;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "2000",
      description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch = 2000;

  @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary.")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (batch < 1) {
      err.println("error: --batch must be at least 1");
      return Runner.NOTHING_READ;
    }
    ReadResult read = new ArticleReader().read(inputs);
    for (Problem p : read.problems()) err.println("warning: " + p);
    if (read.articles().isEmpty()) {
      err.println("error: no usable article in " + String.join(", ", inputs));
      return Runner.NOTHING_READ;
    }
    // Oldest first: each batch then covers a short span of dates, so the stored window it regroups stays small.
    List<RawArticle> articles = new ArrayList<>(read.articles());
    articles.sort(Comparator.comparing(RawArticle::published, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())));

    if (!store.valid(err)) return StoreOptions.USAGE;
    StoryRepository s = store.open(err);
    if (s == null) return StoreOptions.STORE_UNUSABLE;
    int added = 0, duplicates = 0, problems = 0;
    try (s) {
      Progress progress = new Progress(articles.size(), quiet ? null : err);
      for (int from = 0; from < articles.size(); from += batch) {
        List<RawArticle> chunk = articles.subList(from, Math.min(articles.size(), from + batch));
        IngestReport r = s.add(chunk);
        for (Problem p : r.problems()) err.println("warning: " + p);
        added += r.added();
        duplicates += r.duplicates();
        problems += r.problems().size();
        progress.done(from + chunk.size());
      }
      if (!quiet) {
        StoreStats stats = s.stats();
        out.printf("stored %d new article(s), %d duplicate(s), %d problem(s); %s now holds %d articles, %d stories, %d entities%n",
            added, duplicates, problems + read.problems().size(), store.describe(), stats.articles(), stats.stories(), stats.entities());
        out.flush();
      }
    }
    return read.problems().isEmpty() && problems == 0 ? Runner.OK : Runner.PARTIAL;
  }

  /** "ingest: 4000/30000 articles (13%), 350 articles/s, ETA 1m14s" on stderr after each batch. */
  static final class Progress {
    private final int total;
    private final PrintWriter err;
    private final long start = System.nanoTime();

    Progress(int total, PrintWriter err) {
      this.total = total;
      this.err = err;
    }

    void done(int n) {
      if (err == null) return;
      double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
      double rate = n / secs;
      long eta = rate > 0 ? Math.round((total - n) / rate) : 0;
      err.printf("ingest: %d/%d articles (%d%%), %.0f articles/s, ETA %s%n", n, total, total == 0 ? 100 : n * 100L / total,
          rate, duration(eta));
      err.flush();
    }

    static String duration(long secs) {
      if (secs < 60) return secs + "s";
      if (secs < 3600) return (secs / 60) + "m" + String.format("%02d", secs % 60) + "s";
      return (secs / 3600) + "h" + String.format("%02d", (secs % 3600) / 60) + "m";
    }
  }
}
