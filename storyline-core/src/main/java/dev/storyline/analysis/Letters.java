package dev.storyline.analysis;

/**
 * {@link Character#isLetterOrDigit(char)} with the answer for the characters of Vietnamese text computed from ranges:
 * the tokenizers ask it for every character of every article, and the JDK's two-level property tables cost a
 * twentieth of the annotators' time for characters whose answer a range gives.
 */
public final class Letters {
  private Letters() {}

  /** Exactly {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    // Latin-1 letters, Latin Extended-A and -B (đ, ă, ơ, ư): letters all, but for × and ÷
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
    // Latin Extended Additional: the tone-marked vowels (ạ … ỹ), letters all
    if (c >= 0x1E00 && c <= 0x1EFF) return true;
    return Character.isLetterOrDigit(c);
  }
}
