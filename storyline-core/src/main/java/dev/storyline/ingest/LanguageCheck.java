package dev.storyline.ingest;

import java.text.Normalizer;
import java.util.Set;

/**
 * Whether a text is Vietnamese, cheaply: enough letters that only Vietnamese uses (đ, ă, ơ, ư, â, ê, ô and the
 * tone-marked vowels), or several of its commonest function syllables. Used to keep Vietnamese pages out of a
 * web archive full of other languages; it is a filter, not a language identifier.
 */
public final class LanguageCheck {
  /** Share of letters that must be Vietnamese-specific: 3%. Vietnamese prose runs at 25-40%, French under 2%. */
  public static final double MIN_SHARE = 0.03;
  /** How many function-syllable hits also count as Vietnamese when the letter share falls short. */
  public static final int MIN_FUNCTION_WORDS = 5;
  /** Only the first this many characters are inspected. */
  public static final int SAMPLE_CHARS = 20_000;

  private static final Set<String> FUNCTION_SYLLABLES = Set.of("của", "và", "là", "những", "các", "được", "trong", "cho", "với", "không");

  /** Base letters (after removing tone marks) that French, Portuguese etc. do not share with Vietnamese. */
  private static final String VIET_BASE = "ăâđêôơưĂÂĐÊÔƠƯ";

  private LanguageCheck() {}

  public static boolean isVietnamese(String text) {
    if (text == null || text.isEmpty()) return false;
    String s = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    int letters = 0, viet = 0, functionWords = 0;
    int wordStart = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters++;
        if (isVietnameseOnly(c)) viet++;
        if (wordStart < 0) wordStart = i;
      } else if (wordStart >= 0) {
        if (i - wordStart <= 5 && FUNCTION_SYLLABLES.contains(s.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT))) functionWords++;
        wordStart = -1;
      }
    }
    if (letters == 0) return false;
    return viet >= MIN_SHARE * letters || (functionWords >= MIN_FUNCTION_WORDS && viet > 0);
  }

  /** Whether a letter is one only Vietnamese uses among Latin-script languages. */
  static boolean isVietnameseOnly(char c) {
    if (VIET_BASE.indexOf(c) >= 0) return true;
    if (c < 0x1EA0 || c > 0x1EF9) {
      // Precomposed Latin-1/Extended-A vowels with a tone Vietnamese uses but also French/Spanish do (é, à, ò):
      // not counted, so French text does not pass. ĩ, ũ, ỹ and the Vietnamese-block letters below are.
      return c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ';
    }
    return true; // U+1EA0..U+1EF9: Latin Extended Additional, the Vietnamese tone-marked vowels (ạ, ả, ấ, ...)
  }
}
