package dev.storyline.analysis.time;

import dev.storyline.analysis.WordSet;
import java.util.Set;

/**
 * Birth dates in news text ("Lò Văn A (SN 1975)", "sinh năm 1953"): real dates, tagged as such, but a person's
 * attribute rather than the event a sentence reports, so event times pass them over. Kept apart from the matchers:
 * its words are not time words.
 */
final class BirthDates {
  private BirthDates() {}

  /**
   * Whether the date at {@code at} is someone's birth: right after "SN" or "sinh" ("SN 1975", "sinh năm 1953", "năm
   * sinh 1990", "sinh ngày 2/9/1988"), where "sinh" is not the end of a compound ("học sinh", "phát sinh", "Giáng
   * sinh").
   */
  static boolean before(String text, int at) {
    int b = wordStart(text, at);
    String w = text.substring(b, wordEnd(text, b, at)).toLowerCase(java.util.Locale.ROOT);
    if (w.equals("ngày") || w.equals("năm") || w.equals("tháng")) {
      b = wordStart(text, b);
      w = text.substring(b, wordEnd(text, b, at)).toLowerCase(java.util.Locale.ROOT);
    }
    if (w.equals("sn")) return true;
    if (!w.equals("sinh")) return false;
    int c = wordStart(text, b);
    return !SINH_COMPOUNDS.contains(text.substring(c, wordEnd(text, c, b)).toLowerCase(java.util.Locale.ROOT));
  }

  /** Words before "sinh" that make a compound of it: no birth. */
  private static final Set<String> SINH_COMPOUNDS = WordSet.of("học", "phát", "giáng", "nữ", "nam", "sơ", "tái",
      "hồi", "vệ", "ký", "hy", "hi", "sản", "thí", "trúng", "tuyển", "lưu", "cựu", "tân", "giáo", "quyên", "hậu");

  /** Start of the word ending before {@code at} (spaces skipped), or {@code at} when none. */
  private static int wordStart(String text, int at) {
    int e = at;
    while (e > 0 && text.charAt(e - 1) == ' ') e--;
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return b;
  }

  /** End of the word starting at b (at most {@code limit}). */
  private static int wordEnd(String text, int b, int limit) {
    int e = b;
    while (e < limit && Character.isLetter(text.charAt(e))) e++;
    return e;
  }
}
