package dev.storyline.model;

import java.util.List;

/**
 * An article as a reader found it, after text normalisation (NFC, LF line ends, no BOM or stray
 * control characters) but before cleaning.
 *
 * @param id        stable id: the JSONL id, or derived from the file name
 * @param source    where it came from: a path, "path:line" or a URL
 * @param title     may be empty
 * @param text      the normalised body; paragraphs are separated by line breaks
 * @param published the publication date from a header or metadata, or null if none was given
 * @param url       may be empty
 * @param outlet    the publisher ("VnExpress", "Reuters"), may be empty
 * @param removed   what a reader already left out of {@code text} (an HTML page's captions, bylines, related
 *                  boxes…), in order; the Cleaner carries it into {@link Article#removed()}. Each {@code at} is
 *                  the offset in {@code text} where the piece stood (see {@link Removal}). Empty for plain text.
 */
public record RawArticle(String id, String source, String title, String text, PartialDate published,
                         String url, String outlet, List<Removal> removed) {
  public RawArticle {
    id = nonNull(id);
    source = nonNull(source);
    title = nonNull(title);
    text = nonNull(text);
    url = nonNull(url);
    outlet = nonNull(outlet);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  /** An article nothing was removed from before cleaning (every reader but HTML). */
  public RawArticle(String id, String source, String title, String text, PartialDate published, String url,
                    String outlet) {
    this(id, source, title, text, published, url, outlet, List.of());
  }

  /** The same article under another id (a duplicate id renamed by a reader). */
  public RawArticle withId(String newId) {
    return new RawArticle(newId, source, title, text, published, url, outlet, removed);
  }

  private static String nonNull(String s) { return s == null ? "" : s; }
}
