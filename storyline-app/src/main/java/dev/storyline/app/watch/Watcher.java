package dev.storyline.app.watch;

import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.store.IngestReport;
import dev.storyline.store.StoryRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One watch round: read every feed (conditional GET when the server gave validators), keep the items whose
 * canonical URL was never fetched for good, fetch their pages, read them with core's readers, and add them to the
 * store in one commit; then remember the URLs. Sequential by design: politeness matters more than speed here.
 *
 * <p>State lives in {@code DIR/watch/}: {@code seen.txt} ({@link SeenUrls}) and {@code feeds.tsv} (each feed URL's
 * ETag and Last-Modified, rewritten atomically after each round).
 */
public final class Watcher {
  /**
   * @param feeds      feeds read (files and URLs)
   * @param feedsFailed feeds that could not be fetched or parsed
   * @param unchanged  feeds that answered 304 Not Modified
   * @param newItems   items whose URL had not been fetched for good before
   * @param stored     articles the store added
   * @param duplicates articles the store already held (same id or same text)
   * @param failures   warnings of the round (feeds, items, pages, store)
   * @param requests   HTTP requests sent (retries and redirects included)
   */
  public record Round(int feeds, int feedsFailed, int unchanged, int newItems, int stored, int duplicates, int failures,
                      int requests, Duration time) {
    public String line() {
      return String.format(Locale.ROOT, "round: %d feed(s) (%d unchanged, %d failed), %d new item(s), %d stored, "
          + "%d duplicate(s), %d failure(s), %d request(s), %s", feeds, unchanged, feedsFailed, newItems, stored, duplicates,
          failures, requests, Durations.format(Duration.ofMillis(Math.max(time.toMillis(), 1))));
    }
  }

  private final StoryRepository store;
  private final Fetcher fetcher;
  private final SeenUrls seen;
  private final Path feedState;
  private final Map<String, String[]> validators = new HashMap<>();
  private final Consumer<String> warn;
  private final BooleanSupplier stopping;

  /**
   * @param warn     gets one line per failure, naming the URL (or file) and the reason
   * @param stopping true once the watcher should stop after the current page (Ctrl-C)
   */
  public Watcher(Path dataDir, StoryRepository store, Fetcher fetcher, Consumer<String> warn, BooleanSupplier stopping)
      throws IOException {
    this.store = store;
    this.fetcher = fetcher;
    this.warn = warn;
    this.stopping = stopping;
    Path dir = dataDir.resolve("watch");
    this.seen = new SeenUrls(dir.resolve("seen.txt"));
    this.feedState = dir.resolve("feeds.tsv");
    if (Files.exists(feedState)) {
      for (String line : Files.readAllLines(feedState, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length == 3) validators.put(f[0], new String[] {f[1], f[2]});
      }
    }
  }

  public SeenUrls seen() { return seen; }

