package dev.storyline.analysis.time;

import dev.storyline.analysis.WordSet;
import static dev.storyline.analysis.time.RawTime.NO_YEAR;

import dev.storyline.analysis.time.RawTime.Kind;
import dev.storyline.model.Article;
import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Sentence;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and resolves time expressions, dates the article when it has no date, and dates each event sentence.
 *
 * <p>The text is tokenized once ({@link Tokens}: syllables, digit runs, punctuation) and matched by hand-written
 * rules over the token sequence ({@link TimeMatcher}); no regular expressions. Matches are resolved against the
 * anchor: {@code article.published()}, or the date inferred from the text when that is null.
 *
 * <h2>Value conventions (TIMEX3)</h2>
 * <ul>
 *   <li>DATE at the precision the text gives: {@code 2024-03-24}, {@code 2024-03}, {@code 2024}; weeks
 *       {@code 2024-W12}; quarters {@code 2024-Q1}; decades {@code 199} ("thập niên 1990"); centuries {@code 19}
 *       ("thế kỷ 20"); {@code PAST_REF} ("gần đây", "trước đây"), {@code PRESENT_REF} ("hiện nay", "hiện tại"),
 *       {@code FUTURE_REF} ("sắp tới"). Weekday without a day anchor: {@code XXXX-WXX-1} (1 = Monday).</li>
 *   <li>Unknown year with no anchor: {@code XXXX-03-24} / {@code XXXX-03}; relative expressions with no anchor:
 *       {@code XXXX-XX-XX}, {@code XXXX-WXX}, {@code XXXX-XX}, {@code XXXX}.</li>
 *   <li>Relative day words ("hôm nay", "hôm qua", "ngày mai") need a day-precision anchor; with a month- or
 *       year-precision anchor they get the anchor's value with mod {@code APPROX} (we know the month, not the
 *       day). Weeks likewise fall back to the anchor month with {@code APPROX}; "tháng trước" with a year anchor
 *       to the year with {@code APPROX}.</li>
 *   <li>Day/month with no year: the anchor year, moved one year back when the month is after the anchor month
 *       (past or same is the default), or one year forward when the month is before the anchor month and the
 *       sentence looks forward ("tới"/"sắp tới" after it, or "sẽ", "sắp", "dự kiến", "dự định", "hạn" before it
 *       in the same sentence). A day in the anchor month resolves to that month. "năm nay/ngoái/tới" after it
 *       sets the year relative to the anchor. A bare "ngày 20" takes the month of a date right after it
 *       ("từ ngày 20 đến ngày 22/4"), else the anchor's month (dropped with no month anchor). Ranges "20-22/3" give
 *       two DATEs ("20" and "22/3").</li>
 *   <li>"đầu/giữa/cuối" (and "thượng/trung/hạ tuần") set mod START/MID/END on the date they precede; alone
 *       before "năm/tháng/tuần" they mean the current one.</li>
 *   <li>TIME: {@code 2024-03-24T09:30}, or a part of day {@code 2024-03-24TMO} (MO, MI, AF, EV, NI); a clock with
 *       no date: {@code XXXX-XX-XXT09:30}.</li>
 *   <li>DURATION {@code P3Y}, {@code P10Y} ("một thập kỷ"), {@code PXM} ("vài tháng"), {@code PT24H}; mods
 *       LESS_THAN ("chưa đầy", "dưới"), MORE_THAN ("hơn", "trên"), APPROX ("khoảng", "gần"), EQUAL_OR_MORE
 *       ("ít nhất"), EQUAL_OR_LESS ("không quá"). "3 năm trước" / "cách đây 3 năm" is a DATE (anchor - 3 y);
 *       "cách đây hơn 50 năm" gets mod BEFORE, "cách đây chưa đầy 2 năm" AFTER.</li>
 *   <li>SET: {@code P1D} ("mỗi ngày", "hằng ngày", "40 ca một ngày"), {@code P1Y} ("hằng năm", "thường niên");
 *       timetable weekdays ("từ thứ 2 đến thứ 6", "các ngày thứ 7") {@code XXXX-WXX-1}.</li>
 *   <li>Ranges give each end ("2-3 năm" → "2" P2Y + "3 năm"; "từ 6 - 8 giờ tối" → "6" T18:00 + "8 giờ tối").
 *       "(sáng) hôm sau": the day after the last day written about.</li>
 *   <li>Impossible dates ("31/2", "tháng 13") are dropped, never emitted with a guessed value.</li>
 * </ul>
 *
 * <h2>Publication date</h2>
 * Given: used as is, evidence "given". Otherwise inferred ({@code inferred = true}) from, in order: "hôm nay"
 * followed by a day-month (its year from the latest explicit year, raised past any year that "năm nay" is
 * compared with, "năm nay … so với năm 2023"); else the latest explicit year-bearing date outside forward-looking
 * sentences, moved forward by later yearless day-month mentions (a month earlier than that date's month belongs to
 * the next year), at month precision. Dates after "đến/tới/trước" (targets, deadlines) are not evidence, and a
 * bare year alone is not either (mostly history). Nothing found: null, evidence "none".
 *
 * <h2>Event times</h2>
 * For each sentence: among its DATE/TIME expressions with a concrete calendar value (ISO year/month/day, optionally
 * with a time), skipping PAST_REF/PRESENT_REF/FUTURE_REF, weeks, quarters and decades, and skipping dates inside a
 * "từ …"/"kể từ …" background clause when the sentence has another date: the first day-precision one, else the
 * first one. With none, the publication date (time = -1) when it is known; otherwise the sentence has no event time.
 * An undated sentence that reports no dated event (a plan with no date, "từng" background, a generic or quoted
 * statement, a question, a byline or heading; see reportsNoEvent) keeps that date but is marked
 * ({@code EventTime.reportsEvent()} false).
 */
public final class TemporalAnalyzer {
  private final TimeMatcher matcher = new TimeMatcher();

