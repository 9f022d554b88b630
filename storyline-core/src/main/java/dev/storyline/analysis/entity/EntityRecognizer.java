package dev.storyline.analysis.entity;

import dev.storyline.analysis.entity.Lexicon.Entry;
import dev.storyline.analysis.entity.Lexicon.Kind;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds people, organisations, places and other named things in one article without a trained model:
 * a token scanner, capitalisation, cue words before a name ("ông", "Thủ tướng", "tỉnh", "căn cứ"),
 * head words of Vietnamese organisation names ("Bộ", "Ủy ban") and gazetteers. One left-to-right pass;
 * mentions come out sorted and never overlap. Thread-safe: all state is local to a call.
 */
public final class EntityRecognizer {
  private static final Lexicon LEX = Lexicon.INSTANCE;

  /** Lower-case particles inside foreign names: "bin Salman", "van der Leyen". */
  private static final Set<String> NAME_PARTICLES =
      Set.of("al", "el", "bin", "ibn", "de", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "del", "ter");
  /** Lower-case words that may sit between a title and its name: "Đại sứ Mỹ tại Iraq Alina Romanowski". */
  private static final Set<String> TITLE_CONNECTORS = Set.of("tại", "ở", "của", "nước");
  /** Last words that make an unknown capitalised run an organisation. */
  private static final Set<String> ORG_SUFFIXES = Set.of("group", "inc", "corp", "corporation", "company", "university",
      "bank", "agency", "council", "party", "army", "front", "brigade", "brigades", "organization", "organisation",
      "institute", "times", "post", "news", "airlines", "airways", "hezbollah", "foundation", "ministry", "forces");
  /** Last words that make an unknown capitalised run a place or facility. */
  private static final Set<String> PLACE_SUFFIXES = Set.of("hall", "center", "centre", "airport", "stadium", "street",
      "square", "bridge", "palace", "tower", "city", "province", "island", "islands", "valley", "base", "camp");

  public List<EntityMention> find(String text, List<Sentence> sentences) {
    return find(text, sentences, false);
  }

  /**
   * As {@link #find(String, List)}; with trustInitialCaps a lone capitalised word at the start counts as a
   * name, which suits a short phrase known to name someone (a quote's speaker "Romanowski").
   */
  List<EntityMention> find(String text, List<Sentence> sentences, boolean trustInitialCaps) {
    List<Token> ts = Tokenizer.tokens(text, sentences);
    // A word capitalised in mid-sentence somewhere in the article is a name there, so it is probably one
    // at the start of a sentence as well; a lone sentence-initial capital proves nothing by itself.
    Set<String> capsElsewhere = new HashSet<>();
    for (Token t : ts) if (t.capitalised() && (trustInitialCaps || !t.initial())) capsElsewhere.add(t.key());
    return dropUnsupportedLoneWords(new Scan(text, ts, capsElsewhere).run());
  }

  /**
   * A lone capitalised word with no cue and no gazetteer entry ("Trung ương", "Công nghệ", "người Việt") is
   * usually a capitalised common word; keep it only when the article also uses it as a person's name
   * ("Alina Romanowski" … "Romanowski nói").
   */
  private static List<EntityMention> dropUnsupportedLoneWords(List<EntityMention> ms) {
    Set<String> names = new HashSet<>();
    for (EntityMention m : ms) {
      if (m.type() != EntityType.PERSON) continue;
      int sp = m.text().lastIndexOf(' ');
      names.add(NameKeys.key(sp < 0 ? m.text() : m.text().substring(sp + 1)));
    }
    List<EntityMention> out = new ArrayList<>(ms.size());
    for (EntityMention m : ms) {
      boolean lone = m.type() == EntityType.MISC && m.text().indexOf(' ') < 0;
      String key = NameKeys.key(m.text());
      if (!lone || (names.contains(key) && !LEX.commonWords.contains(key))) out.add(m);
    }
    return List.copyOf(out);
  }

  /** One scan's state. */
  private static final class Scan {
    final String text;
    final List<Token> ts;
    final int n;
    final Set<String> capsElsewhere;
    final List<EntityMention> out = new ArrayList<>();
    boolean pendingPerson;
    boolean pendingLocation;
    boolean pendingOrg;

