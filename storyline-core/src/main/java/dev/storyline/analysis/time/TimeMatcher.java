package dev.storyline.analysis.time;

import dev.storyline.analysis.WordMap;
import dev.storyline.analysis.WordSet;
import static dev.storyline.analysis.time.RawTime.NO_YEAR;

import dev.storyline.analysis.time.RawTime.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-written matching of Vietnamese time expressions over a {@link Tokens} stream. One left-to-right pass;
 * at each token a switch on the word (or on "number") tries the few forms that can start there and takes the
 * longest. Produces unresolved {@link RawTime}s; {@link TemporalAnalyzer} resolves them against the anchor.
 */
final class TimeMatcher {
  /** Nouns a number labels ("quận 12", "kỳ họp thứ 27", "ca 2"): that number before "ngày" + a date is no length. */
  private static final Set<String> NUMBER_LABELS = WordSet.of("số", "thứ", "ca", "quận", "lộ", "tiết", "khoá", "khóa",
      "tuổi", "luận", "vực", "phường", "đội", "tổ", "kỳ", "lần", "đợt", "hạng", "khu", "phòng", "điều", "khoản", "mục");
  private static final Map<String, Integer> NUMBER_WORDS = WordMap.copyOf(Map.ofEntries(
      Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("sáu", 6),
      Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10)));
  /** Words for an unknown count: "vài tháng" = PXM. */
  private static final Set<String> FUZZY_COUNT = WordSet.of("vài", "mấy", "nhiều", "dăm");
  private static final Map<String, Integer> MONTH_WORDS = WordMap.copyOf(Map.ofEntries(
      Map.entry("giêng", 1), Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("tư", 4),
      Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8),
      Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("chạp", 12)));
  private static final Map<String, Integer> WEEKDAY_WORDS = WordMap.copyOf(Map.of(
      "hai", 1, "ba", 2, "tư", 3, "năm", 4, "sáu", 5, "bảy", 6));
  private static final Map<String, Integer> ROMAN = WordMap.copyOf(Map.ofEntries(
      Map.entry("i", 1), Map.entry("ii", 2), Map.entry("iii", 3), Map.entry("iv", 4), Map.entry("xix", 19),
      Map.entry("xx", 20), Map.entry("xxi", 21), Map.entry("xviii", 18)));
  /** Relative words after "năm": "năm ngoái" = -1. */
  private static final Map<String, Integer> YEAR_REL = WordMap.copyOf(Map.of(
      "nay", 0, "ngoái", -1, "trước", -1, "rồi", -1, "qua", -1, "tới", 1, "sau", 1));
  private static final Map<String, Integer> MONTH_WEEK_REL = WordMap.copyOf(Map.of(
      "này", 0, "nay", 0, "trước", -1, "qua", -1, "rồi", -1, "tới", 1, "sau", 1));
  private static final Map<String, String> PART_OF_DAY = WordMap.copyOf(Map.of(
      "sáng", "MO", "trưa", "MI", "chiều", "AF", "tối", "EV", "đêm", "NI", "khuya", "NI"));
  /** Words before a bare "24/3" that make it a date (a bare "3/4" could be a fraction). */
  private static final Set<String> SLASH_DATE_CONTEXT = WordSet.of(
      "từ", "đến", "tới", "và", "hoặc", "vào", "trước", "sau", "hôm", "nay", "qua", "lúc", "ngày", "lễ", "dịp",
      "phiên", // "chốt phiên 19/4": the trading session of that day
      "tức", "nhằm"); // "đêm 30/9 (tức 14/8 âm lịch)": the same day in the other calendar
  /** Words before a bare 4-digit number that make it a year: "từ 2014", "đến 2020". */
  private static final Set<String> YEAR_CONTEXT = WordSet.of(
      "từ", "đến", "tới", "vào", "trước", "sau", "đầu", "giữa", "cuối", "năm", "sn", "hồi", "sang", "hết");
  /** Words before "N giờ" that make it a clock time rather than a duration. */
  private static final Set<String> CLOCK_CONTEXT = WordSet.of("lúc", "vào", "từ", "đến", "tới", "khoảng");

  List<RawTime> match(Tokens t) {
    List<RawTime> out = new ArrayList<>();
    int i = 0;
    while (i < t.n) {
      int before = out.size();
      int e = matchAt(t, i, out);
      if (e > i && out.size() > before) e = recurring(t, out, before, e);
      i = e > i ? e : i + 1;
    }
    scheduleWeekdays(t, out);
    rangeYears(t, out);
    return out;
  }

  /**
   * "từ ngày 26/5 đến hết ngày 31/12/2016", "từ 17/9 đến 17/3/2017", "từ tháng 3 đến tháng 8/2019": the first end of
   * a range written without its year takes the year of the second end (the year before when it comes later in the
   * calendar), as it takes the month in "27-28/4" (guidelines: ranges). Round 18. A pass over the matched times only.
   */
  private static void rangeYears(Tokens t, List<RawTime> out) {
    for (int k = 0; k + 1 < out.size(); k++) {
      RawTime a = out.get(k);
      RawTime b = out.get(k + 1);
      if (a.y != NO_YEAR || b.y == NO_YEAR || a.lunar || b.lunar || a.kind != b.kind
          || !(a.kind == Kind.DAY || a.kind == Kind.MONTH) || a.m <= 0 || b.m <= 0 || a.fixed != null) continue;
      int g = a.tokEnd;
      if (!(t.word(g, "đến") || t.word(g, "tới") || t.punct(g, '-') || t.punct(g, '–'))) continue;
      if (t.word(g + 1, "hết")) g++;
      if (b.tokStart != g + 1) continue;
      boolean later = a.m > b.m || a.m == b.m && a.kind == Kind.DAY && a.d > b.d;
      a.y = later ? b.y - 1 : b.y;
    }
  }

  /**
   * Weekdays of a timetable are SETs (guidelines: schedule weekdays "thứ 3" = XXXX-WXX-2): a range "từ thứ 2 đến thứ
   * 6" / "thứ 2 - thứ 6", and weekdays after "các" ("các ngày thứ 7, chủ nhật"), with their coordinated neighbours.
   */
  private static void scheduleWeekdays(Tokens t, List<RawTime> out) {
    for (int k = 0; k < out.size(); k++) {
      RawTime r = out.get(k);
      if (!plainWeekday(r)) continue;
      boolean schedule = t.word(r.tokStart - 1, "các") || t.word(r.tokStart - 1, "ngày") && t.word(r.tokStart - 2, "các");
      int last = k;
      if (k + 1 < out.size() && plainWeekday(out.get(k + 1)) && out.get(k + 1).tokStart == r.tokEnd + 1
          && (t.word(r.tokEnd, "đến") || t.word(r.tokEnd, "tới") || t.punct(r.tokEnd, '-') || t.punct(r.tokEnd, '–'))) {
        schedule = true;
        last = k + 1;
      }
      if (!schedule) continue;
      // coordinated weekdays after the schedule ones: "các ngày thứ 7 và chủ nhật", "thứ 2 đến thứ 6, thứ 7"
      while (last + 1 < out.size() && plainWeekday(out.get(last + 1)) && out.get(last + 1).tokStart == out.get(last).tokEnd + 1
          && (t.word(out.get(last).tokEnd, "và") || t.punct(out.get(last).tokEnd, ',')
          || t.word(out.get(last).tokEnd, "đến") || t.word(out.get(last).tokEnd, "tới"))) last++;
      for (int q = k; q <= last; q++) {
        RawTime w = out.get(q);
        out.set(q, RawTime.fixed(w.tokStart, w.tokEnd, "SET", "XXXX-WXX-" + w.dow, w.mod));
      }
      k = last;
    }
  }

  private static boolean plainWeekday(RawTime r) {
    return r.kind == Kind.WEEKDAY && !r.hasWeek && !r.hasTime();
  }

  /**
   * "thứ 6 hàng tuần", "tháng 6 hàng năm", "25/4 hằng năm": a calendar expression followed by "hàng/hằng/mỗi" +
   * its period is a SET (XXXX-WXX-5, XXXX-06, XXXX-04-25), spanning both; coordinated expressions just before it
   * ("thứ 2 và thứ 6 hàng tuần", "16-25/4 hàng năm") are the same set. A duration after "cứ" ("cứ 4 phút") is a set.
   */
  private static int recurring(Tokens t, List<RawTime> out, int first, int e) {
    RawTime last = out.get(out.size() - 1);
    if (last.kind == Kind.FIXED && "DURATION".equals(last.type) && last.mod == null && t.word(last.tokStart - 1, "cứ")) {
      last.type = "SET";
      return e;
    }
    if (last.kind == Kind.FIXED && "DURATION".equals(last.type) && last.mod == null && last.tokEnd == e) {
      // "6 tháng một lần", "2 năm/lần": once per that length, a set like "cứ 2 năm" (the guidelines' "every 3 years")
      if ((t.word(e, "một") || t.num(e) && t.val[e] == 1 && !t.glued(e)) && t.word(e + 1, "lần")) {
        last.type = "SET"; // also "6 tháng 1 lần"
        return e;
      }
      if (t.punct(e, '/') && t.glued(e) && t.num(e + 1) && t.val[e + 1] == 1 && t.word(e + 2, "lần")) {
        last.type = "SET"; // "2 năm/1 lần": the length alone, like "2 năm một lần"
        return e;
      }
      if (t.punct(e, '/') && t.glued(e) && t.word(e + 1, "lần") && t.glued(e + 1)) {
        last.type = "SET";
        last.tokEnd = e + 2;
        return e + 2;
      }
    }
    if (last.kind == Kind.WEEKDAY && !last.hasWeek && last.tokEnd == e && t.word(last.tokStart - 1, "mỗi")) {
      // "mỗi thứ Hai": every Monday, like "thứ 2 hàng tuần"
      out.set(out.size() - 1, RawTime.fixed(last.tokStart - 1, e, "SET", "XXXX-WXX-" + last.dow, last.mod));
      return e;
    }
    if (last.tokEnd != e || !(t.word(e, "hàng") || t.word(e, "hằng") || t.word(e, "mỗi"))) return e;
    boolean weekly = t.word(e + 1, "tuần"), yearly = t.word(e + 1, "năm"), monthly = t.word(e + 1, "tháng");
    if (!weekly && !yearly && !monthly) return e;
    int k = out.size() - 1;
    boolean changed = false;
    while (k >= 0) {
      RawTime r = out.get(k);
      String v = null;
      if (weekly && r.kind == Kind.WEEKDAY && !r.hasWeek) v = "XXXX-WXX-" + r.dow;
      else if (yearly && r.kind == Kind.DAY && r.y == NO_YEAR && r.m > 0 && !r.hasTime()) v = "XXXX-" + two(r.m) + "-" + two(r.d);
      else if (yearly && r.kind == Kind.MONTH && r.y == NO_YEAR && r.yearRel == NO_YEAR) v = "XXXX-" + two(r.m);
      // "ngày 20 hàng tháng": that day of every month, written like "thứ 6 hàng tuần"
      else if (monthly && r.kind == Kind.DAY && r.m == 0 && r.y == NO_YEAR && !r.hasTime() && !r.forward)
        v = "XXXX-XX-" + two(r.d);
      if (v == null) break;
      RawTime set = RawTime.fixed(r.tokStart, r == last ? e + 2 : r.tokEnd, "SET", v, r.mod);
      out.set(k, set);
      changed = true;
      // only a coordinated neighbour joins the set: "thứ 2 và thứ 6", "16-25/4"
      if (k == 0) break;
      RawTime prev = out.get(k - 1);
      int gap = r.tokStart - prev.tokEnd;
      if (!(gap == 1 && (t.word(prev.tokEnd, "và") || t.punct(prev.tokEnd, '-') || t.punct(prev.tokEnd, ',')
          || t.punct(prev.tokEnd, '–')))) break;
      k--;
    }
    return changed ? e + 2 : e;
  }

  /** Tries every form starting at token i; adds what it found and returns the next token, or -1. */
  private int matchAt(Tokens t, int i, List<RawTime> out) {
    if (t.kind[i] == Tokens.NUM) return matchNumber(t, i, out);
    if (t.kind[i] != Tokens.WORD) return -1;
    String w = t.low[i];
    if (w.isEmpty()) return -1; // most words are outside the vocabulary: no form starts there, skip the lookups
    if (t.word(i + 1, "nào")) {
      RawTime every = everyWhich(t, i);
      if (every != null) return add(out, every);
    }
    switch (w) {
      case "đầu", "giữa", "cuối" -> {
        // "bắt đầu cách đây hơn 20 năm", "bắt đầu một năm trước": "đầu" ends the verb "begin", no edge of what follows
        if (w.equals("đầu") && t.word(i - 1, "bắt")) return -1;
        // "(vào) những ngày cuối tuần", "các ngày cuối tuần": weekends in general, a habit with no week (not annotated,
        // like a habitual "vào cuối tuần"); "những ngày cuối tuần này" keeps its week
        if (w.equals("cuối") && t.word(i + 1, "tuần") && t.word(i - 1, "ngày") && (t.word(i - 2, "những")
            || t.word(i - 2, "các")) && !(t.isWord(i + 2) && MONTH_WEEK_REL.containsKey(t.low[i + 2]))
            && !t.word(i + 2, "vừa") && !t.word(i + 2, "này")) return -1;
        // "giữa trưa 20/4" (at midday): the noon of that day, one part of day of two words
        if (w.equals("giữa") && t.word(i + 1, "trưa")) return matchPartOfDay(t, i, i + 2, "MI", out);
        String edge = w.equals("đầu") ? "START" : w.equals("giữa") ? "MID" : "END";
        if (t.word(i + 1, "giờ") && t.isWord(i + 2) && PART_OF_DAY.containsKey(t.low[i + 2])) {
          // "đầu giờ chiều 19/4", "cuối giờ chiều nay": the edge of a dated part of day (alone, "đầu giờ sáng" is
          // a generic habit and stays out)
          int before = out.size();
          int e = matchPartOfDay(t, i + 2, i + 3, PART_OF_DAY.get(t.low[i + 2]), out);
          if (e < 0 || out.size() != before + 1) return -1;
          out.get(before).tokStart = i;
          out.get(before).mod = edge;
          return e;
        }
        int e = edgeOfPartOfDay(t, i, edge, out);
        return e > 0 ? e : matchEdge(t, i, i + 1, edge, out);
      }
      case "thượng", "trung", "hạ" -> {
        if (w.equals("trung") && t.word(i + 1, "thu")) {
          RawTime h = holidayWithDeictic(t, i);
          return h == null ? -1 : add(out, h);
        }
        if (t.word(i + 1, "tuần") && t.word(i + 2, "tháng"))
          return matchEdge(t, i, i + 2, w.equals("thượng") ? "START" : w.equals("trung") ? "MID" : "END", out);
        return -1;
      }
      case "rạng" -> {
        return t.word(i + 1, "sáng") ? matchPartOfDay(t, i, i + 2, "MO", out) : -1;
      }
      case "sớm" -> {
        // "sớm nay": early this morning, a part of day like "sáng nay" ("5h30 sáng sớm nay" is left to the clock)
        return t.word(i + 1, "nay") && !t.word(i - 1, "sáng") ? matchPartOfDay(t, i, i + 1, "MO", out) : -1;
      }
      case "sáng", "trưa", "chiều", "tối", "đêm", "khuya" -> {
        if (w.equals("tối") && t.word(i + 1, "thiểu")) return add(out, modified(t, i, i + 2, "EQUAL_OR_MORE"));
        if (w.equals("tối") && t.word(i + 1, "đa")) return add(out, modified(t, i, i + 2, "EQUAL_OR_LESS"));
        // "chiều tối" is evening, "sáng sớm" morning: one part of day of two words
        if (w.equals("chiều") && t.word(i + 1, "tối")) return matchPartOfDay(t, i, i + 2, "EV", out);
        // "2 chiều qua hầm", "đường hai chiều nay đã thông": a count before "chiều" makes it directions, not an
        // afternoon ("lúc 2 chiều nay" keeps its clock context)
        if (w.equals("chiều") && (t.num(i - 1) && !t.glued(i - 1) || t.word(i - 1, "hai"))
            && !(t.isWord(i - 2) && CLOCK_CONTEXT.contains(t.low[i - 2]))) return -1;
        if (w.equals("sáng") && t.word(i + 1, "sớm")) return matchPartOfDay(t, i, i + 2, "MO", out);
        // "đêm khuya 5/4" is one part of day (night); "tối muộn ngày 2/9", "chiều muộn 30/4" are its late end (END)
        if (w.equals("đêm") && t.word(i + 1, "khuya")) return matchPartOfDay(t, i, i + 2, "NI", out);
        // "tối khuya 27-4" is the late night of that day, one part of day like "đêm khuya" (NI)
        if (w.equals("tối") && t.word(i + 1, "khuya")) return matchPartOfDay(t, i, i + 2, "NI", out);
        // "đêm giao thừa": the night is part of New Year's Eve's span (a part of day attached to its day)
        if (w.equals("đêm") && t.word(i + 1, "giao") && t.word(i + 2, "thừa")) return add(out, newYearsEve(t, i, i + 1));
        if (t.word(i + 1, "muộn") && !w.equals("khuya")) {
          int before = out.size();
          int e = matchPartOfDay(t, i, i + 2, PART_OF_DAY.get(w), out);
          if (e > 0 && out.size() == before + 1 && out.get(before).mod == null) out.get(before).mod = "END";
          return e;
        }
        int e = matchPartOfDay(t, i, i + 1, PART_OF_DAY.get(w), out);
        return e > 0 ? e : add(out, partOfDayRange(t, i, PART_OF_DAY.get(w)));
      }
      case "ngày", "hôm" -> {
        if (w.equals("ngày") && t.word(i + 1, "và") && t.word(i + 2, "đêm")) {
          // "ngày và đêm 29/4": one DATE of that day
          int end = wholeDay(t, i, i + 2, "NI", out);
          if (end > 0) return end;
        }
        // "các thế hệ hôm nay (và mai sau)": the generation of today, PRESENT_REF (guidelines, round 8), not the day
        if (w.equals("hôm") && t.word(i + 1, "nay") && t.word(i - 1, "hệ") && t.word(i - 2, "thế"))
          return add(out, RawTime.fixed(i, i + 2, "DATE", "PRESENT_REF", null));
        RawTime r = dayWord(t, i);
        if (r == null && w.equals("hôm") && (t.word(i + 1, "thứ") || t.word(i + 1, "chủ"))) {
          // "hôm thứ Sáu", "hôm Chủ nhật vừa qua": "hôm" belongs to the weekday's span, as to a date's ("hôm 18/5";
          // guidelines, round 14)
          RawTime wd = weekday(t, i + 1);
          if (wd != null) {
            wd.tokStart = i;
            return add(out, wd);
          }
        }
        if (r == null && w.equals("ngày") && (t.word(i + 1, "thứ") || t.word(i + 1, "chủ"))) {
          // "ngày thứ Hai 19/4": "ngày" belongs to a weekday that carries its date (alone, "ngày thứ hai" may be
          // the second day, so only a dated weekday takes it)
          RawTime wd = weekday(t, i + 1);
          // also a weekday with its deictic word ("ngày thứ Sáu vừa qua", "ngày thứ Hai tới"): no ordinal there
          if (wd != null && (wd.kind == Kind.DAY || wd.kind == Kind.WEEKDAY && wd.tokEnd > i + 3)) {
            wd.tokStart = i;
            return add(out, wd);
          }
          // "ngày thứ 2 của kỳ nghỉ", "đã là ngày thứ tư" count days (the second, the fourth): no time
          if (wd != null && wd.kind == Kind.WEEKDAY && ordinalDay(t, i)) return i + 3;
          // "vào ngày Chủ nhật", "làm ngày thứ bảy": "ngày" belongs to a bare weekday too, as "hôm" does (guidelines,
          // round 18: the span rule's "ngày" and the dev rows' "hôm thứ Sáu"); ordinals were left out just above
          if (wd != null && wd.kind == Kind.WEEKDAY) {
            wd.tokStart = i;
            return add(out, wd);
          }
        }
        if (r == null && t.num(i + 1, 2)) return dayRange(t, i, out); // "ngày 20 - 25/4", "hôm 12-23/4"
        return add(out, r);
      }
      case "thứ", "chủ" -> {
        RawTime r = weekday(t, i);
        return add(out, r);
      }
      case "tháng" -> {
        // "Cách mạng tháng Tám" (the August Revolution, and the streets named after it), "Cách mạng tháng Mười
        // Nga": a name, no month, like "đường 8 tháng 3"; the month word is skipped too ("Tám năm 1945" is no count)
        if (t.word(i - 1, "mạng") && t.word(i - 2, "cách")) return i + 2;
        int j = i + 1;
        // "tháng 1-2/2021": the pair of months with the year of both after the second
        boolean yearAfter = t.num(j, 2) && (t.punct(j + 3, '/') || t.punct(j + 3, '-') || t.punct(j + 3, '.'))
            && t.glued(j + 3) && isYearNumberLoose(t, j + 4) && t.glued(j + 4)
            && !(j + 5 < t.n && t.glued(j + 5) && (t.isWord(j + 5) || t.num(j + 5) || isSep(t, j + 5)
            && !(t.punct(j + 5, '.') && !(j + 6 < t.n && t.glued(j + 6))))); // "tháng 4-6/2018." ends a sentence
        if (t.num(j, 2) && t.punct(j + 1, '-') && t.glued(j + 1) && t.num(j + 2, 2) && t.glued(j + 2)
            && t.val[j] >= 1 && t.val[j + 2] > t.val[j] && t.val[j + 2] <= 12
            && (yearAfter || !(j + 3 < t.n && t.glued(j + 3) && (t.isWord(j + 3) || t.num(j + 3) || isSep(t, j + 3))))) {
          // "vào tháng 5-6": two months, each its own DATE (ranges give both ends); the second carries the year
          RawTime a = new RawTime(Kind.MONTH, i, j + 1);
          a.m = t.val[j];
          RawTime b = new RawTime(Kind.MONTH, j + 2, j + 3);
          b.m = t.val[j + 2];
          if (yearAfter) {
            a.y = t.val[j + 4];
            b.y = t.val[j + 4];
            b.tokEnd = j + 5;
          }
          trailing(t, b);
          return addPair(out, a, b);
        }
        // (after an edge word the edge reads the first month alone: "giữa tháng 11, 12")
        int last = t.num(j, 2) && t.punct(j + 1, ',') && !t.word(i - 1, "đầu") && !t.word(i - 1, "giữa")
            && !t.word(i - 1, "cuối") ? monthListLast(t, j) : -1;
        if (last > 0) {
          // "tháng 7, 8 và 9", "tháng 1, 2, 3 năm 2019", "tháng 6,7/2016": a list of months, each its own DATE, the
          // year or deictic word after the last counting for all, like a list of days ("các ngày 10, 11 và 12/4")
          RawTime b = new RawTime(Kind.MONTH, last, last + 1);
          b.m = t.val[last];
          if ((t.punct(last + 1, '/') || t.punct(last + 1, '-')) && t.glued(last + 1) && t.glued(last + 2)
              && isYearNumberLoose(t, last + 2)) {
            b.y = t.val[last + 2];
            b.tokEnd = last + 3;
          } else {
            trailing(t, b);
          }
          // "khoảng tháng 10, 11, 12": "about" with the first month, every month APPROX, as on a range of lengths
          boolean about = (t.word(i - 1, "khoảng") || t.word(i - 1, "chừng") || t.word(i - 1, "tầm"))
              && (out.isEmpty() || out.get(out.size() - 1).tokEnd < i);
          for (int k = j; k < last; k += 2) {
            RawTime a = new RawTime(Kind.MONTH, k == j ? (about ? i - 1 : i) : k, k + 1);
            a.m = t.val[k];
            a.y = b.y;
            a.yearRel = b.yearRel;
            a.forward = b.forward;
            a.backWord = b.backWord;
            if (about) a.mod = "APPROX";
            out.add(a);
          }
          if (about) b.mod = "APPROX";
          out.add(b);
          return b.tokEnd;
        }
        RawTime toDashed = monthToDashedMonthYear(t, i);
        RawTime first = toDashed != null ? month(t, i) : null;
        if (first != null && first.y == RawTime.NO_YEAR && first.tokEnd == i + 2) {
          int e = addPair(out, first, toDashed);
          if (first.m > toDashed.m) first.y--; // "từ tháng 11 đến 2-2014": November of the year before
          return e;
        }
        return add(out, month(t, i));
      }
      case "năm" -> {
        if (t.word(i - 1, "triệu") || t.word(i - 1, "tỷ") || t.word(i - 1, "tỉ") || t.word(i - 1, "nghìn")
            || t.word(i - 1, "ngàn")) {
          // "hai triệu năm trước", "khoảng bốn tỷ năm trước": some time ago (PAST_REF, like "65 triệu năm trước");
          // "400 triệu năm qua", "nửa tỷ năm sau": the unit of a count, no relative year ("năm qua" = last year)
          int c = i - 1;
          if (t.isWord(c - 1) && (NUMBER_WORDS.containsKey(t.low[c - 1]) || FUZZY_COUNT.contains(t.low[c - 1])
              || t.low[c - 1].equals("nửa"))) c--;
          if (c == i - 1 || !t.word(i + 1, "trước") || t.word(i + 2, "khi") || t.word(i + 2, "đó")
              || !out.isEmpty() && out.get(out.size() - 1).tokEnd > c) return -1;
          boolean about = t.word(c - 1, "khoảng") || t.word(c - 1, "chừng");
          if (about && !out.isEmpty() && out.get(out.size() - 1).tokEnd > c - 1) about = false;
          return add(out, RawTime.fixed(about ? c - 1 : c, t.word(i + 2, "đây") ? i + 3 : i + 2, "DATE", "PAST_REF",
              about ? "APPROX" : null));
        }
        // "năm năm qua", "năm phút sau": the count five before a unit (not "năm tháng", years and months)
        if (fiveBeforeUnit(t, i)) return add(out, quantityOrAgo(t, i));
        if (t.num(i + 1) && t.digits(i + 1) == 4 && t.punct(i + 2, '-') && t.glued(i + 2) && t.num(i + 3)
            && t.digits(i + 3) == 2 && t.glued(i + 3)
            && !(i + 4 < t.n && t.glued(i + 4) && (t.isWord(i + 4) || t.num(i + 4)
            || isSep(t, i + 4) && t.glued(i + 5) && t.num(i + 5)))) {
          // "năm 2007-08", "vào năm 2023-25": a range of years with the second written in two digits, each its own
          // DATE (guidelines: ranges give both ends)
          int y = t.val[i + 1], y2 = y / 100 * 100 + t.val[i + 3];
          if (y >= 1000 && y <= 2199 && y2 > y) {
            RawTime a = new RawTime(Kind.YEAR, i, i + 2);
            a.y = y;
            RawTime b = new RawTime(Kind.YEAR, i + 3, i + 4);
            b.y = y2;
            out.add(a);
            out.add(b);
            return i + 4;
          }
        }
        return add(out, year(t, i));
      }
      case "tuần" -> {
        RawTime wk = weekOfMonth(t, i);
        if (wk != null) return add(out, wk);
        // "tuần vừa qua", "tuần vừa rồi": last week, like "tháng vừa rồi"
        if (t.word(i + 1, "vừa") && (t.word(i + 2, "qua") || t.word(i + 2, "rồi"))) return add(out, rel(i, i + 3, 'W', -1));
        Integer off = t.isWord(i + 1) ? MONTH_WEEK_REL.get(t.low[i + 1]) : null;
        if (t.word(i + 1, "tới") && t.word(i + 2, "nay")) off = null; // "từ đầu tuần tới nay"
        // "tuần mới" is the week being written in; "một tuần mới", "tuần mới nhất" are not a date
        if (off == null && t.word(i + 1, "mới") && !t.word(i - 1, "một") && !t.word(i + 2, "nhất")) off = 0;
        if (off == null) return -1;
        RawTime r = new RawTime(Kind.REL, i, i + 2);
        r.unit = 'W';
        r.off = off;
        if (t.word(i + 1, "trước") && t.word(i + 2, "đó")) {
          r.tokEnd = i + 3; // "tuần trước đó": deictic "đó" is part of it
          r.beforeThat = true;
        }
        return add(out, r);
      }
      case "nửa" -> {
        if ((t.word(i + 1, "đầu") || t.word(i + 1, "cuối")) && t.word(i + 2, "năm")) return firstOrSecondHalf(t, i, out);
        if (!t.word(i + 1, "đêm")) return add(out, quantityOrAgo(t, i)); // "nửa năm", "nửa tiếng"
        // "nửa đêm" is 00:00, of the date after it when there is one ("nửa đêm 30/4")
        int before = out.size();
        if (matchPartOfDay(t, i, i + 2, "NI", out) > 0 && out.size() == before + 1) {
          RawTime r = out.get(before);
          r.part = null;
          r.hour = 0;
          r.minute = 0;
          return r.tokEnd;
        }
        if (t.cap[i + 1]) return -1; // "Siêu Sale Nửa Đêm": a name in title case, not a time
        RawTime r = new RawTime(Kind.CLOCK, i, i + 2);
        r.type = "TIME";
        r.hour = 0;
        r.minute = 0;
        return add(out, r);
      }
      case "quý" -> {
        return add(out, quarter(t, i));
      }
      case "thập" -> {
        if (!(t.word(i + 1, "niên") || t.word(i + 1, "kỷ"))) return -1;
        // "thập niên 1970 và 1980", "thập niên 60-70": two decades, like "những năm 1920 - 1930" (round 18)
        int pair = decadePair(t, i, i + 2, out);
        if (pair > 0) return pair;
        return add(out, decade(t, i, i + 2));
      }
      case "những", "các" -> {
        RawTime vague = vaguePeriod(t, i);
        if (vague != null) return add(out, vague);
        if (!t.word(i + 1, "năm")) return -1;
        if (w.equals("những")) {
          int e = decadePair(t, i, i + 2, out);
          if (e > 0) return e;
          e = decadeEdge(t, i, out);
          if (e > 0) return e;
        }
        // "những năm thập niên 90": the 1990s ("năm" is no count of five here)
        if (t.word(i + 2, "thập") && (t.word(i + 3, "niên") || t.word(i + 3, "kỷ")) && t.num(i + 4))
          return add(out, decade(t, i, i + 4));
        return add(out, decade(t, i, i + 2));
      }
      case "mùng", "mồng" -> {
        return add(out, solarInParens(t, mung(t, i)));
      }
      case "rằm" -> {
        return add(out, fullMoon(t, i, i));
      }
      case "tết" -> {
        return matchTet(t, i, out);
      }
      default -> {
        return matchAtLater(t, i, out, w);
      }
    }
  }

  /**
   * "Tết Nguyên đán (2021)", "Tết Trung thu", "Tết Dương lịch 2019", "tết 2011", "Tết Tân Mão (2011)", "Tết năm nay":
   * a holiday of fixed lunar (or solar) day at i.
   */
  private int matchTet(Tokens t, int i, List<RawTime> out) {
    int m, d, e;
    if (t.word(i + 1, "nguyên") && t.word(i + 2, "đán")) { d = 1; m = 1; e = i + 3; }
    else if (t.word(i + 1, "âm") && t.word(i + 2, "lịch")) { d = 1; m = 1; e = i + 3; } // "Tết âm lịch 2019"
    else if (t.word(i + 1, "dương") && t.word(i + 2, "lịch")) {
      // "Tết Dương lịch 2019": the solar New Year's day, 1 January (no lunar conversion)
      RawTime r = lunarDay(t, i, i + 3, 1, 1);
      r.lunar = false;
      r.canChi = -1;
      return add(out, r);
    }
    else if (t.word(i + 1, "trung") && t.word(i + 2, "thu")) { d = 15; m = 8; e = i + 3; }
    else if (t.word(i + 1, "đoan") && t.word(i + 2, "ngọ")) { d = 5; m = 5; e = i + 3; }
    else if (!t.num(i - 1) && isYearNumber(t, i + 1)) return add(out, lunarDay(t, i, i + 1, 1, 1)); // "tết 2011"
    else if (!t.num(i - 1) && canChi(t, i + 1) >= 0) {
      // "Tết Tân Mão (2011)": the lunar New Year of the year named by can-chi, like "Tết Nguyên đán 2011"; "24 tết
      // Bính Thân" is a day before it and stays out
      RawTime r = lunarDay(t, i, i + 3, 1, 1);
      if (r.y == NO_YEAR && bracketedYear(t, r.tokEnd)) {
        r.y = t.val[r.tokEnd + 1]; // the solar year in brackets names the lunar year, one span
        r.tokEnd += 3;
      } else if (r.y == NO_YEAR) {
        r.canChi = canChi(t, i + 1);
      }
      return add(out, r);
    }
    else if (!t.num(i - 1) && (t.word(i + 1, "năm") && t.word(i + 2, "nay")
        || t.word(i + 1, "vừa") && (t.word(i + 2, "qua") || t.word(i + 2, "rồi")))) {
      // "Tết năm nay", "Tết vừa qua": the holiday with its deictic word is one DATE, this lunar year's New Year
      // (the coming one in news written late in the solar year), like "Tết Nguyên đán vừa qua", "lễ tình nhân vừa qua"
      d = 1; m = 1; e = i + 1;
    }
    else if (!t.num(i - 1) && t.word(i + 1, "năm") && isYearNumber(t, i + 2) && !t.word(i - 1, "lễ")
        && !(t.punct(i - 1, ',') && t.word(i - 2, "lễ"))) {
      // "thưởng Tết năm 2019", "so với Tết năm 2018": the lunar New Year of that year, one DATE, like "tết 2011" and
      // "Tết Nguyên đán năm 2021" (round 26); "nghỉ lễ, Tết năm 2016" (the holidays of a year) stays the year
      d = 1; m = 1; e = i + 1;
    }
    else if (!t.num(i - 1) && t.word(i + 1, "sắp") && t.word(i + 2, "tới")) {
      d = 1; m = 1; e = i + 1; // "dịp Tết sắp tới": the coming New Year ({@link #lunarDay} takes "sắp tới")
    }
    else if (!t.num(i - 1) && t.word(i + 1, "này")) {
      RawTime r = lunarDay(t, i, i + 1, 1, 1); // "Tết này": this Tết, like "Tết năm nay"
      r.tokEnd = i + 2;
      return add(out, r);
    }
    else return -1;
    return add(out, lunarDay(t, i, e, d, m));
  }

  /**
   * The rest of {@link #matchAt}'s forms, by the word they start with. Two methods rather than one: HotSpot does not
   * compile a method of more than 8,000 bytes of bytecode (HugeMethodLimit), and matchAt ran interpreted, several
   * times slower, once round 11 took it past that ({@code MethodSizeTest} now guards every class of the core).
   */
  private int matchAtLater(Tokens t, int i, List<RawTime> out, String w) {
    switch (w) {
      case "valentine", "noel", "halloween", "giáng", "tình", "vu" -> {
        RawTime h = holidayWithDeictic(t, i);
        return h == null ? -1 : add(out, h);
      }
      case "q" -> {
        // "Q1/2016", "Q3/2020": a quarter written short, like "quý I/2016"
        if (!t.cap[i] || !t.num(i + 1, 1) || !t.glued(i + 1) || t.val[i + 1] < 1 || t.val[i + 1] > 4
            || !t.punct(i + 2, '/') || !t.glued(i + 2) || !t.glued(i + 3) || !isYearNumberLoose(t, i + 3)
            || t.glued(i + 4) && !t.isPunct(i + 4)) return -1;
        RawTime r = new RawTime(Kind.QUARTER, i, i + 4);
        r.q = t.val[i + 1];
        r.y = t.val[i + 3];
        return add(out, r);
      }
      case "dạo" -> {
        // "Dạo này cháu ổn chứ?": these days, PRESENT_REF like "những ngày này" ("dạo gần đây" → "gần đây")
        // ("đi dạo này" is "this stroll")
        return t.word(i + 1, "này") && !t.word(i - 1, "đi")
            ? add(out, RawTime.fixed(i, i + 2, "DATE", "PRESENT_REF", null)) : -1;
      }
      case "xưa" -> {
        // "Từ xưa quán đã đông khách", "nhà tù có từ xưa": since old times, "xưa" PAST_REF like "từ xa xưa" → "xa
        // xưa"; "từ xưa đến nay" is an idiom like "từ trước đến nay"
        return t.word(i - 1, "từ") && !t.word(i + 1, "đến") && !t.word(i + 1, "tới") && !t.word(i + 1, "nay")
            ? add(out, RawTime.fixed(i, i + 1, "DATE", "PAST_REF", null)) : -1;
      }
      case "giao" -> {
        if (!t.word(i + 1, "thừa")) return -1;
        return add(out, newYearsEve(t, i, i));
      }
      case "mùa" -> {
        String season = t.isWord(i + 1) ? SEASONS.get(t.low[i + 1]) : null;
        if (season == null) return -1;
        // "Thế vận hội Mùa đông 2022" names an event (guidelines: years in event names are no time)
        if (t.word(i - 1, "hội") && isYearNumber(t, i + 2)) return -1;
        RawTime r = new RawTime(Kind.YEAR, i, i + 2);
        r.season = season;
        // "mùa hè năm 1785": an old year after "năm" too, unless a count unit follows it
        if (t.word(i + 2, "năm") && (isYearNumber(t, i + 3) || isYearNumber(t, i + 3, 1000)
            && !(t.isWord(i + 4) && COUNT_UNITS.contains(t.low[i + 4])))) {
          r.y = t.val[i + 3];
          r.tokEnd = i + 4;
        } else if (isYearNumber(t, i + 2) && !(i + 3 < t.n && t.glued(i + 3) && (t.isWord(i + 3) || t.num(i + 3)))) {
          r.y = t.val[i + 2]; // "mùa hè 2021", "kỳ chuyển nhượng mùa Hè 2016": the season of that year, like "hè 2021"
          r.tokEnd = i + 3;
        } else if (t.word(i + 2, "năm") && t.isWord(i + 3) && YEAR_REL.containsKey(t.low[i + 3])
            && !t.word(i + 4, "khi") && !t.word(i + 4, "đó")) {
          r.yearRel = YEAR_REL.get(t.low[i + 3]); // "mùa hè năm nay", "mùa đông năm ngoái"
          r.tokEnd = i + 4;
        } else if (t.word(i + 2, "này")) {
          r.yearRel = 0; // "mùa hè này"
          r.tokEnd = i + 3;
        }
        return add(out, r);
      }
      case "hè" -> {
        // "hè 2021": the summer of a year without "mùa"; alone, "hè" is also a pavement ("vỉa hè")
        if (t.word(i - 1, "mùa")) return -1;
        if (t.word(i + 1, "này") && !t.word(i - 1, "vỉa")) {
          RawTime r = new RawTime(Kind.YEAR, i, i + 2); // "kỳ nghỉ hè này": this year's summer, like "mùa hè này"
          r.season = "SU";
          r.yearRel = 0;
          return add(out, r);
        }
        // "hè năm 2019" (no "mùa") is that summer too, like "mùa hè năm 2019"; "vỉa hè năm 2018" is a pavement
        int y = t.word(i + 1, "năm") && !t.word(i - 1, "vỉa") ? i + 2 : i + 1;
        if (!isYearNumber(t, y)) return -1;
        RawTime r = new RawTime(Kind.YEAR, i, y + 1);
        r.season = "SU";
        r.y = t.val[y];
        return add(out, r);
      }
      case "tương" -> {
        if (!t.word(i + 1, "lai")) return -1;
        // "tương lai gần": the near future, one span
        return add(out, RawTime.fixed(i, t.word(i + 2, "gần") && !t.word(i + 3, "đây") ? i + 3 : i + 2, "DATE",
            "FUTURE_REF", null));
      }
      case "cùng" -> {
        // "cuối cùng ngày 7-11": "cuối cùng" (last, finally) then a date, no "same day"
        if (!t.word(i + 1, "ngày") || t.word(i - 1, "cuối")) return -1;
        // "Cùng ngày 3/9, …": the same day with its date written after it, one span, the date wins ("cùng ngày (2.6)")
        RawTime stated = t.num(i + 2, 2) ? statedDate(t, i, i + 2, false) : null;
        return add(out, stated != null ? stated : sameDay(i, i + 2));
      }
      case "giờ" -> {
        // "giờ đây" is now (guidelines: PRESENT_REF); so is a bare "giờ" opening a clause after "mà/nên/nhưng/còn"
        // ("mà giờ không bán được"), unless it is the noun "hour" ("mà giờ làm việc", "nên giờ cao điểm")
        if (t.word(i + 1, "đây")) return add(out, RawTime.fixed(i, i + 2, "DATE", "PRESENT_REF", null));
        // "đến giờ, …", "đến giờ vẫn …": until now (like "đến nay"); "đến giờ ăn", "đến giờ G" are a time to do something
        if ((t.word(i - 1, "đến") || t.word(i - 1, "tới")) && !t.word(i - 2, "trước")
            && (t.punct(i + 1, ',') || t.punct(i + 1, '.') || t.word(i + 1, "vẫn") || t.word(i + 1, "chưa")
            || t.word(i + 1, "đã") || untilNowBeforeClause(t, i)))
          return add(out, RawTime.fixed(i, i + 1, "DATE", "PRESENT_REF", null));
        // "từ giờ tới năm 2020", "từ giờ trở đi": from now (like "từ nay đến cuối năm"); "từ 8 giờ" has its count
        if (t.word(i - 1, "từ") && (t.word(i + 1, "tới") || t.word(i + 1, "đến") || t.word(i + 1, "trở")
            || t.word(i + 1, "nên") || t.punct(i + 1, ',')))
          return add(out, RawTime.fixed(i, i + 1, "DATE", "PRESENT_REF", null));
        // "Lan giờ là bác sĩ", "và giờ lại có thêm", "chuyện này giờ ai cũng biết": "giờ" between a subject and its
        // verb or adverb is "now"
        if (nowInClause(t, i) || nowOpeningClause(t, i))
          return add(out, RawTime.fixed(i, i + 1, "DATE", "PRESENT_REF", null));
        return nowAfterConjunction(t, i) && !(t.word(i + 1, "giấc") || t.word(i + 1, "hành") || t.word(i + 1, "làm")
            || t.word(i + 1, "mở") || t.word(i + 1, "đóng") || t.word(i + 1, "cao") || t.word(i + 1, "điểm"))
            ? add(out, RawTime.fixed(i, i + 1, "DATE", "PRESENT_REF", null)) : -1;
      }
      case "nay" -> {
        // a bare "nay" opening a sentence or a clause after "mà/nên/nhưng/còn" is "now" ("Nay giá đã giảm"); so is
        // the start of "từ nay đến cuối năm" (like "nay" in "đến nay")
        boolean opens = sentenceInitial(t, i) && t.isWord(i + 1) && !t.cap[i + 1] && !t.word(i + 1, "mai")
            // "Nay, thương vụ …" opening a sentence before a comma: now
            || sentenceInitial(t, i) && t.cap[i] && t.punct(i + 1, ',')
            || nowAfterConjunction(t, i)
            || t.word(i - 1, "từ") && (t.word(i + 1, "đến") || t.word(i + 1, "tới") || t.punct(i + 1, ','))
            // "cô bé năm nào nay đã là …", "và nay đã lên tới …", "từ nay sẽ …": now, before a verb or an adverb
            || !t.cap[i] && t.isWord(i - 1) && !NOT_NOW_BEFORE_NAY.contains(t.low[i - 1]) && t.isWord(i + 1)
            && NOW_BEFORE_VERB.contains(t.low[i + 1]);
        return opens ? add(out, RawTime.fixed(i, i + 1, "DATE", "PRESENT_REF", null)) : -1;
      }
      case "thế" -> {
        if (!t.word(i + 1, "kỷ")) return -1;
        int rc = relativeCentury(t, i);
        if (rc != Integer.MIN_VALUE) return add(out, rel(i, i + 3, 'C', rc));
        // "thế kỷ 20", "thế kỷ XVII", "thế kỷ thứ VI": any Roman numeral up to XXI, "thứ" (ordinal) inside
        int k = t.word(i + 2, "thứ") ? i + 3 : i + 2;
        int c = t.num(k, 2) ? t.val[k] : romanAt(t, k);
        if (c < 1 || c > 21) return -1;
        int e = k + 1;
        String v = two(c - 1);
        // "thế kỷ VII trước Công nguyên", "thế kỷ 3 TCN": a century before year 1 (TIMEX "BC06"), the era words in the
        // span like "năm 44 trước Công nguyên"
        if (t.word(e, "trước") && t.word(e + 1, "công") && t.word(e + 2, "nguyên")) {
          v = "BC" + v;
          e += 3;
        } else if (t.word(e, "tcn")) {
          v = "BC" + v;
          e++;
        }
        out.add(RawTime.fixed(i, e, "DATE", v, null));
        // "thế kỷ 12-14": each end of a range of centuries is its own DATE (guidelines), the second a bare number
        if (e == k + 1 && (t.punct(e, '-') || t.punct(e, '–')) && t.num(e + 1, 2) && t.val[e + 1] > c
            && t.val[e + 1] <= 21 && !(t.glued(e + 2) && (t.isWord(e + 2) || t.num(e + 2)))) {
          out.add(RawTime.fixed(e + 1, e + 2, "DATE", two(t.val[e + 1] - 1), null));
          return e + 2;
        }
        return e;
      }
      case "mỗi", "hằng", "hàng", "mọi" -> {
        return add(out, set(t, i));
      }
      case "thường" -> {
        return t.word(i + 1, "niên") ? add(out, RawTime.fixed(i, i + 2, "SET", "P1Y", null)) : -1;
      }
      case "gần" -> {
        if (t.word(i + 1, "đây")) return add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null));
        // "gần 6 giờ 15 sáng" is about a clock time (APPROX); "gần 9 tháng" a duration just under (LESS_THAN)
        int e = approxClock(t, i, false, out);
        if (e > 0) return e;
        if (t.isWord(i + 1) && PART_OF_DAY.containsKey(t.low[i + 1])) return nearPartOfDay(t, i, out);
        e = approxDate(t, i, out);
        return e > 0 ? e : add(out, modified(t, i, i + 1, "LESS_THAN"));
      }
      case "xế", "chập", "sẩm" -> {
        // "xế chiều 19/5" (late afternoon), "chập tối 15/9", "sẩm tối 30/5" (dusk): one part of day of two words,
        // like "chiều tối"
        if (!(w.equals("xế") ? t.word(i + 1, "chiều") : t.word(i + 1, "tối"))) return -1;
        return matchPartOfDay(t, i, i + 2, w.equals("xế") ? "AF" : "EV", out);
      }
      case "vừa" -> {
        // "Theo tin trên báo, vừa qua Ngân hàng X …": "recently", opening a clause before a capitalised subject or a
        // comma; "vừa qua khỏi vòng xoay" (just went past) is a verb
        // "Vừa rồi, …" is the same; opening a sentence, a pronoun or "có / nhiều" after it starts the clause ("Vừa qua
        // có 34 tỉnh …", "Vừa rồi tôi …"), not a place passed ("Vừa qua một con dốc")
        boolean opens = i == 0 || t.isPunct(i - 1) || sentenceInitial(t, i);
        if (t.word(i + 1, "qua") && recentlyInClause(t, i, opens)) return add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null));
        if (!(t.word(i + 1, "qua") || opens && t.word(i + 1, "rồi")) || !(t.punct(i + 2, ',') || t.isWord(i + 2)
            && (t.cap[i + 2] || sentenceInitial(t, i) && RECENTLY_SUBJECTS.contains(t.low[i + 2])))) return -1;
        return opens ? add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null)) : -1;
      }
      case "xa" -> {
        // "từ xa xưa" (since ancient times) is PAST_REF like "thời xưa"; "tổ tiên xa xưa" (ancient ancestors) is an
        // adjective and stays out
        return t.word(i + 1, "xưa") && t.word(i - 1, "từ") ? add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null))
            : -1;
      }
      case "mới" -> {
        return t.word(i + 1, "đây") ? add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null)) : -1;
      }
      case "buổi" -> {
        if (t.num(i - 1)) return countPerPeriod(t, i, out); // "học 2 buổi/ngày", "tập 5 buổi / tuần"
        // "buổi trưa ngày 26/4": the classifier joins a dated part of day; a bare "buổi sáng" is no time
        String part = t.isWord(i + 1) ? PART_OF_DAY.get(t.low[i + 1]) : null;
        if (part == null) return -1;
        if (t.word(i + 1, "chiều") && t.word(i + 2, "tối")) return matchPartOfDay(t, i, i + 3, "EV", out);
        return matchPartOfDay(t, i, i + 2, part, out);
      }
      case "khoảng", "chừng", "tầm" -> {
        int e = approxClock(t, i, true, out);
        if (e > 0) return e;
        // "khoảng hơn 2 năm", "khoảng gần 3 tháng": "about" wins, as on clock readings ("khoảng hơn 11h" APPROX)
        e = add(out, modified(t, i, t.word(i + 1, "hơn") || t.word(i + 1, "gần") ? i + 2 : i + 1, "APPROX"));
        // "khoảng chiều ngày 10/9", "Khoảng trưa nay": about a dated part of day, APPROX like "gần trưa 8/3"
        if (e < 0 && t.isWord(i + 1) && PART_OF_DAY.containsKey(t.low[i + 1])) e = nearPartOfDay(t, i, out);
        return e > 0 ? e : approxDate(t, i, out);
      }
      case "hơn", "trên" -> {
        // "lúc hơn 7h sáng nay", "hơn 16h ngày 30/9": a clock reading just past the hour (the guidelines' "hơn")
        int e = w.equals("hơn") ? approxClock(t, i, t.isWord(i - 1) && CLOCK_CONTEXT.contains(t.low[i - 1]), out,
            "MORE_THAN") : -1;
        if (e > 0) return e;
        if (w.equals("hơn") && (t.word(i - 1, "sớm") || t.word(i - 1, "muộn") || t.word(i - 1, "trễ")
            || t.word(i - 1, "chậm") || t.word(i - 1, "nhanh"))) {
          // "sớm hơn 2 tuần", "chậm hơn 40 triệu năm": "hơn" compares ("earlier by"), the gap is the length itself
          RawTime d = quantity(t, i + 1);
          if (d != null && "DURATION".equals(d.type)) return add(out, d);
        }
        return add(out, modified(t, i, i + 1, "MORE_THAN"));
      }
      case "lần" -> {
        return countPerPeriod(t, i, out);
      }
      case "quá" -> {
        // "trong quá khứ": the past (PAST_REF); the preposition stays out of the span. "đã là quá khứ.", "sẽ thành quá
        // khứ sau …", "trôi vào quá khứ": the past as a time, like "trong quá khứ", when the clause ends or goes on
        // after it (not "quá khứ của cô", "quá khứ đau buồn": someone's past)
        return t.word(i + 1, "khứ") && (t.word(i - 1, "trong") || (t.word(i - 1, "là") || t.word(i - 1, "thành")
            || t.word(i - 1, "vào")) && (i + 2 >= t.n || t.isPunct(i + 2) || t.word(i + 2, "và") || t.word(i + 2, "nhưng")
            || t.word(i + 2, "sau") || t.word(i + 2, "rồi") || t.word(i + 2, "mà")))
            ? add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null)) : -1;
      }
      case "dưới" -> {
        return add(out, modified(t, i, i + 1, "LESS_THAN"));
      }
      case "chưa", "không" -> {
        if (t.word(i + 1, "đầy") || t.word(i + 1, "tới") || t.word(i + 1, "đến"))
          return add(out, modified(t, i, i + 2, "LESS_THAN"));
        if (t.word(i + 1, "quá")) return add(out, modified(t, i, i + 2, "EQUAL_OR_LESS"));
        return -1;
      }
      case "ít" -> {
        if (t.word(i + 1, "nhất")) return add(out, modified(t, i, i + 2, "EQUAL_OR_MORE"));
        // "ít hơn 30 giây" is fewer than: LESS_THAN, "ít" inside (not "hơn" alone, MORE_THAN)
        if (t.word(i + 1, "hơn")) return add(out, modified(t, i, i + 2, "LESS_THAN"));
        return add(out, quantityOrAgo(t, i)); // "ít phút", "ít ngày": a few, like "vài"
      }
      case "cả" -> {
        if (t.word(i + 1, "chục") || t.word(i + 1, "trăm") || t.word(i + 1, "nghìn") || t.word(i + 1, "ngàn")) {
          // "cả chục năm": a good ten years, "cả" inside like "cả tiếng"; "cả trăm năm" a hundred, "cả nghìn năm" a thousand
          RawTime d = quantity(t, i + 1);
          if (d != null) d.tokStart = i;
          return add(out, d);
        }
        return add(out, wholeUnit(t, i));
      }
      case "trước" -> {
        if (t.word(i + 1, "đây")) return add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null));
        // "trước kia" is "formerly", like "trước đây"; "phía trước kia" is a place ("over there in front")
        if (t.word(i + 1, "kia") && !t.word(i - 1, "phía") && !t.word(i - 1, "đằng"))
          return add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null));
        return yearAfterContext(t, i, out);
      }
      case "hiện" -> {
        // "xuất hiện tại sân bay", "phát hiện tại nhà", "thực hiện nay": "hiện" ends a verb and "tại" / "nay" follow
        // it (at / now), so there is no "hiện tại" / "hiện nay"
        if (hienEndsVerb(t, i)) return -1;
        // "hiện nay (18/12)": the date stated for today joins the span, like "chiều nay (28/4)"
        RawTime stated = t.word(i + 1, "nay") ? todayWithDate(t, i, i + 2) : null;
        if (stated != null) return add(out, stated);
        if (t.word(i + 1, "nay") || t.word(i + 1, "tại") || t.word(i + 1, "giờ"))
          return add(out, RawTime.fixed(i, i + 2, "DATE", "PRESENT_REF", null));
        return -1;
      }
      case "bây" -> {
        return t.word(i + 1, "giờ") ? add(out, RawTime.fixed(i, i + 2, "DATE", "PRESENT_REF", null)) : -1;
      }
      case "sắp" -> {
        if (!t.word(i + 1, "tới") || upcomingAfterNoun(t, i)) return -1;
        // "Sắp tới đây, …": "tới đây" is one deictic word (guidelines), "đây" inside; not "sắp tới đây là …"
        boolean here = t.word(i + 2, "đây") && !t.word(i + 3, "là");
        return add(out, RawTime.fixed(i, here ? i + 3 : i + 2, "DATE", "FUTURE_REF", null));
      }
      case "thời" -> {
        if (t.word(i + 1, "xưa")) return add(out, RawTime.fixed(i, i + 2, "DATE", "PAST_REF", null));
        // "thanh niên thời nay" (nowadays): PRESENT_REF, the counterpart of "thời xưa"; "đồng thời nay" is "also now"
        if (t.word(i + 1, "nay") && !t.word(i - 1, "đồng")) return add(out, RawTime.fixed(i, i + 2, "DATE", "PRESENT_REF", null));
        // "thời xa xưa" (ancient times) like "thời xưa"
        if (t.word(i + 1, "xa") && t.word(i + 2, "xưa")) return add(out, RawTime.fixed(i, i + 3, "DATE", "PAST_REF", null));
        if (!t.word(i + 1, "gian")) return -1;
        // "trong thời gian gần." (in the near term): FUTURE_REF like "thời gian tới"; "thời gian gần 2 năm" is a length
        if (t.word(i + 2, "gần") && t.word(i - 1, "trong") && (i + 3 >= t.n || t.isPunct(i + 3) || t.word(i + 3, "tới")))
          return add(out, RawTime.fixed(i, t.word(i + 3, "tới") ? i + 4 : i + 3, "DATE", "FUTURE_REF", null));
        // "thời gian trước đây": formerly, PAST_REF like "trước đây" ("thời gian" inside, like "thời gian qua")
        if (t.word(i + 2, "trước") && t.word(i + 3, "đây"))
          return add(out, RawTime.fixed(i, i + 4, "DATE", "PAST_REF", null));
        int e = deicticEnd(t, i + 2);
        if (e < 0 || t.word(i + 2, "này")) return -1; // "thời gian này" is anaphora, no value of its own
        return add(out, RawTime.fixed(i, e, "DATE", deicticValue(t, i + 2), null));
      }
      case "cách" -> {
        if (!t.word(i + 1, "đây") && !t.word(i + 1, "nay")) return -1;
        // "cách đây ít ngày", "cách nay vài năm": some time ago, no number to count back
        int c = t.word(i + 2, "chỉ") ? i + 3 : i + 2; // "cách nay chỉ ít tuần": "chỉ" (only) inside
        if ((t.word(c, "ít") && !t.word(c + 1, "nhất") || t.isWord(c) && FUZZY_COUNT.contains(t.low[c]))
            && t.isWord(c + 1) && (UNIT_WORDS.contains(t.low[c + 1]) || t.low[c + 1].equals("phút")))
          return add(out, RawTime.fixed(i, c + 2, "DATE", "PAST_REF", null));
        // "cách đây không lâu", "cách nay chưa lâu": not long ago, PAST_REF like "cách đây ít ngày"
        if ((t.word(c, "không") || t.word(c, "chưa")) && t.word(c + 1, "lâu"))
          return add(out, RawTime.fixed(i, c + 2, "DATE", "PAST_REF", null));
        // "cách đây vài thập niên", "cách đây nhiều thế kỷ": some decades or centuries ago
        if (t.isWord(c) && FUZZY_COUNT.contains(t.low[c]) && (t.word(c + 1, "thập") && (t.word(c + 2, "kỷ")
            || t.word(c + 2, "niên")) || t.word(c + 1, "thế") && t.word(c + 2, "kỷ")))
          return add(out, RawTime.fixed(i, c + 3, "DATE", "PAST_REF", null));
        // "cách đây hàng triệu năm": an unknown number of years ago, like "hàng tỷ năm trước"
        if (t.word(i + 2, "hàng") && (t.word(i + 3, "trăm") || t.word(i + 3, "nghìn") || t.word(i + 3, "ngàn")
            || t.word(i + 3, "triệu") || t.word(i + 3, "tỷ") || t.word(i + 3, "chục"))) {
          // "cách đây hàng trăm triệu năm": the multiplier after the count word
          int u = t.word(i + 4, "triệu") || t.word(i + 4, "tỷ") || t.word(i + 4, "nghìn") ? i + 5 : i + 4;
          if (t.word(u, "năm")) return add(out, RawTime.fixed(i, u + 1, "DATE", "PAST_REF", null));
        }
        // "cách đây 66 triệu năm", "cách đây khoảng 4,5 tỷ năm": a geological time ago, PAST_REF
        boolean about = t.word(i + 2, "khoảng") || t.word(i + 2, "chừng");
        int k = i + (about ? 3 : 2);
        // "cách đây ba tỷ năm": the count may be a number word too
        int ages = t.num(k) || t.isWord(k) && (NUMBER_WORDS.containsKey(t.low[k]) || t.low[k].equals("nửa"))
            ? agesEnd(t, k) : -1;
        if (ages > 0) return add(out, RawTime.fixed(i, ages, "DATE", "PAST_REF", about ? "APPROX" : null));
        int eon = eonAgoRangeEnd(t, k);
        if (eon > 0) {
          // "cách đây khoảng 30 đến 40 triệu năm (trước)": two PAST_REFs, the first from "cách", both APPROX after
          // "khoảng" (guidelines, rounds 14 and 34)
          return eonAgoRange(t, i, k, eon, about ? "APPROX" : null, out);
        }
        RawTime two = t.num(k) ? firstOfTwoCounts(t, k) : null;
        if (two != null && (two.unit == 'Y' || two.unit == 'M' || two.unit == 'W' || two.unit == 'D')) {
          // "cách đây 5,6 năm", "cách đây khoảng 2, 3 tháng": each end a date that far back, like "Cách đây 3-4 năm"
          // (round 11); the first from "cách", both APPROX after "khoảng" (round 34)
          RawTime second = quantity(t, k + 2);
          RawTime a = rel(i, k + 1, two.unit, -t.val[k]);
          RawTime b = rel(k + 2, agoAfter(t, second) ? agoEnd(t, second) : second.tokEnd, second.unit, -second.q);
          if (about) {
            a.mod = "APPROX";
            b.mod = "APPROX";
          }
          out.add(a);
          out.add(b);
          return b.tokEnd;
        }
        List<RawTime> tmp = new ArrayList<>(1);
        int qe = matchAt(t, i + 2, tmp); // a duration, possibly with a modifier: "cách đây hơn 50 năm"
        RawTime d = qe > 0 && tmp.size() == 1 ? tmp.get(0) : null;
        if (d != null && d.kind == Kind.REL && d.off < 0 && d.tokStart == i + 2) {
          // "cách đây 10 năm về trước": the time ago written twice is one DATE from "cách"
          RawTime r = rel(i, d.tokEnd, d.unit, d.off);
          r.mod = d.mod;
          return add(out, r);
        }
        if (d == null || d.q <= 0 || !"DURATION".equals(d.type) || d.unit == 'h' || d.unit == 'm' || d.unit == 's')
          return -1;
        RawTime r = new RawTime(Kind.REL, i, d.tokEnd);
        r.unit = d.unit;
        r.off = -d.q;
        r.mod = d.mod == null ? null : d.mod.equals("MORE_THAN") ? "BEFORE" : d.mod.equals("LESS_THAN") ? "AFTER" : d.mod;
        return add(out, r);
      }
      default -> {
        // "mấy ngày hôm nay": one length, like "mấy hôm nay"
        if (FUZZY_COUNT.contains(w) && t.word(i + 1, "ngày") && t.word(i + 2, "hôm")
            && (t.word(i + 3, "nay") || t.word(i + 3, "qua")))
          return add(out, RawTime.fixed(i, i + 4, "DURATION", "PXD", null));
        if (FUZZY_COUNT.contains(w) && t.word(i + 1, "hôm")) {
          // "mấy hôm trước" (a few days ago) is PAST_REF like "vài ngày trước"; "mấy hôm nay" (for a few days now) a
          // length like "nhiều ngày nay" (PXD), not "today"
          if (t.word(i + 2, "trước") && !t.word(i + 3, "khi") && !t.word(i + 3, "đó"))
            return add(out, RawTime.fixed(i, i + 3, "DATE", "PAST_REF", null));
          // "rét lại mấy hôm", "mấy hôm nữa": for a few days, like "vài ngày (nữa)"; not "(có) nhiều hôm" (on many
          // days), "cứ vài hôm" (every few days)
          int e = t.word(i + 2, "nay") || t.word(i + 2, "qua") || t.word(i + 2, "nữa") ? i + 3 : i + 2;
          if (e == i + 3 || !w.equals("nhiều") && !t.word(i - 1, "cứ"))
            return add(out, RawTime.fixed(i, e, "DURATION", "PXD", null));
        }
        if (describedUnit(t, i) || someDay(t, i) || newYearWish(t, i)) return -1;
        RawTime homAgo = daysAgoInHom(t, i);
        if (homAgo != null) return add(out, homAgo);
        if (t.word(i - 1, "thứ") && NUMBER_WORDS.containsKey(w)) return -1; // "thứ sáu tuần trước": no count of weeks
        if (NUMBER_WORDS.containsKey(w) || FUZZY_COUNT.contains(w)) return add(out, rate(t, i, quantityOrAgo(t, i)));
        // "Hơn chục năm nay" starts at "hơn"; a bare "chục năm nay", "bao năm qua", "bao nhiêu năm nay" at the count
        if (w.equals("chục") && !t.word(i - 1, "hàng")) return add(out, quantityOrAgo(t, i));
        if (w.equals("bao")) return add(out, quantityOrAgo(t, i));
        // "đến nay", "tính tới nay": "nay" is the present; "từ trước đến nay", "từ xưa đến nay" are idioms
        if ((w.equals("đến") || w.equals("tới")) && t.word(i + 1, "nay") && !t.word(i - 1, "trước")
            && !(t.word(i - 1, "xưa") && t.word(i - 2, "từ"))
            && !t.punct(i + 2, '(')) {
          out.add(RawTime.fixed(i + 1, i + 2, "DATE", "PRESENT_REF", null));
          return i + 2;
        }
        // "…, tới đây sẽ …": soon
        if (w.equals("tới") && soonFromHere(t, i)) return add(out, RawTime.fixed(i, i + 2, "DATE", "FUTURE_REF", null));
        if (YEAR_CONTEXT.contains(w)) return yearAfterContext(t, i, out);
        // "(sinh 1972, trú …)" is a birth year like "SN 1973" ("tuyển sinh 2021" is an intake, named by its year);
        // "lợi nhuận … trong 2021." is the year when punctuation or a verb ends it ("trong 2000 hộ dân" is a count)
        // "so với kế hoạch 2015": the year of a plan, like "kế hoạch năm 2015"
        // "kể từ tài khóa 2014": a fiscal year named by its number, like "kế hoạch 2015"
        if (w.equals("sinh") && !t.word(i - 1, "tuyển") || w.equals("hoạch") && t.word(i - 1, "kế")
            || (w.equals("khóa") || w.equals("khoá")) && t.word(i - 1, "tài")
            // "tăng 53% so với cùng kỳ 2020": the same period of that year, like "cùng kỳ năm 2020"
            || w.equals("kỳ") && t.word(i - 1, "cùng") && !(t.isWord(i + 2) && COUNT_UNITS.contains(t.low[i + 2]))
            || w.equals("trong") && (i + 2 >= t.n
            || t.isPunct(i + 2) && !t.punct(i + 2, '%') || t.isWord(i + 2) && (AFTER_FIGURE_YEAR.contains(t.low[i + 2])
            || t.low[i + 2].equals("thì") || t.low[i + 2].equals("cũng")))) // "làm gấp trong 2019 thì …"
          return yearAfterContext(t, i, out);
        return -1;
      }
    }
  }

  /**
   * "khoảng 10-15 ngày", "khoảng 4 đến 12 tuần": "about" before a range of lengths goes with the first end and makes
   * both ends APPROX (guidelines, round 11), as "khoảng" does on a single length.
   */
  /**
   * "3 lần/tuần", "1,6 lần/tháng", "2 buổi/ngày" (i at "lần" / "buổi", a number before it): a frequency, SET of the
   * period after the slash (like "2 ngày/tuần"); the slash may stand between spaces ("2 buổi / ngày", "5 buổi/ tuần").
   */
  private static int countPerPeriod(Tokens t, int i, List<RawTime> out) {
    if (!t.num(i - 1) || !t.punct(i + 1, '/')) return -1;
    String per = perPeriod(t, i + 2);
    if (per == null) return -1;
    int s = i - 1;
    if (t.punct(s - 1, ',') && t.glued(s) && t.glued(s - 1) && t.num(s - 2)) s -= 2;
    if (!out.isEmpty() && out.get(out.size() - 1).tokEnd > s) return -1;
    return add(out, RawTime.fixed(s, i + 3, "SET", per, null));
  }

  /** The period of a rate written after a slash at k ("/ngày" P1D, "/tuần" P1W, "/tháng", "/năm"), or null. */
  private static String perPeriod(Tokens t, int k) {
    // "ngày/tháng/năm" is a date pattern; "9 tháng / năm học" counts months of a school year
    if (!t.isWord(k) || t.num(k + 1) || t.punct(k + 1, '/') || t.word(k, "năm") && t.word(k + 1, "học")) return null;
    return switch (t.low[k]) {
      case "ngày" -> "P1D";
      case "tuần" -> "P1W";
      case "tháng" -> "P1M";
      case "năm" -> "P1Y";
      default -> null;
    };
  }

  private static int approxRange(Tokens t, int i, List<RawTime> out, int before, int e) {
    if (out.size() != before + 2 || !(t.word(i - 1, "khoảng") || t.word(i - 1, "tầm") || t.word(i - 1, "chừng"))
        || before > 0 && out.get(before - 1).tokEnd > i - 1) return e;
    RawTime a = out.get(before), b = out.get(before + 1);
    if (!"DURATION".equals(a.type) || !"DURATION".equals(b.type) || a.mod != null || b.mod != null || a.tokStart != i)
      return e;
    a.tokStart = i - 1;
    a.mod = "APPROX";
    b.mod = "APPROX";
    return e;
  }

  /** The value of a Roman numeral word at k ("XVII" = 17, "xx" = 20; I, V, X, L only), else -1. No allocation. */
  private static int romanAt(Tokens t, int k) {
    if (!t.isWord(k) || t.end[k] - t.start[k] > 8) return -1;
    int total = 0, prev = 0;
    for (int q = t.end[k] - 1; q >= t.start[k]; q--) {
      int v = switch (Character.toUpperCase(t.text.charAt(q))) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        default -> -1;
      };
      if (v < 0) return -1;
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  /**
   * "40 triệu năm", "3,7 tỷ năm", "bốn triệu năm": a length of millions or billions of years (count at i, the
   * multiplier at j), P40000000Y; not when a word after it makes it a time ago, an age or a distance ("… năm trước",
   * "năm qua", "năm tuổi", "năm ánh sáng"), which other rules read.
   */
  private static RawTime eonLength(Tokens t, int i, int j, String count) {
    // "trong 400 triệu năm qua": over that length up to now, "qua" inside like "3 năm qua"
    int e = t.word(j + 2, "qua") ? j + 3 : j + 2;
    if (e == j + 2 && t.isWord(j + 2)) {
      switch (t.low[j + 2]) {
        case "trước", "sau", "nay", "nữa", "tới", "tuổi", "ánh", "về", "trở" -> {
          return null;
        }
        default -> { }
      }
    }
    // "cách đây khoảng 200 đến 250 triệu năm": the second end of a time ago stays out
    for (int k = i - 1; k >= 0 && k >= i - 6; k--) if (t.word(k, "cách") && t.word(k + 1, "đây")) return null;
    java.math.BigDecimal n = new java.math.BigDecimal(count).multiply(t.word(j, "triệu")
        ? java.math.BigDecimal.valueOf(1_000_000L) : java.math.BigDecimal.valueOf(1_000_000_000L));
    return RawTime.fixed(i, e, "DURATION", "P" + n.stripTrailingZeros().toPlainString() + "Y", null);
  }

  /** "65 triệu năm", "4,5 tỷ năm": the end of a count of millions or billions of years at i, else -1. */
  private static int agesEnd(Tokens t, int i) {
    int j = i + 1;
    if (t.punct(j, ',') && t.glued(j) && t.num(j + 1) && t.glued(j + 1)) j += 2;
    return (t.word(j, "triệu") || t.word(j, "tỷ") || t.word(j, "tỉ")) && t.word(j + 1, "năm") ? j + 2 : -1;
  }

  /**
   * "56 - 66 triệu năm", "30 đến 40 triệu năm", "2,5-3 tỷ năm" (k at the first count): a range of millions or billions
   * of years, the multiplier written once after the second end; the token after "năm", or -1.
   */
  private static int eonAgoRangeEnd(Tokens t, int k) {
    if (!t.num(k) || t.val[k] < 0) return -1;
    int j = k + 1;
    if (t.punct(j, ',') && t.glued(j) && t.num(j + 1) && t.glued(j + 1)) j += 2;
    if (!(t.punct(j, '-') || t.punct(j, '–') || t.word(j, "đến") || t.word(j, "tới")) || !t.num(j + 1)) return -1;
    return agesEnd(t, j + 1);
  }

  /**
   * The two PAST_REFs of a range of millions of years ago (round 34), like round 14's "khoảng 2,1 triệu và 640.000 năm
   * trước": the first from {@code s} to the first count (k), the second from the count after the dash or "đến" to
   * "năm" ({@code eon}), with "trước" when it follows; both with {@code mod}.
   */
  private static int eonAgoRange(Tokens t, int s, int k, int eon, String mod, List<RawTime> out) {
    int j = k + 1;
    if (t.punct(j, ',') && t.glued(j) && t.num(j + 1) && t.glued(j + 1)) j += 2;
    out.add(RawTime.fixed(s, j, "DATE", "PAST_REF", mod));
    int e = t.word(eon, "trước") ? eon + 1 : eon;
    out.add(RawTime.fixed(j + 1, e, "DATE", "PAST_REF", mod));
    return e;
  }

  /**
   * "ngày 20 - 25/4" (the number path gives "20" and "25/4"; "ngày" joins the first) and "ngày 22-24" with no month
   * (two days of the month the resolver supplies).
   */
  private int dayRange(Tokens t, int i, List<RawTime> out) {
    int j = i + 1;
    if (!(t.punct(j + 1, '-') || t.punct(j + 1, '–'))) return -1;
    int before = out.size();
    int e = matchNumber(t, j, out);
    if (e > 0 && out.size() > before && out.get(before).tokStart == j && out.get(before).kind == Kind.DAY) {
      out.get(before).tokStart = i;
      return e;
    }
    while (out.size() > before) out.remove(out.size() - 1);
    int k = j + 2;
    if (!t.num(k, 2) || t.val[j] < 1 || t.val[k] <= t.val[j] || t.val[k] > 31) return -1;
    if (k + 1 < t.n && t.glued(k + 1) && (t.isWord(k + 1) || t.num(k + 1) || isSep(t, k + 1))) return -1;
    RawTime a = new RawTime(Kind.DAY, i, j + 1);
    a.d = t.val[j];
    RawTime b = new RawTime(Kind.DAY, k, k + 1);
    b.d = t.val[k];
    out.add(a);
    out.add(b);
    return k + 1;
  }

  /**
   * "từ 9/2019", "đến 04/2019", "vào 9/2020": a month and year written without "tháng" after a word that introduces a
   * point in time; elsewhere "1/2000" may be a ratio or a scale.
   */
  private static RawTime monthSlashYear(Tokens t, int i) {
    if (!t.num(i, 2) || t.val[i] < 1 || t.val[i] > 12 || !(t.punct(i + 1, '/') || t.punct(i + 1, '-'))
        || !t.glued(i + 1)) return null;
    if (!t.isWord(i - 1) || !MONTH_YEAR_CONTEXT.contains(t.low[i - 1]) || gluedToWordBefore(t, i)) return null;
    if (!(t.num(i + 2) && t.digits(i + 2) == 4 && t.glued(i + 2) && t.val[i + 2] >= 1950 && t.val[i + 2] <= 2100))
      return null;
    // "vào 11/2017." ends a sentence; "11/2017.5", "11/2017-" glue on
    boolean endDot = t.punct(i + 3, '.') && !(i + 4 < t.n && t.glued(i + 4));
    if (i + 3 < t.n && t.glued(i + 3) && (t.isWord(i + 3) || t.num(i + 3) || isSep(t, i + 3) && !endDot
        || t.punct(i + 3, '%')))
      return null;
    // "Từ 9-2015, …", "đến 4-1996", "vào 11-2017 tại …", "cuối 5-2019": the dashed month-year of the feeds that write
    // "tháng 9-2015", when no unit or count follows ("từ 5-2000 đồng" is a price range)
    if (t.punct(i + 1, '-') && !yearEndsPhrase(t, i + 3)) return null;
    RawTime r = new RawTime(Kind.MONTH, i, i + 3);
    r.m = t.val[i];
    r.y = t.val[i + 2];
    return r;
  }

  /**
   * "tháng 11 và 12/2018", "tháng 1 – 12/2017", "tháng 10/2017 – 3/2018", "tháng 10 - 12-2017": a month/year without
   * "tháng" right after a month form and "và" or a dash closes a list or range of months; it is the month (the first
   * end borrows its year in the analyzer), like "tháng 8 đến 12/2017". A yearless first month must come earlier.
   */
  private static RawTime monthYearClosingMonths(Tokens t, int i, List<RawTime> out) {
    if (!t.num(i, 2) || t.val[i] < 1 || t.val[i] > 12 || out.isEmpty()) return null;
    if (!(t.word(i - 1, "và") || t.punct(i - 1, '-') || t.punct(i - 1, '–'))) return null;
    RawTime prev = out.get(out.size() - 1);
    if (prev.kind != Kind.MONTH || prev.tokEnd != i - 1 || prev.m == 0 || prev.y == NO_YEAR && prev.m >= t.val[i])
      return null;
    if (!(t.punct(i + 1, '/') || t.punct(i + 1, '-')) || !t.glued(i + 1)) return null;
    if (!(t.num(i + 2) && t.digits(i + 2) == 4 && t.glued(i + 2) && t.val[i + 2] >= 1950 && t.val[i + 2] <= 2100))
      return null;
    boolean endDot = t.punct(i + 3, '.') && !(i + 4 < t.n && t.glued(i + 4));
    if (i + 3 < t.n && t.glued(i + 3) && (t.isWord(i + 3) || t.num(i + 3) || isSep(t, i + 3) && !endDot
        || t.punct(i + 3, '%')))
      return null;
    RawTime r = new RawTime(Kind.MONTH, i, i + 3);
    r.m = t.val[i];
    r.y = t.val[i + 2];
    return r;
  }

  private static final Set<String> MONTH_YEAR_CONTEXT = WordSet.of("từ", "đến", "tới", "vào", "hồi", "hết", "trong", "sau",
      "trước", "đầu", "giữa", "cuối"); // the edges for "đầu 5/2018", "cuối 2/2017" ({@link #matchEdge} adds the mod)

  /**
   * "các ngày 10, 11 và 12/4": a bare day inside a list that a "ngày N" opened and a day-month closes is a day of its
   * own (the analyzer gives it the closing date's month); each listed day is an expression, like the ends of a range.
   */
  private static int listedDay(Tokens t, int i, List<RawTime> out) {
    if (!t.num(i, 2) || out.isEmpty() || !(t.punct(i - 1, ',') || t.word(i - 1, "và"))) return -1;
    RawTime prev = out.get(out.size() - 1);
    if (prev.kind != Kind.DAY || prev.m != 0 || prev.tokEnd != i - 1 || prev.hasTime()) return -1;
    // "các ngày 29, 30, 31-5": the comma after a listed day may be glued to it
    if (t.val[i] <= prev.d || t.val[i] > 31 || t.glued(i + 1) && !t.punct(i + 1, ',')) return -1;
    for (int k = i + 1, steps = 0; steps < 6 && (t.punct(k, ',') || t.word(k, "và")) && t.num(k + 1, 2); k += 2, steps++) {
      int[] dm = dm(t, k + 1, false);
      if (dm != null) {
        if (dm[0] <= t.val[i]) return -1;
        RawTime r = new RawTime(Kind.DAY, i, i + 1);
        r.d = t.val[i];
        out.add(r);
        return i + 1;
      }
      if (t.glued(k + 2)) return -1;
    }
    return -1;
  }

  /**
   * "28 Tết", "ngày 30 Tết" (from s, the number at j): a day of the last lunar month, just before the New Year; a year
   * or can-chi written after "Tết" names the New Year, so the day belongs to the lunar year before it. "mùng 2 Tết" is
   * {@link #mung}; "24 tết Bính Thân" as a date was left out before round 16 and is read here too.
   */
  private static RawTime lateTet(Tokens t, int s, int j) {
    if (!t.num(j, 2) || t.val[j] < 20 || t.val[j] > 30 || !t.word(j + 1, "tết") || t.glued(j + 1)
        || gluedToWordBefore(t, j)) return null;
    RawTime r = lunarDay(t, s, j + 2, t.val[j], 12);
    if (r.y != NO_YEAR) r.y--;
    else if (r.canChi >= 0) r.canChi = (r.canChi / 12 + 9) % 10 * 12 + (r.canChi % 12 + 11) % 12;
    return r;
  }

  /**
   * "23 tháng Chạp", "ngày 15 tháng Giêng (âm lịch)" (from s, the number at j): a lunar day of the last or first month,
   * like "mùng 10 tháng Giêng" (it was read as a length of 23 months, or as a solar day of the publication month).
   */
  private static RawTime lunarMonthDay(Tokens t, int s, int j) {
    // the second end of a range glued to a dash ("23-29 tháng Chạp") is allowed
    if (!t.num(j, 2) || t.val[j] < 1 || t.val[j] > 30 || !t.word(j + 1, "tháng")
        || gluedToWordBefore(t, j) && !(t.punct(j - 1, '-') && t.num(j - 2, 2))) return null;
    boolean first = t.word(j + 2, "giêng");
    if (!first && !t.word(j + 2, "chạp")) return null;
    return lunarDay(t, s, j + 3, t.val[j], first ? 1 : 12);
  }

  /**
   * "mùng 4 Tết (3-2)", "Tối 30 Tết (4-2)": a lunar day followed by its solar date in parentheses is one span, like
   * "hôm nay (2-6)"; a written date with its year wins ("mùng 9 tháng 3 năm Quý Hợi (24/4/1923)"), one without a year
   * leaves the lunar day's value (it restates it, and the lunar day fixes the year better).
   */
  private RawTime solarInParens(Tokens t, RawTime r) {
    if (r == null || !r.lunar || r.kind != Kind.DAY || !t.punct(r.tokEnd, '(')) return r;
    RawTime date = bareDate(t, r.tokEnd + 1, true);
    if (date == null || date.kind != Kind.DAY || date.m <= 0 || date.hasTime() || !t.punct(date.tokEnd, ')')) return r;
    if (date.y != NO_YEAR) {
      date.tokStart = r.tokStart;
      date.tokEnd++;
      return date;
    }
    r.tokEnd = date.tokEnd + 1;
    return r;
  }

  /** A lunar day d/m from token s to e, with an optional "năm 2021" / "2021" year after it. */
  private static RawTime lunarDay(Tokens t, int s, int e, int d, int m) {
    RawTime r = new RawTime(Kind.DAY, s, e);
    r.d = d;
    r.m = m;
    r.lunar = true;
    // "Tết Nguyên đán Kỷ Hợi (2019)", "Tết Nguyên đán năm Đinh Dậu": the year named by can-chi, a written year after
    // it winning
    int cc = canChi(t, e) >= 0 ? e : t.word(e, "năm") && canChi(t, e + 1) >= 0 ? e + 1 : -1;
    if (cc >= 0) {
      r.canChi = canChi(t, cc);
      e = cc + 2;
      r.tokEnd = e;
      if (bracketedYear(t, e)) {
        r.y = t.val[e + 1]; // "Tết Tân Mão (2011)": the bracketed year names the lunar year, one span
        r.tokEnd = e + 3;
        return r;
      }
    }
    if (t.word(e, "năm") && isYearNumber(t, e + 1)) {
      r.y = t.val[e + 1];
      r.tokEnd = e + 2;
    } else if (isYearNumber(t, e)) {
      r.y = t.val[e];
      r.tokEnd = e + 1;
    } else if (t.word(e, "vừa") && (t.word(e + 1, "qua") || t.word(e + 1, "rồi"))
        || t.word(e, "năm") && t.word(e + 1, "nay")) {
      r.tokEnd = e + 2; // "Tết Nguyên đán vừa qua", "Tết Trung thu năm nay": the holiday with its deictic word, one DATE
    } else if (t.word(e, "sắp") && t.word(e + 1, "tới")) {
      // "Tết Nguyên đán sắp tới", "Tết sắp tới": the coming one (the analyzer moves it past the anchor), one DATE
      r.tokEnd = e + 2;
      r.forward = true;
      r.forwardWord = true;
    }
    lunarTail(t, r);
    return r;
  }

  /** "âm lịch" or "(âm lịch)" after a day: the day is lunar; the words join the span. */
  private static void lunarTail(Tokens t, RawTime r) {
    int e = r.tokEnd;
    if (t.word(e, "âm") && t.word(e + 1, "lịch")) {
      r.lunar = true;
      r.tokEnd = e + 2;
    } else if (t.punct(e, '(') && t.word(e + 1, "âm") && t.word(e + 2, "lịch") && t.punct(e + 3, ')')) {
      r.lunar = true;
      r.tokEnd = e + 4;
    }
  }

  /**
   * "mùng 1 Tết", "mồng 10 tháng Giêng", "mùng 10/3 âm lịch" (lunar), or a solar "mùng 2/9" / "mùng 5 tháng 5"
   * when nothing marks it lunar.
   */
  private RawTime mung(Tokens t, int i) {
    int j = i + 1;
    if (!t.num(j, 2) || t.val[j] < 1 || t.val[j] > 30) return null;
    if (t.word(j + 1, "tết")) {
      // "mồng 2 Tết Nguyên đán 2017", "mùng 1 Tết âm lịch": the holiday's full name belongs to the day
      int e = (t.word(j + 2, "nguyên") && t.word(j + 3, "đán") || t.word(j + 2, "âm") && t.word(j + 3, "lịch"))
          ? j + 4 : j + 2;
      return lunarDay(t, i, e, t.val[j], 1);
    }
    RawTime r;
    if (t.word(j + 1, "tháng") && (t.word(j + 2, "giêng") || t.word(j + 2, "chạp"))) {
      r = lunarDay(t, i, j + 3, t.val[j], t.word(j + 2, "giêng") ? 1 : 12);
      return r;
    }
    int[] dm = dm(t, j, true);
    if (dm != null) {
      r = new RawTime(Kind.DAY, i, dm[3]);
      r.d = dm[0];
      r.m = dm[1];
      r.y = dm[2];
    } else if (t.word(j + 1, "tháng") && t.num(j + 2, 2)) {
      r = dayMonthWords(t, i, j);
      if (r == null) return null;
    } else {
      return null;
    }
    lunarTail(t, r);
    cyclicYear(t, r);
    if (!r.lunar) trailing(t, r);
    return r;
  }

  private static final List<String> CAN = List.of(
      "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý");
  private static final List<String> CHI = List.of(
      "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi");

  /**
   * "Tân Sửu", "Giáp Thìn" at k (both capitalised): the sexagenary year as can * 12 + chi (0..119, resolved to the
   * nearest such year by the analyzer), or -1. "Tị" and "Mẹo" are spellings of "Tỵ" and "Mão".
   */
  /** "(2012)" at k: a year alone in brackets. */
  private static boolean bracketedYear(Tokens t, int k) {
    return t.punct(k, '(') && isYearNumber(t, k + 1) && t.punct(k + 2, ')');
  }

  static int canChi(Tokens t, int k) {
    if (!t.isWord(k) || !t.isWord(k + 1) || !t.cap[k] || !t.cap[k + 1]) return -1;
    int c = CAN.indexOf(t.low[k]);
    String z = t.low[k + 1].equals("tị") ? "tỵ" : t.low[k + 1].equals("mẹo") ? "mão" : t.low[k + 1];
    int h = CHI.indexOf(z);
    return c < 0 || h < 0 ? -1 : c * 12 + h;
  }

  /** "mùng 3 tháng 3 năm Tân Sửu": a day in a year named by its can-chi is a lunar date of that year. */
  private static void cyclicYear(Tokens t, RawTime r) {
    if (r.y != NO_YEAR || !t.word(r.tokEnd, "năm")) return;
    int cc = canChi(t, r.tokEnd + 1);
    if (cc < 0) return;
    r.canChi = cc;
    r.lunar = true;
    r.tokEnd += 3;
    if (bracketedYear(t, r.tokEnd)) {
      r.y = t.val[r.tokEnd + 1]; // "ngày 5 tháng Giêng năm Mậu Tuất (2018)": the bracketed year names the lunar year
      r.tokEnd += 3;
    }
  }

  /** "rằm tháng Giêng", "ngày rằm tháng 5 âm lịch", "rằm tháng 7": lunar day 15; the span starts at s. */
  private static RawTime fullMoon(Tokens t, int s, int i) {
    if (!t.word(i + 1, "tháng")) return null;
    int k = i + 2;
    int m = t.num(k, 2) ? t.val[k] : t.word(k, "giêng") ? 1 : t.word(k, "chạp") ? 12
        : t.isWord(k) && t.cap[k] && MONTH_WORDS.containsKey(t.low[k]) ? MONTH_WORDS.get(t.low[k]) : -1;
    if (m < 1 || m > 12) return null;
    return lunarDay(t, s, k + 1, 15, m);
  }

  private static final Map<String, String> SEASONS = WordMap.copyOf(Map.of(
      "xuân", "SP", "hè", "SU", "hạ", "SU", "thu", "FA", "đông", "WI"));
  private static final Set<String> UNIT_WORDS = WordSet.of("ngày", "tuần", "tháng", "năm", "giờ", "hôm");

  /** End of a deictic word at k ("qua", "vừa qua", "gần đây", "tới", "sắp tới", "sắp đến", "này", "trước"), or -1. */
  private static int deicticEnd(Tokens t, int k) {
    if (t.word(k, "tới") && t.word(k + 1, "đây")) return k + 2; // "những ngày tới đây", like "tới"
    if (t.word(k, "qua") || t.word(k, "tới") || t.word(k, "này")) return k + 1;
    // "thời gian vừa rồi", "những ngày vừa rồi": "vừa rồi" is "vừa qua" (round 32, like "tuần vừa rồi")
    if (t.word(k, "vừa") && (t.word(k + 1, "qua") || t.word(k + 1, "rồi")) || t.word(k, "gần") && t.word(k + 1, "đây")
        || t.word(k, "sắp") && (t.word(k + 1, "tới") || t.word(k + 1, "đến")) || t.word(k, "trở") && t.word(k + 1, "lại")
        && t.word(k + 2, "đây")) return t.word(k, "trở") ? k + 3 : k + 2;
    return -1;
  }

  private static String deicticValue(Tokens t, int k) {
    if (t.word(k, "tới") || t.word(k, "sắp")) return "FUTURE_REF";
    if (t.word(k, "này")) return "PRESENT_REF";
    return "PAST_REF";
  }

  /**
   * "lễ tình nhân vừa qua", "Giáng sinh năm nay", "Noel này", "ngày Valentine 2018", "Trung thu sắp tới", "lễ Vu Lan
   * vừa rồi": a holiday kept on a fixed day, with its deictic word or its year right after it, is one DATE, that day
   * (the guidelines' round-9 convention, which no rule followed; round 32): Valentine 14 February, Christmas 25
   * December, Halloween 31 October (solar), Vu Lan 15/7 and Trung thu 15/8 (lunar, like "Tết Trung thu"). "lễ" or
   * "ngày" before the name joins the span; "dịp", "mùa" stay outside. A bare name ("quà Giáng sinh", "mỗi dịp Noel")
   * is generic and stays out, as does "Tình nhân" not after "lễ" / "ngày" and "tình nhân Trung Quốc" (another day).
   */
  private static RawTime holidayWithDeictic(Tokens t, int i) {
    int d;
    int m;
    int e;
    boolean lunar = false;
    switch (t.low[i]) {
      case "valentine" -> { d = 14; m = 2; e = i + 1; }
      case "noel" -> { d = 25; m = 12; e = i + 1; }
      case "halloween" -> { d = 31; m = 10; e = i + 1; }
      case "giáng" -> {
        if (!t.word(i + 1, "sinh")) return null;
        d = 25; m = 12; e = i + 2;
      }
      case "tình" -> {
        if (!t.word(i + 1, "nhân") || !t.word(i - 1, "lễ") && !t.word(i - 1, "ngày")) return null;
        d = 14; m = 2; e = t.word(i + 2, "valentine") ? i + 3 : i + 2; // "lễ tình nhân Valentine vừa rồi"
      }
      case "vu" -> {
        // "lễ Vu Lan", "dịp Vu lan", "Vu lan này, …"; not a name after a title ("ông Vu Lan năm nay 50 tuổi")
        if (!t.word(i + 1, "lan") || !(i == 0 || t.isPunct(i - 1) || t.word(i - 1, "lễ")
            || t.word(i - 1, "ngày") || t.word(i - 1, "mùa") || t.word(i - 1, "dịp"))) return null;
        d = 15; m = 7; e = i + 2; lunar = true;
      }
      case "trung" -> { d = 15; m = 8; e = i + 2; lunar = true; }
      default -> { return null; }
    }
    int s = i;
    // "Đêm Giáng sinh năm 2023" is the eve (24 December, no convention yet): left to the year, as before
    if (m == 12 && t.word(i - 1, "đêm")) return null;
    if (t.word(i - 1, "lễ") || t.word(i - 1, "ngày")) s = i - 1;
    if (t.word(s, "lễ") && t.word(s - 1, "ngày")) s--; // "ngày lễ tình nhân"
    // "này" after the name is this holiday only where the name is the time ("dịp Trung thu này", "Mùa Giáng sinh
    // này", "Vu lan này, …"), not after a noun it names ("Cây Noel này", "this Christmas tree")
    boolean thisOne = t.word(e, "này") && (s == 0 || t.isPunct(s - 1) || t.word(s - 1, "mùa") || t.word(s - 1, "trong")
        || t.word(s - 1, "vào") || t.word(s - 1, "dịp"));
    if (lunar) {
      RawTime r = lunarDay(t, s, e, d, m);
      if (r.tokEnd == e && thisOne) r.tokEnd = e + 1; // "Trung thu này", like "Tết này"
      r.backWord = t.word(e, "vừa"); // "Vu Lan vừa qua": the last one (only this form reads the flag for a lunar day)
      return r.tokEnd == e ? null : r;
    }
    RawTime r = new RawTime(Kind.DAY, s, e);
    r.d = d;
    r.m = m;
    if (t.word(e, "vừa") && (t.word(e + 1, "qua") || t.word(e + 1, "rồi"))) {
      r.tokEnd = e + 2;
      r.backWord = true; // "Giáng sinh vừa qua" written in January is last December's
    } else if (t.word(e, "năm") && t.word(e + 1, "nay")) {
      r.tokEnd = e + 2;
    } else if (t.word(e, "năm") && t.word(e + 1, "ngoái")) {
      r.tokEnd = e + 2;
      r.yearRel = -1;
    } else if (thisOne) {
      r.tokEnd = e + 1;
    } else if (t.word(e, "sắp") && t.word(e + 1, "tới")) {
      r.tokEnd = e + 2;
      r.forward = true;
      r.forwardWord = true;
    } else if (t.word(e, "năm") && isYearNumber(t, e + 1)) {
      r.tokEnd = e + 2;
      r.y = t.val[e + 1];
    } else if (isYearNumber(t, e)) {
      r.tokEnd = e + 1;
      r.y = t.val[e];
    } else {
      return null;
    }
    return r;
  }

  /** "những năm gần đây", "những ngày qua", "những ngày sắp đến", "những ngày này": vague references. */
  private static RawTime vaguePeriod(Tokens t, int i) {
    // "trong những thập niên qua": some decades up to now, PXDE like "nhiều thập kỷ qua" (not "thập niên qua" P10Y)
    if (t.word(i + 1, "thập") && (t.word(i + 2, "kỷ") || t.word(i + 2, "niên")) && t.word(i + 3, "qua"))
      return RawTime.fixed(i, i + 4, "DURATION", "PXDE", null);
    if (t.word(i + 1, "giờ")) {
      // "trong những giờ tới", "các giờ qua": the coming or past hours, like "những ngày tới" (round 32); "những giờ
      // này" (at these hours of the day) stays out
      int e = deicticEnd(t, i + 2);
      return e < 0 || t.word(i + 2, "này") ? null : RawTime.fixed(i, e, "DATE", deicticValue(t, i + 2), null);
    }
    if (!(t.word(i + 1, "năm") || t.word(i + 1, "ngày") || t.word(i + 1, "tháng") || t.word(i + 1, "tuần"))) return null;
    int e = deicticEnd(t, i + 2);
    if (e < 0 && t.word(i + 2, "trước") && !t.word(i + 3, "đó") && !t.word(i + 3, "khi"))
      // "các năm trước", "những năm trước", "những năm trước đây" ("đây" inside, like "3 năm trước đây")
      return RawTime.fixed(i, t.word(i + 3, "đây") ? i + 4 : i + 3, "DATE", "PAST_REF", null);
    if (e < 0) return null;
    return RawTime.fixed(i, e, "DATE", deicticValue(t, i + 2), null);
  }

  /**
   * "từ (sau) trưa đến chiều": bare parts of day as the ends of a range are times of the day the sentence is about;
   * the analyzer keeps them only when the same sentence has a day ("Sáng 30/4 … từ sau trưa đến chiều"), since
   * "làm từ sáng đến tối" alone is an idiom ("all day").
   */
  private static RawTime partOfDayRange(Tokens t, int i, String part) {
    boolean opens = (t.word(i - 1, "từ") || t.word(i - 1, "sau") && t.word(i - 2, "từ"))
        && (t.word(i + 1, "đến") || t.word(i + 1, "tới")) && t.isWord(i + 2) && PART_OF_DAY.containsKey(t.low[i + 2]);
    boolean closes = (t.word(i - 1, "đến") || t.word(i - 1, "tới")) && t.isWord(i - 2)
        && PART_OF_DAY.containsKey(t.low[i - 2]) && (t.word(i - 3, "từ") || t.word(i - 3, "sau") && t.word(i - 4, "từ"));
    if (!opens && !closes) return null;
    RawTime r = new RawTime(Kind.CLOCK, i, i + 1);
    r.type = "TIME";
    r.part = part;
    return r;
  }

  /**
   * "trong thế kỷ này", "vào cuối thế kỷ này", "đầu thế kỷ trước", "thế kỷ tới": the century of the anchor, the one
   * before or after it (TIMEX "20", "19", "21" in 2017), like "năm nay" / "năm ngoái"; "thế kỷ trước Công nguyên", "thế
   * kỷ trước đó" are not. The offset, or Integer.MIN_VALUE.
   */
  private static final Set<String> CENTURY_LEAD = WordSet.of(
      "trong", "vào", "đầu", "giữa", "cuối", "của", "từ", "sang", "suốt", "hết", "như", "đến", "tới", "qua", "cho",
      "với", "ở", "nửa", "thuộc", "hồi", "thời", "và", "hoặc", "là");

  private static int relativeCentury(Tokens t, int i) {
    int k = i + 2;
    // "các thế kỷ trước" (earlier centuries) is plural; "thập niên 70 và 80 của thế kỷ trước": the century qualifies
    // the decades before it (round 13 keeps it in a decade's span) and is no time of its own
    if (t.word(i - 1, "các") || t.word(i - 1, "những") || t.word(i - 1, "nhiều")) return Integer.MIN_VALUE;
    if (t.word(i - 1, "của")) for (int q = i - 2; q >= Math.max(0, i - 6); q--) if (t.num(q)) return Integer.MIN_VALUE;
    // "thông qua hiệp định thế kỷ này" ("this deal of the century"): after a noun the century names the thing; a
    // preposition, an edge or the start of a clause leads to the time
    if (t.isWord(i - 1) && !t.cap[i] && !CENTURY_LEAD.contains(t.low[i - 1])) return Integer.MIN_VALUE;
    if (t.word(k, "này")) return 0;
    if (t.word(k, "trước") && !t.word(k + 1, "công") && !t.word(k + 1, "đó") && !t.word(k + 1, "khi")) return -1;
    if (t.word(k, "tới") && !t.word(k + 1, "nay") && !t.word(k + 1, "đây")) return 1;
    return Integer.MIN_VALUE;
  }

  /** "cùng ngày": the day of the last dated expression before it (else the anchor day). */
  private static RawTime sameDay(int s, int e) {
    RawTime r = rel(s, e, 'D', 0);
    r.sameDay = true;
    return r;
  }

  /**
   * "(của) ngày trước đó", "phiên giảm hôm trước đó": the day before the day last written about, like "tuần trước
   * đó" and "hôm sau"; not after a count ("hai ngày trước đó" is a length) nor a plural ("những / các ngày trước đó").
   */
  private static RawTime dayBeforeThat(Tokens t, int i, int e) {
    if (countBefore(t, i - 1) || t.isWord(i - 1) && (FUZZY_COUNT.contains(t.low[i - 1]) || t.low[i - 1].equals("những")
        || t.low[i - 1].equals("các") || t.low[i - 1].equals("mỗi") || t.low[i - 1].equals("từng"))) return null;
    RawTime r = sameDay(i, e);
    r.off = -1;
    return r;
  }

  /** "(ngày) hôm sau": the day after the day last written about. */
  private static RawTime nextDay(int s, int e) {
    RawTime r = sameDay(s, e);
    r.off = 1;
    return r;
  }

  /** "khoảng 8h ngày 29/4", "gần 6 giờ 15 sáng": the modifier joins the clock time, mod APPROX. */
  private int approxClock(Tokens t, int i, boolean context, List<RawTime> out) {
    return approxClock(t, i, context, out, "APPROX");
  }

  /** A clock time after the modifier word at i ("khoảng", "gần", "hơn"), the modifier in the span with {@code mod}. */
  private int approxClock(Tokens t, int i, boolean context, List<RawTime> out, String mod) {
    // "kéo dài khoảng 3 giờ 15 phút", "mất khoảng 2 giờ": a length of time, not a clock reading
    if (isDurationContext(t, i - 1) || t.word(i - 1, "dài") || t.word(i - 1, "vòng")) return -1;
    // "thời gian bay khoảng 1 giờ 55 phút": the length of something, not a reading
    if (t.word(i - 2, "gian") && t.word(i - 3, "thời") || t.word(i - 1, "gian") && t.word(i - 2, "thời")) return -1;
    int h = i + 1;
    // "khoảng hơn 11h trưa", "khoảng gần 10 giờ đêm": about, not "more than" or "just under"
    if (mod.equals("APPROX") && (t.word(h, "hơn") || t.word(h, "gần"))) h++;
    int before = out.size();
    int e = matchClockAt(t, h, out, context);
    if (e < 0 || out.size() != before + 1) return -1;
    RawTime r = out.get(before);
    // "khoảng 24 giờ trước khi …", "khoảng 3 giờ sau", "gần 5 tiếng đồng hồ": hours counted from an event, a length
    if (e == h + 2 && t.num(h) && (t.word(h + 1, "giờ") || t.word(h + 1, "h")) && (t.word(e, "trước")
        || t.word(e, "sau") || t.word(e, "nữa") || t.word(e, "đồng"))) {
      out.remove(before);
      return -1;
    }
    r.tokStart = i;
    r.mod = mod;
    return e;
  }

  /**
   * "(vào) khoảng năm 2010", "khoảng tháng 4", "khoảng ngày 10/3": "khoảng" before a calendar date written with its
   * word joins the span as APPROX (guidelines: modifiers are inside); a bare number after it ("khoảng 1/3 số vốn") is
   * a share, not a date. Before an edge ("khoảng cuối tháng 8", "khoảng giữa năm 2020", "khoảng đầu thế kỷ 20") it
   * joins the span too, and the edge keeps its own modifier (one mod column; guidelines, round 14).
   */
  private int approxDate(Tokens t, int i, List<RawTime> out) {
    boolean edge = t.word(i + 1, "đầu") || t.word(i + 1, "giữa") || t.word(i + 1, "cuối");
    boolean century = t.word(i + 1, "thế") && t.word(i + 2, "kỷ"); // "khoảng thế kỷ 14", like "khoảng năm 1400"
    // "gần cuối tháng 2" (near the end of February): "gần" before an edge is inside too, the edge keeping its mod
    if (!t.word(i, "khoảng") && !(edge && t.word(i, "gần"))
        || !(edge || century || t.word(i + 1, "năm") || t.word(i + 1, "tháng")
        || t.word(i + 1, "ngày") || t.word(i + 1, "quý"))) return -1;
    int before = out.size();
    int e = matchAt(t, i + 1, out);
    if (e < 0 || out.size() != before + 1) {
      while (out.size() > before) out.remove(out.size() - 1);
      return -1;
    }
    RawTime r = out.get(before);
    if (edge) {
      if (r.tokStart != i + 1 || !("START".equals(r.mod) || "MID".equals(r.mod) || "END".equals(r.mod))) {
        out.remove(before);
        return -1;
      }
      r.tokStart = i;
      return e;
    }
    boolean calendar = r.kind == Kind.YEAR && r.season == null || r.kind == Kind.MONTH || r.kind == Kind.QUARTER
        || r.kind == Kind.DAY && !r.hasTime() || r.kind == Kind.FIXED && (century || r.fixed.startsWith("BC"));
    if (!calendar || r.mod != null || r.tokStart != i + 1) {
      out.remove(before);
      return -1;
    }
    r.tokStart = i;
    r.mod = "APPROX";
    return e;
  }

  /** "hiện" at i is the last syllable of a verb ("xuất hiện", "phát hiện", "thể hiện", not "có thể hiện nay"). */
  private static boolean hienEndsVerb(Tokens t, int i) {
    if (!t.isWord(i - 1) || t.glued(i)) return false;
    return switch (t.low[i - 1]) {
      case "xuất", "phát", "thực", "biểu", "hiển", "tái", "xuát" -> true;
      case "thể" -> !t.word(i - 2, "có");
      default -> false;
    };
  }

  /**
   * "hoạt động 24/7", "sẵn sàng 24/7": round the clock, like "24/24" (guidelines: SET P1D); it is the 24th of July only
   * with a date context around it ("ngày 24/7", "từ 24/7 đến …", "sáng 24/7", "(24/7)", "24/7/2016").
   */
  private static boolean roundTheClockWeek(Tokens t, int i) {
    if (!(t.val[i] == 24 && t.digits(i) == 2 && t.punct(i + 1, '/') && t.glued(i + 1) && t.num(i + 2, 1)
        && t.val[i + 2] == 7 && t.glued(i + 2)) || gluedToWordBefore(t, i)) return false;
    int e = i + 3;
    if (e < t.n && t.glued(e) && (!t.isPunct(e) || isSep(t, e) && t.num(e + 1))) return false; // "24/7/2016"
    if (t.word(e, "đến") || t.word(e, "tới") || t.word(e, "và") || t.word(e, "năm") || t.punct(e, '-')
        || t.punct(e, '–') || t.word(e, "vừa") || t.word(e, "tới")) return false;
    int b = i - 1;
    if (b < 0 || t.punct(b, '(') || t.punct(b, '-') || t.punct(b, '–') || t.punct(b, ',') || t.num(b)) return false;
    return !(t.isWord(b) && (SLASH_DATE_CONTEXT.contains(t.low[b]) || PART_OF_DAY.containsKey(t.low[b])
        || t.low[b].equals("mùng") || t.low[b].equals("mồng") || t.low[b].equals("tối") || t.low[b].equals("đêm")));
  }

  /** "năm" at i is the count five: a unit of time follows ("năm năm", "năm phút", "năm mươi năm"), not "tháng". */
  /**
   * The count at i before "đêm" at j counts nights: after a word taking a length ("sau", "trong", "mất", "suốt",
   * "chỉ", "quá" …) or a count of days ("3 ngày 2 đêm"), or with the clause ending after it ("ngâm một đêm,"); a night
   * named ("vào một đêm tháng 12", "một đêm nhạc", "hai đêm 30/4", "một đêm Trung thu", "một đêm thứ bảy", "nhiều đêm
   * giao thừa") is no length.
   */
  private static boolean nightsCounted(Tokens t, int i, int j) {
    if (t.num(j + 1) || t.isWord(j + 1) && t.cap[j + 1] || t.word(i - 1, "vào") || t.word(j + 1, "thứ")
        || t.word(j + 1, "chủ") || t.word(j + 1, "giao") || t.word(j + 1, "tháng")) return false;
    if (t.word(i - 1, "sau") || t.word(i - 1, "trong") || t.word(i - 1, "qua") || t.word(i - 1, "mất")
        || t.word(i - 1, "cả") || t.word(i - 1, "suốt") || t.word(i - 1, "chỉ") || t.word(i - 1, "quá")
        || t.word(i - 1, "hơn") || t.word(i - 1, "gần") || t.word(i - 1, "khoảng") || t.word(i - 1, "dài")
        || t.word(i - 1, "ngày") && (t.num(i - 2) || t.isWord(i - 2) && NUMBER_WORDS.containsKey(t.low[i - 2])))
      return true;
    // ("Một đêm, anh thức giấc …", "Nhiều đêm, …" opening a sentence tell of some night, no length)
    return !t.cap[i] && (j + 1 >= t.n || t.isPunct(j + 1) && !t.punct(j + 1, '/') && !t.punct(j + 1, '-'));
  }

  /** "hôm" at j after a count, not opening a named day ("hôm nay", "hôm 20/5", "hôm thứ Sáu", "hôm đó", "hôm ấy"). */
  private static boolean daysCountedInHom(Tokens t, int j) {
    if (j + 1 >= t.n) return true;
    if (t.num(j + 1)) return false;
    return !(t.word(j + 1, "nay") || t.word(j + 1, "qua") || t.word(j + 1, "kia") || t.word(j + 1, "đó")
        || t.word(j + 1, "ấy") || t.word(j + 1, "nọ") || t.word(j + 1, "thứ") || t.word(j + 1, "chủ")
        || t.word(j + 1, "mai"));
  }

  private static boolean fiveBeforeUnit(Tokens t, int i) {
    int j = i + 1;
    if (!t.isWord(j) || t.glued(j)) return false;
    return switch (t.low[j]) {
      case "năm" -> !isYearNumber(t, j + 1, 1000); // "năm năm qua" is five years, not a year
      case "tuần", "phút", "giây", "tiếng" -> true;
      case "ngày" -> !t.word(j + 1, "tháng");
      case "hôm" -> daysCountedInHom(t, j); // "Năm hôm trước", "năm hôm sau"
      case "mươi" -> true;
      case "thập" -> t.word(j + 1, "kỷ") || t.word(j + 1, "niên");
      case "thế" -> t.word(j + 1, "kỷ");
      default -> false;
    };
  }

  private static int add(List<RawTime> out, RawTime r) {
    if (r == null) return -1;
    out.add(r);
    return r.tokEnd;
  }

  /**
   * "từ 18 đến 24-12", "từ 5 đến 7/7 tại …": a bare day after "từ" opening a range closed by a later day-month of
   * the same writing (the first end borrows its month in the analyzer, like "ngày 20 - 25/4"), when the clause goes on
   * after the range; "từ 2 đến 3-4 điểm" is a count.
   */
  private static RawTime firstDayOfRange(Tokens t, int i) {
    if (!t.num(i, 2) || t.val[i] < 1 || gluedToWordBefore(t, i) || !(t.word(i + 1, "đến") || t.word(i + 1, "tới")))
      return null;
    int k = t.word(i + 2, "ngày") ? i + 3 : i + 2;
    int[] b = dm(t, k, true);
    if (b == null || b[0] <= t.val[i] || !(endsDatePhrase(t, b[3]) || t.isWord(b[3])
        && (t.cap[b[3]] || PAIR_AFTER.contains(t.low[b[3]])))) return null;
    RawTime r = new RawTime(Kind.DAY, i, i + 1);
    r.d = t.val[i];
    return r;
  }

  /**
   * What may follow the second date of "từ 30-4 đến 3-5": punctuation, the end of the text, or a time word ("năm nay",
   * "tới", "này"); not a unit ("từ 2-3 đến 4-5 triệu", "4-5 năm").
   */
  private static boolean endsDatePhrase(Tokens t, int e) {
    if (e >= t.n) return true;
    if (t.isPunct(e)) return !t.punct(e, '%');
    if (t.word(e, "năm")) return t.isWord(e + 1) && YEAR_REL.containsKey(t.low[e + 1]) || isYearNumber(t, e + 1);
    return t.word(e, "này") || t.word(e, "tới") || t.word(e, "vừa") || t.word(e, "và") || t.word(e, "hàng")
        || t.word(e, "hằng");
  }

  /** Verbs and adverbs after which a "giờ" standing between a subject and them means "now". */
  private static final Set<String> NOW_BEFORE_VERB = WordSet.of(
      "đã", "lại", "là", "không", "đang", "vẫn", "chỉ", "mới", "cũng", "chưa", "sẽ", "thì", "còn", "trở", "đều",
      "chẳng", "muốn");
  /** Words after which "giờ" is the hour or the noun "time": a count, "bao giờ", "bù giờ", "khung giờ", "thì giờ". */
  private static final Set<String> HOUR_AFTER_WORD = WordSet.of(
      "bấy", "bao", "mấy", "đúng", "khung", "bù", "câu", "theo", "mỗi", "hàng", "hằng", "từng", "các", "những",
      "nhiều", "ít", "ngoài", "trong", "trước", "sau", "vào", "lúc", "giữa", "nửa", "tiếng", "cả", "kể", "số", "tính",
      "đi", "mươi", "rưỡi", "lăm", "giờ", "từ", "đến", "tới", "hiện", "bây", "năm", "tư", "thì", "vài", "mọi", "một");

  /**
   * "Lan giờ là bác sĩ", "căn nhà này giờ đã bán", "và giờ lại …": a bare "giờ" after a word that is no count, no
   * "bao/mấy" and no noun taking hours ("bù giờ", "khung giờ", "thì giờ"), before a verb or an adverb, is "now".
   */
  private static boolean nowInClause(Tokens t, int i) {
    // "Cần Giờ là …": a capitalised "Giờ" belongs to a name
    if (t.cap[i] || !t.isWord(i - 1) || !t.isWord(i + 1)
        || !NOW_BEFORE_VERB.contains(t.low[i + 1]) && !(t.word(i + 1, "có") && t.word(i + 2, "thể"))) return false;
    String b = t.low[i - 1];
    return !HOUR_AFTER_WORD.contains(b) && !NUMBER_WORDS.containsKey(b);
  }

  /**
   * Words before "nay" that make it no "now" of its own: a unit or a part of day ("năm nay", "mùa giải năm nay" where
   * the season is no time), "lâu nay" (for long), "cách nay", "đến nay" / "tới nay" (until now, their own rule),
   * "hiện nay", "bây nay".
   */
  private static final Set<String> NOT_NOW_BEFORE_NAY = WordSet.of(
      "năm", "tháng", "tuần", "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "lâu", "cách", "đến", "tới",
      "hiện", "bây", "xưa", "quý", "mùa");

  /** Personal pronouns, the subject of a clause opened by "giờ" ("Giờ tôi chỉ muốn nghỉ", "Giờ ông có …"). */
  private static final Set<String> PRONOUNS = WordSet.of("tôi", "em", "anh", "chị", "mình", "chúng", "họ", "ta", "ông",
      "bà", "bọn", "nó", "cô", "cậu");

  /**
   * "Giờ tôi chỉ muốn nghỉ.", "…, giờ chỉ còn 40 kg", "“Giờ thì khác rồi": "giờ" opening a sentence or a clause (after
   * a comma, a colon or an opening quote) before a pronoun, a verb or an adverb is "now"; "Giờ mở cửa: 8h" (opening
   * hours) and "Giờ G" have no such word after them.
   */
  private static boolean nowOpeningClause(Tokens t, int i) {
    if (!(sentenceInitial(t, i) || t.punct(i - 1, ',') || t.punct(i - 1, ';') || t.punct(i - 1, ':')
        || t.punct(i - 1, (char) 34) || t.punct(i - 1, '“') || t.punct(i - 1, '('))) return false; // 34: a straight quote
    // "Giờ, Lan không còn đóng phim": a capitalised "Giờ" before a comma opening a sentence, like "Nay, …"
    if (t.cap[i] && sentenceInitial(t, i) && t.punct(i + 1, ',')) return true;
    return t.isWord(i + 1) && !t.cap[i + 1] && (NOW_BEFORE_VERB.contains(t.low[i + 1]) || PRONOUNS.contains(t.low[i + 1])
        // "Giờ các cháu còn trẻ", "Giờ có điều kiện …", "Giờ người dân phải …": a capitalised "Giờ" opening a sentence
        // before a subject or "có / phải"; not "Giờ ra chơi", "Giờ làm thêm" (hours)
        || t.cap[i] && sentenceInitial(t, i) && NOW_SUBJECTS.contains(t.low[i + 1]));
  }

  /** Words that start the clause after a sentence-opening "Giờ" (now): a subject, a quantifier, "có", "phải". */
  private static final Set<String> NOW_SUBJECTS = WordSet.of(
      "có", "phải", "các", "mọi", "mấy", "hai", "cả", "người", "con", "cháu", "vợ");

  /** Subjects and adverbs opening the clause after "đến giờ" ("until now"): "đến giờ tôi vẫn nhớ", "tới giờ mới …". */
  private static final Set<String> AFTER_UNTIL_NOW = WordSet.of(
      "mới", "rồi", "đều", "tôi", "em", "anh", "chị", "mình", "chúng", "họ", "ta",
      // "cho tới giờ cũng chưa …", "tới giờ chỉ được …", "Cho tới giờ ông …", "đến giờ thì …", "tới giờ hầu như …"
      "cũng", "chỉ", "thì", "hầu", "dường", "ai", "ông", "bà", "cô", "cháu", "vợ");

  /**
   * "đến giờ tôi vẫn nhớ", "từ nhỏ tới giờ rồi": until now; "từ xưa đến giờ", "từ nào đến giờ" are idioms, and after
   * "chờ", "đợi", "cứ", "đúng" ("chờ tới giờ thì …", "cứ tới giờ là …") "giờ" is the hour something happens.
   */
  private static boolean untilNowBeforeClause(Tokens t, int i) {
    return t.isWord(i + 1) && AFTER_UNTIL_NOW.contains(t.low[i + 1]) && !t.word(i - 2, "xưa") && !t.word(i - 2, "nào")
        && !t.word(i - 2, "chờ") && !t.word(i - 2, "đợi") && !t.word(i - 2, "cứ") && !t.word(i - 2, "đúng");
  }

  /** A clause-opening "giờ"/"nay" right after "mà", "nên", "nhưng", "còn", before a lowercase word (its subject or verb). */
  private static boolean nowAfterConjunction(Tokens t, int i) {
    return (t.word(i - 1, "mà") || t.word(i - 1, "nên") || t.word(i - 1, "nhưng") || t.word(i - 1, "còn")
        || t.word(i, "nay") && t.punct(i - 1, ','))
        && t.isWord(i + 1) && !t.cap[i + 1] && !t.word(i + 1, "thì") && !t.word(i + 1, "mai");
  }

  /** Words that may follow a bare year of a figure ("lợi nhuận 2021 vì …"); a unit ("2021 tỷ đồng") may not. */
  private static final Set<String> AFTER_FIGURE_YEAR = WordSet.of(
      "là", "của", "đạt", "được", "sẽ", "đã", "và", "với", "so", "tăng", "giảm", "vì", "dự", "có", "ở", "còn", "chỉ");

  /**
   * A bare year compared with ("tăng 32% so với 2020") or naming the year of a business figure ("lợi nhuận 2021",
   * "cổ tức 2021", "doanh thu 2020"), when what follows ends the phrase: punctuation or a verb, not a unit.
   */
  private static boolean yearOfFigure(Tokens t, int i) {
    if (t.word(i - 1, "đoạn") && t.word(i - 2, "giai") || t.word(i - 1, "kỳ") && t.word(i - 2, "thời")) return true;
    // "trong thời gian 1965-1971", "khoảng thời gian 2011 – 2016": a span of years, like "giai đoạn 2016-2020" (round 27)
    if (t.word(i - 1, "gian") && t.word(i - 2, "thời") && (t.punct(i + 1, '-') || t.punct(i + 1, '–'))
        && isYearNumberLoose(t, i + 2)) return true;
    // "vì thời điểm 2015, ông đã …", "Thời điểm 2008-2009, …": the year of a point in time, like "thời kỳ 2015"
    if (t.word(i - 1, "điểm") && t.word(i - 2, "thời")) return yearEndsPhrase(t, i + 1);
    // "quy hoạch đến năm 2020, tầm nhìn 2030", "kế hoạch kinh doanh 2018", "triển khai nhiệm vụ 2019", "báo cáo tài
    // chính 2017", "dự thảo ngân sách 2019": the year a plan, a budget or a report is for, like "kế hoạch 2015" (round 26)
    if (t.word(i - 1, "nhìn") && t.word(i - 2, "tầm") || t.word(i - 1, "vụ") && t.word(i - 2, "nhiệm")
        || t.word(i - 1, "sách") && t.word(i - 2, "ngân") || t.word(i - 1, "doanh") && t.word(i - 2, "kinh")
        && (t.word(i - 3, "hoạch") || t.word(i - 3, "động") || t.word(i - 3, "mùa"))
        || t.word(i - 1, "chính") && t.word(i - 2, "tài") && t.word(i - 3, "cáo"))
      return yearEndsPhrase(t, i + 1) && !(i + 1 < t.n && t.glued(i + 1) && !t.isPunct(i + 1));
    boolean figure = t.word(i - 1, "với") && t.word(i - 2, "so")
        || t.word(i - 1, "nhuận") && t.word(i - 2, "lợi") || t.word(i - 1, "tức") && t.word(i - 2, "cổ")
        || t.word(i - 1, "thu") && t.word(i - 2, "doanh");
    if (!figure) return false;
    return i + 1 >= t.n || t.isPunct(i + 1) && !t.punct(i + 1, '%')
        || t.isWord(i + 1) && AFTER_FIGURE_YEAR.contains(t.low[i + 1]);
  }

  /** "từ 2014", "đến 2020": the number alone is the year expression. */
  private int yearAfterContext(Tokens t, int i, List<RawTime> out) {
    int j = i + 1;
    if (!isYearNumber(t, j)) return -1;
    RawTime r = new RawTime(Kind.YEAR, j, j + 1);
    r.y = t.val[j];
    out.add(r);
    return j + 1;
  }

  /** Words after which a bare "sắp tới" is the adverb "soon" ("và sắp tới sẽ …", "có thể sắp tới …"). */
  private static final Set<String> BEFORE_SOON = WordSet.of(
      "và", "thể", "biệt", "là", "nhưng", "thì", "mà", "nên", "rằng", "cũng", "còn", "đó");

  /**
   * "kỳ thi sắp tới", "trận đấu sắp tới", "EURO 2016 sắp tới": "sắp tới" right after a noun is the adjective
   * "upcoming", not a time (guidelines, round 6: "VCK Euro sắp tới"). "Sắp tới, …", "Do đó, sắp tới …", "và sắp tới
   * sẽ …" and a name before "sẽ" ("Lan sắp tới sẽ …", soon for the subject) stay FUTURE_REF.
   */
  private static boolean upcomingAfterNoun(Tokens t, int i) {
    if (i == 0 || sentenceInitial(t, i)) return false;
    if (t.num(i - 1)) return true;
    if (!t.isWord(i - 1) || BEFORE_SOON.contains(t.low[i - 1])) return false;
    return !(t.cap[i - 1] && t.word(i + 2, "sẽ"));
  }

  /** Words after which "tới đây" opens a clause: "…, nên tới đây sẽ …", "cho biết tới đây Bộ sẽ …". */
  private static final Set<String> BEFORE_SOON_HERE = WordSet.of("nên", "nhưng", "và", "thì", "biết", "rằng", "mà");

  /** Words after which "tới đây" is "come here": "tới đây là …", "tới đây thì …", "tới đây để mua …". */
  private static final Set<String> HERE_NOT_SOON = WordSet.of(
      "là", "thì", "để", "du", "với", "vào", "cũng", "đã", "thăm", "đều", "thường", "mua", "chơi", "xem", "ăn", "bằng");

  /**
   * "…, tới đây sẽ …", "cho biết tới đây Bộ sẽ …", "nhưng tới đây sẽ …": "tới đây" opening a clause before a word is
   * "soon", FUTURE_REF like "Sắp tới đây, …"; not before a comma ("Tới đây, du khách …": on getting here) nor before a
   * word of coming or visiting ("tới đây là", "tới đây mua sắm"), nor after a noun ("liveshow tới đây", "liên quan tới
   * đây").
   */
  private static boolean soonFromHere(Tokens t, int i) {
    if (!t.word(i + 1, "đây") || !t.isWord(i + 2) || HERE_NOT_SOON.contains(t.low[i + 2])) return false;
    return i == 0 || t.isPunct(i - 1) && !t.punct(i - 1, '-') && !t.punct(i - 1, '(')
        || t.isWord(i - 1) && BEFORE_SOON_HERE.contains(t.low[i - 1]);
  }

  /** "2016 là năm …", "2020, …": a year opening a sentence. */
  private static boolean sentenceInitial(Tokens t, int i) {
    if (i == 0) return true;
    if (t.text.indexOf('\n', t.end[i - 1]) >= 0 && t.text.indexOf('\n', t.end[i - 1]) < t.start[i]) return true;
    return t.punct(i - 1, '.') || t.punct(i - 1, '!') || t.punct(i - 1, '?');
  }

  /**
   * "năm 2018 và 2019", "các năm 1989 và 2012", "năm 2019, 2020.": a bare year coordinated with the year just
   * before it, ending its phrase (not a count: "năm 2020 và 2021 tỷ đồng" stays out).
   */
  private static boolean coordinatedYear(Tokens t, int i, List<RawTime> out) {
    if (out.isEmpty() || !(t.word(i - 1, "và") || t.word(i - 1, "hoặc") || t.word(i - 1, "hay") || t.punct(i - 1, ',')))
      return false;
    RawTime prev = out.get(out.size() - 1);
    // "Tết năm 2017 và 2018": a year coordinated with the lunar New Year of a year keeps being a year (round 26)
    boolean tet = prev.kind == Kind.DAY && prev.lunar && prev.d == 1 && prev.m == 1;
    if (prev.kind != Kind.YEAR && !tet || prev.tokEnd != i - 1 || prev.season != null || prev.y == NO_YEAR) return false;
    // an old year after an old one ("năm 1864 và 1867"), else from 1900; a list of years stays within a century
    if (!isYearNumber(t, i, prev.y < 1900 ? 1000 : 1900) || Math.abs(t.val[i] - prev.y) > 100) return false;
    int e = i + 1;
    // what follows ends the year ("năm 2018 và 2019 dẫn đến …", "năm 2019, 2020 nói riêng"); a unit or a time word
    // makes the number a count ("năm 2020 và 2021 tỷ đồng", "2021 người")
    return yearEndsPhrase(t, e);
  }

  /**
   * "năm 44 trước Công nguyên", "475 TCN": a year before year 1 (TIMEX "BC0044"), the era words in the span like "âm
   * lịch"; the span starts at s ("năm" or the number at j).
   */
  private static RawTime beforeCommonEra(Tokens t, int s, int j) {
    if (!t.num(j) || t.digits(j) > 4 || t.val[j] < 1 || t.glued(j) && !t.punct(j - 1, '(')) return null;
    if (s == j && (t.word(j - 1, "thứ") || t.word(j - 1, "kỷ"))) return null; // "thế kỷ (thứ) 3 TCN" is a century
    int e;
    boolean ad = false;
    if (t.word(j + 1, "trước") && t.word(j + 2, "công") && t.word(j + 3, "nguyên")) e = j + 4;
    else if (t.word(j + 1, "tcn") && t.cap[j + 1]) e = j + 2;
    else if (ad = t.word(j + 1, "sau") && t.word(j + 2, "công") && t.word(j + 3, "nguyên")) e = j + 4;
    else if (ad = t.word(j + 1, "scn") && t.cap[j + 1]) e = j + 2;
    else return null;
    int v = t.val[j];
    // "năm 64 sau Công nguyên", "618 SCN": a year of the common era with its era words, like "475 TCN" (round 33)
    String value = (ad ? "" : "BC") + (v < 10 ? "000" : v < 100 ? "00" : v < 1000 ? "0" : "") + v;
    return RawTime.fixed(s, e, "DATE", value, null);
  }

  /** Whether the token at e ends a bare year: the end, punctuation (not "%"), or a word that is not a unit. */
  private static boolean yearEndsPhrase(Tokens t, int e) {
    return e >= t.n || t.isPunct(e) && !t.punct(e, '%') || t.isWord(e) && !COUNT_UNITS.contains(t.low[e])
        && !UNIT_WORDS.contains(t.low[e]);
  }

  /** Words after a number that make it a count, not a year. */
  private static final Set<String> COUNT_UNITS = WordSet.of(
      "tỷ", "triệu", "nghìn", "ngàn", "trăm", "chục", "đồng", "người", "usd", "tấn", "tuổi");

  /** "năm 1976-1981": the second year of a range after a year expression. */
  private static boolean yearRangeEnd(Tokens t, int i, List<RawTime> out) {
    if (out.isEmpty() || !(t.punct(i - 1, '-') || t.punct(i - 1, '–'))) return false;
    RawTime prev = out.get(out.size() - 1);
    return prev.kind == Kind.YEAR && prev.tokEnd == i - 1 && t.num(i) && t.digits(i) == 4 && t.val[i] <= 2199
        && t.val[i] > prev.y
        && !(i + 1 < t.n && t.glued(i + 1) && (t.isWord(i + 1) || t.num(i + 1)
        || isSep(t, i + 1) && t.glued(i + 2) && (t.num(i + 2) || t.isWord(i + 2))));
  }

  /**
   * "Olof Palme (1927-1986)", "trong 4 năm (2016 - 2020)": the first of two years alone in parentheses (the second
   * follows as a range end, {@link #yearRangeEnd}); an election term or a course just before ("nhiệm kỳ VI
   * (2015-2020)", "khóa XV (2021-2026)", "năm học (2019-2020)") is no time.
   */
  private static boolean yearRangeInParens(Tokens t, int i) {
    if (!t.punct(i - 1, '(') || !(t.punct(i + 1, '-') || t.punct(i + 1, '–')) || !t.num(i + 2) || t.digits(i + 2) != 4
        || t.val[i + 2] <= t.val[i] || t.val[i + 2] > 2199 || !t.punct(i + 3, ')')) return false;
    for (int k = i - 2; k >= i - 5 && k >= 0; k--)
      if (t.word(k, "kỳ") && t.word(k - 1, "nhiệm") || t.word(k, "khóa") || t.word(k, "khoá")
          || t.word(k, "học") && t.word(k - 1, "năm")) return false;
    return true;
  }

  /** A 4-digit 1900..2199 number not glued to letters, digits or a date separator. */
  private static boolean isYearNumber(Tokens t, int j) {
    return isYearNumber(t, j, 1900);
  }

  /** {@code min}: the smallest year accepted; after an explicit "năm" history back to 1000 is fine ("năm 1886"). */
  private static boolean isYearNumber(Tokens t, int j, int min) {
    if (!t.num(j) || t.digits(j) != 4 || t.val[j] < min || t.val[j] > 2199) return false;
    if (t.glued(j) && !t.punct(j - 1, '(')) return false;
    int k = j + 1;
    if (k < t.n && t.glued(k)) {
      if (t.isWord(k) || t.num(k)) return false;
      char c = t.ch(k);
      if (c == '%') return false;
      // "2020/NĐ-CP", "2.500", "2014-2016" glue more to the number; "2014," and "2014." end it
      boolean yearRange = (c == '-' || c == '–') && t.num(k + 1) && t.digits(k + 1) == 4 && t.val[k + 1] > t.val[j]
          && t.val[k + 1] <= 2199;
      // "2008,cô" (a missing space) still ends the year; "2008,5" does not
      if (!yearRange && (c == '/' || c == '.' || c == ',' || c == '-') && t.glued(k + 1)
          && (t.num(k + 1) || t.isWord(k + 1) && c != ','))
        return false;
    }
    return true;
  }

  // ---- edges and parts of day -------------------------------------------------------------------

  /** "đầu/giữa/cuối" + a calendar expression, or + bare "năm/tháng/tuần" meaning the current one. */
  /**
   * "cách đây 3 ngày (28-5)", "cùng ngày (2.6)", "sáng ngày hôm sau (23-12)": a relative day followed by its date in
   * parentheses is one expression and the date written wins, like "hôm nay (2-6)"; "ngày sinh nhật của ông (1-10)",
   * "đón sinh nhật 28 tuổi (2-6)": a dashed or dotted date alone in parentheses after "ngày" or "sinh nhật" is a date
   * (the slash form already was); scores and phone codes in parentheses have neither. The end, or -1.
   */
  private static int statedDateInParens(Tokens t, int i, List<RawTime> out) {
    if (!t.punct(i - 1, '(')) return -1;
    int[] dm = dm(t, i, false);
    if (dm == null || dm[2] != NO_YEAR || !t.punct(dm[3], ')') || dm[1] < 1 || dm[1] > 12 || dm[0] < 1
        || dm[0] > 31) return -1;
    RawTime last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last != null && last.tokEnd == i - 1 && last.kind == Kind.REL && last.unit == 'D') {
      RawTime r = new RawTime(Kind.DAY, last.tokStart, dm[3] + 1);
      r.d = dm[0];
      r.m = dm[1];
      r.type = last.type;
      r.part = last.part;
      r.hour = last.hour;
      r.minute = last.minute;
      r.mod = last.mod;
      out.set(out.size() - 1, r);
      return r.tokEnd;
    }
    if (t.ch(i + 1) == '/') return -1; // "(29/4)" has its own rule
    for (int k = i - 2; k >= 0 && k >= i - 7 && !t.isPunct(k); k--) {
      if (t.word(k, "ngày") || t.word(k, "sinh") && t.word(k + 1, "nhật")) {
        RawTime r = new RawTime(Kind.DAY, i, dm[3]);
        r.d = dm[0];
        r.m = dm[1];
        out.add(r);
        return r.tokEnd;
      }
    }
    return -1;
  }

  /**
   * "từ tháng 8 đến 10-2010", "tháng 3 tới 5.2014": the second month written with its year only, after "đến"/"tới"; the
   * second month as a MONTH of that year (the first takes the year from it, as after "đến 11/2013"), else null.
   */
  private static RawTime monthToDashedMonthYear(Tokens t, int i) {
    int j = i + 1, k = i + 3;
    if (!t.num(j, 2) || !(t.word(j + 1, "đến") || t.word(j + 1, "tới")) || !t.num(k, 2) || t.glued(k)
        || t.val[k] < 1 || t.val[k] > 12 || !(t.punct(k + 1, '-') || t.punct(k + 1, '.')) || !t.glued(k + 1)
        || !isYearNumberLoose(t, k + 2) || !t.glued(k + 2)
        || k + 3 < t.n && t.glued(k + 3) && (t.isWord(k + 3) || t.num(k + 3) || isSep(t, k + 3))) return null;
    RawTime b = new RawTime(Kind.MONTH, k, k + 3);
    b.m = t.val[k];
    b.y = t.val[k + 2];
    return b;
  }

  /**
   * "nửa đầu năm 2021", "nửa cuối năm nay": the first or second half of a year (TIMEX3 2021-H1, no mod), "nửa" inside;
   * else nothing ("nửa đầu năm học" is no year).
   */
  private int firstOrSecondHalf(Tokens t, int i, List<RawTime> out) {
    if (t.word(i + 3, "học")) return -1;
    int before = out.size();
    int e = matchEdge(t, i, i + 1, t.word(i + 1, "đầu") ? "START" : "END", out);
    if (e < 0 || out.size() != before + 1) return -1;
    RawTime r = out.get(before);
    if (!(r.kind == Kind.YEAR && r.season == null && r.m == 0 || r.kind == Kind.REL && r.unit == 'Y')) {
      out.remove(before);
      return -1;
    }
    r.half = t.word(i + 1, "đầu") ? 1 : 2;
    r.mod = null;
    return e;
  }

  /**
   * "Cuối chiều nay", "cuối buổi chiều 16-10", "đầu sáng nay": the edge of a dated part of day, the edge inside with
   * its mod, like "đầu giờ chiều 19/4"; -1 when no dated part of day follows (a bare "cuối buổi chiều" stays out).
   */
  private int edgeOfPartOfDay(Tokens t, int i, String edge, List<RawTime> out) {
    // "đội quân do ông Lâm dẫn đầu tối 3/3" (led), "rơi trúng đầu sáng nay" (the head): no edge
    if (t.isWord(i - 1) && HEAD_BEFORE.contains(t.low[i - 1]) && t.word(i, "đầu")) return -1;
    int k = t.word(i + 1, "buổi") ? i + 2 : i + 1;
    String part = t.isWord(k) ? PART_OF_DAY.get(t.low[k]) : null;
    if (part == null) return -1;
    int before = out.size();
    int e = matchPartOfDay(t, i + 1, k + 1, part, out);
    if (e > 0 && out.size() == before + 1 && (out.get(before).kind == Kind.DAY || out.get(before).kind == Kind.REL)
        && out.get(before).tokStart == i + 1 && out.get(before).dateTok < 0) {
      out.get(before).tokStart = i;
      out.get(before).mod = edge;
      return e;
    }
    while (out.size() > before) out.remove(out.size() - 1);
    return -1;
  }

  private static final Set<String> HEAD_BEFORE = WordSet.of("bắt", "dẫn", "trúng", "đứng", "hàng", "gật", "lắc",
      "cúi", "ngẩng");

  private int matchEdge(Tokens t, int i, int j, String mod, List<RawTime> out) {
    if (j >= t.n) return -1;
    List<RawTime> tmp = new ArrayList<>(2);
    int e = matchAt(t, j, tmp);
    if (e > 0 && tmp.size() == 2 && t.word(j, "những") && tmp.get(0).kind == Kind.FIXED && tmp.get(0).tokStart == j) {
      // "đầu những năm 1970-1980": the edge goes with the first decade of the pair, like "đầu hoặc giữa tháng 6"
      tmp.get(0).mod = mod;
      tmp.get(0).tokStart = i;
      out.addAll(tmp);
      return e;
    }
    if (e > 0 && tmp.size() == 1) {
      RawTime r = tmp.get(0);
      // only spans longer than a day have a start, middle and end ("bắt đầu ngày 15/4" is "begins on")
      boolean calendar = switch (r.kind) {
        case MONTH, YEAR, QUARTER -> true;
        // "cuối ngày hôm nay", "cuối ngày 15/4": the end of a named day (only "cuối": "bắt đầu ngày 15/4" is "begins on")
        case REL -> r.unit != 'D' || endOfNamedDay(t, i, j, mod);
        case DAY -> endOfNamedDay(t, i, j, mod) && r.mod == null;
        case FIXED -> "DATE".equals(r.type) && !r.fixed.endsWith("_REF");
        default -> false;
      };
      if (r.kind == Kind.MONTH && r.lunar && !mod.equals("END") && r.tokStart == j) {
        // "đầu tháng 7 âm lịch", "giữa tháng 3 âm lịch": the lunar month's first day / full moon, this lunar year,
        // about (guidelines: "giữa tháng 3 âm lịch" = the solar day of its full moon, APPROX)
        RawTime d = new RawTime(Kind.DAY, i, r.tokEnd);
        d.d = mod.equals("START") ? 1 : 15;
        d.m = r.m;
        d.lunar = true;
        d.mod = "APPROX";
        out.add(d);
        return d.tokEnd;
      }
      if (calendar && r.tokStart == j && !r.hasTime()) {
        if (r.kind == Kind.REL && r.unit == 'W' && mod.equals("END")) {
          r.weekend = true; // "cuối tuần qua" is last weekend, TIMEX3 2021-W16-WE
          mod = null;
        }
        r.mod = mod;
        r.tokStart = i;
        out.add(r);
        return r.tokEnd;
      }
      return -1;
    }
    RawTime season = e < 0 ? edgeOfSeason(t, i, j) : null;
    if (season != null) {
      season.mod = mod;
      out.add(season);
      return season.tokEnd;
    }
    // "cuối năm đó", "đầu tháng đó": the edge of a period named before (anaphora, no value of its own)
    // "đầu năm học 2018-2019", "cuối năm học": the edge of a school year, no time (guidelines: school years); "đầu
    // năm học sinh …" (students) keeps the year
    if (e < 0 && t.word(j, "năm") && t.word(j + 1, "học") && !t.word(j + 2, "sinh") && !studiesWell(t, j + 2)) return -1;
    if (e < 0 && (t.word(j, "năm") || t.word(j, "tháng") || t.word(j, "tuần")) && !t.word(j + 1, "đó")) {
      RawTime r = new RawTime(Kind.REL, i, j + 1);
      r.unit = t.word(j, "năm") ? 'Y' : t.word(j, "tháng") ? 'M' : 'W';
      r.mod = mod;
      if (r.unit == 'W' && mod.equals("END")) {
        r.weekend = true;
        r.mod = null;
      }
      out.add(r);
      return j + 1;
    }
    return -1;
  }

  /**
   * "vào cuối hè", "từ đầu hè tới nay", "cứ cuối thu", "cuối hè năm ngoái", "vào cuối hè hoặc đầu thu", "vào cuối
   * đông đầu xuân": a season
   * without "mùa" after the edge at i, like "cuối mùa hè", when a preposition leads to it (or a season just listed)
   * and the phrase ends after it or its year; "bắt đầu thu phí", "hàng đầu Đông Nam Á", "lễ hội đầu xuân" are no
   * seasons.
   */
  private static RawTime edgeOfSeason(Tokens t, int i, int j) {
    String season = t.isWord(j) && !t.word(j, "hạ") ? SEASONS.get(t.low[j]) : null;
    if (season == null || !(seasonEdgeContext(t, i - 1)
        || (t.word(i - 1, "và") || t.word(i - 1, "hoặc")) && t.isWord(i - 2) && SEASONS.containsKey(t.low[i - 2])
        || t.isWord(i - 1) && SEASONS.containsKey(t.low[i - 1]) // "cuối đông đầu xuân"
        && (t.word(i - 2, "đầu") || t.word(i - 2, "giữa") || t.word(i - 2, "cuối"))))
      return null;
    RawTime r = new RawTime(Kind.YEAR, i, j + 1);
    r.season = season;
    int k = j + 1;
    if (t.word(k, "năm") && isYearNumber(t, k + 1)) {
      r.y = t.val[k + 1];
      r.tokEnd = k + 2;
    } else if (t.word(k, "năm") && t.isWord(k + 1) && YEAR_REL.containsKey(t.low[k + 1])) {
      r.yearRel = YEAR_REL.get(t.low[k + 1]); // "cuối hè năm ngoái"
      r.tokEnd = k + 2;
    } else if (!(k >= t.n || t.isPunct(k) || t.word(k, "và") || t.word(k, "hoặc") || t.word(k, "đầu")
        || t.word(k, "cuối") || t.word(k, "tới") || t.word(k, "đến") || t.word(k, "chớm"))) {
      return null;
    }
    return r;
  }

  /** A word at k before "đầu / giữa / cuối" that makes a season word after it the season ("vào cuối hè"). */
  private static boolean seasonEdgeContext(Tokens t, int k) {
    return t.word(k, "vào") || t.word(k, "từ") || t.word(k, "cứ") || t.word(k, "đến") || t.word(k, "tới")
        || t.word(k, "hồi") || t.word(k, "sang") || t.word(k, "trong") || t.word(k, "tận");
  }

  private static boolean endOfNamedDay(Tokens t, int i, int j, String mod) {
    return mod.equals("END") && t.word(i, "cuối") && t.word(j, "ngày");
  }

  /** "sáng nay", "chiều 24/3", "tối hôm qua", "đêm 23.7", "sáng thứ Hai (24/3)". */
  /**
   * Two parts of one day joined by "và" ("ngày và đêm 29/4"): the second part is matched from {@code k};
   * when it gives exactly one expression, that becomes one DATE starting at {@code i}. Returns its end
   * token, or -1 with {@code out} unchanged.
   */
  private int wholeDay(Tokens t, int i, int k, String part, List<RawTime> out) {
    int before = out.size();
    if (matchPartOfDay(t, k, k + 1, part, out) > 0 && out.size() == before + 1) {
      RawTime c = out.get(before);
      c.tokStart = i;
      c.part = null;
      c.type = "DATE";
      return c.tokEnd;
    }
    while (out.size() > before) out.remove(out.size() - 1);
    return -1;
  }

  private int matchPartOfDay(Tokens t, int i, int j, String part, List<RawTime> out) {
    RawTime r = null;
    if (t.word(j, "và") && t.isWord(j + 1) && PART_OF_DAY.containsKey(t.low[j + 1])) {
      // "sáng và chiều ngày 29/4": coordinated parts of one day are one DATE of that day
      return wholeDay(t, i, j + 1, PART_OF_DAY.get(t.low[j + 1]), out);
    }
    if (t.word(j, "nay") && (r = todayWithDate(t, i, j + 1)) != null) {
      // "chiều nay (28.5)": today's date stated
    } else if ((t.word(j, "qua") || t.word(j, "mai")) && (r = statedDate(t, i, j + 1, false)) != null) {
      // "tối qua (27/4)"
    } else if (t.word(j, "nay") || t.word(j, "qua") || t.word(j, "mai")) {
      r = new RawTime(Kind.REL, i, j + 1);
      r.unit = 'D';
      r.off = t.word(j, "nay") ? 0 : t.word(j, "qua") ? -1 : 1;
    } else if (t.word(j, "cùng") && t.word(j + 1, "ngày")) {
      r = sameDay(i, j + 2);
    } else if (t.word(j, "hôm") && t.word(j + 1, "sau")) {
      r = nextDay(i, j + 2); // "sáng hôm sau": the morning after the day written about
    } else if (t.word(j, "hôm") && t.word(j + 1, "trước") && !t.word(j + 2, "đó")) {
      r = sameDay(i, j + 2); // "chiều hôm trước", "21h tối hôm trước": that part of the day before the day written about
      r.off = -1;
    } else if (t.word(j, "ngày") || t.word(j, "hôm")) {
      r = dayWord(t, j);
      if (r == null) r = datedWeekdayAfter(t, j); // "sáng hôm thứ Hai (26/4)"
    } else if (t.word(j, "thứ") || t.word(j, "chủ")) {
      r = weekday(t, j);
    } else if ((r = daysAgo(t, j)) != null) {
      // "chiều hai hôm trước", "Tối 3 ngày trước": that part of the day so many days ago, like "chiều hôm qua"
    } else if (t.num(j)) {
      r = lateTet(t, j, j); // "chiều 30 Tết": a lunar day of the last month
      if (r == null) r = lunarMonthDay(t, j, j); // "chiều 27 tháng Chạp"
      r = solarInParens(t, r);
      if (r == null) r = bareDate(t, j, true);
      if (r == null && !t.word(i - 1, "từ")) r = spacedDate(t, j); // "Chiều 26 - 8", like "Chiều ngày 26 - 8"
      if (r == null) r = dayBeforeDate(t, j);
    } else if (t.word(j, "mùng") || t.word(j, "mồng")) {
      r = solarInParens(t, mung(t, j)); // "sáng mùng 2 Tết", like "sáng 24/3"
    }
    if (r == null && j == i + 2 && (t.word(i, "rạng") || t.word(i + 1, "sớm"))) {
      // "từ rạng sáng", "từ sáng sớm" alone: the morning of the day written about (the anchor day)
      r = rel(i, j, 'D', 0);
    }
    if (r == null || !(r.kind == Kind.DAY || r.kind == Kind.REL || r.kind == Kind.WEEKDAY) || (r.kind == Kind.REL && r.unit != 'D'))
      return -1;
    r.tokStart = i;
    r.part = part;
    r.type = "TIME";
    out.add(r);
    return r.tokEnd;
  }

  /**
   * "ngày thứ N" at i counting days, not naming one: the day word is no capitalised weekday name and the phrase is
   * anchored to an event or a count ("ngày thứ 2 của kỳ nghỉ", "ngày thứ 4 kì nghỉ Tết", "ngày thứ ba trong đợt
   * rét", "ngày thứ 5 sau khi tàu chìm") or reached ("đã là ngày thứ tư", "bước sang ngày thứ ba", "hết ngày thứ 2").
   */
  private static boolean ordinalDay(Tokens t, int i) {
    if (!t.word(i + 1, "thứ") || t.isWord(i + 2) && t.cap[i + 2]) return false;
    int a = i + 3;
    return t.word(a, "của") || t.word(a, "kỳ") || t.word(a, "kì") || t.word(a, "trong") || t.word(a, "sau")
        || t.word(a, "xảy") || t.word(i - 1, "là") || t.word(i - 1, "sang")
        // "Hết ngày thứ 2, căn nhà …", "đến ngày thứ 4, cô bé …": a count of days reached (round 18), not after a
        // weekday opening a range ("từ thứ 2 đến ngày thứ 6")
        || t.word(i - 1, "hết") || t.word(i - 1, "đến") && !t.word(i - 3, "thứ") && !t.word(i - 4, "thứ")
        && !t.word(i - 3, "nhật");
  }

  /**
   * "gần trưa 8/3", "gần sáng ngày 30/9", "gần trưa hôm nay": "gần" (towards) before a part of day with its day is
   * about that time, APPROX like "gần 6 giờ sáng", "gần" inside the span; -1 when no dated part of day follows. So is
   * "khoảng" / "chừng" / "tầm" ("khoảng chiều ngày 10/9", "Khoảng trưa nay"; round 18).
   */
  private int nearPartOfDay(Tokens t, int i, List<RawTime> out) {
    int before = out.size();
    int e = matchPartOfDay(t, i + 1, i + 2, PART_OF_DAY.get(t.low[i + 1]), out);
    if (e < 0 || out.size() != before + 1 || out.get(before).tokStart != i + 1 || out.get(before).mod != null) {
      while (out.size() > before) out.remove(out.size() - 1);
      return -1;
    }
    out.get(before).tokStart = i;
    out.get(before).mod = "APPROX";
    return e;
  }

  /** New Year's Eve ("giao thừa" at g, the span from s): the midnight that starts lunar 1/1 (TIME …T00:00). */
  private RawTime newYearsEve(Tokens t, int s, int g) {
    RawTime r = lunarDay(t, g, g + 2, 1, 1);
    r.tokStart = s;
    r.type = "TIME";
    r.hour = 0;
    r.minute = 0;
    return r;
  }

  /** "hôm thứ Hai (26/4)", "ngày Chủ nhật 25/4": "hôm" / "ngày" at k before a weekday that carries its date. */
  private RawTime datedWeekdayAfter(Tokens t, int k) {
    if (!(t.word(k + 1, "thứ") || t.word(k + 1, "chủ"))) return null;
    RawTime wd = weekday(t, k + 1);
    if (wd == null || wd.kind != Kind.DAY) return null;
    wd.tokStart = k;
    return wd;
  }

  // ---- numbers ------------------------------------------------------------------------------------

  private int matchNumber(Tokens t, int i, List<RawTime> out) {
    // "đường 8 tháng 3", "phố 19 tháng 5": a street named by a date is no time (guidelines); skip the name whole so
    // its month is not read alone
    if ((t.word(i - 1, "đường") || t.word(i - 1, "phố")) && t.num(i, 2) && t.word(i + 1, "tháng") && t.num(i + 2, 2))
      return i + 3;
    // "lần thứ 134 năm nay", "kỷ niệm lần thứ 95 ngày sinh", "APEC lần thứ 25 tháng 11-2017": a number after "thứ"
    // (above 7, or after a noun it ranks) is an ordinal, no count nor day; skipped, what follows is read on its own
    // ("ngày thứ 9/9", a day glued to its month, stays a date)
    if (t.word(i - 1, "thứ") && (t.val[i] > 7 || ordinalNoun(t, i - 2) || t.isWord(i - 2)
        && NUMBER_LABELS.contains(t.low[i - 2])) && !(t.isPunct(i + 1) && t.glued(i + 1) && t.num(i + 2)))
      return i + 1;
    int stated = statedDateInParens(t, i, out);
    if (stated > 0) return stated;
    RawTime bc = beforeCommonEra(t, i, i);
    if (bc != null) return add(out, bc);
    RawTime homAgo = daysAgoInHom(t, i);
    if (homAgo != null) return add(out, homAgo);
    RawTime late = lateTet(t, i, i);
    if (late == null) late = lunarMonthDay(t, i, i);
    if (late != null) return add(out, solarInParens(t, late));
    if (t.num(i, 2) && t.punct(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2) && !gluedToWordBefore(t, i)
        && (late = lunarMonthDay(t, i + 2, i + 2)) != null && t.val[i] < late.d) {
      // "23-29 tháng Chạp": two lunar days, the first taking the month of the second (no lengths of months)
      RawTime first = new RawTime(Kind.DAY, i, i + 1);
      first.d = t.val[i];
      first.m = late.m;
      first.y = late.y;
      first.lunar = true;
      first.canChi = late.canChi;
      out.add(first);
      return add(out, solarInParens(t, late));
    }
    int eon = eonAgoRangeEnd(t, i);
    if (eon > 0 && t.word(eon, "trước") && !gluedToWordBefore(t, i)) {
      // "khoảng 56 - 66 triệu năm trước", "380-360 triệu năm trước": two PAST_REFs, "khoảng" with the first, both
      // APPROX (guidelines, rounds 14 and 34)
      boolean about = (t.word(i - 1, "khoảng") || t.word(i - 1, "chừng"))
          && (out.isEmpty() || out.get(out.size() - 1).tokEnd < i);
      return eonAgoRange(t, about ? i - 1 : i, i, eon, about ? "APPROX" : null, out);
    }
    RawTime firstOfTwo = firstOfTwoCounts(t, i);
    if (firstOfTwo != null) {
      RawTime second = quantity(t, i + 2);
      if (agoAfter(t, second) && !beforeAnEvent(t, agoEnd(t, second))
          && (firstOfTwo.unit == 'Y' || firstOfTwo.unit == 'M' || firstOfTwo.unit == 'W' || firstOfTwo.unit == 'D')) {
        // "khoảng 7, 8 năm trước", "7,8 năm trước": each end a date that far back, like "40-50 năm trước" (round
        // 11), both APPROX after "khoảng" like a range of lengths (round 33)
        boolean about = (t.word(i - 1, "khoảng") || t.word(i - 1, "chừng"))
            && (out.isEmpty() || out.get(out.size() - 1).tokEnd < i);
        RawTime a = rel(about ? i - 1 : i, i + 1, firstOfTwo.unit, -t.val[i]);
        RawTime b = rel(i + 2, agoEnd(t, second), second.unit, -second.q);
        if (about) {
          a.mod = "APPROX";
          b.mod = "APPROX";
        }
        out.add(a);
        out.add(b);
        return b.tokEnd;
      }
      if ((t.word(i - 1, "khoảng") || t.word(i - 1, "chừng") || t.word(i - 1, "tầm"))
          && (out.isEmpty() || out.get(out.size() - 1).tokEnd < i)) {
        // "khoảng 3,4 tháng", "khoảng 2, 3 năm trở lại đây": "about" goes with the first end and makes both APPROX,
        // like a range of lengths ("khoảng 7 đến 30 ngày", round 11); the second end is read as before (round 34)
        firstOfTwo.tokStart = i - 1;
        firstOfTwo.mod = "APPROX";
        out.add(firstOfTwo);
        int before = out.size();
        int e = matchAt(t, i + 2, out);
        if (e > 0 && out.size() == before + 1 && out.get(before).tokStart == i + 2
            && "DURATION".equals(out.get(before).type) && out.get(before).mod == null) out.get(before).mod = "APPROX";
        return e > 0 ? e : i + 1;
      }
      return add(out, firstOfTwo);
    }
    int ages = agesEnd(t, i);
    if (ages > 0 && agoAt(t, ages) >= 0) {
      ages = agoAt(t, ages); // "65 triệu năm về trước", like "65 triệu năm trước"
      // "65 triệu năm trước", "4,5 tỷ năm trước đây": some time ago, PAST_REF like "hàng tỷ năm trước" ("năm trước"
      // alone would be last year); "khoảng" before it is APPROX, "hơn" BEFORE, "gần" AFTER, as in "hơn 10 năm trước"
      int s = i;
      String mod = null;
      if (t.isWord(i - 1) && (out.isEmpty() || out.get(out.size() - 1).tokEnd < i)) {
        String b = t.low[i - 1];
        mod = b.equals("khoảng") || b.equals("chừng") ? "APPROX" : b.equals("hơn") ? "BEFORE" : b.equals("gần") ? "AFTER"
            : null;
        if (mod != null) s = i - 1;
      }
      return add(out, RawTime.fixed(s, t.word(ages + 1, "đây") ? ages + 2 : ages + 1, "DATE", "PAST_REF", mod));
    }
    if (holidayByDate(t, i)) {
      RawTime holiday = bareDate(t, i, true);
      if (holiday != null) return add(out, holiday);
    }
    int e = matchClockAt(t, i, out, false);
    if (e > 0) return e;
    if ((t.punct(i - 1, '-') || t.punct(i - 1, '–')) && !out.isEmpty() && out.get(out.size() - 1).tokEnd == i - 1
        && "TIME".equals(out.get(out.size() - 1).type)) {
      e = matchClockAt(t, i, out, true, true); // "7h-9h": the second end of a clock range
      if (e > 0) return e;
    }
    // range "20-22/3": two dates
    if (t.num(i, 2) && !gluedToWordBefore(t, i) && (t.punct(i + 1, '-') || t.punct(i + 1, '–'))
        && !formation(t, i)) {
      int[] dm = dm(t, i + 2, false);
      if (dm != null && t.val[i] >= 1 && t.val[i] < dm[0]) {
        RawTime a = new RawTime(Kind.DAY, i, i + 1);
        a.d = t.val[i];
        a.m = dm[1];
        a.y = dm[2];
        RawTime b = new RawTime(Kind.DAY, i + 2, dm[3]);
        b.d = dm[0];
        b.m = dm[1];
        b.y = dm[2];
        trailing(t, b);
        return addPair(out, a, b);
      }
    }
    if ((t.punct(i - 1, '-') || t.punct(i - 1, '–')) && !out.isEmpty() && out.get(out.size() - 1).kind == Kind.DAY
        && out.get(out.size() - 1).tokEnd == i - 1) {
      // "18/4-25/4", "30/4-1/5": the second end of a range of day-months
      int[] dm = dm(t, i, false);
      if (dm != null) {
        RawTime r = new RawTime(Kind.DAY, i, dm[3]);
        r.d = dm[0];
        r.m = dm[1];
        r.y = dm[2];
        trailing(t, r);
        out.add(r);
        return r.tokEnd;
      }
    }
    if (t.val[i] == 24 && t.digits(i) == 2 && t.punct(i + 1, '/') && t.glued(i + 1) && t.num(i + 2) && t.val[i + 2] == 24
        && t.digits(i + 2) == 2 && t.glued(i + 2) && !gluedToWordBefore(t, i)
        && !(i + 3 < t.n && t.glued(i + 3) && (t.num(i + 3) || t.isWord(i + 3) || isSep(t, i + 3) && t.num(i + 4)))) {
      // "trực 24/24": round the clock; "trực 24/24 giờ" with its unit in the span (guidelines, round 14)
      return add(out, RawTime.fixed(i, t.word(i + 3, "giờ") ? i + 4 : i + 3, "SET", "P1D", null));
    }
    if (roundTheClockWeek(t, i)) return add(out, RawTime.fixed(i, i + 3, "SET", "P1D", null));
    int before = out.size();
    e = clockRangeStart(t, i, out);
    if (e > 0) return approxRange(t, i, out, before, e);
    e = durationRangeStart(t, i, out);
    if (e > 0) return approxRange(t, i, out, before, e);
    // "trong hai ngày 25, 26-12": the comma may be glued to the first day when a space follows it (not "25,5")
    if (t.num(i, 2) && t.word(i - 1, "ngày") && t.val[i] >= 1 && (t.word(i + 1, "và") && !t.glued(i + 1)
        || t.punct(i + 1, ',') && !(i + 2 < t.n && t.glued(i + 2)))) {
      // "trong 2 ngày 28 và 29/10": the count took "ngày"; the first day borrows the month of the second
      int[] dm = dm(t, i + 2, false);
      if (dm != null && t.val[i] < dm[0]) {
        RawTime a = new RawTime(Kind.DAY, i, i + 1);
        a.d = t.val[i];
        a.m = dm[1];
        a.y = dm[2];
        out.add(a);
        return i + 1;
      }
    }
    e = listedDay(t, i, out);
    if (e > 0) return e;
    e = add(out, monthSlashYear(t, i));
    if (e > 0) return e;
    e = add(out, monthYearClosingMonths(t, i, out));
    if (e > 0) return e;
    RawTime bare = bareDate(t, i, false);
    // "ngày 3/5 và 4-5", and "các ngày 8 và 11-4": a dashed date closing a list of days (the bare first day takes its
    // month in the analyzer); "ngày 23 hoặc 25-5" offers a choice of days the same way (after a bare day only: "3/4
    // hoặc 1/2" are shares)
    if (bare == null && (t.word(i - 1, "và") || t.punct(i - 1, ',') || t.word(i - 1, "hoặc") && !out.isEmpty()
        && out.get(out.size() - 1).m == 0) && !out.isEmpty()
        && out.get(out.size() - 1).kind == Kind.DAY && (out.get(out.size() - 1).m > 0
        || out.get(out.size() - 1).m == 0 && out.get(out.size() - 1).d > 0 && t.num(i, 2)
        && out.get(out.size() - 1).d < t.val[i])
        && out.get(out.size() - 1).tokEnd == i - 1) bare = bareDate(t, i, true);
    if (bare == null && !out.isEmpty() && out.get(out.size() - 1).kind == Kind.DAY && !out.get(out.size() - 1).hasTime()) {
      // "từ ngày 27-4 đến 30-4", "từ ngày 26 đến 29-6", "từ 10-4 đến hết 31-12": the end of a range of days is a date
      // in any separator (a dashed pair alone could be a score)
      int link = out.get(out.size() - 1).tokEnd;
      boolean toEnd = (t.word(link, "đến") || t.word(link, "tới")) && (link + 1 == i || t.word(link + 1, "hết") && link + 2 == i);
      if (toEnd) bare = bareDate(t, i, true);
    }
    if (bare == null && t.word(i - 1, "từ") && !gluedToWordBefore(t, i)) {
      // "từ 30-4 đến 3-5": the start of such a range, when a day-month follows "đến/tới (hết)"
      int[] a = dm(t, i, true);
      if (a != null && a[2] == NO_YEAR) {
        int k = a[3];
        if (t.word(k, "đến") || t.word(k, "tới")) {
          k++;
          if (t.word(k, "hết")) k++;
          if (t.word(k, "ngày")) k++;
          int[] b = dm(t, k, true);
          if (b != null && endsDatePhrase(t, b[3])) bare = bareDate(t, i, true);
        }
      }
    }
    if (bare == null && t.word(i - 1, "từ")) bare = firstDayOfRange(t, i);
    if (bare != null) {
      out.add(bare);
      return bare.tokEnd;
    }
    if (isYearNumber(t, i) && (sentenceInitial(t, i) || t.punct(i - 1, ',')) && t.word(i + 1, "vừa")
        && (t.word(i + 2, "qua") || t.word(i + 2, "rồi"))) {
      // "Theo ông Vinh, 2020 vừa qua là năm khó khăn": a year opening a clause with its deictic word
      RawTime r = new RawTime(Kind.YEAR, i, i + 3);
      r.y = t.val[i];
      out.add(r);
      return i + 3;
    }
    if (isYearNumber(t, i) && (t.isWord(i - 1) && YEAR_CONTEXT.contains(t.low[i - 1]) || sentenceInitial(t, i)
        && (t.punct(i + 1, ',') || t.word(i + 1, "là")) || yearOfFigure(t, i)
        // "Thực tế, 2020 cũng là năm …", "…, 2021 sẽ là một năm quan trọng": a year opening a clause after a comma
        || t.punct(i - 1, ',') && (t.word(i + 1, "là") || (t.word(i + 1, "cũng") || t.word(i + 1, "sẽ")
        || t.word(i + 1, "vẫn")) && t.word(i + 2, "là"))
        // "Trần Văn A (1988)", "phim Kes (1969)", "tốt nghiệp đại học (1997)": a year alone in parentheses
        || t.punct(i - 1, '(') && t.punct(i + 1, ')') && !lawBefore(t, i - 2)
        // "Nguyễn Văn A (1971, Hà Nội)", "4 danh hiệu (2014, 2015, 2017)": a year opening a bracket before a comma (a
        // birth year before the home town, the first of a list of years; the rest follow as coordinated years)
        || t.punct(i - 1, '(') && t.punct(i + 1, ',') && !t.glued(i + 2)) || yearRangeEnd(t, i, out)
        || isYearNumber(t, i, 1000) && yearRangeInParens(t, i)
        || coordinatedYear(t, i, out)) {
      RawTime r = new RawTime(Kind.YEAR, i, i + 1);
      r.y = t.val[i];
      out.add(r);
      return i + 1;
    }
    // "2 ngày 1 tuần", "1 lần 1 năm": a count per period written with the digit 1, like "2 ngày một tuần"
    return add(out, t.val[i] == 1 && t.digits(i) == 1 ? rate(t, i, quantityOrAgo(t, i)) : quantityOrAgo(t, i));
  }

  /**
   * "Bộ luật hình sự (2015)", "luật Thương mại (2005)": a law's name ends at k (within four words of "luật"), so the
   * year in brackets after it names the law, like "Bộ luật Lao động 2019" (guidelines: no time).
   */
  private static boolean lawBefore(Tokens t, int k) {
    for (int q = k; q >= Math.max(0, k - 3); q--)
      if (t.word(q, "luật")) return true;
    return false;
  }

  /**
   * "từ 7 - 9 giờ tối", "8-10 giờ sáng ngày 3/5": a clock range; each end is its own TIME (guidelines), the bare first
   * hour taking the part of day and date of the second ("7" = 19:00 that day).
   */
  private int clockRangeStart(Tokens t, int i, List<RawTime> out) {
    if (!t.num(i, 2) || gluedToWordBefore(t, i) || t.glued(i + 1) && t.isWord(i + 1)) return -1;
    // "7h3 0-11 h": the "0" is the split last digit of a clock just read, not the start of a range
    if (!out.isEmpty() && out.get(out.size() - 1).tokEnd == i) return -1;
    int j;
    if (t.punct(i + 1, '-') || t.punct(i + 1, '–') || t.word(i + 1, "đến") || t.word(i + 1, "tới")) j = i + 2;
    else return -1;
    if (!t.num(j, 2) || t.val[j] <= t.val[i] || t.val[j] > 24) return -1;
    boolean context = t.isWord(i - 1) && CLOCK_CONTEXT.contains(t.low[i - 1]);
    List<RawTime> tmp = new ArrayList<>(1);
    int e = matchClockAt(t, j, tmp, context, true);
    if (e < 0 || tmp.size() != 1) return -1;
    RawTime b = tmp.get(0);
    // "sau 12 đến 24 giờ": "N giờ" with no clock word before the range and no part of day or date is a length; so is
    // "(chậm) khoảng 5-6 giờ", "(mất) từ 1-3 giờ": "khoảng" and "từ" fit a length as well as a reading, so without a
    // part of day or a date after the range only "lúc", "vào", "đến", "tới" make it a clock
    boolean readingWord = context && !t.word(i - 1, "khoảng") && !t.word(i - 1, "từ");
    if (!readingWord && (t.word(j + 1, "giờ") || spacedH(t, j + 1)) && b.kind == Kind.CLOCK
        && !(t.isWord(b.tokEnd - 1) && PART_OF_DAY.containsKey(t.low[b.tokEnd - 1]))) return -1;
    RawTime a = new RawTime(b.kind, i, i + 1);
    a.type = "TIME";
    a.d = b.d;
    a.m = b.m;
    a.y = b.y;
    a.yearRel = b.yearRel;
    a.unit = b.unit;
    a.off = b.off;
    a.dow = b.dow;
    a.hasWeek = b.hasWeek;
    a.sameDay = b.sameDay;
    a.forward = b.forward;
    a.lunar = b.lunar;
    // the second end was moved to the afternoon ("9 giờ tối" = 21): so is the first, when it stays before it
    int shift = b.hour - t.val[j] == 12 ? 12 : 0;
    a.hour = t.val[i] + shift;
    a.minute = 0;
    out.add(a);
    out.add(b);
    return e;
  }

  /**
   * "3-4 năm", "4 - 5 ngày", "24 đến 48 giờ": the guidelines make each end its own expression, the first one bare
   * ("3", P3Y, with the unit of the second) and the second a normal duration.
   */
  private int durationRangeStart(Tokens t, int i, List<RawTime> out) {
    if (!t.num(i, 3) || gluedToWordBefore(t, i)) return -1;
    int j;
    if (t.punct(i + 1, '-') || t.punct(i + 1, '–')) j = i + 2;
    else if (t.word(i + 1, "đến") || t.word(i + 1, "tới")) j = i + 2;
    else return -1;
    if (!t.num(j, 3) || t.val[j] <= t.val[i] || t.word(i - 1, "lúc") || t.word(i - 1, "vào")) return -1;
    RawTime second = quantity(t, j, true);
    if (second == null || !"DURATION".equals(second.type) || second.q <= 0) return -1;
    // "từ 7 - 9 giờ tối", "8-10 giờ sáng ngày 3/5": clock times, not lengths
    int after = second.tokEnd;
    if (second.unit == 'h' && t.isWord(after) && (PART_OF_DAY.containsKey(t.low[after]) || t.word(after, "ngày")
        || t.word(after, "hôm") || t.word(after, "rạng"))) return -1;
    if (t.word(i - 1, "tháng")) return -1; // "tháng 1-2 năm nay" is two months, not a length
    // "từ 30-4 đến 3-5 năm nay": the end of a range of days, a date (not "3 to 5 years now")
    if ((t.word(i - 1, "đến") || t.word(i - 1, "tới")) && !out.isEmpty() && out.get(out.size() - 1).kind == Kind.DAY
        && out.get(out.size() - 1).tokEnd == i - 1 && (t.punct(i + 1, '-') || t.punct(i + 1, '/'))) return -1;
    // "Cách đây 3-4 năm, …", "cách nay khoảng 30 - 40 năm": each end a date that far back, like "40-50 năm trước"
    // (round 11) and "cách đây 3 năm"; the first end from "cách", APPROX after "khoảng" (round 26)
    int c = t.word(i - 1, "khoảng") ? i - 1 : i;
    if ((t.word(c - 1, "đây") || t.word(c - 1, "nay")) && t.word(c - 2, "cách") && second.unit != 'h'
        && second.unit != 'm' && second.unit != 's') {
      String mod = c < i ? "APPROX" : null;
      int f = t.val[j] > 0 && second.q % t.val[j] == 0 ? second.q / t.val[j] : 1; // "4-5 thập niên": tens of years
      RawTime a = rel(c - 2, i + 1, second.unit, -t.val[i] * f);
      a.mod = mod;
      out.add(a);
      // "cách đây 20-30 năm trước": "trước" in the second span, as in "cách đây 10 năm trước" (round 16)
      RawTime r = rel(j, agoAfter(t, second) ? agoEnd(t, second) : second.tokEnd, second.unit, -second.q);
      r.mod = mod;
      out.add(r);
      return r.tokEnd;
    }
    int k = agoEnd(t, second);
    if (agoAfter(t, second) && !beforeAnEvent(t, k)) {
      // "40-50 năm trước", "1-2 tháng trước": each end is a date that far back, like "3 năm trước" ("1-2 tuần trước kỳ
      // thi" is before an event)
      out.add(rel(i, i + 1, second.unit, -t.val[i]));
      RawTime r = rel(j, agoEnd(t, second), second.unit, -second.q);
      out.add(r);
      return r.tokEnd;
    }
    String n = Integer.toString(t.val[i]);
    String v = switch (second.unit) {
      case 'h' -> "PT" + n + "H";
      case 'm' -> "PT" + n + "M";
      case 's' -> "PT" + n + "S";
      default -> "P" + n + second.unit;
    };
    RawTime first = RawTime.fixed(i, i + 1, "DURATION", v, null);
    first.unit = second.unit;
    first.q = t.val[i];
    out.add(first);
    out.add(second);
    return second.tokEnd;
  }

  /**
   * A day-month written with digits and no "ngày" before it: full dates with a year anywhere ("7-10-2023"),
   * "24 tháng 3", and "24/3" only after a date-ish word or '(' (a bare "3/4" may be a fraction).
   */
  private RawTime bareDate(Tokens t, int i, boolean trusted) {
    if (!t.num(i, 2)) return null;
    int[] dm = dm(t, i, true);
    if (dm != null) {
      boolean ok = dm[2] != NO_YEAR || trusted
          || (t.ch(i + 1) == '/' && (t.punct(i - 1, '(')
          || (t.isWord(i - 1) && SLASH_DATE_CONTEXT.contains(t.low[i - 1]))))
          || t.ch(i + 1) == '/' && bareSlashDate(t, i, dm[3])
          || t.ch(i + 1) == '/' && t.word(i - 1, "tiết") && t.word(i - 2, "thời") // "dự báo thời tiết 16/10": the forecast day
          || t.ch(i + 1) != '/' && (t.word(i - 1, "lễ") || t.word(i - 1, "dịp") || t.word(i - 1, "phiên")
          && !t.word(i - 2, "luân") || t.word(i - 1, "dịch") && t.word(i - 2, "giao")) // "chốt phiên 25-3", "ngày giao
          // dịch 22-3": a trading session's day ("luân phiên 3-4 máy": in turn)
          || t.ch(i + 1) == '-' && dashedDayPair(t, i, dm)
          || t.ch(i + 1) == '-' && dashedDeadline(t, i, dm[3])
          || dm[2] == NO_YEAR && deadlineDay(t, i, dm[3])
          || t.ch(i + 1) == '-' && dm[2] == NO_YEAR && paragraphOpeningDay(t, i, dm[3])
          || t.ch(i + 1) == '-' && bracketedDashedDay(t, i, dm[3])
          // "ngày 10 tháng 3 âm lịch (tức 14-4)", "mồng 2 tết tức 29-1)": the same day in the solar calendar
          || t.ch(i + 1) == '-' && t.word(i - 1, "tức") && (t.punct(dm[3], ')') || t.punct(dm[3], ','))
          || (t.punct(i - 1, '(') || t.word(i - 1, "tức") || t.word(i - 1, "nhằm")) && t.word(dm[3], "âm")
          && t.word(dm[3] + 1, "lịch"); // "(tức 9-8 âm lịch)": the same day in the other calendar, no score
      // "3/4 số người", "2/3 tổng số đại biểu" are fractions
      if (!ok || dm[2] == NO_YEAR && !trusted && (t.word(dm[3], "số") || t.word(dm[3], "tổng"))) return null;
      // "sau 6/12 lần dự thi", "đã thắng 8/10 trận", "lên đến 1/10 người": a share of counted things, unless it ends a
      // range of days ("lễ 30/4-1/5 người dân …")
      if (dm[2] == NO_YEAR && !trusted && t.isWord(dm[3]) && COUNTED_AFTER_SHARE.contains(t.low[dm[3]])
          && !t.punct(i - 1, '-') && !t.punct(i - 1, '–')) return null;
      RawTime r = new RawTime(Kind.DAY, i, dm[3]);
      r.d = dm[0];
      r.m = dm[1];
      r.y = dm[2];
      trailing(t, r);
      if (r.y == NO_YEAR && r.tokEnd == dm[3]) lunarTail(t, r); // "vào 18/3 âm lịch": a lunar day, like "ngày 18/3 âm lịch"
      return r;
    }
    // "9 tháng 10 ngày": months and days, a length (not 9 October)
    // "6 tháng 1 lần": once every six months, no 6 January
    if (t.word(i + 1, "tháng") && t.num(i + 2, 2) && !gluedToWordBefore(t, i) && !t.word(i + 3, "ngày")
        && !(t.val[i + 2] == 1 && t.word(i + 3, "lần"))) {
      return dayMonthWords(t, i, i);
    }
    return null;
  }

  /**
   * A bare "19/4" after an ordinary word ("chốt phiên 23/4", "nghỉ lễ 30/4"): a date when what follows ends the
   * phrase (punctuation, end, a connective) and no quantity word is before it; "12/13 bang", "3/4 số người" and
   * "khoảng 2/3" are fractions.
   */
  /**
   * "từ 30-4 đến 30-6", "hai ngày 30-11 và 1-12": the bare dashed day-month {@code dm} at i is one end of a pair of
   * them linked by "đến" / "tới" / "và", the second later in the calendar (for "và", within two months), and the
   * clause going on after the pair (punctuation, a capital, a connective or a verb: "3-4 và 7-8 điểm", "từ 2-3 đến 4-5
   * con lợn", "từ 2-3 đến 5-6 triệu" are numbers). Round 18.
   */
  private static boolean dashedDayPair(Tokens t, int i, int[] dm) {
    int e = dm[3];
    int[] a;
    int[] b;
    boolean and;
    if (dm[2] == NO_YEAR && isPairLink(t, e) && t.num(e + 1, 2) && t.punct(e + 2, '-')) {
      a = dm;
      b = dm(t, e + 1, true);
      and = t.word(e, "và");
    } else if (isPairLink(t, i - 1) && t.num(i - 4, 2) && t.punct(i - 3, '-') && t.num(i - 2, 2)) {
      a = dm(t, i - 4, true);
      b = dm;
      and = t.word(i - 1, "và");
      if (a == null || a[3] != i - 1 || a[2] != NO_YEAR) return false;
    } else {
      return false;
    }
    if (b == null) return false;
    int first = a == dm ? i : i - 4; // "tỷ số 2-1 và 3-2", "thắng 2-1 và 3-2": scores
    if (t.isWord(first - 1) && NOT_BEFORE_BARE_DATE.contains(t.low[first - 1])) return false;
    int gap = (b[1] - a[1]) * 31 + b[0] - a[0];
    if (gap <= 0 || and && gap > 62) return false;
    int k = b[3];
    if (k >= t.n || t.isPunct(k)) return !t.punct(k, '%');
    return t.isWord(k) && (t.cap[k] || AFTER_BARE_DATE.contains(t.low[k]) || PAIR_AFTER.contains(t.low[k]));
  }

  /**
   * "báo cáo UBND tỉnh trước 10-9.", "mở cửa đến hết 25-8.", "tính đến hạn chót 31-3,": a bare dashed day-month after
   * "hết", "trước" or "hạn chót" that ends its clause is a deadline date, like "trước 10/9" ("dẫn trước 2-1," is a
   * score; a unit or a word after the pair makes numbers: "trước 3-4 tháng").
   */
  private static boolean dashedDeadline(Tokens t, int i, int e) {
    if (dashedAfterPoint(t, i, e)) return true;
    boolean cue = t.word(i - 1, "hết") || t.word(i - 1, "trước") && !t.word(i - 2, "dẫn")
        || t.word(i - 1, "chót") && t.word(i - 2, "hạn");
    if (!cue || t.glued(i)) return false;
    return e >= t.n || t.punct(e, '.') || t.punct(e, ',') || t.punct(e, ';') || t.punct(e, ')');
  }

  /**
   * "đặt hạn chót 15/5 để …", "bỏ qua thời hạn 8/2 do …", "đến hạn 18/5 nhưng …", "Thời hạn 25/10 đang đến gần": a
   * bare day-month after "hạn" (a deadline: "thời hạn", "hạn chót", "hạn cuối") is the day, like "trước 10/9" (round
   * 26); not a tenor or a limit ("kỳ hạn 3/6 tháng", "giới hạn 1/3"), nor a share or a range of counted things after
   * it ("hạn 2/3 số vốn"); a dashed pair only where its clause ends or goes on with a connective.
   */
  private static boolean deadlineDay(Tokens t, int i, int e) {
    int k = t.word(i - 1, "chót") || t.word(i - 1, "cuối") ? i - 2 : i - 1;
    if (!t.word(k, "hạn") || t.glued(i) || t.isWord(k - 1) && NOT_DEADLINE.contains(t.low[k - 1])) return false;
    if (e >= t.n) return true;
    if (t.isPunct(e)) return t.punct(e, '.') || t.punct(e, ',') || t.punct(e, ';') || t.punct(e, ')')
        || t.punct(e, '(');
    if (!t.isWord(e) || t.word(e, "năm") || t.word(e, "tháng") || t.word(e, "số") || t.word(e, "tổng")
        || COUNTED_AFTER_SHARE.contains(t.low[e])) return false;
    return t.ch(i + 1) == '/' || AFTER_BARE_DATE.contains(t.low[e]) || PAIR_AFTER.contains(t.low[e])
        || POINT_AFTER.contains(t.low[e]);
  }

  /**
   * "giải Euréka 2017 ngày 17-12", "Asian Cup 2019 ngày 20-1", "cuộc thi FLL 2018 năm nay", "quy định 1684 năm 2006":
   * a four-digit number (an event's year, a document's number) before a dated day, a deictic year or a year is no count
   * of days or years (round 26); the date after it is read on its own ("1075 ngày bên nhau" stays a length).
   */
  private static boolean yearBeforeItsDate(Tokens t, int i) {
    if (t.digits(i) != 4 || i + 2 >= t.n) return false;
    if (t.word(i + 1, "năm")) return isYearNumber(t, i + 2) || t.val[i] >= 1900 && t.val[i] <= 2099
        && (t.word(i + 2, "nay") || t.word(i + 2, "này") || t.word(i + 2, "ngoái") || t.cap[i + 1]);
    return t.word(i + 1, "ngày") && t.val[i] >= 1900 && t.val[i] <= 2099 && t.num(i + 2, 2) && !t.glued(i + 2)
        && (t.punct(i + 3, '/') || t.punct(i + 3, '-') || t.punct(i + 3, '.')) && t.num(i + 4, 2);
  }

  /**
   * "19-10, tại Trụ sở …", "8-4, theo Sở …": a dashed day-month opening a paragraph before a comma and a word is the
   * day of the report, its "Ngày" dropped by the feed (round 26); a score opens no paragraph that way.
   */
  private static boolean paragraphOpeningDay(Tokens t, int i, int e) {
    if (!t.punct(e, ',') || !t.isWord(e + 1) || t.glued(e + 1)) return false;
    if (i == 0) return true;
    for (int c = t.end[i - 1]; c < t.start[i]; c++)
      if (t.text.charAt(c) == '\n') return true;
    return false;
  }

  /** "1/4 thế kỷ": the fraction a quarter, glued, before "thế" (the unit is checked by {@link #quantity}). */
  private static boolean quarterCentury(Tokens t, int i) {
    return t.val[i] == 1 && t.digits(i) == 1 && t.punct(i + 1, '/') && t.glued(i + 1) && t.num(i + 2, 1)
        && t.val[i + 2] == 4 && t.glued(i + 2) && t.word(i + 3, "thế") && !gluedToWordBefore(t, i);
  }

  /** Words before "hạn" that make it no deadline: a tenor, a limit, a power ("kỳ hạn", "giới hạn", "quyền hạn"). */
  private static final Set<String> NOT_DEADLINE = WordSet.of("kỳ", "kì", "giới", "vô", "hữu", "quyền", "ngắn", "dài",
      "trung");

  /**
   * "sinh bé trai vào 23-4 ở bệnh viện", "Kể từ 1-7, luật …", "cho đến 17-3 là …", "Triển lãm kéo dài đến 25-1, …":
   * a bare dashed day-month after "vào", "kể từ", "đến" or "tới" is the day when a clause goes on after it, like "vào
   * 23/4" ("vào 3-4 giờ", "đến 5-6 người": a unit or a counted noun makes numbers; "lên đến 8-9", "lên tới 4-4,5 m":
   * up to a number).
   */
  private static boolean dashedAfterPoint(Tokens t, int i, int e) {
    // "thu gom từ 30-4 đến nay", "có hiệu lực từ 1-1 tại …": a bare dashed day-month after "từ" running until now, or
    // the day a rule takes effect (round 26); "từ 3-5 triệu", "từ 2-4 m" stay numbers
    if (t.word(i - 1, "từ") && !t.glued(i) && ((t.word(e, "đến") || t.word(e, "tới"))
        && (t.word(e + 1, "nay") || t.word(e + 1, "giờ")) || t.word(i - 2, "lực") && t.word(i - 3, "hiệu")
        && (e >= t.n || t.isPunct(e) && !t.punct(e, '%') || t.isWord(e) && (AFTER_BARE_DATE.contains(t.low[e])
        || PAIR_AFTER.contains(t.low[e]) || POINT_AFTER.contains(t.low[e]) || t.cap[e])))) return true;
    boolean cue = t.word(i - 1, "vào") || t.word(i - 1, "từ") && t.word(i - 2, "kể")
        || (t.word(i - 1, "đến") || t.word(i - 1, "tới")) && !(t.isWord(i - 2) && NOT_BEFORE_UNTIL.contains(t.low[i - 2]));
    if (!cue || t.glued(i)) return false;
    // "từ 5-8 đến 3-4": a pair before "đến" out of calendar order (or no day-month) makes codes, not a range of days
    if (t.num(i - 2) && (t.punct(i - 3, '-') || t.punct(i - 3, '/')) && !(t.num(i - 4) && t.val[i - 4] >= 1
        && t.val[i - 4] <= 31 && t.val[i - 2] >= 1 && t.val[i - 2] <= 12
        && t.val[i - 2] * 31 + t.val[i - 4] < t.val[i + 2] * 31 + t.val[i])) return false;
    if (e >= t.n) return true;
    // "lên tới 4-4,5 m": a decimal glued to the second number makes a range of numbers
    if (t.punct(e, ',') && e + 1 < t.n && t.num(e + 1) && t.glued(e + 1)) return false;
    if (t.isPunct(e)) return t.punct(e, '.') || t.punct(e, ',') || t.punct(e, ';') || t.punct(e, ')') || t.punct(e, '(');
    return t.isWord(e) && !t.word(e, "năm") && !t.word(e, "hàng") && !t.word(e, "hằng")
        && (AFTER_BARE_DATE.contains(t.low[e]) || PAIR_AFTER.contains(t.low[e]) || POINT_AFTER.contains(t.low[e]));
  }

  /**
   * "giữa tuần này (13-6) và …", "tờ báo lớn nước này (17-1) -", "lễ Giáng sinh 2018 (24-12).": a dashed day-month alone
   * in brackets after words is the day written about, like "(24/12)"; not a level after a unit ("60 km/h (6-7)"), a
   * bracket glued to a number ("7-6(9-7)") nor a score after a match word or in a list of scores ("trận đấu giữa A và B
   * (2-1)", "Oman (1-0), Nhật (4-0), Hàn Quốc (4-1)").
   */
  private static boolean bracketedDashedDay(Tokens t, int i, int e) {
    if (!t.punct(i - 1, '(') || !t.punct(e, ')') || !t.isWord(i - 2) && !t.num(i - 2) || t.glued(i - 1)) return false;
    if (t.punct(i - 3, '/')) return false;
    for (int q = i - 2; q >= Math.max(1, i - 12); q--)
      if (t.punct(q, ')') && t.num(q - 1) || t.isWord(q) && SCORE_CUE.contains(t.low[q])) return false;
    return !(t.punct(e + 1, ',') && t.isWord(e + 2) && t.cap[e + 2] && t.punct(e + 3, '('));
  }

  /**
   * "nhân dịp Quốc khánh 2-9, …", "Ngày Nhà giáo Việt Nam 20-11 đã cận kề", "Ngày Quốc tế thiếu nhi 1-6 tại …": a
   * day-month right after the name of a holiday kept on that date is the day (round 26: the holiday named by its date,
   * like the dev row "Ngày Quốc tế Lao động 1/5"; the name stays outside), whatever the separator, and so no range of
   * lengths ("Quốc khánh 2-9 năm nay"). The clause goes on after the pair (no unit or counted noun: "phụ nữ 8-10
   * tuổi"); a generic holiday ("mỗi dịp Quốc khánh 2-9", "Quốc khánh 2-9 hàng năm") stays out, as round 5 decided.
   */
  private static boolean holidayByDate(Tokens t, int i) {
    if (!t.num(i, 2) || !(t.punct(i + 1, '-') || t.punct(i + 1, '/')) || !t.glued(i + 1) || !t.num(i + 2, 2)
        || !t.glued(i + 2) || t.glued(i) || !t.isWord(i - 1) || !t.isWord(i - 2)) return false;
    String a = t.low[i - 2];
    String b = t.low[i - 1];
    boolean named = a.equals("quốc") && b.equals("khánh") || a.equals("thiếu") && b.equals("nhi")
        || a.equals("phụ") && b.equals("nữ") || a.equals("liệt") && b.equals("sĩ") || a.equals("giáng") && b.equals("sinh")
        || a.equals("lao") && b.equals("động") && t.word(i - 3, "tế")
        || b.equals("nam") && (a.equals("việt") && (t.word(i - 3, "giáo") || t.word(i - 3, "nữ"))
        || a.equals("miền") && t.word(i - 3, "phóng"));
    if (!named) return false;
    for (int q = i - 3; q >= Math.max(0, i - 6); q--)
      if (t.word(q, "mỗi") || t.word(q, "các") || t.word(q, "những")) return false;
    int e = i + 3;
    if (e >= t.n) return true;
    if (t.isPunct(e)) return !t.punct(e, '%') && !t.punct(e, '/') && !t.punct(e, '-') && !(t.glued(e) && t.num(e + 1));
    if (!t.isWord(e) || t.word(e, "hàng") || t.word(e, "hằng") || t.word(e, "nào")) return false;
    return t.cap[e] || AFTER_BARE_DATE.contains(t.low[e]) || PAIR_AFTER.contains(t.low[e])
        || POINT_AFTER.contains(t.low[e]);
  }

  /** Words of a match before a bracketed pair that make it a score ("trận đấu giữa A và B (2-1)"). */
  private static final Set<String> SCORE_CUE = WordSet.of("trận", "thắng", "thua", "hòa", "hoà", "đấu", "tỷ", "tỉ");

  /** Words before "đến" / "tới" that make it "up to" a number ("lên đến 8-9", "có tới 3-4", "gấp đến 2-3"). */
  private static final Set<String> NOT_BEFORE_UNTIL = WordSet.of(
      "lên", "có", "tăng", "giảm", "gấp", "chiếm", "tốn", "mất", "phải", "lớn", "cao", "dài", "nặng", "sâu", "rộng", "xa");

  /** More words that may follow a dated point: "vào 8-5 tới", "vào 18-4 sau khi …", "vào 24-3 sẽ …". */
  private static final Set<String> POINT_AFTER = WordSet.of("sau", "trước", "này", "nhưng", "song", "mà", "rồi");

  /** "cuối năm học giỏi" (at the year's end, studying well): "học" is the verb, not a school year. */
  private static boolean studiesWell(Tokens t, int k) {
    return t.word(k, "giỏi") || t.word(k, "tốt") || t.word(k, "kém") || t.word(k, "xong") || t.word(k, "hành");
  }

  private static boolean isPairLink(Tokens t, int k) {
    return t.word(k, "đến") || t.word(k, "tới") || t.word(k, "và");
  }

  /** Words that may follow a pair of dashed day-months (a clause going on); a unit or a counted noun ends it. */
  private static final Set<String> PAIR_AFTER = WordSet.of("tại", "sẽ", "đang", "đã", "theo", "trong", "là", "có", "mới",
      "thì", "được", "nên", "vì", "kéo", "để", "làm");

  /** Verbs taking a length before "hàng giờ" (for hours): "chờ đợi hàng giờ", "dành hàng giờ", "mất hàng giờ". */
  private static final Set<String> HOURS_AFTER = WordSet.of("chờ", "đợi", "dành", "mất", "ngồi", "dài", "tốn", "kéo");

  /** Counted nouns after a bare "a/b" that make it a share ("8/10 trận"), not a day-month. */
  private static final Set<String> COUNTED_AFTER_SHARE = WordSet.of("lần", "người", "đội", "trận", "ca", "tỉnh", "nước");

  private static boolean bareSlashDate(Tokens t, int i, int e) {
    if (t.isWord(i - 1) && NOT_BEFORE_BARE_DATE.contains(t.low[i - 1])) return false;
    if (t.isPunct(i - 1) && !(t.punct(i - 1, ',') || t.punct(i - 1, '-') || t.punct(i - 1, '–'))) return false;
    if (e >= t.n) return true;
    if (t.isPunct(e)) return t.ch(e) != '/' && t.ch(e) != '%';
    return t.isWord(e) && AFTER_BARE_DATE.contains(t.low[e]);
  }

  private static final Set<String> NOT_BEFORE_BARE_DATE = WordSet.of(
      "đường", "phố", "trường", // "đường 3/2", "Quảng trường 19/8": named by a date (guidelines: streets are no time)
      "viên", // "Công viên 23/9", like a street
      "vòng", // "vào vòng 1/8": the round of sixteen, a share of the field
      "số", "lớp", "tỷ", "khoảng", "gần", "hơn", "trên", "dưới", "được", "thắng", "thua", "đạt", "chiếm", "còn");
  private static final Set<String> AFTER_BARE_DATE = WordSet.of(
      "và", "hoặc", "đến", "tới", "vừa", "năm", "hàng", "hằng", "ngay", "tại", "dưới", "khi", "với", "cho", "ở");

  private static boolean gluedToWordBefore(Tokens t, int i) {
    return t.glued(i) && (t.isWord(i - 1) || t.num(i - 1) || isSep(t, i - 1));
  }

  /** "24 tháng 3 (năm 2024)" starting at the day number i; the expression starts at {@code from}. */
  private RawTime dayMonthWords(Tokens t, int from, int i) {
    int d = t.val[i];
    int m = t.val[i + 2];
    if (d < 1 || d > 31 || m < 1 || m > 12) return null;
    RawTime r = new RawTime(Kind.DAY, from, i + 3);
    r.d = d;
    r.m = m;
    if (t.punct(i + 3, '-') && t.glued(i + 3) && dashYear(t, i + 3) && yearEndsPhrase(t, i + 5)) {
      r.y = t.val[i + 4]; // "ngày 15 tháng 2-2019": the year after the month, as in "tháng 2-2019"
      r.tokEnd = i + 5;
      return r;
    }
    lunarTail(t, r); // "ngày 10 tháng 3 âm lịch": a lunar day, like "ngày 10/3 âm lịch"
    if (!r.lunar) trailing(t, r);
    return r;
  }

  /**
   * Day, separator, month (and the same separator and a 2- or 4-digit year), with nothing glued around it that
   * would make it a number, version, score or code. Returns {d, m, y or NO_YEAR, end token} or null.
   */
  private static int[] dm(Tokens t, int i, boolean checkBefore) {
    if (!t.num(i, 2)) return null;
    if (checkBefore && gluedToWordBefore(t, i)) return null;
    int s = i + 1;
    if (!(t.isPunct(s) && t.glued(s) && isSepChar(t.ch(s)))) return null;
    char sep = t.ch(s);
    if (!(t.num(i + 2, 2) && t.glued(i + 2))) return null;
    int d = t.val[i];
    int m = t.val[i + 2];
    int y = NO_YEAR;
    int e = i + 3;
    if (t.punct(e, sep) && t.glued(e) && t.num(e + 1) && t.glued(e + 1)
        && (t.digits(e + 1) == 4 || t.digits(e + 1) == 2)) {
      y = t.digits(e + 1) == 4 ? t.val[e + 1] : 2000 + t.val[e + 1];
      e += 2;
    } else if (sep == '-' && t.punct(e, '/') && t.glued(e) && t.num(e + 1) && t.digits(e + 1) == 4 && t.glued(e + 1)) {
      y = t.val[e + 1]; // "ngày 9-10/2020": the writer switched separator before the year
      e += 2;
    } else if ((sep == '/' ? t.punct(e, '/') : sep == '-' && dashYear(t, e)) && !(t.glued(e) && t.glued(e + 1))
        && t.num(e + 1) && t.digits(e + 1) == 4 && t.val[e + 1] >= 1900 && t.val[e + 1] < 2100) {
      y = t.val[e + 1]; // "ngày 19-5 - 2015", "ngày 2/10 / 2016": a feed spaced the year off a full date
      e += 2;
    }
    if (e < t.n && t.glued(e)) {
      // "ngày 20/4và được cách ly": a missing space before a lower-case word (a typo frequent in the corpus) after a
      // date that "ngày" introduces; a glued unit letter ("20/4h") or number is something else
      boolean typo = t.isWord(e) && !t.cap[e] && t.end[e] - t.start[e] >= 2 && t.word(i - 1, "ngày");
      if (!typo && (t.isWord(e) || t.num(e))) return null;
      char c = t.ch(e);
      if (c == '%') return null;
      // "18/4-25/4": a range of two full day-months is fine; "1/2/3/4" or "3.5,2" is a number
      boolean rangeOfDates = (c == '-' || c == '–') && dm(t, e + 1, false) != null;
      if (!rangeOfDates && (isSepChar(c) || c == ',' || c == ':') && t.num(e + 1) && t.glued(e + 1)) return null;
    }
    if (d < 1 || d > 31 || m < 1 || m > 12) return null;
    return new int[] {d, m, y, e};
  }

  /**
   * "sơ đồ 3-5-2", "3-4-3": three one-digit numbers joined by dashes are a team formation; a range of days in one
   * month is written with another separator before the month ("3-5/2").
   */
  private static boolean formation(Tokens t, int i) {
    return t.digits(i) == 1 && t.punct(i + 1, '-') && t.num(i + 2, 1) && t.glued(i + 2) && t.punct(i + 3, '-')
        && t.glued(i + 3) && t.num(i + 4, 1) && t.glued(i + 4);
  }

  private static boolean isSepChar(char c) { return c == '/' || c == '.' || c == '-'; }

  private static boolean isSep(Tokens t, int i) { return t.isPunct(i) && isSepChar(t.ch(i)); }

  /** After a day or month: "năm 2024", "năm nay", "tới", "sắp tới", "vừa qua". Extends r. */
  private static void trailing(Tokens t, RawTime r) {
    int e = r.tokEnd;
    if (r.y == NO_YEAR && t.word(e, "năm")) {
      if (isYearNumber(t, e + 1, 1000)) {
        r.y = t.val[e + 1];
        e += 2;
      } else if (t.isWord(e + 1) && YEAR_REL.containsKey(t.low[e + 1])) {
        r.yearRel = YEAR_REL.get(t.low[e + 1]);
        e += 2;
      }
    }
    if (t.word(e, "tới") && !rangeTo(t, r.tokStart, e)) {
      r.forward = true;
      r.forwardWord = true;
      e++;
      if (t.word(e, "đây")) e++; // "15/6 tới đây": the deictic "tới đây" belongs to the span (guidelines)
    } else if (t.word(e, "sắp") && t.word(e + 1, "tới")) {
      r.forward = true;
      r.forwardWord = true;
      e += 2;
    } else if (t.word(e, "vừa") && (t.word(e + 1, "qua") || t.word(e + 1, "rồi"))) {
      e += 2; // "tháng 3 vừa qua", "quý 1 vừa rồi"
      r.backWord = true; // "ngày 28/12 vừa qua" written in April is last December's, with or without "đã"
    } else if (t.word(e, "này") && r.y == NO_YEAR && r.yearRel == NO_YEAR) {
      r.yearRel = 0; // "tháng 5 này", "30/4 này": this year's, and the deictic word belongs to the span
      e++;
    }
    r.tokEnd = e;
  }

  /**
   * "tới" at e after a date that opens a range ("từ tháng 6 tới tháng 9/2016", "kể từ ngày 1/2 tới nay") is the link
   * "to", not "coming": the range opens with "từ" right before the date, or "tới" runs to "nay" / "hết" / a second
   * date. A lone "ngày 15/5 tới" stays a coming day.
   */
  private static boolean rangeTo(Tokens t, int s, int e) {
    int k = e + 1;
    if (t.word(k, "nay") || t.word(k, "hết")) return true;
    if (!t.word(s - 1, "từ")) return false;
    return t.num(k) || t.isWord(k) && RANGE_END_START.contains(t.low[k]);
  }

  /** Words a second date of a range may start with, after "từ X tới". */
  private static final Set<String> RANGE_END_START = WordSet.of(
      "ngày", "hôm", "tháng", "năm", "quý", "tuần", "thứ", "chủ", "đầu", "giữa", "cuối", "mùng", "mồng", "sáng", "trưa",
      "chiều", "tối", "đêm", "rạng", "khi");

  // ---- clock times ---------------------------------------------------------------------------------

  /** "11:39", "9h30", "9h", "9 giờ 30 (phút)" (+ part of day, + date). */
  private int matchClockAt(Tokens t, int i, List<RawTime> out, boolean context) {
    return matchClockAt(t, i, out, context, false);
  }

  /** After a split minute digit ("17h4 5"): the end of the text, punctuation, or a clock's own words. */
  private static boolean splitMinuteEnd(Tokens t, int k) {
    if (k >= t.n) return true;
    if (t.isPunct(k)) return !t.punct(k, '/') && !t.punct(k, '%') && !(t.num(k + 1) && t.glued(k + 1));
    return !t.glued(k) && t.isWord(k) && (t.low[k].equals("giờ") || t.low[k].equals("ngày") || t.low[k].equals("hôm")
        || PART_OF_DAY.containsKey(t.low[k]));
  }

  /**
   * "lúc 17 h", "từ 6 h -9 h": a lower-case "h" a feed set apart from its hour at k, read like the unit "giờ" (a clock only
   * in a clock context or before a part of day or a date); not "H" (a name's initial) nor "h" glued to what follows.
   */
  private static boolean spacedH(Tokens t, int k) {
    return t.word(k, "h") && !t.glued(k) && !t.cap[k] && !(k + 1 < t.n && t.glued(k + 1) && (t.isWord(k + 1) || t.num(k + 1)))
        && !t.word(k + 1, "sau") && !t.word(k + 1, "trước") && !t.word(k + 1, "qua") && !t.word(k + 1, "tới")
        && !t.word(k + 1, "nữa"); // "khoảng 1 h sau": a length of time
  }

  /**
   * A spaced-"h" clock at i (its "h" ending at e) with no clock word before it: the first end of a range whose second
   * end is a spaced-"h" clock too ("khoảng thời gian 23 h -5 h", "(7 h -21 h)", "sáng 6 h -9 h": two lengths would
   * write "h" once), or a clock repeated in another zone in brackets ("lúc 16h GMT (23 h giờ Hà Nội)", "(5 h GMT)",
   * like round 19's "(10 giờ giờ VN)").
   */
  private static boolean spacedClockCue(Tokens t, int i, int e) {
    // "ngủ 7 h -8 h", "mất 2 h -3 h": a verb taking a length before it makes the pair lengths
    if ((t.punct(e, '-') || t.punct(e, '–')) && t.num(e + 1, 2) && t.val[e + 1] <= 24 && t.glued(e + 1)
        && spacedH(t, e + 2))
      return !isDurationContext(t, i - 1) && !(t.isWord(i - 1) && HOURS_AFTER.contains(t.low[i - 1]))
          && !t.word(i - 1, "ngủ");
    // "(8 h, 19-8)": a clock opening a bracket before a comma and a day-month is that day's clock (round 26)
    return t.punct(i - 1, '(') && (t.word(e, "giờ") || t.isWord(e) && t.cap[e]
        || t.punct(e, ',') && (t.word(e + 1, "giờ") || t.num(e + 1, 2) && (t.punct(e + 2, '-') || t.punct(e + 2, '/'))
        && t.glued(e + 2) && t.num(e + 3, 2) && t.glued(e + 3)));
  }

  /** A tennis point: 0, 15, 30 or 40 (as written in a game's running score). */
  private static boolean point(Tokens t, int k) {
    return t.num(k) && (t.val[k] == 0 || t.val[k] == 15 || t.val[k] == 30 || t.val[k] == 40);
  }

  /** "15:30" at k (the first number): two tennis points joined by a colon. */
  private static boolean pointPair(Tokens t, int k) {
    return point(t, k) && t.punct(k + 1, ':') && t.glued(k + 1) && point(t, k + 2) && t.glued(k + 2);
  }

  /**
   * "(0:15, 15:15, 15:30, 15:40BP)": a game's running score in brackets, each item two points (0, 15, 30, 40), is no
   * clock; the reading at i opens the bracket or follows a comma, and the item before or after it is a pair of points
   * too (a timetable "(15:30, 17:00)" keeps its clocks).
   */
  private static boolean tennisPoints(Tokens t, int i) {
    if (!pointPair(t, i) || !(t.punct(i - 1, '(') || t.punct(i - 1, ','))) return false;
    int after = i + 3;
    while (after < t.n && t.glued(after) && t.isWord(after)) after++; // "15:40BP", "40:30SP"
    return t.punct(after, ',') && pointPair(t, after + 1) || t.punct(i - 1, ',') && pointPair(t, i - 4);
  }

  /** {@code rangeEnd}: the hour may be glued to a dash before it ("8-10 giờ sáng"). */
  /**
   * What may follow the minutes written after a space ("20h 15"), at k: a comma, a full stop, a semicolon or a
   * closing parenthesis (not glued to a number after it: "14h 13/10" is a clock and a date), or a part of day, "cùng
   * ngày", "ngày" / "hôm" or "rạng sáng" after it; anything else ("8h 20 người") leaves the number out.
   */
  private static boolean spacedMinutesEnd(Tokens t, int k) {
    if (k >= t.n) return true;
    if (t.isPunct(k)) {
      if (!(t.punct(k, ',') || t.punct(k, '.') || t.punct(k, ';') || t.punct(k, ')')) || !t.glued(k)) return false;
      return !(k + 1 < t.n && t.glued(k + 1) && t.num(k + 1));
    }
    if (!t.isWord(k) || t.glued(k)) return false;
    return PART_OF_DAY.containsKey(t.low[k]) || t.word(k, "rạng") || t.word(k, "cùng") && t.word(k + 1, "ngày")
        || t.word(k, "ngày") || t.word(k, "hôm");
  }

  private int matchClockAt(Tokens t, int i, List<RawTime> out, boolean context, boolean rangeEnd) {
    if (!t.num(i, 2) || t.val[i] > 24 || !rangeEnd && gluedToWordBefore(t, i)) return -1;
    boolean hLength = false;
    int h = t.val[i];
    int min = 0;
    int e;
    if (t.punct(i + 1, ':') && t.glued(i + 1) && t.num(i + 2) && t.digits(i + 2) == 2 && t.glued(i + 2)) {
      if (tennisPoints(t, i)) return -1;
      min = t.val[i + 2];
      e = i + 3;
      if (t.punct(e, ':') && t.glued(e) && t.num(e + 1)) e += 2; // seconds are dropped
      if (t.word(e, "giờ")) e++; // "0:00 giờ ngày 1/6": the unit written after the reading
    } else if ((t.word(i + 1, "h") || t.word(i + 1, "g")) && t.glued(i + 1)) {
      // "5G", "4G/5G", "Snapdragon 765G" are network generations and chip names: a capital G with no minutes is no
      // clock ("9g30", "lúc 19g" stay); "1,2g kem" is a decimal weight, not 2 o'clock
      if (t.word(i + 1, "g") && t.cap[i + 1] && !(t.num(i + 2) && t.glued(i + 2))) return -1;
      if (t.punct(i - 1, ',') && t.glued(i) && t.num(i - 2) && t.glued(i - 1)) return -1;
      e = i + 2;
      if (t.num(e) && t.glued(e) && (t.digits(e) == 2 || t.digits(e) == 1 && !t.glued(e + 1))) {
        min = t.val[e]; // "0h5" is 00:05
        e++;
        // "17h4 5", "(15h3 0 giờ Hà Nội)": a feed splits the last digit of the minutes off with a space
        if (t.digits(e - 1) == 1 && min <= 5 && t.num(e, 1) && !t.glued(e) && splitMinuteEnd(t, e + 1)) {
          min = min * 10 + t.val[e];
          e++;
        }
        if (t.word(e, "phút")) e++; // "15h30 phút": the unit of the minutes written out
        else if ((t.punct(e, '\'') || t.punct(e, '’')) && t.glued(e)) e++; // "2h50'": the minute mark
      } else if (t.num(e, 2) && !t.glued(e) && t.val[e] < 60 && t.word(e + 1, "phút")) {
        min = t.val[e]; // "17h 30 phút": the minutes spelled out after a space
        e += 2;
      } else if (t.num(e, 2) && t.digits(e) == 2 && !t.glued(e) && t.val[e] < 60 && spacedMinutesEnd(t, e + 1)) {
        min = t.val[e]; // "Đến 20h 15, …", "khoảng 16h 45 cùng ngày": the minutes after a space (round 33)
        e++;
      }
      if (t.isWord(e) && t.glued(e)) return -1;
      // "sau 24h", "trong 24h qua" are lengths; "sau 14h chiều nay", "gần 15h chiều 23/5", "lúc gần 9h" are clocks
      // "trong vòng 24h", "24h đầu": lengths too, like "trong 24h"
      hLength = isDurationContext(t, i - 1) && !clockAfterModifier(t, i) && !openingClock(t, i, e) || min == 0 && t.word(e, "qua")
          || min == 0 && (t.word(i - 1, "vòng") || t.word(e, "đầu") && !t.word(e + 1, "năm") && !t.word(e + 1, "tháng"));
      if (h == 0 && min == 0) hLength = false; // "hoạt động sau 0h", "Sau khi qua 0h": midnight, no length of nothing
      // "4h30 giờ sáng": the unit written twice; "21h18 giờ địa phương", "(13h30 giờ Hà Nội)": "giờ" opens a zone note,
      // outside the span (guidelines: "(theo giờ địa phương)", "giờ VN")
      if (t.word(e, "giờ") && !(t.word(e + 1, "địa") || t.isWord(e + 1) && t.cap[e + 1])) e++;
    } else if (t.word(i + 1, "giờ") || spacedH(t, i + 1)) {
      e = i + 2;
      if (t.num(e, 2) && t.val[e] < 60) {
        min = t.val[e];
        e++;
        if (t.word(e, "phút")) e++;
      } else if (t.word(e, "rưỡi")) {
        min = 30;
        e++;
      }
      boolean clockContext = context || (t.isWord(i - 1) && CLOCK_CONTEXT.contains(t.low[i - 1]))
          || (t.isWord(e) && (PART_OF_DAY.containsKey(t.low[e]) || t.low[e].equals("ngày") || t.low[e].equals("hôm")))
          || e == i + 2 && spacedH(t, i + 1) && spacedClockCue(t, i, e);
      if (!clockContext) return -1;
    } else {
      return -1;
    }
    if (min > 59) return -1;
    RawTime r = new RawTime(Kind.CLOCK, i, e);
    r.type = "TIME";
    r.hour = h == 24 ? 0 : h;
    r.minute = min;
    // optional part of day and date after the clock: "9h30 sáng 24/3", "11:39 ngày 8.2", "9h, ngày 8.2"
    int k = e;
    // "9h, ngày 8.2" joins; "(sáng 6 h -9 h, chiều 16h30 - 19h30)": a part of day after the comma that opens the next
    // clock belongs to that clock, not to this one
    if (t.punct(k, ',') && !(t.isWord(k + 1) && PART_OF_DAY.containsKey(t.low[k + 1]) && t.num(k + 2)
        && (t.word(k + 3, "h") || t.word(k + 3, "giờ") || t.word(k + 3, "g")))) k++;
    // "23h45 (giờ Việt Nam) ngày 7/6": the zone note inside a time+date stays in the span
    if (t.punct(k, '(') && t.word(k + 1, "giờ") && t.punct(k + 4, ')') && (t.word(k + 5, "ngày") || t.word(k + 5, "hôm")))
      k += 5;
    // "2h rạng sáng mai (27/4)": the two-word part of day, like "sáng"
    boolean dawn = t.word(k, "rạng") && t.word(k + 1, "sáng");
    String part = dawn ? "MO" : t.isWord(k) ? PART_OF_DAY.get(t.low[k]) : null;
    if (hLength && part == null && !t.word(k, "ngày") && !t.word(k, "hôm") && !(t.word(k, "cùng") && t.word(k + 1, "ngày")))
      return -1;
    List<RawTime> tmp = new ArrayList<>(1);
    int de = -1;
    if (part != null) {
      de = matchPartOfDay(t, k, dawn ? k + 2 : k + 1, part, tmp);
      if (de < 0) {
        if (r.hour < 12 && (part.equals("AF") || part.equals("EV")) || part.equals("NI") && r.hour >= 6 && r.hour < 12)
          r.hour += 12;
        else if (part.equals("NI") && r.hour == 12) r.hour = 0; // "12 giờ đêm" is midnight
        r.tokEnd = dawn ? k + 2 : k + 1;
      }
    } else if (t.word(k, "ngày") || t.word(k, "hôm")) {
      RawTime dw = dayWord(t, k);
      if (dw == null) dw = datedWeekdayAfter(t, k); // "9 giờ hôm thứ Hai (26/4)"
      if (dw != null) {
        tmp.add(dw);
        de = dw.tokEnd;
      }
    } else if (t.word(k, "cùng") && t.word(k + 1, "ngày")) {
      // "7h cùng ngày", "15 giờ 5 phút cùng ngày": the clock time on the day last written about
      tmp.add(sameDay(k, k + 2));
      de = k + 2;
    } else if (k == e + 1 && t.punct(i - 1, '(') && t.num(k, 2)) {
      // "(8 h, 19-8)", "(20h, 19/8)": a clock and its day-month in brackets, one TIME like "9h, ngày 8.2" (round 26)
      int[] dm = dm(t, k, true);
      RawTime dw = dm != null && t.punct(dm[3], ')') ? bareDate(t, k, true) : null;
      if (dw != null && dw.tokEnd == dm[3]) {
        tmp.add(dw);
        de = dw.tokEnd;
      }
    }
    if (de > 0 && tmp.size() == 1) {
      RawTime dt = tmp.get(0);
      String p = dt.part;
      if (p != null && r.hour < 12 && (p.equals("AF") || p.equals("EV"))) r.hour += 12;
      else if ("NI".equals(p) && r.hour >= 6 && r.hour < 12) r.hour += 12; // "10h đêm 29/4" is 22:00
      else if ("NI".equals(p) && r.hour == 12) r.hour = 0;
      dt.tokStart = i;
      dt.hour = r.hour;
      dt.minute = r.minute;
      dt.part = null;
      dt.type = "TIME";
      out.add(dt);
      return dt.tokEnd;
    }
    out.add(r);
    return r.tokEnd;
  }

  /**
   * "đêm 22 rạng sáng 23/2": a bare day number after a part of day, when a day-month follows within a few tokens
   * (the range's month is borrowed from it later); alone, "tối 22" could be anything and is left out.
   */
  private static RawTime dayBeforeDate(Tokens t, int j) {
    int d = t.val[j];
    if (!t.num(j, 2) || d < 1 || d > 30 || j + 1 < t.n && t.glued(j + 1) && !(t.punct(j + 1, ',')
        && t.word(j + 2, "rạng"))) return null;
    for (int k = j + 1; k < t.n && k <= j + 5; k++) {
      // "đêm 24, rạng sáng 25/5": the comma before "rạng" joins the night to the morning after it
      if (t.isPunct(k) && !t.punct(k, '-') && !t.punct(k, '–') && !(k == j + 1 && t.punct(k, ',') && t.word(k + 1, "rạng")))
        return null;
      if (t.num(k)) {
        int[] dm = dm(t, k, true);
        if (dm == null || dm[0] <= d) return null;
        RawTime r = new RawTime(Kind.DAY, j, j + 1);
        r.d = d;
        return r;
      }
    }
    return null;
  }

  /**
   * "24h" at i (the "h" at j) counting hours: after "trong", "sau", "mất", "hơn"… or before "qua", "tới", "đầu", and
   * not "9h30", "24h/24" or a clock with its part of day ("sau 14h chiều nay").
   */
  private static boolean hoursLength(Tokens t, int i, int j) {
    if (!t.word(j, "h") || !t.glued(j) || t.val[i] <= 0) return false;
    if (j + 1 < t.n && t.glued(j + 1) && (t.num(j + 1) || t.isWord(j + 1) || t.isPunct(j + 1) && !t.punct(j + 1, ',')
        && !t.punct(j + 1, '.'))) return false;
    int k = j + 1;
    if (t.isWord(k) && (PART_OF_DAY.containsKey(t.low[k]) || t.low[k].equals("ngày") || t.low[k].equals("hôm")
        || t.low[k].equals("cùng"))) return false;
    return isDurationContext(t, i - 1) || t.word(i - 1, "vòng") || t.word(k, "qua") || t.word(k, "tới")
        || t.word(k, "đầu") && !t.word(k + 1, "năm") && !t.word(k + 1, "tháng");
  }

  /** "lúc gần 9h", "vào hơn 16h": a modifier between a clock preposition and the hour. */
  /**
   * "Hơn 18h30, mưa vẫn …", "Gần 22h, cả nhà …": "hơn" / "gần" opening a sentence (or a quote opening one) before an
   * "h" reading (i) that a comma closes (e) is a clock just past or near the hour, not a length (round 27).
   */
  private static boolean openingClock(Tokens t, int i, int e) {
    if (!(t.word(i - 1, "hơn") || t.word(i - 1, "gần")) || !t.punct(e, ',')) return false;
    return sentenceInitial(t, i - 1) || (t.punct(i - 2, '\u0022') || t.punct(i - 2, '“')) && sentenceInitial(t, i - 2);
  }

  private static boolean clockAfterModifier(Tokens t, int i) {
    return (t.word(i - 1, "hơn") || t.word(i - 1, "gần")) && t.isWord(i - 2) && CLOCK_CONTEXT.contains(t.low[i - 2]);
  }

  private static boolean isDurationContext(Tokens t, int k) {
    if (!t.isWord(k)) return false;
    return switch (t.low[k]) {
      case "trong", "suốt", "hơn", "gần", "đầy", "mất", "sau", "qua", "dưới", "trên" -> true;
      // "cần khoảng 12 giờ", "chờ thêm khoảng 10 giờ", "bị chậm 3 giờ": verbs taking a length
      case "cần", "thêm", "chậm", "trễ" -> true;
      default -> false;
    };
  }

  // ---- "ngày", "hôm" ------------------------------------------------------------------------------

  /** "ngày 24/3", "ngày 8.2", "ngày 24 tháng 3 năm 2024", "ngày 20", "hôm nay (23.7)", "hôm qua", "ngày mai". */
  private RawTime dayWord(Tokens t, int i) {
    int j = i + 1;
    if (t.word(i, "ngày") && t.word(j, "hôm")) {
      // "Ngày hôm trước, …", "so với ngày hôm trước": the day before the day last written about, like "ngày hôm sau"
      // and "hôm trước đó" (round 27); a bare "hôm trước" ("the other day") stays out
      if (t.word(j + 1, "trước") && !t.word(j + 2, "đó")) return dayBeforeThat(t, i, j + 2);
      RawTime r = dayWord(t, j);
      if (r != null) r.tokStart = i;
      return r;
    }
    if (t.word(i, "hôm") && t.word(j, "nay")) {
      RawTime r = todayWithDate(t, i, j + 1);
      return r != null ? r : rel(i, j + 1, 'D', 0);
    }
    if (t.word(i, "ngày") && t.word(j, "nay")) return RawTime.fixed(i, j + 1, "DATE", "PRESENT_REF", null);
    if (t.word(i, "ngày") && t.word(j, "xưa")) return RawTime.fixed(i, j + 1, "DATE", "PAST_REF", null); // "in the old days"
    if (t.word(i, "ngày") && t.word(j, "rằm")) return fullMoon(t, i, j);
    if (t.word(i, "ngày") && t.num(j)) {
      RawTime late = lateTet(t, i, j); // "ngày 28 Tết"
      if (late == null) late = lunarMonthDay(t, i, j); // "ngày 23 tháng Chạp"
      if (late != null) return solarInParens(t, late);
    }
    if (t.word(i, "ngày") && (t.word(j, "mùng") || t.word(j, "mồng"))) {
      RawTime r = mung(t, j);
      if (r != null) r.tokStart = i;
      return solarInParens(t, r);
    }
    if (t.word(i, "ngày") && t.word(j, "đầu") && t.word(j + 1, "tiên") && t.word(j + 2, "của") && t.word(j + 3, "tháng")) {
      // "ngày đầu tiên của tháng 11": the 1st of that month
      RawTime m = month(t, j + 3);
      if (m == null || m.kind != Kind.MONTH || m.generic) return null;
      RawTime r = new RawTime(Kind.DAY, i, m.tokEnd);
      r.d = 1;
      r.m = m.m;
      r.y = m.y;
      r.yearRel = m.yearRel;
      r.forward = m.forward;
      return r;
    }
    if (t.word(i, "hôm") && t.word(j, "qua")) {
      RawTime r = statedDate(t, i, j + 1, false);
      return r != null ? r : rel(i, j + 1, 'D', -1);
    }
    if (t.word(i, "hôm") && t.word(j, "kia")) return rel(i, j + 1, 'D', -2);
    if (t.word(i, "hôm") && t.word(j, "sau")) return nextDay(i, j + 1);
    if (t.word(i, "ngày") && t.word(j, "mai")) {
      // "ngày mai (22/5)": the date the text gives for tomorrow joins the span and wins, like "hôm qua (29/4)"
      RawTime r = statedDate(t, i, j + 1, false);
      return r != null ? r : rel(i, j + 1, 'D', 1);
    }
    if (t.word(i, "ngày") && t.word(j, "kia")) return rel(i, j + 1, 'D', 2);
    if (t.word(j, "trước") && t.word(j + 1, "đó")) return dayBeforeThat(t, i, j + 2);
    if (!t.num(j, 2)) return null;
    // range "ngày 20-22/3"
    if ((t.punct(j + 1, '-') || t.punct(j + 1, '–'))) {
      int[] dm2 = dm(t, j + 2, false);
      if (dm2 != null && t.val[j] >= 1 && t.val[j] < dm2[0]) return null; // a range: the number path emits both days
    }
    int[] dm = dm(t, j, true);
    if (dm != null) {
      RawTime r = new RawTime(Kind.DAY, i, dm[3]);
      r.d = dm[0];
      r.m = dm[1];
      r.y = dm[2];
      lunarTail(t, r);
      if (!r.lunar) trailing(t, r);
      return r;
    }
    if (t.word(j + 1, "tháng") && t.num(j + 2, 2)) return dayMonthWords(t, i, j);
    // "ngày 16/2016": a typo with a year but no valid day-month; only the year is certain (guidelines)
    if (t.punct(j + 1, '/') && t.glued(j + 1) && isYearNumberLoose(t, j + 2) && t.glued(j + 2)
        && !(j + 3 < t.n && t.glued(j + 3) && (t.isWord(j + 3) || t.num(j + 3) || isSep(t, j + 3)))) {
      RawTime r = new RawTime(Kind.YEAR, i, j + 3);
      r.y = t.val[j + 2];
      return r;
    }
    // "ngày 20" alone: a day of a month the resolver supplies
    int d = t.val[j];
    if (d < 1 || d > 31) return null;
    if (spacedDayMonth(t, i, j)) {
      // "ngày 23 - 6", "Chiều ngày 26 - 11": a day-month written with a spaced dash (some feeds split "23-6"): the date
      RawTime r = new RawTime(Kind.DAY, i, j + 3);
      r.d = d;
      r.m = t.val[j + 2];
      if (dashYear(t, j + 3)) {
        r.y = t.val[j + 4]; // "ngày 5 – 7 – 2017", "ngày 14 - 6 - 1993", "ngày 4 - 6-2018"
        r.tokEnd = j + 5;
      }
      trailing(t, r);
      return r;
    }
    if (t.glued(j + 1) && (t.isWord(j + 1) || t.num(j + 1) || t.isPunct(j + 1) && t.num(j + 2) && t.glued(j + 2)))
      return null;
    if (t.isWord(j + 1) && (t.low[j + 1].equals("ngày") || t.low[j + 1].equals("lần") || t.low[j + 1].equals("tuổi")))
      return null;
    RawTime r = new RawTime(Kind.DAY, i, j + 1);
    r.d = d;
    r.m = 0;
    if (t.word(j + 1, "tới")) {
      // "ngày 21 tới (đây)": a coming day of this month
      r.forward = true;
      r.tokEnd = t.word(j + 2, "đây") ? j + 3 : j + 2;
    }
    return r;
  }

  /** "… nay 23.7" / "… nay (23/7)": the text states today's date; the expression runs from s. */
  private static RawTime todayWithDate(Tokens t, int s, int k) {
    return statedDate(t, s, k, true);
  }

  /**
   * A relative day word followed by the date it stands for: "hôm nay (23/7)", "hôm nay, 21/4", "hôm qua (29/4)".
   * The stated date wins over the arithmetic (the gold and the writers agree: it is what the text says).
   */
  private static RawTime statedDate(Tokens t, int s, int k, boolean today) {
    boolean paren = t.punct(k, '(');
    boolean comma = t.punct(k, ',');
    // "hôm nay ngày 8/8", "sáng nay, ngày 9-8", "đêm qua ngày 20/6": "ngày" and the date it names join the span, as
    // in the parentheses; not after "hiện nay" ("hiện nay, ngày 28/12 vừa qua, …" dates an event, not today)
    int q = comma ? k + 1 : k;
    boolean named = !paren && t.word(q, "ngày") && t.num(q + 1, 2) && !t.word(s, "hiện");
    // "hôm nay, 3.5 triệu…" is not a date; "hôm nay, 1-6." with a dash only when punctuation closes the phrase, or
    // when the clause goes on with a connective, a verb or a name ("hôm nay, 27-6 khi …", "Tối nay, 22-12 Chủ tịch …",
    // round 26), not with a unit or a counted noun
    if (comma && !named && !t.punct(k + 2, '/') && !(t.punct(k + 2, '-') && t.num(k + 1, 2) && t.num(k + 3, 2)
        && t.glued(k + 2) && t.glued(k + 3) && (k + 4 >= t.n || t.isPunct(k + 4) && !t.glued(k + 5)
        || t.isWord(k + 4) && !t.word(k + 4, "năm") && !t.word(k + 4, "hàng") && !t.word(k + 4, "hằng")
        && (t.cap[k + 4] || AFTER_BARE_DATE.contains(t.low[k + 4]) || PAIR_AFTER.contains(t.low[k + 4])
        || POINT_AFTER.contains(t.low[k + 4]))))) return null;
    int p = paren || comma ? k + 1 : k;
    boolean dayWord = paren && t.word(p, "ngày"); // "sáng hôm nay (ngày 2/6)"
    if (dayWord || named) p++;
    int[] dm = dm(t, p, true);
    if (dm == null || dayWord && !t.punct(dm[3], ')')) return null;
    int e = dm[3];
    if (paren && t.punct(e, '/') && t.punct(e + 1, ')')) e++; // "(30/4/)": a stray slash before the parenthesis closes
    // "hôm nay (20/5 - 25/5)": a range in the parentheses is no date of today's; the span never ends inside them
    if (paren && !t.punct(e, ')')) return null;
    if (paren) e++;
    RawTime r = new RawTime(Kind.DAY, s, e);
    r.d = dm[0];
    r.m = dm[1];
    r.y = dm[2];
    r.today = today;
    return r;
  }

  private static RawTime rel(int s, int e, char unit, int off) {
    RawTime r = new RawTime(Kind.REL, s, e);
    r.unit = unit;
    r.off = off;
    return r;
  }

  // ---- weekdays ----------------------------------------------------------------------------------

  /** "thứ Hai", "thứ 6", "Chủ nhật", optionally + "tuần tới" or + a date "(24/3)", ", ngày 24/3". */
  private RawTime weekday(Tokens t, int i) {
    int dow;
    int j;
    if (t.word(i, "chủ")) {
      if (!t.word(i + 1, "nhật")) return null;
      dow = 7;
      j = i + 2;
    } else {
      int k = i + 1;
      if (t.num(k, 1) && t.val[k] >= 2 && t.val[k] <= 7) {
        // "ngày thứ 5-8 của bệnh": a range past 7 counts days, it names no weekdays
        if ((t.punct(k + 1, '-') || t.punct(k + 1, '–')) && t.num(k + 2) && t.val[k + 2] > 7) return null;
        dow = t.val[k] - 1;
      } else if (t.isWord(k) && WEEKDAY_WORDS.containsKey(t.low[k])) {
        dow = WEEKDAY_WORDS.get(t.low[k]);
      } else {
        return null;
      }
      j = k + 1;
      // "ngày thứ 5 liên tiếp" is the fifth day in a row, an ordinal
      if (t.word(j, "liên") && t.word(j + 1, "tiếp")) return null;
      // "lần thứ 2 (17/3)", "Chiến tranh Thế giới thứ hai", "vị trí thứ 3 và thứ 4", "lần thứ năm và thứ sáu":
      // ordinals after a noun that counts, also the second of two coordinated ones
      if (ordinalNoun(t, i - 1) || (t.word(i - 1, "và") || t.word(i - 1, "hoặc") || t.punct(i - 1, ',')
          || rangeLink(t, i - 1)) && t.word(i - 3, "thứ") && ordinalNoun(t, i - 4)) return null;
      // "Thứ hai là …", "Thứ 3: …" opening a sentence enumerate ("secondly"); so does "Thứ 2, …" after a "Thứ nhất"
      if (t.cap[i] && sentenceInitial(t, i) && !looksLikeDateAt(t, j) && (t.word(j, "là") || t.punct(j, ':')
          || t.num(k) && t.punct(j, ',') && firstBefore(t, i))) return null;
      // "thứ ba" is also "the third": need a capital, a date after it, or a day context before it
      boolean strong = (t.isWord(k) && t.cap[k]) || t.cap[i]
          || (t.word(k + 1, "hàng") || t.word(k + 1, "hằng") || t.word(k + 1, "mỗi")) && t.word(k + 2, "tuần")
          || (t.word(i - 1, "và") || t.punct(i - 1, ',')) && (t.word(i - 3, "thứ") || t.word(i - 2, "nhật"))
          || (t.isWord(i - 1) && (t.low[i - 1].equals("vào") || t.low[i - 1].equals("hôm")
          || PART_OF_DAY.containsKey(t.low[i - 1]) || t.low[i - 1].equals("ngày")))
          // a timetable: "các thứ 7", "thứ 2 đến thứ 6", "thứ 3 - thứ 5"
          || t.word(i - 1, "các")
          // "thứ sáu tuần trước", "thứ bảy vừa qua": a week or a deictic word after it makes it a day
          || t.word(j, "tuần") && t.isWord(j + 1) && MONTH_WEEK_REL.containsKey(t.low[j + 1])
          || t.word(j, "vừa") && (t.word(j + 1, "qua") || t.word(j + 1, "rồi"))
          || rangeLink(t, j) && (t.word(j + 1, "thứ") || t.word(j + 1, "chủ"))
          || rangeLink(t, i - 1) && (t.word(i - 3, "thứ") || t.word(i - 3, "chủ"));
      if (!strong && !looksLikeDateAt(t, j)) return null;
      // "Thứ hai, ngân hàng …" opening a sentence is "secondly", unless a date follows
      if (t.cap[i] && t.isWord(k) && !t.cap[k] && t.punct(j, ',') && sentenceInitial(t, i) && !looksLikeDateAt(t, j))
        return null;
    }
    RawTime r = new RawTime(Kind.WEEKDAY, i, j);
    r.dow = dow;
    if (t.word(j, "tuần") && t.isWord(j + 1) && MONTH_WEEK_REL.containsKey(t.low[j + 1])) {
      r.hasWeek = true;
      r.off = MONTH_WEEK_REL.get(t.low[j + 1]);
      r.tokEnd = j + 2;
      RawTime stated = weekdayParenDate(t, i, j + 2, dow); // "thứ bảy tuần này (14-4)": the written date wins
      return stated != null ? stated : r;
    }
    if (t.word(j, "này") || t.word(j, "tới")) {
      RawTime stated = weekdayParenDate(t, i, j + 1, dow);
      if (stated != null) return stated;
      r.forward = t.word(j, "tới");
      r.coming = r.forward;
      r.tokEnd = j + 1;
      return r;
    }
    if (t.word(j, "vừa") && t.word(j + 1, "qua")) {
      RawTime stated = weekdayParenDate(t, i, j + 2, dow);
      if (stated != null) return stated;
      r.tokEnd = j + 2; // "thứ sáu vừa qua": the last such weekday (past is the default)
      return r;
    }
    int k = j;
    boolean paren = false;
    if (t.punct(k, ',')) k++;
    else if (t.punct(k, '(')) {
      paren = true;
      k++;
    }
    RawTime date = t.word(k, "ngày") ? dayWord(t, k) : bareDate(t, k, true);
    if (date != null && date.kind == Kind.DAY && date.m > 0) {
      if (!paren && date.tokStart == k) date.dateTok = k;
      date.tokStart = i;
      if (paren && t.punct(date.tokEnd, ')')) {
        date.tokEnd++;
        trailing(t, date); // "chủ nhật (25/4) vừa qua", "thứ 2 (30-5) tới": the deictic word after the date is inside
      }
      date.dow = dow;
      return date;
    }
    return r;
  }

  /** "thứ Ba vừa qua (20/4)", "thứ Hai tới (3/5)": the date in parentheses after the deictic word joins the span. */
  private RawTime weekdayParenDate(Tokens t, int i, int k, int dow) {
    if (!t.punct(k, '(')) return null;
    RawTime date = bareDate(t, k + 1, true);
    if (date == null || date.kind != Kind.DAY || date.m <= 0 || date.hasTime() || !t.punct(date.tokEnd, ')')) return null;
    date.tokStart = i;
    date.tokEnd++;
    date.dow = dow;
    return date;
  }

  /**
   * "ngày nào tôi cũng …", "năm nào cũng …", "sáng nào cũng …": "every day / year / morning" (the unit, then "nào"
   * and "cũng" within the clause), a SET like "mỗi ngày", "hàng năm", "mỗi sáng"; the span is the unit and "nào".
   */
  private static RawTime everyWhich(Tokens t, int i) {
    String v = switch (t.low[i]) {
      case "ngày" -> "P1D";
      case "tuần" -> "P1W";
      case "tháng" -> "P1M";
      case "năm" -> "P1Y";
      default -> PART_OF_DAY.containsKey(t.low[i]) && !t.low[i].equals("khuya") ? "XXXX-XX-XXT" + PART_OF_DAY.get(t.low[i])
          : null;
    };
    if (v == null) return null;
    for (int k = i + 2; k < t.n && k <= i + 9 && !t.isPunct(k); k++)
      if (t.word(k, "cũng")) return RawTime.fixed(i, i + 2, "SET", v, null);
    return null;
  }

  /** Nouns an ordinal "thứ N" follows: "lần", "hạng", "(vị) trí", "(thế) hệ", "(thế) giới", "(thế) chiến", "kỳ họp". */
  private static final Set<String> ORDINAL_NOUNS = WordSet.of(
      "lần", "hạng", "trí", "hệ", "giới", "chiến", "họp", "khóa", "khoá", "đứng", "xếp");

  private static boolean ordinalNoun(Tokens t, int k) {
    return t.isWord(k) && ORDINAL_NOUNS.contains(t.low[k]);
  }

  /** A "Thứ nhất" / "Thứ 1" opening an enumeration in the 400 tokens before i. */
  private static boolean firstBefore(Tokens t, int i) {
    for (int k = i - 2; k >= 0 && k >= i - 400; k--)
      if (t.word(k, "thứ") && (t.word(k + 1, "nhất") || t.num(k + 1) && t.val[k + 1] == 1)) return true;
    return false;
  }

  private static boolean rangeLink(Tokens t, int k) {
    return t.word(k, "đến") || t.word(k, "tới") || t.punct(k, '-') || t.punct(k, '–');
  }

  private boolean looksLikeDateAt(Tokens t, int j) {
    int k = j;
    if (t.punct(k, ',') || t.punct(k, '(')) k++;
    if (t.word(k, "ngày")) k++;
    return dm(t, k, true) != null;
  }

  // ---- months, years, quarters, decades -----------------------------------------------------------

  /**
   * "tuần thứ 2 của tháng 1", "tuần đầu tiên của tháng 3": the n-th week of a month, the n-th ISO week whose Thursday
   * falls in the month (so the first week is the one holding the month's 4th), resolved to its ISO week.
   */
  private RawTime weekOfMonth(Tokens t, int i) {
    int n;
    int j;
    if (t.word(i + 1, "thứ") && t.num(i + 2, 1) && t.val[i + 2] >= 1 && t.val[i + 2] <= 5) {
      n = t.val[i + 2];
      j = i + 3;
    } else if (t.word(i + 1, "đầu") && t.word(i + 2, "tiên")) {
      n = 1;
      j = i + 3;
    } else {
      return null;
    }
    if (!(t.word(j, "của") && t.word(j + 1, "tháng"))) return null;
    RawTime m = month(t, j + 1);
    if (m == null || m.kind != Kind.MONTH || m.generic) return null;
    m.tokStart = i;
    m.weekOfMonth = n;
    return m;
  }

  /** "tháng 10.2023", "tháng 7-2021", "tháng 10/2023", "tháng 3 năm 2024", "tháng 1", "tháng Mười", "tháng này". */
  private RawTime month(Tokens t, int i) {
    int j = i + 1;
    int m;
    int e;
    int y = NO_YEAR;
    if (t.num(j)) {
      if (t.digits(j) > 2) return null;
      m = t.val[j];
      if (m < 1 || m > 12) return null; // "tháng 13" is no month
      e = j + 1;
      if (t.isPunct(e) && t.glued(e) && isSepChar(t.ch(e)) && t.num(e + 1) && t.glued(e + 1)) {
        if (t.digits(e + 1) == 4) {
          y = t.val[e + 1];
          e += 2;
        } else {
          return null; // "tháng 3.5" is not a month
        }
      }
      if (e < t.n && t.glued(e) && (t.isWord(e) || t.num(e) || t.punct(e, '%'))) return null;
      if (y == NO_YEAR && dashYear(t, e) && !(t.glued(e) && t.glued(e + 1))) {
        y = t.val[e + 1]; // "tháng 12 - 2018", "tháng 8 -2018": the year a feed spaced off, like "ngày 19-5 - 2015"
        e += 2;
      }
    } else if (t.word(j, "vừa") && (t.word(j + 1, "qua") || t.word(j + 1, "rồi"))) {
      return rel(i, j + 2, 'M', -1); // "tháng vừa qua", "tháng vừa rồi" are last month, like "tháng qua"
    } else if (t.isWord(j) && MONTH_WEEK_REL.containsKey(t.low[j])
        && !(t.low[j].equals("tới") && t.word(j + 1, "nay"))) {
      // ("từ đầu tháng tới nay": "tới" links to "nay", see year())
      // "các tháng trước đó", "những tháng trước đó": months before, plural, no time (like "những năm trước đó")
      if (t.word(j, "trước") && t.word(j + 1, "đó") && (t.word(i - 1, "các") || t.word(i - 1, "những"))) return null;
      RawTime r = rel(i, j + 1, 'M', MONTH_WEEK_REL.get(t.low[j]));
      if (t.word(j, "trước") && t.word(j + 1, "đó")) { // "tháng trước đó", like "tuần trước đó"
        r.tokEnd = j + 2;
        r.beforeThat = true;
      }
      return r;
    } else if (t.isWord(j) && MONTH_WORDS.containsKey(t.low[j])) {
      String w = t.low[j];
      // "tháng năm" is ambiguous; a lower-case month word is a month only after a word that leads to one
      if (!t.cap[j] && !w.equals("giêng") && !w.equals("chạp") && !lowerMonthWord(t, i, j)) return null;
      m = MONTH_WORDS.get(w);
      e = j + 1;
      if (m == 10 && (t.word(e, "một") || t.word(e, "hai"))) {
        m = t.word(e, "một") ? 11 : 12;
        e++;
      }
    } else {
      return null;
    }
    RawTime r = new RawTime(Kind.MONTH, i, e);
    r.m = m;
    r.y = y;
    if (y == NO_YEAR && t.word(e, "cùng") && t.word(e + 1, "năm") && !t.num(e + 2)) {
      // "tháng 8 cùng năm": the month of the year just written about; "cùng năm" in the span like "cùng ngày"
      r.sameYear = true;
      r.tokEnd = e + 2;
      return r;
    }
    trailing(t, r);
    r.generic = y == NO_YEAR && r.yearRel == NO_YEAR && t.word(i - 1, "sinh"); // "sinh tháng 11": any year
    if (y == NO_YEAR && r.yearRel == NO_YEAR && !r.forward) {
      // "tháng 2 âm lịch", "tháng giêng (âm lịch)": a lunar month with no year is the month of any year (guidelines:
      // XXXX-01), the words "âm lịch" in the span; "đầu/giữa tháng 7 âm lịch" become its days 1 / 15 in matchEdge
      int e0 = r.tokEnd;
      lunarTail(t, r);
      if (r.tokEnd != e0) r.generic = true;
    }
    return r;
  }

  /** Words after "là một năm/ngày" that go on a length ("là một năm rưỡi", "là một năm tù", "là một ngày nữa"). */
  private static final Set<String> LENGTH_GOES_ON = WordSet.of(
      "rưỡi", "qua", "nay", "nữa", "tới", "trước", "sau", "tù", "kể", "làm", "và", "hoặc", "đến", "tính", "liên",
      "trở", "đồng", "hồ", "đêm", "tuổi");

  /**
   * "2021 sẽ là một năm đầy thách thức", "Ngày mai lại là một ngày mới": "một năm/ngày/tuần/tháng" after the copula
   * "là" with a word describing it is a year (a day) spoken of, not a length; before punctuation or a word that goes
   * on a length ("thời hạn là một năm.", "là một năm rưỡi") it stays a length.
   */
  private static boolean describedUnit(Tokens t, int i) {
    if (!t.word(i, "một") || !t.word(i - 1, "là") || !(t.word(i + 1, "năm") || t.word(i + 1, "ngày")
        || t.word(i + 1, "tuần") || t.word(i + 1, "tháng"))) return false;
    return t.isWord(i + 2) && !t.glued(i + 2) && !LENGTH_GOES_ON.contains(t.low[i + 2]);
  }

  /** Words wishing a new year well after "một năm mới" ("một năm mới an khang", "một năm mới thịnh vượng"). */
  private static final Set<String> NEW_YEAR_WISH = WordSet.of(
      "an", "thật", "tốt", "thắng", "dồi", "hạnh", "may", "thịnh", "tuyệt", "tràn", "mát", "ngập", "thuận", "vui",
      "thành", "sung", "ấm", "đầy", "khỏe", "khoẻ", "hanh", "rực", "bội", "trọn", "như", "năng", "nhiều", "với");

  /** Words before "một năm mới" that make it a length ("phải mất một năm mới xong", "gần một năm mới về"). */
  private static final Set<String> LENGTH_BEFORE_ONE = WordSet.of(
      "mất", "hơn", "gần", "khoảng", "sau", "đến", "tới", "phải", "chừng", "ngót", "trong", "suốt", "còn", "cả");

  /**
   * "chúc một năm mới an khang", "đón một năm mới thật nhiều niềm vui": a new year wished well is no length ("một năm"
   * P1Y) and no date (a year spoken of, like "là một năm đầy thách thức"); after a word taking a length ("phải mất một
   * năm mới bình phục", "gần một năm mới được") it stays a length.
   */
  private static boolean newYearWish(Tokens t, int i) {
    if (!t.word(i, "một") || !t.word(i + 1, "năm") || !t.word(i + 2, "mới")) return false;
    if (t.isWord(i - 1) && LENGTH_BEFORE_ONE.contains(t.low[i - 1])) return false;
    return t.isWord(i + 3) && NEW_YEAR_WISH.contains(t.low[i + 3]) || t.word(i + 3, "bình") && t.word(i + 4, "an");
  }

  /**
   * "Một ngày nọ, …", "một ngày nào đó sẽ …", "vào một ngày đẹp trời", "một ngày kia": some day, no length and no date
   * (guidelines: "vào một buổi tối nọ" is not time).
   */
  private static boolean someDay(Tokens t, int i) {
    if (!t.word(i, "một") || !(t.word(i + 1, "ngày") || t.word(i + 1, "năm") || t.word(i + 1, "tháng")
        || t.word(i + 1, "tuần") || t.word(i + 1, "hôm") || t.word(i + 1, "đêm"))) return false;
    return t.word(i + 2, "nọ") || t.word(i + 2, "kia") || t.word(i + 2, "nào") || t.word(i + 2, "đẹp")
        || t.word(i + 2, "không") && t.word(i + 3, "xa"); // "một ngày không xa" (some day soon)
  }

  /** Words that lead to a month written with a lower-case word: "hồi tháng một", "sang tháng tư", "cuối tháng năm". */
  private static final Set<String> MONTH_LEAD = WordSet.of(
      "vào", "hồi", "trong", "sang", "đến", "tới", "từ", "đầu", "giữa", "cuối", "tuần", "hết", "suốt");

  /**
   * "Triều Tiên hồi tháng một …", "vắt sang tháng tư", "hạ tuần tháng tư", "từ đầu tháng năm đến nay": a lower-case
   * month word after "tháng" is the month when a preposition or an edge leads to it and no count comes before it;
   * "6 tháng một lần", "mỗi tháng một lần", "tháng ba lần" (three times a month), "những tháng năm nhọc nhằn" (the
   * years gone by) and "ngày, tháng năm được cấp" stay out.
   */
  private static boolean lowerMonthWord(Tokens t, int i, int j) {
    if (t.isWord(i - 1) && MONTH_LEAD.contains(t.low[i - 1]))
      return !(t.word(j + 1, "lần") || t.word(j + 1, "một") && t.word(j + 2, "lần"));
    // "Tháng hai năm ngoái, …", "tháng ba năm 2016", "tháng chín vừa qua": a year or a deictic word after it makes
    // the word a month with nothing before it ("tháng năm" stays ambiguous, "6 tháng một năm" a rate)
    if (t.num(i - 1) || t.isWord(i - 1) && NUMBER_WORDS.containsKey(t.low[i - 1]) || t.word(j, "năm")) return false;
    return t.word(j + 1, "năm") && (isYearNumber(t, j + 2) || t.word(j + 2, "ngoái") || t.word(j + 2, "nay")
        || t.word(j + 2, "trước") || t.word(j + 2, "sau") || t.word(j + 2, "tới"))
        || t.word(j + 1, "vừa") && (t.word(j + 2, "qua") || t.word(j + 2, "rồi"));
  }

  /** "năm 2017", "năm nay", "năm ngoái", "năm tới". */
  private RawTime year(Tokens t, int i) {
    int j = i + 1;
    if (t.word(j, "tài") && (t.word(j + 1, "chính") || t.word(j + 1, "khóa") || t.word(j + 1, "khoá"))) {
      // "năm tài chính 2017", "năm tài khóa 2022" are that year; "năm tài chính vừa qua" a past one
      if (isYearNumber(t, j + 2)) {
        RawTime r = new RawTime(Kind.YEAR, i, j + 3);
        r.y = t.val[j + 2];
        return r;
      }
      int e = deicticEnd(t, j + 2);
      return e > 0 ? RawTime.fixed(i, e, "DATE", deicticValue(t, j + 2), null) : null;
    }
    RawTime bc = beforeCommonEra(t, i, j);
    if (bc != null) return bc;
    // an old year after a bare "năm" not before a count unit: "Năm 1500 người" is five, not a year; before any other
    // word it is the year, one the vocabulary knows ("năm 1866 và") or not ("sinh năm 1830 quê", "năm 1882 Dinh")
    if (isYearNumber(t, j) || isYearNumber(t, j, 1000) && (j + 1 >= t.n || !t.isWord(j + 1)
        || !COUNT_UNITS.contains(t.low[j + 1]))) {
      RawTime r = new RawTime(Kind.YEAR, i, j + 1);
      r.y = t.val[j];
      return r;
    }
    // "từ năm 379 đến năm 395", "năm 961 sau Công nguyên": a three-digit year after "năm", when punctuation, a range
    // word or the era follows (before a noun it is a count: "năm 500 người")
    if (t.num(j) && t.digits(j) == 3 && t.val[j] >= 100 && !(j + 1 < t.n && t.glued(j + 1) && !t.isPunct(j + 1))
        && (j + 1 >= t.n || t.isPunct(j + 1) && !t.punct(j + 1, '%') && !(t.glued(j + 1) && t.num(j + 2))
        || t.word(j + 1, "đến") || t.word(j + 1, "tới") || t.word(j + 1, "và")
        || t.word(j + 1, "sau") && t.word(j + 2, "công") && t.word(j + 3, "nguyên"))) {
      RawTime r = new RawTime(Kind.YEAR, i, j + 1);
      r.y = t.val[j];
      return r;
    }
    int cc = canChi(t, j);
    if (cc >= 0) {
      RawTime r = new RawTime(Kind.YEAR, i, j + 2);
      if (isYearNumber(t, j + 2) && !(j + 3 < t.n && t.glued(j + 3) && (t.isWord(j + 3) || t.num(j + 3)))) {
        r.y = t.val[j + 2]; // "năm Mậu Tuất 2018", "năm Tân Sửu 1901": the written year is in the span and wins
        r.tokEnd = j + 3;
      } else if (bracketedYear(t, j + 2)) {
        r.y = t.val[j + 3]; // "năm Nhâm Thìn (2012)": the year in brackets names it too, one span
        r.tokEnd = j + 5;
      } else {
        r.canChi = cc;
      }
      return r;
    }
    // "nhân dịp năm mới 2019", "đầu năm mới 2019": the new year named by its number is that year, "mới" inside
    if (t.word(j, "mới") && isYearNumber(t, j + 1) && yearEndsPhrase(t, j + 2)) {
      RawTime r = new RawTime(Kind.YEAR, i, j + 2);
      r.y = t.val[j + 1];
      return r;
    }
    // "năm vừa qua", "năm vừa rồi" = "năm qua"
    if (t.word(j, "vừa") && (t.word(j + 1, "qua") || t.word(j + 1, "rồi"))) return rel(i, j + 2, 'Y', -1);
    if (t.isWord(j) && YEAR_REL.containsKey(t.low[j])) {
      // "mùa giải năm nay" is a sports season, not time (guidelines), like "mùa giải tới"
      if (t.word(i - 1, "giải") && t.word(i - 2, "mùa")) return null;
      // "năm qua năm" is "year after year", an idiom
      if (t.low[j].equals("qua") && t.word(j + 1, "năm")) return null;
      // "từ đầu năm tới nay": "tới" links to "nay" (until now), it is not "coming"
      if (t.low[j].equals("tới") && (t.word(j + 1, "nay") || t.word(j + 1, "giờ"))) return null;
      // "so với năm trước đó": the year before the one named earlier in the sentence, like "tháng trước đó" (after a
      // count it is a length, "Một năm trước đó"; after a plural, "những năm trước đó", no time)
      if (t.low[j].equals("trước") && t.word(j + 1, "đó") && !countOrPluralBefore(t, i - 1)) {
        RawTime r = rel(i, j + 2, 'Y', -1);
        r.beforeThat = true;
        return r;
      }
      // "năm trước khi" / "năm sau khi" are conjunctions, not years
      if ((t.low[j].equals("trước") || t.low[j].equals("sau")) && (t.word(j + 1, "khi") || t.word(j + 1, "đó")))
        return null;
      return rel(i, j + 1, 'Y', YEAR_REL.get(t.low[j]));
    }
    return null;
  }

  /** "quý I/2024", "quý 2 năm 2023", "quý III năm nay", "quý 4". */
  private RawTime quarter(Tokens t, int i) {
    int j = i + 1;
    if (t.word(j, "đầu") && t.word(j + 1, "tiên") || t.word(j, "cuối") && t.word(j + 1, "cùng")) {
      // "quý đầu tiên này" is the quarter being written in (guidelines); "quý đầu tiên (của) năm nay", "quý cuối cùng
      // của năm 2020" are Q1 / Q4 of that year
      boolean first = t.word(j, "đầu");
      int k = j + 2;
      if (first && t.word(k, "này")) return rel(i, k + 1, 'Q', 0);
      if (t.word(k, "của")) k++;
      if (!t.word(k, "năm")) return null;
      RawTime y = year(t, k);
      if (y == null || y.kind == Kind.YEAR && (y.y == NO_YEAR || y.season != null)
          || y.kind != Kind.YEAR && !(y.kind == Kind.REL && y.unit == 'Y')) return null;
      RawTime r = new RawTime(Kind.QUARTER, i, y.tokEnd);
      r.q = first ? 1 : 4;
      if (y.kind == Kind.YEAR) r.y = y.y;
      else r.yearRel = y.off;
      return r;
    }
    // "quý 01/2021": a zero-padded quarter number, only with its year
    int q = t.num(j, 1) ? t.val[j]
        : t.num(j, 2) && t.text.charAt(t.start[j]) == '0' && t.punct(j + 1, '/') && isYearNumberLoose(t, j + 2) ? t.val[j]
        : t.isWord(j) && ROMAN.containsKey(t.low[j]) ? ROMAN.get(t.low[j]) : -1;
    // "quý vừa qua", "quý vừa rồi": the last quarter, like "quý trước"
    if (q < 0 && t.word(j, "vừa") && (t.word(j + 1, "qua") || t.word(j + 1, "rồi"))) return rel(i, j + 2, 'Q', -1);
    if (q < 0 && t.isWord(j) && MONTH_WEEK_REL.containsKey(t.low[j])) {
      // "quý này", "quý trước", "quý tới": the quarter of the anchor, moved; "quý trước đó" like "tuần trước đó";
      // "quý sau khi", "quý sau đó" are anaphora
      if ((t.low[j].equals("sau") || t.low[j].equals("trước")) && t.word(j + 1, "khi")) return null;
      if (t.low[j].equals("sau") && t.word(j + 1, "đó")) return null;
      RawTime r = rel(i, j + 1, 'Q', MONTH_WEEK_REL.get(t.low[j]));
      if (t.low[j].equals("trước") && t.word(j + 1, "đó")) {
        r.tokEnd = j + 2;
        r.beforeThat = true;
      }
      return r;
    }
    if (q < 1 || q > 4) return null;
    RawTime r = new RawTime(Kind.QUARTER, i, j + 1);
    r.q = q;
    int e = j + 1;
    // "quý 1.2016": the year after a glued dot too, like "tháng 4.2016" (round 34)
    if ((t.punct(e, '/') || t.punct(e, '-') || t.punct(e, '.') && t.glued(e) && t.glued(e + 1) && t.digits(e + 1) == 4)
        && isYearNumberLoose(t, e + 1)) {
      r.y = t.val[e + 1];
      r.tokEnd = e + 2;
      // "quý I/2021 vừa qua": the deictic word belongs to the span, as after a month
      if (t.word(r.tokEnd, "vừa") && (t.word(r.tokEnd + 1, "qua") || t.word(r.tokEnd + 1, "rồi"))) r.tokEnd += 2;
    } else {
      trailing(t, r);
    }
    return r;
  }

  /**
   * "Nghị định 43 năm 2014", "Quyết định 367 năm 1996", "quy định 262 năm 2014", "thông tư 36 năm 2014", "thông báo 47
   * năm 2016", "vị trí 139 năm 2018", "Top 5 năm 2016": the number before "năm" + a year names a document or a rank,
   * like "Quyết định 3165 năm 2012" (guidelines: `năm 2012`), not a length of that many years. "đầu tư 3 năm 2015-2017"
   * (investment over three years) stays a length.
   */
  private static boolean documentOrRankNumber(Tokens t, int i) {
    return t.word(i - 1, "định") && (t.word(i - 2, "nghị") || t.word(i - 2, "quyết") || t.word(i - 2, "quy"))
        || (t.word(i - 1, "tư") || t.word(i - 1, "báo")) && t.word(i - 2, "thông")
        || t.word(i - 1, "trí") && t.word(i - 2, "vị") || t.word(i - 1, "top");
  }

  private static boolean isYearNumberLoose(Tokens t, int j) {
    return t.num(j) && t.digits(j) == 4 && t.val[j] >= 1900 && t.val[j] <= 2199;
  }

  /** "thập niên 1990" / "những năm 90" → "199"; starts at i, the number is at j. */
  /**
   * "những năm 1970-1980", "những năm 80 và 90": two decades (the 1970s to the 1980s), each end its own DATE like
   * other ranges; both numbers round and written alike. "các năm 1970-1975" stays a range of years.
   */
  private static int decadePair(Tokens t, int i, int j, List<RawTime> out) {
    if (!t.num(j) || t.val[j] % 10 != 0 || t.glued(j + 1) && t.isWord(j + 1)) return -1;
    boolean link = t.punct(j + 1, '-') || t.punct(j + 1, '–') || t.word(j + 1, "và") || t.word(j + 1, "hoặc")
        || t.word(j + 1, "đến") || t.word(j + 1, "tới");
    int k = j + 2;
    if (!link || !t.num(k) || t.digits(k) != t.digits(j) || t.val[k] % 10 != 0 || t.val[k] <= t.val[j]) return -1;
    if (t.digits(j) != 4 && t.digits(j) != 2 || t.digits(j) == 4 && t.val[j] < 1000) return -1;
    if (k + 1 < t.n && t.glued(k + 1) && (t.isWord(k + 1) || t.num(k + 1))) return -1;
    String a = t.digits(j) == 4 ? Integer.toString(t.val[j] / 10) : "19" + t.val[j] / 10;
    String b = t.digits(k) == 4 ? Integer.toString(t.val[k] / 10) : "19" + t.val[k] / 10;
    out.add(RawTime.fixed(i, j + 1, "DATE", a, null));
    int e = lastCentury(t, k + 1); // "những năm 80 và 90 của thế kỷ trước": the second end takes the century
    out.add(RawTime.fixed(k, e, "DATE", b, null));
    return e;
  }

  /**
   * "những năm cuối 1970", "những năm đầu 2000": the late 1970s, the early 2000s; the decade with the edge's modifier
   * (read before as the year 1970 END).
   */
  private int decadeEdge(Tokens t, int i, List<RawTime> out) {
    String mod = t.word(i + 2, "đầu") ? "START" : t.word(i + 2, "giữa") ? "MID" : t.word(i + 2, "cuối") ? "END" : null;
    if (mod == null) return -1;
    RawTime d = decade(t, i, i + 3);
    if (d == null) return -1;
    d.mod = mod;
    return add(out, d);
  }

  private RawTime decade(Tokens t, int i, int j) {
    // "(trong) thập kỷ qua": the past decade, a length P10Y like "một thập kỷ qua" ("những năm qua" is not this)
    if (!t.num(j)) return t.word(i, "thập") && t.word(j, "qua") ? RawTime.fixed(i, j + 1, "DURATION", "P10Y", null) : null;
    int v = t.val[j];
    String value;
    if (t.digits(j) == 4 && v % 10 == 0 && v >= 1000) value = Integer.toString(v / 10);
    else if (t.digits(j) == 2 && v % 10 == 0) value = "19" + (v / 10);
    else return null;
    if (t.glued(j + 1) && (t.isWord(j + 1) || t.num(j + 1))) return null;
    // "các năm 1970-1975" is a range of years (each end its own DATE), not the 1970s
    if ((t.punct(j + 1, '-') || t.punct(j + 1, '–')) && t.digits(j) == 4 && t.num(j + 2) && t.digits(j + 2) == 4)
      return null;
    // "các năm 2010 và 2012", "các năm 1960, 1962 và 1963": a year not ending in 0 listed after it makes every
    // number a year (coordinated years, round 9), not decades ("những năm 1990 hoặc 1930" stay decades)
    if (t.digits(j) == 4 && (t.word(j + 1, "và") || t.word(j + 1, "hoặc") || t.punct(j + 1, ',')) && t.num(j + 2)
        && t.digits(j + 2) == 4 && t.val[j + 2] % 10 != 0)
      return null;
    return RawTime.fixed(i, lastCentury(t, j + 1), "DATE", value, null);
  }

  /**
   * "những năm 80 (của) thế kỷ trước": the century named after a decade is part of its span (the 1980s either way);
   * the end after it, else e.
   */
  private static int lastCentury(Tokens t, int e) {
    int k = t.word(e, "của") ? e + 1 : e;
    return t.word(k, "thế") && t.word(k + 1, "kỷ") && t.word(k + 2, "trước") ? k + 3 : e;
  }

  // ---- durations, sets ----------------------------------------------------------------------------

  /** "mỗi ngày", "hằng năm", "hàng tuần", "mỗi 2 năm". */
  private RawTime set(Tokens t, int i) {
    int j = i + 1;
    int n = 1;
    if (t.word(i, "hàng") && (t.word(j, "trăm") || t.word(j, "chục") || t.word(j, "nghìn") || t.word(j, "ngàn")
        || t.word(j, "triệu") || t.word(j, "tỷ"))) {
      // "hàng trăm năm", "hàng chục ngày", "hàng chục nghìn giờ": an unknown number of them, like "vài năm" (PXY)
      // "hàng chục nghìn giờ", "hàng trăm triệu năm": the multiplier after the count word
      if (t.word(j + 1, "nghìn") || t.word(j + 1, "ngàn") || t.word(j + 1, "triệu") || t.word(j + 1, "tỷ")) j++;
      char u = t.word(j + 1, "năm") ? 'Y' : t.word(j + 1, "tháng") ? 'M' : t.word(j + 1, "tuần") ? 'W'
          : t.word(j + 1, "ngày") ? 'D' : t.word(j + 1, "giờ") || t.word(j + 1, "tiếng") ? 'h' : 0;
      if (u == 0 || u == 'Y' && (t.word(j + 2, "tuổi") || ageOfBefore(t, i + 1))) return null;
      // "hàng tỷ năm trước", "hàng trăm năm trước đây": some time ago, PAST_REF like "mấy năm trước"
      int ago = agoAt(t, j + 2);
      if (u != 'h' && ago >= 0) return RawTime.fixed(i, t.word(ago + 1, "đây") ? ago + 2 : ago + 1, "DATE", "PAST_REF", null);
      // "hàng trăm năm nay", "hàng chục năm qua": the deictic word belongs to the length, as in "3 năm nay"
      int e = t.word(j + 2, "nay") && u != 'h' || t.word(j + 2, "qua") || t.word(j + 2, "tới") ? j + 3 : j + 2;
      if (t.word(e - 1, "tới") && t.word(e, "đây")) e++; // "hàng chục năm tới (đây)", like "5 năm tới"
      if (u == 'h' && t.word(e, "đồng") && t.word(e + 1, "hồ")) e += 2; // "hàng chục giờ đồng hồ"
      RawTime r = RawTime.fixed(i, e, "DURATION", u == 'h' ? "PTXH" : "PX" + u, null);
      r.unit = u;
      return r;
    }
    // "hàng tiếng đồng hồ", "ngồi hàng giờ đồng hồ", "chờ đợi hàng giờ": for hours (PTXH), not "every hour"
    // ("hàng ngày, hàng giờ" stays hourly)
    if (t.word(i, "hàng") && (t.word(j, "tiếng") || t.word(j, "giờ") && (t.word(j + 1, "đồng") && t.word(j + 2, "hồ")
        || t.isWord(i - 1) && HOURS_AFTER.contains(t.low[i - 1]))))
      return RawTime.fixed(i, t.word(j + 1, "đồng") && t.word(j + 2, "hồ") ? j + 3 : j + 1, "DURATION", "PTXH", null);
    if (t.word(i, "hàng") && t.word(j, "thế") && t.word(j + 1, "kỷ"))
      return RawTime.fixed(i, j + 2, "DURATION", "PXCE", null); // "hàng thế kỷ": centuries, like "hàng thập kỷ" (PXDE)
    if (t.word(i, "hàng") && t.word(j, "thập") && (t.word(j + 1, "kỷ") || t.word(j + 1, "niên"))) {
      // "hàng thập kỷ (qua)": an unknown number of decades, like "nhiều thập kỷ" (PXDE); the deictic word inside
      int e = t.word(j + 2, "qua") || t.word(j + 2, "nay") ? j + 3 : j + 2;
      return RawTime.fixed(i, e, "DURATION", "PXDE", null);
    }
    if (t.word(i, "mỗi") && t.num(j, 3)) {
      n = t.val[j];
      j++;
    }
    if (!t.isWord(j)) return null;
    if (n == 1 && (t.word(i, "mỗi") || t.word(i, "hằng") && (!t.cap[i] || i == 0 || t.isPunct(i - 1))
        || t.word(i, "hàng") && t.word(j, "đêm"))) {
      // "mỗi sáng", "mỗi buổi tối", "hàng đêm", "hằng đêm" (the same word as "hàng"; a capitalised "Hằng"
      // inside a sentence is a name): that part of every day, like "thứ 6 hàng tuần" (XXXX-WXX-5);
      // "tăng mỗi chiều 300.000 đồng" is each direction of a price, and "tối đa" a limit
      int k = t.word(j, "buổi") ? j + 1 : j;
      String part = t.isWord(k) ? PART_OF_DAY.get(t.low[k]) : null;
      // "300.000 đồng/lượng mỗi chiều": after a price, "chiều" is a direction (buying, selling), not afternoon
      boolean priceBefore = false;
      for (int b = i - 1; b >= 0 && b >= i - 4 && k == j && t.low[k].equals("chiều"); b--) priceBefore |= t.num(b);
      if (part != null && !priceBefore && !t.num(k + 1) && !t.word(k + 1, "đa") && !t.word(k + 1, "thiểu"))
        return RawTime.fixed(i, k + 1, "SET", "XXXX-XX-XXT" + part, null);
    }
    if (n == 1 && !t.word(i, "mọi")) {
      // "mỗi mùa hè", "mỗi cuối tuần": every such season or weekend, written like the generic "(vào) cuối tuần"
      // (XXXX-WXX-WE) and "mùa Hè" (XXXX-SU)
      String season = t.word(j, "mùa") && t.isWord(j + 1) ? SEASONS.get(t.low[j + 1]) : null;
      if (season != null) return RawTime.fixed(i, j + 2, "SET", "XXXX-" + season, null);
      // "mỗi dịp cuối tuần", "mỗi ngày cuối tuần": every weekend too, not every day
      int c = (t.word(j, "dịp") || t.word(j, "ngày")) && t.word(j + 1, "cuối") && t.word(j + 2, "tuần") ? j + 1 : j;
      if (t.word(c, "cuối") && t.word(c + 1, "tuần")) return RawTime.fixed(i, c + 2, "SET", "XXXX-WXX-WE", null);
    }
    String v = switch (t.low[j]) {
      case "ngày" -> "P" + n + "D";
      case "tuần" -> "P" + n + "W";
      case "tháng" -> "P" + n + "M";
      case "năm" -> "P" + n + "Y";
      case "quý" -> "P" + n + "Q"; // quarters are Q, as in the duration "3 quý" (P3Q)
      case "giờ", "tiếng" -> "PT" + n + "H";
      case "phút" -> "PT" + n + "M"; // "100 USD mỗi phút"
      case "giây" -> "PT" + n + "S";
      default -> null;
    };
    if (v == null) return null;
    // "ngân hàng năm qua", "ngân hàng quý I/2021": "hàng" ends the noun "bank"; "khách hàng ngày càng …", "khách
    // hàng ngày nay": the idiom "ngày càng" (increasingly) and "ngày nay" (nowadays) follow the noun, no "every day"
    if (t.word(i, "hàng") && (t.word(i - 1, "ngân") || t.word(j + 1, "càng") || t.word(j, "ngày") && t.word(j + 1, "nay")))
      return null;
    // "4.400 m3 mỗi ngày đêm": a day and night is the day (24 hours), "đêm" inside, like "24/24 giờ"
    return RawTime.fixed(i, t.word(j, "ngày") && t.word(j + 1, "đêm") ? j + 2 : j + 1, "SET", v, null);
  }

  /** Words that govern a following "một ngày" as a length of time, not a rate: "trong một ngày", "mất một giờ". */
  /** Units and "lần" counted before "một tuần / một ngày …" in a rate: "2 ngày một tuần", "3 lần một ngày". */
  private static final Set<String> PER_PERIOD_COUNTED = WordSet.of("ngày", "giờ", "tiếng", "buổi", "lần", "bữa", "phút");

  /** A count at k: digits, a number word or "vài". */
  /** A count, a fuzzy count or a plural word at k, before a unit ("hai năm", "vài năm", "những năm", "nửa năm"). */
  private static boolean countOrPluralBefore(Tokens t, int k) {
    return t.num(k) || t.isWord(k) && (NUMBER_WORDS.containsKey(t.low[k]) || FUZZY_COUNT.contains(t.low[k])
        || COUNT_OR_PLURAL.contains(t.low[k]));
  }

  private static final Set<String> COUNT_OR_PLURAL = WordSet.of("những", "các", "hàng", "nửa", "chục", "trăm",
      "mỗi", "cả", "năm", "mọi");

  private static boolean countBefore(Tokens t, int k) {
    // "năm lần một tuần": "năm" is five before the counted word
    return t.num(k) || t.isWord(k) && (NUMBER_WORDS.containsKey(t.low[k]) || t.low[k].equals("vài")
        || t.low[k].equals("năm"));
  }

  private static final Set<String> NOT_BEFORE_RATE = WordSet.of(
      "trong", "mất", "sau", "trước", "khoảng", "gần", "hơn", "suốt", "vòng", "dài", "được", "có", "là", "cách",
      "đây", "vào", "cho", "từ", "đến", "tới", "chỉ", "thêm", "với", "của", "tù", "hạn", "trên", "dưới", "đầy", "qua");

  /**
   * "20 vệt sao băng một giờ", "50 ca một ngày": "một" + unit right after a counted noun, ending the phrase, is a
   * rate (SET PT1H, P1D), like "mỗi giờ". Anything else stays as it was.
   */
  private static RawTime rate(Tokens t, int i, RawTime d) {
    if (d == null || !(t.word(i, "một") || t.num(i)) || d.q != 1 || d.mod != null || !"DURATION".equals(d.type)
        || d.tokEnd != i + 2) return d;
    // "gói 2 ngày 1 đêm": a night is no period of a rate, the tour lasts that long
    if (!t.isWord(i - 1) || NOT_BEFORE_RATE.contains(t.low[i - 1]) || t.word(i + 1, "đêm")) return d;
    int e = d.tokEnd;
    // "2 ngày một tuần", "năm lần một tuần", "1 lần 1 năm": a count of days, hours or times right before is a rate
    // whatever follows; not "15 ngày 1 tháng 5" (a date follows: "1 tháng 5" is May Day)
    if (!(PER_PERIOD_COUNTED.contains(t.low[i - 1]) && countBefore(t, i - 2) && !t.num(e))) {
      if (t.num(i)) return d;
      if (!(e >= t.n || t.isPunct(e) && t.ch(e) != '/' || t.word(e, "và"))) return d;
      boolean counted = false;
      for (int k = i - 2; k >= 0 && k >= i - 6; k--) {
        if (t.isPunct(k)) break;
        if (t.num(k)) {
          counted = true;
          break;
        }
      }
      if (!counted) return d;
    }
    String v = switch (d.unit) {
      case 'h' -> "PT1H";
      case 'D' -> "P1D";
      case 'W' -> "P1W";
      case 'M' -> "P1M";
      case 'Y' -> "P1Y";
      default -> null;
    };
    return v == null ? d : RawTime.fixed(d.tokStart, d.tokEnd, "SET", v, null);
  }

  /**
   * "cả tiếng", "cả ngày", "cả tuần": a whole unit, a length of one (P1D, PT1H). "cả năm 2020", "cả tháng 4", "cả
   * tuần qua" name the period itself and are left to the calendar forms.
   */
  private static RawTime wholeUnit(Tokens t, int i) {
    int j = i + 1;
    if (!t.isWord(j)) return null;
    String v = switch (t.low[j]) {
      case "tiếng" -> "PT1H";
      case "ngày" -> "P1D";
      case "tuần" -> "P1W";
      case "tháng" -> "P1M";
      case "năm" -> "P1Y";
      default -> null;
    };
    // "chờ cả giờ đồng hồ": a whole hour, like "cả tiếng"
    if (v == null && t.word(j, "giờ") && t.word(j + 1, "đồng") && t.word(j + 2, "hồ"))
      return RawTime.fixed(i, j + 3, "DURATION", "PT1H", null);
    if (v == null || soundOrLanguage(t, j)) return null;
    int k = j + 1;
    if (t.word(k, "nay") && (t.word(j, "tháng") || t.word(j, "tuần"))) {
      // "cả tháng nay", "cả tuần nay": for a whole month / week now, a length with "nay" inside (like "3 năm nay"), not
      // this month
      RawTime r = RawTime.fixed(i, k + 1, "DURATION", v, null);
      r.unit = v.charAt(2);
      r.q = 1;
      return r;
    }
    if (t.num(k) || t.isWord(k) && (MONTH_WEEK_REL.containsKey(t.low[k]) || YEAR_REL.containsKey(t.low[k])
        || t.low[k].equals("đó") || t.low[k].equals("vừa") || t.low[k].equals("hôm"))) return null;
    if (t.isWord(k) && t.cap[k] && MONTH_WORDS.containsKey(t.low[k])) return null; // "cả tháng Mười"
    RawTime r = RawTime.fixed(i, k, "DURATION", v, null);
    r.unit = v.startsWith("PT") ? 'h' : v.charAt(2);
    r.q = 1;
    return r;
  }

  /**
   * "tiếng" at j is a sound or a language, not an hour: "một tiếng nổ", "cả tiếng Anh lẫn tiếng Việt" (a capitalised
   * word or a sound word after it).
   */
  private static boolean soundOrLanguage(Tokens t, int j) {
    if (!t.word(j, "tiếng") || !t.isWord(j + 1) || t.glued(j + 1)) return false;
    // "2 tiếng nói chuyện" is two hours of talking; "một tiếng nói chung" is one voice
    if (t.word(j + 1, "nói") && t.word(j + 2, "chuyện")) return false;
    return t.cap[j + 1] || SOUNDS.contains(t.low[j + 1]);
  }

  private static final Set<String> SOUNDS = WordSet.of("nổ", "súng", "kêu", "hét", "thét", "khóc", "cười", "động",
      "xoảng", "rầm", "chuông", "còi", "nói", "gọi", "hát", "vang", "kẻng", "sấm", "gầm", "hô", "reo", "rên", "thở",
      "ồn", "đàn", "trống", "ho", "gõ", "la",
      "tăm"); // "ít tiếng tăm" (little renown) is no hours either

  /** The number at i is a document's number: "số" before it, or a date with its year after "ngày" at j. */
  private static boolean documentNumberBefore(Tokens t, int i, int j) {
    int[] dm = dm(t, j + 1, true);
    if (dm != null && (t.word(i - 1, "số") || dm[2] != NO_YEAR)) return true;
    // "công văn số 2416 ngày 28 tháng 7", "kỳ họp thứ 27 ngày 27/6", "quận 12 ngày 16/1", "ca 2 ngày 4/2", "ở tuổi 81
    // ngày 25/8": the number labels the noun before it, then the date follows; no length
    return (dm != null || t.num(j + 1, 2) && t.word(j + 2, "tháng") && t.num(j + 3)) && t.isWord(i - 1)
        && NUMBER_LABELS.contains(t.low[i - 1]);
  }

  /**
   * "4, 5 tháng", "1, 2 giờ" (four or five months): two counts in a row with one unit are a range, each end its own
   * length, the first taking the unit of the second; not a list of months ("tháng 1, 2, 3"), nor a number glued to a
   * date ("18/5, 4 ngày trước").
   */
  private RawTime firstOfTwoCounts(Tokens t, int i) {
    if (!t.num(i, 2) || !t.punct(i + 1, ',') || !t.glued(i + 1) || !t.num(i + 2, 2)
        || t.glued(i + 2) && !twoDigitsAsTwoCounts(t, i) || t.val[i + 2] != t.val[i] + 1 || t.val[i] < 1
        || gluedToWordBefore(t, i) || t.punct(i - 1, ',')
        || t.word(i - 1, "tháng") || t.word(i - 1, "ngày") || t.word(i - 1, "thứ")
        || t.word(i + 3, "tháng") && (t.num(i + 4) || t.isWord(i + 4) && MONTH_WORDS.containsKey(t.low[i + 4])))
      return null; // "12, 13 tháng Giêng" are two days of a month
    RawTime second = quantity(t, i + 2);
    if (second == null || !"DURATION".equals(second.type) || second.q != t.val[i + 2] || second.fixed == null) return null;
    String q = Integer.toString(second.q);
    int at = second.fixed.indexOf(q);
    if (at < 0) return null;
    String v = second.fixed.substring(0, at) + t.val[i] + second.fixed.substring(at + q.length());
    RawTime r = RawTime.fixed(i, i + 1, "DURATION", v, null);
    r.unit = second.unit;
    r.q = t.val[i];
    return r;
  }

  /**
   * "hơn trăm năm" / "gần nghìn năm" (i at "trăm" / "nghìn", "hơn" / "gần" before it) read as a length: after a verb
   * or a word taking a length ("đã có hơn trăm năm", "trong gần nghìn năm") or with "trước / nay / qua" after the
   * unit ("hơn trăm năm trước"); after a noun it is an age ("ngôi nhà hơn trăm năm", "cây gần nghìn năm"), no time
   * (round 33).
   */
  private static boolean roughHundredsLength(Tokens t, int i) {
    return t.word(i - 2, "có") || t.word(i - 2, "đã") || isDurationContext(t, i - 2)
        || t.word(i + 2, "trước") || t.word(i + 2, "nay") || t.word(i + 2, "qua");
  }

  /**
   * "7,8 năm", "1,2 tuần", "3,4 tháng" (i at the first digit): two one-digit counts in a row joined by a comma with no
   * space, the second one more than the first, are "seven or eight years" like "7, 8 năm" (round 33), not a decimal
   * length; ",5" stays a half ("4,5 năm", "4,5 giờ" are four and a half), and the caller checks the unit.
   */
  private static boolean twoDigitsAsTwoCounts(Tokens t, int i) {
    return t.digits(i) == 1 && t.digits(i + 2) == 1 && t.val[i + 2] == t.val[i] + 1 && t.val[i + 2] != 5
        && !(i + 3 < t.n && t.glued(i + 3)) && !t.punct(i - 1, ',') && !t.word(i - 1, "tháng")
        && (t.word(i + 3, "năm") || t.word(i + 3, "tháng") || t.word(i + 3, "tuần") || t.word(i + 3, "ngày")
        || t.word(i + 3, "giờ") || t.word(i + 3, "tiếng"));
  }

  /** "1-2 tuần trước kỳ thi", "3, 4 ngày trước Tết": "trước" at k - 1 before an event, not "ago". */
  private static boolean beforeAnEvent(Tokens t, int k) {
    return t.word(k, "kỳ") || t.word(k, "ngày") || t.word(k, "lễ") || t.word(k, "trận") || t.word(k, "buổi")
        || t.word(k, "giờ") || t.word(k, "hạn") || t.word(k, "tết");
  }

  /** Words that start a clause after a sentence-opening "Vừa qua / Vừa rồi" (recently). */
  private static final Set<String> RECENTLY_SUBJECTS = WordSet.of(
      "tôi", "chúng", "có", "nhiều", "ông", "bà", "anh", "chị", "em", "mình", "họ");

  /** Words after which "vừa qua" opens a clause: "cho biết vừa qua …", "cho rằng vừa qua …", "và vừa qua …". */
  private static final Set<String> BEFORE_RECENTLY = WordSet.of("biết", "rằng", "hay", "và", "nhưng");

  /**
   * Words that start the clause after a clause-opening "vừa qua" ("recently"): a pronoun, "có", an auxiliary or a
   * preposition ("vừa qua đã …", "vừa qua khi …", "vừa qua tại …"), a quantifier, or an office ("vừa qua sở …", "vừa qua
   * Bộ …"); a place passed ("vừa qua ngã tư", "vừa qua trạm thu phí") is none of them.
   */
  private static final Set<String> AFTER_RECENTLY = WordSet.of(
      "tôi", "chúng", "có", "nhiều", "ông", "bà", "anh", "chị", "em", "mình", "họ", "đã", "khi", "sau", "tại", "trên",
      "nếu", "các", "những", "sở", "bộ", "xã", "tỉnh", "huyện", "thành", "quận", "phường", "ngân", "công", "liên",
      "lãnh", "văn", "cơ", "dự", "nợ", "trung");

  /**
   * "Ông A cho biết, vừa qua sở đã …", "cho biết vừa qua Bộ Công an …", "và vừa qua một …": "vừa qua" opening a clause
   * after a comma, a colon, a quote or a reporting verb or conjunction, before a word that starts a clause (or a
   * capitalised subject after the verb or conjunction): PAST_REF, like "Vừa qua có 34 tỉnh …"; the capitalised subject
   * after punctuation is read by the older rule.
   */
  private static boolean recentlyInClause(Tokens t, int i, boolean opens) {
    if (!t.isWord(i + 2)) return false;
    boolean afterLink = !opens && t.isWord(i - 1) && BEFORE_RECENTLY.contains(t.low[i - 1])
        && (!t.word(i - 1, "hay") || t.word(i - 2, "cho"));
    if (!opens && !afterLink) return false;
    return !t.cap[i + 2] ? AFTER_RECENTLY.contains(t.low[i + 2]) : afterLink;
  }

  /** "trong" (within) one to three words before the count at i: "trong 6 tháng", "trong vòng hơn 10 năm". */
  private static boolean withinBefore(Tokens t, int i) {
    for (int k = i - 1; k >= i - 3 && k >= 0 && t.isWord(k); k--) if (t.word(k, "trong")) return true;
    return false;
  }

  /** "tuổi đời" (age) just before the count, possibly with a modifier between: "tuổi đời (hơn) 20 năm". */
  private static boolean ageOfBefore(Tokens t, int i) {
    // up to three words between, not counting "lên tới / đến" ("tuổi đời lên tới hàng trăm năm")
    for (int k = i - 1, words = 0; words < 3 && k >= 1; k--) {
      if (t.word(k, "đời") && t.word(k - 1, "tuổi")) return true;
      if (!t.isWord(k)) return false;
      if (!(t.word(k, "lên") || (t.word(k, "tới") || t.word(k, "đến")) && t.word(k - 1, "lên"))) words++;
    }
    return false;
  }

  /**
   * "(lúc) trẻ được 2, 3, 4 tháng", "bé được 18 tháng": the count (or a list of counts) after "được" following a child
   * noun is an age.
   */
  private static boolean childAgeBefore(Tokens t, int i) {
    int k = i - 1;
    for (int steps = 0; k >= 0 && steps < 8 && (t.num(k) || t.punct(k, ',') || t.word(k, "và")); steps++) k--;
    return t.word(k, "được") && (t.word(k - 1, "trẻ") || t.word(k - 1, "bé") || t.word(k - 1, "cháu"));
  }

  /** A modifier word (span [i, j)) then a duration: "hơn 3 năm", "chưa đầy 24 giờ". */
  private RawTime modified(Tokens t, int i, int j, String mod) {
    RawTime d = quantity(t, j);
    if (d == null) return null;
    if (d.q > 0 && "DURATION".equals(d.type) && !mod.startsWith("EQUAL") && agoAfter(t, d) && !t.word(i - 1, "trong") && !t.word(i - 1, "suốt")) {
      // "khoảng 5 năm trước", "hơn 10 năm trước": a date that far back, like "cách đây khoảng 5 năm" (more than N
      // ago is BEFORE that date, less than N ago AFTER it)
      RawTime r = rel(i, agoEnd(t, d), d.unit, -d.q);
      r.mod = mod.equals("MORE_THAN") ? "BEFORE" : mod.equals("LESS_THAN") ? "AFTER" : mod;
      return r;
    }
    d.tokStart = i;
    d.mod = mod;
    return d;
  }

  /**
   * The index of "trước" meaning "ago" at k, also written "về trước" ("10 năm về trước", "nhiều năm về trước"), or -1:
   * not the conjunction "trước khi" nor the anaphora "trước đó".
   */
  private static int agoAt(Tokens t, int k) {
    if (t.word(k, "về") && t.word(k + 1, "trước")) k++;
    return t.word(k, "trước") && !(t.word(k + 1, "khi") || t.word(k + 1, "đó") || beforeEvent(t, k + 1)) ? k : -1;
  }

  /**
   * A day or an event right after "trước" at k - 1 ("15 ngày trước ngày 22/6", "3 ngày trước Tết", "2 tuần trước kỳ
   * thi"): "trước" is "before" it, so the length before it is a length, not a time ago.
   */
  private static boolean beforeEvent(Tokens t, int k) {
    return t.word(k, "ngày") && (t.num(k + 1) || t.word(k + 1, "mùng") || t.word(k + 1, "mồng") || eventDay(t, k + 1))
        || t.word(k, "kỳ") || t.word(k, "lễ") || t.word(k, "trận") || t.word(k, "buổi") || t.word(k, "hạn")
        || t.word(k, "tết");
  }

  /**
   * The word after "ngày" at k names the day of an event ("trước ngày khai giảng", "trước ngày bầu cử", "trước ngày
   * sinh nhật"), not a deictic day ("ngày hôm qua", "ngày này", "ngày càng").
   */
  private static boolean eventDay(Tokens t, int k) {
    return t.isWord(k) && !EVENT_DAY_NOT.contains(t.low[k]);
  }

  private static final Set<String> EVENT_DAY_NOT = WordSet.of("hôm", "nay", "này", "mai", "kia", "qua", "đó", "ấy",
      "trước", "sau", "càng", "tới", "sắp", "vừa", "mới", "nào", "đêm");

  /**
   * "5 hôm trước", "ba hôm trước": that many days ago ("hôm" counts days in speech), like "5 ngày trước"; not a
   * number glued to a name or a fraction ("B-2 hôm qua", "6/55 hôm nay") nor an ordinal ("thứ 51").
   */
  private static RawTime daysAgoInHom(Tokens t, int i) {
    return t.word(i + 1, "hôm") ? daysAgo(t, i) : null;
  }

  /** "5 hôm trước", "ba ngày trước" at i: that many days ago ("hôm" or "ngày"), or null. */
  private static RawTime daysAgo(Tokens t, int i) {
    if (!(t.word(i + 1, "hôm") || t.word(i + 1, "ngày")) || t.word(i - 1, "thứ")) return null;
    int q;
    if (t.num(i, 2) && !t.glued(i)) q = t.val[i];
    else if (t.isWord(i) && NUMBER_WORDS.containsKey(t.low[i])) q = NUMBER_WORDS.get(t.low[i]);
    else if (t.word(i, "năm") && t.word(i + 1, "hôm")) q = 5; // "Năm hôm trước" (five days ago)
    else return null;
    int k = agoAt(t, i + 2);
    if (q < 1 || k < 0) return null;
    return rel(i, t.word(k + 1, "đây") ? k + 2 : k + 1, 'D', -q);
  }

  /** The end of "N <unit> (về) trước" (ago), with "đây" when written "trước đây" ("3 năm trước đây" is one date). */
  private static int agoEnd(Tokens t, RawTime d) {
    int k = Math.max(d.tokEnd, agoAt(t, d.tokEnd));
    return t.word(k + 1, "đây") ? k + 2 : k + 1;
  }

  /** "(về) trước" right after a calendar-unit duration, not the conjunction "trước khi" / the anaphora "trước đó". */
  private static boolean agoAfter(Tokens t, RawTime d) {
    return agoAt(t, d.tokEnd) >= 0 && (d.unit == 'Y' || d.unit == 'M' || d.unit == 'W' || d.unit == 'D');
  }

  /** A duration, or "3 năm trước" / "2 tuần trước" meaning a date in the past. */
  private RawTime quantityOrAgo(Tokens t, int i) {
    RawTime d = quantity(t, i);
    if (d == null) return null;
    // "mấy năm trước", "vài ngày trước": some time ago, no count to go back by (like "cách đây ít ngày")
    if (agoAt(t, d.tokEnd) >= 0 && d.q == -1 && "DURATION".equals(d.type) && d.mod == null
        && (d.unit == 'Y' || d.unit == 'M' || d.unit == 'W' || d.unit == 'D') && t.isWord(i)
        && (FUZZY_COUNT.contains(t.low[i]) || t.low[i].equals("ít"))) // "ít ngày trước", like "vài ngày trước"
      return RawTime.fixed(i, agoEnd(t, d), "DATE", "PAST_REF", null);
    if (agoAt(t, d.tokEnd) >= 0 && d.q > 0
        && (d.unit == 'Y' || d.unit == 'M' || d.unit == 'W' || d.unit == 'D')) {
      RawTime r = rel(i, agoEnd(t, d), d.unit, -d.q);
      return r;
    }
    return d;
  }

  /**
   * Count + unit: "3 năm" P3Y, "1,5 năm" P1.5Y, "một thập kỷ" P10Y, "vài tháng" PXM, "24 giờ" PT24H. The unit is
   * in {@link RawTime#unit} (Y M W D, h m s for clock units), the whole count in {@link RawTime#q} (-1 if fuzzy).
   */
  private RawTime quantity(Tokens t, int i) {
    return quantity(t, i, false);
  }

  /** As {@link #quantity(Tokens, int)}; {@code rangeEnd}: the count may be glued to a dash before it ("3-4 năm"). */
  private RawTime quantity(Tokens t, int i, boolean rangeEnd) {
    if (i >= t.n) return null;
    String count;
    int q;
    int j;
    if (t.num(i)) {
      if (!rangeEnd && gluedToWordBefore(t, i) || t.val[i] < 0) return null;
      if (t.punct(i + 1, ',') && t.glued(i + 1) && t.num(i + 2) && t.glued(i + 2) && !twoDigitsAsTwoCounts(t, i)) {
        // "tháng 7,8,9 năm 2016", "sau 3,4,5,6,10 ngày": a list of numbers glued by commas, no decimal length (round 34)
        if (t.punct(i - 1, ',') && t.glued(i) && t.glued(i - 1) && t.num(i - 2)) return null;
        count = t.text.substring(t.start[i], t.end[i]) + "." + t.text.substring(t.start[i + 2], t.end[i + 2]);
        q = -1;
        j = i + 3;
      } else if (t.punct(i + 1, '.') && t.glued(i + 1) && t.num(i + 2) && t.digits(i + 2) == 3 && t.glued(i + 2)
          && t.digits(i) <= 3 && !(t.glued(i + 3) && (t.isPunct(i + 3) || t.num(i + 3)))
          && (t.word(i + 3, "năm") || t.word(i + 3, "giờ") || t.word(i + 3, "ngày"))) {
        // "23.500 năm", "6.275 giờ bay": a count with a thousands dot (prehistory, flight hours)
        q = t.val[i] * 1000 + t.val[i + 2];
        count = Integer.toString(q);
        j = i + 3;
      } else if (quarterCentury(t, i)) {
        count = "25"; // "suốt 1/4 thế kỷ qua", "gần 1/4 thế kỷ": a quarter century, 25 years (round 26)
        q = -4;
        j = i + 3;
      } else {
        if (t.isPunct(i + 1) && t.glued(i + 1) && t.num(i + 2) && t.glued(i + 2)) return null; // "2.500", "3/4"
        if (yearBeforeItsDate(t, i)) return null;
        // "tháng 7,8,9 năm 2016": the last of a list of months before its year, no length of years (round 34)
        if (t.punct(i - 1, ',') && t.glued(i) && t.glued(i - 1) && t.num(i - 2) && t.word(i + 1, "năm")
            && t.num(i + 2) && t.digits(i + 2) == 4) return null;
        count = Integer.toString(t.val[i]);
        q = t.val[i];
        j = i + 1;
      }
      if (j < t.n && t.glued(j) && t.isWord(j) && !hoursLength(t, i, j)) return null;
    } else if (t.word(i, "một") && t.word(i + 1, "phần") && t.word(i + 2, "tư") && t.word(i + 3, "thế")) {
      count = "25"; // "Một phần tư thế kỷ đã trôi qua": a quarter century, like "1/4 thế kỷ" (round 26)
      q = -4;
      j = i + 3;
    } else if (t.word(i, "một") && t.word(i + 1, "vài")) {
      count = "X"; // "một vài năm tới": a few, like "vài"
      q = -1;
      j = i + 2;
    } else if (t.word(i, "chục")) {
      count = "10"; // "hơn chục năm nay", "cả chục năm": ten
      q = 10;
      j = i + 1;
    } else if ((t.word(i, "trăm") || t.word(i, "nghìn") || t.word(i, "ngàn")) && (t.word(i - 1, "cả")
        || (t.word(i - 1, "hơn") || t.word(i - 1, "gần")) && roughHundredsLength(t, i))) {
      // "cả trăm năm", "cả nghìn năm": a hundred, a thousand; "đã có hơn trăm năm", "hơn trăm năm trước" likewise
      q = t.word(i, "trăm") ? 100 : 1000;
      count = Integer.toString(q);
      j = i + 1;
    } else if (t.word(i, "bao")) {
      count = "X"; // "bao năm qua", "bao nhiêu năm nay": so many years, like "nhiều năm" ("bao giờ" is "ever")
      q = -1;
      j = t.word(i + 1, "nhiêu") ? i + 2 : i + 1;
      if (!(t.word(j, "năm") || t.word(j, "tháng") || t.word(j, "ngày") || t.word(j, "tuần"))
          || !(t.word(j + 1, "qua") || t.word(j + 1, "nay"))) return null;
    } else if (t.isWord(i) && (NUMBER_WORDS.containsKey(t.low[i]) || t.low[i].equals("năm") && fiveBeforeUnit(t, i))) {
      q = t.low[i].equals("năm") ? 5 : NUMBER_WORDS.get(t.low[i]);
      j = i + 1;
      if (q == 10 && t.word(j, "lăm")) {
        q = 15; // "mười lăm năm"
        j++;
      } else if (q == 10 && t.isWord(j) && NUMBER_WORDS.containsKey(t.low[j]) && NUMBER_WORDS.get(t.low[j]) < 10) {
        q += NUMBER_WORDS.get(t.low[j]);
        j++;
      } else if (q < 10 && t.word(j, "chục")) {
        q *= 10; // "hai chục năm", "một chục ngày"
        j++;
      } else if (q < 10 && (t.word(j, "trăm") || t.word(j, "nghìn") || t.word(j, "ngàn")) && !t.word(i - 1, "vạn")
          && !(t.word(j + 1, "năm") && (t.word(j + 2, "trăm") || t.word(j + 2, "mươi")))) {
        // "một nghìn năm", "hơn hai nghìn năm", "một trăm năm": hundreds and thousands written out ("một nghìn năm
        // trăm người" is 1,500 and "ba vạn sáu nghìn ngày" 36,000: a count or part of a larger number)
        q *= t.word(j, "trăm") ? 100 : 1000;
        j++;
      } else if (q >= 2 && q < 10 && t.word(j, "mươi")) {
        q *= 10; // "hai mươi năm", "bốn mươi lăm phút", "năm mươi năm"
        j++;
        if (t.word(j, "lăm") || t.word(j, "mốt") || t.word(j, "tư")) {
          q += t.word(j, "lăm") ? 5 : t.word(j, "mốt") ? 1 : 4;
          j++;
        } else if (t.isWord(j) && NUMBER_WORDS.containsKey(t.low[j]) && NUMBER_WORDS.get(t.low[j]) < 10
            && !t.word(j, "một")) {
          q += NUMBER_WORDS.get(t.low[j]);
          j++;
        }
      }
      count = Integer.toString(q);
    } else if (t.word(i, "nửa") && !t.word(i - 1, "một")) {
      count = "0.5"; // "nửa năm" = P6M, "nửa tiếng" = PT30M: converted to the next smaller unit below
      q = -2;
      j = i + 1;
    } else if (t.isWord(i) && (FUZZY_COUNT.contains(t.low[i]) || t.low[i].equals("ít") && !t.word(i + 1, "nhất"))) {
      count = "X";
      q = -1;
      // "mấy chục năm qua", "vài nghìn năm": some tens (hundreds, thousands) of years, still unknown
      j = t.word(i + 1, "chục") || t.word(i + 1, "trăm") || t.word(i + 1, "nghìn") || t.word(i + 1, "ngàn") ? i + 2 : i + 1;
    } else {
      return null;
    }
    if (!t.isWord(j)) return null;
    if ((t.word(j, "triệu") || t.word(j, "tỷ") || t.word(j, "tỉ")) && t.word(j + 1, "năm") && !count.equals("X"))
      return eonLength(t, i, j, count);
    if (t.num(i) && t.word(i - 1, "lớp")) return null; // "lớp 6 năm học 2021-2022" is a grade
    // "xét nghiệm lần 2 ngày 25/4": the second time, then a date ("1 lần 1 năm", a count before "lần", is a rate)
    if (t.num(i) && t.word(i - 1, "lần") && !(t.num(i - 2) && t.val[i] == 1)) return null;
    // "xếp thứ 53 năm 2014", "lần thứ 12 năm 2021": an ordinal, then the year
    // likewise a rank, a round or a document number: "hạng 3 năm 2019", "đợt 1 năm 2021", "Nghị quyết số 8 năm 2017",
    // "Chỉ thị 01 năm 2015" (a leading zero is a number, not a count)
    if (t.num(i) && t.word(j, "năm") && isYearNumber(t, j + 1) && (t.word(i - 1, "thứ") || t.word(i - 1, "hạng")
        || t.word(i - 1, "kỳ") || t.word(i - 1, "khóa") || t.word(i - 1, "khoá") || t.word(i - 1, "vòng")
        || t.word(i - 1, "đợt") || t.word(i - 1, "số") || t.word(i - 1, "quyết") || t.word(i - 1, "thị")
        || t.digits(i) >= 2 && t.ch(i) == '0' || documentOrRankNumber(t, i))) return null;
    char unit;
    int e = j + 1;
    int factor = 1;
    switch (t.low[j]) {
      case "năm" -> unit = 'Y';
      case "h" -> {
        if (!t.num(i) || !hoursLength(t, i, j)) return null;
        unit = 'h'; // "24h" after "trong", "sau", "mất" or before "qua": hours (hoursLength checked it)
      }
      case "tháng" -> {
        // "24 tháng 3" is a date, not 24 months
        if (t.num(i) && t.num(j + 1, 2) && q >= 1 && q <= 31 && t.val[j + 1] >= 1 && t.val[j + 1] <= 12
            && !t.word(j + 2, "ngày") && !(t.val[j + 1] == 1 && t.word(j + 2, "lần"))) return null;
        unit = 'M';
      }
      case "tuần" -> unit = 'W';
      case "quý" -> {
        if (t.isWord(j + 1) && ROMAN.containsKey(t.low[j + 1]) || t.num(j + 1)) return null; // "2 quý I" is no length
        // "ít quý hiếm", "vài quý giá": "quý" (precious) as an adjective
        if (t.word(j + 1, "hiếm") || t.word(j + 1, "giá") || t.word(j + 1, "báu")) return null;
        unit = 'Q';
      }
      case "ngày" -> {
        // "một ngày tháng Năm" is some day of May, not a length of one day
        if (t.word(i, "một") && t.word(j + 1, "tháng")) return null;
        // "Thông báo số 125 ngày 25/3/2020", "Nghị quyết 41 ngày 9/4/2020": a document number, then its date
        if (t.num(i) && documentNumberBefore(t, i, j)) return null;
        unit = 'D';
        // "52 ngày đêm" (days and nights, round the clock): N days, "đêm" in the span; not "3 ngày đêm 29/4"
        if (t.word(j + 1, "đêm") && !t.num(j + 2) && !t.word(j + 2, "qua") && !t.word(j + 2, "nay")) e = j + 2;
      }
      case "hôm" -> {
        // "cách đây 2 hôm", "qua đời được hai hôm", "Hai hôm sau": "hôm" counts days in speech, like "ngày" (fuzzy
        // counts are read elsewhere); not "một hôm" (one day, some day) nor a count before a named day
        if (t.word(i, "một") || count.equals("X") || !daysCountedInHom(t, j)) return null;
        unit = 'D';
      }
      case "giờ", "tiếng" -> {
        if (soundOrLanguage(t, j)) return null;
        unit = 'h';
      }
      case "phút" -> {
        if (t.num(i) && t.word(i - 1, "độ") && t.num(i - 2)) return null; // "13 độ 48 phút vĩ bắc": an angle
        unit = 'm';
      }
      case "giây" -> unit = 's';
      case "đêm" -> {
        if (t.word(i, "nửa") || !nightsCounted(t, i, j)) return null; // "gần nửa đêm" is midnight
        unit = 'D'; // "sau một đêm", "trong 4 đêm", "4 ngày 3 đêm": nights counted, P1D, P4D (rounds 5 and 18)
      }
      case "thập" -> {
        if (!(t.word(j + 1, "kỷ") || t.word(j + 1, "niên"))) return null;
        unit = 'Y';
        factor = 10;
        e = j + 2;
      }
      case "thế" -> {
        if (!t.word(j + 1, "kỷ")) return null;
        unit = 'Y';
        factor = 100;
        e = j + 2;
      }
      case "thiên" -> {
        // "trải qua 2 thiên niên kỷ", "hơn hai thiên niên kỷ": millennia counted (round 33)
        if (!t.word(j + 1, "niên") || !(t.word(j + 2, "kỷ") || t.word(j + 2, "kỉ"))) return null;
        unit = 'Y';
        factor = 1000;
        e = j + 3;
      }
      default -> {
        return null;
      }
    }
    if (q == -4) {
      if (factor != 100 || t.num(e)) return null; // a quarter of a century only ("1/4 thế kỷ 20" names one)
      q = 25;
      factor = 1;
    }
    if (q == -2) {
      // "nửa" + unit: half of it, written in the next smaller unit where that is exact ("nửa năm" P6M, "nửa ngày"
      // PT12H, "nửa tiếng" PT30M, "nửa thế kỷ" P50Y); "nửa tháng", "nửa tuần" stay P0.5M, P0.5W
      if (factor == 100 && t.num(e)) return null; // "nửa thế kỷ 20" is half of a named century, not 50 years
      if (factor > 1) {
        q = factor / 2;
      } else {
        switch (unit) {
          case 'Y' -> { unit = 'M'; q = 6; }
          case 'D' -> { unit = 'h'; q = 12; }
          case 'h' -> { unit = 'm'; q = 30; }
          case 'm' -> { unit = 's'; q = 30; }
          default -> q = -1;
        }
      }
      count = q > 0 ? Integer.toString(q) : "0.5";
      factor = 1;
    }
    if (factor != 1) {
      if (q > 0) {
        q *= factor;
        count = Integer.toString(q);
      } else if (!count.equals("X")) {
        return null;
      }
    }
    if (unit == 'Y' && t.word(e, "ánh") && t.word(e + 1, "sáng")) return null; // "42 năm ánh sáng" is a distance
    if (unit == 'Y' && t.word(e, "ngoái") || t.word(e, "tuổi") && !t.word(e + 1, "thọ"))
      return null; // "vào 1 năm ngoái" is last year; "40-500 năm tuổi", "8 ngày tuổi" are ages
    if (t.num(i) && childAgeBefore(t, i)) return null; // "lúc trẻ được 2, 3, 4 tháng": the child's age
    if (unit == 'Y' && ageOfBefore(t, i)) return null; // "có tuổi đời hơn 20 năm": an age, not a period
    if (t.word(e, "rưỡi") && q > 0 && factor == 1) {
      count = q + ".5"; // "1 năm rưỡi" = P1.5Y
      q = -1;
      e++;
    }
    // "9 tiếng đồng hồ", "15 giờ đồng hồ", "nửa giờ đồng hồ": "by the clock" belongs to the length
    if ((unit == 'h' || unit == 'm') && (t.word(j, "tiếng") || t.word(j, "giờ")) && t.word(e, "đồng")
        && t.word(e + 1, "hồ")) e += 2;
    // "3 giờ 15 phút": hours and minutes as one duration
    String minutes = "";
    if (unit == 'h' && t.num(e, 2) && t.val[e] < 60 && t.word(e + 1, "phút")) {
      minutes = t.val[e] + "M";
      e += 2;
    }
    // "7 năm 6 tháng tù", "7 năm 8 tháng 16 ngày", "1 tháng 15 ngày", "37 phút 46 giây", "2 giờ 5 phút 01 giây": the
    // smaller units written after a length belong to it, one duration
    String smaller = "";
    if (q > 0) {
      int se = smallerEnd(t, e, unit == 'h' && !minutes.isEmpty() ? 'm' : unit);
      for (int k = e; k < se; k += 2) smaller += t.val[k] + (t.word(k + 1, "tháng") ? "M" : t.word(k + 1, "ngày") ? "D" : "S");
      e = se;
    }
    // "nhiều thập niên", "vài thế kỷ": an unknown number of decades (centuries), PXDE like "hàng thập kỷ"
    String value = count.equals("X") && factor == 10 ? "PXDE" : count.equals("X") && factor == 100 ? "PXCE" : switch (unit) {
      case 'h' -> "PT" + count + "H" + minutes + smaller;
      case 'm' -> "PT" + count + "M" + smaller;
      case 's' -> "PT" + count + "S";
      default -> "P" + count + unit + smaller;
    };
    // "2 ngày/tuần", "12 giờ/ngày": a frequency, SET of the period after the slash
    // ("2 ngày / tuần", "2 ngày/ tuần": spaced slashes too)
    if (t.punct(e, '/') && t.isWord(e + 1)) {
      String per = perPeriod(t, e + 1);
      if (per != null) {
        RawTime r = RawTime.fixed(i, e + 2, "SET", per, null);
        r.unit = unit;
        return r;
      }
    }
    // "9 tháng qua", "một tuần trở lại đây", "24 giờ tới", "48 giờ tiếp theo": the deictic word belongs to the span
    if (t.word(e, "qua") || t.word(e, "tới") && !t.num(e + 1) && !tripTo(t, i, e) || t.word(e, "nữa")
        || t.word(e, "nay") && unit != 'h' && unit != 'm' && unit != 's') {
      e++;
      if (t.word(e - 1, "tới") && t.word(e, "đây")) e++; // "2 tháng tới đây", like "tới" alone
    }
    else if (t.word(e, "vừa") && (t.word(e + 1, "qua") || t.word(e + 1, "rồi")) || t.word(e, "sắp") && t.word(e + 1, "tới")
        || t.word(e, "tiếp") && t.word(e + 1, "theo") || t.word(e, "gần") && t.word(e + 1, "đây")) e += 2;
    else if (t.word(e, "trở") && t.word(e + 1, "lại") && t.word(e + 2, "đây")) e += 3;
    else if (t.word(e, "lại") && t.word(e + 1, "đây")) e += 2; // "một tuần lại đây", like "trở lại đây"
    else if (t.word(e, "trở") && t.word(e + 1, "lại") && (e + 2 >= t.n || t.isPunct(e + 2)) && unit != 'h' && unit != 'm'
        && unit != 's' && withinBefore(t, i)) e += 2; // "trong khoảng 9 tháng trở lại,": the last 9 months
    else if ((unit == 'M' || unit == 'D' || unit == 'W') && (t.word(e, "đầu") || t.word(e, "cuối"))
        && (t.word(e + 1, unit == 'M' ? "năm" : "tháng") || edgeDaysOfYear(t, i, e, unit))) {
      // "9 tháng đầu năm 2020", "10 ngày cuối tháng 4": a length counted from an edge of the period, one DURATION
      // (guidelines); the period's own year or month and a deictic word stay in the span
      boolean year = t.word(e + 1, "năm");
      e += 2;
      if (year && unit != 'M' && canChi(t, e) >= 0) {
        e += 2; // "2 ngày cuối năm Mậu Tuất": the lunar year named by its can-chi
      } else if (year ? isYearNumber(t, e) : t.num(e, 2) && t.val[e] >= 1 && t.val[e] <= 12) {
        e++;
        if (unit != 'M' && (t.punct(e, '/') || t.punct(e, '-') || t.punct(e, '.')) && t.glued(e) && isYearNumberLoose(t, e + 1))
          e += 2;
      } else if (t.word(e, "nay") || t.word(e, "ngoái") || t.word(e, "này") || t.word(e, "trước")) {
        e++;
      }
    }
    RawTime r = RawTime.fixed(i, e, "DURATION", value, null);
    r.unit = unit;
    r.q = q;
    return r;
  }

  /**
   * "ba ngày đầu năm", "10 ngày đầu năm 2018", "2 tuần cuối năm": days or weeks counted from an edge of the year are
   * one DURATION like "10 ngày cuối tháng 4"; "Một ngày đầu năm 2017, …" is some day early in the year, not a length.
   */
  private static boolean edgeDaysOfYear(Tokens t, int i, int e, char unit) {
    return unit != 'M' && t.word(e + 1, "năm") && !t.word(i, "một") && !t.word(e + 2, "học");
  }

  /**
   * The end of the smaller units written after a length of this unit ('m' also after hours and minutes): months and
   * days after years ("7 năm 6 tháng", "7 năm 8 tháng 16 ngày", "1 năm 16 ngày"), days after months, seconds after
   * minutes ("37 phút 46 giây"); e when none, or when a number or a glued word follows (a date, not a length).
   */
  private static int smallerEnd(Tokens t, int e, char unit) {
    int k = e;
    if (unit == 'Y' && unitCount(t, k, "tháng", 12)) k += 2;
    if ((unit == 'Y' || unit == 'M') && unitCount(t, k, "ngày", 31)) k += 2;
    if (unit == 'm' && unitCount(t, k, "giây", 60)) k += 2;
    if (k == e || t.num(k) || k < t.n && t.glued(k) && !t.isPunct(k)) return e;
    return k;
  }

  /**
   * "chuyến thăm 3 ngày tới Nga", "kéo dài một tuần tới Paris": "tới" at e before a capitalised name after the length
   * of a trip is "to" (the place), not "next"; the trip is named within four words before the count at i.
   */
  private static boolean tripTo(Tokens t, int i, int e) {
    if (!t.isWord(e + 1) || !t.cap[e + 1]) return false;
    for (int k = i - 1; k >= Math.max(0, i - 4); k--)
      if (t.word(k, "chuyến") || t.word(k, "thăm") || t.word(k, "du") || t.word(k, "tác") || t.word(k, "dài")) return true;
    return false;
  }

  /** "26 - 8" at j right after a part of day: a day-month written with a spaced dash, as after "ngày", or null. */
  private static RawTime spacedDate(Tokens t, int j) {
    if (!t.num(j, 2) || t.val[j] < 1 || t.val[j] > 31 || !spacedDayMonth(t, j - 1, j)) return null;
    RawTime r = new RawTime(Kind.DAY, j, j + 3);
    r.d = t.val[j];
    r.m = t.val[j + 2];
    if (dashYear(t, j + 3)) {
      r.y = t.val[j + 4]; // "sáng 5 – 7 – 2017"
      r.tokEnd = j + 5;
    }
    return r;
  }

  /**
   * "ngày 23 - 6" at i (j the day): a spaced dash then a month 1-12 with nothing after it that makes a number, a unit
   * or a slash date ("ngày 10 - 12/5" is a range), and no "từ" before "ngày" ("từ ngày 1 - 5" may be days 1 to 5) unless a year follows ("từ ngày 4 - 6-2018").
   */
  private static boolean spacedDayMonth(Tokens t, int i, int j) {
    int k = j + 3;
    return (t.punct(j + 1, '-') || t.punct(j + 1, '–')) && !t.glued(j + 1) && t.num(j + 2, 2) && !t.glued(j + 2)
        && t.val[j + 2] >= 1 && t.val[j + 2] <= 12 && (!t.word(i - 1, "từ") || dashYear(t, k)) && !t.num(k)
        && !(k < t.n && t.glued(k) && !t.isPunct(k)) && !t.punct(k, ':')
        && !(isSep(t, k) && !(t.punct(k, '.') && !(k + 1 < t.n && t.glued(k + 1))) // "sáng 15 – 11." ends a sentence
        && !dashYear(t, k)) // "ngày 14 - 6 - 1993", "ngày 4 - 6-2018": the year after a spaced day-month
        && !(t.word(k, "tháng") || t.word(k, "giờ") || t.word(k, "h") || t.word(k, "ngày") || t.word(k, "năm")
        || t.word(k, "tuổi") || t.word(k, "phút") || t.word(k, "người") || t.word(k, "triệu") || t.word(k, "tỷ"));
  }

  /**
   * "- 1993", "-2018", "– 2017" at k: a dash then a four-digit year 1900-2099 with nothing glued after it, closing a
   * full date whose separators a feed spaced ("ngày 14 - 6 - 1993", "ngày 19-5 - 2015").
   */
  private static boolean dashYear(Tokens t, int k) {
    return (t.punct(k, '-') || t.punct(k, '–')) && t.num(k + 1) && t.digits(k + 1) == 4 && t.val[k + 1] >= 1900
        && t.val[k + 1] < 2100 && !(k + 2 < t.n && t.glued(k + 2) && (t.isWord(k + 2) || t.num(k + 2)
        || isSep(t, k + 2) && k + 3 < t.n && t.glued(k + 3))); // a full stop ending the sentence may follow the year
  }

  /** A count of one or two digits at k, below max, written apart, then the unit word. */
  private static boolean unitCount(Tokens t, int k, String word, int max) {
    return t.num(k, 2) && !t.glued(k) && t.val[k] >= 1 && t.val[k] < max && t.word(k + 1, word);
  }

  private static String two(int v) { return v < 10 ? "0" + v : Integer.toString(v); }

  /** Both ends of a range whose first end borrows its year (and tense) from the second ("20/4 và 5/5/2021"); returns the token after. */
  /**
   * "tháng 7, 8 và 9", "tháng 8,9", "tháng 1, 2, 3 năm 2019" (j at the first number after "tháng"): the index of the
   * last month of a list of rising month numbers joined by commas (the last may follow "và" / "hoặc"), or -1 when the
   * list does not end like a month ("tháng 4, 9 học sinh" is a month and a count, "mỗi tháng 1,2 triệu" money).
   */
  private static int monthListLast(Tokens t, int j) {
    if (t.val[j] < 1 || t.val[j] > 11) return -1;
    int k = j;
    while (t.punct(k + 1, ',') && t.num(k + 2, 2) && t.val[k + 2] > t.val[k] && t.val[k + 2] <= 12) k += 2;
    if (k == j) return -1;
    if ((t.word(k + 1, "và") || t.word(k + 1, "hoặc")) && t.num(k + 2, 2) && t.val[k + 2] > t.val[k]
        && t.val[k + 2] <= 12) k += 2;
    int e = k + 1;
    if (e >= t.n) return k;
    if (t.isPunct(e)) {
      // "tháng 6,7/2016": a year after a slash or dash; "tháng 4, 5,5 triệu", "tháng 3, 4.000 …": no month list
      if (t.punct(e, '/') || t.punct(e, '-')) return t.glued(e) && t.glued(e + 1) && isYearNumberLoose(t, e + 1) ? k : -1;
      return t.glued(e) && e + 1 < t.n && t.glued(e + 1) && t.num(e + 1) ? -1 : k;
    }
    if (t.word(e, "năm")) return isYearNumber(t, e + 1, 1000) || t.isWord(e + 1) && YEAR_REL.containsKey(t.low[e + 1]) ? k : -1;
    return t.word(e, "tới") || t.word(e, "vừa") || t.word(e, "này") || t.word(e, "hàng") || t.word(e, "hằng")
        || t.word(e, "của") || t.word(e, "lại") || t.word(e, "là") || t.word(e, "và") || t.word(e, "hoặc") ? k : -1;
  }

  private static int addPair(List<RawTime> out, RawTime a, RawTime b) {
    a.y = b.y;
    a.yearRel = b.yearRel;
    a.forward = b.forward;
    out.add(a);
    out.add(b);
    return b.tokEnd;
  }
}
