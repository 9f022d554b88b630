package dev.storyline.analysis;

/**
 * One-character strings for punctuation tokens: a sixth of a text's tokens are punctuation, nearly all ASCII, and
 * each needs no string of its own.
 */
public final class CharStrings {
  private CharStrings() {}

  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) ASCII[c] = String.valueOf(c);
  }

  /** {@code String.valueOf(c)}, shared for ASCII characters. */
  public static String of(char c) {
    return c < ASCII.length ? ASCII[c] : String.valueOf(c);
  }
}
