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
    int b = TemporalAnalyzer.wordStartBefore(text, at);
    String w = TemporalAnalyzer.wordBefore(text, at);
    if (w.equals("ngày") || w.equals("năm") || w.equals("tháng")) {
      w = TemporalAnalyzer.wordBefore(text, b);
      b = TemporalAnalyzer.wordStartBefore(text, b);
    }
    if (w.equals("sn")) return true;
    return w.equals("sinh") && !SINH_COMPOUNDS.contains(TemporalAnalyzer.wordBefore(text, b));
  }

  /** Words before "sinh" that make a compound of it: no birth. */
  private static final Set<String> SINH_COMPOUNDS = WordSet.of("học", "phát", "giáng", "nữ", "nam", "sơ", "tái",
      "hồi", "vệ", "ký", "hy", "hi", "sản", "thí", "trúng", "tuyển", "lưu", "cựu", "tân", "giáo", "quyên", "hậu");
}