  public Round round(List<String> feeds) throws IOException {
    long start = System.nanoTime();
    int requestsBefore = fetcher.requests();
    int[] failures = {0};
    Consumer<String> warning = w -> {
      failures[0]++;
      warn.accept(w);
    };
    int feedsFailed = 0, unchanged = 0;

    // 1. the feeds' items, new ones only, each URL once per round
    Map<String, FeedItems.Item> fresh = new LinkedHashMap<>();
    Map<String, String> feedOf = new HashMap<>();
    for (String feed : feeds) {
      if (stopping.getAsBoolean()) break;
      byte[] bytes;
      String base;
      if (isUrl(feed)) {
        Map<String, String> headers = new HashMap<>();
        String[] v = validators.get(feed);
        if (v != null && !v[0].isEmpty()) headers.put("If-None-Match", v[0]);
        if (v != null && !v[1].isEmpty()) headers.put("If-Modified-Since", v[1]);
        Fetcher.Response r = fetcher.get(feed, headers, Fetcher.Accept.ANY);
        if (r.outcome() == Fetcher.Outcome.NOT_MODIFIED) {
          unchanged++;
          continue;
        }
        if (r.outcome() != Fetcher.Outcome.OK) {
          feedsFailed++;
          warning.accept("feed " + feed + ": " + r.reason());
          continue;
        }
        if (r.etag() != null || r.lastModified() != null) {
          validators.put(feed, new String[] {clean(r.etag()), clean(r.lastModified())});
        } else {
          validators.remove(feed);
        }
        bytes = r.body();
        base = r.finalUrl();
      } else {
        try {
          Path p = Path.of(feed);
          if (Files.size(p) > ArticleReader.MAX_TEXT_BYTES) throw new IOException("over " + ArticleReader.MAX_TEXT_BYTES + " bytes");
          bytes = Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
          feedsFailed++;
          warning.accept("feed " + feed + ": cannot read (" + e.getMessage() + ")");
          continue;
        }
        base = null;
      }
      FeedItems.Parsed parsed = FeedItems.parse(base, bytes);
      if (parsed.items().isEmpty() && !parsed.problems().isEmpty()) feedsFailed++;
      for (String p : parsed.problems()) warning.accept("feed " + feed + ": " + p);
      for (FeedItems.Item item : parsed.items()) {
        String key = UrlCanon.canonical(item.link());
        if (key != null && !seen.contains(key) && fresh.putIfAbsent(key, item) == null) feedOf.put(key, feed);
      }
    }

    // 2. their pages
    List<RawArticle> articles = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>(); // canonical URLs to remember once the store has committed
    for (Map.Entry<String, FeedItems.Item> e : fresh.entrySet()) {
      if (stopping.getAsBoolean()) break;
      FeedItems.Item item = e.getValue();
      Fetcher.Response r = fetcher.get(item.link(), Map.of(), Fetcher.Accept.HTML);
      if (r.outcome() == Fetcher.Outcome.TRANSIENT) {
        // not remembered: a later round tries again
        warning.accept("page " + item.link() + ": " + r.reason() + "; will retry next round");
        continue;
      }
      done.add(e.getKey());
      String landed = UrlCanon.canonical(r.finalUrl());
      if (landed != null) done.add(landed);
      if (r.outcome() != Fetcher.Outcome.OK) {
        warning.accept("page " + item.link() + ": " + r.reason());
        continue;
      }
      RawArticle a = read(r.finalUrl(), r.body(), item, e.getKey(), warning);
      if (a != null) articles.add(a);
    }

    // 3. one commit, then the URLs it covers
    int stored = 0, duplicates = 0;
    boolean committed = true;
    if (!articles.isEmpty()) {
      try {
        IngestReport report = store.add(articles);
        stored = report.added();
        duplicates = report.duplicates();
        for (Problem p : report.problems()) warning.accept("store: " + p);
      } catch (RuntimeException ex) {
        committed = false;
        warning.accept("store: could not add the round's " + articles.size() + " article(s): " + ex.getMessage());
      }
    }
    if (committed) seen.addAll(done);
    // A feed that answers 304 next round would hide the items this round could not finish (a timeout, a stop, a
    // failed commit): forget its validators so the next round reads it in full and lists them again.
    for (String key : fresh.keySet()) {
      if (!committed || !done.contains(key)) validators.remove(feedOf.get(key));
    }
    saveValidators();
    return new Round(feeds.size(), feedsFailed, unchanged, fresh.size(), stored, duplicates, failures[0],
        fetcher.requests() - requestsBefore, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The page's article with the feed item filling what the page lacks; null (after a warning) when none. */
  private static RawArticle read(String url, byte[] body, FeedItems.Item item, String key, Consumer<String> warning) {
    ReadResult read;
    try (InputStream in = new ByteArrayInputStream(body)) {
      read = new ArticleReader(InputStream.nullInputStream()).read(url, in);
    } catch (IOException e) {
      warning.accept("page " + url + ": " + e.getMessage());
      return null;
    }
    for (Problem p : read.problems()) warning.accept("page " + p);
    if (read.articles().isEmpty()) {
      if (read.problems().isEmpty()) warning.accept("page " + url + ": no article text found");
      return null;
    }
    RawArticle a = read.articles().get(0);
    return new RawArticle(id(key), url,
        a.title().isBlank() ? item.title() : a.title(),
        a.text(),
        a.published() != null ? a.published() : item.published(),
        a.url().isBlank() ? item.link() : a.url(),
        a.outlet().isBlank() ? item.feedTitle() : a.outlet(),
        a.removed());
  }

  /** host-hash: readable enough to tell sites apart, stable for a URL whatever its utm_* or fragment. */
  public static String id(String canonicalUrl) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
      String host = URI.create(canonicalUrl).getHost();
      if (host.startsWith("www.")) host = host.substring(4);
      return host + "-" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean isUrl(String feed) {
    String f = feed.toLowerCase(Locale.ROOT);
    return f.startsWith("http://") || f.startsWith("https://");
  }

  private static String clean(String v) {
    return v == null ? "" : v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private void saveValidators() throws IOException {
    StringBuilder b = new StringBuilder();
    validators.forEach((feed, v) -> b.append(feed).append('\t').append(v[0]).append('\t').append(v[1]).append('\n'));
    Files.createDirectories(feedState.getParent());
    Path tmp = feedState.resolveSibling("feeds.tsv.tmp");
    Files.writeString(tmp, b, StandardCharsets.UTF_8);
    Files.move(tmp, feedState, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
