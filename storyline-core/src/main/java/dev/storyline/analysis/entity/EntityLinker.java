package dev.storyline.analysis.entity;

import dev.storyline.analysis.WordSet;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityReference;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges mentions of the same real-world entity across articles: same normalised name (case, NFC, tone-mark
 * placement, gazetteer synonyms such as Hoa Kỳ = Mỹ), one-letter spelling variants of a long word
 * (Mohammed/Mohamed) with the other words equal, an acronym with its expansion ("Nhà nước Hồi giáo (IS)" or
 * initials), and a lone surname with the one full name ending in it (same article first, then the corpus).
 * Links round 1 added: forms written differently ({@link #looseKey}: abbreviated words of body names, a gazetteer
 * place under its canonical name, a company's legal form, hyphens), the end of one longer person name ("Xuân Tú"), a
 * firm's head before its bare name ("Tập đoàn ô tô Toyota"), a body without its place ("UBND", "Công an tỉnh"),
 * romanised family names written first ("ông Kim") or spelt one letter apart, and a lone name's form of address
 * (a man's "anh" never resolves to a woman's full name). Links round 2 added: company designators ("Motor Co"),
 * initials with or without their dot, "al-" before an Arabic family name, a body without its country ("Chính phủ"),
 * a country's first word ("Hàn"), a body's other name in the parenthesis after it, a romanised given name used alone
 * in its article, and a lone romanised family name left alone when the story names a better-known bearer who shares no
 * other name with the article's one (relatives: "Mullah Omar" / "Yacoub Omar"). Two different full names that share a
 * surname are never merged. Hash maps only: near-linear in mentions.
 */
public final class EntityLinker {
  private static final Lexicon LEX = Lexicon.INSTANCE;
  private final EntityRecognizer speakerReader = new EntityRecognizer();

  /** All mentions of one normalised name. */
  private static final class Form {
    final int index;
    final String key;
    final String[] words;
    final int[] typeCounts = new int[EntityType.values().length];
    final Set<Integer> articles = new HashSet<>();
    /** The first mention's text. */
    String surface;
    /** Loose words (see {@link #looseKey}), computed on first use. */
    String[] loose;
    /** Links round 9: the keys of its gazetteer synonym spellings before they were mapped to the canonical, or null. */
    List<String> synonymKeys;

    Form(int index, String key) {
      this.index = index;
      this.key = key;
      this.words = key.split(" ");
    }

    EntityType type() {
      int best = -1;
      for (int t = 0; t < typeCounts.length; t++) {
        if (t == EntityType.MISC.ordinal()) continue;
        if (typeCounts[t] > 0 && (best < 0 || typeCounts[t] > typeCounts[best])) best = t;
      }
      return best < 0 ? EntityType.MISC : EntityType.values()[best];
    }
  }

  public LinkResult link(List<AnalyzedArticle> articles) {
    Map<String, Form> byKey = new HashMap<>();
    List<Form> forms = new ArrayList<>();
    int[][] mentionForm = new int[articles.size()][];
    for (int a = 0; a < articles.size(); a++) {
      List<EntityMention> ms = articles.get(a).entities();
      mentionForm[a] = new int[ms.size()];
      for (int m = 0; m < ms.size(); m++) {
        EntityMention em = ms.get(m);
        String written = writtenKey(em.text());
        String key = LEX.canonical(written);
        Form f = byKey.get(key);
        if (f == null) {
          f = new Form(forms.size(), key);
          f.surface = em.text();
          byKey.put(key, f);
          forms.add(f);
        }
        f.typeCounts[em.type().ordinal()]++;
        f.articles.add(a);
        if (written != key) { // a gazetteer synonym ("Didi Dache" = "Didi Chuxing"), as the misspelling rule sees it
          if (f.synonymKeys == null) f.synonymKeys = new ArrayList<>(2);
          if (!f.synonymKeys.contains(written)) f.synonymKeys.add(written);
        }
        mentionForm[a][m] = f.index;
      }
    }
    int[] parent = new int[forms.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;

    mergeSpellingVariants(forms, parent);
    mergeWrittenVariants(forms, parent);
    mergeAcronyms(articles, mentionForm, forms, parent);
    mergeFamilyNameSpellings(forms, parent);
    mergeNameEnds(forms, parent);
    mergeHeadedNames(forms, parent, byKey);
    mergeShortCountryNames(forms, parent);
    mergeFirstMembers(forms, parent);
    mergeCutBodies(forms, parent);
    mergeHeadlessFields(forms, parent);
    mergeAbbreviatedHeads(forms, parent);
    mergeBrands(forms, parent);
    mergeUntypedSchools(forms, parent);
    mergePlaceNamedBodies(forms, parent);
    mergeInitialled(forms, parent);
    mergeEditions(forms, parent);

    // Lone surnames: resolve per mention, so "ông Hussein" can mean different people in different articles.
    Map<String, Set<Integer>> corpusByLast = new HashMap<>();
    List<Map<String, Set<Integer>>> articleByLast = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      Map<String, Set<Integer>> local = new HashMap<>();
      for (int fi : mentionForm[a]) {
        Form f = forms.get(fi);
        if (f.words.length < 2 || f.type() != EntityType.PERSON) continue;
        String last = f.words[f.words.length - 1];
        int root = find(parent, fi);
        local.computeIfAbsent(last, k -> new HashSet<>()).add(root);
        corpusByLast.computeIfAbsent(last, k -> new HashSet<>()).add(root);
        String bare = withoutArabicArticle(last);
        if (bare != null) { // "Awlaki" for "Anwar al-Awlaki"
          local.computeIfAbsent(bare, k -> new HashSet<>()).add(root);
          corpusByLast.computeIfAbsent(bare, k -> new HashSet<>()).add(root);
        }
        String paternal = doubleNameHead(last);
        if (paternal != null) { // "Ramos" for "Albert Ramos-Vinolas": a double family name called by its first half
          local.computeIfAbsent(paternal, k -> new HashSet<>()).add(root);
          corpusByLast.computeIfAbsent(paternal, k -> new HashSet<>()).add(root);
        }
        if (familyNameFirst(f)) {
          local.computeIfAbsent(FIRST + f.words[0], k -> new HashSet<>()).add(root);
          corpusByLast.computeIfAbsent(FIRST + f.words[0], k -> new HashSet<>()).add(root);
        } else if (f.words.length <= 3 && !romanised(f.words) && f.words[0].length() >= 2 && !plainLatin(f.key)) {
          // "ông Vương" for "Vương Nghị": a Chinese name in Sino-Vietnamese, family name first (see the resolver)
          local.computeIfAbsent(SINO + f.words[0], k -> new HashSet<>()).add(root);
          corpusByLast.computeIfAbsent(SINO + f.words[0], k -> new HashSet<>()).add(root);
        } else if (f.words.length == 2 && f.words[1].length() >= 3 && romanised(f.words)) {
          // "Bobbi" for "Bobbi Sternheim": this article only, and only when no other such name starts with it
          local.computeIfAbsent(GIVEN + f.words[0], k -> new HashSet<>()).add(root);
          corpusByLast.computeIfAbsent(GIVEN + f.words[0], k -> new HashSet<>()).add(root);
        }
      }
      articleByLast.add(local);
    }
    mergePlacelessBodies(articles, mentionForm, forms, parent);
    mergeMistypedFullNames(forms, parent, corpusByLast);

    Resolver resolver = new Resolver(forms, parent, byKey, articleByLast, corpusByLast);
    Map<String, String> speakerNames = new HashMap<>();
    // The forms of address before the full names of each person ("ông", "bà"): a lone name after the other sex's
    // address ("chị N." beside "anh Nguyễn Đình N.") is someone else.
    int[] rootSex = new int[forms.size()];
    int[][] mentionSex = new int[articles.size()][];
    for (int a = 0; a < articles.size(); a++) {
      List<EntityMention> ms = articles.get(a).entities();
      mentionSex[a] = new int[ms.size()];
      for (int m = 0; m < ms.size(); m++) {
        if (ms.get(m).type() != EntityType.PERSON) continue;
        int sex = addressSex(articles.get(a).text(), ms.get(m).start());
        mentionSex[a][m] = sex;
        if (sex != 0 && forms.get(mentionForm[a][m]).words.length >= 2) rootSex[find(parent, mentionForm[a][m])] |= sex;
      }
    }
    resolver.rootSex = rootSex;

    int[][] mentionRoot = new int[articles.size()][];
    for (int a = 0; a < articles.size(); a++) {
      mentionRoot[a] = new int[mentionForm[a].length];
      for (int m = 0; m < mentionForm[a].length; m++) {
        resolver.sex = mentionSex[a][m];
        EntityMention em = articles.get(a).entities().get(m);
        resolver.nameGoesOn = em.type() == EntityType.PERSON && capitalisedAfter(articles.get(a).text(), em.end());
        mentionRoot[a][m] = resolver.resolveForm(a, mentionForm[a][m]);
        resolver.sex = 0;
        resolver.nameGoesOn = false;
      }
    }

    // Group mentions by root; build one Entity per root.
    Map<Integer, Group> groups = new LinkedHashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      List<EntityMention> ms = articles.get(a).entities();
      for (int m = 0; m < ms.size(); m++) {
        groups.computeIfAbsent(mentionRoot[a][m], r -> new Group(gazetteerKey(forms.get(r).key))).add(ms.get(m));
      }
    }
    Map<Integer, Entity> entityByRoot = new HashMap<>();
    Set<String> usedIds = new HashSet<>();
    for (Map.Entry<Integer, Group> e : groups.entrySet()) {
      Entity entity = e.getValue().toEntity(usedIds);
      entityByRoot.put(e.getKey(), entity);
    }

    List<AnalyzedArticle> out = new ArrayList<>(articles.size());
    for (int a = 0; a < articles.size(); a++) {
      AnalyzedArticle art = articles.get(a);
      List<EntityMention> ms = art.entities();
      List<EntityMention> linked = new ArrayList<>(ms.size());
      for (int m = 0; m < ms.size(); m++) {
        EntityMention em = ms.get(m);
        Entity en = entityByRoot.get(mentionRoot[a][m]);
        linked.add(new EntityMention(em.start(), em.end(), em.text(), en.type(), en.id()));
      }
      // Title-only mentions were found by the analysis; they take the id of the named mention behind them.
      List<EntityReference> refs = TitleReferences.link(art.references(), linked);
      Map<String, String> byTitle = new HashMap<>();
      for (EntityReference r : refs) byTitle.putIfAbsent(Lexicon.phraseKey(r.text()), r.entity());
      List<Quote> quotes = new ArrayList<>(art.quotes().size());
      for (Quote q : art.quotes()) {
        int root = q.speaker() == null ? -1 : speakerRoot(q.speaker(), a, resolver, speakerNames);
        Entity en = root < 0 ? null : entityByRoot.get(root);
        if (en != null) {
          quotes.add(q.withSpeakerEntity(en.id()));
        } else {
          // "Thủ tướng Iraq nói …": a speaker named by a title the article gave one person
          String person = q.speaker() == null || byTitle.isEmpty() ? null : byTitle.get(Lexicon.phraseKey(q.speaker().strip()));
          quotes.add(person == null ? q : q.withSpeakerEntity(person));
        }
      }
      out.add(art.withLinks(linked, quotes, refs));
    }
    List<Entity> entities = new ArrayList<>(entityByRoot.values());
    entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::id));
    return new LinkResult(out, entities);
  }

  /**
   * The root of the entity a speaker string names ("Ngoại trưởng Iraq Fuad Hussein" → Fuad Hussein), or -1. The name
   * read out of a speaker string is remembered in {@code names} for the whole run: one speaker is quoted many times,
   * and reading the name runs the recogniser (most of the linker's time before this).
   */
  private int speakerRoot(String speaker, int article, Resolver resolver, Map<String, String> names) {
    String name = names.computeIfAbsent(speaker, this::speakerName);
    return name.isEmpty() ? -1 : resolver.resolveName(article, nameKey(name));
  }

  /** The name a speaker string speaks as: a person, else a body, else a place speaking as itself, else the string; "" for none. */
  private String speakerName(String speaker) {
    String s = Normalizer.normalize(speaker.strip(), Normalizer.Form.NFC);
    if (s.isEmpty()) return "";
    List<EntityMention> ms = speakerReader.find(s, List.of(new Sentence(0, s.length())), true);
    EntityMention best = null;
    for (EntityMention m : ms) if (m.type() == EntityType.PERSON) best = m;
    if (best == null) for (EntityMention m : ms) if (m.type() == EntityType.ORGANIZATION) best = m;
    if (best == null && !ms.isEmpty()) {
      // A place speaks only as itself or its side ("Iraq", "phía Iraq"); in "một nhóm dân quân Iraq" or
      // "nguồn tin từ Iraq" it only says where the speaker is from, and the speaker stays the phrase.
      EntityMention last = ms.get(ms.size() - 1);
      if (!PLACE_SPEAKER_PREFIXES.contains(Lexicon.phraseKey(s.substring(0, last.start()).strip()))) return "";
      best = last;
    }
    return best == null ? s : best.text();
  }

  /** What may stand before a place that speaks: nothing, or a word for its side or its government. */
  private static final Set<String> PLACE_SPEAKER_PREFIXES = WordSet.of("", "phía", "chính quyền", "chính phủ", "nhà chức trách");

  /** Normalised key of a name: tokens' keys joined by one space, gazetteer synonyms mapped to their canonical. */
  static String nameKey(String text) {
    return LEX.canonical(writtenKey(text));
  }

  /** {@link #nameKey} before gazetteer synonyms are mapped to their canonical. */
  private static String writtenKey(String text) {
    String k = Lexicon.phraseKey(Normalizer.normalize(text, Normalizer.Form.NFC));
    int sp = k.indexOf(' ');
    String head = ABBREVIATED_HEADS.get(sp < 0 ? k : k.substring(0, sp));
    if (head != null) k = sp < 0 ? head : head + k.substring(sp); // "UBND tỉnh X" = "Ủy ban nhân dân tỉnh X"
    return k;
  }

  /** Abbreviated heads of Vietnamese bodies, written either way in the same news story. */
  private static final Map<String, String> ABBREVIATED_HEADS = Map.of("ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân",
      "mttq", "mặt trận tổ quốc", "tand", "tòa án nhân dân", "vksnd", "viện kiểm sát nhân dân");

  /** Particles that open a dropped middle of a foreign name: "Mohammed bin Salim al-Rawahi" = "Mohammed al-Rawahi". */
  private static final Set<String> PATRONYMIC = WordSet.of("bin", "ibn", "bint", "abu", "ben");

  /**
   * A person name of two or more syllables that ends exactly one longer person name of the story ("Hye Sun" of "Goo
   * Hye Sun", "Xuân Tú" of "Nghiêm Xuân Tú", "Se-pyong" of "So Se Pyong") is that person. Two longer names with that
   * end ("Trần Thanh Hà", "Lê Thanh Hà") leave it alone. One hash map of name ends.
   */
  private static void mergeNameEnds(List<Form> forms, int[] parent) {
    Map<String, Set<Integer>> byEnd = new HashMap<>();
    for (Form f : forms) {
      if (f.type() != EntityType.PERSON) continue;
      String[] w = personWords(f);
      if (w.length < 3) continue;
      int root = find(parent, f.index);
      for (int len = 2; len < w.length; len++) {
        byEnd.computeIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - len, w.length)), k -> new HashSet<>())
            .add(root);
      }
    }
    if (byEnd.isEmpty()) return;
    for (Form f : forms) {
      if (f.type() != EntityType.PERSON) continue;
      String[] w = personWords(f);
      if (w.length < 2) continue;
      Set<Integer> roots = byEnd.get(String.join(" ", w));
      if (roots == null) continue;
      Set<Integer> now = new HashSet<>();
      for (int r : roots) now.add(find(parent, r));
      if (now.size() == 1) union(parent, f.index, now.iterator().next());
    }
  }

  /**
   * A body named by its head alone ("UBND", "UBND thành phố", "Công an tỉnh") is the one body of a place with that
   * head and level that the article names ("UBND TP Hà Nội", "Công an tỉnh Lạc Sơn"), or, in an article naming none,
   * the story's one such body; when its articles point at different bodies, or one article at two, it is left alone.
   */
  private static void mergePlacelessBodies(List<AnalyzedArticle> articles, int[][] mentionForm, List<Form> forms,
                                          int[] parent) {
    int articleCount = articles.size();
    Map<String, Set<Integer>> corpus = new HashMap<>();
    List<Map<String, Set<Integer>>> byArticle = new ArrayList<>(articleCount);
    boolean any = false;
    // Once per form, not per mention: a form recurs in many articles of a corpus.
    String[][] placed = new String[forms.size()][];
    for (Form f : forms) placed[f.index] = placedBody(f);
    // round 5: one body of one gazetteer place with "tỉnh" and without a level word is one body ("Sở Y tế tỉnh Lạc
    // Sơn" = "Sở Y tế Lạc Sơn", "Phòng CSGT Công an tỉnh Lạc Sơn" = "Phòng CSGT Lạc Sơn"); "huyện X" or "xã X" is not
    Map<String, Integer> samePlace = null;
    for (Form f : forms) {
      String[] body = placed[f.index];
      if (body == null) continue;
      String[] w = looseWords(f);
      String place = w[w.length - 1];
      String level = body[1].substring(body[1].indexOf('|') + 1);
      if (!place.startsWith("@") || !level.equals("tỉnh") && !level.equals(UNWRITTEN)) continue;
      if (samePlace == null) samePlace = new HashMap<>();
      for (int i = 0; i < body.length; i += 2) {
        Integer g = samePlace.putIfAbsent(body[i] + " " + place, f.index);
        if (g != null) union(parent, g, f.index);
      }
    }
    for (int a = 0; a < articleCount; a++) {
      Map<String, Set<Integer>> local = null; // most articles name no such body
      for (int fi : mentionForm[a]) {
        String[] body = placed[fi];
        if (body == null) continue;
        if (local == null) local = new HashMap<>();
        int root = find(parent, fi);
        for (String k : body) {
          local.computeIfAbsent(k, x -> new HashSet<>()).add(root);
          corpus.computeIfAbsent(k, x -> new HashSet<>()).add(root);
        }
        any = true;
      }
      byArticle.add(local);
    }
    if (!any) return;
    for (Form f : forms) {
      String body = placelessBody(f, forms.get(find(parent, f.index)));
      if (body == null) continue;
      int target = -1;
      for (int a : f.articles) {
        Map<String, Set<Integer>> inArticle = byArticle.get(a);
        Set<Integer> local = inArticle == null ? null : inArticle.get(body);
        Set<Integer> cands = local != null ? local : corpus.get(body);
        int t = cands != null && cands.size() == 1 ? find(parent, cands.iterator().next()) : -2;
        if (t == -2 || target >= 0 && t != target) { target = -1; break; }
        target = t;
      }
      if (target >= 0 && !higherInstance(f, articles, mentionForm)) union(parent, f.index, target);
    }
  }

  /**
   * Links round 8: whether a mention of the bare body is followed by "cấp cao" or "tối cao" in lower case ("TAND cấp
   * cao tại X", the recogniser's span cut before the level): a higher court, not the place's own body. Looks only at the
   * mentions of a form about to be joined.
   */
  private static boolean higherInstance(Form f, List<AnalyzedArticle> articles, int[][] mentionForm) {
    for (int a : f.articles) {
      String text = articles.get(a).text();
      List<EntityMention> ms = articles.get(a).entities();
      for (int m = 0; m < ms.size(); m++) {
        if (mentionForm[a][m] != f.index) continue;
        int e = ms.get(m).end();
        if (e + 8 <= text.length() && text.charAt(e) == ' ' && text.startsWith(" cao", e + 4)
            && (text.startsWith("cấp", e + 1) || text.startsWith("tối", e + 1))) return true;
      }
    }
    return false;
  }

  /**
   * A one-word place the gazetteer does not know that is the first word of the one two-word country the story names
   * ("Hàn" / "Hàn Quốc", "Thái" / "Thái Lan"): the country's short name. One map of first words.
   */
  private static void mergeShortCountryNames(List<Form> forms, int[] parent) {
    Map<String, Set<Integer>> byFirst = null;
    for (Form f : forms) {
      if (f.words.length != 2 || f.type() != EntityType.LOCATION || !COUNTRIES.contains(LEX.canonical(f.key))) continue;
      if (byFirst == null) byFirst = new HashMap<>();
      byFirst.computeIfAbsent(f.words[0], k -> new HashSet<>()).add(find(parent, f.index));
    }
    if (byFirst == null) return;
    for (Form f : forms) {
      if (f.words.length != 1 || f.type() != EntityType.LOCATION || !LEX.lookup(f.key).isEmpty()) continue;
      Set<Integer> c = byFirst.get(f.key);
      if (c != null && c.size() == 1) union(parent, f.index, c.iterator().next());
    }
  }

  /** The level of a body named after its country ("Chính phủ Venezuela"), written with no level word. */
  private static final String COUNTRY = "quốc gia";

  /** The gazetteer keys of the countries (their Vietnamese names in the JDK's locale data, under canonical names). */
  private static final Set<String> COUNTRIES = countries();

  private static Set<String> countries() {
    Set<String> out = new HashSet<>();
    java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
    for (String cc : java.util.Locale.getISOCountries()) {
      String name = java.util.Locale.of("", cc).getDisplayCountry(vi);
      if (name.isBlank() || name.equals(cc)) continue;
      out.add(LEX.canonical(Lexicon.phraseKey(Normalizer.normalize(name, Normalizer.Form.NFC))));
    }
    return WordSet.copyOf(out);
  }

  /** Words for the level of a Vietnamese administrative unit, as they stand before its name. */
  private static final List<String> LEVELS = List.of("thành phố", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường");

  /** The form's loose words (cached). */
  private static String[] looseWords(Form f) {
    if (f.loose == null) {
      String k = looseKey(f.key, EntityType.ORGANIZATION);
      f.loose = k == null ? new String[0] : k.split(" ");
    }
    return f.loose;
  }

  private static final List<String[]> LEVEL_WORDS = LEVELS.stream().map(l -> l.split(" ")).toList();

  /** The level word(s) at the end of {@code w[0..n)}, or null. */
  private static String levelAtEnd(String[] w, int n) {
    for (int li = 0; li < LEVELS.size(); li++) {
      String l = LEVELS.get(li);
      String[] lw = LEVEL_WORDS.get(li);
      if (n < lw.length + 1) continue;
      boolean ok = true;
      for (int i = 0; i < lw.length && ok; i++) ok = w[n - lw.length + i].equals(lw[i]);
      if (ok) return l;
    }
    return null;
  }

  /**
   * For a body of a named place, headed as the lexicon heads bodies ("Ủy ban nhân dân TP Hà Nội", "Công an tỉnh Lạc
   * Sơn"): its keys without the place, "body" and "body|level" ("ủy ban nhân dân", "ủy ban nhân dân|thành phố"); else
   * null. A centrally run city's level is "thành phố" even when unwritten.
   */
  /** The level of a gazetteer place written without its level word ("Sở Y tế Đồng Tháp"). */
  private static final String UNWRITTEN = "?";

  private static String[] placedBody(Form f) {
    if (f.type() != EntityType.ORGANIZATION) return null;
    String[] w = looseWords(f);
    int n = w.length;
    if (n < 2) return null;
    if (!w[n - 1].startsWith("@")) {
      // a place the gazetteer does not know, after its level word: "Công an tỉnh Lạc Sơn"
      String[] sw = f.surface.split(" ");
      String lastWord = sw[sw.length - 1];
      if (lastWord.isEmpty() || !Character.isUpperCase(lastWord.charAt(0))) return null;
      for (int i = n - 2; i >= 1; i--) {
        String level = levelAtEnd(w, i + 1);
        if (level == null) continue;
        int bodyEnd = i + 1 - level.split(" ").length;
        if (bodyEnd < 1) return null;
        String[] body = java.util.Arrays.copyOfRange(w, 0, bodyEnd);
        if (!startsWithHead(body)) return null;
        String b = String.join(" ", body);
        return bodyKeys(b, level);
      }
      return null;
    }
    String level = levelAtEnd(w, n - 1);
    int bodyEnd = n - 1 - (level == null ? 0 : level.split(" ").length);
    if (level == null) {
      String place = w[n - 1].substring(1).replace('_', ' ');
      if (COUNTRIES.contains(place)) level = COUNTRY; // "Chính phủ Venezuela", "Cục Hàng không Việt Nam"
      else if (CENTRAL_CITIES.contains(place)) level = "thành phố";
      else level = UNWRITTEN; // round 5: "Sở Y tế Lạc Sơn" without "tỉnh" (not a firm's: see below)
    }
    if (bodyEnd < 1) return null;
    String[] body = java.util.Arrays.copyOfRange(w, 0, bodyEnd);
    if (!startsWithHead(body)) return null;
    String b = String.join(" ", body);
    // a firm named with a province or town is a firm of that place, perhaps the unit of a group ("CTCP X Yên Bái")
    if (level.equals(UNWRITTEN)) for (String h : FIRM_HEADS) if (b.equals(h) || b.startsWith(h + " ")) return null;
    // a firm named after a country is its national company, not the firm ("Công ty X Việt Nam" / "Công ty X")
    if (level.equals(COUNTRY) && (b.startsWith("công ty ") || b.startsWith("tập đoàn ") || b.startsWith("hãng "))) return null;
    return bodyKeys(b, level);
  }

  /**
   * The keys of a placed body: "body" and "body|level"; a unit of a place's police ("cơ quan điều tra công an", "phòng
   * cảnh sát giao thông công an") also without "công an", the way an article names it once the place is known
   * ("Cơ quan CSĐT", "Phòng CSGT").
   */
  private static String[] bodyKeys(String b, String level) {
    if (b.endsWith(" công an") && b.indexOf(' ') < b.length() - 8) {
      String unit = b.substring(0, b.length() - 8);
      return new String[] {b, b + "|" + level, unit, unit + "|" + level};
    }
    return new String[] {b, b + "|" + level};
  }

  /**
   * For a body named by its head alone, perhaps with a level ("UBND", "UBND thành phố", "Công an tỉnh", "Bộ chỉ huy
   * quân sự tỉnh") and not merged with a placed form: the key to look up among {@link #placedBody} keys; else null.
   */
  private static String placelessBody(Form f, Form root) {
    if (f.type() != EntityType.ORGANIZATION) return null;
    String[] w = looseWords(f);
    if (w.length == 0 || root != f && placedBody(root) != null) return null;
    for (String x : w) if (x.startsWith("@")) return null;
    String level = levelAtEnd(w, w.length);
    int bodyEnd = w.length - (level == null ? 0 : level.split(" ").length);
    String[] body = java.util.Arrays.copyOfRange(w, 0, bodyEnd);
    if (!startsWithHead(body)) return null;
    String b = String.join(" ", body);
    return level == null ? b : b + "|" + level;
  }

  /**
   * Heads of a firm's, an alliance's, a club's or a party's name that may stand before its bare name ("Tập đoàn ô tô
   * Toyota" = "Toyota", "CLB bóng đá X FC" = "X FC", "Đảng X" = "X").
   */
  private static final List<String> FIRM_HEADS = List.of("tổng công ty", "công ty", "tập đoàn", "hãng", "liên minh",
      "ngân hàng", "nhóm", "ban nhạc", "cơ quan", "lực lượng", "clb", "câu lạc bộ", "đảng");

  /**
   * A firm named by its head, perhaps a few words saying what it does, and a name that the story also uses alone as an
   * organisation ("Tập đoàn ô tô Toyota" … "Toyota", "Liên minh Hàng không Star Alliance" … "Star Alliance", "Công ty
   * AB Food Việt Nam" … "AB Food Việt Nam", "Tập đoàn X Corp" … "X": a company designator at the end adds nothing): the
   * longest such name is the same firm. A name that starts with a head
   * of its own ("Công an Hà Nội" in "Phòng CSGT Công an Hà Nội") is another body, unless all that comes before it is
   * "Công ty" ("Công ty Cổ phần Tập đoàn X" = "Tập đoàn X").
   */
  private static void mergeHeadedNames(List<Form> forms, int[] parent, Map<String, Form> byKey) {
    for (Form f : forms) {
      if (f.words.length < 2 || f.type() != EntityType.ORGANIZATION) continue;
      String head = null;
      for (String h : FIRM_HEADS) if (f.key.startsWith(h + " ")) { head = h; break; }
      if (head == null) {
        mergeLatinAfterHead(f, parent, byKey);
        continue;
      }
      int headWords = head.split(" ").length;
      for (int from = headWords; from < f.words.length; from++) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(f.words, from, f.words.length));
        Form g = byKey.get(rest);
        if (g == null) g = byKey.get(LEX.canonical(rest)); // a gazetteer synonym: "Lực lượng khủng bố IS"
        if (g == null && COMPANY_DESIGNATORS.contains(f.words[f.words.length - 1])) {
          // "Tập đoàn X Corp" with "X": the designator adds nothing (see looseKey)
          int to = f.words.length - 1;
          while (to > from + 1 && COMPANY_DESIGNATORS.contains(f.words[to - 1])) to--;
          if (to > from) g = byKey.get(String.join(" ", java.util.Arrays.copyOfRange(f.words, from, to)));
        }
        if (g == null) continue;
        if (g.type() != EntityType.ORGANIZATION) {
          // links round 10: "CLB X", "Công ty (TNHH) X" with X typed a person: the firm's or club's name, mistyped
          if (g.type() == EntityType.PERSON && personTypedName(f, g, headWords, from)) {
            union(parent, f.index, g.index);
            break;
          }
          continue;
        }
        boolean headed = startsWithHead(g.words);
        // "Cơ quan công an tỉnh X" = "Công an tỉnh X": a body right after a bare head, in any case
        boolean wrapped = headed && from == headWords && (head.equals("công ty") || head.equals("cơ quan"));
        if (!wrapped && !capitalisedAt(f, from)) continue;
        if (headed && !(wrapped || onlyLegalForm(f.words, headWords, from))) break;
        union(parent, f.index, g.index);
        break;
      }
    }
  }

  /**
   * Links round 10: the name right after a firm's or club's head ({@code from}: after the head, or after a company's
   * legal form only: "Công ty TNHH X"), capitalised, is a form the recogniser typed PERSON in the story ("CLB Orlando
   * City" … "Orlando City", "Công ty Vạn Phát" … "Vạn Phát"): that form is the body's name, not a person's. Not when the
   * name starts with a head of its own; a place-typed name is left alone ("CLB Hà Nội" … "Hà Nội": the city).
   */
  private static boolean personTypedName(Form f, Form g, int headWords, int from) {
    return (from == headWords || onlyLegalForm(f.words, headWords, from)) && capitalisedAt(f, from)
        && !startsWithHead(g.words);
  }

  /**
   * Heads written before a foreign body's own name (links round 7): "Đài NHK" = "NHK", "Tổ chức OPEC", "Trường LSE",
   * "Quỹ X Foundation". Unlike {@link #FIRM_HEADS} only the words right after the head count, and only when they are
   * plain Latin letters: "Quỹ Nhi đồng Liên Hợp Quốc" is not "Liên Hợp Quốc", "Trung tâm An toàn Hải quân Mỹ" not the navy.
   */
  private static final List<String> LATIN_NAME_HEADS = java.util.stream.Stream.of("đài", "tổ chức", "quỹ", "trường", "báo",
      "tờ", "kênh", "hãng tin").map(NameKeys::key).toList(); // as keys write them ("quỹ" as "qũy")

  /** {@link #LATIN_NAME_HEADS}: the head's form and the story's organisation named by the plain Latin rest are one. */
  private static void mergeLatinAfterHead(Form f, int[] parent, Map<String, Form> byKey) {
    for (String h : LATIN_NAME_HEADS) {
      if (!f.key.startsWith(h + " ")) continue;
      String rest = f.key.substring(h.length() + 1);
      if (!plainLatin(rest) || !capitalisedAt(f, h.split(" ").length)) return;
      Form g = byKey.get(rest);
      // links round 10: also a foreign name typed PERSON ("Quỹ Walk Free" … "Walk Free")
      if (g != null && (g.type() == EntityType.ORGANIZATION || g.type() == EntityType.PERSON)) union(parent, f.index, g.index);
      return;
    }
  }

  /**
   * A body's name of three or more words, led by an organisation head and ending in a capitalised word, that is the
   * start of exactly one longer body of the story ("Hiệp hội Cây Cảnh" of "Hiệp hội Cây Cảnh Nam Bộ", a span cut
   * before its last words) is that body. Not when the rest is a branch ("chi nhánh …"), starts with a level word (the
   * province's unit of a national body: "Ủy ban X Việt Nam tỉnh Y"), is only a number (a numbered unit: "Công ty X 11"
   * is not "Công ty X") or a country (a firm's company there, as in round 2) or joins a second body ("và", "&", a
   * comma); not a bare head and legal form ("Công ty TNHH"). One hash map of the longer bodies' starts.
   */
  private static void mergeCutBodies(List<Form> forms, int[] parent) {
    Map<String, Set<Integer>> byStart = null;
    for (Form f : forms) {
      if (f.words.length < 4 || f.type() != EntityType.ORGANIZATION || !startsWithHead(f.words)) continue;
      int cut = f.words.length;
      for (int i = 3; i < f.words.length; i++) {
        String x = f.words[i];
        if (x.equals("chi") || x.equals("và") || x.equals("&") || f.words[i - 1].endsWith(",")) { cut = i; break; }
      }
      int root = find(parent, f.index);
      for (int len = 3; len < cut; len++) {
        if (levelAtStart(f.words, len) || len == f.words.length - 1 && numbered(f.words[len])
            || countryFrom(f.words, len)) continue;
        if (byStart == null) byStart = new HashMap<>();
        byStart.computeIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(f.words, 0, len)), k -> new HashSet<>()).add(root);
      }
    }
    if (byStart == null) return;
    for (Form f : forms) {
      if (f.words.length < 3 || f.type() != EntityType.ORGANIZATION) continue;
      Set<Integer> longer = byStart.get(f.key);
      if (longer == null || !capitalisedAt(f, f.words.length - 1) || LEGAL_FORM_WORDS.contains(f.words[f.words.length - 1])
          || !startsWithHead(f.words)) continue;
      int root = oneRoot(parent, longer);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /**
   * Links round 7: a body's name that starts with the abbreviation of its field ("TT&TT Hà Nội", "QLTT Hà Nội", a span
   * cut after the head) is the story's one body named with an organisation head before those words ("Sở TT&TT Hà Nội",
   * "Chi cục QLTT Hà Nội"), the words compared as {@link #looseKey} reads them; two such bodies (a "Cục" and a "Chi cục"
   * of one field and place) leave it alone. The abbreviation has three letters or more and no vowel, and is no legal
   * form ("TP", "VN", "TNHH" are not fields). One hash map of the headed bodies' rests, built only when a form of that
   * shape exists.
   */
  private static void mergeHeadlessFields(List<Form> forms, int[] parent) {
    List<Form> headless = null;
    for (Form f : forms) {
      if (f.words.length < 2 || f.type() != EntityType.ORGANIZATION || !fieldAbbreviation(f.words[0])
          || startsWithHead(f.words)) continue;
      if (headless == null) headless = new ArrayList<>();
      headless.add(f);
    }
    if (headless == null) return;
    Map<String, Set<Integer>> byRest = new HashMap<>();
    for (Form g : forms) {
      if (g.words.length < 3 || g.type() != EntityType.ORGANIZATION) continue;
      String head = g.words[0];
      for (int k = 1; k <= 2 && k < g.words.length - 1; k++) {
        if (k > 1) head = head + " " + g.words[k - 1];
        if (LEX.find(head, Lexicon.Kind.ORG_HEAD) == null) continue;
        String rest = looseKey(String.join(" ", Arrays.copyOfRange(g.words, k, g.words.length)), EntityType.ORGANIZATION);
        byRest.computeIfAbsent(rest, x -> new HashSet<>()).add(find(parent, g.index));
      }
    }
    for (Form f : headless) {
      Set<Integer> bodies = byRest.get(looseKey(f.key, EntityType.ORGANIZATION));
      if (bodies == null) continue;
      int root = oneRoot(parent, bodies);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /**
   * Links round 8: a body's name whose first word abbreviates its first words by their initials ("LĐBĐ châu Âu", "NXB
   * Thanh Niên", "VP Bộ Y tế", "HP Enterprise") is the story's one body named with those words written out and the same
   * rest ("Liên đoàn bóng đá châu Âu", "Nhà xuất bản Thanh Niên"). The abbreviation has two to six letters, no vowel and
   * is no legal form; the rest is compared word for word. One hash map of the written-out bodies' initials and rests,
   * built only when a form of that shape exists.
   */
  private static void mergeAbbreviatedHeads(List<Form> forms, int[] parent) {
    List<Form> abbreviated = null;
    for (Form f : forms) {
      if (f.words.length < 2 || f.type() != EntityType.ORGANIZATION || f.words[0].length() < 2
          || !abbreviation(f.words[0]) || LEGAL_FORM_WORDS.contains(f.words[0])) continue;
      if (abbreviated == null) abbreviated = new ArrayList<>();
      abbreviated.add(f);
    }
    if (abbreviated == null) return;
    Map<String, Set<Integer>> byInitials = new HashMap<>();
    StringBuilder b = new StringBuilder();
    for (Form g : forms) {
      if (g.words.length < 3 || g.type() != EntityType.ORGANIZATION) continue;
      b.setLength(0);
      for (int k = 1; k <= 6 && k < g.words.length; k++) {
        String w = g.words[k - 1];
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) break;
        b.append(w.charAt(0));
        if (k < 2) continue;
        String rest = String.join(" ", Arrays.copyOfRange(g.words, k, g.words.length));
        byInitials.computeIfAbsent(b + " " + rest, x -> new HashSet<>()).add(g.index);
      }
    }
    for (Form f : abbreviated) {
      Set<Integer> bodies = byInitials.get(f.key);
      if (bodies == null) continue;
      int root = oneRoot(parent, bodies);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /**
   * Links round 9: a well-known Vietnamese body's brand name or acronym and its Vietnamese name ("VietinBank" = "Ngân
   * hàng Công thương", "Agribank chi nhánh X" = "Ngân hàng NN-PTNT chi nhánh X"), from a short list
   * of our own ({@code brand-names.txt}). A form whose first words are one of the names is that body followed by
   * the same rest word for word; a rest "Việt Nam" or "VN" is the body itself. Only forms whose first two words start
   * a listed name (two hash look-ups, nothing allocated) are looked at. Persons are left alone.
   */
  private static void mergeBrands(List<Form> forms, int[] parent) {
    Map<String, Integer> byBody = null;
    for (Form f : forms) {
      Set<String> next = BRAND_NEXT_WORDS.get(f.words[0]);
      if (next == null || !(next.contains("") || f.words.length > 1 && next.contains(f.words[1]))) continue;
      if (f.type() == EntityType.PERSON) continue;
      String body = brandKey(f.words);
      if (body == null) continue;
      if (byBody == null) byBody = new HashMap<>();
      Integer other = byBody.putIfAbsent(body, f.index);
      if (other != null) union(parent, other, f.index);
    }
  }

  /** The listed body a name starts with, then "|" and the rest of the name ("agribank|chi nhánh x"), or null. */
  static String brandKey(String[] w) {
    for (int n = Math.min(BRAND_MAX_WORDS, w.length); n >= 1; n--) {
      String body = BRANDS.get(n == w.length ? String.join(" ", w) : String.join(" ", Arrays.copyOfRange(w, 0, n)));
      if (body == null) continue;
      String rest = String.join(" ", Arrays.copyOfRange(w, n, w.length));
      if (rest.equals("việt nam") || rest.equals("vn")) rest = "";
      return body + "|" + rest;
    }
    return null;
  }

  /** Listed name key → the body's first listed name key. */
  private static final Map<String, String> BRANDS = new HashMap<>();
  /** First word of a listed name → the second words after it ("" for a one-word name). */
  private static final Map<String, Set<String>> BRAND_NEXT_WORDS = new HashMap<>();
  private static final int BRAND_MAX_WORDS;

  static {
    int max = 1;
    try (var in = EntityLinker.class.getResourceAsStream("brand-names.txt")) {
      if (in == null) throw new IllegalStateException("missing resource brand-names.txt");
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] names = line.split("\\|");
        String body = Lexicon.phraseKey(names[0].strip());
        for (String name : names) {
          String k = Lexicon.phraseKey(name.strip());
          if (k.startsWith("tct ")) k = "tổng công ty " + k.substring(4); // the list's short head
          List<String> spellings = k.contains(" & ") ? List.of(k, k.replace(" & ", " và ")) : List.of(k); // the list writes "&", the news either
          List<String> ks = new ArrayList<>(spellings);
          for (String sp : spellings) {
            if (sp.startsWith("ngân hàng ") && !sp.startsWith("ngân hàng nhà nước")) { // a bank's legal form, written or not
              String r = sp.substring("ngân hàng ".length());
              ks.add("ngân hàng tmcp " + r);
              ks.add("ngân hàng thương mại cổ phần " + r);
            }
          }
          for (String x : ks) {
            String bare = x.endsWith(" việt nam") ? x.substring(0, x.length() - " việt nam".length()) : null;
            // "Ngân hàng Ngoại thương" without its country, but not a bare "Đài Truyền hình"
            if (bare != null && bare.split(" ").length >= 4) BRANDS.putIfAbsent(bare, body);
            BRANDS.putIfAbsent(x, body);
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (String k : BRANDS.keySet()) {
      String[] w = k.split(" ");
      max = Math.max(max, w.length);
      BRAND_NEXT_WORDS.computeIfAbsent(w[0], x -> new HashSet<>()).add(w.length > 1 ? w[1] : "");
    }
    BRAND_MAX_WORDS = max;
  }

  /** A school's type after "Trường" (or alone) before its name, as keys write them. */
  private static final List<String[]> SCHOOL_TYPE_WORDS = java.util.stream.Stream.of("đại học", "đh", "cao đẳng", "thpt",
      "thcs", "ptth", "tiểu học", "mầm non", "trung học cơ sở", "trung học phổ thông").map(t -> NameKeys.key(t).split(" "))
      .toList();
  private static final String SCHOOL = NameKeys.key("trường");

  /**
   * Links round 7: "Trường X" without its type is the story's one school named "Trường Tiểu học X", "Trường ĐH X" or
   * "Đại học X" (a capitalised X); two schools of that name and different types leave it alone. One hash map of the
   * typed schools' names, built only when an untyped one exists.
   */
  private static void mergeUntypedSchools(List<Form> forms, int[] parent) {
    List<Form> untyped = null;
    for (Form f : forms) {
      if (f.words.length < 2 || f.type() != EntityType.ORGANIZATION || !f.words[0].equals(SCHOOL)
          || schoolTypeLength(f.words, 1) > 0 || !capitalisedAt(f, 1)) continue;
      if (untyped == null) untyped = new ArrayList<>();
      untyped.add(f);
    }
    if (untyped == null) return;
    Map<String, Set<Integer>> byName = new HashMap<>();
    for (Form g : forms) {
      if (g.type() != EntityType.ORGANIZATION) continue;
      int from = g.words.length > 0 && g.words[0].equals(SCHOOL) ? 1 : 0;
      int n = schoolTypeLength(g.words, from);
      if (n == 0 || from + n >= g.words.length) continue;
      String name = String.join(" ", Arrays.copyOfRange(g.words, from + n, g.words.length));
      byName.computeIfAbsent(name, x -> new HashSet<>()).add(find(parent, g.index));
    }
    for (Form f : untyped) {
      Set<Integer> schools = byName.get(String.join(" ", Arrays.copyOfRange(f.words, 1, f.words.length)));
      if (schools == null) continue;
      int root = oneRoot(parent, schools);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /** The number of words of a school's type at {@code i} ("tiểu học": 2, "THCS": 1), or 0. */
  private static int schoolTypeLength(String[] w, int i) {
    for (String[] t : SCHOOL_TYPE_WORDS) {
      if (i + t.length > w.length) continue;
      boolean all = true;
      for (int k = 0; k < t.length && all; k++) all = w[i + k].equals(t[k]);
      if (all) return t.length;
    }
    return 0;
  }

  /** A field's abbreviation: three letters or more without a vowel, "&" and "-" left out ("TT&TT", "QLTT", "GTVT"). */
  private static boolean fieldAbbreviation(String w) {
    String glued = w.replace("&", "").replace("-", "");
    return glued.length() >= 3 && abbreviation(glued) && !LEGAL_FORM_WORDS.contains(glued);
  }

  /**
   * A one-word body's name that is the first word of exactly one longer body of the story, the rest of which is a
   * foreign gazetteer place but not a country ("Dorval" of "Dorval Lisboa", a club named with its city; "Công ty X Việt
   * Nam" is the firm's company there, another body, as in round 2) is that body. A place in Vietnamese letters is left
   * alone: "X Bình Chánh" is often a bank's branch, "X Đà Nẵng" a firm's club; so is a word already tied to another
   * name. Not
   * for a head ("UBND" of "UBND Hà Nội": the placed bodies' rule decides those), a place, nor a word of one letter.
   * One hash map of first words.
   */
  private static void mergePlaceNamedBodies(List<Form> forms, int[] parent) {
    Map<String, Set<Integer>> byFirst = null;
    for (Form f : forms) {
      if (f.words.length < 2 || f.words.length > 5 || f.type() != EntityType.ORGANIZATION || f.words[0].length() < 2
          || startsWithHead(f.words)) continue;
      String rest = String.join(" ", java.util.Arrays.copyOfRange(f.words, 1, f.words.length));
      if (!plainLatin(rest) || LEX.find(LEX.canonical(rest), Lexicon.Kind.PLACE) == null || countryFrom(f.words, 1)) continue;
      if (byFirst == null) byFirst = new HashMap<>();
      byFirst.computeIfAbsent(f.words[0], k -> new HashSet<>()).add(find(parent, f.index));
    }
    if (byFirst == null) return;
    int[] formsOfRoot = new int[forms.size()];
    for (Form f : forms) formsOfRoot[find(parent, f.index)]++;
    for (Form f : forms) {
      if (f.words.length != 1 || f.type() != EntityType.ORGANIZATION) continue;
      Set<Integer> longer = byFirst.get(f.key);
      if (longer == null || startsWithHead(f.words) || LEX.find(LEX.canonical(f.key), Lexicon.Kind.PLACE) != null) continue;
      // a word already tied to another name ("QLTT" of "Chi cục QLTT Hà Nội") is not this body's first word
      if (formsOfRoot[find(parent, f.index)] > 1) continue;
      int root = oneRoot(parent, longer);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /** Whether the words from {@code i} on are only a country ("Công ty X Việt Nam" is the firm's company there). */
  private static boolean countryFrom(String[] w, int i) {
    return COUNTRIES.contains(LEX.canonical(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length))));
  }

  /** A unit's number: digits or a Roman numeral ("Sông Đà 11", "Trường X VI" are numbered units of their own). */
  private static boolean numbered(String w) {
    if (w.isEmpty()) return false;
    boolean digits = true, roman = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      digits &= Character.isDigit(c);
      roman &= c == 'i' || c == 'v' || c == 'x' || c == 'l';
    }
    return digits || roman;
  }

  /** Whether a level word ("tỉnh", "thành phố" …) starts at word {@code i}. */
  private static boolean levelAtStart(String[] w, int i) {
    for (String[] l : LEVEL_WORDS) {
      if (i + l.length > w.length) continue;
      boolean all = true;
      for (int k = 0; k < l.length && all; k++) all = w[i + k].equals(l[k]);
      if (all) return true;
    }
    return false;
  }

  /** Whether the form's word at {@code i} is written with a capital or a digit ("Quốc gia" holds no name "Gia"). */
  private static boolean capitalisedAt(Form f, int i) {
    String[] w = f.surface.split(" ");
    if (w.length != f.words.length) return false;
    char c = w[i].isEmpty() ? ' ' : w[i].charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /** Whether the words from {@code from} to {@code to} are only a company's legal form ("cổ phần", "cp", "tnhh"). */
  private static boolean onlyLegalForm(String[] w, int from, int to) {
    if (!w[0].equals("công") && !w[0].equals("cty") && !w[0].equals("ctcp")) return false;
    for (int i = from; i < to; i++) if (!LEGAL_FORM_WORDS.contains(w[i])) return false;
    return true;
  }

  private static final Set<String> LEGAL_FORM_WORDS = WordSet.of("cổ", "phần", "cp", "tnhh", "trách", "nhiệm", "hữu", "hạn");

  /** Whether a name starts with an organisation head of the lexicon ("công an", "ủy ban nhân dân", "bộ"). */
  private static boolean startsWithHead(String[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(4, w.length); i++) {
      if (i > 0) b.append(' ');
      b.append(w[i]);
      if (LEX.find(b.toString(), Lexicon.Kind.ORG_HEAD) != null) return true;
    }
    return false;
  }

  /**
   * A ministry's or a department's name cut after the first member of its coordinated name ("Bộ Giáo dục" for "Bộ
   * Giáo dục và Đào tạo", "Sở Thông tin" for "Sở Thông tin và Truyền thông X") is that body when the story names one
   * such body only; a name that goes on with a place ("Bộ Quốc phòng Mỹ") or another word is not coordinated and
   * counts for nothing. One hash map over the forms.
   */
  private static void mergeFirstMembers(List<Form> forms, int[] parent) {
    Map<String, Set<Integer>> byFirst = null;
    for (Form f : forms) {
      if (f.words.length < 4 || f.type() != EntityType.ORGANIZATION || !COORDINATED_HEADS.contains(f.words[0])) continue;
      for (int i = 2; i < f.words.length - 1; i++) {
        String x = f.words[i];
        boolean comma = f.words[i - 1].endsWith(",");
        if (!comma && !x.equals("và") && !x.equals("&") && !x.equals("-") && !x.equals("\u2013")) continue;
        String first = String.join(" ", java.util.Arrays.copyOfRange(f.words, 0, i));
        if (comma) first = first.substring(0, first.length() - 1);
        if (byFirst == null) byFirst = new HashMap<>();
        byFirst.computeIfAbsent(first, k -> new HashSet<>()).add(f.index);
        break;
      }
    }
    if (byFirst == null) return;
    for (Form f : forms) {
      if (f.words.length < 2 || f.type() != EntityType.ORGANIZATION || !COORDINATED_HEADS.contains(f.words[0])) continue;
      Set<Integer> full = byFirst.get(f.key);
      if (full == null) continue;
      int root = oneRoot(parent, full);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /**
   * A person written with the initial of the first name and the last name ("C.Ronaldo", "C. Ronaldo") is the one
   * person of the story whose full name starts with that letter and ends in that name ("Carlos Ronaldo"); two such
   * names leave it alone. One hash map over the forms, built only when such a form exists.
   */
  private static void mergeInitialled(List<Form> forms, int[] parent) {
    Map<String, Set<Integer>> byInitialAndLast = null;
    for (Form f : forms) {
      if (f.type() != EntityType.PERSON || initialled(f) == null) continue;
      if (byInitialAndLast == null) {
        byInitialAndLast = new HashMap<>();
        for (Form g : forms) {
          if (g.words.length < 2 || g.type() != EntityType.PERSON || initialled(g) != null || g.words[0].length() < 2) continue;
          byInitialAndLast.computeIfAbsent(g.words[0].charAt(0) + "|" + g.words[g.words.length - 1], k -> new HashSet<>())
              .add(g.index);
        }
      }
      Set<Integer> full = byInitialAndLast.get(initialled(f));
      if (full == null) continue;
      int root = oneRoot(parent, full);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /** "c|ronaldo" for "C.Ronaldo" or "C. Ronaldo" (an initial, a dot, a last name of 3+ letters), else null. */
  private static String initialled(Form f) {
    String k = f.key;
    if (k.length() < 5 || !Character.isLetter(k.charAt(0)) || k.charAt(1) != '.') return null;
    int from = k.charAt(2) == ' ' ? 3 : 2;
    if (k.length() - from < 3) return null;
    for (int i = from; i < k.length(); i++) if (!Character.isLetter(k.charAt(i))) return null;
    return k.charAt(0) + "|" + k.substring(from);
  }

  /**
   * A competition or a show named without its year ("Euro", "Giải Sao Mai") is its one edition the story names with a
   * year ("Euro 2016"); two editions ("World Cup 2014", "World Cup 2018") leave it alone. Names of the MISC type only.
   */
  private static void mergeEditions(List<Form> forms, int[] parent) {
    Map<String, Set<Integer>> byBase = null;
    for (Form f : forms) {
      if (f.words.length < 2 || f.type() != EntityType.MISC || !year(f.words[f.words.length - 1])) continue;
      if (byBase == null) byBase = new HashMap<>();
      byBase.computeIfAbsent(f.key.substring(0, f.key.length() - 5), k -> new HashSet<>()).add(f.index);
    }
    if (byBase == null) return;
    for (Form f : forms) {
      if (f.type() != EntityType.MISC || year(f.words[f.words.length - 1])) continue;
      Set<Integer> editions = byBase.get(f.key);
      if (editions == null) continue;
      int root = oneRoot(parent, editions);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /** A year of the 20th or 21st century ("1966", "2016"). */
  private static boolean year(String w) {
    if (w.length() != 4 || !(w.startsWith("19") || w.startsWith("20"))) return false;
    return Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3));
  }

  /** Whether the word after {@code end} (past one space) starts with a capital letter. */
  static boolean capitalisedAfter(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
  }

  /** Whether every mention of the form was typed PERSON. */
  private static boolean onlyPerson(Form f) {
    for (int t = 0; t < f.typeCounts.length; t++) if (t != EntityType.PERSON.ordinal() && f.typeCounts[t] > 0) return false;
    return true;
  }

  /** Heads of bodies whose names coordinate two fields ("Bộ Tài nguyên và Môi trường", "Sở Văn hóa, Thể thao …"). */
  private static final Set<String> COORDINATED_HEADS = WordSet.of("bộ", "sở");

  /** A person form's syllables, hyphenated ones apart ("Se-pyong" → se, pyong). */
  private static String[] personWords(Form f) {
    return f.key.indexOf('-') < 0 ? f.words : f.key.replace('-', ' ').split(" ");
  }

  /** Forms of address that tell a person's sex, right before the name. */
  private static final Set<String> MALE_ADDRESS = WordSet.of("ông", "anh", "chú", "cậu");
  private static final Set<String> FEMALE_ADDRESS = WordSet.of("bà", "chị", "cô", "nàng");

  /** 1 when the word right before {@code start} is a male form of address, 2 when female, else 0. */
  static int addressSex(String text, int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') e--;
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    if (e - b < 2 || e - b > 4) return 0;
    String w = text.substring(b, e).toLowerCase(Locale.ROOT);
    return MALE_ADDRESS.contains(w) ? 1 : FEMALE_ADDRESS.contains(w) ? 2 : 0;
  }

  /**
   * Two romanised names, family name first, with the same given name and family names one letter apart are one person
   * ("Goo Hye Sun" / "Go Hye Sun", "Park Ji Sung" / "Pak Ji Sung"): romanisations differ on short family names, which
   * {@link #spellingVariants} (five letters or more) leaves alone. Buckets by given name.
   */
  private static void mergeFamilyNameSpellings(List<Form> forms, int[] parent) {
    Map<String, List<Form>> byGiven = new HashMap<>();
    for (Form f : forms) {
      if (f.type() != EntityType.PERSON || !familyNameFirst(f)) continue;
      String[] w = personWords(f);
      byGiven.computeIfAbsent(w[1] + " " + w[2], k -> new ArrayList<>()).add(f);
    }
    for (List<Form> b : byGiven.values()) {
      if (b.size() < 2 || b.size() > 16) continue;
      for (int i = 0; i < b.size(); i++)
        for (int j = i + 1; j < b.size(); j++) {
          String x = personWords(b.get(i))[0], y = personWords(b.get(j))[0];
          if (!x.equals(y) && Math.min(x.length(), y.length()) >= 2 && withinOneEdit(x, y)) union(parent, b.get(i).index, b.get(j).index);
        }
    }
  }

  /**
   * A name written in the Latin alphabet without Vietnamese letters (no "ă", "ơ", "đ", no tone-marked vowels) and not
   * opening with a Vietnamese family name: its last word is a family name relatives share ("Jorge Messi").
   */
  static boolean romanised(String[] words) {
    if (words.length < 2 || LEX.surnames.contains(words[0])) return false;
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c >= 0x1EA0 && c <= 0x1EF9 || VIETNAMESE_LETTERS.indexOf(c) >= 0) return false;
      }
    }
    return true;
  }

  private static final String VIETNAMESE_LETTERS = "ăâđêôơưàáãèéìíòóõùúý";

  /**
   * Whether two names of one family name share no other name, not even spelt alike (one edit, two letters swapped, one
   * the start of the other): "Yacoub Omar" / "Mohammad Omar", not "Jen" / "Jens", "Cecs" / "Cesc", "Minh Pham" /
   * "Minh Quang Pham". {@code familyFirst}: the family name is the first word, not the last.
   */
  static boolean nothingShared(String[] a, String[] b, boolean familyFirst) {
    int from = familyFirst ? 1 : 0;
    for (int i = from; i < a.length - 1 + from; i++)
      for (int j = from; j < b.length - 1 + from; j++)
        if (nearSpelling(a[i], b[j])) return false;
    return true;
  }

  private static boolean nearSpelling(String x, String y) {
    if (x.equals(y) || withinOneEdit(x, y) || x.startsWith(y) || y.startsWith(x)) return true;
    if (x.length() != y.length()) return false;
    char[] p = x.toCharArray(), q = y.toCharArray();
    java.util.Arrays.sort(p);
    java.util.Arrays.sort(q);
    return java.util.Arrays.equals(p, q);
  }

  /** An Arabic family name without its article ("al-awlaki" → "awlaki", "el-sisi" → "sisi"), or null. */
  /**
   * The first half of a hyphenated double family name ("ramos" of "ramos-vinolas"), each half of four or more plain
   * Latin letters; null otherwise (a Korean given name "jong-un" is no double family name).
   */
  static String doubleNameHead(String last) {
    int h = last.indexOf('-');
    if (h < 4 || last.length() - h - 1 < 4 || last.indexOf('-', h + 1) >= 0) return null;
    for (int i = 0; i < last.length(); i++) {
      char c = last.charAt(i);
      if (i != h && !(c >= 'a' && c <= 'z')) return null;
    }
    return last.substring(0, h);
  }

  static String withoutArabicArticle(String last) {
    if (last.length() < 6 || last.charAt(2) != '-') return null;
    return last.startsWith("al-") || last.startsWith("el-") ? last.substring(3) : null;
  }

  /** Whether a key holds no letter outside plain Latin ("kim jong", not "vương nghị"). */
  private static boolean plainLatin(String key) {
    for (int i = 0; i < key.length(); i++) if (key.charAt(i) > 0x7f) return false;
    return true;
  }

  /** Prefix of the first-word keys among the last-word keys. */
  private static final String GIVEN = "^^";

  /** Prefix of the first-word keys among the last-word keys (family name first). */
  private static final String FIRST = "^";

  /** Prefix of the first-word keys of names in Vietnamese letters (a Chinese name in Sino-Vietnamese: "Vương Nghị"). */
  private static final String SINO = "^^^";

  /**
   * A romanised East Asian name, family name first ("Kim Jong-un", "Moon Jae In"): three syllables, or two of them
   * joined by a hyphen, in plain Latin letters (a Vietnamese name has diacritics and is called by its last word).
   */
  private static boolean familyNameFirst(Form f) {
    String[] w = personWords(f);
    if (w.length != 3) return false;
    for (int i = 0; i < f.key.length(); i++) {
      char c = f.key.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c == ' ' || c == '-')) return false;
    }
    return true;
  }

  /**
   * Links round 10: a lone family name in plain Latin letters (four or more, no lexicon entry), typed PERSON, that ends
   * no person's name of the story and starts none, is the story's one romanised name of two or three words ending in
   * it that the recogniser typed a place or an organisation ("Rooney" … "Wayne Rooney" typed LOCATION, "Rapids" …
   * "Colorado Rapids"). Two such names of different entities leave it alone; an event or title (MISC) is not taken.
   * The names are indexed by their last word only when a form of that shape exists.
   */
  private static void mergeMistypedFullNames(List<Form> forms, int[] parent, Map<String, Set<Integer>> corpusByLast) {
    Map<String, Set<Integer>> byLast = null;
    for (Form f : forms) {
      if (f.words.length != 1 || f.key.length() < 4 || f.type() != EntityType.PERSON || !lowerLatinLetters(f.key)
          || f.surface.isEmpty() || !Character.isUpperCase(f.surface.charAt(0))
          || corpusByLast.containsKey(f.key) || corpusByLast.containsKey(GIVEN + f.key)
          || corpusByLast.containsKey(FIRST + f.key) || find(parent, f.index) != f.index
          || LEX.synonyms.containsKey(f.key) || !LEX.lookup(f.key).isEmpty()) continue;
      if (byLast == null) {
        byLast = new HashMap<>();
        for (Form g : forms) {
          EntityType t = g.type();
          if (g.words.length < 2 || g.words.length > 3 || t != EntityType.LOCATION && t != EntityType.ORGANIZATION
              || !romanised(g.words) || !lowerLatinLetters(g.words[g.words.length - 1])) continue;
          byLast.computeIfAbsent(g.words[g.words.length - 1], k -> new HashSet<>()).add(g.index);
        }
      }
      Set<Integer> full = byLast.get(f.key);
      if (full == null) continue;
      int root = oneRoot(parent, full);
      if (root >= 0) union(parent, f.index, root);
    }
  }

  /** Whether a word holds only the letters a to z. */
  private static boolean lowerLatinLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }

  /** Maps a mention's form (or a speaker's name) to its entity root. */
  private static final class Resolver {
    final List<Form> forms;
    final int[] parent;
    final Map<String, Form> byKey;
    final List<Map<String, Set<Integer>>> articleByLast;
    final Map<String, Set<Integer>> corpusByLast;

    Resolver(List<Form> forms, int[] parent, Map<String, Form> byKey, List<Map<String, Set<Integer>>> articleByLast,
             Map<String, Set<Integer>> corpusByLast) {
      this.forms = forms;
      this.parent = parent;
      this.byKey = byKey;
      this.articleByLast = articleByLast;
      this.corpusByLast = corpusByLast;
    }

    int resolveForm(int article, int formIndex) {
      Form f = forms.get(formIndex);
      int root = find(parent, formIndex);
      if (isLoneName(f, root)) {
        int full = fullNameFor(article, f.words[0]);
        if (full >= 0) return full;
        // "ông Kim" with "Kim Jong-un": a family name written first, when no name of the story ends in it
        if (!corpusByLast.containsKey(f.words[0])) {
          full = fullNameFor(article, FIRST + f.words[0]);
          if (full >= 0) return full;
          // "ông Vương" with "Vương Nghị" in the same article: a name in Vietnamese letters called by its first word
          // after a form of address, when it is the first word of no other name of the story and ends none
          if (sex != 0) {
            Set<Integer> sino = article < articleByLast.size() ? articleByLast.get(article).get(SINO + f.words[0]) : null;
            if (sino != null && sino.size() == 1 && corpusByLast.get(SINO + f.words[0]).size() == 1) {
              full = sameSex(sino.iterator().next());
              if (full >= 0) return full;
            }
          }
          // "Bobbi" with "Bobbi Sternheim" in the same article: a romanised given name used alone
          Set<Integer> given = article < articleByLast.size() ? articleByLast.get(article).get(GIVEN + f.words[0]) : null;
          if (given != null && given.size() == 1 && corpusByLast.get(GIVEN + f.words[0]).size() == 1
              && romanised(new String[] {f.words[0], f.words[0]})) {
            full = sameSex(given.iterator().next());
            if (full >= 0) return full;
          }
          // "Irina" in an article that names no one with that first name: the story's one such two-word name, when
          // the word is never typed otherwise (a brand typed PERSON once is not a given name)
          Set<Integer> story = given == null && !nameGoesOn ? corpusByLast.get(GIVEN + f.words[0]) : null;
          if (story != null && story.size() == 1 && onlyPerson(f) && romanised(new String[] {f.words[0], f.words[0]})) {
            full = sameSex(story.iterator().next());
            if (full >= 0) return full;
          }
        }
      }
      return root;
    }

    int resolveName(int article, String key) {
      Form f = byKey.get(key);
      if (f != null) return resolveForm(article, f.index);
      if (key.indexOf(' ') < 0) return fullNameFor(article, key);
      return -1;
    }

    /**
     * A one-word person (or untyped) name that no merge has tied to a longer form yet. A word that is also a place or
     * another lexicon entry ("Đức", "Huế") is one only after a form of address ("ông Đức", links round 7).
     */
    boolean isLoneName(Form f, int root) {
      if (f.words.length != 1) return false;
      EntityType t = f.type();
      if (t != EntityType.PERSON && t != EntityType.MISC) return false;
      if ((LEX.synonyms.containsKey(f.key) || !LEX.lookup(f.key).isEmpty()) && !(sex != 0 && t == EntityType.PERSON)) return false;
      return root == f.index || forms.get(root).words.length == 1;
    }

    /** The sex the address before the mention being resolved gives (1 male, 2 female, 0 none), and each root's. */
    int sex;
    int[] rootSex;
    /** Whether a capitalised word follows the mention being resolved ("Michael" cut from "Michael Jordan"). */
    boolean nameGoesOn;

    int fullNameFor(int article, String last) {
      Set<Integer> local = article < articleByLast.size() ? articleByLast.get(article).get(last) : null;
      if (local != null) {
        if (local.size() != 1) return -1;
        int r = local.iterator().next();
        return namesakeElsewhere(last, r) ? -1 : sameSex(r);
      }
      Set<Integer> all = corpusByLast.get(last);
      return all != null && all.size() == 1 ? sameSex(all.iterator().next()) : -1;
    }

    /**
     * Whether the story names, in more of its articles, another person with this family name whose other names share
     * nothing with the article's one ("Mullah Omar" in an article that names only his son "Yacoub Omar" in full): a
     * family name at the end of a romanised name is shared by relatives, and the lone name then more likely means the
     * story's better-known bearer, so it is left alone. Spelling variants and cut spans of one person ("Jen"/"Jens
     * Stoltenberg", "Akhtar Mansour" / "Akhtar Mohammad Mansour") share a name or a near spelling and do not count.
     * Vietnamese names end in the given name: not checked.
     */
    boolean namesakeElsewhere(String last, int root) {
      Set<Integer> all = corpusByLast.get(last);
      if (all == null || all.size() < 2) return false;
      int r = find(parent, root);
      String[] mine = personWords(forms.get(r));
      if (!romanised(mine)) return false;
      int mineArticles = rootArticles(r);
      for (int o : all) {
        int ro = find(parent, o);
        if (ro == r) continue;
        String[] other = personWords(forms.get(ro));
        if (romanised(other) && rootArticles(ro) > mineArticles && nothingShared(mine, other, last.startsWith(FIRST))) return true;
      }
      return false;
    }

    private Map<Integer, Set<Integer>> articlesByRoot;

    /** In how many articles the root's multi-word person forms stand (computed once, over the forms). */
    int rootArticles(int root) {
      if (articlesByRoot == null) {
        articlesByRoot = new HashMap<>();
        for (Form f : forms) {
          if (f.words.length < 2 || f.type() != EntityType.PERSON) continue;
          articlesByRoot.computeIfAbsent(find(parent, f.index), k -> new HashSet<>()).addAll(f.articles);
        }
      }
      Set<Integer> a = articlesByRoot.get(root);
      return a == null ? 0 : a.size();
    }

    /** The root, unless its full names are addressed only as the other sex than the mention being resolved. */
    int sameSex(int root) {
      if (sex == 0 || rootSex == null) return root;
      int r = rootSex[find(parent, root)];
      return r != 0 && (r & sex) == 0 ? -1 : root;
    }
  }

  /**
   * Forms of one type that differ only in how they are written: abbreviated words of a body's name ("UBND TP HCM",
   * "Ủy ban nhân dân TP.HCM", "UBND TPHCM"; "Cty CP X" = "Công ty X"; "CSGT", "GTVT", "VN"), a gazetteer place at the
   * end of the name under any of its names, "thành phố" before a centrally run city ("UBND TP Hà Nội" = "UBND Hà
   * Nội"), the legal form of a company ("cổ phần", "TNHH"), hyphens in a person's name ("Kim Jong-un" = "Kim Jong
   * Un") and typographic apostrophes. One hash map over the forms.
   */
  private static void mergeWrittenVariants(List<Form> forms, int[] parent) {
    Map<String, Integer> first = new HashMap<>();
    for (Form f : forms) {
      EntityType t = f.type();
      String loose = looseKey(f.key, t);
      if (loose == null) continue;
      Integer g = first.putIfAbsent(t + "|" + loose, f.index);
      if (g != null) union(parent, g, f.index);
      // round 5: the same letters with spaces, dots or hyphens put elsewhere, or a Latin letter typed twice
      String compact = compactKey(f.key);
      if (compact != null) {
        g = first.putIfAbsent(t + "#" + compact, f.index);
        if (g != null) union(parent, g, f.index);
      }
    }
  }

  /**
   * A key's letters and digits without the spaces, dots and hyphens between them ("VP Bank" = "VPBank", "V-League" =
   * "V.League", "Boeing C-32" = "Boeing C32"), the Icelandic "Ð" some sites type for "Đ" as "Đ", and, when every letter is
   * a plain Latin one, a letter typed twice or thrice in a row as once ("Carroll" = "Caroll", "Savillls" = "Savills");
   * null when fewer than six remain or a character other than these is in the key (apostrophes, "&": other rules).
   */
  static String compactKey(String key) {
    StringBuilder b = new StringBuilder(key.length());
    boolean latin = true;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ' || c == '.' || c == '-') continue;
      if (c == '\u00f0') c = '\u0111';
      if (!Character.isLetterOrDigit(c)) return null;
      if (c > 'z') latin = false;
      b.append(c);
    }
    if (latin) {
      int w = 0;
      for (int i = 0; i < b.length(); i++) {
        char c = b.charAt(i);
        if (w > 0 && c == b.charAt(w - 1) && Character.isLetter(c)) continue;
        b.setCharAt(w++, c);
      }
      b.setLength(w);
    }
    return b.length() >= 6 ? b.toString() : null;
  }

  /** Abbreviated words of Vietnamese body names, as their words (keys are lower case). */
  private static final Map<String, String> NAME_ABBREVIATIONS = Map.ofEntries(Map.entry("tp", "thành phố"),
      Map.entry("cty", "công ty"), Map.entry("ctcp", "công ty cổ phần"), Map.entry("csgt", "cảnh sát giao thông"),
      Map.entry("catp", "công an thành phố"), Map.entry("vn", "việt nam"), Map.entry("tttt", "thông tin truyền thông"),
      Map.entry("gtvt", "giao thông vận tải"), Map.entry("nnptnt", "nông nghiệp phát triển nông thôn"),
      Map.entry("pccc", "phòng cháy chữa cháy"), Map.entry("cp", "cổ phần"), Map.entry("tnhh", "trách nhiệm hữu hạn"),
      Map.entry("ubnd", "ủy ban nhân dân"), Map.entry("hđnd", "hội đồng nhân dân"), Map.entry("tand", "tòa án nhân dân"),
      Map.entry("vksnd", "viện kiểm sát nhân dân"), Map.entry("ksnd", "kiểm sát nhân dân"),
      Map.entry("tnmt", "tài nguyên môi trường"), Map.entry("csđt", "cảnh sát điều tra"),
      // the ministries' and departments' abbreviated names ("Bộ GD&ĐT", "Sở KH&CN", "Bộ LĐ-TB&XH")
      Map.entry("gdđt", "giáo dục đào tạo"), Map.entry("khcn", "khoa học công nghệ"), Map.entry("khđt", "kế hoạch đầu tư"),
      Map.entry("lđtbxh", "lao động thương binh xã hội"), Map.entry("vhttdl", "văn hóa thể thao du lịch"),
      // schools (round 5): "ĐH Lạc Sơn" = "Đại học Lạc Sơn", "ĐHQG" = "Đại học Quốc gia"
      Map.entry("đh", "đại học"), Map.entry("đhqg", "đại học quốc gia"),
      // hospitals and central bodies (links round 7): "BV X" = "Bệnh viện X", "BVĐK tỉnh X" = "Bệnh viện Đa khoa tỉnh
      // X", "BVTƯ X" = "Bệnh viện T.Ư X" = "Bệnh viện Trung ương X" ("TƯ" without dots: see centralAbbreviation)
      Map.entry("bv", "bệnh viện"), Map.entry("bvđk", "bệnh viện đa khoa"), Map.entry("bvtư", "bệnh viện trung ương"),
      Map.entry("t.ư", "trung ương"));
  /**
   * The first word of a school's type after "Trường" ("Trường ĐH X" = "ĐH X" = "Đại học X", "Trường THPT X" = "THPT
   * X"): "Trường" adds nothing there; before another word it may be a name's own ("Trường Hải", "Trường Sa").
   */
  private static final Set<String> SCHOOL_TYPES = WordSet.of("đại", "đh", "đhqg", "cao", "thpt", "thcs", "ptth", "tiểu",
      "mầm");
  /**
   * Words that close a company's name and add nothing to which company it is ("Motor Co", "Corp", "Inc", "Group" as
   * "Tập đoàn"); not "Holdings", the parent of the firm of that name.
   */
  private static final Set<String> COMPANY_DESIGNATORS = WordSet.of("co", "corp", "corporation", "inc", "ltd", "llc", "plc",
      "company", "motor", "motors", "group");
  /**
   * Level words abbreviated with a dot before a place's name ("P.14", "Q.Tân Lạc", "H.Phú Khang", "TX.", "TT.", "TP."),
   * as their words; without a dot "P" or "H" may be a name's letter and is left alone.
   */
  private static final Map<String, String> LEVEL_ABBREVIATIONS = Map.of("p", "phường", "q", "quận", "h", "huyện", "tx",
      "thị xã", "tt", "thị trấn", "tp", "thành phố");
  /** A state's form before a country's name ("Cộng hòa Chad" = "Chad"), as keys write them. */
  private static final Set<String> STATE_WORDS = WordSet.copyOf(java.util.stream.Stream.of("cộng hòa", "vương quốc",
      "liên bang").map(NameKeys::key).toList());
  /** Centrally run cities: no province shares their name, so "thành phố" before them adds nothing. */
  private static final Set<String> CENTRAL_CITIES = WordSet.of("hà nội", "hải phòng", "tp.hcm", "cần thơ", "đà nẵng");

  /**
   * Whether no part of a hyphenated word has a vowel, as abbreviations do ("GD-ĐT", "QH-KT", "TN-MT"); every
   * Vietnamese syllable has one ("Thiên-Huế", "Lạc-Sơn").
   */
  private static boolean shortParts(String x) {
    String bare = Normalizer.normalize(x, Normalizer.Form.NFD);
    for (int i = 0; i < bare.length(); i++) if ("aeiouy".indexOf(bare.charAt(i)) >= 0) return false;
    return true;
  }

  /**
   * "X & Y" and "X và Y" between two abbreviations (no vowel: "NN & PTNT", "GD và ĐT") as the one word "X&Y" that
   * {@link #looseKey} reads as "NN&PTNT"; words of a name ("Nông nghiệp và Phát triển") are left alone.
   */
  private static String[] joinAbbreviations(String[] ws) {
    List<String> out = new ArrayList<>(ws.length);
    for (int i = 0; i < ws.length; i++) {
      String x = ws[i];
      if ((x.equals("&") || x.equals("và")) && !out.isEmpty() && i + 1 < ws.length && abbreviation(out.get(out.size() - 1))
          && abbreviation(ws[i + 1])) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "&" + ws[++i]);
      } else {
        out.add(x);
      }
    }
    return out.toArray(new String[0]);
  }

  /** Letters only, at most six, none a vowel ("nn", "ptnt", "đt"): an abbreviated word of a body's name. */
  private static boolean abbreviation(String x) {
    if (x.isEmpty() || x.length() > 6) return false;
    for (int i = 0; i < x.length(); i++) if (!Character.isLetter(x.charAt(i))) return false;
    return shortParts(x);
  }

  /** The key with its writing variants undone (see {@link #mergeWrittenVariants}), or null when nothing applies. */
  static String looseKey(String key, EntityType type) {
    String k = key.replace('\u2019', '\'').replace('\u2018', '\'');
    if (type == EntityType.PERSON) return initialsWithoutFinalDot(k.replace('-', ' '));
    if (type == EntityType.MISC) return modelCode(k);
    if (type != EntityType.ORGANIZATION && type != EntityType.LOCATION) return null;
    String[] ws = k.split(" ");
    // "Trường Đại học X" = "Đại học X" (a school: see SCHOOL_TYPES)
    if (type == EntityType.ORGANIZATION && ws.length >= 3 && ws[0].equals("trường") && SCHOOL_TYPES.contains(ws[1])) {
      ws = Arrays.copyOfRange(ws, 1, ws.length);
    }
    if (k.indexOf(" & ") > 0 || k.indexOf(" và ") > 0) ws = joinAbbreviations(ws); // "NN & PTNT", "NN và PTNT"
    List<String> w = new ArrayList<>(ws.length + 4);
    for (int i = 0; i < ws.length; i++) {
      String x = ws[i];
      if (x.equals("\u2013") || x.equals("\u2014")) continue; // "Bộ Tài nguyên – Môi trường"
      if (x.indexOf('&') >= 0 || x.indexOf('-') >= 0) {
        String glued = x.replace("&", "").replace("-", ""); // "NN&PTNT", "GT-VT"
        if (glued.isEmpty()) continue;
        if (!NAME_ABBREVIATIONS.containsKey(glued) && x.indexOf('-') > 0 && !shortParts(x)) { // "Thừa Thiên-Huế"
          for (String y : x.split("-")) if (!y.isEmpty()) w.add(y);
          continue;
        }
        x = glued;
      }
      // a level word abbreviated with a dot (links round 7): "Công an P.14" = "Công an phường 14", "Q.Tân Lạc", "H. X"
      int dot = x.indexOf('.');
      if (dot == 1 || dot == 2) {
        String level = LEVEL_ABBREVIATIONS.get(x.substring(0, dot));
        if (level != null) {
          for (String y : level.split(" ")) w.add(y);
          if (dot == x.length() - 1) continue;
          x = x.substring(dot + 1);
        }
      }
      if (x.length() > 1 && x.endsWith(".")) x = x.substring(0, x.length() - 1); // "TP. Hà Nội"
      if (i == 0 && x.length() >= 2 && x.charAt(0) == 'q' && x.charAt(1) == 'l' && roadNumber(x, 2)) { // "QL1A", "QL 14"
        w.add("quốc");
        w.add("lộ");
        if (x.length() > 2) w.add(x.substring(2));
        continue;
      }
      String full = NAME_ABBREVIATIONS.get(x);
      if (full == null && i == 0 && x.equals("ca")) full = "công an"; // "CA TP Hải Phòng"
      if (full == null && x.equals("tư") && centralAbbreviation(ws, i)) full = "trung ương"; // "Tổ chức TƯ"
      if (full != null && type == EntityType.ORGANIZATION || full != null && x.equals("tp")) {
        for (String y : full.split(" ")) w.add(y);
      } else if (!x.equals("và")) {
        w.add(x);
      }
    }
    // national road 1 was "1A" before it was renamed: "Quốc lộ 1A" = "QL1" = "Quốc lộ 1"
    if (w.size() == 3 && w.get(0).equals("quốc") && w.get(1).equals("lộ") && w.get(2).equals("1a")) w.set(2, "1");
    // the police's investigation agency: "Cơ quan Cảnh sát điều tra" (CSĐT) = "Cơ quan điều tra"
    if (type == EntityType.ORGANIZATION && w.size() >= 6 && w.get(0).equals("cơ") && w.get(1).equals("quan")
        && w.get(2).equals("cảnh") && w.get(3).equals("sát") && w.get(4).equals("điều") && w.get(5).equals("tra")) {
      w.remove(3);
      w.remove(2);
    }
    // the legal form of a company: "Công ty Cổ phần X" = "Công ty X"
    for (int i = 0; i + 1 < w.size(); i++) {
      if (w.get(i).equals("cổ") && w.get(i + 1).equals("phần")) { w.remove(i + 1); w.remove(i); i--; }
      else if (i + 3 < w.size() && w.get(i).equals("trách") && w.get(i + 1).equals("nhiệm") && w.get(i + 2).equals("hữu")
          && w.get(i + 3).equals("hạn")) { for (int r = 0; r < 4; r++) w.remove(i); i--; }
    }
    // a company's designator at the end: "Nissan Motor Co." = "Nissan", "Suzuki Motor Corp" = "Suzuki"
    if (type == EntityType.ORGANIZATION) {
      while (w.size() > 1 && COMPANY_DESIGNATORS.contains(w.get(w.size() - 1))) w.remove(w.size() - 1);
    }
    // a gazetteer place at the end, under its canonical name
    int n = w.size();
    for (int len = Math.min(6, n); len >= 1; len--) {
      String tail = String.join(" ", w.subList(n - len, n));
      String canon = LEX.canonical(tail);
      if (LEX.find(canon, Lexicon.Kind.PLACE) == null) continue;
      List<String> head = new ArrayList<>(w.subList(0, n - len));
      int h = head.size();
      if (CENTRAL_CITIES.contains(canon) && h >= 2 && head.get(h - 2).equals("thành") && head.get(h - 1).equals("phố")) {
        head.remove(h - 1);
        head.remove(h - 2);
      }
      // "Cộng hòa X", "Vương quốc X", "Liên bang X" for a country X is that country's place name (links round 7)
      if (type == EntityType.LOCATION && head.size() == 2 && STATE_WORDS.contains(head.get(0) + " " + head.get(1))
          && COUNTRIES.contains(canon)) head.clear();
      head.add("@" + canon.replace(' ', '_')); // one word
      w = head;
      break;
    }
    return String.join(" ", w);
  }

  /**
   * Whether the word "tư" at {@code i} of a body's name is "TƯ" (Trung ương) and not a syllable of a word ("Tư pháp",
   * "Tư lệnh", "Tư vấn", "Đầu tư", "Thứ tư"): it ends the name, after no "đầu" or "thứ", or only a gazetteer place
   * follows it ("Bệnh viện TƯ Lạc Sơn").
   */
  private static boolean centralAbbreviation(String[] ws, int i) {
    if (i == 0) return false;
    if (i == ws.length - 1) return !ws[i - 1].equals("đầu") && !ws[i - 1].equals("thứ");
    String rest = String.join(" ", Arrays.copyOfRange(ws, i + 1, ws.length));
    return LEX.find(LEX.canonical(rest), Lexicon.Kind.PLACE) != null;
  }

  /**
   * Whether {@code x} from {@code from} on is empty (the abbreviation alone, "QL" then "1A") or a road's number: one to
   * three digits and at most one letter ("1", "14", "1A", "279B"), so that "QLKT" or "Qlong" is no road.
   */
  private static boolean roadNumber(String x, int from) {
    int n = x.length(), d = 0;
    while (from + d < n && d < 4 && Character.isDigit(x.charAt(from + d))) d++;
    if (from == n) return true;
    if (d == 0 || d > 3) return false;
    int rest = n - from - d;
    return rest == 0 || rest == 1 && Character.isLetter(x.charAt(n - 1));
  }

  /**
   * A type of aircraft written with or without its maker and the maker's letter ("Airbus A320" = "Airbus 320" = "A320",
   * "Boeing 737" = "B737"): a maker's word of four or more letters and a code of three digits, alone or after the
   * maker's first letter, as that letter and the digits; anything else (a longer code "A320-232", "Euro 2016") as is.
   */
  static String modelCode(String k) {
    int sp = k.indexOf(' ');
    if (sp < 4 || k.indexOf(' ', sp + 1) >= 0) return k;
    for (int i = 0; i < sp; i++) if (!Character.isLetter(k.charAt(i))) return k;
    String code = k.substring(sp + 1);
    int c = code.length();
    boolean digits = c >= 3 && Character.isDigit(code.charAt(c - 1)) && Character.isDigit(code.charAt(c - 2))
        && Character.isDigit(code.charAt(c - 3));
    if (digits && c == 3) return k.charAt(0) + code;
    if (digits && c == 4 && code.charAt(0) == k.charAt(0)) return code;
    return k;
  }

  /**
   * A person's initials with or without the closing dot ("Hamza C." = "Hamza C", "B.N.T." = "B.N.T"): a dot at the end
   * of a word that holds no other letter than one, or other dots.
   */
  private static String initialsWithoutFinalDot(String k) {
    if (k.indexOf('.') < 0) return k;
    if (k.endsWith(" .")) k = k.substring(0, k.length() - 2); // the tokenizer's own token for the closing dot
    String[] w = k.split(" ");
    for (int i = 0; i < w.length; i++) {
      String x = w[i];
      if (x.length() >= 2 && x.endsWith(".") && (x.length() == 2 || x.charAt(x.length() - 3) == '.')) w[i] = x.substring(0, x.length() - 1);
    }
    return String.join(" ", w);
  }

  /** Same number of words, one word differing by one edit in a word of 5+ letters (Mohammed/Mohamed). */
  private static void mergeSpellingVariants(List<Form> forms, int[] parent) {
    Map<String, List<Form>> buckets = new HashMap<>();
    for (Form f : forms) {
      if (f.words.length < 2) continue;
      EntityType t = f.type();
      if (t != EntityType.PERSON && t != EntityType.ORGANIZATION) continue;
      buckets.computeIfAbsent(t + "|" + f.words.length + "|L|" + f.words[f.words.length - 1], k -> new ArrayList<>()).add(f);
      buckets.computeIfAbsent(t + "|" + f.words.length + "|F|" + f.words[0], k -> new ArrayList<>()).add(f);
    }
    // A long person name whose middle is a patronymic ("bin Salim") is also written first + last name.
    for (Form f : forms) {
      if (f.words.length < 4 || f.type() != EntityType.PERSON || !PATRONYMIC.contains(f.words[1])) continue;
      String[] shortName = {f.words[0], f.words[f.words.length - 1]};
      List<Form> b = buckets.get(EntityType.PERSON + "|2|L|" + shortName[1]);
      if (b == null || b.size() > 64) continue;
      for (Form g : b) if (spellingVariants(shortName, g.words)) union(parent, f.index, g.index);
    }
    // links round 8: a name in plain Latin letters mistyped in one word is one name whatever type the recogniser gave
    // each spelling ("Manchetser United" typed a place, "Vietnam Ailines" a person), but for MISC against another type
    List<Form> latinForms = forms;
    for (Form f : forms) {
      if (f.synonymKeys == null) continue;
      // links round 9: a form's gazetteer synonym spellings stand in the buckets too ("Didi Dachae" / "Didi Dache",
      // a synonym of "Didi Chuxing"), as stand-ins that share the form's index and type counts
      if (latinForms == forms) latinForms = new ArrayList<>(forms);
      for (String k : f.synonymKeys) {
        Form alias = new Form(f.index, k);
        System.arraycopy(f.typeCounts, 0, alias.typeCounts, 0, f.typeCounts.length);
        latinForms.add(alias);
      }
    }
    for (Form f : latinForms) {
      if (f.words.length < 2 || !plainLatin(f.key)) continue;
      buckets.computeIfAbsent("*|" + f.words.length + "|L|" + f.words[f.words.length - 1], k -> new ArrayList<>()).add(f);
      buckets.computeIfAbsent("*|" + f.words.length + "|F|" + f.words[0], k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Form>> e : buckets.entrySet()) {
      List<Form> b = e.getValue();
      if (b.size() < 2 || b.size() > 64) continue; // bounded pairwise work per bucket
      boolean latin = e.getKey().charAt(0) == '*';
      for (int i = 0; i < b.size(); i++) {
        for (int j = i + 1; j < b.size(); j++) {
          String[] x = b.get(i).words, y = b.get(j).words;
          // an event or a title (MISC) would take the other spelling's type: "Copa America" is no person
          if (latin && (b.get(i).type() == EntityType.MISC) != (b.get(j).type() == EntityType.MISC)) continue;
          if (latin ? latinMisspelling(x, y) : spellingVariants(x, y)) union(parent, b.get(i).index, b.get(j).index);
        }
      }
    }
  }

  /**
   * Links round 8: two names in plain Latin letters, one word apart, that word of five letters or more in both and one
   * letter changed, dropped or put in inside it (not added at its end: "Arabia" / "Arabian"), or two letters side by
   * side swapped ("Manchester" / "Manchetser").
   */
  static boolean latinMisspelling(String[] a, String[] b) {
    if (a.length != b.length) return false;
    int diff = -1;
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(b[i])) continue;
      if (diff >= 0) return false;
      diff = i;
    }
    if (diff < 0) return false;
    String x = a[diff].length() <= b[diff].length() ? a[diff] : b[diff];
    String y = x == a[diff] ? b[diff] : a[diff];
    // links round 9: a four-letter word with a letter dropped inside, as the same-type rule allows ("Kula" / "Kuala")
    if (x.length() == 4) return letterDroppedInside(x, y);
    if (x.length() < 5 || !Character.isLetter(x.charAt(0)) || !Character.isLetter(y.charAt(0))) return false;
    if (adjacentSwap(x, y)) return true;
    return withinOneEdit(x, y) && !(y.length() == x.length() + 1 && y.startsWith(x));
  }

  /** Two words of one length that differ only by two neighbouring letters swapped ("Tetsuro" / "Testuro"). */
  static boolean adjacentSwap(String x, String y) {
    if (x.length() != y.length()) return false;
    int i = 0;
    while (i < x.length() && x.charAt(i) == y.charAt(i)) i++;
    if (i + 1 >= x.length() || x.charAt(i) != y.charAt(i + 1) || x.charAt(i + 1) != y.charAt(i)) return false;
    return x.regionMatches(i + 2, y, i + 2, x.length() - i - 2);
  }

  static boolean spellingVariants(String[] a, String[] b) {
    if (a.length != b.length) return false;
    int diff = -1;
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(b[i])) continue;
      if (diff >= 0) return false;
      diff = i;
    }
    if (diff < 0) return true;
    String x = a[diff];
    String y = b[diff];
    return Math.min(x.length(), y.length()) >= 5 && (withinOneEdit(x, y) || adjacentSwap(x, y)) || letterDroppedInside(x, y);
  }

  /**
   * A four-letter plain Latin word and a five-letter one that is it with one letter more inside ("Jame" / "Jamie"):
   * not at either end, where a letter more makes another name ("Ivan" / "Ivana", "Marc" / "Marco").
   */
  static boolean letterDroppedInside(String x, String y) {
    if (x.length() > y.length()) {
      String t = x;
      x = y;
      y = t;
    }
    if (x.length() != 4 || y.length() != 5 || !plainLatin(x) || !plainLatin(y)) return false;
    if (x.charAt(0) != y.charAt(0) || x.charAt(3) != y.charAt(4)) return false;
    return withinOneEdit(x, y);
  }

  static boolean withinOneEdit(String x, String y) {
    if (Math.abs(x.length() - y.length()) > 1) return false;
    if (x.length() > y.length()) {
      String t = x;
      x = y;
      y = t;
    }
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < x.length() && j < y.length()) {
      if (x.charAt(i) == y.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) return false;
      edited = true;
      if (x.length() == y.length()) i++;
      j++;
    }
    return true;
  }

  /** "Nhà nước Hồi giáo (IS)" in the text, or an acronym made of a multi-word organisation's initials. */
  private static void mergeAcronyms(List<AnalyzedArticle> articles, int[][] mentionForm, List<Form> forms, int[] parent) {
    for (int a = 0; a < articles.size(); a++) {
      String text = articles.get(a).text();
      List<EntityMention> ms = articles.get(a).entities();
      for (int m = 0; m + 1 < ms.size(); m++) {
        EntityMention full = ms.get(m);
        EntityMention acr = ms.get(m + 1);
        if (acr.end() >= text.length() || text.charAt(acr.end()) != ')') continue;
        if (!isAcronym(acr.text())) {
          // "Công ty Dầu khí TP.HCM (Saigon Petro)": a body's other name filling the parenthesis right after it
          if (full.type() == EntityType.ORGANIZATION && acr.type() == EntityType.ORGANIZATION && full.text().indexOf(' ') > 0
              && acr.start() - full.end() <= 2 && text.charAt(acr.start() - 1) == '(' && text.substring(full.end(), acr.start() - 1).isBlank()
              && LEX.find(nameKey(acr.text()), Lexicon.Kind.PLACE) == null
              && !startsWithHead(nameKey(acr.text()).split(" "))) { // "Cục X (Bộ Y)" names the parent body

            union(parent, mentionForm[a][m], mentionForm[a][m + 1]);
          }
          continue;
        }
        // a gazetteer body whose acronyms the lexicon lists is not renamed by another one: "cơ quan tị nạn của Liên
        // Hợp Quốc (UNHCR)" names the agency, not the UN
        String fullKey = nameKey(full.text());
        Set<String> known = GAZETTEER_ACRONYMS.get(fullKey);
        if (known != null && !known.contains(nameKey(acr.text()))) continue;
        // Only an organisation or event spells out an acronym: "Việt Nam (VFF)" names the federation, not the country;
        // a name of another type whose words' initials are the acronym's letters does too (links round 8: a tunnel, "X
        // Base Tunnel (XBT)").
        if (full.type() != EntityType.ORGANIZATION && full.type() != EntityType.MISC
            && !nameKey(acr.text()).equals(initials(fullKey))) continue;
        if (full.text().indexOf(' ') < 0 || acr.type() != EntityType.ORGANIZATION) continue;
        if (!onlyParenthesisBetween(text, full.end(), acr.start())) continue;
        union(parent, mentionForm[a][m], mentionForm[a][m + 1]);
      }
    }
    Map<String, Integer> acronyms = new HashMap<>();
    for (Form f : forms) {
      if (f.words.length == 1 && f.type() == EntityType.ORGANIZATION) acronyms.put(f.key.replace("-", ""), f.index);
    }
    if (acronyms.isEmpty()) return;
    Map<String, Set<String>> spelledOut = spelledOutByText(articles);
    for (Form f : forms) {
      if (f.words.length < 2 || f.type() != EntityType.ORGANIZATION) continue;
      String initials = initials(f.key);
      // Two letters match far too many names by chance ("ĐT" = "Đội tuyển", not "Đảng Tự do").
      Integer hit = initials.length() >= 3 ? acronyms.get(initials) : null;
      if (hit == null && f.words[0].length() >= 2 && abbreviation(f.words[0])) {
        // links round 8: an abbreviated head keeps its letters ("LĐBĐ Việt Nam" = "LĐBĐVN")
        initials = f.words[0] + initials.substring(1);
        hit = acronyms.get(initials);
      }
      if (hit == null) continue;
      // links round 8: an acronym an article spells out with words that are no name ("Cảng hàng không (CHK)") means
      // those words, not another body with those initials ("Cục Hàng không")
      Set<String> phrases = spelledOut == null ? null : spelledOut.get(initials);
      if (phrases != null && !phrases.contains(f.key)) continue;
      union(parent, f.index, hit);
    }
  }

  /** The first letters of a key's words that start with a letter ("cục hàng không" → "chk"). */
  private static String initials(String key) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (start && Character.isLetter(c)) b.append(c);
      start = c == ' ';
    }
    return b.toString();
  }

  /**
   * Links round 8: the acronyms that an article spells out in the words right before their parenthesis when those words
   * are no mention ("Cảng hàng không (CHK)"), by acronym key, with the keys of those words; null when there is none.
   * Looks only at an all-letter acronym mention inside parentheses, a few words back.
   */
  private static Map<String, Set<String>> spelledOutByText(List<AnalyzedArticle> articles) {
    Map<String, Set<String>> out = null;
    for (AnalyzedArticle art : articles) {
      String text = art.text();
      List<EntityMention> ms = art.entities();
      for (int m = 0; m < ms.size(); m++) {
        EntityMention acr = ms.get(m);
        int s = acr.start(), e = acr.end();
        if (s < 2 || e >= text.length() || text.charAt(e) != ')' || text.charAt(s - 1) != '(' || !isAcronym(acr.text())) continue;
        String letters = nameKey(acr.text());
        boolean allLetters = true;
        for (int i = 0; i < letters.length() && allLetters; i++) allLetters = Character.isLetter(letters.charAt(i));
        if (!allLetters || letters.length() < 3) continue;
        int end = s - 1;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (m > 0 && ms.get(m - 1).end() == end) continue; // a name spells it out: the rule above
        // back over as many words as the acronym has letters
        int from = end, words = 0;
        while (words < letters.length() && from > 0) {
          int w = from;
          while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
          if (w == from) break;
          words++;
          from = w;
          if (words < letters.length()) {
            if (from == 0 || text.charAt(from - 1) != ' ') break;
            from--;
          }
        }
        if (words < letters.length()) continue;
        String phrase = nameKey(text.substring(from, end));
        if (!initials(phrase).equals(letters)) continue;
        if (out == null) out = new HashMap<>();
        out.computeIfAbsent(letters, k -> new HashSet<>()).add(phrase);
      }
    }
    return out;
  }

  /** The all-capital names the gazetteer gives each organisation, by canonical key ("liên hợp quốc" → lhq, un). */
  private static final Map<String, Set<String>> GAZETTEER_ACRONYMS = gazetteerAcronyms();

  private static Map<String, Set<String>> gazetteerAcronyms() {
    Map<String, Set<String>> out = new HashMap<>();
    for (Map.Entry<String, List<Lexicon.Entry>> e : LEX.phrases.entrySet()) {
      for (Lexicon.Entry x : e.getValue()) {
        if (x.kind() != Lexicon.Kind.ORG || x.canonicalKey().equals(e.getKey()) || e.getKey().indexOf(' ') >= 0) continue;
        String k = e.getKey();
        boolean caps = k.length() >= 2;
        for (int i = 0; i < k.length() && caps; i++) caps = Character.isLetter(k.charAt(i));
        if (caps) out.computeIfAbsent(x.canonicalKey(), c -> new HashSet<>()).add(k);
      }
    }
    return out;
  }

  /** Between a name and "(ACRONYM)": optional spaces and at most two lower-case words ("tự xưng"). */
  private static boolean onlyParenthesisBetween(String text, int from, int to) {
    if (to <= from || to - from > 16 || text.charAt(to - 1) != '(') return false;
    for (int i = from; i < to - 1; i++) {
      char c = text.charAt(i);
      if (!(c == ' ' || Character.isLowerCase(c) || Character.getType(c) == Character.NON_SPACING_MARK)) return false;
    }
    return true;
  }

  static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      } else if (c != '-' && !Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2;
  }

  /** The one root of the forms, or -1 when they belong to two or more entities. */
  static int oneRoot(int[] parent, Set<Integer> forms) {
    int root = -1;
    for (int g : forms) {
      int r = find(parent, g);
      if (root >= 0 && r != root) return -1;
      root = r;
    }
    return root;
  }

  static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The key when it names a gazetteer entry (whose canonical spelling then names the entity), else null. */
  private static String gazetteerKey(String key) {
    for (Lexicon.Entry e : LEX.lookup(key)) {
      if (e.kind() == Lexicon.Kind.PLACE || e.kind() == Lexicon.Kind.ORG) return key;
    }
    return null;
  }

  /** The mentions of one entity. */
  private static final class Group {
    final Map<String, int[]> surfaces = new LinkedHashMap<>(); // surface → {count, words}
    final int[] typeCounts = new int[EntityType.values().length];
    final String gazetteerKey;
    int mentions;

    Group(String gazetteerKey) { this.gazetteerKey = gazetteerKey; }

    void add(EntityMention m) {
      mentions++;
      typeCounts[m.type().ordinal()]++;
      surfaces.computeIfAbsent(m.text(), s -> new int[] {0, s.split("\\s+").length})[0]++;
    }

    Entity toEntity(Set<String> usedIds) {
      // The most complete form (most words), then the most frequent, then the first seen.
      // For a gazetteer entry, its canonical spelling wins ("Washington" over "Washington D.C", "Mỹ" over "Hoa Kỳ").
      String name = null;
      int[] best = null;
      if (gazetteerKey != null) {
        for (Map.Entry<String, int[]> e : surfaces.entrySet()) {
          if (Lexicon.phraseKey(e.getKey()).equals(gazetteerKey) && (best == null || e.getValue()[0] > best[0])) {
            best = e.getValue();
            name = e.getKey();
          }
        }
      }
      boolean fromGazetteer = name != null;
      for (Map.Entry<String, int[]> e : surfaces.entrySet()) {
        if (fromGazetteer) break;
        int[] v = e.getValue();
        if (best == null || v[1] > best[1] || (v[1] == best[1] && v[0] > best[0])) {
          best = v;
          name = e.getKey();
        }
      }
      EntityType type = EntityType.MISC;
      int bestCount = 0;
      for (EntityType t : EntityType.values()) {
        if (t != EntityType.MISC && typeCounts[t.ordinal()] > bestCount) {
          bestCount = typeCounts[t.ordinal()];
          type = t;
        }
      }
      String base = type.name().toLowerCase(Locale.ROOT) + ":" + NameKeys.slug(name);
      String id = base;
      for (int k = 2; !usedIds.add(id); k++) id = base + "-" + k;
      List<String> aliases = new ArrayList<>();
      for (String s : surfaces.keySet()) if (!s.equals(name)) aliases.add(s);
      return new Entity(id, name, type, aliases, mentions);
    }
  }
}