    Scan(String text, List<Token> ts, Set<String> capsElsewhere) {
      this.text = text;
      this.ts = ts;
      this.n = ts.size();
      this.capsElsewhere = capsElsewhere;
    }

    List<EntityMention> run() {
      String[] keys = new String[Lexicon.MAX_PHRASE];
      int i = 0;
      while (i < n) {
        Token t = ts.get(i);
        if (!t.word()) {
          clearPending();
          i++;
          continue;
        }
        int next = tryLexicon(i, keys);
        if (next > i) {
          i = next;
          continue;
        }
        boolean nameLike = (t.capitalised() || t.particleName())
            && !(t.initial() && LEX.commonWords.contains(t.key()));
        if (nameLike) {
          i = nameRun(i);
          continue;
        }
        if (!(pendingPerson && TITLE_CONNECTORS.contains(t.key()))) clearPending();
        i++;
      }
      return List.copyOf(out);
    }

    void clearPending() {
      pendingPerson = false;
      pendingLocation = false;
      pendingOrg = false;
    }

    /** Phrase keys starting at i: keys[k] covers k+1 tokens; returns how many were filled. */
    int phraseKeys(int i, String[] keys) {
      Integer max = LEX.maxLengthByFirstWord.get(ts.get(i).key());
      if (max == null) return 0;
      StringBuilder b = new StringBuilder();
      int filled = 0;
      for (int k = 0; k < max && i + k < n; k++) {
        Token t = ts.get(i + k);
        if (k > 0 && t.initial() && t.word()) break; // a phrase never spans a line or sentence break
        if (k > 0) b.append(' ');
        b.append(t.key());
        keys[k] = b.toString();
        filled++;
      }
      return filled;
    }

    /** Applies the longest valid lexicon phrase at i; returns the index after it, or i when none applies. */
    int tryLexicon(int i, String[] keys) {
      int filled = phraseKeys(i, keys);
      Token first = ts.get(i);
      int failedHeadEnd = i;
      for (int len = filled; len >= 1; len--) {
        List<Entry> entries = LEX.lookup(keys[len - 1]);
        if (entries.isEmpty()) continue;
        for (Kind kind : Kind.values()) { // declaration order = priority: gazetteers, cues, heads
          Entry e = null;
          for (Entry x : entries) if (x.kind() == kind) e = x;
          if (e == null) continue;
          int end = i + len;
          switch (kind) {
            case PLACE, ORG -> {
              if (!first.capitalised()) continue;
              if (len == 1 && first.initial() && LEX.commonWords.contains(first.key())) continue;
              // "Hezbollah" inside "Kataib Hezbollah" is handled by the run; here only a standalone name.
              emit(i, end, pendingLocation ? EntityType.LOCATION : Lexicon.typeOf(kind));
              pendingLocation = false;
              pendingOrg = false;
              return end;
            }
            case PERSON_CUE, LOCATION_CUE, ORG_CUE -> {
              if (e.lowerOnly() && first.capitalised() && !first.initial()) continue;
              boolean keepPerson = pendingPerson && kind == Kind.PERSON_CUE;
              clearPending();
              pendingPerson = kind == Kind.PERSON_CUE || keepPerson;
              pendingLocation = kind == Kind.LOCATION_CUE;
              pendingOrg = kind == Kind.ORG_CUE;
              return end;
            }
            case ORG_HEAD, MISC_HEAD -> {
              if (!first.capitalised()) continue;
              int nameEnd = headedNameEnd(i, end);
              if (nameEnd < 0) {
                failedHeadEnd = Math.max(failedHeadEnd, end);
                continue;
              }
              emit(i, nameEnd, kind == Kind.ORG_HEAD ? EntityType.ORGANIZATION : EntityType.MISC);
              pendingLocation = false;
              pendingOrg = false; // a person title stays pending: "Phát ngôn viên Bộ Ngoại giao Mỹ Mathew Miller"
              return nameEnd;
            }
            case PORTFOLIO -> {
              if (!pendingPerson) continue;
              return end;
            }
            case NOT_NAME -> {
              clearPending();
              return end;
            }
          }
        }
      }
      if (failedHeadEnd > i) {
        // A capitalised head with nothing name-like after it ("Liên minh toàn cầu", "Lực lượng này") is a
        // common noun, not the start of a foreign name.
        clearPending();
        return failedHeadEnd;
      }
      return i;
    }

