package dev.storyline.analysis.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Vietnamese lunisolar calendar (âm lịch) converted to the Gregorian one, computed for Vietnam time (UTC+7).
 *
 * <p>Astronomical method: new moons from the truncated lunar series of Meeus ("Astronomical Algorithms", ch. 49)
 * and the sun's apparent longitude (ch. 25), both to a fraction of a day, which is the precision the civil
 * calendar needs. A lunar month starts on the local day of its new moon; month 11 is the month holding the
 * winter solstice; a year with 13 months between two months 11 has a leap month, the first month with no major
 * solar term (zhongqi). The time zone matters: Tết 1985 fell on 21 January in Vietnam (UTC+7) and 20 February in
 * China (UTC+8), and Tết 2007 on 17 and 18 February.
 */
public final class LunarCalendar {
  private LunarCalendar() {}

  private static final double TZ = 7.0;
  private static final double SYNODIC = 29.530588853;

  /** Tết Nguyên đán (1/1 of the lunar year that starts in Gregorian year {@code year}). */
  public static LocalDate tet(int year) {
    return toSolar(1, 1, year, false).orElseThrow();
  }

  /**
   * The solar date of lunar day {@code day} of lunar month {@code month} (1 = Giêng … 12 = Chạp) of the lunar year
   * starting in Gregorian year {@code year}; {@code leap} for the intercalary month. Empty when that leap month
   * does not exist that year or the day is out of 1..30.
   */
  public static Optional<LocalDate> toSolar(int day, int month, int year, boolean leap) {
    if (day < 1 || day > 30 || month < 1 || month > 12 || year < 1200 || year > 2199) return Optional.empty();
    long a11, b11;
    if (month < 11) {
      a11 = lunarMonth11(year - 1);
      b11 = lunarMonth11(year);
    } else {
      a11 = lunarMonth11(year);
      b11 = lunarMonth11(year + 1);
    }
    long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC);
    int off = month - 11;
    if (off < 0) off += 12;
    if (b11 - a11 > 365) {
      int leapOff = leapMonthOffset(a11);
      int leapMonth = leapOff - 2;
      if (leapMonth < 0) leapMonth += 12;
      if (leap && month != leapMonth) return Optional.empty();
      if (leap || off >= leapOff) off += 1;
    } else if (leap) {
      return Optional.empty();
    }
    long monthStart = newMoonDay(k + off);
    long next = newMoonDay(k + off + 1);
    if (monthStart + day - 1 >= next) return Optional.empty(); // day 30 of a 29-day month
    return Optional.of(fromJulianDay(monthStart + day - 1));
  }

  /** Julian day number of a Gregorian date. */
  static long julianDay(int d, int m, int y) {
    long a = (14 - m) / 12;
    long yy = y + 4800 - a;
    long mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
  }

  static LocalDate fromJulianDay(long jd) {
    return LocalDate.ofEpochDay(jd - 2440588); // JDN 2440588 = 1970-01-01
  }

  /** Julian day of new moon number k (k = 0 at the new moon of 1900-01-01) in Vietnam time, as a local day. */
  static long newMoonDay(long k) {
    return (long) Math.floor(newMoon(k) + 0.5 + TZ / 24);
  }

  private static double newMoon(long k) {
    double t = k / 1236.85;
    double t2 = t * t, t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd1 + c1 - deltaT;
  }

  /** The sun's apparent longitude at the start of local day jdn, as a sector 0..11 of 30 degrees. */
  static int sunSector(long jdn) {
    double t = (jdn - 0.5 - TZ / 24 - 2451545.0) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    return (int) Math.floor(l / Math.PI * 6);
  }

  /** Start (Julian day) of lunar month 11 of Gregorian year y: the month holding the winter solstice. */
  static long lunarMonth11(int y) {
    long off = julianDay(31, 12, y) - 2415021;
    long k = (long) Math.floor(off / SYNODIC);
    long nm = newMoonDay(k);
    if (sunSector(nm) >= 9) nm = newMoonDay(k - 1);
    return nm;
  }

  /** Offset from month 11 of the first month without a major solar term (the leap month) in a 13-month year. */
  private static int leapMonthOffset(long a11) {
    long k = (long) Math.floor((a11 - 2415021.076998695) / SYNODIC + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i));
    int last;
    do {
      last = arc;
      i++;
      arc = sunSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
  }
}
