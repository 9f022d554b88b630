package dev.storyline.model;

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
 */
public record RawArticle(String id, String source, String title, String text, PartialDate published,
                         String url, String outlet) {
  public RawArticle {
    id = nonNull(id);
    source = nonNull(source);
    title = nonNull(title);
    text = nonNull(text);
    url = nonNull(url);
    outlet = nonNull(outlet);
  }

  private static String nonNull(String s) { return s == null ? "" : s; }
}
