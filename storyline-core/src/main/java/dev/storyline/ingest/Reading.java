package dev.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analysis.time.PublicationDates;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.text.TextNormalizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** One reading run: the state behind {@link ArticleReader#read}, used once and dropped. */
final class Reading {
  private static final ObjectMapper JSON = new ObjectMapper();

  private enum Kind { TEXT, JSONL, HTML, FEED, XML, WARC, SNIFF, UNSUPPORTED }

  private static final String SUPPORTED = ".txt, .jsonl, .json, .html, .htm, .rss, .atom, .xml, .warc, .gz or no extension";
  private static final FeedReader FEEDS = new FeedReader();
  private static final WarcReader WARCS = new WarcReader();

  private final List<RawArticle> articles = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> idCounts = new HashMap<>();
  private final InputStream stdin;
  /** Where each article goes as it is read: the result's list, or the caller's consumer. */
  private final java.util.function.Consumer<RawArticle> sink;

  Reading(InputStream stdin) {
    this.stdin = stdin;
    this.sink = articles::add;
  }

  /** Hands each article to {@code sink} as it is read and keeps none (the result's article list stays empty). */
  Reading(InputStream stdin, java.util.function.Consumer<RawArticle> sink) {
    this.stdin = stdin;
    this.sink = sink;
  }

  ReadResult read(List<String> inputs) {
    for (String input : inputs) {
      try {
        readInput(input);
      } catch (RuntimeException e) {
        problems.add(new Problem(input, "could not read: " + e));
      } catch (StackOverflowError e) {
        // A pathologically nested document defeated a recursive parser; that input is lost, the run is not.
        problems.add(new Problem(input, "skipped: input nested too deeply to parse"));
      }
    }
    return result();
  }

  ReadResult read(String name, InputStream in) {
    try {
      readStream(name, "-".equals(name) ? "stdin" : baseId(name), in, Kind.SNIFF, true);
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(name, "could not read: " + e.getMessage()));
    } catch (StackOverflowError e) {
      problems.add(new Problem(name, "skipped: input nested too deeply to parse"));
    }
    return result();
  }

  private ReadResult result() {
    return new ReadResult(articles, problems);
  }

  // ---------------------------------------------------------------- inputs

  private void readInput(String input) {
    if ("-".equals(input)) {
      try {
        readStream("-", "stdin", stdin, Kind.SNIFF, true);
      } catch (IOException e) {
        problems.add(new Problem("-", "could not read standard input: " + e.getMessage()));
      }
      return;
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      path = null;
    }
    if (path != null && Files.exists(path)) {
      if (Files.isDirectory(path)) readDirectory(input, path);
      else readFile(input, path, true);
      return;
    }
    if (isGlob(input)) {
      readGlob(input);
      return;
    }
    problems.add(new Problem(input, "no such file or directory"));
  }

  private static boolean isGlob(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') return true;
    }
    return false;
  }

  private void readDirectory(String input, Path dir) {
    List<Path> files = visibleFiles(input, dir).stream().filter(p -> kindOf(p) != Kind.UNSUPPORTED).toList();
    if (files.isEmpty()) {
      problems.add(new Problem(input, "directory has no usable file (" + SUPPORTED + ")"));
      return;
    }
    for (Path p : files) readFile(p.toString(), p, false);
  }

  /**
   * Regular files under root, sorted, without hidden files or anything in hidden folders (whose subtrees are
   * not even entered). A folder that cannot be listed becomes a problem; the walk goes on.
   */
  private List<Path> visibleFiles(String input, Path root) {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(root) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !isHidden(f)) out.add(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          problems.add(new Problem(input, "could not list " + f + ": " + e.getMessage()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(input, "could not list files: " + e.getMessage()));
    }
    out.sort(null);
    return out;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readGlob(String glob) {
    // The walk starts at the longest leading run of folders without glob characters.
    String norm = glob.replace('\\', '/');
    int cut = 0;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') break;
      if (c == '/') cut = i + 1;
    }
    String baseStr = norm.substring(0, cut);
    Path base = baseStr.isEmpty() ? Path.of(".") : Path.of(baseStr);
    PathMatcher full;
    PathMatcher zeroDirs;
    try {
      full = FileSystems.getDefault().getPathMatcher("glob:" + norm);
      zeroDirs = FileSystems.getDefault().getPathMatcher("glob:" + norm.replace("**/", ""));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(glob, "bad glob pattern: " + e.getMessage()));
      return;
    }
    if (!Files.isDirectory(base)) {
      problems.add(new Problem(glob, "no such file or directory"));
      return;
    }
    List<Path> files = visibleFiles(glob, base).stream()
        .map(p -> baseStr.isEmpty() ? base.relativize(p) : p)
        .filter(p -> full.matches(p) || zeroDirs.matches(p))
        .sorted().toList();
    if (files.isEmpty()) {
      problems.add(new Problem(glob, "no files match"));
      return;
    }
    for (Path p : files) readFile(p.toString(), p, true);
  }

  private static String lowerName(Path p) {
    Path f = p.getFileName();
    return f == null ? "" : f.toString().toLowerCase(Locale.ROOT);
  }

  private static Kind kindOf(Path p) {
    String name = lowerName(p);
    if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
    if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) return Kind.JSONL;
    if (name.endsWith(".txt")) return Kind.TEXT;
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Kind.HTML;
    if (name.endsWith(".rss") || name.endsWith(".atom")) return Kind.FEED;
    if (name.endsWith(".xml")) return Kind.XML;
    if (name.endsWith(".warc") || name.endsWith(".arc")) return Kind.WARC;
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? Kind.SNIFF : Kind.UNSUPPORTED;
  }

  /** File name without its extensions (".txt", ".jsonl.gz"), used as the id of a plain-text article. */
  static String baseId(String name) {
    String n = name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) { n = n.substring(0, n.length() - 3); lower = lower.substring(0, lower.length() - 3); }
    int dot = n.lastIndexOf('.');
    if (dot > 0) n = n.substring(0, dot);
    return n.isEmpty() ? "article" : n;
  }

  private void readFile(String shown, Path p, boolean explicit) {
    Kind kind = kindOf(p);
    if (kind == Kind.UNSUPPORTED) {
      if (explicit) problems.add(new Problem(shown, "skipped: not a supported file type (" + SUPPORTED + ")"));
      return;
    }
    if (!Files.isRegularFile(p)) {
      problems.add(new Problem(shown, "not a regular file"));
      return;
    }
    if (!Files.isReadable(p)) {
      problems.add(new Problem(shown, "file is not readable"));
      return;
    }
    try {
      long size = Files.size(p);
      if (kind != Kind.JSONL && kind != Kind.WARC && !lowerName(p).endsWith(".gz") && size > ArticleReader.MAX_TEXT_BYTES) {
        problems.add(new Problem(shown, "skipped: " + size + " bytes is over the file size limit of " + ArticleReader.MAX_TEXT_BYTES));
        return;
      }
      try (InputStream in = Files.newInputStream(p)) {
        readStream(shown, baseId(shown), in, kind, explicit);
      }
    } catch (NoSuchFileException e) {
      problems.add(new Problem(shown, "no such file"));
    } catch (AccessDeniedException e) {
      problems.add(new Problem(shown, "file is not readable"));
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(shown, "could not read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    } catch (StackOverflowError e) {
      problems.add(new Problem(shown, "skipped: input nested too deeply to parse"));
    }
  }

  // ---------------------------------------------------------------- streams

  /** @param explicit named by the user (not found in a folder walk): a non-feed .xml is then reported, not ignored */
  private void readStream(String name, String id, InputStream raw, Kind kind, boolean explicit) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    in.mark(4);
    int b0 = in.read(), b1 = in.read();
    in.reset();
    if (b0 == 0x1F && b1 == 0x8B) {
      try {
        in = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
      } catch (IOException e) {
        problems.add(new Problem(name, "broken gzip data: " + e.getMessage()));
        return;
      }
    }
    byte[] head = new byte[ArticleReader.SNIFF_BYTES];
    in.mark(ArticleReader.SNIFF_BYTES + 1);
    int headLen = in.readNBytes(head, 0, ArticleReader.SNIFF_BYTES);
    in.reset();
    if (headLen == 0 || (headLen < ArticleReader.SNIFF_BYTES && isBlank(head, headLen))) {
      problems.add(new Problem(name, headLen == 0 ? "skipped: empty file" : "skipped: file is blank"));
      return;
    }
    // A WARC holds images and other binary payloads: it is recognised before the binary check.
    if (kind == Kind.WARC || (kind == Kind.SNIFF && startsWith(head, headLen, "WARC/"))) {
      if (!startsWith(head, headLen, "WARC/")) {
        problems.add(new Problem(name, "skipped: not a WARC file (does not start with \"WARC/\")"));
        return;
      }
      merge(WARCS.read(name, id, in));
      return;
    }
    String binary = binaryReason(head, headLen);
    if (binary != null) {
      problems.add(new Problem(name, "skipped: looks like a binary file (" + binary + ")"));
      return;
    }
    if (kind == Kind.SNIFF) kind = sniff(head, headLen);
    if (kind == Kind.XML) {
      if (sniff(head, headLen) != Kind.FEED) {
        // Folders of saved pages hold sitemaps and configs too: only a file the user named is worth a problem.
        if (explicit) problems.add(new Problem(name, "skipped: XML file is not an RSS or Atom feed"));
        return;
      }
      kind = Kind.FEED;
    }
    if (kind == Kind.JSONL && firstNonBlank(head, headLen) == '[') readJsonArray(name, in);
    else if (kind == Kind.JSONL) readJsonl(name, in);
    else if (kind == Kind.HTML) readHtml(name, id, in);
    else if (kind == Kind.FEED) merge(FEEDS.read(name, id, in));
    else readPlain(name, id, in);
  }

  /** Content sniffing for extension-less files and stdin. */
  private static Kind sniff(byte[] head, int len) {
    int first = firstNonBlank(head, len);
    if (first == '{') return Kind.JSONL;
    if (first != '<') return Kind.TEXT;
    String h = new String(head, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int i = h.indexOf('<');
    if (h.startsWith("<!doctype html", i) || h.startsWith("<html", i)) return Kind.HTML;
    if (h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf")) return Kind.FEED;
    if (h.contains("<html") || h.contains("<body") || h.contains("<p>") || h.contains("<div")) return Kind.HTML;
    return Kind.TEXT;
  }

  private static boolean startsWith(byte[] b, int len, String ascii) {
    if (len < ascii.length()) return false;
    for (int i = 0; i < ascii.length(); i++) if (b[i] != ascii.charAt(i)) return false;
    return true;
  }

  private void merge(ReadResult r) {
    problems.addAll(r.problems());
    for (RawArticle a : r.articles()) add(a.source(), a);
  }

  // ---------------------------------------------------------------- HTML

  private void readHtml(String name, String id, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(ArticleReader.MAX_HTML_BYTES + 1);
    if (bytes.length > ArticleReader.MAX_HTML_BYTES) {
      problems.add(new Problem(name, "skipped: HTML page over the limit of " + ArticleReader.MAX_HTML_BYTES + " bytes"));
      return;
    }
    HtmlPage.Result r = HtmlPage.read(name, id, bytes, bytes.length, null, "", problems, false);
    if (r != null) add(name, r.article());
  }

  private static boolean isBlank(byte[] b, int len) {
    int i = skipBom(b, len);
    for (; i < len; i++) {
      int c = b[i] & 0xFF;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C) return false;
    }
    return true;
  }

  private static int skipBom(byte[] b, int len) {
    return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  private static int firstNonBlank(byte[] b, int len) {
    for (int i = skipBom(b, len); i < len; i++) {
      int c = b[i] & 0xFF;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return c;
    }
    return -1;
  }

  /** Null for text; otherwise why it looks binary: a NUL byte, or over 10% control bytes. */
  static String binaryReason(byte[] b, int len) {
    int controls = 0;
    for (int i = 0; i < len; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) return "NUL byte at " + i;
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C) || c == 0x7F) controls++;
    }
    return controls * 10 > len ? controls + " control bytes in the first " + len : null;
  }

  // ---------------------------------------------------------------- plain text

  private void readPlain(String name, String id, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) ArticleReader.MAX_TEXT_BYTES + 1);
    if (bytes.length > ArticleReader.MAX_TEXT_BYTES) {
      problems.add(new Problem(name, "skipped: over the plain-text limit of " + ArticleReader.MAX_TEXT_BYTES + " bytes"));
      return;
    }
    Decoded d = Decoded.utf8(bytes, 0, bytes.length);
    if (!d.valid()) {
      if (!d.mostlyText()) {
        problems.add(new Problem(name, "skipped: invalid UTF-8 at byte " + d.badOffset()
            + " and " + d.replaced() + " undecodable sequences; not UTF-8 text"));
        return;
      }
      problems.add(new Problem(name, "invalid UTF-8 at byte " + d.badOffset() + "; decoded with "
          + d.replaced() + " replacement character(s) and kept"));
    }
    String text = TextNormalizer.normalize(d.text());
    PlainText.Parsed parsed = PlainText.parse(text);
    if (parsed.dateProblem() != null) {
      problems.add(new Problem(name + ":" + parsed.headerLine(), parsed.dateProblem() + "; kept the article without a date"));
    }
    if (parsed.body().isBlank()) {
      problems.add(new Problem(name, "skipped: no article text"));
      return;
    }
    add(name, new RawArticle(id, name, "", parsed.body(), parsed.date(), "", ""));
  }

  // ---------------------------------------------------------------- JSON

  private void readJsonl(String name, InputStream in) throws IOException {
    int lineNo = 0;
    LineReader lines = new LineReader(in, ArticleReader.MAX_JSONL_LINE_BYTES);
    while (lines.next()) {
      lineNo++;
      String where = name + ":" + lineNo;
      if (lines.tooLong()) {
        problems.add(new Problem(where, "skipped: line is over " + ArticleReader.MAX_JSONL_LINE_BYTES + " bytes"));
        continue;
      }
      byte[] line = lines.bytes();
      int len = lines.length();
      int start = lineNo == 1 ? skipBom(line, len) : 0;
      if (isBlankRange(line, start, len)) continue;
      Decoded d = Decoded.utf8(line, start, len - start);
      if (!d.valid()) {
        problems.add(new Problem(where, "invalid UTF-8 at byte " + d.badOffset() + " of the line; decoded with "
            + d.replaced() + " replacement character(s)"));
      }
      JsonNode node;
      try {
        node = JSON.readTree(d.text());
      } catch (JsonProcessingException e) {
        problems.add(new Problem(where, "skipped: malformed JSON (" + firstLine(e.getOriginalMessage()) + ")"));
        continue;
      }
      fromJson(where, node);
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "?";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static boolean isBlankRange(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }

  private void readJsonArray(String name, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) ArticleReader.MAX_TEXT_BYTES + 1);
    if (bytes.length > ArticleReader.MAX_TEXT_BYTES) {
      problems.add(new Problem(name, "skipped: JSON array over " + ArticleReader.MAX_TEXT_BYTES + " bytes; use JSONL"));
      return;
    }
    Decoded d = Decoded.utf8(bytes, 0, bytes.length);
    if (!d.valid()) problems.add(new Problem(name, "invalid UTF-8 at byte " + d.badOffset() + "; decoded with replacement"));
    JsonNode root;
    try {
      root = JSON.readTree(d.text());
    } catch (JsonProcessingException e) {
      problems.add(new Problem(name, "skipped: malformed JSON (" + firstLine(e.getOriginalMessage()) + ")"));
      return;
    }
    for (int i = 0; i < root.size(); i++) fromJson(name + "[" + i + "]", root.get(i));
  }

  private void fromJson(String where, JsonNode node) {
    if (node == null || !node.isObject()) {
      problems.add(new Problem(where, "skipped: not a JSON object"));
      return;
    }
    JsonNode idNode = node.get("id");
    String id;
    if (idNode == null || idNode.isNull()) {
      problems.add(new Problem(where, "skipped: missing \"id\""));
      return;
    } else if (idNode.isTextual() || idNode.isIntegralNumber()) {
      id = TextNormalizer.normalize(idNode.asText()).strip();
      if (id.isEmpty()) {
        problems.add(new Problem(where, "skipped: empty \"id\""));
        return;
      }
    } else {
      problems.add(new Problem(where, "skipped: \"id\" must be a string or an integer, not " + type(idNode)));
      return;
    }
    String textField = node.has("text") ? "text" : node.has("body") ? "body" : node.has("content") ? "content" : null;
    if (textField == null) {
      problems.add(new Problem(where, "skipped: missing \"text\" (or \"body\"/\"content\")"));
      return;
    }
    String[] fields = {textField, "title", "date", "url", "source"};
    String[] values = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      JsonNode v = node.get(fields[i]);
      if (v == null || v.isNull()) continue;
      if (!v.isTextual()) {
        problems.add(new Problem(where, "skipped: \"" + fields[i] + "\" must be a string, not " + type(v)));
        return;
      }
      values[i] = v.asText();
    }
    String text = TextNormalizer.normalize(values[0]);
    // Summarisation corpora (VietNews) carry the lead paragraph apart as "abstract": it is the
    // article's first paragraph, so it goes back in front of the body.
    JsonNode abs = node.get("abstract");
    if (abs != null && abs.isTextual() && !abs.asText().isBlank()) {
      String lead = TextNormalizer.normalize(abs.asText()).strip();
      text = text.isBlank() ? lead : lead + "\n" + text;
    }
    if (text.isBlank()) {
      problems.add(new Problem(where, "skipped: \"" + textField + "\" is empty"));
      return;
    }
    PartialDate date = null;
    if (values[2] != null && !values[2].isBlank()) {
      date = PartialDate.parseIso(values[2]).orElse(null);
      // Not ISO: the site date formats newsrooms emit ("Thứ 6, 11:03, 20/05/2016", "06:14 ngày 20 tháng 05 năm 2016").
      if (date == null) date = PublicationDates.parse(values[2]).map(PublicationDates.Stamp::date).orElse(null);
      if (date == null) {
        problems.add(new Problem(where, "unrecognised date \"" + values[2] + "\" (want ISO or a Vietnamese site date such as 20/05/2016 11:03); kept the article without a date"));
      }
    }
    add(where, new RawArticle(id, where, clean(values[1]), text, date, clean(values[3]), clean(values[4])));
  }

  private static String clean(String s) { return s == null ? "" : TextNormalizer.normalize(s).strip(); }

  private static String type(JsonNode v) { return v.getNodeType().name().toLowerCase(Locale.ROOT); }

  private void add(String where, RawArticle a) {
    int seen = idCounts.merge(a.id(), 1, Integer::sum);
    if (seen > 1) {
      String renamed = a.id() + "#" + seen;
      while (idCounts.containsKey(renamed)) renamed = a.id() + "#" + (++seen);
      idCounts.put(renamed, 1);
      problems.add(new Problem(where, "duplicate id \"" + a.id() + "\"; renamed to \"" + renamed + "\""));
      a = a.withId(renamed);
    }
    sink.accept(a);
  }
}
