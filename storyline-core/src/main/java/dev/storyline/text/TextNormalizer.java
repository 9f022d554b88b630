package dev.storyline.text;

/** Brings decoded input text to the stored form: NFC, LF line ends, no BOM, no stray control characters. */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String raw) {
    throw new UnsupportedOperationException("TODO");
  }
}
