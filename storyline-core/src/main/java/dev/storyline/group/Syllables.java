package dev.storyline.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits Vietnamese text into lower-cased NFC syllables (runs of letters, marks and digits). */
public final class Syllables {
  private Syllables() {}

  /** Lower-cased NFC form of {@code s}; cheap when the text is already NFC. */
  public static String normalize(String s) {
    if (s == null) return "";
    String nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    return nfc.toLowerCase(Locale.ROOT);
  }

  /** Syllables of the text in order. */
  public static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    scan(normalize(s), (syl, breakBefore) -> out.add(syl));
    return out;
  }

  /** Receives each syllable and whether punctuation (not just spaces) separated it from the previous one. */
  interface Sink {
    void accept(String syllable, boolean breakBefore);
  }

  /** Scans an already normalised string; a hand-written loop because this runs over every character of a corpus. */
  static void scan(String t, Sink sink) {
    int n = t.length();
    int i = 0;
    boolean brk = true;
    while (i < n) {
      char c = t.charAt(i);
      if (isWordChar(c)) {
        int start = i;
        while (i < n && isWordChar(t.charAt(i))) i++;
        sink.accept(t.substring(start, i), brk);
        brk = false;
      } else {
        // Spaces keep a bigram chain alive; anything else (punctuation, line breaks) cuts it.
        if (c != ' ' && c != '\u00a0' && c != '\t') brk = true;
        i++;
      }
    }
  }

  static boolean isWordChar(char c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
