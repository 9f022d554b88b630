package dev.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Removal;
import dev.storyline.model.RemovalReason;
import dev.storyline.text.TextNormalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Pulls the article out of a saved news page: title, publication date, author, section, canonical URL, lead
 * and body paragraphs.
 *
 * <p>The body comes from the first known article container (VnExpress, Tuổi Trẻ, Thanh Niên, Dân Trí,
 * VietnamPlus, VOV, Báo Chính phủ and schema.org {@code articleBody}); when none matches, from the densest text
 * block (the element whose child paragraphs hold the most text). Inside it, captions, bylines, related-article
 * boxes, comments, ads, navigation, scripts and share widgets are left out of the text and recorded in
 * {@link Extracted#removed()} with a reason (the audit trail the Cleaner keeps for plain text): a caption is not
 * the article's own text, so it never reaches the Cleaner, but nothing is dropped silently. Each removal's
 * {@code at} is the offset in {@link Extracted#text()} where the piece stood. Boilerplate outside the article
 * container (the page's header, menus, footer, comment threads under the article) was never part of the article
 * and is not recorded; neither are scripts, styles and other elements without visible text.
 *
 * <p>Every walk over the tree is iterative (jsoup's NodeTraversor), so deeply nested pages cannot overflow the
 * stack. Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Parsed CSS queries: jsoup re-parses a String query on every select, which dominated extraction time. */
  private static final ConcurrentHashMap<String, Evaluator> QUERIES = new ConcurrentHashMap<>();
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n]+");
  private static final Pattern CLASS_TOKENS = Pattern.compile("[\\s_]+");

  /** Known article containers, most specific first. */
  private static final List<String> BODY_SELECTORS = List.of(
      "article.fck_detail", "#main-detail-body", ".detail-cmain", ".singular-content", ".article__body",
      ".text-long", ".article-body", ".detail-content", ".article-content", "[itemprop=articleBody]",
      ".content-detail", ".article .content", ".content");

  /** Visible leads (sapo). */
  private static final List<String> LEAD_SELECTORS = List.of(
      "p.description", ".detail-sapo", ".singular-sapo", ".article__sapo", "h2.sapo", ".sapo", ".article-sapo",
      ".detail__summary", ".article__summary", ".article-summary", ".summary", ".lead");

  private static final List<String> DATE_SELECTORS = List.of(
      "span.date", ".date", ".time", ".publish-date", ".date-time", ".detail-time", ".author-time",
      ".article__meta time", "[class*=date]", "[class*=time]");

  /** Tags that never hold article text. */
  private static final Set<String> JUNK_TAGS = Set.of(
      "script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas", "form", "button", "input",
      "select", "textarea", "nav", "aside", "header", "footer", "figure", "figcaption", "video", "audio", "template");

  /** Class/id fragments of boxes that are not the article's own text. */
  private static final List<String> JUNK_CLASS_PARTS = List.of(
      "caption", "desc-img", "related", "relate", "lien-quan", "lienquan", "comment", "binh-luan", "binhluan",
      "share", "social", "advert", "banner", "quangcao", "quang-cao", "byline", "author", "tags", "tag-list",
      "box-tin", "newsletter", "sponsor", "breadcrumb", "menu", "toolbar", "sidebar", "recommend", "readmore",
      "read-more", "xem-them", "photocms_caption", "embed", "video", "poll", "rating");

  /** Block-level tags whose innermost instances are paragraphs. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "td", "pre", "section", "article",
      "table", "ul", "ol", "dl", "dd", "dt", "main", "tr", "tbody", "center");

  private static final Map<String, String> OUTLETS = Map.of(
      "vnexpress.net", "VnExpress", "tuoitre.vn", "Tuổi Trẻ", "thanhnien.vn", "Thanh Niên", "dantri.com.vn",
      "Dân Trí", "vietnamplus.vn", "VietnamPlus", "vov.vn", "VOV", "baochinhphu.vn", "Báo Chính phủ");

  /**
   * What a page gave.
   *
   * @param published day in Vietnam time, or null
   * @param body      body paragraphs in page order, without the lead
   * @param removed   what was cut out of the article container, in page order; {@code at} points into {@link #text()}
   */
  public record Extracted(String title, PartialDate published, String author, String section, String url,
                          String lead, List<String> body, String outlet, List<Removal> removed) {
    public Extracted {
      body = List.copyOf(body);
      removed = removed == null ? List.of() : List.copyOf(removed);
    }

    public Extracted(String title, PartialDate published, String author, String section, String url, String lead,
                     List<String> body, String outlet) {
      this(title, published, author, section, url, lead, body, outlet, List.of());
    }

    /** The lead then the body paragraphs, one per line: what a RawArticle's text holds. */
    public String text() {
      StringBuilder sb = new StringBuilder();
      if (!lead.isEmpty()) sb.append(lead);
      for (String p : body) {
        if (!sb.isEmpty()) sb.append('\n');
        sb.append(p);
      }
      return sb.toString();
    }
  }

  public Extracted extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  public Extracted extract(Document doc) {
    String url = firstNonEmpty(attr(doc, "link[rel=canonical]", "abs:href"), attr(doc, "meta[property=og:url]", "content"));
    if (url.isEmpty()) url = doc.location();
    String title = title(doc);
    PartialDate date = date(doc);
    String author = firstNonEmpty(attr(doc, "meta[name=author]", "content"), attr(doc, "meta[property=article:author]", "content"),
        text(doc, "[itemprop=author] [itemprop=name]"), text(doc, "[itemprop=author]"), text(doc, ".author"),
        text(doc, ".author_mail"), text(doc, ".byline"));
    String section = firstNonEmpty(attr(doc, "meta[property=article:section]", "content"), text(doc, ".breadcrumb li a"),
        text(doc, ".breadcrumb a"), text(doc, "[class*=breadcrumb] a"));
    String lead = "";
    for (String sel : LEAD_SELECTORS) {
      Element e = doc.selectFirst(q(sel));
      if (e != null && !clean(e.text()).isEmpty()) { lead = clean(e.text()); break; }
    }
    if (lead.isEmpty()) lead = firstNonEmpty(attr(doc, "meta[property=og:description]", "content"), attr(doc, "meta[name=description]", "content"));
    Element container = container(doc);
    Body body = container == null ? new Body(List.of(), List.of()) : paragraphs(container, lead, title);
    String outlet = firstNonEmpty(attr(doc, "meta[property=og:site_name]", "content"), outletOf(url));
    return new Extracted(title, date, author, section, url, lead, body.paragraphs, outlet, body.removals(lead));
  }

  // ---------------------------------------------------------------- metadata

  private static String title(Document doc) {
    String og = attr(doc, "meta[property=og:title]", "content");
    if (!og.isEmpty()) return og;
    String h1 = text(doc, "h1");
    if (!h1.isEmpty()) return h1;
    String t = clean(doc.title());
    // "Tiêu đề - Báo X" / "Tiêu đề | X": keep the longest part, the site name is the short one.
    String best = t;
    for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
      int cut = t.lastIndexOf(sep);
      if (cut > 0) {
        String head = t.substring(0, cut).strip();
        if (head.length() > t.length() - cut - sep.length() && head.length() < best.length()) best = head;
      }
    }
    return best;
  }

  private static PartialDate date(Document doc) {
    for (String sel : new String[] {"meta[property=article:published_time]", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[property=og:published_time]", "meta[name=date]"}) {
      PartialDate d = PageDates.parseMachine(attr(doc, sel, "content"));
      if (d != null) return d;
    }
    for (Element e : doc.select(q("[itemprop=datePublished]"))) {
      PartialDate d = PageDates.parseMachine(firstNonEmpty(e.attr("datetime"), e.attr("content"), e.text()));
      if (d != null) return d;
    }
    for (Element s : doc.select(q("script[type=application/ld+json]"))) {
      try {
        JsonNode v = JSON.readTree(s.data()).findValue("datePublished");
        if (v != null && v.isTextual()) {
          PartialDate d = PageDates.parseMachine(v.asText());
          if (d != null) return d;
        }
      } catch (Exception ignored) {
        // Broken JSON-LD is common; the visible date may still be there.
      }
    }
    for (Element t : doc.select(q("time[datetime]"))) {
      PartialDate d = PageDates.parseMachine(t.attr("datetime"));
      if (d != null) return d;
    }
    for (String sel : DATE_SELECTORS) {
      for (Element e : doc.select(q(sel))) {
        String s = e.text();
        if (s.length() > 200) continue; // a date line, not a block that happens to have "time" in its class
        PartialDate d = PageDates.parseVisible(s);
        if (d != null) return d;
      }
    }
    return null;
  }

  private static String outletOf(String url) {
    int s = url.indexOf("://");
    if (s < 0) return "";
    int e = url.indexOf('/', s + 3);
    String host = (e < 0 ? url.substring(s + 3) : url.substring(s + 3, e)).toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) host = host.substring(4);
    for (Map.Entry<String, String> o : OUTLETS.entrySet()) {
      if (host.equals(o.getKey()) || host.endsWith("." + o.getKey())) return o.getValue();
    }
    return "";
  }

  // ---------------------------------------------------------------- body

  private static Element container(Document doc) {
    for (String sel : BODY_SELECTORS) {
      for (Element e : doc.select(q(sel))) {
        if (hasText(e)) return e;
      }
    }
    return densest(doc);
  }

  private static boolean hasText(Element e) {
    for (Element p : e.select(q("p, div"))) if (clean(p.ownText()).length() >= 20) return true;
    return false;
  }

  /** The element whose direct paragraphs hold the most text (half of it also counts for the grandparent). */
  private static Element densest(Document doc) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element p : doc.select(q("p"))) {
      if (isJunk(p)) continue;
      int len = clean(p.text()).length();
      if (len < 25) continue;
      Element parent = p.parent();
      if (parent == null) continue;
      score.merge(parent, (double) len, Double::sum);
      Element grand = parent.parent();
      if (grand != null) score.merge(grand, len / 2.0, Double::sum);
    }
    Element best = null;
    double top = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      if (e.getValue() > top) { top = e.getValue(); best = e.getKey(); }
    }
    return best;
  }

  private static boolean isJunk(Element e) {
    String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (cls.isBlank()) return false;
    for (String part : JUNK_CLASS_PARTS) if (cls.contains(part)) return true;
    for (String tok : CLASS_TOKENS.split(cls)) {
      if (tok.equals("tag") || tok.endsWith("__tag") || tok.endsWith("-tag") || tok.equals("ad") || tok.equals("ads") || tok.startsWith("ads-") || tok.startsWith("ad-") || tok.equals("nav")) return true;
    }
    return false;
  }

  /** Tags whose content is never visible text: cut without a record. */
  private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas");
  private static final Set<String> CAPTION_TAGS = Set.of("figure", "figcaption", "video", "audio");
  /** The element a cut leaves behind, so the walk below learns where it stood among the paragraphs. */
  private static final String MARK = "storyline-cut";

  /**
   * A removal before its offset is known: {@code leaf} is the number of candidate paragraphs (innermost blocks)
   * that came before it in the page.
   */
  private record Cut(String text, RemovalReason reason, int leaf) {}

  /** The body paragraphs and what was cut around them; {@code keptBefore[i]} = kept paragraphs among leaves [0, i). */
  private record Body(List<String> paragraphs, List<Cut> cuts, int[] keptBefore) {
    Body(List<String> paragraphs, List<Cut> cuts) { this(paragraphs, cuts, new int[] {0}); }

    /** The cuts with {@code at} = the offset in lead + "\n" + paragraphs where they stood. */
    List<Removal> removals(String lead) {
      if (cuts.isEmpty()) return List.of();
      int[] start = new int[paragraphs.size() + 1];
      int off = lead.isEmpty() ? 0 : lead.length() + 1;
      for (int j = 0; j < paragraphs.size(); j++) {
        start[j] = off;
        off += paragraphs.get(j).length() + 1;
      }
      // Nothing follows the last paragraph: the end of the text (no trailing newline).
      start[paragraphs.size()] = paragraphs.isEmpty() ? lead.length() : off - 1;
      List<Removal> out = new ArrayList<>(cuts.size());
      for (Cut c : cuts) out.add(new Removal(c.text, c.reason, start[keptBefore[Math.min(c.leaf, keptBefore.length - 1)]]));
      return out;
    }
  }

  /** Why an element of the article container is boilerplate, or null when it is not. */
  static RemovalReason junkReason(Element e) {
    String tag = e.normalName();
    if (CAPTION_TAGS.contains(tag) || isImageTable(e)) return RemovalReason.CAPTION;
    if (isBylineBox(e)) return RemovalReason.SOURCE_LINE;
    if (JUNK_TAGS.contains(tag)) return RemovalReason.WIDGET;
    if (!isJunk(e)) return null;
    String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (cls.contains("caption") || cls.contains("desc-img")) return RemovalReason.CAPTION;
    if (cls.contains("byline") || cls.contains("author")) return RemovalReason.SOURCE_LINE;
    for (String part : TEASER_CLASS_PARTS) if (cls.contains(part)) return RemovalReason.TEASER;
    return RemovalReason.WIDGET;
  }

  /**
   * The visible text of a cut element, with a space after each link and block: a related box is a run of
   * adjacent links, which {@code Element.text()} would glue into one word ("…ra mắtTrạm sạc…").
   */
  static String cutText(Element e) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int d) {
        if (node instanceof org.jsoup.nodes.TextNode t) b.append(t.getWholeText());
        else if (node instanceof Element el && el.normalName().equals("br")) b.append(' ');
      }

      @Override
      public void tail(Node node, int d) {
        if (node instanceof Element el && (el.normalName().equals("a") || el.isBlock())) b.append(' ');
      }
    }, e);
    return clean(b.toString());
  }

  /** Class/id fragments of boxes that point to other articles. */
  private static final List<String> TEASER_CLASS_PARTS = List.of(
      "related", "relate", "lien-quan", "lienquan", "box-tin", "recommend", "readmore", "read-more", "xem-them");

  /** Innermost block elements of the container, in page order, minus boilerplate. One iterative pass. */
  private static Body paragraphs(Element original, String lead, String title) {
    // Work on a copy with the boilerplate cut out, so a paragraph's text never includes an inline junk element.
    // Each cut with visible text leaves an empty marker behind, so the walk knows which paragraph it preceded.
    Element container = original.clone();
    List<Element> junk = new ArrayList<>();
    List<RemovalReason> reasons = new ArrayList<>();
    Set<Element> covered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : container.getAllElements()) {
      if (e == container) continue;
      // Pre-order: a parent is seen before its children, so only the outermost junk element is cut and recorded.
      if (covered.contains(e.parent())) { covered.add(e); continue; }
      RemovalReason r = junkReason(e);
      if (r == null) continue;
      covered.add(e);
      junk.add(e);
      reasons.add(r);
    }
    List<String> cutText = new ArrayList<>();
    List<RemovalReason> cutReason = new ArrayList<>();
    // By identity: a page may itself contain an element named like the marker.
    Map<Element, Integer> marks = new IdentityHashMap<>();
    for (int i = 0; i < junk.size(); i++) {
      Element e = junk.get(i);
      String t = INVISIBLE_TAGS.contains(e.normalName()) ? "" : cutText(e);
      if (t.isEmpty()) { e.remove(); continue; }
      Element mark = new Element(MARK);
      marks.put(mark, cutText.size());
      e.replaceWith(mark);
      cutText.add(t);
      cutReason.add(reasons.get(i));
    }
    int[] cutLeaf = new int[cutText.size()];
    List<Element> leaves = new ArrayList<>();
    Map<Element, Boolean> hasBlockChild = new IdentityHashMap<>();
    Deque<Element> open = new ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int d) {
        if (!(node instanceof Element el)) return;
        Integer mark = marks.get(el);
        if (mark != null) {
          cutLeaf[mark] = leaves.size();
          return;
        }
        if (el != container && BLOCKS.contains(el.normalName())) {
          Element outer = open.peek();
          if (outer != null) hasBlockChild.put(outer, Boolean.TRUE);
          open.push(el);
        }
      }

      @Override
      public void tail(Node node, int d) {
        if (node instanceof Element el && el != container && BLOCKS.contains(el.normalName())) {
          open.pop();
          if (!hasBlockChild.containsKey(el)) leaves.add(el);
        }
      }
    }, container);
    List<String> out = new ArrayList<>();
    List<Cut> cuts = new ArrayList<>();
    for (int k = 0; k < cutLeaf.length; k++) cuts.add(new Cut(cutText.get(k), cutReason.get(k), cutLeaf[k]));
    int[] keptBefore = new int[leaves.size() + 1];
    for (int i = 0; i < leaves.size(); i++) {
      keptBefore[i] = out.size();
      Element el = leaves.get(i);
      String t = clean(el.text());
      RemovalReason skip = null;
      if (t.isEmpty()) continue;
      if (t.equals(lead) || t.equals(title)) skip = RemovalReason.DUPLICATE_PARAGRAPH;
      else if (isByline(el, t, i == leaves.size() - 1)) skip = RemovalReason.SOURCE_LINE;
      else skip = teaserLineReason(t);
      if (skip != null) cuts.add(new Cut(t, skip, i));
      else out.add(t);
    }
    keptBefore[leaves.size()] = out.size();
    // Page order: by the paragraph they stood before; a marker inside paragraph i comes before that paragraph's own skip.
    cuts.sort(java.util.Comparator.comparingInt(Cut::leaf));
    return new Body(out, cuts, keptBefore);
  }

  /** VnExpress wraps photos in table.tplCaption / p.Image. */
  private static boolean isImageTable(Element el) {
    return (el.normalName().equals("table") && el.hasClass("tplCaption")) || (el.normalName().equals("p") && el.hasClass("Image"));
  }

  private static boolean isBylineBox(Element el) {
    return el.hasClass("author_mail") || el.hasClass("author") || el.hasClass("byline");
  }

  /**
   * The author line at the end of a Vietnamese article: short, right-aligned or all in bold ("<strong>Minh
   * An</strong>"), or "Theo …" naming a source.
   */
  private static boolean isByline(Element el, String t, boolean last) {
    int words = 1;
    for (int i = 0; i < t.length(); i++) if (t.charAt(i) == ' ') words++;
    if (words > 8) return false;
    String style = el.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    if (style.contains("text-align:right") || "right".equalsIgnoreCase(el.attr("align"))) return true;
    if (!last) return false;
    Elements bold = el.select(q("strong, b"));
    return bold.size() == 1 && clean(bold.first().text()).equals(t) && words <= 5;
  }

  /** Why a paragraph is a link line, a widget label or a lone credit rather than article text; null if it is text. */
  private static RemovalReason teaserLineReason(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    if (l.startsWith("xem thêm:") || l.startsWith("đọc thêm:") || l.startsWith("tin liên quan") || l.startsWith(">> "))
      return RemovalReason.TEASER;
    if (l.equals("bình luận")) return RemovalReason.WIDGET;
    if (l.startsWith("ảnh:") || l.startsWith("video:")) return RemovalReason.CAPTION;
    return null;
  }

  // ---------------------------------------------------------------- helpers

  static Evaluator q(String css) { return QUERIES.computeIfAbsent(css, QueryParser::parse); }

  private static String attr(Element root, String sel, String attr) {
    Element e = root.selectFirst(q(sel));
    return e == null ? "" : clean(e.attr(attr));
  }

  private static String text(Element root, String sel) {
    Element e = root.selectFirst(q(sel));
    return e == null ? "" : clean(e.text());
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) if (v != null && !v.isEmpty()) return v;
    return "";
  }

  /** NFC, no controls, spaces collapsed (jsoup's text() already collapses HTML whitespace; NBSP too). */
  static String clean(String s) {
    if (s == null || s.isEmpty()) return "";
    return TextNormalizer.normalize(s.replace('\u00A0', ' ')).transform(t -> SPACES.matcher(t).replaceAll(" ")).strip();
  }
}
