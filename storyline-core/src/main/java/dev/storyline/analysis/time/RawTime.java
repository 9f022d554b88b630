package dev.storyline.analysis.time;

/** A matched but not yet resolved time expression: token range plus the calendar fields the text gave. */
final class RawTime {
  enum Kind {
    /** day (and month, maybe year): d, m, y. */
    DAY,
    /** month, maybe year: m, y. */
    MONTH,
    /** year: y. */
    YEAR,
    /** quarter q of year y (or anchor year). */
    QUARTER,
    /** relative to the anchor: unit ('D','W','M','Q','Y', 'C' for a century) and offset. */
    REL,
    /** weekday dow (1=Mon..7=Sun), optionally in a relative week (offset in {@link #off}, unit 'W'). */
    WEEKDAY,
    /** a value that needs no anchor: durations, sets, decades, centuries, PAST_REF…. */
    FIXED,
    /** a clock time with no date. */
    CLOCK
  }

  static final int NO_YEAR = Integer.MIN_VALUE;

  final Kind kind;
  int tokStart;
  int tokEnd;
  int y = NO_YEAR;
  int m;
  int d;
  int q;
  int dow;
  char unit;
  int off;
  /** Year given relative to the anchor ("năm nay" = 0, "năm ngoái" = -1); NO_YEAR when absent. */
  int yearRel = NO_YEAR;
  boolean hasWeek;
  String fixed;
  String type = "DATE";
  String mod;
  int hour = -1;
  int minute = -1;
  /** TIMEX3 part of day: MO, AF, EV, NI. */
  String part;
  /** "tới", "sắp tới" after it, or a future cue ("sẽ", "dự kiến") earlier in the sentence. */
  boolean forward;
  /** "tới" / "sắp tới" written right after it (not only a future cue earlier in the sentence). */
  boolean forwardWord;
  /** A weekday with "tới" after it ("Chủ nhật tới"): the next such day, a week ahead when it is today. */
  boolean coming;
  /** "hôm nay" + day-month: the text states today's date. */
  boolean today;
  /** After "đến", "tới" or "trước": a deadline or target ("đến năm 2045"), not evidence of when the text was written. */
  boolean target;
  /** Inside a "từ …"/"kể từ …" background clause. */
  boolean background;
  int sentence = -1;
  /** "cùng ngày": the day of the previous dated expression. */
  boolean sameDay;
  /** "cuối tuần": the weekend of the week (TIMEX3 -WE), not its END. */
  boolean weekend;
  /** "sinh tháng 11": a month of no particular year. */
  boolean generic;
  /** A season (SP, SU, FA, WI) of year y, or of no year ("mùa xuân"): TIMEX3 1948-SP / XXXX-SP. */
  String season;
  /** d/m are a lunar (âm lịch) day and month; y, when given, the Gregorian year the lunar year starts in. */
  boolean lunar;
  /** For a MONTH: the n-th week of that month ("tuần thứ 2 của tháng 1"), 0 for the month itself. */
  int weekOfMonth;
  /** A year named by its can-chi ("Tân Sửu"), can * 12 + chi; -1 when none. The analyzer picks the year. */
  int canChi = -1;
  /**
   * For a weekday joined to the date after it ("thứ 4 ngày 12/3"): the token where the date starts, -1 otherwise; when
   * the resolved date falls on another weekday the "weekday" was an ordinal ("lượt thứ 4") and the span starts there.
   */
  int dateTok = -1;
  /** "tháng 8 cùng năm": the year of the last year-bearing expression before it (the analyzer supplies it). */
  boolean sameYear;
  /** "vừa qua" / "vừa rồi" written after it ("ngày 28/12 vừa qua"): the day or month is behind the anchor. */
  boolean backWord;
  /** A past cue ("đã", "hồi", "từng") earlier in the sentence. */
  boolean past;
  /** Right after "trước" ("before"): a deadline, which looks forward ("phải rời đi trước cuối tháng 5"). */
  boolean deadline;
  /** "tuần/tháng/quý trước đó": the period before the one of that unit named earlier in its sentence, if any. */
  boolean beforeThat;
  /** "nửa đầu / nửa cuối năm": the first (1) or second (2) half of the year, TIMEX3 -H1 / -H2; 0 otherwise. */
  int half;

  RawTime(Kind kind, int tokStart, int tokEnd) {
    this.kind = kind;
    this.tokStart = tokStart;
    this.tokEnd = tokEnd;
  }

  static RawTime fixed(int s, int e, String type, String value, String mod) {
    RawTime r = new RawTime(Kind.FIXED, s, e);
    r.type = type;
    r.fixed = value;
    r.mod = mod;
    return r;
  }

  boolean hasTime() { return hour >= 0 || part != null; }
}