    /** Length of the longest gazetteer place starting at j, or 0. */
    int placeAt(int j) { return gazetteerAt(j, Kind.PLACE); }

    /** Length of the longest gazetteer name of that kind starting at the capitalised token j, or 0. */
    int gazetteerAt(int j, Kind kind) {
      if (j >= n || !ts.get(j).capitalised()) return 0;
      String k = ts.get(j).key();
      Integer max = LEX.maxLengthByFirstWord.get(k);
      if (max == null) return 0;
      StringBuilder b = new StringBuilder(k);
      int best = LEX.find(k, kind) != null ? 1 : 0;
      for (int len = 2; len <= max && j + len <= n; len++) {
        if (ts.get(j + len - 1).initial()) break;
        b.append(' ').append(ts.get(j + len - 1).key());
        if (LEX.find(b.toString(), kind) != null) best = len;
      }
      return best;
    }

    /**
     * End of a name that starts with a capitalised head word in [i, headEnd): the head, then lower-case words
     * only when a capitalised word follows them ("Bộ Quốc phòng Mỹ", "Ủy ban nhân dân TP.HCM"); a known place
     * ends the name ("Bộ Ngoại giao Mỹ | Mathew Miller"). Returns -1 when nothing capitalised follows the head.
     */
    int headedNameEnd(int i, int headEnd) {
      boolean singleWordHead = headEnd - i == 1;
      if (singleWordHead && headEnd < n && !(ts.get(headEnd).capitalised())) return standalone(i, headEnd);
      int end = -1;
      int lowerRun = 0;
      boolean lowerInside = false;
      int j = headEnd;
      while (j < n) {
        Token u = ts.get(j);
        if (!u.word() && u.text().equals("&") && end > 0 && joinsNamePart(j + 1)) {
          j++;
          continue;
        }
        if (!u.word() || u.initial()) break;
        int place = placeAt(j);
        if (place > 0) {
          end = j + place;
          // "Đối thoại Chiến lược Mỹ - Iraq": two places joined by a dash belong together.
          int after = placeAt(end + 1);
          if (end < n && ts.get(end).isDash() && after > 0) end = end + 1 + after;
          break;
        }
        if (u.capitalised() || u.particleName()) {
          // "Tổ chức khủng bố Nhà nước Hồi giáo": a known organisation after the head is its own name.
          if (startsCue(j, false) || gazetteerAt(j, Kind.ORG) > 1) break;
          end = j + 1;
          lowerRun = 0;
          j++;
          continue;
        }
        String k = u.key();
        if (k.equals("và") && end > 0 && lowerRun <= 1 && joinsNamePart(j + 1)) {
          j++; // "Bộ Khoa học và Công nghệ"
          continue;
        }
        if (LEX.continuationStops.contains(k)) {
          // "Lực lượng kháng chiến Hồi giáo ở Iraq": a descriptive name may end in "ở <place>".
          if (k.equals("ở") && lowerInside && end > 0 && placeAt(j + 1) > 0) {
            j++;
            continue;
          }
          break;
        }
        if (++lowerRun > 4) break;
        lowerInside = true;
        j++;
      }
      // A name cannot stop inside a two-syllable word: "Sở Nông | nghiệp và" is "Sở Nông nghiệp".
      if (end > 0 && end < n && ts.get(end - 1).capitalised() && placeAt(end - 1) == 0) {
        Token after = ts.get(end);
        boolean freedom = after.key().equals("do") && ts.get(end - 1).key().equals("tự"); // "Đảng Tự do"
        if (after.word() && !after.initial() && !after.capitalised()
            && (freedom || !LEX.continuationStops.contains(after.key())) && !after.key().equals("và")) {
          end++;
        }
      }
      return end > 0 ? end : standalone(i, headEnd);
    }

