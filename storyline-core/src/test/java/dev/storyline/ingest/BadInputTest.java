package dev.storyline.ingest;

import static dev.storyline.ingest.TestInputs.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input over every reader, fuzz-style with fixed seeds: each case is read between two good files, and
 * nothing may escape {@link ArticleReader#read}, both good files must still come back, and (for inputs that
 * cannot be valid) a problem must name the bad file.
 */
class BadInputTest {
  @TempDir static Path dir;
  private static Path before, after;
  private static int tried;

  /** 100 MB: the single-line cases are written streamed, never held in memory. */
  static final long HUGE_LINE_BYTES = 100L * 1024 * 1024;

  /** Writes a case's file. */
  interface Maker { void write(Path p) throws IOException; }

  private record Case(String file, Maker maker, boolean mustReport) {}

  @BeforeAll
  static void goodNeighbours() throws IOException {
    before = Files.writeString(dir.resolve("truoc.txt"), "Bài viết tốt đứng trước.");
    after = Files.writeString(dir.resolve("sau.txt"), "Bài viết tốt đứng sau.");
  }

  @AfterAll
  static void count() {
    System.out.println("bad-input cases tried: " + tried);
    assertThat(tried).isGreaterThanOrEqualTo(150);
  }

  private static Maker bytes(byte[] b) { return p -> Files.write(p, b); }

  private static Maker text(String s) { return bytes(s.getBytes(StandardCharsets.UTF_8)); }

  private static final String[] EXTENSIONS = {".txt", ".jsonl", ".json", ".html", ".rss", ".atom", ".xml", ".warc", ".warc.gz", ""};

  private static byte[] validFor(String ext) {
    return switch (ext) {
      case ".jsonl", ".json" -> "{\"id\":\"x\",\"text\":\"Một dòng hợp lệ.\"}\n{\"id\":\"y\",\"text\":\"Dòng thứ hai.\"}\n".getBytes(StandardCharsets.UTF_8);
      case ".html", "" -> VI_PAGE.getBytes(StandardCharsets.UTF_8);
      case ".rss", ".xml" -> RSS.getBytes(StandardCharsets.UTF_8);
      case ".atom" -> ATOM.getBytes(StandardCharsets.UTF_8);
      case ".warc" -> concat(htmlRecord("https://baomau.vn/a.html", 200, VI_PAGE), htmlRecord("https://baomau.vn/b.html", 200, VI_PAGE_2));
      case ".warc.gz" -> gzipEach(htmlRecord("https://baomau.vn/a.html", 200, VI_PAGE), htmlRecord("https://baomau.vn/b.html", 200, VI_PAGE_2));
      default -> "Một bài viết hợp lệ về mùa màng năm nay.\nĐoạn thứ hai.".getBytes(StandardCharsets.UTF_8);
    };
  }

