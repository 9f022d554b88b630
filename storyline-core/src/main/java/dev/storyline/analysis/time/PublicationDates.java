package dev.storyline.analysis.time;

import dev.storyline.model.PartialDate;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the publication-date line news sites print ("Thứ 6, 11:03, 20/05/2016", "06:14 ngày 20 tháng 05 năm 2016",
 * "Thứ tư, 25 Tháng năm 2016, 09:24 GMT+7", "2016-05-20T08:26:24+07:00", "5/20/2016 11:40:52 PM"…) into a date
 * and, when given, a time of day in Vietnam time (UTC+7).
 *
 * <p>One hand-written scan over a small token list, no regular expressions. Rules:
 * <ul>
 *   <li>The first date wins ("Đăng ngày X Sửa đổi ngày Y", "X (cập nhật Y)").</li>
 *   <li>Numeric dates are day-first (Vietnamese usage); month-first only when the first number cannot be a month
 *       and the second cannot be a day… i.e. "5/20/2016" (second &gt; 12). Separators / - . with optional spaces, the
 *       same one twice ("21/05.2016" is tolerated). Two-digit years are 20xx; a truncated year ("201") is no date.</li>
 *   <li>Word months: "20 tháng 05 năm 2016", "25 Tháng năm 2016" (month written as a word), "May 19, 2016".</li>
 *   <li>Time: "09:24", "12:07:09", "20h:22", "17h40'", with AM/PM/SA/CH/sáng/chiều after it.</li>
 *   <li>Zone: an ISO offset or "GMT/UTC±h"; the date-time is moved to UTC+7. No zone means Vietnam time already.
 *       A date without a time is never moved.</li>
 * </ul>
 */
public final class PublicationDates {
  private PublicationDates() {}

  /** Vietnam time: UTC+7. */
  public static final int VIETNAM_OFFSET_HOURS = 7;

  /**
   * A publication stamp: the day in Vietnam time and, when the line gave one, the time of day.
   *
   * @param date day precision
   * @param time the time of day in UTC+7, or null when the line gave none
   */
  public record Stamp(PartialDate date, LocalTime time) {
    /** The date-time, when the time is known. */
    public Optional<LocalDateTime> dateTime() {
      return time == null ? Optional.empty() : Optional.of(date.start().atTime(time));
    }
  }

