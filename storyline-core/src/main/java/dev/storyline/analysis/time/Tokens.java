package dev.storyline.analysis.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The token stream the temporal matcher walks: runs of letters (syllables), runs of ASCII digits, and single
 * punctuation characters, with their offsets. Built by one pass over the text; words are lower-cased once.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte PUNCT = 3;

  final String text;
  int n;
  int[] start;
  int[] end;
  byte[] kind;
  /** Lower-cased word, the digits of a number, or the punctuation character. */
  String[] low;
  /** Numeric value of a NUM token (≤ 9 digits), else -1. */
  int[] val;
  /** Whether a WORD token starts with an upper-case letter. */
  boolean[] cap;

  Tokens(String text) {
    this.text = text;
    int cap0 = Math.max(16, text.length() / 3);
    start = new int[cap0];
    end = new int[cap0];
    kind = new byte[cap0];
    low = new String[cap0];
    val = new int[cap0];
    cap = new boolean[cap0];
    int len = text.length();
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i + 1;
        while (j < len && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
        String digits = text.substring(i, j);
        add(i, j, NUM, digits, j - i <= 9 ? Integer.parseInt(digits) : -1, false);
        i = j;
      } else if (isLetter(c)) {
        int j = i + 1;
        while (j < len && isLetter(text.charAt(j))) j++;
        add(i, j, WORD, text.substring(i, j).toLowerCase(Locale.ROOT), -1, Character.isUpperCase(c));
        i = j;
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        i++;
      } else {
        add(i, i + 1, PUNCT, String.valueOf(c), -1, false);
        i++;
      }
    }
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private void add(int s, int e, byte k, String l, int v, boolean upper) {
    if (n == start.length) {
      int m = n * 2;
      start = Arrays.copyOf(start, m);
      end = Arrays.copyOf(end, m);
      kind = Arrays.copyOf(kind, m);
      low = Arrays.copyOf(low, m);
      val = Arrays.copyOf(val, m);
      cap = Arrays.copyOf(cap, m);
    }
    start[n] = s;
    end[n] = e;
    kind[n] = k;
    low[n] = l;
    val[n] = v;
    cap[n] = upper;
    n++;
  }

  boolean word(int i, String w) { return i >= 0 && i < n && kind[i] == WORD && low[i].equals(w); }

  boolean isWord(int i) { return i >= 0 && i < n && kind[i] == WORD; }

  boolean num(int i) { return i >= 0 && i < n && kind[i] == NUM; }

  /** A number of at most {@code maxDigits} digits. */
  boolean num(int i, int maxDigits) { return num(i) && end[i] - start[i] <= maxDigits; }

  int digits(int i) { return end[i] - start[i]; }

  boolean punct(int i, char c) { return i >= 0 && i < n && kind[i] == PUNCT && text.charAt(start[i]) == c; }

  boolean isPunct(int i) { return i >= 0 && i < n && kind[i] == PUNCT; }

  char ch(int i) { return text.charAt(start[i]); }

  /** Token i touches token i-1 (no whitespace between). */
  boolean glued(int i) { return i > 0 && i < n && start[i] == end[i - 1]; }
}