  public TemporalResult analyze(Article article, List<Sentence> sentences) {
    String text = article.text();
    Tokens t = new Tokens(text);
    List<RawTime> raws = matcher.match(t);
    SentenceCues cues = annotateContext(t, raws, sentences);
    borrowMonthForBareDays(raws);
    borrowYearFromRangeEnd(t, raws);
    beforeThat(t, raws);

    PartialDate anchor = article.published();
    boolean inferred = false;
    String evidence;
    if (anchor != null) {
      evidence = "given";
    } else {
      Inference inf = infer(t, raws);
      if (inf != null) {
        anchor = inf.date;
        inferred = true;
        evidence = inf.evidence;
      } else {
        evidence = "none";
      }
    }

    List<TimeExpression> times = new ArrayList<>(raws.size());
    List<Integer> sentenceOf = new ArrayList<>(raws.size());
    List<Boolean> backgroundOf = new ArrayList<>(raws.size());
    // the day the text is talking about: the last day-precision expression so far ("cùng ngày" takes it), and
    // for a clock time with no date of its own, a dated expression in the same sentence
    LocalDate lastDay = null;
    // the last day told about for "cùng ngày" / "hôm sau": a coming day with "tới" after it ("vào 1-10 tới", "trước ngày
    // 20-4 tới") is a plan or a deadline, not the day the report keeps to ("Trước đó, trưa cùng ngày …", round 26)
    LocalDate lastToldDay = null;
    int lastDaySentence = -9;
    int prevYear = NO_YEAR; // the year of the previous expression's value, for a coordinated partner
    int lastYear = NO_YEAR; // the year of the last expression whose value has one ("tháng 8 cùng năm" takes it)
    int frameYear = NO_YEAR; // "Năm 2018, …" / "Năm ngoái, …" opening a sentence: the year its yearless dates are in
    int frameSentence = -1;
    int undatedClock = -1; // the raw index of the last clock time resolved with no day ("từ 22h …")
    for (int k = 0; k < raws.size(); k++) {
      RawTime r = raws.get(k);
      if (r.sameYear && r.y == NO_YEAR && lastYear != NO_YEAR) r.y = lastYear;
      if (k > 0 && prevYear != NO_YEAR && coordinatedYearless(t, raws.get(k - 1), r))
        r.y = r.m < raws.get(k - 1).m ? prevYear + 1 : prevYear; // "tháng 6 và tháng 7", "tháng 12 và tháng 1"
      if (r.yearRel == 1 && k > 0 && prevYear != NO_YEAR && followingYearRangeEnd(t, raws.get(k - 1), r)) {
        r.y = prevYear + 1; // "từ ngày 1/9 năm trước đến 31/8 năm sau": the year after the start's
        r.yearRel = NO_YEAR;
      }
      if (frameSentence == r.sentence && r.y == NO_YEAR && r.yearRel == NO_YEAR && r.m > 0 && !r.lunar && !r.generic
          && !r.forwardWord && !r.backWord && (r.kind == Kind.DAY || r.kind == Kind.MONTH)) r.y = frameYear;
      if (r.kind == Kind.DAY && r.y == NO_YEAR && r.yearRel == NO_YEAR && !r.lunar && !r.generic && r.m > 0 && r.d > 0
          && lastDay != null && anchor != null && anchor.day() != 0 && lastDay.getYear() < anchor.year()
          && PartialDate.isValid(lastDay.getYear(), r.m, r.d) && PartialDate.isValid(anchor.year(), r.m, r.d)
          && LocalDate.of(anchor.year(), r.m, r.d).toEpochDay() - anchor.start().toEpochDay() > 31) {
        // "ngày 21/12/2015, … Ngày 23/12, …" published in June 2016: a yearless day over a month ahead of the
        // publication date and a few days after a date of an earlier year, in a text recounting that time, is in that
        // year (not in the publication year's December)
        long ahead = LocalDate.of(lastDay.getYear(), r.m, r.d).toEpochDay() - lastDay.toEpochDay();
        if (ahead >= 0 && ahead <= 31) r.y = lastDay.getYear();
      }
      Resolved v;
      if (r.sameDay) {
        // "cùng ngày": the day last written about, however far back (a report keeps to its day: "Sáng 30/4 …" then,
        // paragraphs later, "chiều cùng ngày"); with no day written before it, the anchor day (the date is often in
        // a title or lead the text lacks; dropping such spans cost more than the odd event-anchored "cùng ngày").
        // "hôm sau" (off 1): the day after the last date written about, however far back; else after the anchor.
        LocalDate d = lastToldDay != null ? lastToldDay : anchor != null && anchor.day() != 0 ? anchor.start() : null;
        if (d != null) d = d.plusDays(r.off);
        if (r.off == 1 && r.hour >= 0 && k > 0 && undatedClock == k - 1 && untilAfter(t, raws.get(k - 1), r))
          v = new Resolved("XXXX-XX-XX" + clock(r), r.mod); // "từ 22h đến 5h sáng hôm sau": no day either (round 33)
        else
          v = d == null ? resolve(r, anchor) : new Resolved(PartialDate.of(d).iso() + (r.hasTime() ? clock(r) : ""), r.mod);
      } else if (r.kind == Kind.CLOCK) {
        LocalDate d = clockDay(raws, k, anchor, lastDay != null && r.sentence - lastDaySentence <= 0 ? lastDay : null);
        if (d == null && r.hour < 0) continue; // a bare part of day of a range with no day in its sentence: idiom
        v = d == null ? resolve(r, anchor) : new Resolved(PartialDate.of(d).iso() + clock(r), r.mod);
      } else {
        v = resolve(r, anchor);
      }
      prevYear = v == null ? NO_YEAR : leadingYear(v.value);
      if (prevYear != NO_YEAR) lastYear = prevYear;
      if (v != null && v.value.length() == 4 && prevYear != NO_YEAR && v.mod == null && opensSentenceWithComma(t, r)) {
        frameYear = prevYear;
        frameSentence = r.sentence;
      }
      if (v == null) continue;
      if (r.hour >= 0 && v.value.startsWith("XXXX-XX-XXT")) undatedClock = k;
      if (v.value.length() >= 10 && v.value.charAt(0) != 'X' && v.value.charAt(4) == '-' && v.value.charAt(7) == '-'
          && !"SET".equals(r.type) && !(r.sameDay && r.off < 0)) { // "so với ngày trước đó" compares: no new day told
        LocalDate d = PartialDate.parseIso(v.value).filter(p -> p.day() != 0).map(PartialDate::start).orElse(null);
        if (d != null) {
          lastDay = d;
          lastDaySentence = r.sentence;
          if (!r.forwardWord) lastToldDay = d;
        }
      }
      // "lượt thứ 4 ngày 12/3" (a Saturday), "vòng bầu cử thứ hai ngày 22.5" (a Sunday): a "weekday" the date
      // contradicts is an ordinal of the noun before it, so the span starts at the date
      if (r.dateTok > r.tokStart && r.dow > 0 && !weekdayFits(v.value, r.dow)) r.tokStart = r.dateTok;
      int s = t.start[r.tokStart];
      int e = t.end[r.tokEnd - 1];
      times.add(new TimeExpression(s, e, text.substring(s, e), TimeType.valueOf(r.type), v.value, v.mod));
      sentenceOf.add(r.sentence);
      backgroundOf.add(r.background);
    }
    List<EventTime> events = eventTimes(t, sentences, times, sentenceOf, backgroundOf, anchor, cues);
    return new TemporalResult(anchor, inferred, evidence, times, events);
  }

  /** "từ 22h đến 5h sáng hôm sau": r right after prev in its sentence, "đến" or "tới" between them. */
  private static boolean untilAfter(Tokens t, RawTime prev, RawTime r) {
    return prev.sentence == r.sentence && r.tokStart == prev.tokEnd + 1
        && (t.word(prev.tokEnd, "đến") || t.word(prev.tokEnd, "tới"));
  }

  /**
   * "tháng 6 và tháng 7", "ngày 30/4, 1/5": a yearless month or day-month right after one of the same kind, joined by
   * "và", "hoặc", "đến (hết)", "tới (hết)", a comma or a dash, takes its partner's year (the pair is one period in the
   * text),
   * rather than each being placed in a year on its own.
   */
  private static boolean coordinatedYearless(Tokens t, RawTime prev, RawTime r) {
    if (r.y != NO_YEAR || r.yearRel != NO_YEAR || r.lunar || r.generic || r.m == 0 || prev.m == 0) return false;
    if (!(r.kind == Kind.MONTH && prev.kind == Kind.MONTH || r.kind == Kind.DAY && prev.kind == Kind.DAY)) return false;
    if (prev.lunar || prev.generic || prev.sentence != r.sentence) return false;
    // "từ 1/7 tới, hôm 20/2 ông nói …": a "hôm" date is a day gone by, no partner of the date before the comma
    if (t.word(r.tokStart, "hôm") && t.num(r.tokStart + 1)) return false;
    int c = prev.tokEnd;
    // "từ 10-4 đến hết 31-12": the end of a range, "hết" (through) between
    if (r.tokStart - c == 2 && (t.word(c, "đến") || t.word(c, "tới")) && t.word(c + 1, "hết")) return true;
    if (r.tokStart - c != 1) return false;
    return t.word(c, "và") || t.word(c, "hoặc") || t.word(c, "đến") || t.word(c, "tới") || t.punct(c, ',')
        || t.punct(c, '-') || t.punct(c, '–');
  }

  /**
   * "từ ngày 1/9 năm trước đến 31/8 năm sau", "từ tháng 11/2016 đến tháng 4 năm sau": "năm sau" (the following year)
   * at the end of a range counts from the year of the range's start, joined to it by "đến", "tới" or a dash.
   */
  private static boolean followingYearRangeEnd(Tokens t, RawTime prev, RawTime r) {
    if (!t.word(r.tokEnd - 1, "sau") || !t.word(r.tokEnd - 2, "năm") || prev.sentence != r.sentence) return false;
    if (prev.kind != Kind.MONTH && prev.kind != Kind.DAY || r.kind != Kind.MONTH && r.kind != Kind.DAY) return false;
    int c = prev.tokEnd;
    return r.tokStart - c == 1 && (t.word(c, "đến") || t.word(c, "tới") || t.punct(c, '-') || t.punct(c, '–'));
  }

  /**
   * "Năm 2018, chỉ số … vào ngày 9-4", "Năm ngoái, vào tháng 5-6, …": a year (or a year word) opening its sentence before
   * a comma frames the sentence, whose yearless days and months are in that year rather than placed by the
   * publication date. The year must be the sentence's first token (after an opening quote at most).
   */
  private static boolean opensSentenceWithComma(Tokens t, RawTime r) {
    if (r.kind != Kind.YEAR && r.kind != Kind.REL || !t.word(r.tokStart, "năm") || !t.punct(r.tokEnd, ',')) return false;
    int c = t.start[r.tokStart] - 1;
    while (c >= 0 && (t.text.charAt(c) == ' ' || t.text.charAt(c) == '\u0022' || t.text.charAt(c) == '\u201C')) c--;
    return c < 0 || t.text.charAt(c) == '.' || t.text.charAt(c) == '\n' || t.text.charAt(c) == '!'
        || t.text.charAt(c) == '?';
  }

