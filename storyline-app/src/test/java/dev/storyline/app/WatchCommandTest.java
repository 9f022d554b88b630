package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storyline.app.watch.UrlCanon;
import dev.storyline.app.watch.Watcher;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.PartialDate;
import dev.storyline.store.LuceneStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** storyline watch against a local HTTP server started here (127.0.0.1, a free port): no outside network. */
class WatchCommandTest {
  @TempDir Path dir;

  /** What the server saw: one entry per request, in arrival order. */
  record Hit(String path, long nanos, String userAgent, String ifNoneMatch, String ifModifiedSince) {}

  interface Handler { void handle(HttpExchange ex, int nth) throws Exception; }

  private HttpServer server;
  private ExecutorService pool;
  private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    pool = Executors.newCachedThreadPool();
    server.setExecutor(pool); // a slow page must not hold up the others
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      hits.add(new Hit(path, System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent"),
          ex.getRequestHeaders().getFirst("If-None-Match"), ex.getRequestHeaders().getFirst("If-Modified-Since")));
      int nth = counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
      Handler h = routes.get(path);
      try {
        if (h == null) send(ex, 404, "text/plain", "không có");
        else h.handle(ex, nth);
      } catch (Exception e) {
        // the client gave up (timeout): nothing to answer
      } finally {
        ex.close();
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) try (OutputStream o = ex.getResponseBody()) { o.write(b); }
  }

  private int count(String path) {
    AtomicInteger n = counts.get(path);
    return n == null ? 0 : n.get();
  }

  /** A news page in the shape the HTML extractor knows; title and date left out when null. */
  static String page(String title, String isoDate, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">");
    if (isoDate != null) b.append("<meta property=\"article:published_time\" content=\"").append(isoDate).append("T08:00:00+07:00\">");
    b.append("<title>").append(title == null ? "" : title + " - Báo Thử").append("</title></head><body><nav>Trang chủ | Thời sự</nav>");
    if (title != null) b.append("<h1>").append(title).append("</h1>");
    b.append("<article class=\"fck_detail\">");
    for (String p : paragraphs) b.append("<p class=\"Normal\">").append(p).append("</p>");
    return b.append("</article><footer>Bản quyền thuộc về Báo Thử</footer></body></html>").toString();
  }

  private void html(String path, String body) {
    routes.put(path, (ex, n) -> send(ex, 200, "text/html; charset=utf-8", body));
  }

  record Item(String title, String path, String rfcDate) {}

  private static String rss(List<Item> items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Báo Thử - Thời sự</title><link>http://example.invalid/</link><description>Tin mới</description>");
    for (Item i : items) {
      b.append("<item><title>").append(i.title()).append("</title><link>").append(i.path()).append("</link>");
      if (i.rfcDate() != null) b.append("<pubDate>").append(i.rfcDate()).append("</pubDate>");
      b.append("</item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private void rssRoute(String path, List<Item> items) {
    routes.put(path, (ex, n) -> send(ex, 200, "application/rss+xml; charset=utf-8", rss(items)));
  }

  private static final String P1 = "Sáng 12/3, mưa lớn kéo dài khiến nhiều tuyến đường ở thành phố Huế ngập sâu, giao thông bị chia cắt.";
  private static final String P2 = "Ông Trần Minh Khoa, Giám đốc Sở Giao thông, cho biết 14 tuyến phố đã được cắm biển cảnh báo.";
  private static final String Q1 = "Chiều 13/3, Bộ Y tế công bố thêm 230 ca sốt xuất huyết tại các tỉnh phía Nam trong tuần qua.";
  private static final String Q2 = "Bà Nguyễn Thị Lan, Cục trưởng Cục Y tế dự phòng, nói dịch có thể tăng mạnh vào mùa mưa.";
  private static final String R1 = "Tối 14/3, đội tuyển bóng đá nữ Việt Nam thắng Thái Lan 2-1 tại sân Thống Nhất trước hơn 8.000 khán giả.";
  private static final String R2 = "Huấn luyện viên Mai Đức Chung nói các cầu thủ đã chơi kỷ luật và tận dụng tốt cơ hội.";
  private static final String S1 = "Ngày 15/3, giá xăng RON 95 giảm 420 đồng mỗi lít sau kỳ điều hành của liên Bộ Công Thương và Tài chính.";
  private static final String S2 = "Theo Bộ Công Thương, quỹ bình ổn giá xăng dầu không được trích lập trong kỳ này.";

  private Path data() { return dir.resolve("data"); }

  private CliTest.Run watch(String... extra) {
    List<String> args = new ArrayList<>(List.of("watch", "--once", "--data", data().toString(), "--delay-per-host", "0ms",
        "--backoff", "10ms", "--timeout", "5s"));
    args.addAll(List.of(extra));
    return CliTest.run(args.toArray(String[]::new));
  }

  private AnalyzedArticle stored(String url) {
    try (LuceneStore s = LuceneStore.openReadOnly(data())) {
      return s.article(Watcher.id(UrlCanon.canonical(url))).orElse(null);
    }
  }

  private long storedCount() {
    try (LuceneStore s = LuceneStore.openReadOnly(data())) {
      return s.stats().articles();
    }
  }

  /** An RSS feed with two items (one page without title or date) and an Atom feed with one entry. */
  private void twoFeeds() {
    rssRoute("/rss", List.of(new Item("Mưa lớn gây ngập ở Huế", base + "/a1", "Thu, 12 Mar 2026 03:00:00 GMT"),
        new Item("Sốt xuất huyết tăng ở phía Nam", base + "/a2", "Fri, 13 Mar 2026 20:30:00 GMT")));
    html("/a1", page("Mưa lớn, nhiều phố ở Huế ngập sâu", "2026-03-12", P1, P2));
    html("/a2", page(null, null, Q1, Q2));
    routes.put("/atom", (ex, n) -> send(ex, 200, "application/atom+xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Thể thao Thử</title><id>urn:thu</id><updated>2026-03-14T12:00:00Z</updated>"
        + "<entry><title>Tuyển nữ thắng Thái Lan</title><id>urn:thu:b1</id><updated>2026-03-14T12:00:00Z</updated>"
        // utm_* parameters and a fragment: the same page as /b1, remembered as /b1
        + "<link rel=\"alternate\" href=\"/b1?utm_source=rss&amp;utm_medium=feed#top\"/></entry></feed>"));
    html("/b1", page("Tuyển nữ Việt Nam thắng Thái Lan 2-1", "2026-03-14", R1, R2));
  }

  @Test
  void onceStoresTheArticlesOfAnRssAndAnAtomFeedAndASecondRoundFetchesNoPageAgain() {
    twoFeeds();
    CliTest.Run r = watch(base + "/rss", base + "/atom");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 feed(s)").contains("3 new item(s), 3 stored, 0 duplicate(s), 0 failure(s)");
    assertThat(storedCount()).isEqualTo(3);
    AnalyzedArticle a1 = stored(base + "/a1");
    assertThat(a1.article().title()).isEqualTo("Mưa lớn, nhiều phố ở Huế ngập sâu"); // the page wins
    AnalyzedArticle a2 = stored(base + "/a2");
    assertThat(a2.article().title()).isEqualTo("Sốt xuất huyết tăng ở phía Nam"); // the page had none: the feed's
    assertThat(a2.published()).isEqualTo(PartialDate.of(LocalDate.of(2026, 3, 14))); // 20:30 GMT is the 14th in Vietnam
    assertThat(a2.article().outlet()).isEqualTo("Báo Thử - Thời sự");
    assertThat(stored(base + "/b1?utm_campaign=x")).isNotNull();
    assertThat(count("/b1")).isEqualTo(1);

    CliTest.Run again = watch(base + "/rss", base + "/atom");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 new item(s), 0 stored");
    assertThat(count("/a1") + count("/a2") + count("/b1")).isEqualTo(3);
    assertThat(count("/rss")).isEqualTo(2);
    assertThat(Files.exists(data().resolve("watch/seen.txt"))).isTrue();
  }

  @Test
  void anItemThatAppearsIsFetchedInTheNextRoundAlone() {
    List<Item> items = new ArrayList<>(List.of(new Item("Mưa lớn gây ngập ở Huế", base + "/a1", null)));
    routes.put("/rss", (ex, n) -> send(ex, 200, "application/rss+xml", rss(items)));
    html("/a1", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
    html("/c1", page("Giá xăng giảm 420 đồng", "2026-03-15", S1, S2));
    assertThat(watch(base + "/rss").out()).contains("1 stored");
    items.add(0, new Item("Giá xăng giảm", base + "/c1", null));
    CliTest.Run r = watch(base + "/rss");
    assertThat(r.out()).as(r.err()).contains("1 new item(s), 1 stored");
    assertThat(count("/a1")).isEqualTo(1);
    assertThat(count("/c1")).isEqualTo(1);
    assertThat(stored(base + "/c1").article().title()).isEqualTo("Giá xăng giảm 420 đồng");
  }

  @Test
  void a503TwiceThen200IsStoredAfterRetries() {
    rssRoute("/rss", List.of(new Item("Mưa lớn", base + "/a1", null)));
    String body = page("Mưa lớn ở Huế", "2026-03-12", P1, P2);
    routes.put("/a1", (ex, n) -> {
      if (n <= 2) send(ex, 503, "text/plain", "bận");
      else send(ex, 200, "text/html", body);
    });
    CliTest.Run r = watch(base + "/rss", "--retries", "3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(count("/a1")).isEqualTo(3);
    assertThat(stored(base + "/a1")).isNotNull();
  }

  @Test
  void a429TooManyRequestsIsRetriedNotFinal() {
    rssRoute("/rss", List.of(new Item("Mưa lớn", base + "/a1", null)));
    String body = page("Mưa lớn ở Huế", "2026-03-12", P1, P2);
    routes.put("/a1", (ex, n) -> {
      if (n == 1) send(ex, 429, "text/plain", "chậm lại");
      else send(ex, 200, "text/html", body);
    });
    CliTest.Run r = watch(base + "/rss", "--retries", "3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(count("/a1")).isEqualTo(2);
    assertThat(stored(base + "/a1")).isNotNull();
  }

  @Test
  void a503EveryTimeGivesUpAfterTheRetriesAndTriesAgainNextRound() {
    rssRoute("/rss", List.of(new Item("Mưa lớn", base + "/a1", null)));
    routes.put("/a1", (ex, n) -> send(ex, 503, "text/plain", "bận"));
    CliTest.Run r = watch(base + "/rss", "--retries", "2");
    assertThat(r.code()).isEqualTo(Runner.PARTIAL);
    assertThat(r.err()).contains(base + "/a1").contains("HTTP 503").contains("after 3 attempts");
    assertThat(count("/a1")).isEqualTo(3);
    watch(base + "/rss", "--retries", "0");
    assertThat(count("/a1")).isEqualTo(4); // not remembered as fetched: a later round asks again
  }

  @Test
  void a404IsAWarningNamingTheUrlWithoutRetryAndTheRestIsStored() {
    rssRoute("/rss", List.of(new Item("Mất", base + "/gone", null), new Item("Mưa lớn", base + "/a1", null)));
    html("/a1", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
    CliTest.Run r = watch(base + "/rss", "--retries", "3");
    assertThat(r.code()).isEqualTo(Runner.PARTIAL);
    assertThat(r.err()).contains("warning: page " + base + "/gone: HTTP 404");
    assertThat(count("/gone")).isEqualTo(1);
    assertThat(r.out()).contains("1 stored").contains("1 failure(s)");
    watch(base + "/rss");
    assertThat(count("/gone")).isEqualTo(1); // a 404 is final: never asked again
  }

  @Test
  void aSlowPageTimesOutWithAWarningAndTheRestIsStored() {
    rssRoute("/rss", List.of(new Item("Chậm", base + "/slow", null), new Item("Mưa lớn", base + "/a1", null)));
    routes.put("/slow", (ex, n) -> {
      Thread.sleep(3000);
      send(ex, 200, "text/html", page("Chậm", "2026-03-12", Q1, Q2));
    });
    html("/a1", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
    long t0 = System.nanoTime();
    CliTest.Run r = CliTest.run("watch", "--once", "--data", data().toString(), "--delay-per-host", "0ms",
        "--timeout", "400ms", "--retries", "0", base + "/rss");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2900); // the slow page was not waited for
    assertThat(r.code()).isEqualTo(Runner.PARTIAL);
    assertThat(r.err()).contains(base + "/slow").contains("timed out after 400ms");
    assertThat(stored(base + "/a1")).isNotNull();
    assertThat(stored(base + "/slow")).isNull();
  }

  @Test
  void aPageThatIsNotHtmlIsSkipped() {
    rssRoute("/rss", List.of(new Item("Tài liệu", base + "/doc.pdf", null), new Item("Mưa lớn", base + "/a1", null)));
    routes.put("/doc.pdf", (ex, n) -> send(ex, 200, "application/pdf", page("Không phải HTML", null, Q1, Q2)));
    html("/a1", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
    CliTest.Run r = watch(base + "/rss");
    assertThat(r.err()).contains(base + "/doc.pdf").contains("not an HTML page (Content-Type application/pdf)");
    assertThat(storedCount()).isEqualTo(1);
    assertThat(stored(base + "/doc.pdf")).isNull();
  }

  @Test
  void theServerSeesTheUserAgent() {
    twoFeeds();
    watch(base + "/rss");
    assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.userAgent()).isEqualTo(WatchCommand.DEFAULT_USER_AGENT));
    hits.clear();
    routes.put("/rss", (ex, n) -> send(ex, 200, "application/rss+xml", rss(List.of())));
    CliTest.run("watch", "--once", "--data", data().toString(), "--user-agent", "Storyline/0.1 (+https://thu.example/lien-he)", base + "/rss");
    assertThat(hits).extracting(Hit::userAgent).containsOnly("Storyline/0.1 (+https://thu.example/lien-he)");
  }

  @Test
  void theDelayPerHostSeparatesEveryTwoRequestsToTheSameHost() {
    twoFeeds();
    CliTest.Run r = CliTest.run("watch", "--once", "--data", data().toString(), "--delay-per-host", "200ms",
        base + "/rss", base + "/atom");
    assertThat(r.code()).as(r.err()).isZero();
    List<Hit> seen = List.copyOf(hits);
    assertThat(seen).hasSize(5); // two feeds, three pages
    for (int i = 1; i < seen.size(); i++) {
      assertThat((seen.get(i).nanos() - seen.get(i - 1).nanos()) / 1_000_000).as("gap before " + seen.get(i).path())
          .isGreaterThanOrEqualTo(200);
    }
  }

  @Test
  void aFeedWithValidatorsIsAskedConditionallyAndA304ReadsNothing() {
    html("/a1", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
    String feed = rss(List.of(new Item("Mưa lớn", base + "/a1", null)));
    routes.put("/rss", (ex, n) -> {
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Thu, 12 Mar 2026 03:00:00 GMT");
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) send(ex, 304, null, "");
      else send(ex, 200, "application/rss+xml", feed);
    });
    assertThat(watch(base + "/rss").out()).contains("1 stored");
    CliTest.Run r = watch(base + "/rss");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 feed(s) (1 unchanged, 0 failed), 0 new item(s)");
    List<Hit> feedHits = hits.stream().filter(h -> h.path().equals("/rss")).toList();
    assertThat(feedHits).hasSize(2);
    assertThat(feedHits.get(0).ifNoneMatch()).isNull();
    assertThat(feedHits.get(1).ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(feedHits.get(1).ifModifiedSince()).isEqualTo("Thu, 12 Mar 2026 03:00:00 GMT");
  }

  @Test
  void redirectsAreFollowedAndOnlyToHttp() {
    rssRoute("/rss", List.of(new Item("Cũ", base + "/old", null), new Item("Lạ", base + "/ftp", null)));
    routes.put("/old", (ex, n) -> {
      ex.getResponseHeaders().set("Location", "/a1");
      send(ex, 301, null, "");
    });
    routes.put("/ftp", (ex, n) -> {
      ex.getResponseHeaders().set("Location", "ftp://127.0.0.1/x");
      send(ex, 302, null, "");
    });
    html("/a1", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
    CliTest.Run r = watch(base + "/rss");
    assertThat(r.err()).contains(base + "/ftp").contains("only http and https");
    assertThat(stored(base + "/old")).isNotNull();
    assertThat(count("/a1")).isEqualTo(1);
  }

  @Test
  void aStopFinishesTheCurrentPageCommitsItAndLeavesTheRestForTheNextRound() throws IOException {
    List<Item> items = List.of(new Item("Mưa lớn", base + "/a1", null), new Item("Giá xăng", base + "/c1", null));
    routes.put("/rss", (ex, n) -> {
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) send(ex, 304, null, "");
      else send(ex, 200, "application/rss+xml", rss(items));
    });
    html("/a1", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
    html("/c1", page("Giá xăng giảm 420 đồng", "2026-03-15", S1, S2));
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    List<String> warnings = new ArrayList<>();
    try (LuceneStore s = LuceneStore.open(data());
         dev.storyline.app.watch.Fetcher f = new dev.storyline.app.watch.Fetcher(new dev.storyline.app.watch.Fetcher.Settings(
             java.time.Duration.ofSeconds(5), 0, java.time.Duration.ofMillis(10), java.time.Duration.ZERO, "Storyline/test", 1 << 20))) {
      // Ctrl-C arrives while the first page is being fetched
      routes.put("/a1", (ex, n) -> {
        stop.set(true);
        send(ex, 200, "text/html", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
      });
      Watcher w = new Watcher(data(), s, f, warnings::add, stop::get);
      Watcher.Round r = w.round(List.of(base + "/rss"));
      assertThat(r.stored()).isEqualTo(1);
      assertThat(s.stats().articles()).isEqualTo(1); // committed before the round returned
      stop.set(false);
      Watcher.Round next = new Watcher(data(), s, f, warnings::add, stop::get).round(List.of(base + "/rss"));
      // the feed is read in full again (its validators were dropped), so the page the stop skipped is fetched
      assertThat(next.unchanged()).isZero();
      assertThat(next.newItems()).isEqualTo(1);
      assertThat(next.stored()).isEqualTo(1);
    }
    assertThat(warnings).isEmpty();
    assertThat(count("/a1")).isEqualTo(1);
    assertThat(count("/c1")).isEqualTo(1);
  }

  private dev.storyline.app.watch.Fetcher fetcher(int maxBytes, java.time.Duration timeout) {
    return new dev.storyline.app.watch.Fetcher(new dev.storyline.app.watch.Fetcher.Settings(timeout, 0,
        java.time.Duration.ofMillis(10), java.time.Duration.ZERO, "Storyline/test", maxBytes));
  }

  @Test
  void aPageOverTheSizeLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() {
    String big = page("Dài", null, P1.repeat(600)); // about 80 KB
    routes.put("/declared", (ex, n) -> send(ex, 200, "text/html", big));
    routes.put("/chunked", (ex, n) -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length, the cap must hold while the bytes arrive
      try (OutputStream o = ex.getResponseBody()) {
        for (int i = 0; i < 50; i++) o.write(big.getBytes(StandardCharsets.UTF_8));
      }
    });
    try (var f = fetcher(50_000, java.time.Duration.ofSeconds(5))) {
      for (String path : List.of("/declared", "/chunked")) {
        var r = f.get(base + path, Map.of(), dev.storyline.app.watch.Fetcher.Accept.HTML);
        assertThat(r.outcome()).as(path).isEqualTo(dev.storyline.app.watch.Fetcher.Outcome.PERMANENT);
        assertThat(r.reason()).as(path).contains("over the limit of 50000 bytes");
      }
    }
    try (var f = fetcher(10_000_000, java.time.Duration.ofSeconds(5))) { // under a larger cap, the same bytes arrive whole
      assertThat(f.get(base + "/chunked", Map.of(), dev.storyline.app.watch.Fetcher.Accept.HTML).body()).hasSize(50 * big.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void aBodyThatTricklesPastTheTimeoutIsCutOff() {
    routes.put("/trickle", (ex, n) -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream o = ex.getResponseBody()) {
        for (int i = 0; i < 30; i++) {
          o.write("<p>chậm</p>".getBytes(StandardCharsets.UTF_8));
          o.flush();
          Thread.sleep(100);
        }
      }
    });
    long t0 = System.nanoTime();
    try (var f = fetcher(1 << 20, java.time.Duration.ofMillis(500))) {
      var r = f.get(base + "/trickle", Map.of(), dev.storyline.app.watch.Fetcher.Accept.HTML);
      assertThat(r.outcome()).isEqualTo(dev.storyline.app.watch.Fetcher.Outcome.TRANSIENT);
      assertThat(r.reason()).contains("timed out after 500ms");
    }
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2500); // headers came at once; the body took 3 s
  }

  @Test
  void aFeedFileWorksAndAMissingFeedIsAWarning() throws IOException {
    html("/a1", page("Mưa lớn ở Huế", "2026-03-12", P1, P2));
    Path f = dir.resolve("tin.rss");
    Files.writeString(f, rss(List.of(new Item("Mưa lớn", base + "/a1", null))), StandardCharsets.UTF_8);
    CliTest.Run r = watch(f.toString(), dir.resolve("missing.rss").toString());
    assertThat(r.code()).isEqualTo(Runner.PARTIAL);
    assertThat(r.err()).contains("missing.rss");
    assertThat(stored(base + "/a1")).isNotNull();
    CliTest.Run none = watch(dir.resolve("missing.rss").toString(), base + "/nofeed");
    assertThat(none.code()).isEqualTo(Runner.NOTHING_READ);
    assertThat(none.err()).contains(base + "/nofeed: HTTP 404");
  }
}
