package dev.storyline.clean;

import dev.storyline.model.Article;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Removal;
import dev.storyline.model.RemovalReason;
import dev.storyline.model.Span;
import dev.storyline.text.VietText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes captions, credits, source lines, repeated paragraphs, teasers and widget labels, recording each removal.
 *
 * <p>Paragraphs are the non-blank lines of the raw text, trimmed. Rules, in order:
 * <ol>
 *   <li>End marker "./." (TTXVN style): its "/." is stripped (reason OTHER), everything after it in the same
 *       paragraph and every later paragraph is a TEASER (a widget label there stays WIDGET).</li>
 *   <li>WIDGET: a paragraph that is only page furniture ("Bình luận", "Chia sẻ (3)", "Tags: a, b").</li>
 *   <li>SOURCE_LINE: a paragraph that is only agency/outlet names ("Reuters", "Ảnh: AFP/TTXVN"); a lone
 *       non-agency photo credit ("Ảnh: Minh Anh") is PHOTO_CREDIT. A short line ending in a bare URL is a
 *       SOURCE_LINE too, but does not make the line before it a caption. Either way the paragraph just before it,
 *       if it lacks terminal punctuation, is a CAPTION.</li>
 *   <li>Photo credits "(Ảnh: …)", "(Ảnh minh họa)", "(Nguồn: …)" anywhere, and "Ảnh: X" at the end, are
 *       PHOTO_CREDIT; when an "Ảnh" credit ends a paragraph whose rest is a single sentence or short, the
 *       whole paragraph is a CAPTION.</li>
 *   <li>TEASER: a paragraph opening with a link label ("Xem thêm:") or, lacking terminal punctuation, holding
 *       a mid-paragraph "?" (two headlines run together) or a short "Topic:" label followed by headline
 *       fragments separated by | • ·. A lone "Topic: text" line is kept: live blogs and line-ups look alike.</li>
 *   <li>Title: with no title given, a short (≤ 25 words) first paragraph without terminal punctuation
 *       followed by more text becomes {@link Article#title()} (not a removal).</li>
 *   <li>DUPLICATE_PARAGRAPH: a paragraph equal to an earlier kept one (case, tone placement and whitespace
 *       ignored) or, when long, contained in one; the first occurrence stays.</li>
 * </ol>
 * Every dropped non-whitespace character is in exactly one {@link Removal}. Stateless and thread-safe.
 */
public final class Cleaner {
  /** Caption detection: a credit-ended paragraph this short (in words) is a caption even with several sentences. */
  static final int SHORT_CAPTION_WORDS = 25;
  /** A one-sentence paragraph ending with a photo credit is a caption up to this many words. */
  static final int MAX_CAPTION_WORDS = 60;
  /** The longest first paragraph taken as a title. */
  static final int MAX_TITLE_WORDS = 25;
  /** Paragraph keys at least this long also count as duplicates when contained in an earlier paragraph. */
  static final int MIN_CONTAINED_DUPLICATE_CHARS = 80;

  private static final class Para {
    final int start;       // offset of the trimmed paragraph in the raw text
    final String text;     // the trimmed paragraph as in the raw text
    private String kept;   // what is left after inner removals
    private String key;    // VietText.collapsedMatchKey(kept), made once: three checks compare by it
    RemovalReason whole;   // non-null: the whole paragraph is removed
    boolean title;
    final List<Removal> inner = new ArrayList<>(2);

    Para(int start, String text) {
      this.start = start;
      this.text = text;
      this.kept = text;
    }

    boolean isKept() { return whole == null && !title; }

    String kept() { return kept; }

    void keep(String s) {
      kept = s;
      key = null;
    }

    String key() {
      if (key == null) key = VietText.collapsedMatchKey(kept);
      return key;
    }

    void remove(RemovalReason r) {
      whole = r;
      inner.clear();
    }
  }

  public Article clean(RawArticle raw) {
    List<Para> paras = split(raw.text());
    applyEndMarker(paras);
    for (int i = 0; i < paras.size(); i++) {
      Para p = paras.get(i);
      if (p.whole != null) continue;
      if (p.kept.length() <= MAX_WIDGET_CHARS && isWidget(p.kept, p.key())) { p.remove(RemovalReason.WIDGET); continue; }
      if (isLinkLine(p.kept)) { p.remove(RemovalReason.SOURCE_LINE); continue; }
      RemovalReason lone = p.kept.length() <= MAX_LONE_CREDIT_CHARS ? loneCreditKey(p.key()) : null;
      if (lone != null) {
        p.remove(lone);
        if (i > 0) {
          Para prev = paras.get(i - 1);
          if (prev.whole == null && !endsTerminal(prev.kept)) prev.remove(RemovalReason.CAPTION);
        }
        continue;
      }
      stripCredits(p);
      if (p.whole != null) continue;
      if (isTeaser(p.kept)) p.remove(RemovalReason.TEASER);
    }
    String title = raw.title();
    if (title.isEmpty()) title = takeTitle(paras);
    markDuplicates(paras);
    return build(raw, title, paras);
  }

  // ---------------------------------------------------------------- paragraphs

  private static List<Para> split(String text) {
    List<Para> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? n : nl;
      int s = lineStart, e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) out.add(new Para(s, text.substring(s, e)));
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    return out;
  }

  private static void applyEndMarker(List<Para> paras) {
    for (int i = 0; i < paras.size(); i++) {
      Para p = paras.get(i);
      int m = p.text.indexOf("./.");
      if (m < 0) continue;
      p.inner.add(new Removal("/.", RemovalReason.OTHER, p.start + m + 1));
      int r = m + 3;
      while (r < p.text.length() && Character.isWhitespace(p.text.charAt(r))) r++;
      if (r < p.text.length()) p.inner.add(new Removal(p.text.substring(r), RemovalReason.TEASER, p.start + r));
      p.keep(p.text.substring(0, m + 1).strip());
      if (p.kept.isEmpty()) p.remove(RemovalReason.TEASER);
      for (int j = i + 1; j < paras.size(); j++) {
        Para q = paras.get(j);
        q.remove(isWidget(q.text) ? RemovalReason.WIDGET : RemovalReason.TEASER);
      }
      return;
    }
  }

  // ---------------------------------------------------------------- widgets and source lines

  static boolean isWidget(String para) {
    return para.length() <= MAX_WIDGET_CHARS && isWidget(para, VietText.collapsedMatchKey(para));
  }

  /** Page furniture is short; longer paragraphs are body text and skip the key. */
  private static final int MAX_WIDGET_CHARS = 200, MAX_LONE_CREDIT_CHARS = 160;

  /** @param k the paragraph's {@link VietText#collapsedMatchKey} */
  private static boolean isWidget(String para, String k) {
    int end = k.length();
    // Drop a trailing count or colon: "bình luận (12)", "chia sẻ 3", "tags:".
    while (end > 0) {
      char c = k.charAt(end - 1);
      if (c == ':' || c == ' ' || c == ')' || c == '(' || (c >= '0' && c <= '9')) end--;
      else break;
    }
    if (end == 0) return false;
    String label = k.substring(0, end);
    if (Lexicon.WIDGETS.contains(label)) return true;
    int colon = k.indexOf(':');
    return colon > 0 && !endsTerminal(para) && Lexicon.LIST_WIDGETS.contains(k.substring(0, colon).strip());
  }

  /** "Nguồn: http://…", "Xem tại: https://…": a short line ending in a bare link. Not a photo credit. */
  static boolean isLinkLine(String para) {
    if (para.length() > 400) return false;
    String t = para.strip();
    String last = t.substring(t.lastIndexOf(' ') + 1);
    return (last.startsWith("http://") || last.startsWith("https://") || last.startsWith("www."))
        && words(t) <= 5;
  }

  /** SOURCE_LINE for agency names only, PHOTO_CREDIT for a lone short "Ảnh…" credit, else null. */
  static RemovalReason loneCredit(String para) {
    return para.length() > MAX_LONE_CREDIT_CHARS ? null : loneCreditKey(VietText.collapsedMatchKey(para));
  }

  /** @param k the paragraph's {@link VietText#collapsedMatchKey} (no leading or trailing space) */
  private static RemovalReason loneCreditKey(String k) {
    if (k.length() > 2 && k.charAt(0) == '(' && k.charAt(k.length() - 1) == ')') k = k.substring(1, k.length() - 1).strip();
    while (!k.isEmpty() && (k.charAt(k.length() - 1) == '.')) k = k.substring(0, k.length() - 1).strip();
    if (k.isEmpty()) return null;
    String rest = k;
    boolean photo = false;
    String prefix = creditPrefix(k);
    if (prefix != null) {
      rest = k.substring(prefix.length()).strip();
      photo = prefix.startsWith("ảnh") || prefix.startsWith("photo");
    } else if (k.startsWith("theo ")) {
      rest = k.substring(5).strip();
    }
    if (!rest.isEmpty() && allAgencies(rest)) return RemovalReason.SOURCE_LINE;
    if (photo && words(rest) <= 6) return RemovalReason.PHOTO_CREDIT;
    if (prefix != null && prefix.startsWith("nguồn") && words(rest) <= 8) return RemovalReason.SOURCE_LINE;
    return null;
  }

  private static final List<String> CREDIT_PREFIXES = List.of(
      "ảnh minh họa", "ảnh tư liệu", "ảnh chụp màn hình", "ảnh chụp", "ảnh", "nguồn ảnh", "nguồn", "photo",
      "video", "clip").stream().map(VietText::matchKey).toList();

  /** The credit word at the start of k ("ảnh:", "nguồn :", "ảnh minh họa"), including its colon; else null. */
  private static String creditPrefix(String k) {
    for (String p : CREDIT_PREFIXES) {
      if (!k.startsWith(p)) continue;
      int j = p.length();
      if (j == k.length()) return (p.startsWith("ảnh ") ? k : null);
      char c = k.charAt(j);
      if (c == ':' ) return k.substring(0, j + 1);
      if (c == ' ' && j + 1 < k.length() && k.charAt(j + 1) == ':') return k.substring(0, j + 2);
      if (p.startsWith("ảnh ") && (c == ' ' || c == ',' || c == '-')) return k.substring(0, j);
    }
    return null;
  }

  private static boolean allAgencies(String k) {
    int from = 0;
    boolean any = false;
    for (int i = 0; i <= k.length(); i++) {
      char c = i < k.length() ? k.charAt(i) : '/';
      if (c == '/' || c == ',' || c == '&' || c == ';' || c == '|') {
        String part = k.substring(from, i).strip();
        if (!part.isEmpty()) {
          if (!Lexicon.AGENCIES.contains(part)) return false;
          any = true;
        }
        from = i + 1;
      }
    }
    return any;
  }

  // ---------------------------------------------------------------- credits inside a paragraph

  private record Credit(int from, int to, boolean photo) {}

  private static void stripCredits(Para p) {
    String t = p.kept;
    if (!mayHoldCredit(t)) return;
    String k = VietText.matchKey(t);
    List<Credit> credits = new ArrayList<>(2);
    for (int open = k.indexOf('('); open >= 0; open = k.indexOf('(', open + 1)) {
      int j = open + 1;
      while (j < k.length() && k.charAt(j) == ' ') j++;
      String prefix = creditPrefix(k.substring(j, Math.min(k.length(), j + 40)) + ")");
      if (prefix == null && !k.startsWith("ảnh minh họa", j)) continue;
      int close = k.indexOf(')', j);
      int nested = k.indexOf('(', j);
      if (close < 0 || close - open > 120 || (nested >= 0 && nested < close)) continue;
      boolean photo = k.startsWith("ảnh", j) || k.startsWith("photo", j);
      credits.add(new Credit(open, close + 1, photo));
      open = close;
    }
    // Unbracketed "Ảnh: X" closing the paragraph, after a sentence end or at the start.
    int a = k.lastIndexOf("ảnh");
    if (a >= 0 && (credits.isEmpty() || credits.get(credits.size() - 1).to <= a)) {
      String prefix = creditPrefix(k.substring(a));
      boolean afterSentence = a == 0 || precededBySentenceEnd(k, a);
      String rest = prefix == null ? "" : k.substring(a + prefix.length()).strip();
      if (prefix != null && afterSentence && words(rest) <= 8 && rest.indexOf('?') < 0 && rest.indexOf('!') < 0
          && (prefix.indexOf(':') >= 0 || rest.isEmpty())) {
        credits.add(new Credit(a, trimEnd(t, t.length()), true));
      }
    }
    if (credits.isEmpty()) return;
    Credit last = credits.get(credits.size() - 1);
    boolean endsWithCredit = isBlankOrDot(t, last.to, t.length());
    if (endsWithCredit && last.photo) {
      String before = t.substring(0, last.from).strip();
      int w = words(before);
      if (!before.isEmpty() && credits.size() == 1
          && (w <= SHORT_CAPTION_WORDS || (w <= MAX_CAPTION_WORDS && sentenceBreaks(before) == 0))) {
        p.remove(RemovalReason.CAPTION);
        return;
      }
    }
    StringBuilder kept = new StringBuilder(t.length());
    int pos = 0;
    int base = p.start + (p.text.startsWith(t) ? 0 : p.text.indexOf(t));
    for (Credit c : credits) {
      appendPiece(kept, t.substring(pos, c.from));
      p.inner.add(new Removal(t.substring(c.from, c.to), RemovalReason.PHOTO_CREDIT, base + c.from));
      pos = c.to;
    }
    appendPiece(kept, t.substring(pos));
    p.keep(kept.toString().strip());
    if (p.kept.isEmpty()) p.remove(RemovalReason.PHOTO_CREDIT);
  }

  /** Cheap pre-check: every credit has a '(' or an "ả"/"Ả" (of "Ảnh"). */
  private static boolean mayHoldCredit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == 'ả' || c == 'Ả') return true;
    }
    return false;
  }

  private static void appendPiece(StringBuilder b, String piece) {
    String s = piece.strip();
    if (s.isEmpty()) return;
    if (b.length() > 0 && !isClosingPunct(s.charAt(0))) b.append(' ');
    b.append(s);
  }

  private static boolean isClosingPunct(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'; }

  private static int trimEnd(String t, int end) {
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) end--;
    return end;
  }

  private static boolean isBlankOrDot(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (!Character.isWhitespace(c) && c != '.') return false;
    }
    return true;
  }

  private static boolean precededBySentenceEnd(String k, int at) {
    int i = at - 1;
    while (i >= 0 && k.charAt(i) == ' ') i--;
    if (i < 0) return true;
    if (i == at - 1) return false; // "ảnh" glued to the previous word
    char c = k.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '”' || c == ')' || c == '-' || c == '|' || c == '–';
  }

  /** Sentence breaks inside s: ". " / "! " / "? " followed by an upper-case letter. */
  private static int sentenceBreaks(String s) {
    int n = 0;
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))) n++;
    }
    return n;
  }

  // ---------------------------------------------------------------- teasers and titles

  static boolean isTeaser(String para) {
    String k = VietText.matchKey(para.length() > 48 ? para.substring(0, 48) : para); // labels are short
    for (String label : Lexicon.TEASER_LABELS) {
      if (k.startsWith(label)) {
        int j = label.length();
        if (j < k.length() && (k.charAt(j) == ':' || k.charAt(j) == ' ' && j + 1 < k.length()
            && (k.charAt(j + 1) == ':' || k.charAt(j + 1) == '>' || k.charAt(j + 1) == '»' || k.charAt(j + 1) == '-'))
            || label.equals(">>") || label.equals("»")) {
          return words(para) <= 60;
        }
      }
    }
    if (endsTerminal(para)) return false;
    for (int i = 1; i + 2 < para.length(); i++) {
      if (para.charAt(i) == '?' && para.charAt(i + 1) == ' ' && Character.isUpperCase(para.charAt(i + 2))) return true;
    }
    // A short "Topic:" label followed by several headline fragments ("Điểm nóng: A | B • C").
    int colon = para.indexOf(':');
    if (colon > 0 && colon <= 30 && Character.isUpperCase(para.charAt(0))) {
      String label = para.substring(0, colon);
      int labelWords = words(label);
      if (labelWords < 1 || labelWords > 4) return false;
      for (int i = 0; i < label.length(); i++) if (Character.isDigit(label.charAt(i))) return false;
      int fragments = 1;
      for (int i = colon + 1; i < para.length(); i++) {
        char c = para.charAt(i);
        if (c == '|' || c == '•' || c == '·') fragments++;
      }
      return fragments >= 2;
    }
    return false;
  }

  private static String takeTitle(List<Para> paras) {
    if (paras.isEmpty()) return "";
    Para first = paras.get(0);
    if (!first.isKept() || !first.inner.isEmpty()) return "";
    if (words(first.kept) > MAX_TITLE_WORDS || endsTerminal(first.kept)) return "";
    boolean bodyFollows = false;
    for (int i = 1; i < paras.size() && !bodyFollows; i++) bodyFollows = paras.get(i).isKept();
    if (!bodyFollows) return "";
    first.title = true;
    return first.kept;
  }

  // ---------------------------------------------------------------- duplicates

  private static void markDuplicates(List<Para> paras) {
    Set<String> seen = new HashSet<>();
    List<String> longKeys = new ArrayList<>();
    for (Para p : paras) {
      if (!p.isKept()) continue;
      String key = p.key();
      boolean dup = seen.contains(key);
      if (!dup && key.length() >= MIN_CONTAINED_DUPLICATE_CHARS) {
        for (String earlier : longKeys) if (earlier.contains(key)) { dup = true; break; }
      }
      if (dup) {
        p.remove(RemovalReason.DUPLICATE_PARAGRAPH);
        continue;
      }
      seen.add(key);
      if (key.length() >= MIN_CONTAINED_DUPLICATE_CHARS) longKeys.add(key);
    }
  }

  // ---------------------------------------------------------------- output

  private static Article build(RawArticle raw, String title, List<Para> paras) {
    StringBuilder text = new StringBuilder(raw.text().length());
    List<Span> spans = new ArrayList<>(paras.size());
    // What a reader left out before cleaning (HTML boilerplate) comes first; the stable sort below keeps it before
    // a Cleaner removal at the same offset.
    List<Removal> removed = new ArrayList<>(raw.removed());
    for (Para p : paras) {
      if (p.whole != null) {
        removed.add(new Removal(p.text, p.whole, p.start));
        continue;
      }
      removed.addAll(p.inner);
      if (p.title) continue;
      if (text.length() > 0) text.append('\n');
      int s = text.length();
      text.append(p.kept);
      spans.add(new Span(s, text.length()));
    }
    removed.sort(Comparator.comparingInt(Removal::at));
    return new Article(raw.id(), raw.source(), title, raw.url(), raw.outlet(), raw.published(),
        text.toString(), spans, removed);
  }

  // ---------------------------------------------------------------- helpers

  /** Whether the paragraph ends like a sentence: . ! ? … quotes, closing brackets, : or ;. */
  static boolean endsTerminal(String s) {
    int i = s.length() - 1;
    while (i >= 0 && Character.isWhitespace(s.charAt(i))) i--;
    if (i < 0) return false;
    return switch (s.charAt(i)) {
      case '.', '!', '?', '…', '"', '”', ')', ']', '\'', '’', '»', ':', ';' -> true;
      default -> false;
    };
  }

  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) n++;
      in = !ws;
    }
    return n;
  }

  /** Collapses whitespace runs to one space and trims; used only for keys. */
  static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) space = b.length() > 0;
      else {
        if (space) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