  /** The 4-digit year a value starts with ("2016-07" → 2016), or NO_YEAR ("XXXX-07", "P3Y", "PAST_REF"). */
  private static int leadingYear(String v) {
    if (v.length() < 4) return NO_YEAR;
    int y = 0;
    for (int i = 0; i < 4; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') return NO_YEAR;
      y = y * 10 + (c - '0');
    }
    return v.length() == 4 || v.charAt(4) == '-' || v.charAt(4) == 'T' ? y : NO_YEAR;
  }

  /**
   * The day of a clock time written without one ("từ 6h sáng", "lúc 8h30"): a dated expression of the same sentence
   * within a few tokens ("từ 1 giờ đến 3 giờ sáng ngày 9/6"), else a day written earlier in the same sentence
   * ("Sáng nay, … lúc 8h30"). Null leaves XXXX-XX-XX: the guidelines do not guess the day.
   */
  private static LocalDate clockDay(List<RawTime> raws, int k, PartialDate anchor, LocalDate sameSentenceDay) {
    RawTime r = raws.get(k);
    for (int j = k + 1; j < raws.size() && j <= k + 2; j++) {
      RawTime n = raws.get(j);
      if (n.sentence != r.sentence || n.tokStart - r.tokEnd > 4) break;
      if (n.kind == Kind.DAY && n.m > 0) {
        Resolved v = resolve(n, anchor);
        if (v != null) {
          Optional<PartialDate> p = PartialDate.parseIso(v.value);
          if (p.isPresent() && p.get().day() != 0) return p.get().start();
        }
      }
    }
    return sameSentenceDay;
  }

  // ---- context: sentence, tense, background ---------------------------------------------------------

  /** Per sentence, the CUE_ bits of its words and the index of its first token (-1: none). */
  private record SentenceCues(int[] bits, int[] firstToken) {}

  private static SentenceCues annotateContext(Tokens t, List<RawTime> raws, List<Sentence> sentences) {
    // per token: sentence index and whether a forward cue was seen earlier in that sentence
    int[] sentOf = new int[t.n];
    // per sentence: the CUE_ bits of its words and its first token (event times)
    int[] cues = new int[sentences.size()], firstToken = new int[sentences.size()];
    java.util.Arrays.fill(firstToken, -1);
    boolean[] cueBefore = new boolean[t.n];
    boolean[] pastBefore = new boolean[t.n];
    boolean past = false;
    int si = 0;
    boolean cue = false;
    int lastSent = -2;
    for (int k = 0; k < t.n; k++) {
      while (si < sentences.size() && sentences.get(si).end() <= t.start[k]) si++;
      int sent = si < sentences.size() && sentences.get(si).start() <= t.start[k] ? si : -1;
      if (sent != lastSent) {
        cue = false;
        past = false;
        lastSent = sent;
      }
      sentOf[k] = sent;
      if (sent >= 0 && firstToken[sent] < 0) firstToken[sent] = k;
      cueBefore[k] = cue;
      pastBefore[k] = past;
      if (sent >= 0 && t.kind[k] == Tokens.PUNCT) {
        char c = t.ch(k);
        // "… bà Lan nói thêm: "Tôi …": a colon opening a quote introduces what someone said
        if (c == ':' && (t.punct(k + 1, '\u0022') || t.punct(k + 1, '\u201C'))) cues[sent] |= CUE_SPEECH;
        if (c == '\u0022' || c == '\u201C' || c == '\u201D') {
          cues[sent] ^= CUE_QUOTES_ODD;
          if (firstToken[sent] == k) cues[sent] |= CUE_OPENS_WITH_QUOTE;
        }
      }
      if (t.kind[k] == Tokens.WORD) {
        String w = t.low[k];
        if (sent >= 0 && !w.isEmpty()) cues[sent] |= eventCue(t, k, w, firstToken[sent]);
        // "hạn", "thời hạn" (deadline: "hạn nộp là ngày 30/6") look forward; "kỳ hạn", "giới hạn", "hạn chế", "hạn
        // hán" (a deposit's term, limit, restrict, drought) say nothing about tense
        if (w.equals("sẽ") || w.equals("sắp") || w.equals("hạn") && !t.word(k - 1, "kỳ") && !t.word(k - 1, "giới")
            && !t.word(k + 1, "chế") && !t.word(k + 1, "hán")
            || (w.equals("dự") && (t.word(k + 1, "kiến") || t.word(k + 1, "định")))) cue = true;
        if (w.equals("đã") || w.equals("hồi") && pastHoi(t, k) || w.equals("từng") && !unitAfter(t, k)) past = true;
      }
    }
    RawTime prev = null;
    for (RawTime r : raws) {
      r.sentence = sentOf[r.tokStart];
      // "hôm 20/1" is a day gone by (guidelines, round 10): a future cue earlier in the sentence ("ông A, người sẽ
      // nhận chức, hôm 2/3 nói …") does not move it on a year
      if (cueBefore[r.tokStart] && !(r.kind == Kind.DAY && r.m > 0 && t.word(r.tokStart, "hôm")
          && t.num(r.tokStart + 1))) r.forward = true;
      if (pastBefore[r.tokStart]) r.past = true;
      int before = r.tokStart - 1;
      if (t.word(before, "vào") || t.word(before, "năm")) before--;
      r.target = t.word(before, "đến") || t.word(before, "tới") || t.word(before, "trước");
      r.deadline = t.word(before, "trước") && !t.word(before - 1, "từ");
      // background clause: "từ"/"kể từ" earlier in the same clause
      for (int k = r.tokStart - 1, steps = 0; k >= 0 && steps < 12 && sentOf[k] == r.sentence; k--, steps++) {
        if (t.kind[k] == Tokens.PUNCT && (t.ch(k) == ',' || t.ch(k) == ';' || t.ch(k) == ':')) break;
        if (t.word(k, "từ")) {
          r.background = true;
          break;
        }
      }
      if (!r.past && !r.forward && (r.kind == Kind.DAY || r.kind == Kind.MONTH) && r.m > 0 && pastDay(t, r, sentOf))
        r.past = true;
      if (r.kind == Kind.MONTH && r.m > 0 && r.y == NO_YEAR && r.yearRel == NO_YEAR && !r.generic && !r.forwardWord
          && !r.backWord && (everyYearBefore(t, r, sentOf) || prev != null && prev.generic && prev.kind == Kind.MONTH
          && prev.sentence == r.sentence && r.tokStart - prev.tokEnd <= 2)) r.generic = true; // "… đến tháng 4" too
      prev = r;
    }
    return new SentenceCues(cues, firstToken);
  }

  // ---- cues of "no event" (event times, round ev2), one bit per kind of word a sentence holds ----------
  static final int CUE_FUTURE = 1; // "sẽ", "sắp", "dự kiến", "dự định"
  static final int CUE_TOLD = 2; // "đã", "vừa", "đang": something done or going on
  static final int CUE_ONCE = 4; // "từng" (once, before): undated background
  static final int CUE_SPEECH = 8; // "nói", "cho biết", "cho hay", "rằng", "thông báo", "phát biểu", "kể lại"
  static final int CUE_FIRST_PERSON = 16; // "tôi", "mình"
  static final int CUE_COPULA = 32; // "là"
  static final int CUE_QUOTES_ODD = 64; // an odd number of straight or curly double quotes
  static final int CUE_OPENS_WITH_QUOTE = 128; // the sentence's first token is a double quote
  static final int CUE_GENERIC = 256; // "thường" (usually; not "bình thường"), "có thể" (can)
  static final int CUE_NOW = 512; // "hiện" (now: "hiện nay", "hiện đang", "Hiện tại,"; not "hiện trường", "thực hiện")

