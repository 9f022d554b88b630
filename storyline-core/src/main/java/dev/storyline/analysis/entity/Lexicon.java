package dev.storyline.analysis.entity;

import dev.storyline.analysis.WordMap;
import dev.storyline.analysis.WordSet;
import dev.storyline.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The gazetteers and cue lists, loaded once from the resource files next to this class. */
final class Lexicon {
  /** What a phrase in the text is. */
  enum Kind { PLACE, ORG, MISC, ORG_HEAD, MISC_HEAD, PERSON_CUE, LOCATION_CUE, ORG_CUE, PORTFOLIO, NOT_NAME }

  /** One lexicon phrase. lowerOnly: a cue written in lower case that must not fire on a capitalised word mid-sentence. */
  record Entry(Kind kind, int length, boolean lowerOnly, String canonicalKey) {}

  /** Longer cues that are also inner words of capitalised names ("Hiệp hội Doanh nghiệp …", "… Thương hiệu Mỹ"). */
  private static final Set<String> LOWER_ONLY = WordSet.of("doanh nghiệp", "thương hiệu", "chuỗi thương hiệu", "nhãn hàng",
      "quốc gia", // "Cảnh sát Quốc gia Campuchia", "Ngân hàng Quốc gia"
      "hội trường", "đài quan sát", "khu du lịch", "phố đi bộ",
      "công viên", "nhà hàng", "kênh đào", "cảng cá", "trường bắn"); // "Công ty Công viên cây xanh …", "Khu Kênh đào" // "Hội trường Bộ Quốc phòng", "Đài quan sát Hải quân Mỹ"

  static final Lexicon INSTANCE = new Lexicon();
  static final int MAX_PHRASE = 8;

  /** Phrase key (token keys joined by ' ') → entries, at most one per kind. */
  Map<String, List<Entry>> phrases = new HashMap<>();
  /** Name key → canonical name key, for gazetteer synonyms (Hoa Kỳ → mỹ). */
  Map<String, String> synonyms = new HashMap<>();
  Set<String> surnames = new HashSet<>();
  Set<String> commonWords = new HashSet<>();
  Set<String> continuationStops = new HashSet<>();
  /** Common Vietnamese given names that are not also nations or compass points ("Phong", "Hùng"). */
  Set<String> givenNames = new HashSet<>();
  /** Lower-case two-syllable words that continue an organisation name ("nông thôn", "khí tượng"). */
  Set<String> orgNameWords = new HashSet<>();

  /**
   * The phrases as a tree of token keys: a look-up walks forward one token at a time and stops as soon as no
   * phrase continues, so the scanner never builds a joined key for a run of words that no phrase starts with
   * (building and hashing those keys was a third of the recogniser's time).
   */
  static final class Node {
    private static final Entry[] NONE = new Entry[0];

    private Map<String, Node> next = new HashMap<>(4);
    /** The entries of the phrase ending here (empty when none does), and its phrase key (null then). */
    private List<Entry> entries = List.of();
    private String key;
    /**
     * The entries in {@link Kind} declaration order (the scanner's priority), at most one per kind, and a bit per
     * kind present: the scanner asks "which kinds, in order" at nearly every token, and a walk over a ten-kind loop
     * with a list iterator inside it was a twentieth of the recogniser's time.
     */
    private Entry[] byPriority = NONE;
    private int kinds;

    Node next(String tokenKey) { return next.get(tokenKey); }

    Entry[] byPriority() { return byPriority; }

    boolean has(Kind kind) { return (kinds & (1 << kind.ordinal())) != 0; }

    String key() { return key; }

    /** The children as a {@link WordMap}, once the tree is built: most look-ups miss, and miss cheaply there. */
    void freeze() {
      next = WordMap.copyOf(next);
      byPriority = entries.stream().sorted(java.util.Comparator.comparingInt(e -> e.kind().ordinal())).toArray(Entry[]::new);
      for (Entry e : byPriority) kinds |= 1 << e.kind().ordinal();
      for (Node child : next.values()) child.freeze();
    }
  }

  /** Root of the phrase tree; only phrases of at most {@link #MAX_PHRASE} tokens are in it. */
  final Node root = new Node();

