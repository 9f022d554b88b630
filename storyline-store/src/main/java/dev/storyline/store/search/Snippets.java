package dev.storyline.store.search;

import dev.storyline.store.SearchResult.Snippet;
import dev.storyline.text.VietText;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks up to {@code max} passages of an article's text around what a query matched, with the matched ranges
 * relative to each passage. Matching is redone on the text with the same syllable scanner and accent-folded
 * keys as the index, so what is highlighted is what the pair/syllable fields matched: a run of one syllable
 * highlights that syllable, a longer run highlights each adjacent pair of it (or, quoted, the whole run).
 */
public final class Snippets {
  private Snippets() {}

  static final int WINDOW = 220, LEAD = 60;

  public static List<Snippet> build(String text, List<QueryParts.Run> runs, int max) {
    if (text.isEmpty()) return List.of();
    List<int[]> spans = runs.isEmpty() ? List.of() : matches(text, runs);
    List<Snippet> out = new ArrayList<>();
    if (spans.isEmpty()) {
      int end = wordEnd(text, Math.min(text.length(), WINDOW), paragraphEnd(text, 0));
      out.add(new Snippet(0, text.substring(0, end), List.of()));
      return out;
    }
    int i = 0;
    while (i < spans.size() && out.size() < max) {
      int[] first = spans.get(i);
      int paraStart = paragraphStart(text, first[0]), paraEnd = paragraphEnd(text, first[0]);
      int start = Math.max(paraStart, first[0] - LEAD);
      if (start > paraStart) start = wordStart(text, start, first[0]);
      int end = Math.max(first[1], wordEnd(text, Math.min(paraEnd, start + WINDOW), paraEnd));
      List<int[]> hl = new ArrayList<>();
      while (i < spans.size() && spans.get(i)[1] <= end) {
        int[] sp = spans.get(i++);
        hl.add(new int[] {sp[0] - start, sp[1] - start});
      }
      out.add(new Snippet(start, text.substring(start, end), hl));
    }
    return out;
  }

  /** Matched [start, end) ranges of the text, sorted and merged. */
  static List<int[]> matches(String text, List<QueryParts.Run> runs) {
    List<int[]> syl = new ArrayList<>();
    Syllables.scan(text, (s, e, brk) -> syl.add(new int[] {s, e, brk ? 1 : 0}));
    String[] keys = new String[syl.size()];
    for (int k = 0; k < keys.length; k++) {
      int[] t = syl.get(k);
      keys[k] = VietText.foldDiacritics(VietText.matchKey(text.substring(t[0], t[1])));
    }
    List<int[]> found = new ArrayList<>();
    for (QueryParts.Run run : runs) {
      List<String> q = run.folded();
      int len = q.size() == 1 || run.phrase() ? q.size() : 2;
      // a phrase matches whole; an unquoted run matches pair by pair
      for (int qi = 0; qi + len <= q.size(); qi += run.phrase() ? q.size() : 1) {
        for (int k = 0; k + len <= keys.length; k++) {
          boolean ok = true;
          for (int j = 0; j < len && ok; j++) {
            ok = keys[k + j].equals(q.get(qi + j)) && (j == 0 || syl.get(k + j)[2] == 0);
          }
          if (ok) found.add(new int[] {syl.get(k)[0], syl.get(k + len - 1)[1]});
        }
      }
    }
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] f : found) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && f[0] <= last[1]) last[1] = Math.max(last[1], f[1]);
      else merged.add(new int[] {f[0], f[1]});
    }
    return merged;
  }

  private static int paragraphStart(String t, int at) { return t.lastIndexOf('\n', at - 1) + 1; }

  private static int paragraphEnd(String t, int at) {
    int n = t.indexOf('\n', at);
    return n < 0 ? t.length() : n;
  }

  /** Moves a start forward past a partly cut word, never past {@code limit}. */
  private static int wordStart(String t, int start, int limit) {
    if (start == 0 || Character.isWhitespace(t.charAt(start - 1))) return start;
    int s = start;
    while (s < limit && !Character.isWhitespace(t.charAt(s))) s++;
    while (s < limit && Character.isWhitespace(t.charAt(s))) s++;
    return s;
  }

  /** Moves an end back so it does not cut a word (unless the word is all there is). */
  private static int wordEnd(String t, int end, int paraEnd) {
    if (end >= paraEnd) return paraEnd;
    int e = end;
    while (e > 0 && !Character.isWhitespace(t.charAt(e)) && !Character.isWhitespace(t.charAt(e - 1))) e--;
    if (e == 0) return end;
    while (e > 0 && Character.isWhitespace(t.charAt(e - 1))) e--;
    return e;
  }
}