  /** The CUE_ bit of word w (token k, a vocabulary word; its sentence's first token first), or 0. */
  private static int eventCue(Tokens t, int k, String w, int first) {
    return switch (w) {
      case "sẽ", "sắp" -> CUE_FUTURE;
      case "dự" -> t.word(k + 1, "kiến") || t.word(k + 1, "định") ? CUE_FUTURE : 0;
      case "đã", "vừa", "đang" -> CUE_TOLD;
      case "hiện" -> now(t, k, first) ? CUE_NOW : 0;
      case "từng" -> once(t, k, first) ? CUE_ONCE : 0;
      case "nói" -> CUE_SPEECH;
      // "…", bà Lan kể. / kể lại / kể với: told; not "kể từ", "kể cả", "đáng kể"
      case "kể" -> t.word(k + 1, "lại") || t.word(k + 1, "với") || t.isPunct(k + 1) && k > first && t.isWord(k - 1)
          && (t.cap[k - 1] || ONCE_BEFORE.contains(t.low[k - 1])) ? CUE_SPEECH : 0;
      case "cho" -> t.word(k + 1, "biết") || t.word(k + 1, "hay") ? CUE_SPEECH : 0;
      case "rằng" -> CUE_SPEECH; // "cho rằng", "nghi ngờ rằng", "tin rằng": a saying or a thought reported
      case "thông" -> t.word(k + 1, "báo") ? CUE_SPEECH : 0;
      case "phát" -> t.word(k + 1, "biểu") ? CUE_SPEECH : 0;
      case "tôi", "mình" -> CUE_FIRST_PERSON;
      // not "bình thường" (normal), nor after a word the tokenizer does not know ("bồi thường", "bất thường")
      case "thường" -> t.word(k - 1, "bình") || k > first && t.isWord(k - 1) && t.low[k - 1].isEmpty() ? 0 : CUE_GENERIC;
      case "có" -> t.word(k + 1, "thể") ? CUE_GENERIC : 0;
      case "là" -> CUE_COPULA;
      default -> 0;
    };
  }

  /**
   * "Hàng năm, từ tháng 7 đến tháng 10, …", "Hằng năm từ tháng 3 tới tháng 5, hồ …": a yearless month
   * a few words after "hàng năm" / "hằng năm" / "mỗi năm" in its sentence is the month of any year (guidelines, round
   * 21: a generic month in a statement of what happens every year is XXXX), like "tháng 6 hàng năm". At most 12 tokens
   * back, within the sentence; the caller passes it on to the other end of a range or a pair.
   */
  private static boolean everyYearBefore(Tokens t, RawTime r, int[] sentOf) {
    for (int k = r.tokStart - 1, steps = 0; k > 0 && steps < 12 && sentOf[k] == r.sentence; k--, steps++) {
      if (t.word(k, "năm") && (t.word(k - 1, "hàng") || t.word(k - 1, "hằng") || t.word(k - 1, "mỗi"))) return true;
    }
    return false;
  }

  /**
   * A written day-month told in the past though no "đã" comes before it: "hôm 23-8" ("hôm" + a date is a day gone
   * by), "Trước đó, ngày 4/8", or "đã" after it in its sentence before any future cue ("ngày 28/11, trường đã họp").
   * Not for targets and deadlines ("đến ngày 30/6", "trước ngày 1/7") nor after "từ".
   */
  private static boolean pastDay(Tokens t, RawTime r, int[] sentOf) {
    if (r.target || r.deadline || r.background) return false;
    int s = r.tokStart;
    if (t.word(s, "hôm")) return true;
    int b = t.word(s - 1, "vào") ? s - 1 : s; // "Trước đó, vào tháng 8": "vào" before the date
    if (t.punct(b - 1, ',') && t.word(b - 2, "đó") && t.word(b - 3, "trước")) return true;
    for (int k = r.tokEnd, steps = 0; k < t.n && steps < 12 && sentOf[k] == r.sentence; k++, steps++) {
      if (t.kind[k] != Tokens.WORD) continue;
      String w = t.low[k];
      if (w.equals("sẽ") || w.equals("sắp") || w.equals("dự") || w.equals("từ") || w.equals("đến")) return false;
      if (w.equals("đã")) return true;
    }
    return false;
  }

  /**
   * "hồi" is the past preposition ("hồi tháng 3", "hồi đầu năm", "hồi 2014", "hồi đó") only before a time word or a
   * number; in "phục hồi", "hồi phục", "hồi hương" it is part of another word and says nothing about tense.
   */
  private static boolean pastHoi(Tokens t, int k) {
    int n = k + 1;
    return t.num(n) || t.isWord(n) && PAST_HOI_NEXT.contains(t.low[n]);
  }

  private static final Set<String> PAST_HOI_NEXT = WordSet.of(
      "tháng", "năm", "ngày", "hôm", "đầu", "giữa", "cuối", "tuần", "sáng", "trưa", "chiều", "tối", "đêm", "rạng", "thứ",
      "chủ", "quý", "mùa", "xuân", "hè", "thu", "đông", "trước", "đó", "còn", "tết", "mùng");

  /** "từng ngày", "từng tháng": "từng" before a unit is "each", not the past marker "từng" (ever). */
  private static boolean unitAfter(Tokens t, int k) {
    return t.word(k + 1, "ngày") || t.word(k + 1, "tháng") || t.word(k + 1, "năm") || t.word(k + 1, "tuần")
        || t.word(k + 1, "giờ") || t.word(k + 1, "phút") || t.word(k + 1, "quý") || t.word(k + 1, "lần");
  }

  /** "từ ngày 20 đến ngày 22/4": a day without a month takes the month (and year) of the date right after it. */
  private static void borrowMonthForBareDays(List<RawTime> raws) {
    // from the end, so that in "ngày 10, 11 và 12/4" the 11 takes April first and then passes it to the 10
    for (int k = raws.size() - 2; k >= 0; k--) {
      RawTime r = raws.get(k);
      if (r.kind != Kind.DAY || r.m != 0) continue;
      RawTime next = raws.get(k + 1);
      if (next.kind == Kind.DAY && next.m != 0 && next.sentence == r.sentence && next.tokStart - r.tokEnd <= 3
          && next.d > r.d) {
        r.m = next.m;
        r.y = next.y;
        r.yearRel = next.yearRel;
        r.forward = next.forward;
        r.lunar = next.lunar; // "ngày 27 tới 30 tháng Chạp": the first end is a lunar day too
        r.canChi = next.canChi;
      }
    }
  }

  /**
   * "từ tháng 6 đến tháng 9/2016", "ngày 30/4 và 1/5/2016": a yearless first end takes the year written on the second
   * (the year before when its month comes later: "từ tháng 11 đến tháng 2/2021" starts in 2020), instead of the year
   * the publication date would give it alone. A year word on the second end ("từ tháng 9, tháng 10 năm ngoái",
   * "tháng 12 và tháng 1 năm nay") is passed back the same way, as a year counted from the publication date. From the
   * end, so a list passes the year back.
   */
  private static void borrowYearFromRangeEnd(Tokens t, List<RawTime> raws) {
    for (int k = raws.size() - 2; k >= 0; k--) {
      RawTime r = raws.get(k);
      RawTime n = raws.get(k + 1);
      if (r.y != NO_YEAR || r.yearRel != NO_YEAR || r.lunar || r.generic || r.forward || r.m == 0) continue;
      if (!(r.kind == Kind.DAY || r.kind == Kind.MONTH) || !(n.kind == Kind.DAY || n.kind == Kind.MONTH)) continue;
      if (n.y == NO_YEAR && n.yearRel == NO_YEAR || n.m == 0 || n.lunar || n.sentence != r.sentence) continue;
      int c = r.tokEnd;
      int gap = n.tokStart - c;
      boolean link = gap == 1 && (t.word(c, "đến") || t.word(c, "tới") || t.word(c, "và") || t.word(c, "hoặc")
          || t.punct(c, ',') || t.punct(c, '-') || t.punct(c, '–'))
          || gap == 2 && (t.word(c, "đến") || t.word(c, "tới")) && t.word(c + 1, "hết");
      if (!link) continue;
      // "từ tháng 9, tháng 10 năm ngoái", "tháng 12 và tháng 1 năm nay": a year word at the end counts for the start too
      if (n.y == NO_YEAR) r.yearRel = r.m > n.m ? n.yearRel - 1 : n.yearRel;
      else r.y = r.m > n.m ? n.y - 1 : n.y;
    }
  }

