package dev.storyline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/**
 * RSS 2.0 and Atom feeds from a file (via Rome): one article per item, with the title, the link as url, the
 * pubDate (or Atom published/updated) as the day in Vietnam, and the content (else the description) as text,
 * HTML stripped by jsoup, one paragraph per line.
 *
 * <p>Rome refuses any DOCTYPE (its default), which shuts out entity-expansion bombs and external entities.
 * The file is capped at {@link ArticleReader#MAX_TEXT_BYTES}. Stateless and thread-safe.
 */
public final class FeedReader {

  /**
   * @param name shown in sources and problems
   * @param id   base of the item ids: {@code id-1}, {@code id-2}, … in feed order
   */
  public ReadResult read(String name, String id, InputStream in) {
    List<RawArticle> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      byte[] bytes = in.readNBytes((int) ArticleReader.MAX_TEXT_BYTES + 1);
      if (bytes.length > ArticleReader.MAX_TEXT_BYTES) {
        problems.add(new Problem(name, "skipped: feed over " + ArticleReader.MAX_TEXT_BYTES + " bytes"));
        return new ReadResult(articles, problems);
      }
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // the default, said out loud: a DOCTYPE is how entity bombs come in
      SyndFeed feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
      List<SyndEntry> entries = feed.getEntries();
      for (int i = 0; i < entries.size(); i++) {
        String where = name + ":item" + (i + 1);
        try {
          RawArticle a = item(where, id + "-" + (i + 1), entries.get(i), feed.getTitle());
          if (a == null) problems.add(new Problem(where, "skipped: feed item has no text"));
          else articles.add(a);
        } catch (RuntimeException e) {
          problems.add(new Problem(where, "skipped: unreadable feed item (" + e.getMessage() + ")"));
        }
      }
      if (entries.isEmpty()) problems.add(new Problem(name, "feed has no items"));
    } catch (FeedException e) {
      problems.add(new Problem(name, "skipped: not a readable RSS/Atom feed (" + firstLine(e.getMessage()) + ")"));
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(name, "could not read feed: " + firstLine(String.valueOf(e.getMessage()))));
    }
    return new ReadResult(articles, problems);
  }

  private static RawArticle item(String where, String id, SyndEntry e, String feedTitle) {
    String html = "";
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && c.getValue().length() > html.length()) html = c.getValue();
    }
    if (html.isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) html = e.getDescription().getValue();
    String text = htmlToText(html);
    if (text.isBlank()) return null;
    Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    PartialDate date = when == null ? null : PartialDate.of(when.toInstant().atOffset(PageDates.VIETNAM).toLocalDate());
    String url = e.getLink() != null ? e.getLink() : e.getUri();
    return new RawArticle(id, where, HtmlArticleExtractor.clean(e.getTitle()), text, date,
        HtmlArticleExtractor.clean(url), HtmlArticleExtractor.clean(feedTitle));
  }

  /** Plain text of an HTML fragment: one line per paragraph when there are paragraphs, else the whole text. */
  static String htmlToText(String html) {
    if (html == null || html.isBlank()) return "";
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(HtmlArticleExtractor.q("script, style, figure, figcaption, img, iframe")).remove();
    StringBuilder sb = new StringBuilder();
    for (Element p : doc.select(HtmlArticleExtractor.q("p, li, h1, h2, h3, h4, blockquote:not(:has(p))"))) {
      String t = HtmlArticleExtractor.clean(p.text());
      if (t.isEmpty()) continue;
      if (!sb.isEmpty()) sb.append('\n');
      sb.append(t);
    }
    return sb.isEmpty() ? HtmlArticleExtractor.clean(doc.body().text()) : sb.toString();
  }

  private static String firstLine(String s) {
    if (s == null) return "?";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