  private static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    int k = 0;
    for (String ext : EXTENSIONS) {
      // Random bytes: never a valid input of any kind.
      for (int seed = 1; seed <= 6; seed++) {
        byte[] b = new byte[64 + new Random(seed).nextInt(20_000)];
        new Random(seed * 31L).nextBytes(b);
        b[7] = 0; // at least one NUL, so even a lucky draw is binary
        out.add(new Case("rand" + (k++) + ext, bytes(b), true));
      }
      // Truncated gzip of a valid input, cut at several points.
      byte[] gz = gzip(validFor(ext));
      for (int seed = 1; seed <= 4; seed++) {
        int cut = 5 + new Random(seed).nextInt(gz.length - 12);
        String name = "cut" + (k++) + (ext.isEmpty() ? "" : ext) + (ext.endsWith(".gz") ? "" : ".gz");
        out.add(new Case(name, bytes(Arrays.copyOf(gz, cut)), true));
      }
      // Invalid UTF-8 spliced into a valid input (after any header the WARC framing needs).
      byte[] valid = validFor(ext);
      if (!ext.startsWith(".warc")) {
        for (int seed = 1; seed <= 3; seed++) {
          byte[] m = valid.clone();
          int at = valid.length / 2 + new Random(seed).nextInt(valid.length / 4);
          m[at] = (byte) 0xC3;
          m[at + 1] = (byte) 0x28; // a lead byte followed by ASCII: malformed
          out.add(new Case("utf" + (k++) + ext, bytes(m), true));
        }
      }
      // Random byte flips: may or may not still parse; only "nothing escapes, neighbours kept" is required.
      for (int seed = 1; seed <= 6; seed++) {
        byte[] m = valid.clone();
        Random r = new Random(seed * 7919L);
        for (int i = 0; i < 1 + r.nextInt(12); i++) m[r.nextInt(m.length)] = (byte) r.nextInt(256);
        out.add(new Case("flip" + (k++) + ext, bytes(m), false));
      }
      // Truncated (not compressed) input.
      out.add(new Case("half" + (k++) + ext, bytes(Arrays.copyOf(valid, valid.length / 2)), false));
    }
    // A 100 MB single line for each line- or file-based reader, streamed to disk.
    for (String ext : new String[] {".txt", ".jsonl", ".html", ".rss", "", ".jsonl.gz"}) {
      out.add(new Case("huge" + (k++) + ext, p -> hugeLine(p, ext.endsWith(".gz")), true));
    }
    // Deep nesting.
    int depth = 100_000;
    out.add(new Case("deep" + (k++) + ".html", text("<html><body>" + "<div>".repeat(depth) + "</body></html>"), true));
    out.add(new Case("deep" + (k++) + ".html", text("<html><body>" + "<div>".repeat(depth)
        + "<p>Một đoạn văn nằm rất sâu trong cây tài liệu của trang.</p>" + "</div>".repeat(depth) + "</body></html>"), false));
    out.add(new Case("deep" + (k++), text("<!DOCTYPE html><html><body>" + "<span><b><i>".repeat(depth / 3) + "chữ</body></html>"), false));
    out.add(new Case("deep" + (k++) + ".rss", text("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>"
        + "<x>".repeat(depth) + "</description></item></channel></rss>"), true));
    out.add(new Case("deep" + (k++) + ".jsonl", text("[".repeat(depth) + "\n"), true));
    out.add(new Case("deep" + (k++) + ".jsonl", text("{\"id\":\"d\",\"text\":" + "{\"a\":".repeat(depth) + "\n"), true));
    // JSON with wrong types.
    String[] wrong = {"{\"id\":[1],\"text\":\"Bài.\"}", "{\"id\":\"a\",\"text\":5}", "{\"id\":\"a\",\"text\":{\"x\":1}}",
        "{\"id\":\"a\",\"text\":\"Bài.\",\"date\":20240101}", "{\"id\":\"a\",\"text\":\"Bài.\",\"title\":[\"x\"]}", "[1,2,3]",
        "null", "\"chuỗi\"", "{\"id\":true,\"text\":\"Bài.\"}", "{\"id\":\"a\",\"text\":null}", "{\"id\":1.5,\"text\":\"Bài.\"}"};
    for (String w : wrong) out.add(new Case("type" + (k++) + ".jsonl", text(w + "\n"), true));
    out.add(new Case("type" + (k++) + ".json", text("[{\"id\":\"a\",\"text\":7}, 3, \"x\"]"), true));
    // WARC framing lies.
    byte[] block = httpResponse(200, "text/html; charset=utf-8", VI_PAGE_2.getBytes(StandardCharsets.UTF_8));
    for (long lie : new long[] {block.length + 10_000L, block.length / 2, 0, Long.MAX_VALUE / 2}) {
      out.add(new Case("lie" + (k++) + ".warc", bytes(concat(htmlRecord("https://baomau.vn/a.html", 200, VI_PAGE),
          warcRecord("response", "https://baomau.vn/b.html", "application/http; msgtype=response", block, lie))), true));
    }
    out.add(new Case("lie" + (k++) + ".warc", text("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\nabc"), true));
    out.add(new Case("lie" + (k++) + ".warc", bytes(concat(htmlRecord("https://baomau.vn/a.html", 200, VI_PAGE),
        warcRecord("response", "https://baomau.vn/b.html", "application/http; msgtype=response",
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 99999999\r\n\r\n<p>ngắn</p>".getBytes(StandardCharsets.UTF_8), -1))), false));
    // XML entity tricks.
    out.add(new Case("bomb" + (k++) + ".rss", text(RSS_BOMB), true));
    out.add(new Case("bomb" + (k++) + ".xml", text(RSS_BOMB), true));
    out.add(new Case("xxe" + (k++) + ".rss", text("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>&x;</description></item></channel></rss>"), true));
    return out;
  }

  private static void hugeLine(Path p, boolean gzip) throws IOException {
    byte[] chunk = "Chữ nối chữ không bao giờ xuống dòng ".repeat(1000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
         OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw) {
      if (p.toString().endsWith(".html")) out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < HUGE_LINE_BYTES; written += chunk.length) out.write(chunk);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputIsContained() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
      Path p = dir.resolve(c.file());
      c.maker().write(p);
      try {
        ReadResult r = new ArticleReader().read(List.of(before.toString(), p.toString(), after.toString()));
        tried++;
        if (System.getenv("FUZZ_DEBUG") != null) System.out.println("CASE " + c.file() + " -> " + r.articles().size() + " " + r.problems());
        List<String> ids = r.articles().stream().map(RawArticle::id).toList();
        assertThat(ids).as(c.file()).contains("truoc", "sau");
        assertThat(ids.get(0)).isEqualTo("truoc");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("sau");
        if (c.mustReport()) {
          assertThat(r.problems()).as(c.file() + " " + r.problems()).anyMatch(pr -> pr.input().contains(c.file()) && !pr.reason().isBlank());
        }
        for (Problem pr : r.problems()) assertThat(pr.reason().length()).as("problem stays short: " + pr).isLessThan(400);
      } finally {
        Files.deleteIfExists(p);
      }
    }));
  }
}
