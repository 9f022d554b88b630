package dev.storyline.ingest;

import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Bytes of one HTML page to a RawArticle: charset choice, parsing, extraction. Shared by files and WARC records. */
final class HtmlPage {
  private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

  private HtmlPage() {}

  /** A page's article, or null with the reason in problems. */
  record Result(RawArticle article, HtmlArticleExtractor.Extracted extracted) {}

  /**
   * @param httpCharset the charset an HTTP header named, or null; wins over a meta charset
   * @param baseUrl     the page's address when known, else ""
   * @param quietIfEmpty no problem for a page without article text (an archive is full of such pages)
   */
  static Result read(String where, String id, byte[] bytes, int len, String httpCharset, String baseUrl,
                     List<Problem> problems, boolean quietIfEmpty) {
    String text = decode(where, bytes, len, httpCharset, problems);
    if (text == null) return null;
    Document doc;
    HtmlArticleExtractor.Extracted x;
    try {
      doc = Jsoup.parse(text, baseUrl);
      x = EXTRACTOR.extract(doc);
    } catch (StackOverflowError e) {
      // jsoup walks iteratively, but selectors on pathological trees may still recurse: the page is lost, not the run.
      problems.add(new Problem(where, "skipped: HTML too deeply nested to extract"));
      return null;
    }
    String body = x.text();
    if (x.body().isEmpty() || body.isBlank()) {
      if (!quietIfEmpty) problems.add(new Problem(where, "skipped: no article text found in the HTML page"));
      return null;
    }
    String url = x.url().isEmpty() ? baseUrl : x.url();
    return new Result(new RawArticle(id, where, x.title(), body, x.published(), url, x.outlet(), x.removed()), x);
  }

  /** Decodes by the HTTP charset, else a BOM, else a meta charset in the first 4 KB, else UTF-8. */
  static String decode(String where, byte[] bytes, int len, String httpCharset, List<Problem> problems) {
    Charset cs = charset(httpCharset);
    int off = 0;
    if (len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      off = 3;
    }
    if (cs == null) cs = charset(metaCharset(bytes, len));
    if (cs == null) cs = StandardCharsets.UTF_8;
    if (!cs.equals(StandardCharsets.UTF_8)) return new String(bytes, off, len - off, cs);
    Decoded d = Decoded.utf8(bytes, off, len - off);
    if (!d.valid()) {
      if (!d.mostlyText()) {
        problems.add(new Problem(where, "skipped: invalid UTF-8 at byte " + d.badOffset() + " and " + d.replaced()
            + " undecodable sequences; not UTF-8 HTML"));
        return null;
      }
      problems.add(new Problem(where, "invalid UTF-8 at byte " + d.badOffset() + "; decoded with " + d.replaced()
          + " replacement character(s) and kept"));
    }
    return d.text();
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) return null;
    try {
      return Charset.forName(name.strip().replace("\"", "").replace("'", ""));
    } catch (RuntimeException e) {
      return null; // unknown or illegal name: fall back to the next clue
    }
  }

  /** The value after "charset=" in the first 4 KB, read as ASCII; covers both meta forms. */
  static String metaCharset(byte[] b, int len) {
    int n = Math.min(len, 4096);
    String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int i = head.indexOf("charset=");
    if (i < 0) return null;
    int j = i + 8;
    while (j < n && (head.charAt(j) == '"' || head.charAt(j) == '\'' || head.charAt(j) == ' ')) j++;
    int k = j;
    while (k < n) {
      char c = head.charAt(k);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.')) break;
      k++;
    }
    return k > j ? head.substring(j, k) : null;
  }
}
