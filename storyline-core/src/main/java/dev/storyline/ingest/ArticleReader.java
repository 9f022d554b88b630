package dev.storyline.ingest;

import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.io.InputStream;
import java.util.List;

/**
 * Reads articles from files, folders, globs, or "-" for standard input: plain text, JSONL, HTML pages, RSS/Atom
 * feeds and WARC archives.
 *
 * <p>Inputs, in the order given (each expanded in sorted path order, so the result is deterministic):
 * <ul>
 *   <li>a file: {@code .jsonl}, {@code .json} (JSONL, or one JSON array of objects), {@code .gz} of either
 *       or of plain text, {@code .txt} and extension-less files (sniffed: first non-blank char '{' means
 *       JSONL, {@code <!doctype html}/{@code <html} an HTML page, {@code <rss}/{@code <feed} a feed, {@code WARC/} an
 *       archive), {@code .html}/{@code .htm} ({@link HtmlArticleExtractor}), {@code .rss}/{@code .atom} and {@code .xml}
 *       when it is a feed ({@link FeedReader}), {@code .warc}/{@code .warc.gz} ({@link WarcReader}). Other extensions
 *       named explicitly are reported as skipped.</li>
 *   <li>a folder: recursed; hidden files and folders are skipped; only the file types above are taken.</li>
 *   <li>a glob ({@code data/**}{@code /*.txt}): java.nio "glob:" syntax; "**" also matches zero folders.</li>
 *   <li>"-": standard input, sniffed like an extension-less file.</li>
 * </ul>
 *
 * <p>Plain text is one article: an optional header {@code date YYYY-MM[-DD]} at the very start, the body
 * possibly continuing on the header line; paragraphs are lines. JSONL is one object per line with
 * {@code id}, {@code text} (or {@code body}/{@code content}; a non-blank {@code abstract} is put in front as the
 * lead paragraph) and optional {@code title}, {@code date},
 * {@code url}, {@code source} (the outlet). Every bad input or line becomes a {@link dev.storyline.model.Problem}; nothing
 * thrown escapes {@link #read}. Duplicate ids are renamed {@code id#2}, {@code id#3}, … with a problem.
 * Stateless: each call reads with fresh state, so one instance may serve several threads.
 */
public final class ArticleReader {
  /** Plain-text files (and JSON arrays) larger than this many bytes are skipped: 20 MB. */
  public static final long MAX_TEXT_BYTES = 20L * 1024 * 1024;
  /** JSONL lines longer than this many bytes are skipped, the rest of the file is still read: 5 MB. */
  public static final int MAX_JSONL_LINE_BYTES = 5 * 1024 * 1024;
  /** HTML pages (a file or a WARC record body) larger than this many bytes are skipped: 5 MB, the article size limit. */
  public static final int MAX_HTML_BYTES = 5 * 1024 * 1024;
  /** How many leading bytes are inspected to recognise binary files and sniff the format: 8 KB. */
  public static final int SNIFF_BYTES = 8 * 1024;

  private final InputStream stdin;

  /** A reader whose "-" input is {@link System#in}. */
  public ArticleReader() { this(System.in); }

  /** @param stdin what an input of "-" reads */
  public ArticleReader(InputStream stdin) { this.stdin = stdin; }

  /** Reads all inputs in order; every failure becomes a problem in the result, nothing is thrown. */
  public ReadResult read(List<String> inputs) { return new Reading(stdin).read(inputs); }

  /**
   * Reads all inputs in order like {@link #read(List)}, but hands each article to {@code each} as soon as it is read
   * and keeps none, so an archive larger than memory can be spilled or processed as it streams in. The same
   * articles (ids renamed the same way) and problems as {@link #read(List)}; returns the problems.
   */
  public List<Problem> readEach(List<String> inputs, java.util.function.Consumer<RawArticle> each) {
    return new Reading(stdin, each).read(inputs).problems();
  }

  /**
   * Reads one stream (used for "-" and tests), sniffed like an extension-less file: first non-blank char '{'
   * means JSONL, anything else one plain-text article; gzip is recognised by its magic bytes.
   *
   * @param name shown in sources and problems; "-" gives the id "stdin", else the name without extension
   */
  public ReadResult read(String name, InputStream in) { return new Reading(stdin).read(name, in); }

  /** Null for text; otherwise why the first bytes look binary: a NUL byte, or over 10% control bytes. */
  static String binaryReason(byte[] b, int len) { return Reading.binaryReason(b, len); }
}