    /** A capitalised word at j that continues a name after "và"/"&" rather than starting a new one. */
    boolean joinsNamePart(int j) {
      if (j >= n) return false;
      Token u = ts.get(j);
      return u.capitalised() && !u.initial() && placeAt(j) == 0 && !startsCue(j, true) && gazetteerAt(j, Kind.ORG) == 0;
    }

    /** "Quốc hội", "Chính phủ" alone in mid-sentence name one body; other heads alone do not. */
    int standalone(int i, int headEnd) {
      String k = ts.get(i).key();
      if (ts.get(i).initial()) return -1;
      if (headEnd - i == 2 && (k.equals("quốc") || k.equals("chính"))) return headEnd;
      return -1;
    }

    /** True when a title or place word (and, with heads, an organisation head) starts at the capitalised token j. */
    boolean startsCue(int j, boolean heads) {
      Token u = ts.get(j);
      if (j + 1 < n) {
        String two = u.key() + " " + ts.get(j + 1).key();
        for (Entry e : LEX.lookup(two)) if (isCue(e.kind(), heads)) return true;
      }
      for (Entry e : LEX.lookup(u.key())) if (isCue(e.kind(), heads) && !e.lowerOnly()) return true;
      return false;
    }

    static boolean isCue(Kind k, boolean heads) {
      return k == Kind.PERSON_CUE || k == Kind.LOCATION_CUE || k == Kind.ORG_CUE
          || (heads && (k == Kind.ORG_HEAD || k == Kind.MISC_HEAD));
    }

    /** A run of capitalised words from i ("Mohammed Shia al-Sudani", "Crocus City Hall"); returns the index after it. */
    int nameRun(int i) {
      Token t = ts.get(i);
      int j = i + 1;
      boolean hasOrgWord = LEX.find(t.key(), Kind.ORG) != null;
      boolean surnameStart = LEX.surnames.contains(t.key());
      if (!t.acronym()) {
        while (j < n) {
          Token u = ts.get(j);
          if (!u.word() || u.acronym() || u.initial()) break;
          if (u.capitalised() || u.particleName()) {
            if (startsCue(j, true)) break;
            int place = placeAt(j);
            // A Vietnamese given name may be a place word too ("Nguyễn Minh Đức"), so a surname run keeps going.
            if (place > 1 || (place == 1 && !(surnameStart && j - i < 4))) break;
            if (LEX.find(u.key(), Kind.ORG) != null) hasOrgWord = true;
            j++;
            continue;
          }
          if (NAME_PARTICLES.contains(u.key()) && j + 1 < n && ts.get(j + 1).capitalised()) {
            j++;
            continue;
          }
          break;
        }
      }
      int len = j - i;
      boolean cued = pendingPerson || pendingLocation || pendingOrg;
      if (t.initial() && len == 1 && !t.acronym() && !cued && !capsElsewhere.contains(t.key())) {
        clearPending();
        return j;
      }
      EntityType type;
      String last = ts.get(j - 1).key();
      if (pendingLocation) type = EntityType.LOCATION;
      else if (hasOrgWord || t.acronym()) type = EntityType.ORGANIZATION; // "chỉ huy của Kataib Hezbollah", "Chủ tịch UBND"
      else if (pendingPerson) type = EntityType.PERSON;
      else if (pendingOrg) type = EntityType.ORGANIZATION;
      else if (t.acronym()) type = EntityType.ORGANIZATION;
      else if (hasOrgWord || ORG_SUFFIXES.contains(last)) type = EntityType.ORGANIZATION;
      else if (PLACE_SUFFIXES.contains(last)) type = EntityType.LOCATION;
      else if (surnameStart && len >= 2 && len <= 4) type = EntityType.PERSON;
      else if (len >= 2) type = EntityType.PERSON;
      else type = EntityType.MISC;
      emit(i, j, type);
      clearPending();
      return j;
    }

    void emit(int from, int to, EntityType type) {
      int s = ts.get(from).start();
      int e = ts.get(to - 1).end();
      out.add(new EntityMention(s, e, text.substring(s, e), type, null));
    }
  }
}
