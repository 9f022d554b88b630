package dev.storyline.analysis;

import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Vietnamese news text into sentences without breaking "D.C", "TP.HCM", "ngày 8.2" or "2.500".
 *
 * <p>Rules, applied by one left-to-right scan:
 * <ul>
 *   <li>every '\n' ends a sentence (cleaned text has one paragraph per line);</li>
 *   <li>otherwise a sentence ends after a run of {@code . ! ? …} (plus any closing quotes or brackets right
 *       after it) only when whitespace follows and the next visible character is an upper-case letter, a digit
 *       or an opening quote/bracket. A '.' glued to the next character ("2.500", "8.2", "TP.HCM", "D.C",
 *       URLs, "./.") therefore never splits;</li>
 *   <li>a '.' closing a known abbreviation ("TS.", "ThS.", "PGS.TS.", "Mr.", "St.", "U.S.", "v.v.") or a
 *       single-letter initial ("J. Kirby") does not split.</li>
 * </ul>
 * Spans never include leading or trailing whitespace; empty lines yield no sentence.
 */
public final class SentenceSplitter {
  /** Lower-cased abbreviations (the word before the final '.') after which a '.' is not a sentence end. */
  private static final Set<String> ABBREVIATIONS = WordSet.of(
      "ts", "ths", "th.s", "pgs", "pgs.ts", "gs", "gs.ts", "gs.tskh", "tskh", "bs", "bs.ckii", "ks", "ncs",
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "u.s", "u.k", "u.n", "v.v", "tp", "tt", "vs", "etc",
      "e.g", "i.e", "a.m", "p.m", "co", "ltd", "inc", "corp", "no");

  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int segStart = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        emit(text, segStart, i, out);
        segStart = i + 1;
        i++;
        continue;
      }
      if (isTerminator(c)) {
        int j = i + 1;
        while (j < n && isTerminator(text.charAt(j))) j++;
        while (j < n && isClosing(text.charAt(j))) j++;
        if (j < n && isSpace(text.charAt(j)) && text.charAt(j) != '\n' && nextStartsSentence(text, j)
            && !(c == '.' && j == i + 1 && isAbbreviationBefore(text, i, segStart))) {
          emit(text, segStart, j, out);
          segStart = j;
        }
        i = j;
        continue;
      }
      i++;
    }
    emit(text, segStart, n, out);
    return List.copyOf(out);
  }

  private static void emit(String text, int from, int to, List<Sentence> out) {
    while (from < to && isSpace(text.charAt(from))) from++;
    while (to > from && isSpace(text.charAt(to - 1))) to--;
    if (to > from) out.add(new Sentence(from, to));
  }

  private static boolean nextStartsSentence(String text, int j) {
    int n = text.length();
    while (j < n && isSpace(text.charAt(j))) {
      if (text.charAt(j) == '\n') return false; // the newline itself ends the sentence
      j++;
    }
    if (j >= n) return false;
    char c = text.charAt(j);
    return Character.isUpperCase(c) || Character.isTitleCase(c) || (c >= '0' && c <= '9') || isOpening(c);
  }

  /** The word ending at the '.' at {@code dot}: an initial or a known abbreviation means no sentence end. */
  private static boolean isAbbreviationBefore(String text, int dot, int segStart) {
    int k = dot;
    while (k > segStart && !isSpace(text.charAt(k - 1)) && !isOpening(text.charAt(k - 1))) k--;
    int len = dot - k;
    if (len == 0) return false;
    if (len == 1) return Character.isUpperCase(text.charAt(k)); // "J. Kirby", "Q. 1"
    if (len > 10) return false;
    return ABBREVIATIONS.contains(text.substring(k, dot).toLowerCase(Locale.ROOT));
  }

  private static boolean isTerminator(char c) { return c == '.' || c == '!' || c == '?' || c == '…'; }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«';
  }

  private static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0'; }
}
