package dev.storyline.analysis.quantity;

import dev.storyline.analysis.quantity.Tokens.Kind;
import dev.storyline.analysis.quantity.Tokens.Token;
import dev.storyline.model.Quantity;
import dev.storyline.model.Sentence;
import dev.storyline.model.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds quantities with units and qualifiers; numbers inside time expressions are not quantities.
 *
 * <p>Choices (the integrator may rely on them):
 * <ul>
 *   <li>A number is a quantity only with a unit or counted noun from {@link #UNITS} right after it
 *       (or glued: "1.600km", "50%"). Bare numbers, years and durations ("42 ngày") therefore never
 *       match; "một" alone (value 1) is treated as an article and skipped.</li>
 *   <li>The span runs from the qualifier (if any) to the end of the unit noun; a following
 *       nationality or place ("2.500 lính Mỹ") is NOT included: text is "khoảng 2.500 lính".</li>
 *   <li>"hàng chục/trăm/nghìn/triệu" gives 10/100/1000/1e6 with qualifier "at_least" unless an
 *       explicit qualifier precedes it.</li>
 *   <li>Vietnamese writing: '.' groups thousands when every group after it has 3 digits, ',' is the
 *       decimal mark; "8.2", "20/11", "10-2023", "15/2020/NĐ-CP" are refused as dates or ids.</li>
 * </ul>
 */
public final class QuantityRecognizer {
  /** Unit or counted-noun phrase (lower case) to its normalised unit; immutable. */
  static final Map<String, String> UNITS;
  static final Map<String, String> GLUED_UNITS = Map.of(
      "km", "km", "m", "m", "kg", "kg", "ha", "ha", "cm", "cm", "mm", "mm", "usd", "USD", "t", "tấn",
      "km2", "km²", "m2", "m²");
  /** Qualifier phrase (lower case) before a number to its name; immutable. */
  static final Map<String, String> QUALIFIERS;
  static final Map<String, Double> MULTIPLIERS = Map.of(
      "nghìn", 1e3, "ngàn", 1e3, "triệu", 1e6, "tỷ", 1e9, "tỉ", 1e9, "trăm", 1e2, "vạn", 1e4);
  static final Map<String, Integer> DIGIT_WORDS = Map.of(
      "một", 1, "hai", 2, "ba", 3, "bốn", 4, "năm", 5, "sáu", 6, "bảy", 7, "tám", 8, "chín", 9);
  /** Digit words that only occur after "mươi" ("hai mươi lăm", "ba mươi tư", "bốn mươi mốt"). */
  static final Map<String, Integer> TAIL_DIGIT_WORDS = Map.of("lăm", 5, "tư", 4, "mốt", 1);
  /** A number right after these is a date, ordinal or reference, not an amount. */
  static final Set<String> DATE_CONTEXT = Set.of(
      "ngày", "tháng", "năm", "hôm", "nay", "thứ", "số", "lúc", "khóa", "điều", "khoản", "quý", "tuần",
      "đời", "kỳ", "đợt", "lần", "giờ", "phiên", "hạng", "top", "phần");
  static final Map<String, Double> HANG_WORDS = Map.of(
      "chục", 10.0, "trăm", 100.0, "nghìn", 1e3, "ngàn", 1e3, "triệu", 1e6, "tỷ", 1e9, "tỉ", 1e9);

  static {
    Map<String, String> u = new HashMap<>();
    Map<String, String> q = new HashMap<>();
    u.put("%", "%"); u.put("phần trăm", "%");
    u.put("km", "km"); u.put("ki-lô-mét", "km"); u.put("kilômét", "km"); u.put("cây số", "km");
    u.put("m", "m"); u.put("mét", "m"); u.put("kg", "kg"); u.put("ki-lô-gam", "kg"); u.put("tấn", "tấn");
    u.put("ha", "ha"); u.put("km2", "km²"); u.put("m2", "m²"); u.put("héc-ta", "ha"); u.put("lít", "lít"); u.put("thùng", "thùng");
    u.put("usd", "USD"); u.put("đô la", "USD"); u.put("đôla", "USD"); u.put("đô-la", "USD"); u.put("đô", "USD");
    u.put("đồng", "VND"); u.put("vnd", "VND"); u.put("vnđ", "VND"); u.put("euro", "euro"); u.put("eur", "euro");
    u.put("bảng anh", "GBP"); u.put("nhân dân tệ", "CNY"); u.put("rúp", "RUB");
    u.put("quân", "quân"); u.put("binh sĩ", "binh sĩ"); u.put("binh sỹ", "binh sĩ"); u.put("lính", "lính");
    u.put("người", "người"); u.put("thành viên", "thành viên"); u.put("chiến binh", "chiến binh");
    u.put("tay súng", "tay súng"); u.put("phiến quân", "phiến quân"); u.put("dân thường", "dân thường");
    u.put("thường dân", "dân thường"); u.put("trẻ em", "trẻ em"); u.put("con tin", "con tin");
    u.put("tù nhân", "tù nhân"); u.put("nhân viên", "nhân viên"); u.put("cố vấn", "cố vấn");
    u.put("sĩ quan", "sĩ quan"); u.put("nạn nhân", "nạn nhân"); u.put("hộ", "hộ"); u.put("gia đình", "gia đình");
    u.put("cuộc tấn công", "cuộc tấn công"); u.put("vụ tấn công", "vụ tấn công");
    u.put("vụ đánh bom", "vụ đánh bom"); u.put("vụ nổ", "vụ nổ"); u.put("cuộc không kích", "cuộc không kích");
    u.put("vụ không kích", "vụ không kích"); u.put("vụ", "vụ"); u.put("cuộc", "cuộc");
    u.put("căn cứ", "căn cứ"); u.put("quốc gia", "quốc gia"); u.put("nước", "quốc gia");
    u.put("máy bay", "máy bay"); u.put("máy bay không người lái", "máy bay không người lái");
    u.put("tàu", "tàu"); u.put("chiếc", "chiếc"); u.put("tên lửa", "tên lửa"); u.put("quả tên lửa", "tên lửa");
    u.put("xe", "xe"); u.put("xe tăng", "xe tăng"); u.put("rocket", "rocket"); u.put("quả", "quả");
    u.put("ngôi nhà", "ngôi nhà"); u.put("tòa nhà", "tòa nhà"); u.put("tỉnh", "tỉnh"); u.put("thành phố", "thành phố");
    u.put("ca mắc", "ca"); u.put("ca nhiễm", "ca"); u.put("ca tử vong", "ca"); u.put("lượt", "lượt"); u.put("trường hợp", "trường hợp");

    q.put("khoảng", "about"); q.put("chừng", "about"); q.put("tầm", "about"); q.put("ước tính", "about");
    q.put("ước khoảng", "about"); q.put("gần", "nearly"); q.put("xấp xỉ", "nearly");
    q.put("hơn", "more_than"); q.put("trên", "more_than"); q.put("hơn nữa", "more_than");
    q.put("ít nhất", "at_least"); q.put("tối thiểu", "at_least");
    q.put("chưa đầy", "less_than"); q.put("dưới", "less_than"); q.put("chưa tới", "less_than");
    q.put("chưa đến", "less_than"); q.put("tối đa", "at_most"); q.put("không quá", "at_most");
    UNITS = Map.copyOf(u);
    QUALIFIERS = Map.copyOf(q);
  }

  private static final Tokens.Lexicon UNIT_LEX = Tokens.Lexicon.of(UNITS.keySet());
  private static final Tokens.Lexicon QUALIFIER_LEX = Tokens.Lexicon.of(QUALIFIERS.keySet());


  public List<Quantity> find(String text, List<Sentence> sentences, List<TimeExpression> times) {
    List<Token> ts = Tokens.scan(text, 0, text.length());
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < ts.size()) {
      int next = tryAt(text, ts, i, times, out);
      i = next > i ? next : i + 1;
    }
    return List.copyOf(out);
  }

  /** Tries to read a quantity starting at token i; returns the index after it, or i when none. */
  private int tryAt(String text, List<Token> ts, int i, List<TimeExpression> times, List<Quantity> out) {
    Token t = ts.get(i);
    if (t.kind() == Kind.PUNCT) return i;
    double value;
    String unit = null;
    String impliedQualifier = null;
    int j; // index of the first token after the number (and multipliers)
    int end = -1;
    char first = t.lower().charAt(0);
    if (Character.isDigit(first)) {
      String s = t.lower();
      int p = 0;
      while (p < s.length() && !Character.isLetter(s.charAt(p))) p++;
      String num = s.substring(0, p);
      String suffix = s.substring(p);
      if (!Character.isDigit(num.charAt(num.length() - 1))) return i;
      if (!suffix.isEmpty()) {
        unit = GLUED_UNITS.get(suffix);
        if (unit == null) return i; // "19K", "3a": ids, not quantities
      }
      Double v = parseNumber(num);
      if (v == null) return i;
      if (refusedByContext(ts, i)) return i;
      value = v;
      j = i + 1;
      if (unit == null) {
        while (j < ts.size()) {
          Double m = MULTIPLIERS.get(ts.get(j).lower());
          if (m == null || ts.get(j).kind() != Kind.WORD) break;
          value *= m;
          j++;
        }
      } else {
        end = t.end();
      }
    } else if (t.lower().equals("hàng") && i + 1 < ts.size() && HANG_WORDS.containsKey(ts.get(i + 1).lower())) {
      value = HANG_WORDS.get(ts.get(i + 1).lower());
      j = i + 2;
      while (j < ts.size()) {
        Double m = MULTIPLIERS.get(ts.get(j).lower());
        if (m == null || m < 1e3) break;
        value *= m;
        j++;
      }
      impliedQualifier = "at_least";
    } else if (DIGIT_WORDS.containsKey(t.lower()) || t.lower().equals("mười")) {
      int[] consumed = new int[1];
      double v = parseNumberWords(ts, i, consumed);
      if (consumed[0] == 0) return i;
      value = v;
      j = i + consumed[0];
      if (value == 1 && consumed[0] == 1) return i; // "một" alone is an article
      if (refusedByContext(ts, i)) return i;
    } else {
      return i;
    }
    int after = j;
    if (unit == null) {
      if (j < ts.size() && ts.get(j).lower().equals("%")) {
        unit = "%";
        end = ts.get(j).end();
        after = j + 1;
      } else {
        String phrase = Tokens.matchForward(ts, j, UNIT_LEX);
        if (phrase == null) return i;
        unit = UNITS.get(phrase);
        after = j + Tokens.words(phrase);
        end = ts.get(after - 1).end();
      }
    }
    int start = t.start();
    String qualifier = impliedQualifier;
    if (i > 0) {
      String q = Tokens.matchBackward(ts, i - 1, QUALIFIER_LEX);
      if (q != null) {
        qualifier = QUALIFIERS.get(q);
        start = ts.get(i - Tokens.words(q)).start();
      }
    }
    if (overlapsTime(times, t.start(), end)) return i;
    out.add(new Quantity(start, end, text.substring(start, end), value, unit, qualifier));
    return after;
  }

  /** Date-ish left context, ordinals, phone-number runs and leading zeros. */
  private static boolean refusedByContext(List<Token> ts, int i) {
    Token t = ts.get(i);
    if (t.lower().length() > 1 && t.lower().charAt(0) == '0' && Character.isDigit(t.lower().charAt(1))) return true;
    if (i > 0) {
      Token prev = ts.get(i - 1);
      if (prev.kind() == Kind.NUMBER) return true;
      if (prev.kind() == Kind.WORD && DATE_CONTEXT.contains(prev.lower())) return true;
      // A digit glued to a preceding letter or hyphen ("G 7" is already one token; this is "Covid -19")
      if (prev.end() == t.start() && prev.kind() == Kind.PUNCT && "-+#№".contains(prev.lower())) return true;
    }
    if (i + 1 < ts.size() && ts.get(i + 1).kind() == Kind.NUMBER && t.kind() == Kind.NUMBER) return true;
    return false;
  }

  private static boolean overlapsTime(List<TimeExpression> times, int s, int e) {
    for (TimeExpression te : times) {
      if (te.start() < e && s < te.end()) return true;
    }
    return false;
  }

  /**
   * Parses Vietnamese digit writing: "2.500" = 2500, "1,5" = 1.5, "2.500,75"; null for dates and
   * ids ("8.2", "20/11", "10-2023") and malformed groupings.
   */
  static Double parseNumber(String s) {
    if (s.indexOf('/') >= 0 || s.indexOf('-') >= 0) return null;
    int comma = s.indexOf(',');
    if (comma >= 0 && s.indexOf(',', comma + 1) >= 0) return null;
    String intPart = comma >= 0 ? s.substring(0, comma) : s;
    String frac = comma >= 0 ? s.substring(comma + 1) : "";
    if (frac.indexOf('.') >= 0) return null;
    String digits;
    int dot = intPart.indexOf('.');
    if (dot < 0) {
      digits = intPart;
    } else {
      String[] groups = intPart.split("\\.", -1);
      boolean thousands = groups[0].length() >= 1 && groups[0].length() <= 3;
      for (int g = 1; g < groups.length && thousands; g++) thousands = groups[g].length() == 3;
      if (thousands) {
        digits = intPart.replace(".", "");
      } else if (groups.length == 2 && comma < 0) {
        // "8.2" / "24.12": day.month in Vietnamese news; anything else is a decimal point
        if (isDayMonth(groups[0], groups[1])) return null;
        digits = groups[0];
        frac = groups[1];
      } else {
        return null;
      }
    }
    if (digits.isEmpty()) return null;
    try {
      return Double.parseDouble(frac.isEmpty() ? digits : digits + "." + frac);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isDayMonth(String a, String b) {
    if (a.length() > 2 || b.length() > 2) return false;
    int d = Integer.parseInt(a);
    int m = Integer.parseInt(b);
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
  }

  /** Reads "hai mươi lăm", "ba trăm", "mười hai nghìn"; consumed[0] = tokens used (0 if invalid). */
  static double parseNumberWords(List<Token> ts, int i, int[] consumed) {
    double total = 0;
    int group = 0;
    int last = -1; // pending digit, -1 when none
    int k = i;
    boolean any = false;
    while (k < ts.size() && ts.get(k).kind() == Kind.WORD) {
      String w = ts.get(k).lower();
      if (any && w.equals("năm")) break; // "mười năm" is ten years; fifteen is "mười lăm"
      Integer d = DIGIT_WORDS.get(w);
      if (d == null && any && last < 0) d = TAIL_DIGIT_WORDS.get(w);
      if (d != null) {
        if (last >= 0) break; // "ba năm": two digits in a row end the number
        last = d;
      } else if (w.equals("mười") && last < 0 && group % 100 == 0) {
        group += 10;
      } else if (w.equals("mươi") && last > 1) {
        group += last * 10;
        last = -1;
      } else if (w.equals("trăm") && last > 0 && group == 0) {
        group = last * 100;
        last = -1;
      } else if ((w.equals("linh") || w.equals("lẻ")) && group >= 100 && last < 0) {
        // "một trăm linh năm" = 105
      } else if (MULTIPLIERS.containsKey(w) && !w.equals("trăm") && (group > 0 || last > 0)) {
        total += (group + Math.max(last, 0)) * MULTIPLIERS.get(w);
        group = 0;
        last = -1;
      } else {
        break;
      }
      any = true;
      k++;
    }
    total += group + Math.max(last, 0);
    consumed[0] = total > 0 ? k - i : 0;
    return total;
  }
}
