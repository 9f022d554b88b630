package dev.storyline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A calendar date known to the year, the month or the day. News often gives only a month
 * ("tháng 1 vừa qua") or a year, and a storyline must not pretend to know more than the text says.
 *
 * @param year  the year (1..9999)
 * @param month 1..12, or 0 when only the year is known
 * @param day   1..31, or 0 when only the year and month are known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  public PartialDate {
    if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
    if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
    if (day != 0) {
      if (month == 0) throw new IllegalArgumentException("day without month");
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())
        throw new IllegalArgumentException("no day " + day + " in " + YearMonth.of(year, month));
    }
  }

  public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0); }

  public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0); }

  public static PartialDate ofDay(int year, int month, int day) { return new PartialDate(year, month, day); }

  public static PartialDate of(LocalDate date) { return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()); }

  /** Whether (year, month, day) is a real calendar date; month and day may be 0 for "unknown". */
  public static boolean isValid(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0) return false;
    if (day == 0) return true;
    if (month == 0) return false;
    return day <= YearMonth.of(year, month).lengthOfMonth();
  }

  /** Parses "2024", "2024-03" or "2024-03-24" (an ISO date-time is cut to its date). */
  public static Optional<PartialDate> parseIso(String s) {
    if (s == null) return Optional.empty();
    String t = s.strip();
    int cut = t.indexOf('T');
    if (cut > 0) t = t.substring(0, cut);
    String[] parts = t.split("-", -1);
    if (parts.length < 1 || parts.length > 3) return Optional.empty();
    int[] v = new int[3];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 4 || (i > 0 && p.length() > 2)) return Optional.empty();
      for (int k = 0; k < p.length(); k++) if (p.charAt(k) < '0' || p.charAt(k) > '9') return Optional.empty();
      v[i] = Integer.parseInt(p);
    }
    if (parts[0].length() != 4) return Optional.empty();
    if (parts.length >= 2 && v[1] == 0) return Optional.empty();
    if (parts.length == 3 && v[2] == 0) return Optional.empty();
    if (!isValid(v[0], v[1], v[2])) return Optional.empty();
    return Optional.of(new PartialDate(v[0], v[1], v[2]));
  }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date covers. */
  public LocalDate start() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day this date covers. */
  public LocalDate end() {
    if (day != 0) return start();
    if (month != 0) return YearMonth.of(year, month).atEndOfMonth();
    return LocalDate.of(year, 12, 31);
  }

  /** ISO form at this date's precision: 2024, 2024-03 or 2024-03-24. */
  public String iso() {
    StringBuilder b = new StringBuilder(10);
    pad(b, year, 4);
    if (month != 0) { b.append('-'); pad(b, month, 2); }
    if (day != 0) { b.append('-'); pad(b, day, 2); }
    return b.toString();
  }

  private static void pad(StringBuilder b, int v, int width) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < width; i++) b.append('0');
    b.append(s);
  }

  /** Orders by start day, then the more precise date first. */
  @Override
  public int compareTo(PartialDate o) {
    int c = start().compareTo(o.start());
    if (c != 0) return c;
    return o.precision().compareTo(precision());
  }

  @Override
  public String toString() { return iso(); }

  public enum Precision { YEAR, MONTH, DAY }

  /** Like {@link #ofDay} but returns empty instead of throwing for an impossible date. */
  public static Optional<PartialDate> tryOf(int year, int month, int day) {
    try {
      return isValid(year, month, day) ? Optional.of(new PartialDate(year, month, day)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
