package dev.storyline.app;

import dev.storyline.app.watch.Durations;
import dev.storyline.app.watch.Fetcher;
import dev.storyline.app.watch.Watcher;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.store.StoryRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Polls feeds and stores the new articles they link to; see docs/watch.md. The work is in
 * {@link dev.storyline.app.watch.Watcher}; this class parses options, runs rounds and stops cleanly on Ctrl-C.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Polls RSS/Atom feeds (URLs or files), fetches each new article page once, and adds it to the store in --data DIR.",
    exitCodeListHeading = "Exit codes (--once; a loop stopped with Ctrl-C exits 0):%n",
    exitCodeList = {"0:the round had no failure", "1:no feed could be read", "3:some feeds or pages failed, the rest was stored",
        "4:the store cannot be used (e.g. in use by another process)"})
final class WatchCommand implements Callable<Integer> {
  static final String DEFAULT_USER_AGENT = "Storyline/0.1 (news research; one request per page; set --user-agent with your contact)";

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (http/https) or feed files.")
  List<String> feeds;

  @Mixin StoreOptions store;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
      description = "Time from the start of one round to the start of the next (default: ${DEFAULT-VALUE}).")
  Duration every;

  @Option(names = "--once", description = "Run one round and exit.")
  boolean once;

  @Option(names = "--delay-per-host", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
      description = "Least gap between two requests to the same host (default: ${DEFAULT-VALUE}).")
  Duration delayPerHost;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", converter = DurationConverter.class,
      description = "Limit for one whole request, connection to last byte (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
      description = "Retries after a 5xx answer, a timeout or an I/O error; never after a 4xx (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--backoff", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
      description = "Wait before the first retry, doubled for each next one (default: ${DEFAULT-VALUE}).")
  Duration backoff;

  @Option(names = "--user-agent", paramLabel = "TEXT", defaultValue = DEFAULT_USER_AGENT,
      description = "User-Agent header; put a way to reach you in it (default: ${DEFAULT-VALUE}).")
  String userAgent;

  @Spec CommandSpec spec;

  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override public Duration convert(String value) { return Durations.parse(value); }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (retries < 0 || retries > 10) {
      err.println("error: --retries must be between 0 and 10");
      return Runner.NOTHING_READ;
    }
    if (timeout.isZero() || timeout.isNegative()) {
      err.println("error: --timeout must be positive");
      return Runner.NOTHING_READ;
    }
    if (every.isZero() || every.isNegative()) {
      err.println("error: --every must be positive");
      return Runner.NOTHING_READ;
    }
    if (!store.valid(err)) return StoreOptions.USAGE;
    if (store.opensearch != null) {
      // The watcher keeps its feed state next to the index in the data directory.
      err.println("error: watch works on a --data DIR store only (not --opensearch)");
      return StoreOptions.USAGE;
    }
    StoryRepository s = store.open(err);
    if (s == null) return StoreOptions.STORE_UNUSABLE;

    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch wake = new CountDownLatch(1), finished = new CountDownLatch(1);
    // Ctrl-C: the current page finishes, the round's articles are committed, the store is closed; then the JVM ends.
    Thread hook = new Thread(() -> {
      stop.set(true);
      wake.countDown();
      try {
        finished.await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "storyline-watch-stop");
    if (!once) Runtime.getRuntime().addShutdownHook(hook);
    int code = Runner.OK;
    try (s; Fetcher fetcher = new Fetcher(new Fetcher.Settings(timeout, retries, backoff, delayPerHost, userAgent,
          ArticleReader.MAX_HTML_BYTES), stop::get)) {
      Watcher watcher = new Watcher(store.data, s, fetcher, w -> {
        err.println("warning: " + w);
        err.flush();
      }, stop::get);
      do {
        long start = System.nanoTime();
        Watcher.Round r = watcher.round(feeds);
        out.println(r.line());
        out.flush();
        code = r.feedsFailed() == r.feeds() && r.feeds() > 0 ? Runner.NOTHING_READ : r.failures() > 0 ? Runner.PARTIAL : Runner.OK;
        if (once || stop.get()) break;
        long waitMs = every.toMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (waitMs > 0) wake.await(waitMs, TimeUnit.MILLISECONDS);
      } while (!stop.get());
    } finally {
      finished.countDown();
      if (!once && !stop.get()) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is already shutting down
        }
      }
    }
    return once ? code : Runner.OK;
  }
}
