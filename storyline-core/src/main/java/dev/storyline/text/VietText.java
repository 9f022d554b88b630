package dev.storyline.text;

/**
 * Vietnamese text helpers for matching. Every function here keeps the string's length, so offsets found in
 * a key are offsets in the original string. All work is done with lookup tables over the precomposed (NFC)
 * Vietnamese vowels; combining marks left in non-NFC input are kept as they are.
 */
public final class VietText {
  private VietText() {}

  /** Rows of toned vowels: base, huyền, sắc, hỏi, ngã, nặng. */
  private static final String[] LOWER_ROWS = {
      "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
      "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"};
  private static final int ROW_A = 0, ROW_E = 3, ROW_O = 6, ROW_U = 9, ROW_Y = 11;
  private static final int TABLE_SIZE = 0x1F00;
  /** Up to the end of the general punctuation and currency blocks (curly quotes, dashes, ellipses, €). */
  private static final int LOWER_SIZE = 0x2100;
  /** For a lower-case vowel: row * 8 + tone + 1; 0 for anything else. */
  private static final byte[] VOWEL = new byte[TABLE_SIZE];
  /** The same letter without any diacritic (same case); 0 when the char has none to strip. */
  private static final char[] FOLD = new char[TABLE_SIZE];
  /**
   * {@link Character#toLowerCase(char)} of every char below {@link #LOWER_SIZE} (Latin, Vietnamese, Greek,
   * Cyrillic, punctuation): the JDK's version walks Unicode property tables for each non-ASCII char, and matching keys are
   * built for every paragraph of every article.
   */
  private static final char[] LOWER = new char[LOWER_SIZE];

  static {
    for (int c = 0; c < LOWER_SIZE; c++) LOWER[c] = Character.toLowerCase((char) c);
    for (int r = 0; r < LOWER_ROWS.length; r++) {
      String row = LOWER_ROWS[r];
      char base = row.charAt(0);
      char plain = plainLetter(base);
      for (int t = 0; t < row.length(); t++) {
        char lc = row.charAt(t);
        VOWEL[lc] = (byte) (r * 8 + t + 1);
        FOLD[lc] = plain;
        char uc = Character.toUpperCase(lc);
        if (uc < TABLE_SIZE) FOLD[uc] = Character.toUpperCase(plain);
      }
    }
    FOLD['đ'] = 'd';
    FOLD['Đ'] = 'D';
  }

  private static char plainLetter(char base) {
    return switch (base) {
      case 'ă', 'â' -> 'a';
      case 'ê' -> 'e';
      case 'ô', 'ơ' -> 'o';
      case 'ư' -> 'u';
      default -> base;
    };
  }

  private static String row(int r) { return LOWER_ROWS[r]; }

  /** Exactly {@link Character#toLowerCase(char)}, from a table for the scripts news text is written in. */
  public static char toLower(char c) { return c < LOWER_SIZE ? LOWER[c] : Character.toLowerCase(c); }

  /**
   * Exactly {@link Character#isWhitespace(char)}, without the property look-up for the letters, digits and
   * punctuation below U+1680, none of which is whitespace.
   */
  public static boolean isWhitespace(char c) {
    return c <= ' ' || c >= 0x1680 ? Character.isWhitespace(c) : false;
  }

  /**
   * Lower-cases and unifies old and new tone-mark placement on the pairs oa, oe and uy: "hoà" → "hòa",
   * "khoẻ" → "khỏe", "thuỷ" → "thủy", "Uỷ" → "ủy", "qúy" → "quý". Canonical form: at the end of a syllable
   * the mark sits on the first vowel (on "y" after "qu", where "u" is part of the consonant); before a final
   * consonant it sits on the second vowel ("hòang" → "hoàng"). Pairs followed by another vowel ("khuyến",
   * "ngoài") are left alone. Same length as the input.
   */
  public static String matchKey(String nfc) { return new String(matchKeyChars(nfc)); }

  /**
   * {@link #matchKey} with every whitespace run made one space and no leading or trailing whitespace, in one
   * array: the cleaner compares paragraphs by this key, and building it in place saves two copies.
   */
  public static String collapsedMatchKey(String nfc) {
    char[] c = matchKeyChars(nfc);
    int m = 0;
    boolean space = false;
    for (char ch : c) {
      if (isWhitespace(ch)) space = m > 0;
      else {
        if (space) c[m++] = ' ';
        space = false;
        c[m++] = ch;
      }
    }
    return new String(c, 0, m);
  }

  private static char[] matchKeyChars(String nfc) {
    int n = nfc.length();
    char[] c = new char[n];
    nfc.getChars(0, n, c, 0);
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      c[i] = ch < LOWER_SIZE ? LOWER[ch] : Character.toLowerCase(ch);
    }
    for (int i = 0; i + 1 < n; i++) {
      int v1 = vowelCode(c[i]);
      if (v1 == 0) continue;
      int r1 = (v1 - 1) >> 3;
      if (r1 != ROW_O && r1 != ROW_U) continue;
      int v2 = vowelCode(c[i + 1]);
      if (v2 == 0) continue;
      int r2 = (v2 - 1) >> 3;
      boolean pair = (r1 == ROW_O && (r2 == ROW_A || r2 == ROW_E)) || (r1 == ROW_U && r2 == ROW_Y);
      if (!pair) continue;
      int t1 = (v1 - 1) & 7, t2 = (v2 - 1) & 7;
      if (t1 != 0 && t2 != 0) continue; // two marks: a typo we cannot fix safely
      int tone = t1 | t2;
      if (tone == 0) { i++; continue; }
      char next = i + 2 < n ? c[i + 2] : ' ';
      boolean onSecond;
      if (vowelCode(next) != 0) { i++; continue; }
      if (Character.isLetter(next)) onSecond = true; // a final consonant follows
      else onSecond = r1 == ROW_U && i > 0 && c[i - 1] == 'q';
      c[i] = row(r1).charAt(onSecond ? 0 : tone);
      c[i + 1] = row(r2).charAt(onSecond ? tone : 0);
      i++;
    }
    return c;
  }

  /** Strips all Vietnamese diacritics ("Đà Nẵng" → "Da Nang"), keeping case and length. */
  public static String foldDiacritics(String s) {
    int n = s.length();
    char[] out = null;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch < 0xC0 || ch >= TABLE_SIZE) continue;
      char f = FOLD[ch];
      if (f == 0 || f == ch) continue;
      if (out == null) out = s.toCharArray();
      out[i] = f;
    }
    return out == null ? s : new String(out);
  }

  private static int vowelCode(char ch) { return ch < TABLE_SIZE ? VOWEL[ch] : 0; }
}