  private Lexicon() {
    loadNames("places.txt", Kind.PLACE);
    loadNames("organizations.txt", Kind.ORG);
    loadNames("misc-names.txt", Kind.MISC);
    loadCountryNamesFromLocale();
    loadPhrases("person-cues.txt", Kind.PERSON_CUE);
    loadPhrases("location-cues.txt", Kind.LOCATION_CUE);
    loadPhrases("org-cues.txt", Kind.ORG_CUE);
    loadPhrases("org-heads.txt", Kind.ORG_HEAD);
    loadPhrases("misc-heads.txt", Kind.MISC_HEAD);
    loadPhrases("portfolios.txt", Kind.PORTFOLIO);
    loadPhrases("non-names.txt", Kind.NOT_NAME);
    for (String s : lines("surnames.txt")) surnames.add(NameKeys.key(s));
    for (String s : lines("common-words.txt")) commonWords.add(NameKeys.key(s));
    for (String s : lines("continuation-stops.txt")) continuationStops.add(NameKeys.key(s));
    for (String s : lines("given-names.txt")) givenNames.add(NameKeys.key(s));
    for (String s : lines("org-name-words.txt")) orgNameWords.add(NameKeys.key(s));
    for (Map.Entry<String, List<Entry>> e : phrases.entrySet()) {
      String[] words = e.getKey().split(" ");
      if (words.length > MAX_PHRASE) continue; // the scanner never looks further
      Node node = root;
      for (String w : words) node = node.next.computeIfAbsent(w, x -> new Node());
      node.entries = e.getValue();
      node.key = e.getKey();
    }
    // Built; from here on only read, and read for nearly every token of every article.
    root.freeze();
    phrases = WordMap.copyOf(phrases);
    synonyms = WordMap.copyOf(synonyms);
    surnames = WordSet.copyOf(surnames);
    commonWords = WordSet.copyOf(commonWords);
    continuationStops = WordSet.copyOf(continuationStops);
    givenNames = WordSet.copyOf(givenNames);
    orgNameWords = WordSet.copyOf(orgNameWords);
  }

  List<Entry> lookup(String phraseKey) { return phrases.getOrDefault(phraseKey, List.of()); }

  Entry find(String phraseKey, Kind kind) {
    for (Entry e : lookup(phraseKey)) if (e.kind() == kind) return e;
    return null;
  }

  /** Canonical key of a gazetteer name, or the key itself. */
  String canonical(String key) { return synonyms.getOrDefault(key, key); }

  private void loadNames(String file, Kind kind) {
    for (String line : lines(file)) {
      String[] names = line.split("\\|");
      String canon = phraseKey(names[0]);
      for (String name : names) {
        String k = phraseKey(name.trim());
        add(k, new Entry(kind, wordCount(k), false, canon));
        if (!k.equals(canon)) synonyms.putIfAbsent(k, canon);
      }
    }
  }

  // The JDK's CLDR data knows every country's Vietnamese name ("Hoa Kỳ", "Ả Rập Xê-út"); it fills the gaps
  // of the hand-written list without a download.
  private void loadCountryNamesFromLocale() {
    Locale vi = Locale.forLanguageTag("vi");
    for (String cc : Locale.getISOCountries()) {
      String name = Locale.of("", cc).getDisplayCountry(vi);
      if (name.isBlank() || name.equals(cc) || !Character.isUpperCase(name.codePointAt(0))) continue;
      String k = phraseKey(name);
      if (wordCount(k) > MAX_PHRASE || find(k, Kind.PLACE) != null) continue;
      add(k, new Entry(Kind.PLACE, wordCount(k), false, k));
    }
  }

  private void loadPhrases(String file, Kind kind) {
    for (String line : lines(file)) {
      String k = phraseKey(line);
      // "ông", "hồ", "bà" written in lower case must not fire on the names "Ông", "Hồ" in mid-sentence;
      // longer cues ("tổ chức", "lực lượng") are unambiguous in any case.
      boolean lowerOnly = Character.isLowerCase(line.codePointAt(0)) && (wordCount(k) == 1 || LOWER_ONLY.contains(k));
      add(k, new Entry(kind, wordCount(k), lowerOnly, k));
    }
  }

  private void add(String key, Entry e) {
    List<Entry> old = phrases.get(key);
    if (old == null) {
      phrases.put(key, List.of(e));
    } else if (old.stream().noneMatch(x -> x.kind() == e.kind())) {
      java.util.ArrayList<Entry> more = new java.util.ArrayList<>(old);
      more.add(e);
      phrases.put(key, List.copyOf(more));
    }
  }

  /** The key a phrase is stored under: its tokens' keys joined by one space ("Washington D.C" → "washington d.c"). */
  static String phraseKey(String phrase) {
    List<Token> ts = Tokenizer.tokens(phrase, List.of());
    StringBuilder b = new StringBuilder();
    for (Token t : ts) {
      if (b.length() > 0) b.append(' ');
      b.append(t.key());
    }
    return b.toString();
  }

  private static int wordCount(String key) {
    int n = 1;
    for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') n++;
    return n;
  }

  private static List<String> lines(String file) {
    try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
      if (in == null) throw new IllegalStateException("missing resource " + file);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      java.util.ArrayList<String> out = new java.util.ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        line = java.text.Normalizer.normalize(line.strip(), java.text.Normalizer.Form.NFC);
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EntityType typeOf(Kind k) {
    return switch (k) {
      case PLACE -> EntityType.LOCATION;
      case ORG, ORG_HEAD -> EntityType.ORGANIZATION;
      default -> EntityType.MISC;
    };
  }
}