  /**
   * "trong tuần qua … so với tuần trước đó": "trước đó" counts back from the period of the same unit named earlier in
   * the sentence (the week before last week), not from the publication date; with none, it stays the period before
   * the publication date. After a year, a month or a quarter written with its year ("năm 2016 tăng 8% so với năm
   * trước đó", "quý 3-2017 … quý trước đó") it is the one before that (2015, 2017-Q2), unless that one follows "kể
   * từ" (since).
   */
  private static void beforeThat(Tokens t, List<RawTime> raws) {
    for (int k = 1; k < raws.size(); k++) {
      RawTime r = raws.get(k);
      if (!r.beforeThat || r.kind != Kind.REL) continue;
      for (int j = k - 1; j >= 0 && raws.get(j).sentence == r.sentence; j--) {
        RawTime p = raws.get(j);
        if (p.kind == Kind.REL && p.unit == r.unit && !p.sameDay) {
          r.off = p.off - 1;
          break;
        }
        if (r.unit == 'Y' && p.kind == Kind.YEAR || r.unit == 'M' && p.kind == Kind.MONTH
            || r.unit == 'Q' && p.kind == Kind.QUARTER) {
          // "lần đầu kể từ năm 2010, GDP tăng mạnh hơn năm trước đó": the year after "kể từ" (since) is not the one
          if (t.word(p.tokStart - 1, "từ") && t.word(p.tokStart - 2, "kể")) continue;
          if (p.y != NO_YEAR && p.season == null && !p.generic && !p.lunar && p.weekOfMonth == 0 && p.half == 0)
            raws.set(k, periodBefore(r, p));
          break;
        }
      }
    }
  }

  /** The year, month or quarter before p, spanning r's tokens. */
  private static RawTime periodBefore(RawTime r, RawTime p) {
    RawTime b = new RawTime(p.kind, r.tokStart, r.tokEnd);
    b.y = p.y;
    b.m = p.m;
    b.q = p.q;
    if (p.kind == Kind.YEAR) b.y--;
    else if (p.kind == Kind.MONTH && --b.m == 0) {
      b.m = 12;
      b.y--;
    } else if (p.kind == Kind.QUARTER && --b.q == 0) {
      b.q = 4;
      b.y--;
    }
    b.sentence = r.sentence;
    b.background = r.background;
    b.target = r.target;
    b.past = r.past;
    return b;
  }

  // ---- publication date inference -----------------------------------------------------------------

  private record Inference(PartialDate date, String evidence) {}

  private static Inference infer(Tokens t, List<RawTime> raws) {
    PartialDate latest = null;
    String latestText = null;
    for (RawTime r : raws) {
      if (r.forward || r.target || r.y == NO_YEAR) continue;
      if (r.kind != Kind.DAY && r.kind != Kind.MONTH && r.kind != Kind.YEAR && r.kind != Kind.QUARTER) continue;
      Optional<PartialDate> p = r.kind == Kind.DAY ? PartialDate.tryOf(r.y, r.m, r.d)
          : r.kind == Kind.MONTH ? PartialDate.tryOf(r.y, r.m, 0)
          : r.kind == Kind.QUARTER ? PartialDate.tryOf(r.y, r.q * 3 - 2, 0) : PartialDate.tryOf(r.y, 0, 0);
      if (p.isEmpty() || r.m > 0 && r.d > 0 && p.get().precision() != PartialDate.Precision.DAY) continue;
      if (latest == null || p.get().end().isAfter(latest.end())
          || p.get().end().equals(latest.end()) && p.get().precision().compareTo(latest.precision()) > 0) {
        latest = p.get();
        latestText = spanText(t, r);
      }
    }
    int lowerBound = yearComparedWithThisYear(t);

    for (RawTime r : raws) {
      if (!r.today || r.kind != Kind.DAY) continue;
      int y;
      if (r.y != NO_YEAR) y = r.y;
      else if (latest != null) {
        y = latest.year();
        if (latest.month() != 0 && (r.m < latest.month() || r.m == latest.month() && latest.day() != 0 && r.d < latest.day()))
          y++;
      } else if (lowerBound != NO_YEAR) y = lowerBound;
      else continue;
      if (lowerBound != NO_YEAR && y < lowerBound) y = lowerBound;
      Optional<PartialDate> p = PartialDate.tryOf(y, r.m, r.d);
      if (p.isEmpty()) continue;
      String ev = "\"" + spanText(t, r) + "\"" + (latest != null ? " with latest year " + latest.year() : "")
          + (lowerBound != NO_YEAR ? ", this year after " + (lowerBound - 1) : "");
      return new Inference(p.get(), ev);
    }
    if (latest == null) return lowerBound == NO_YEAR ? null
        : new Inference(PartialDate.ofYear(lowerBound), "\"năm nay\" compared with " + (lowerBound - 1));
    PartialDate best = latest;
    String bestText = latestText;
    if (latest.month() != 0 || latest.precision() == PartialDate.Precision.YEAR) {
      for (RawTime r : raws) {
        if (r.forward || r.y != NO_YEAR || r.yearRel != NO_YEAR || r.m == 0) continue;
        if (r.kind != Kind.DAY && r.kind != Kind.MONTH) continue;
        int y = latest.year();
        if (latest.month() != 0 && r.m < latest.month()) y++;
        PartialDate cand = PartialDate.ofMonth(y, r.m);
        if (cand.end().isAfter(best.end())) {
          best = cand;
          bestText = latestText + "\" then \"" + spanText(t, r);
        }
      }
    }
    if (best.precision() == PartialDate.Precision.DAY) best = PartialDate.ofMonth(best.year(), best.month());
    if (lowerBound != NO_YEAR && best.year() < lowerBound) best = PartialDate.ofYear(lowerBound);
    // a bare year is usually history ("năm 2003"), not the writing date: on real news it named the right year
    // for about a fifth of articles, so it is no evidence
    else if (best.precision() == PartialDate.Precision.YEAR) return null;
    return new Inference(best, "latest date \"" + bestText + "\"");
  }

  /** "năm nay … so với năm 2023": this year is at least 2024. NO_YEAR when the text has no such phrase. */
  private static int yearComparedWithThisYear(Tokens t) {
    int bound = NO_YEAR;
    for (int k = 1; k < t.n; k++) {
      if (!(t.word(k, "nay") && t.word(k - 1, "năm"))) continue;
      for (int j = k + 1; j < t.n && j < k + 8; j++) {
        if (t.word(j, "so") && t.word(j + 1, "với")) {
          int y = t.word(j + 2, "năm") ? j + 3 : j + 2;
          if (t.num(y) && t.digits(y) == 4 && t.val[y] >= 1900 && t.val[y] < 2199)
            bound = Math.max(bound, t.val[y] + 1);
          break;
        }
      }
    }
    return bound;
  }

  private static String spanText(Tokens t, RawTime r) {
    return t.text.substring(t.start[r.tokStart], t.end[r.tokEnd - 1]);
  }

  // ---- resolution ---------------------------------------------------------------------------------

  private record Resolved(String value, String mod) {}

  /** Whether a resolved full date (yyyy-mm-dd…) falls on weekday dow (1 = Monday); true when the value has no day. */
  private static boolean weekdayFits(String value, int dow) {
    if (value.length() < 10 || value.charAt(0) == 'X' || value.charAt(4) != '-' || value.charAt(7) != '-') return true;
    return PartialDate.parseIso(value.substring(0, 10)).filter(p -> p.day() != 0)
        .map(p -> p.start().getDayOfWeek().getValue() == dow).orElse(true);
  }

