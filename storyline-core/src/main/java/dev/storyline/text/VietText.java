package dev.storyline.text;

/** Vietnamese text helpers for matching. Every function here keeps the string's length, so offsets stay valid. */
public final class VietText {
  private VietText() {}

  /** Unifies old and new tone-mark placement ("hoà" → "hòa", "Uỷ" → "Ủy") and lower-cases; same length as the input (NFC). */
  public static String matchKey(String nfc) {
    throw new UnsupportedOperationException("TODO");
  }
}
