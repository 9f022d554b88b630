package dev.storyline.ingest;

import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Vietnamese article pages from a WARC archive (plain or gzipped), streamed record by record with jwarc.
 *
 * <p>Taken: response records whose HTTP status is 200 and whose Content-Type is text/html (or XHTML), decoded
 * by the HTTP charset, else the meta charset, else UTF-8, then kept when {@link LanguageCheck} finds them
 * Vietnamese and {@link HtmlArticleExtractor} finds a body. The url is the WARC-Target-URI. Everything else is
 * skipped quietly; one summary problem counts the HTML pages dropped as not Vietnamese or without a body.
 *
 * <p>Memory is bounded: at most {@link #MAX_RECORD_BYTES} of a record's body is read (a longer page is skipped
 * with a problem), never the whole archive. A corrupt record stops the archive there: the records before it
 * are kept and a problem names the record number. Stateless and thread-safe.
 */
public final class WarcReader {
  /** A page body longer than this many bytes is skipped: the article size limit {@link ArticleReader#MAX_HTML_BYTES}. */
  public static final int MAX_RECORD_BYTES = ArticleReader.MAX_HTML_BYTES;

  /**
   * @param name shown in sources and problems
   * @param id   base of the article ids: {@code id-<record number>}
   */
  public ReadResult read(String name, String id, InputStream in) {
    List<RawArticle> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int n = 0, dropped = 0;
    try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          problems.add(new Problem(name + ":" + (n + 1), "corrupt WARC record (" + e.getClass().getSimpleName() + ": "
              + brief(e.getMessage()) + "); stopped reading, kept " + articles.size() + " article(s) from earlier records"));
          break;
        }
        if (next.isEmpty()) break;
        n++;
        if (!(next.get() instanceof WarcResponse resp)) continue;
        String where = name + ":" + n;
        try {
          RawArticle a = page(where, id + "-" + n, resp, problems);
          if (a == null) continue;
          if (a == NO_TEXT || !LanguageCheck.isVietnamese(a.title() + "\n" + a.text())) {
            dropped++;
            continue;
          }
          articles.add(a);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
          // The archive itself ends or breaks inside this record: nothing after it can be read.
          problems.add(new Problem(where, "corrupt WARC record (" + e.getClass().getSimpleName() + ": " + brief(e.getMessage())
              + "); stopped reading, kept " + articles.size() + " article(s) from earlier records"));
          break;
        } catch (IOException | RuntimeException e) {
          problems.add(new Problem(where, "skipped: unreadable WARC response (" + e.getClass().getSimpleName() + ": " + brief(e.getMessage()) + ")"));
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(name, "could not read WARC: " + brief(e.getMessage())));
    }
    if (n == 0 && problems.isEmpty()) problems.add(new Problem(name, "skipped: no WARC records"));
    if (dropped > 0) problems.add(new Problem(name, "skipped " + dropped + " HTML page(s) without Vietnamese article text"));
    return new ReadResult(articles, problems);
  }

  /** Parser messages quote the bad bytes at length: keep a problem to one readable line. */
  private static String brief(String s) {
    if (s == null) return "?";
    int nl = s.indexOf('\n');
    if (nl >= 0) s = s.substring(0, nl);
    return s.length() <= 160 ? s : s.substring(0, 160) + "…";
  }

  private static final RawArticle NO_TEXT = new RawArticle("", "", "", "", null, "", "");

  /** The article of one response record; null when it is not a 200 HTML page; NO_TEXT when it has no body text. */
  private static RawArticle page(String where, String id, WarcResponse resp, List<Problem> problems) throws IOException {
    if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
        && !resp.contentType().base().equals(MediaType.HTTP.base())) return null;
    HttpResponse http = resp.http();
    if (http.status() != 200) return null;
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return null;
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(MAX_RECORD_BYTES + 1);
    }
    if (body.length > MAX_RECORD_BYTES) {
      problems.add(new Problem(where, "skipped: page body over " + MAX_RECORD_BYTES + " bytes"));
      return null;
    }
    String url = resp.target();
    HtmlPage.Result r = HtmlPage.read(where, id, body, body.length, type.parameters().get("charset"), url, problems, true);
    return r == null ? NO_TEXT : new RawArticle(id, where, r.article().title(), r.article().text(), r.article().published(), url,
        r.article().outlet(), r.article().removed());
  }
}