  private static final Map<String, Integer> VI_MONTHS = Map.ofEntries(
      Map.entry("một", 1), Map.entry("giêng", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("tư", 4),
      Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("bẩy", 7),
      Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("chạp", 12));
  private static final Map<String, Integer> EN_MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private static final byte NUM = 1, WORD = 2, PUNCT = 3;

  /** Token list of one line: numbers (value, digit count), lower-cased words, single punctuation marks. */
  private static final class Toks {
    final int n;
    final byte[] kind;
    final int[] val;
    final int[] digits;
    final String[] word;
    final char[] ch;
    final boolean[] spaceBefore;

    Toks(String s) {
      int cap = s.length() + 1;
      kind = new byte[cap];
      val = new int[cap];
      digits = new int[cap];
      word = new String[cap];
      ch = new char[cap];
      spaceBefore = new boolean[cap];
      int k = 0;
      boolean space = false;
      for (int i = 0; i < s.length(); ) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          int j = i;
          long v = 0;
          while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            if (j - i < 9) v = v * 10 + (s.charAt(j) - '0');
            j++;
          }
          kind[k] = NUM;
          val[k] = (int) v;
          digits[k] = j - i;
          word[k] = s.substring(i, j);
          spaceBefore[k++] = space;
          space = false;
          i = j;
        } else if (Character.isLetter(c)) {
          int j = i;
          while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
          kind[k] = WORD;
          word[k] = s.substring(i, j).toLowerCase(java.util.Locale.ROOT);
          spaceBefore[k++] = space;
          space = false;
          i = j;
        } else if (Character.isWhitespace(c) || c == '\u00A0') {
          space = true;
          i++;
        } else {
          kind[k] = PUNCT;
          ch[k] = c;
          spaceBefore[k++] = space;
          space = false;
          i++;
        }
      }
      n = k;
    }

    boolean num(int i) { return i >= 0 && i < n && kind[i] == NUM; }

    boolean word(int i, String w) { return i >= 0 && i < n && kind[i] == WORD && word[i].equals(w); }

    boolean punct(int i, char c) { return i >= 0 && i < n && kind[i] == PUNCT && ch[i] == c; }

    boolean sep(int i) { return i >= 0 && i < n && kind[i] == PUNCT && (ch[i] == '/' || ch[i] == '-' || ch[i] == '.'); }
  }

  /** The date found in the text, its token range, and whether a time/zone was part of an ISO stamp. */
  private record Found(int y, int m, int d, int start, int end) {}

  /** Parses a site's date line; empty when it holds no complete, valid date. */
  public static Optional<Stamp> parse(String raw) {
    return parse(raw, null);
  }

  /**
   * Like {@link #parse(String)}, and a line with a day and month but no year ("21/05 06:45", some sites print only
   * that) takes the year that puts it nearest to {@code near} (e.g. the crawl date). {@code near} null: no guess.
   */
  public static Optional<Stamp> parse(String raw, LocalDate near) {
    if (raw == null || raw.isBlank()) return Optional.empty();
    Toks t = new Toks(Normalizer.normalize(raw, Normalizer.Form.NFC));
    Optional<Stamp> iso = iso(t);
    if (iso.isPresent()) return iso;
    Found f = null;
    for (int i = 0; i < t.n && f == null; i++) {
      if (t.kind[i] == NUM) f = numericDate(t, i);
      if (f == null) f = wordDate(t, i);
    }
    if (f == null && near != null) f = yearlessDate(t, near);
    if (f == null || !PartialDate.isValid(f.y, f.m, f.d) || f.m == 0 || f.d == 0) return Optional.empty();
    LocalTime time = time(t, f);
    LocalDateTime dt = LocalDate.of(f.y, f.m, f.d).atTime(time == null ? LocalTime.NOON : time);
    Integer zone = zone(t);
    if (time != null && zone != null && zone != VIETNAM_OFFSET_HOURS) dt = dt.plusHours(VIETNAM_OFFSET_HOURS - zone);
    return Optional.of(new Stamp(PartialDate.of(dt.toLocalDate()), time == null ? null : dt.toLocalTime()));
  }

  /** "2016-05-20", "2016-05-20T08:26:24+07:00", "2016-05-23 16:17:37", "…Z". */
  private static Optional<Stamp> iso(Toks t) {
    for (int i = 0; i + 4 < t.n; i++) {
      if (!(t.num(i) && t.digits[i] == 4 && t.punct(i + 1, '-') && t.num(i + 2) && t.punct(i + 3, '-') && t.num(i + 4)))
        continue;
      int y = t.val[i], m = t.val[i + 2], d = t.val[i + 4];
      if (t.digits[i + 2] > 2 || t.digits[i + 4] > 2 || !PartialDate.isValid(y, m, d) || m == 0 || d == 0)
        return Optional.empty();
      int k = i + 5;
      if (t.word(k, "t") || t.num(k) && t.spaceBefore[k]) {
        int h = t.word(k, "t") ? k + 1 : k;
        if (t.num(h) && t.punct(h + 1, ':') && t.num(h + 2) && t.val[h] < 24 && t.val[h + 2] < 60) {
          LocalDateTime dt = LocalDate.of(y, m, d).atTime(t.val[h], t.val[h + 2]);
          int e = h + 3;
          if (t.punct(e, ':') && t.num(e + 1)) e += 2;
          if (t.punct(e, '.') && t.num(e + 1)) e += 2; // fractions of a second
          boolean utc = t.word(e, "z");
          if (!utc && (t.punct(e, '+') || t.punct(e, '-')) && t.num(e + 1) && !t.spaceBefore[e]) {
            int v = t.val[e + 1];
            int hours = t.digits[e + 1] == 4 ? v / 100 : v; // "+0700" or "+07:00"
            int minutes = t.digits[e + 1] == 4 ? v % 100 : t.punct(e + 2, ':') && t.num(e + 3) ? t.val[e + 3] : 0;
            int sign = t.punct(e, '-') ? -1 : 1;
            dt = dt.plusMinutes(-sign * (hours * 60L + minutes) + VIETNAM_OFFSET_HOURS * 60L);
            return Optional.of(new Stamp(PartialDate.of(dt.toLocalDate()), dt.toLocalTime()));
          }
          if (utc) dt = dt.plusHours(VIETNAM_OFFSET_HOURS);
          return Optional.of(new Stamp(PartialDate.of(dt.toLocalDate()), dt.toLocalTime()));
        }
      }
      return Optional.of(new Stamp(PartialDate.ofDay(y, m, d), null));
    }
    return Optional.empty();
  }

  /** "20/05/2016", "19-05-2016", "20.05.2016", "19 / 5 / 2016", "19/05/16", "5/20/2016", "21/05.2016". */
  private static Found numericDate(Toks t, int i) {
    if (!(t.num(i) && t.digits[i] <= 2 && t.sep(i + 1) && t.num(i + 2) && t.digits[i + 2] <= 2 && t.sep(i + 3)
        && t.num(i + 4))) return null;
    if (t.punct(i - 1, ':')) return null; // the minutes of a time
    char s1 = t.ch[i + 1], s2 = t.ch[i + 3];
    if (s1 != s2 && !(s1 == '/' && s2 == '.')) return null;
    int a = t.val[i], b = t.val[i + 2];
    int yd = t.digits[i + 4];
    int y;
    if (yd == 4) y = t.val[i + 4];
    else if (yd == 2) y = 2000 + t.val[i + 4];
    else if (yd > 4 && t.word[i + 4].startsWith("20")) y = Integer.parseInt(t.word[i + 4].substring(0, 4)); // "201600:00"
    else return null;
    int d = a, m = b;
    if (b > 12 && a <= 12) { // "5/20/2016": month first
      d = b;
      m = a;
    }
    return new Found(y, m, d, i, i + 5);
  }

  /** "21/05" (day first) with no year after it: the year nearest to {@code near}. */
  private static Found yearlessDate(Toks t, LocalDate near) {
    for (int i = 0; i + 2 < t.n; i++) {
      if (!(t.num(i) && t.digits[i] <= 2 && (t.punct(i + 1, '/') || t.punct(i + 1, '-') || t.punct(i + 1, '.'))
          && t.num(i + 2) && t.digits[i + 2] <= 2) || t.punct(i - 1, ':') || t.sep(i - 1) || t.sep(i + 3)) continue;
      int d = t.val[i], m = t.val[i + 2];
      Found best = null;
      long bestGap = Long.MAX_VALUE;
      for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
        if (!PartialDate.isValid(y, m, d) || m == 0 || d == 0) continue;
        long gap = Math.abs(LocalDate.of(y, m, d).toEpochDay() - near.toEpochDay());
        if (gap < bestGap) {
          bestGap = gap;
          best = new Found(y, m, d, i, i + 3);
        }
      }
      if (best != null) return best;
    }
    return null;
  }

  /** "20 tháng 05 năm 2016", "25 Tháng năm 2016", "Ngày 20 Tháng 5, 2016", "18 tháng 5 2016", "May 19, 2016". */
  private static Found wordDate(Toks t, int i) {
    if (t.num(i) && t.digits[i] <= 2 && t.word(i + 1, "tháng")) {
      int d = t.val[i];
      int k = i + 2;
      int m;
      if (t.num(k) && t.digits[k] <= 2) {
        m = t.val[k];
        k++;
      } else if (k < t.n && t.kind[k] == WORD && VI_MONTHS.containsKey(t.word[k])) {
        m = VI_MONTHS.get(t.word[k]);
        k++;
        if (m == 10 && (t.word(k, "một") || t.word(k, "hai"))) {
          m = t.word(k, "một") ? 11 : 12;
          k++;
        }
      } else {
        return null;
      }
      if (t.punct(k, ',')) k++;
      if (t.word(k, "năm")) k++;
      if (!(t.num(k) && t.digits[k] == 4)) return null;
      return new Found(t.val[k], m, d, i, k + 1);
    }
    if (i < t.n && t.kind[i] == WORD && t.word[i].length() >= 3 && EN_MONTHS.containsKey(t.word[i].substring(0, 3))
        && t.num(i + 1) && t.digits[i + 1] <= 2) {
      int k = i + 2;
      if (t.punct(k, ',')) k++;
      if (!(t.num(k) && t.digits[k] == 4)) return null;
      return new Found(t.val[k], EN_MONTHS.get(t.word[i].substring(0, 3)), t.val[i + 1], i, k + 1);
    }
    return null;
  }

  /** The first clock time outside the date: "09:24", "12:07:09", "20h:22", "17h40'", "08:36am", "2:33:23 Chiều". */
  private static LocalTime time(Toks t, Found f) {
    for (int i = 0; i < t.n; i++) {
      if (i >= f.start && i < f.end) continue;
      if (!t.num(i) || t.digits[i] > 2) continue;
      int h = t.val[i];
      int k;
      int min;
      if (t.punct(i + 1, ':') && t.num(i + 2) && t.digits[i + 2] <= 2) {
        min = t.val[i + 2];
        k = i + 3;
      } else if (t.word(i + 1, "h")) {
        k = i + 2;
        if (t.punct(k, ':')) k++;
        if (!(t.num(k) && t.digits[k] <= 2)) continue;
        min = t.val[k];
        k++;
      } else {
        continue;
      }
      if (t.punct(k, ':') && t.num(k + 1)) k += 2; // seconds
      if (h > 23 || min > 59) continue;
      String marker = k < t.n && t.kind[k] == WORD ? t.word[k] : "";
      boolean pm = marker.equals("pm") || marker.equals("ch") || marker.equals("chiều") || marker.equals("tối");
      boolean am = marker.equals("am") || marker.equals("sa") || marker.equals("sáng");
      if (pm && h < 12) h += 12;
      if (am && h == 12) h = 0;
      return LocalTime.of(h, min);
    }
    return null;
  }

  /** The UTC offset in hours written as "GMT+7", "UTC+7", "GMT +7", "GMT-5"; null when none is written. */
  private static Integer zone(Toks t) {
    for (int i = 0; i < t.n; i++) {
      if (!(t.word(i, "gmt") || t.word(i, "utc"))) continue;
      if ((t.punct(i + 1, '+') || t.punct(i + 1, '-')) && t.num(i + 2)) {
        int v = t.val[i + 2];
        int hours = t.digits[i + 2] >= 3 ? v / 100 : v;
        return t.punct(i + 1, '-') ? -hours : hours;
      }
      return null; // "GMT+" cut short or a bare label: the site's local time, i.e. Vietnam
    }
    return null;
  }
}
