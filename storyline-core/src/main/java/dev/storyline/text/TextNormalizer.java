package dev.storyline.text;

import java.text.Normalizer;

/**
 * Brings decoded input text to the stored form: NFC, LF line ends, no BOM, no stray control characters.
 *
 * <p>Rules: CRLF and CR become LF (as do U+2028/U+2029); a tab becomes a space; other C0/C1 control
 * characters are dropped; zero-width characters (U+200B..U+200D, U+2060, U+FEFF incl. a BOM) and the soft
 * hyphen U+00AD are dropped; no-break spaces (U+00A0, U+202F, U+2007) become plain spaces; the result is
 * NFC (some corpora, e.g. vims, ship decomposed text). Characters are cleaned before composing so a dropped
 * zero-width character between a letter and its combining mark cannot leave an uncomposed pair.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Returns the normalised text; the very same instance when it is already clean (no copy). Null gives "". */
  public static String normalize(String raw) {
    if (raw == null) return "";
    if (isCleanChars(raw) && Normalizer.isNormalized(raw, Normalizer.Form.NFC)) return raw;
    StringBuilder b = new StringBuilder(raw.length());
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      switch (action(c)) {
        case KEEP -> b.append(c);
        case DROP -> { }
        case SPACE -> b.append(' ');
        case NEWLINE -> {
          b.append('\n');
          if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') i++;
        }
        default -> throw new AssertionError();
      }
    }
    String s = b.toString();
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static final int KEEP = 0, DROP = 1, SPACE = 2, NEWLINE = 3;

  private static boolean isCleanChars(String s) {
    for (int i = 0, n = s.length(); i < n; i++) if (action(s.charAt(i)) != KEEP) return false;
    return true;
  }

  private static int action(char c) {
    if (c >= 0x20 && c < 0x7F) return KEEP; // fast path for ASCII text
    if (c == '\n') return KEEP;
    if (c == '\r' || c == '\u2028' || c == '\u2029') return NEWLINE;
    if (c == '\t') return SPACE;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return DROP;
    return switch (c) {
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> DROP;
      case '\u00A0', '\u202F', '\u2007' -> SPACE;
      default -> KEEP;
    };
  }
}
