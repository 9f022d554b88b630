package dev.storyline.store.search;

/**
 * Finds Vietnamese syllables in text: runs of letters and digits (with combining marks), where a digit run may
 * carry '.' or ',' between digits ("2.500", "3,5") so a number stays one token. A hyphen or whitespace between
 * two syllables keeps them adjacent ("COVID-19" is "covid" then "19"); any other character (sentence
 * punctuation, quotes, brackets, a line break) is a break, so a phrase or a bigram never spans it. Shared by
 * the tokenizer (indexing, queries) and the snippet builder so both see the same syllables at the same offsets.
 */
public final class Syllables {
  private Syllables() {}

  /** Receives each syllable as [start, end) of the scanned text and whether a break precedes it. */
  @FunctionalInterface
  public interface Sink {
    void syllable(int start, int end, boolean breakBefore);
  }

  public static void scan(CharSequence s, Sink sink) { scan(s, 0, s.length(), sink); }

  public static void scan(CharSequence s, int from, int to, Sink sink) {
    int i = from;
    boolean brk = false;
    while (i < to) {
      char ch = s.charAt(i);
      if (!isSyllableStart(ch)) {
        if (!isJoiner(ch)) brk = true;
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < to) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c) || isMark(c)) { i++; continue; }
        if ((c == '.' || c == ',') && i + 1 < to && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) { i++; continue; }
        break;
      }
      sink.syllable(start, i, brk);
      brk = false;
    }
  }

  static boolean isSyllableStart(char ch) { return Character.isLetterOrDigit(ch); }

  private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** Characters between two syllables that keep them adjacent: spaces and tabs (not line breaks) and hyphens. */
  private static boolean isJoiner(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '-' || c == '\u2010' || c == '\u2011'
        || (c != '\n' && c != '\r' && Character.isWhitespace(c)) || isMark(c);
  }
}
