package dev.storyline.analysis.entity;

import dev.storyline.analysis.CharStrings;
import dev.storyline.analysis.Letters;
import dev.storyline.analysis.WordSet;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Splits text into word and punctuation tokens in one linear pass. */
final class Tokenizer {
  private Tokenizer() {}

  /** Title and place abbreviations written with a dot before a name (none longer than three letters). */
  static final java.util.Set<String> ABBREVIATIONS =
      WordSet.of("TP", "Tp", "P", "Q", "H", "GS", "TS", "PGS", "ThS", "BS", "KS", "Th", "Mr", "Mrs", "Ms", "Dr");

  static List<Token> tokens(String text, List<Sentence> sentences) {
    return tokens(text, sentences, null);
  }

  /** As above, also handing each word to {@code words} (when not null) as it is cut. */
  static List<Token> tokens(String text, List<Sentence> sentences, EntityRecognizer.TokenWords words) {
    List<Token> out = new ArrayList<>(text.length() / 4 + 4);
    int n = text.length();
    // The current sentence's bounds as ints, re-read only when the scan passes its end (not at every character).
    int ns = sentences.size();
    int si = 0;
    int sentenceStart = ns > 0 ? sentences.get(0).start() : -1;
    int sentenceEnd = ns > 0 ? sentences.get(0).end() : Integer.MAX_VALUE;
    boolean initial = true;
    int i = 0;
    while (i < n) {
      while (sentenceEnd <= i) {
        si++;
        sentenceStart = si < ns ? sentences.get(si).start() : -1;
        sentenceEnd = si < ns ? sentences.get(si).end() : Integer.MAX_VALUE;
      }
      if (sentenceStart == i) initial = true;
      char c = text.charAt(i);
      if (c == ' ' || Character.isWhitespace(c)) {
        if (c == '\n') initial = true;
        i++;
        continue;
      }
      if (isWordChar(c)) {
        int s = i;
        // The key is the word itself unless a letter lower-cases differently or a non-ASCII character follows an
        // "o"/"u" (an old-style tone placement, "hoà"): then NameKeys does the work. Most words need neither, and
        // deciding here, on characters the scan reads anyway, saves two more passes over each word.
        boolean keyDiffers = c < 0x80 ? c >= 'A' && c <= 'Z' : Character.toLowerCase(c) != c;
        // letters and digits only (no inner mark, separator or dot): the quantity tokenizer may skip over it
        boolean plain = Letters.isLetterOrDigit(c);
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (d < 0x80 && (d >= 'a' && d <= 'z' || d >= '0' && d <= '9')) {
            i++; // the common case: a lower-case ASCII letter or a digit, a word character that is no capital
            continue;
          }
          if (d >= 0x80 && !keyDiffers) {
            char p = text.charAt(i - 1);
            keyDiffers = p == 'o' || p == 'u' || p == 'O' || p == 'U' || Character.toLowerCase(d) != d;
          }
          if (isWordChar(d)) {
            if (plain && !Letters.isLetterOrDigit(d)) plain = false; // a combining mark
            // "PhươngTheo", "quậnTân": two words glued by a lost space; a Vietnamese (accented) lower-case letter
            // before a capital never occurs inside one name ("iPhone", "McCain" have no accents).
            if (Character.isUpperCase(d)) {
              keyDiffers = true;
              if (i + 1 < n && Character.isLowerCase(text.charAt(i + 1))
                  && Character.isLowerCase(text.charAt(i - 1)) && (accented(text, s, i) || gluedTheo(text, i))) break;
            }
            i++;
          } else if (d == '&' && i + 1 < n && Character.isUpperCase(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i - 1))) {
            i++; // "GD&ĐT", "AT&T"
            plain = false;
          } else if (d == '.' && i + 2 < n && Character.isUpperCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2))
              && (i - s == 2 && (text.startsWith("TP", s) || text.startsWith("Tp", s)))) {
            i++; // "TP.Sóc Trăng", "Tp.Hồ Chí Minh": the abbreviation with its dot, then the name ("TP.HCM" stays whole)
            plain = false;
            break;
          } else if (d == '.' && i + 1 < n && Character.isUpperCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i - 1))
              && i + 2 < n && Character.isLowerCase(text.charAt(i + 2)) && !ABBREVIATIONS.contains(text.substring(s, i))) {
            break; // "ra.Duncan": a sentence end with its space lost
          } else if ((d == '-' || d == '\'' || d == '’' || d == '.') && i + 1 < n && isWordChar(text.charAt(i + 1))
              && (d != '.' || Character.isLetter(text.charAt(i - 1)) || Character.isDigit(text.charAt(i + 1)))
              && !(d == '-' && shirtNumber(text, s, i))) {
            i++;
            plain = false;
          } else {
            break;
          }
        }
        // "TP. Buôn Ma Thuột", "GS. Nguyễn Văn A": the dot belongs to the abbreviation, not to a sentence end.
        if (i < n && text.charAt(i) == '.' && (i + 1 == n || text.charAt(i + 1) == ' ')
            && (i - s <= 3 && ABBREVIATIONS.contains(text.substring(s, i)) || initials(text, s, i)
                && (i - s == 1 && !unitOrContinentBefore(text, s) || i + 2 < n && Character.isLowerCase(text.charAt(i + 2))))) {
          i++;
          plain = false;
        }
        // "H." of "George H. W. Bush" keeps its dot; "N.V.Đ." only when a lower-case word follows (no sentence end).

        String t = text.substring(s, i);
        String key = keyDiffers ? NameKeys.nfcKey(t) : t;
        out.add(new Token(s, i, t, key, true, initial, c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)));
        if (words != null) words.add(s, i, t, key, plain);
        initial = false;
      } else {
        String t = CharStrings.of(c);
        out.add(new Token(i, i + 1, t, t, false, false));
        // A quotation, a colon or a line-start bullet starts a new clause whose first word is capitalised.
        if (c == '"' || c == '“' || c == '(' || c == ':' || c == '.' || c == '!' || c == '?' || c == '…') initial = true;
        i++;
      }
    }
    return out;
  }

  /** "H", "N.V.Đ": single capitals separated by dots, the initials of a person ("George H. W. Bush"). */
  static boolean initials(String text, int s, int e) {
    for (int k = s; k < e; k++) {
      boolean letterSlot = (k - s) % 2 == 0;
      char c = text.charAt(k);
      if (letterSlot ? !Character.isUpperCase(c) : c != '.') return false;
    }
    return (e - s) % 2 == 1;
  }

  /**
   * "24 độ C. Nhưng", "sạc nhanh 33 W. Máy", "châu Á. Tại", "tia X. Sau": one capital after a number, "độ", "châu"
   * or "tia" is a unit, a continent or the rays ending the sentence, not a person's initial (the dot is the sentence's).
   */
  private static boolean unitOrContinentBefore(String text, int s) {
    if (s < 2 || text.charAt(s - 1) != ' ') return false;
    char p = text.charAt(s - 2);
    if (Character.isDigit(p)) return true;
    char c = text.charAt(s);
    // "châu Á." (not "Phan Châu T.", a middle name and an initial); "độ C.", "độ F."
    if (c == 'Á') return wordBefore(text, s - 1, "châu") || wordBefore(text, s - 1, "Châu");
    if (c == 'X' && wordBefore(text, s - 1, "tia")) return true; // round 12: "tia X." (X-rays) ends the sentence
    return (c == 'C' || c == 'F') && wordBefore(text, s - 1, "độ");
  }

  /** The word ending at e (exclusive) is w. */
  private static boolean wordBefore(String text, int e, String w) {
    int b = e - w.length();
    return b >= 0 && text.startsWith(w, b) && (b == 0 || !isWordChar(text.charAt(b - 1)));
  }

  /** "Kim DungTheo Bloomberg": a byline glued to the "Theo" of its source line. */
  private static boolean gluedTheo(String text, int i) {
    return text.startsWith("Theo", i) && (i + 4 == text.length() || text.charAt(i + 4) == ' ');
  }

  private static boolean accented(String text, int s, int e) {
    for (int k = s; k < e; k++) if (text.charAt(k) > 0x7f) return true;
    return false;
  }

  /** "12-Tim Howard", "7-Bobby Wood": a squad list's shirt number joined by a hyphen to a capitalised name; the name
   *  is a word of its own (codes "59-NQ/TW", "VN30-Index" stay whole: a capital then a lower-case letter, after
   *  a bare number only). */
  private static boolean shirtNumber(String text, int s, int i) {
    if (i + 2 >= text.length() || !Character.isUpperCase(text.charAt(i + 1)) || !Character.isLowerCase(text.charAt(i + 2))) return false;
    for (int k = s; k < i; k++) if (!Character.isDigit(text.charAt(k))) return false;
    return true;
  }

  static boolean isWordChar(char c) {
    return Letters.isLetterOrDigit(c) || c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
