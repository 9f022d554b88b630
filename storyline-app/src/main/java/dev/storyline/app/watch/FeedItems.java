package dev.storyline.app.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.storyline.ingest.PageDates;
import dev.storyline.model.PartialDate;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * The items of an RSS 2.0 or Atom feed as links to fetch: title, link (resolved against the feed's address), date
 * (as the day in Vietnam, like core's FeedReader) and the feed's title. Unlike FeedReader, an item without any
 * text is kept: the watcher wants the page, not the teaser. Rome with DOCTYPEs refused, as in core.
 */
public final class FeedItems {
  private FeedItems() {}

  public record Item(String title, String link, PartialDate published, String feedTitle) {}

  public record Parsed(List<Item> items, List<String> problems) {}

  /** Never throws: an unreadable feed is one problem. */
  public static Parsed parse(String feedUrl, byte[] bytes) {
    List<Item> items = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // entity bombs and external entities come in through a DOCTYPE
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | RuntimeException e) {
      String m = String.valueOf(e.getMessage());
      int nl = m.indexOf('\n');
      problems.add("not a readable RSS/Atom feed (" + (nl < 0 ? m : m.substring(0, nl)) + ")");
      return new Parsed(items, problems);
    }
    String feedTitle = feed.getTitle() == null ? "" : feed.getTitle().strip();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String link = link(e);
      String resolved = resolve(feedUrl, link);
      if (resolved == null) {
        problems.add("item " + (i + 1) + " has no http(s) link" + (link == null ? "" : ": " + link));
        continue;
      }
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      PartialDate date = when == null ? null : PartialDate.of(when.toInstant().atOffset(PageDates.VIETNAM).toLocalDate());
      items.add(new Item(e.getTitle() == null ? "" : e.getTitle().strip(), resolved, date, feedTitle));
    }
    return new Parsed(items, problems);
  }

  /** The entry's link; for Atom, the rel="alternate" one when there are several. */
  private static String link(SyndEntry e) {
    for (SyndLink l : e.getLinks()) {
      if ((l.getRel() == null || "alternate".equals(l.getRel())) && l.getHref() != null && !l.getHref().isBlank()) return l.getHref().strip();
    }
    if (e.getLink() != null && !e.getLink().isBlank()) return e.getLink().strip();
    String uri = e.getUri();
    return uri == null || uri.isBlank() ? null : uri.strip();
  }

  private static String resolve(String base, String link) {
    if (link == null) return null;
    try {
      String abs = base != null && (base.startsWith("http://") || base.startsWith("https://"))
          ? URI.create(base).resolve(link).toString() : link;
      return UrlCanon.canonical(abs) == null ? null : abs;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