  private static Resolved resolve(RawTime r, PartialDate anchor) {
    if (r.canChi >= 0 && r.y == NO_YEAR && anchor != null) r.y = cycleYear(r.canChi, anchor.year());
    if (r.kind == Kind.YEAR && r.season != null && r.y == NO_YEAR && r.yearRel != NO_YEAR && anchor != null)
      r.y = anchor.year() + r.yearRel; // "mùa hè năm nay", "mùa đông năm ngoái"
    String mod = r.mod;
    String value;
    switch (r.kind) {
      case FIXED -> value = r.fixed;
      case CLOCK -> value = "XXXX-XX-XX" + clock(r);
      case YEAR -> value = r.season != null ? (r.y == NO_YEAR ? "XXXX" : pad4(r.y)) + "-" + r.season
          : PartialDate.tryOf(r.y, 0, 0).map(PartialDate::iso).orElse(null);
      case QUARTER -> {
        int y = r.y != NO_YEAR ? r.y : r.yearRel != NO_YEAR && anchor != null ? anchor.year() + r.yearRel
            : anchor != null ? anchor.year() : NO_YEAR;
        value = (y == NO_YEAR ? "XXXX" : pad4(y)) + "-Q" + r.q;
      }
      case MONTH -> {
        value = r.generic ? "XXXX-" + two(r.m) : dayOrMonth(r, 0, anchor);
        if (value != null && r.weekOfMonth > 0) value = weekOfMonth(value, r.weekOfMonth);
      }
      case DAY -> {
        if (r.lunar) {
          value = lunar(r, anchor);
          if (value != null && r.hasTime()) value = value + clock(r);
          break;
        }
        if (r.m == 0) {
          // "ngày 20" alone: the anchor's month
          if (anchor == null || anchor.month() == 0) return null;
          value = PartialDate.tryOf(anchor.year(), anchor.month(), r.d).map(PartialDate::iso).orElse(null);
        } else {
          value = dayOrMonth(r, r.d, anchor);
        }
        if (value != null && r.hasTime()) value = value.length() == 10 || value.startsWith("XXXX") ? value + clock(r) : value;
      }
      case WEEKDAY -> {
        if (anchor == null || anchor.day() == 0) {
          value = "XXXX-WXX-" + r.dow;
        } else {
          LocalDate a = anchor.start();
          LocalDate d;
          if (r.hasWeek) {
            d = a.plusWeeks(r.off).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(r.dow - 1);
          } else if (r.coming) {
            // "Chủ nhật tới" written on a Sunday is the Sunday after; "sẽ … vào thứ Bảy" may be the same day
            d = a.with(TemporalAdjusters.next(DayOfWeek.of(r.dow)));
          } else if (r.forward) {
            d = a.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(r.dow)));
          } else {
            d = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(r.dow)));
          }
          value = PartialDate.of(d).iso();
        }
        if (r.hasTime()) value = value + clock(r);
      }
      case REL -> {
        Resolved rel = relative(r, anchor);
        if (rel == null) return null;
        value = rel.value;
        if (mod == null) mod = rel.mod;
        if (value != null && r.hasTime() && value.length() == 10) value = value + clock(r);
      }
      default -> value = null;
    }
    if (value == null) return null;
    // "nửa đầu năm 2021": the half of a resolved year, no edge mod
    if (r.half > 0 && value.length() == 4 && Character.isDigit(value.charAt(0))) return new Resolved(value + "-H" + r.half, null);
    return new Resolved(value, mod);
  }

  /**
   * A lunar day as its solar date: the lunar year is the one written, else the anchor's, moved to the next one when
   * that would put the day more than ten months before the anchor (December news about the coming Tết).
   */
  private static String lunar(RawTime r, PartialDate anchor) {
    if (r.y != NO_YEAR) return LunarCalendar.toSolar(r.d, r.m, r.y, false).map(d -> PartialDate.of(d).iso()).orElse(null);
    if (anchor == null) return null;
    Optional<LocalDate> d = LunarCalendar.toSolar(r.d, r.m, anchor.year(), false);
    if (r.m == 12 && (d.isEmpty() || d.get().isAfter(anchor.start().plusDays(60)))) {
      // "28 Tết" (the last lunar month) falls in January or February of the next solar year: the lunar year before
      // the anchor's when that is nearer ("30 Tết" told in February is the eve just past)
      Optional<LocalDate> e = LunarCalendar.toSolar(r.d, r.m, anchor.year() - 1, false);
      if (e.isPresent() && (d.isEmpty() || Math.abs(e.get().toEpochDay() - anchor.start().toEpochDay())
          < Math.abs(d.get().toEpochDay() - anchor.start().toEpochDay()))) d = e;
    }
    if (r.backWord && d.isPresent() && d.get().isAfter(anchor.start().plusDays(7)))
      d = LunarCalendar.toSolar(r.d, r.m, anchor.year() - 1, false); // "Trung thu vừa qua" written before this one
    else if (d.isPresent() && (d.get().isBefore(anchor.start().minusDays(300))
        || r.forwardWord && d.get().isBefore(anchor.start()))) // "Tết sắp tới" written after this year's Tết
      d = LunarCalendar.toSolar(r.d, r.m, anchor.year() + 1, false);
    return d.map(x -> PartialDate.of(x).iso()).orElse(null);
  }

  /**
   * The year named by can index canChi / 12 and chi index canChi % 12 (1984 was Giáp Tý) nearest the anchor year,
   * looking at most ten years ahead: a can-chi year in the news is this one, a recent one or the next.
   */
  static int cycleYear(int canChi, int anchorYear) {
    int can = canChi / 12, chi = canChi % 12;
    for (int y = anchorYear + 10; y > anchorYear - 50; y--) {
      if (Math.floorMod(y - 4, 10) == can && Math.floorMod(y - 4, 12) == chi) return y;
    }
    return NO_YEAR; // an impossible pair (can and chi of different parity)
  }

  /** The n-th week of month "2021-01" as an ISO week: the week of the month's n-th Thursday (ISO's own rule). */
  private static String weekOfMonth(String month, int n) {
    Optional<PartialDate> p = PartialDate.parseIso(month);
    if (p.isEmpty() || p.get().month() == 0) return null;
    LocalDate d = LocalDate.of(p.get().year(), p.get().month(), 1)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).plusWeeks(n - 1L);
    if (d.getMonthValue() != p.get().month()) return null; // "tuần thứ 5" of a month with four Thursdays
    return pad4(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String clock(RawTime r) {
    if (r.hour >= 0) return "T" + two(r.hour) + ":" + two(Math.max(0, r.minute));
    return "T" + r.part;
  }

  /** A day (d > 0) or month (d = 0) whose year may be missing; null when impossible. */
  private static String dayOrMonth(RawTime r, int d, PartialDate anchor) {
    int y = r.y;
    if (y == NO_YEAR && r.yearRel != NO_YEAR && anchor != null) y = anchor.year() + r.yearRel;
    if (y == NO_YEAR) {
      if (anchor == null) {
        // validate against a leap year so "29/2" survives and "31/2" does not
        if (!PartialDate.isValid(2024, r.m, d)) return null;
        return "XXXX-" + two(r.m) + (d > 0 ? "-" + two(d) : "");
      }
      y = anchor.year();
      if (anchor.day() != 0 && d > 0 && PartialDate.isValid(y, r.m, d)) {
        // with a known day: a yearless date later in the year stays in the publication year ("2/9" written in
        // April is 2021-09-02, the guidelines' example) unless the sentence is in the past ("đã") and the date is
        // over a month ahead, or it is more than eight months ahead; forward sentences move early dates on a year
        long delta = LocalDate.of(y, r.m, d).toEpochDay() - anchor.start().toEpochDay();
        if (r.forward) {
          if (delta < -31) y++;
        } else if (delta > 245 || delta > 31 && r.past || delta > 7 && r.backWord) {
          y--; // ("ngày 28/12 vừa qua" written in April: the words say the day is behind)
        } else if (delta < -334) {
          y++;
        }
      } else if (anchor.month() != 0) {
        int delta = r.m - anchor.month();
        if (r.forward) {
          // "tháng 3 tới" written in April is next year's; not when a past cue came first ("đã hứa sẽ gửi, nhưng đến
          // tháng 4 vẫn chưa": the promise and April are behind)
          if (delta < 0 && (!r.past || r.forwardWord)) y++;
        } else if (anchor.day() != 0 && d == 0) {
          // a month with a day anchor: the nearest such month, so a later month within half a year stays in the
          // publication year ("từ tháng 7 đến tháng 9" written in April), unless the sentence is in the past and it is
          // over a month ahead; "tháng 11" written in March is last year's
          if (!r.deadline && (delta > 6 || delta > 1 && r.past) || delta > 0 && r.backWord) y--;
        } else if (delta > 0 && !r.deadline) {
          y--; // a month-precision anchor: a later month is last year's (past is the default)
        }
      }
    }
    return PartialDate.tryOf(y, r.m, d).map(PartialDate::iso).orElse(null);
  }

  private static Resolved relative(RawTime r, PartialDate a) {
    char u = r.unit;
    if (a == null) {
      return new Resolved(switch (u) {
        case 'D' -> "XXXX-XX-XX";
        case 'W' -> "XXXX-WXX";
        case 'M' -> "XXXX-XX";
        case 'Q' -> "XXXX-QX";
        case 'C' -> "XX";
        default -> "XXXX";
      }, null);
    }
    switch (u) {
      case 'D' -> {
        if (a.day() != 0) return new Resolved(PartialDate.of(a.start().plusDays(r.off)).iso(), null);
        return new Resolved(a.iso(), "APPROX");
      }
      case 'W' -> {
        if (a.day() != 0) {
          LocalDate d = a.start().plusWeeks(r.off);
          return new Resolved(pad4(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
              + (r.weekend ? "-WE" : ""), null);
        }
        return new Resolved(a.iso(), "APPROX");
      }
      case 'M' -> {
        if (a.month() != 0) {
          int off = r.off;
          // "hồi giữa tháng" written on the 1st: the middle of this month has not come yet, so a past sentence means
          // the previous month's (likewise "cuối tháng" before the 20th)
          if (off == 0 && r.past && a.day() != 0 && r.mod != null
              && (r.mod.equals("MID") && a.day() < 10 || r.mod.equals("END") && a.day() < 20)) off = -1;
          YearMonth ym = YearMonth.of(a.year(), a.month()).plusMonths(off);
          if (ym.getYear() < 1) return null;
          return new Resolved(PartialDate.ofMonth(ym.getYear(), ym.getMonthValue()).iso(), null);
        }
        return new Resolved(a.iso(), "APPROX");
      }
      case 'Q' -> {
        if (a.month() != 0) {
          int idx = a.year() * 4 + (a.month() - 1) / 3 + r.off; // quarters since year 0
          int y = Math.floorDiv(idx, 4);
          if (y < 1 || y > 9999) return null;
          return new Resolved(pad4(y) + "-Q" + (Math.floorMod(idx, 4) + 1), null);
        }
        return new Resolved(a.iso(), "APPROX");
      }
      case 'C' -> {
        int c = a.year() / 100 + r.off; // "thế kỷ này" in 2017: the 21st century, TIMEX "20" (like "thế kỷ XXI")
        return c < 1 ? null : new Resolved(two(c), null);
      }
      default -> {
        int y = a.year() + r.off;
        if (y > 9999) return null;
        // "640.000 năm trước", "khoảng 14.600 năm trước": further back than a four-digit BC year can say, a past
        // reference like "65 triệu năm trước" (guidelines, round 14)
        if (y < -9999) return new Resolved("PAST_REF", null);
        // "khoảng 2.500 năm trước" in 2021: before year 1, written BC (guidelines: BC0479)
        return new Resolved(y < 1 ? "BC" + pad4(-y) : pad4(y), null);
      }
    }
  }

  // ---- event times ----------------------------------------------------------------------------------

  private static List<EventTime> eventTimes(Tokens tokens, List<Sentence> sentences, List<TimeExpression> times,
                                            List<Integer> sentenceOf, List<Boolean> backgroundOf,
                                            PartialDate published, SentenceCues cues) {
    String text = tokens.text;
    List<EventTime> out = new ArrayList<>(sentences.size());
    boolean quoteOpen = false; // a direct quote opened in an earlier sentence is still open
    int ti = 0;
    int carry = -1; // the day (index into times) of the account told so far, for the undated sentences that go on with it
    String carried = null; // its value
    for (int s = 0; s < sentences.size(); s++) {
      int bits = cues.bits()[s];
      boolean inQuote = quoteOpen || (bits & CUE_OPENS_WITH_QUOTE) != 0;
      if ((bits & CUE_QUOTES_ODD) != 0) quoteOpen = !quoteOpen;
      while (ti < times.size() && sentenceOf.get(ti) < s && sentenceOf.get(ti) >= 0) ti++;
      while (ti < times.size() && sentenceOf.get(ti) < 0) ti++;
      int firstAny = -1;
      int firstDay = -1;
      int bgAny = -1;
      int bgDay = -1;
      for (int k = ti; k < times.size() && sentenceOf.get(k) == s; k++) {
        TimeExpression x = times.get(k);
        if (x.type() != TimeType.DATE && x.type() != TimeType.TIME) continue;
        if (BirthDates.before(text, x.start())) continue; // "Nguyễn Văn A (SN 1975)": a birth, not the sentence's event
        Optional<PartialDate> p = concrete(x.value());
        if (p.isEmpty()) continue;
        boolean day = p.get().precision() == PartialDate.Precision.DAY;
        if (backgroundOf.get(k)) {
          if (bgAny < 0) bgAny = k;
          if (day && bgDay < 0) bgDay = k;
        } else {
          if (firstAny < 0) firstAny = k;
          if (day && firstDay < 0) firstDay = k;
        }
      }
      int pick = firstDay >= 0 ? firstDay : firstAny >= 0 ? firstAny : bgDay >= 0 ? bgDay : bgAny;
      int fronted = ti < times.size() && sentenceOf.get(ti) == s ? fronted(text, sentences.get(s), times.get(ti)) : 0;
      if (fronted < 0 && published != null && (pick < 0 || !recent(concrete(times.get(pick).value()).get(), published))) {
        // "Hiện nay, khoảng 2.500 lính … liên minh được thành lập năm 2014": the main clause is about now; the
        // year belongs to a relative clause. A date of these days ("Hiện nay, ngày 5/3 …") still dates it.
        out.add(new EventTime(s, published.iso(), ti));
        carry = -1;
        continue;
      }
      if (fronted > 0 && pick != ti) {
        // "Năm 2024, … vụ việc ngày 3/4/2020": the fronted adverbial dates the main clause, unless the later day
        // lies inside it ("Tháng 1 vừa qua, … ngày 3/1" keeps the day).
        PartialDate frame = concrete(times.get(ti).value()).orElse(null), later = pick >= 0 ? concrete(times.get(pick).value()).orElse(null) : null;
        if (frame != null && (later == null || later.start().isBefore(frame.start()) || later.end().isAfter(frame.end()))) pick = ti;
      }
      boolean undated = pick < 0;
      if (pick >= 0 && published != null && fronted <= 0 && justNow(text, sentences.get(s), times, ti, s, sentenceOf)) {
        // "Thủ tướng vừa ký quyết định hỗ trợ … từ ngân sách năm 2023": the act is the news of the day; a coarser
        // date holding the publication day (the budget year) only names what the act is about.
        PartialDate d = concrete(times.get(pick).value()).get();
        if (d.precision().compareTo(published.precision()) < 0 && !d.start().isAfter(published.start())
            && !d.end().isBefore(published.end()) && !DATING_WORDS.contains(wordBefore(text, times.get(pick).start())))
          pick = -1;
      }
      if (pick >= 0) {
        PartialDate d = concrete(times.get(pick).value()).get();
        String iso = d.iso();
        out.add(new EventTime(s, iso, pick));
        // a day of this account, not a plan: "Chiều 26/5, ông A phát hiện … Ngay khi nhận được tin báo, công an …"
        carry = pick == firstDay && (published == null || !d.start().isAfter(published.end())) ? pick : -1;
        carried = iso;
      } else if (undated && carry >= 0 && !opensWithNow(text, sentences.get(s))) {
        // an undated sentence goes on with the day told before it (guidelines, "Event time": a day told earlier
        // carries on to the sentences that go on telling that day's events)
        boolean none = reportsNoEvent(tokens, sentences.get(s), bits, inQuote, cues.firstToken()[s]);
        out.add(new EventTime(s, carried, carry, !none));
      } else {
        carry = -1;
        if (published != null) {
          boolean none = undated && reportsNoEvent(tokens, sentences.get(s), bits, inQuote, cues.firstToken()[s]);
          out.add(new EventTime(s, published.iso(), -1, !none));
        }
      }
    }
    return out;
  }

  /**
   * Whether an undated sentence reports no dated event (guidelines, "Event time", label none; round ev2): a question,
   * a line with no closing punctuation (a byline, a heading, a table cell), and, unless it speaks of now ("hiện"): a
   * plan with no date ("sẽ", "sắp", "dự kiến" with no "đã", "vừa", "đang"), undated background ("từng"), a generic
   * statement ("thường", "có thể" with no "đã", "vừa", "đang"), a quoted sentence that speaks of the speaker or says
   * what something is ("tôi", "là" inside a direct quote). A sentence with a speech verb reports the saying: never.
   */
  private static boolean reportsNoEvent(Tokens t, Sentence s, int bits, boolean inQuote, int firstToken) {
    String text = t.text;
    int last = s.end() - 1;
    while (last > s.start() && Character.isWhitespace(text.charAt(last))) last--;
    if (last < s.start()) return false;
    char end = text.charAt(last);
    boolean question = end == '?', unclosed = !(end == '.' || end == '!' || end == '?' || end == '\u2026' || end == '\u0022'
        || end == '\u201D' || end == '\u2019' || end == ')' || end == ':' || end == ';');
    boolean future = (bits & CUE_FUTURE) != 0 && (bits & CUE_TOLD) == 0, once = (bits & CUE_ONCE) != 0;
    boolean quoted = inQuote && (bits & (CUE_FIRST_PERSON | CUE_COPULA)) != 0;
    boolean generic = (bits & CUE_GENERIC) != 0 && (bits & CUE_TOLD) == 0;
    if (!(question || unclosed || (future || once || quoted || generic) && (bits & CUE_NOW) == 0)) return false;
    return (bits & CUE_SPEECH) == 0 && !saying(t, firstToken, s);
  }

  /** Words after "hiện" that make it the adverb "now" ("hiện nay", "hiện đang", "hiện vẫn", "hiện có"). */
  private static final Set<String> NOW_AFTER = WordSet.of("nay", "đang", "vẫn", "còn", "có", "là", "phải", "chưa",
      "không", "đã", "cũng", "chỉ", "được", "mới", "đều", "ở");

  /**
   * "hiện" (token k) as "now": opening the sentence, before one of NOW_AFTER, or "hiện nay" / "hiện tại" / "hiện,"
   * opening a clause; not "thực hiện", "hiện trường", "mức giá hiện tại" (current), "như hiện nay".
   */
  private static boolean now(Tokens t, int k, int first) {
    if (k == first) // "Hiện người dân …", "Hiện nay, …" (as opensWithNow); not "Hiện tượng …", "Hiện trường …"
      return !(t.word(k + 1, "trường") || t.word(k + 1, "thực")
          || t.text.regionMatches(true, t.start[k], "hiện tượng", 0, 10));
    boolean opens = t.isPunct(k - 1); // "…, hiện tại, …": the adverb
    if (t.punct(k + 1, ',') || t.word(k + 1, "tại")) return opens;
    // "xã hiện nay mở thêm …" / "Hiện nay, …"; not "như hiện nay." nor "nhu cầu hiện nay" (the present one)
    if (t.word(k + 1, "nay")) return opens || t.isWord(k + 2) && !t.word(k - 1, "như");
    return t.isWord(k + 1) && NOW_AFTER.contains(t.low[k + 1]);
  }

  /** Words before "từng" that make it the past marker (ever, once), not "each" ("tùy từng người", "chia thành từng phần"). */
  private static final Set<String> ONCE_BEFORE = WordSet.of("đã", "chưa", "cũng", "không", "và", "ông", "bà", "anh",
      "chị", "cô", "họ", "tôi", "nó", "em", "mình", "người", "ta", "vẫn");

  /**
   * "từng" as the past marker ("ông A từng làm …", "đã từng", "chưa từng"): after a pronoun, one of ONCE_BEFORE or a
   * capitalized word that does not open the sentence (a name); not before a unit ("từng ngày").
   */
  private static boolean once(Tokens t, int k, int first) {
    if (unitAfter(t, k) || k <= first || !t.isWord(k - 1)) return false;
    return ONCE_BEFORE.contains(t.low[k - 1]) || t.cap[k - 1] && k - 1 > first;
  }

  /** Speech verbs of two syllables the cue bits do not cover, read from the text (only for a sentence another cue marked). */
  private static final String[] SPEECH_VERBS = {"tuyên bố", "khẳng định", "chia sẻ", "xác nhận", "thừa nhận", "tiết lộ",
      "trả lời", "nhận định", "giải thích", "nhấn mạnh", "bày tỏ", "phản hồi", "bình luận", "dẫn lời", "nhận xét",
      "kết luận", "dự đoán", "cảnh báo", "chỉ ra"};

  /** Whether sentence s (first token k) holds one of SPEECH_VERBS. */
  private static boolean saying(Tokens t, int k, Sentence s) {
    if (k < 0) return false;
    String text = t.text;
    for (; k < t.n && t.start[k] < s.end(); k++) {
      if (t.kind[k] != Tokens.WORD) continue;
      char c = Tokens.lower(text.charAt(t.start[k]));
      for (String v : SPEECH_VERBS) {
        int e = t.start[k] + v.length();
        if (v.charAt(0) == c && e <= s.end() && text.regionMatches(true, t.start[k], v, 0, v.length())
            && (e == text.length() || !Character.isLetter(text.charAt(e)))) return true;
      }
    }
    return false;
  }

  /** "Hiện công an đang truy xét …", "Hiện, …": a sentence opening with "Hiện" tells of now, not of the day before it. */
  private static boolean opensWithNow(String text, Sentence s) {
    int i = s.start();
    while (i < s.end() && (text.charAt(i) == ' ' || text.charAt(i) == '\u0022' || text.charAt(i) == '\u201C')) i++;
    return text.startsWith("Hiện", i) && (i + 4 >= text.length() || !Character.isLetter(text.charAt(i + 4)));
  }

  /**
   * Whether sentence s tells of something just done: the word "vừa" (just) outside every time expression of the
   * sentence ("vừa qua", "vừa rồi" are times themselves), not "vừa phải" / "vừa đủ" / "vừa … vừa".
   */
  private static boolean justNow(String text, Sentence sentence, List<TimeExpression> times, int first, int s,
                                 List<Integer> sentenceOf) {
    int from = sentence.start();
    while (true) {
      int at = text.indexOf("vừa", from);
      if (at < 0 || at >= sentence.end()) return false;
      from = at + 3;
      if (at > 0 && Character.isLetter(text.charAt(at - 1)) || from < text.length() && Character.isLetter(text.charAt(from))) continue;
      boolean inTime = false;
      for (int k = first; k < times.size() && sentenceOf.get(k) == s && !inTime; k++)
        inTime = times.get(k).start() <= at && at < times.get(k).end();
      if (inTime) continue;
      String next = text.substring(from, Math.min(text.length(), from + 5)).strip();
      if (next.startsWith("phải") || next.startsWith("đủ")) continue;
      if (text.indexOf("vừa", from) >= 0 && text.indexOf("vừa", from) < sentence.end()) return false; // "vừa A vừa B"
      return true;
    }
  }

  /** A preposition before a date that makes it the time of the act ("vừa ra mắt hồi đầu tháng 4", "vào năm 2023"). */
  private static final Set<String> DATING_WORDS = WordSet.of("hồi", "vào", "trong", "từ", "sau", "trước", "đến", "tới", "lúc", "hôm");

  /** The lower-case word right before offset at (skipping spaces), or "". */
  static String wordBefore(String text, int at) {
    int b = wordStartBefore(text, at), e = b;
    while (e < at && Character.isLetter(text.charAt(e))) e++;
    return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
  }

  /** Start of the word ending before offset at (spaces skipped), or where the spaces begin when no letter precedes. */
  static int wordStartBefore(String text, int at) {
    int b = at;
    while (b > 0 && text.charAt(b - 1) == ' ') b--;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return b;
  }

  /** Whether d overlaps the week before publication or the publication period itself. */
  private static boolean recent(PartialDate d, PartialDate published) {
    return !d.end().isBefore(published.start().minusDays(7)) && !d.start().isAfter(published.end());
  }

  /**
   * Words that may open a fronted time adverbial ("Vào năm 2017,", "Đến năm 2020,"). Not "từ"/"kể từ": "Kể từ
   * tháng 10, đã có 150 vụ tấn công, vụ mới nhất ngày 2/3" counts up to its latest event.
   */
  private static final Set<String> FRONTING_PREPOSITIONS = WordSet.of("vào", "trong", "đến", "tới", "cho đến");

  /**
   * Whether expression x opens sentence s as a fronted adverbial (nothing before it but a preposition, a comma
   * after it): 1 for a calendar date or time, -1 for the present ("Hiện nay,", "Hiện tại,"), 0 otherwise.
   */
  private static int fronted(String text, Sentence s, TimeExpression x) {
    if (x.type() != TimeType.DATE && x.type() != TimeType.TIME) return 0;
    int after = x.end();
    while (after < s.end() && text.charAt(after) == ' ') after++;
    if (after >= s.end() || text.charAt(after) != ',') return 0;
    if (x.start() > s.start()) {
      String before = text.substring(s.start(), x.start()).strip().toLowerCase(java.util.Locale.ROOT);
      if (!before.isEmpty() && !FRONTING_PREPOSITIONS.contains(before)) return 0;
    }
    if ("PRESENT_REF".equals(x.value())) return -1;
    return concrete(x.value()).isPresent() ? 1 : 0;
  }

  /** The calendar date of a value like 2024, 2024-03, 2024-03-24 or 2024-03-24T09:30; empty for anything else. */
  private static Optional<PartialDate> concrete(String value) {
    if (value == null || value.isEmpty() || value.charAt(0) < '0' || value.charAt(0) > '9') return Optional.empty();
    return PartialDate.parseIso(value);
  }

  private static String two(int v) { return v < 10 ? "0" + v : Integer.toString(v); }

  private static String pad4(int y) {
    String s = Integer.toString(y);
    return s.length() >= 4 ? s : "0".repeat(4 - s.length()) + s;
  }
}
