package dev.storyline.ingest;

import dev.storyline.model.PartialDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Publication dates as pages and feeds write them, reduced to the calendar day in Vietnam (UTC+7).
 *
 * <p>Machine forms: ISO date-times with an offset or "Z" (converted to UTC+7 first, so 2016-05-19T20:30Z is
 * 20 May), ISO local date-times and plain dates (taken as written), RFC 1123 ("Fri, 20 May 2016 04:03:00 GMT").
 * Visible Vietnamese forms, found anywhere in a short line: "Thứ sáu, 20/5/2016, 11:03 (GMT+7)",
 * "06:14 ngày 20 tháng 05 năm 2016", "20/05/2016 09:24", "20-05-2016".
 */
public final class PageDates {
  /** Vietnam has kept UTC+7 without daylight saving since 1975. */
  public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private PageDates() {}

  /** A machine-readable date or date-time, or null when it is none of the forms above. */
  public static PartialDate parseMachine(String s) {
    if (s == null) return null;
    String t = s.strip();
    if (t.isEmpty()) return null;
    try {
      return PartialDate.of(OffsetDateTime.parse(t).atZoneSameInstant(VIETNAM).toLocalDate());
    } catch (DateTimeParseException ignored) { /* next form */ }
    try {
      return PartialDate.of(ZonedDateTime.parse(t).withZoneSameInstant(VIETNAM).toLocalDate());
    } catch (DateTimeParseException ignored) { /* next form */ }
    // "+0700" without a colon is common in feeds and meta tags.
    if (t.length() > 5) {
      char sign = t.charAt(t.length() - 5);
      if ((sign == '+' || sign == '-') && allDigits(t, t.length() - 4, t.length())) {
        String fixed = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        try {
          return PartialDate.of(OffsetDateTime.parse(fixed).atZoneSameInstant(VIETNAM).toLocalDate());
        } catch (DateTimeParseException ignored) { /* next form */ }
      }
    }
    try {
      return PartialDate.of(LocalDateTime.parse(t).toLocalDate());
    } catch (DateTimeParseException ignored) { /* next form */ }
    try {
      return PartialDate.of(LocalDate.parse(t));
    } catch (DateTimeParseException ignored) { /* next form */ }
    try {
      return PartialDate.of(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(VIETNAM).toLocalDate());
    } catch (DateTimeParseException ignored) { /* next form */ }
    return parseVisible(t);
  }

  /**
   * The first Vietnamese visible date in the text: "ngày D tháng M năm YYYY" or D/M/YYYY (also with '-' or
   * '.'), day first as Vietnamese writes it. Null when none is a real date.
   */
  public static PartialDate parseVisible(String s) {
    if (s == null) return null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 'n' && s.startsWith("ngày", i)) {
        PartialDate d = wordy(s, i + 4);
        if (d != null) return d;
      }
      if (isDigit(c) && (i == 0 || !isDigit(s.charAt(i - 1)))) {
        PartialDate d = numeric(s, i);
        if (d != null) return d;
      }
    }
    return null;
  }

  /** "D tháng M năm YYYY" after "ngày". */
  private static PartialDate wordy(String s, int i) {
    int[] pos = {i};
    int day = number(s, pos, 2);
    if (day < 0 || !word(s, pos, "tháng")) return null;
    int month = number(s, pos, 2);
    if (month < 0 || !word(s, pos, "năm")) return null;
    int year = number(s, pos, 4);
    return year >= 1000 && PartialDate.isValid(year, month, day) && month > 0 && day > 0
        ? PartialDate.ofDay(year, month, day) : null;
  }

  /** D/M/YYYY with one separator kind throughout. */
  private static PartialDate numeric(String s, int i) {
    int n = s.length();
    int j = i;
    int day = 0, dd = 0;
    while (j < n && isDigit(s.charAt(j)) && dd < 3) { day = day * 10 + s.charAt(j) - '0'; j++; dd++; }
    if (dd > 2 || j >= n) return null;
    char sep = s.charAt(j);
    if (sep != '/' && sep != '-' && sep != '.') return null;
    j++;
    int month = 0, md = 0;
    while (j < n && isDigit(s.charAt(j)) && md < 3) { month = month * 10 + s.charAt(j) - '0'; j++; md++; }
    if (md == 0 || md > 2 || j >= n || s.charAt(j) != sep) return null;
    j++;
    int year = 0, yd = 0;
    while (j < n && isDigit(s.charAt(j)) && yd < 5) { year = year * 10 + s.charAt(j) - '0'; j++; yd++; }
    if (yd != 4) return null;
    if (month == 0 || day == 0 || !PartialDate.isValid(year, month, day)) return null;
    return PartialDate.ofDay(year, month, day);
  }

  private static int number(String s, int[] pos, int maxDigits) {
    int j = skipSpaces(s, pos[0]);
    int v = 0, d = 0;
    while (j < s.length() && isDigit(s.charAt(j))) {
      if (++d > maxDigits) return -1;
      v = v * 10 + s.charAt(j) - '0';
      j++;
    }
    pos[0] = j;
    return d == 0 ? -1 : v;
  }

  private static boolean word(String s, int[] pos, String w) {
    int j = skipSpaces(s, pos[0]);
    if (!s.regionMatches(true, j, w, 0, w.length())) return false;
    pos[0] = j + w.length();
    return true;
  }

  private static int skipSpaces(String s, int j) {
    while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
    return j;
  }

  private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) if (!isDigit(s.charAt(i))) return false;
    return true;
  }
}
