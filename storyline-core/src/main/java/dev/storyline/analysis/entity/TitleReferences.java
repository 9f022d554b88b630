package dev.storyline.analysis.entity;

import dev.storyline.analysis.WordSet;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityReference;
import dev.storyline.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mentions by title alone ("Thủ tướng Iraq sẽ gặp …") resolved to the person the same article names with that
 * title ("Thủ tướng Iraq Mohammed Shia al-Sudani").
 *
 * <p>A title is a person cue of the lexicon ("Thủ tướng", "Ngoại trưởng", "Đại sứ", "người phát ngôn") with the
 * words up to the name ("Iraq", "Mỹ tại Iraq", "Bộ Quốc phòng Mỹ"). A title that two different people carry in one
 * article names neither. A title followed by a capitalised word names someone else ("Thủ tướng Iraq Mustafa
 * Kadhimi", a predecessor) and is left alone, as is one that is part of a longer title ("Phó Thủ tướng Iraq") or
 * of a recognised name ("Văn phòng Thủ tướng"). Only this article's evidence is used: the same title in another
 * article, months later, may be another holder.
 */
public final class TitleReferences {
  private TitleReferences() {}

  private static final Lexicon LEX = Lexicon.INSTANCE;
  /**
   * Offices one person holds at a time, so that the title alone names them. Other person cues are forms of
   * address, professions or relations ("ông", "sinh viên", "diễn viên", "con trai", "HLV"): many people carry
   * them and a bare "diễn viên" is not the actor named earlier.
   */
  private static final Set<String> OFFICES = WordSet.of("thủ tướng", "phó thủ tướng", "tổng thống", "phó tổng thống",
      "ngoại trưởng", "bộ trưởng", "thứ trưởng", "đại sứ", "chủ tịch", "phó chủ tịch", "tổng bí thư", "bí thư",
      "phó bí thư", "giám đốc", "phó giám đốc", "tổng giám đốc", "thống đốc", "thị trưởng", "quốc vương",
      "tổng thư ký", "người phát ngôn", "phát ngôn viên", "chánh án", "viện trưởng", "tư lệnh", "tổng tư lệnh",
      "tham mưu trưởng", "chủ nhiệm", "trưởng ban", "cục trưởng", "vụ trưởng", "hiệu trưởng", "tổng lãnh sự",
      "hlv trưởng", "huấn luyện viên trưởng", "chủ tịch quốc hội", "tổng giám mục", "giáo hoàng", "nữ hoàng");
  /**
   * Words that make a title another one when they stand before it ("Phó Thủ tướng", "cựu Tổng thống", and "cố Tổng
   * thống": the late president is not the one "Tổng thống" alone names).
   */
  private static final Set<String> TITLE_PREFIXES = WordSet.of("phó", "cựu", "nguyên", "tân", "quyền", "thứ", "tổng", "cố");
  /**
   * A word before a title that makes it the office or any of its holders, not this one ("ứng viên Tổng thống",
   * "ghế Thủ tướng", "các Bộ trưởng tiền nhiệm", "vị Bộ trưởng nào", "một Ngoại trưởng" = any, "làm Thủ tướng" = to
   * hold the office). Before a named mention too: "ứng viên Tổng thống X" gives X no office to be called by.
   */
  private static final Set<String> OFFICE_NOT_HOLDER = WordSet.of("viên", "chức", "ghế", "cử", "danh", "các", "những",
      "mọi", "vị", "một", "làm");
  /** At most this many words from the start of a title to the name. */
  private static final int MAX_TITLE_WORDS = 8;

  /** A person's title in this article as written before the name, and the mention that carries it ({@code who}: its name's key). */
  record Role(String surface, String who, int antecedentStart, int antecedentEnd) {}

  /** Characters before a name searched for its title. */
  private static final int WINDOW = 120;

  /**
   * The titles that name exactly one mentions person of the article, by title key ("thủ tướng iraq"). Only a small
   * window before each PERSON mention is tokenised: linking runs over whole corpora.
   */
  static Map<String, Role> roles(String text, List<EntityMention> mentions) {
    Map<String, Role> roles = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (EntityMention m : mentions) {
      if (m.type() != EntityType.PERSON || m.start() == 0) continue;
      if (!officeWordBefore(text, m.start())) continue; // most names follow "ông", "bà" or nothing: no title
      int from = Math.max(0, m.start() - WINDOW);
      List<Token> ts = Tokenizer.tokens(text.substring(from, m.start()), List.of());
      int j = ts.size();
      if (j == 0) continue;
      int i = titleStart(ts, j);
      if (i < 0 || i == 0 && from > 0) continue; // the window's first token may be cut
      // "ứng viên Tổng thống X", "một phát ngôn viên X": the office is not X's to be called by alone
      if (i > 0 && ts.get(i - 1).word() && OFFICE_NOT_HOLDER.contains(ts.get(i - 1).key())) continue;
      String surface = text.substring(from + ts.get(i).start(), from + ts.get(j - 1).end());
      if (surface.indexOf('\n') >= 0) continue;
      String key = join(ts, i, j);
      String who = who(m);
      Role old = roles.get(key);
      if (old == null) {
        roles.put(key, new Role(surface, who, m.start(), m.end()));
      } else if (!samePerson(old.who(), who)) {
        ambiguous.add(key);
      } else if (who.length() > old.who().length()) {
        roles.put(key, new Role(surface, who, m.start(), m.end())); // the fuller name is the evidence
      }
    }
    roles.keySet().removeAll(ambiguous);
    return roles;
  }

  /** First words of the offices, lower case: a cheap test before tokenising a name's left context. */
  private static final Set<String> OFFICE_FIRST_WORDS = firstWords();

  private static Set<String> firstWords() {
    Set<String> out = new java.util.HashSet<>();
    for (String o : OFFICES) out.add(o.substring(0, o.indexOf(' ') < 0 ? o.length() : o.indexOf(' ')));
    out.addAll(TITLE_PREFIXES);
    return WordSet.copyOf(out);
  }

  /**
   * Whether one of the {@link #MAX_TITLE_WORDS} words before {@code at} (within its clause) can open an office. Reads
   * characters back from the name; no tokenising.
   */
  private static boolean officeWordBefore(String text, int at) {
    int i = at - 1;
    for (int words = 0; words < MAX_TITLE_WORDS; words++) {
      while (i >= 0 && text.charAt(i) == ' ') i--;
      if (i < 0 || !Character.isLetterOrDigit(text.charAt(i))) return false;
      int end = i + 1;
      while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || "-.&".indexOf(text.charAt(i)) >= 0)) i--;
      if (end - (i + 1) <= 6 && OFFICE_FIRST_WORDS.contains(text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }

  /** Lower-case words a title may hold between its cue and the name ("Đại sứ Mỹ tại Iraq"). */
  private static final Set<String> TITLE_LINKS = WordSet.of("tại", "ở", "của");

  /**
   * Index of the first token of the title right before the name at token j ("Thủ tướng Iraq | Mohammed …"), or -1:
   * the nearest person cue before the name (capitalised, or a lower-case one of two or more words: "người phát
   * ngôn"), with only capitalised words or {@link #TITLE_LINKS} between it and the name. A form of address on the
   * way ("ông", "bà") ends the search: the name has no title.
   */
  private static int titleStart(List<Token> ts, int j) {
    for (int i = j - 1; i >= 0 && i >= j - MAX_TITLE_WORDS; i--) {
      Token t = ts.get(i);
      if (!t.word()) return -1;
      for (int w = Math.min(4, j - i); w >= 1; w--) {
        String cue = join(ts, i, i + w);
        if (LEX.find(cue, Lexicon.Kind.PERSON_CUE) == null) continue;
        if (!OFFICES.contains(cue)) {
          if (insideCue(ts, i, j)) break; // "tướng" of "Thủ tướng": the longer title starts further back
          return -1;
        }
        // "phát ngôn viên của thủ tướng Iraq Y": the title is someone else's, Y holds an earlier one
        if (i > 0 && ts.get(i - 1).key().equals("của")) return -1;
        int best = i;
        // a longer title ending with this one ("Tổng Bí thư", "Phó Thủ tướng", "cựu Tổng thống")
        for (int k = i - 1; k >= 0 && k >= i - 2 && ts.get(k).word(); k--) {
          if (LEX.find(join(ts, k, i + w), Lexicon.Kind.PERSON_CUE) != null || TITLE_PREFIXES.contains(ts.get(k).key())) best = k;
          else break;
        }
        return best;
      }
      // lower-case words only inside a capitalised name ("Tài chính", "Ngoại giao"), a cue, or as a link word
      boolean inName = i > 0 && ts.get(i - 1).word() && ts.get(i - 1).capitalised();
      if (!t.capitalised() && !inName && !TITLE_LINKS.contains(t.key()) && !insideCue(ts, i, j)) return -1;
    }
    return -1;
  }

  /** Whether the word at i is the second or later word of a person cue that ends before j ("phát" of "người phát ngôn"). */
  private static boolean insideCue(List<Token> ts, int i, int j) {
    for (int k = i - 1; k >= 0 && k >= i - 3 && ts.get(k).word(); k--)
      for (int w = i - k + 1; w <= 4 && k + w <= j; w++)
        if (LEX.find(join(ts, k, k + w), Lexicon.Kind.PERSON_CUE) != null) return true;
    return false;
  }

  /**
   * The references with the entity ids their named mentions got from linking ({@code mentions}: the article's
   * mentions after linking, same spans); one whose named mention is gone or unlinked is dropped.
   */
  static List<EntityReference> link(List<EntityReference> refs, List<EntityMention> linked) {
    if (refs.isEmpty()) return refs;
    Map<Integer, String> idAt = new HashMap<>();
    for (EntityMention m : linked) if (m.entity() != null && m.type() == EntityType.PERSON) idAt.put(m.start(), m.entity());
    List<EntityReference> out = new ArrayList<>(refs.size());
    for (EntityReference r : refs) {
      String id = idAt.get(r.antecedentStart());
      if (id != null) out.add(new EntityReference(r.start(), r.end(), r.text(), id, r.antecedentStart(), r.antecedentEnd()));
    }
    return out;
  }

  /**
   * The title-only mentions of one article, in text order, given its entity mentions (sorted by start). Run once per
   * article in the analysis (it reads text); before linking the references carry no entity id, and
   * {@link #link} gives them the id of their named mention.
   */
  public static List<EntityReference> find(String text, List<EntityMention> mentions) {
    Map<String, Role> roles = roles(text, mentions);
    if (roles.isEmpty()) return List.of();
    List<EntityReference> found = new ArrayList<>();
    for (Role r : roles.values()) {
      // as written, or capitalised at a sentence start; a capitalised office never as a lower-case common noun
      // ("Bộ trưởng Tài chính" names the minister, "bộ trưởng" any minister)
      String upper = Character.toUpperCase(r.surface().charAt(0)) + r.surface().substring(1);
      for (String form : upper.equals(r.surface()) ? List.of(upper) : List.of(r.surface(), upper))
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
          int end = at + form.length();
          if (!standsAlone(text, at, end, mentions)) {
            // "Thủ tướng Iraq sẽ …" after "… Iraq, Thủ tướng Mohammed …": a bare office followed by the place the
            // article named right before the person is that person's title too
            end = placeAfter(text, end, mentions, r);
            if (end < 0 || !standsAlone(text, at, end, mentions)) continue;
          }
          found.add(new EntityReference(at, end, text.substring(at, end), null, r.antecedentStart(), r.antecedentEnd()));
        }
    }
    found.sort(java.util.Comparator.comparingInt(EntityReference::start).thenComparingInt(x -> -x.end()));
    List<EntityReference> out = new ArrayList<>(found.size());
    int lastEnd = -1;
    for (EntityReference x : found) if (x.start() >= lastEnd) { out.add(x); lastEnd = x.end(); }
    return out;
  }

  /** Characters before a person's name searched for the place that qualifies a bare office. */
  private static final int PLACE_WINDOW = 160;

  /**
   * The end of a LOCATION mention right after a bare office ending at {@code end} ("Thủ tướng | Iraq"), when the same
   * place is mentioned shortly before the office's named holder in this article; else -1.
   */
  private static int placeAfter(String text, int end, List<EntityMention> mentions, Role r) {
    if (!OFFICES.contains(Lexicon.phraseKey(r.surface()))) return -1;
    int n = end;
    while (n < text.length() && text.charAt(n) == ' ') n++;
    if (n == end) return -1;
    EntityMention place = null;
    for (EntityMention m : mentions) if (m.start() == n) { place = m; break; }
    if (place == null || place.type() != EntityType.LOCATION) return -1;
    String which = who(place);
    for (EntityMention m : mentions) {
      if (m.start() >= r.antecedentStart()) break;
      if (m.end() > r.antecedentStart() - PLACE_WINDOW && which.equals(who(m))) return place.end();
    }
    return -1;
  }

  /**
   * Two identities of one person: equal, or one name the end of the other ("Thứ trưởng Hoàng Minh
   * Sơn" … "Thứ trưởng Sơn"; "Tổng thống Donald Trump" … "Tổng thống Trump").
   */
  private static boolean samePerson(String a, String b) {
    return a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a);
  }

  /** A mention's identity here: its name's key (the analysis runs before linking). */
  private static String who(EntityMention m) {
    return NameKeys.key(m.text());
  }

  /**
   * The title at [s, e) is whole words, not part of a longer title ("Phó Thủ tướng Iraq"), not followed by a name
   * (it then titles that name), and not inside a recognised name nor holding a person's name.
   */
  private static boolean standsAlone(String text, int s, int e, List<EntityMention> mentions) {
    if (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) return false;
    if (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) return false;
    int p = s - 1;
    while (p >= 0 && text.charAt(p) == ' ') p--;
    int ws = p;
    while (ws >= 0 && Character.isLetter(text.charAt(ws))) ws--;
    if (p >= 0 && ws < p) {
      String before = text.substring(ws + 1, p + 1).toLowerCase(java.util.Locale.ROOT);
      if (TITLE_PREFIXES.contains(before) || OFFICE_NOT_HOLDER.contains(before)) return false;
    }
    int n = e;
    while (n < text.length() && text.charAt(n) == ' ') n++;
    if (n > e && n < text.length() && Character.isUpperCase(text.charAt(n))) return false;
    for (EntityMention m : mentions) {
      if (m.start() >= e) break;
      if (m.end() <= s) continue;
      if (m.start() < s || m.end() > e || m.type() == EntityType.PERSON) return false;
    }
    return true;
  }

  private static String join(List<Token> ts, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) b.append(' ');
      b.append(ts.get(k).key());
    }
    return b.toString();
  }
}
