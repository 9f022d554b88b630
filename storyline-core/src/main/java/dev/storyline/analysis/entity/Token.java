package dev.storyline.analysis.entity;

/**
 * One token of the scanner: a word (letters/digits, with inner '-', '\'', '’', '.' kept: "al-Sudani",
 * "TP.HCM") or a single punctuation character.
 *
 * @param start   offset into the text
 * @param end     exclusive end
 * @param text    the surface form
 * @param key     {@link NameKeys#key} of the surface
 * @param word    true for a word, false for punctuation
 * @param initial true when the word starts a sentence, a line or a quotation
 * @param capitalised a word whose first letter is upper case
 */
record Token(int start, int end, String text, String key, boolean word, boolean initial, boolean capitalised) {
  // capitalised is a component, computed once here: the scan asks it of nearly every token many times over.
  Token(int start, int end, String text, String key, boolean word, boolean initial) {
    this(start, end, text, key, word, initial, word && Character.isUpperCase(text.codePointAt(0)));
  }

  /** "IS", "ISIS-K", "TTXVN", "TP.HCM": at least two letters, all upper case. */
  boolean acronym() {
    if (!word) return false;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      }
    }
    return letters >= 2;
  }

  /** "al-Sudani", "el-Sisi": a lower-case Arabic article glued to a capitalised name. */
  boolean particleName() {
    if (!word || text.length() < 4) return false;
    int dash = text.indexOf('-');
    if (dash < 1 || dash > 3 || dash + 1 >= text.length()) return false;
    String p = text.substring(0, dash);
    return (p.equals("al") || p.equals("el") || p.equals("ad") || p.equals("as") || p.equals("ash") || p.equals("an"))
        && Character.isUpperCase(text.charAt(dash + 1));
  }

  boolean isDash() { return !word && (text.equals("-") || text.equals("–") || text.equals("—")); }
}
