package dev.storyline.ingest;

import dev.storyline.model.PartialDate;

/** Parses the plain-text article form: an optional {@code date YYYY-MM[-DD]} header, then the body. */
final class PlainText {
  private PlainText() {}

  /**
   * @param body        the text after the header (the whole text when there is none); a body that continues
   *                    on the header line starts with that line's remainder
   * @param date        the header date, or null when absent or impossible
   * @param headerLine  1-based line of the header, 0 when there is none
   * @param dateProblem why the header date was rejected, or null
   */
  record Parsed(String body, PartialDate date, int headerLine, String dateProblem) {}

  static Parsed parse(String text) {
    int n = text.length();
    int i = 0;
    int line = 1;
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      if (text.charAt(i) == '\n') line++;
      i++;
    }
    if (!text.startsWith("date", i)) return new Parsed(text, null, 0, null);
    int j = i + 4;
    if (j < n && text.charAt(j) == ':') j++;
    int spaces = j;
    while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
    if (j == spaces && text.charAt(i + 4) != ':') return new Parsed(text, null, 0, null);
    // Token: digits and '-' only, shape YYYY-M[M][-D[D]].
    int tokStart = j;
    int[] parts = new int[3];
    int[] digits = new int[3];
    int k = 0;
    while (j < n) {
      char c = text.charAt(j);
      if (c >= '0' && c <= '9') {
        if (digits[k] == 4) return new Parsed(text, null, 0, null);
        parts[k] = parts[k] * 10 + (c - '0');
        digits[k]++;
      } else if (c == '-' && k < 2 && digits[k] > 0) {
        k++;
      } else break;
      j++;
    }
    if (j < n && !Character.isWhitespace(text.charAt(j))) return new Parsed(text, null, 0, null);
    boolean shape = digits[0] == 4 && k >= 1 && digits[1] >= 1 && digits[1] <= 2
        && (k == 1 || (digits[2] >= 1 && digits[2] <= 2));
    if (!shape) return new Parsed(text, null, 0, null);
    String token = text.substring(tokStart, j);
    int day = k == 2 ? parts[2] : 0;
    PartialDate date = null;
    String problem = null;
    if (parts[1] == 0 || (k == 2 && day == 0) || !PartialDate.isValid(parts[0], parts[1], day)) {
      problem = "impossible date \"" + token + "\" in the header";
    } else {
      date = new PartialDate(parts[0], parts[1], day);
    }
    // Body: the rest of the header line (the seeds continue there), then the following lines.
    while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
    if (j < n && text.charAt(j) == '\n') j++;
    return new Parsed(text.substring(j), date, line, problem);
  }
}
