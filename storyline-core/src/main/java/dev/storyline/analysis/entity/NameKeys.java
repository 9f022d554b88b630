package dev.storyline.analysis.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Matching keys and id slugs for names: NFC, lower case, one tone-mark placement, folded diacritics. */
public final class NameKeys {
  private NameKeys() {}

  // Old-style placement puts the tone on the second vowel of a final "oa", "oe", "uy" ("hoà", "uỷ");
  // the new style puts it on the first ("hòa", "ủy"). Both spellings occur in the same newspaper.
  private static final String OLD = "àáảãạèéẻẽẹỳýỷỹỵ";
  private static final String NEW_O = "òóỏõọòóỏõọ";
  private static final String NEW_U = "ùúủũụ";

  /** NFC, lower-cased, tone marks moved to the new-style position; the same length as the NFC input. */
  public static String key(String s) {
    return nfcKey(Normalizer.normalize(s, Normalizer.Form.NFC));
  }

  /** As {@link #key} for input already in NFC (article text is): no copy when nothing needs to change. */
  static String nfcKey(String nfc) {
    String n = nfc.toLowerCase(Locale.ROOT);
    boolean oldStyle = false;
    for (int i = 1; i < n.length() && !oldStyle; i++) {
      char p = n.charAt(i - 1);
      oldStyle = (p == 'o' || p == 'u') && OLD.indexOf(n.charAt(i)) >= 0;
    }
    if (!oldStyle) return n;
    char[] c = n.toCharArray();
    for (int i = 1; i < c.length; i++) {
      int k = OLD.indexOf(c[i]);
      if (k < 0) continue;
      boolean syllableEnd = i + 1 >= c.length || !Character.isLetter(c[i + 1]);
      if (!syllableEnd) continue;
      char prev = c[i - 1];
      if (k < 10 && prev == 'o') { // oà → òa, oè → òe
        c[i - 1] = NEW_O.charAt(k);
        c[i] = k < 5 ? 'a' : 'e';
      } else if (k >= 10 && prev == 'u') { // uỷ → ủy
        c[i - 1] = NEW_U.charAt(k - 10);
        c[i] = 'y';
      }
    }
    return new String(c);
  }

  /** ASCII slug for ids: "Mohammed Shia al-Sudani" → "mohammed-shia-al-sudani", "Bộ Quốc phòng Mỹ" → "bo-quoc-phong-my". */
  public static String slug(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    boolean dash = false;
    for (int i = 0; i < d.length(); i++) {
      char ch = d.charAt(i);
      if (Character.getType(ch) == Character.NON_SPACING_MARK) continue;
      if (ch == 'đ' || ch == 'Đ') ch = 'd';
      ch = Character.toLowerCase(ch);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        if (dash && b.length() > 0) b.append('-');
        b.append(ch);
        dash = false;
      } else {
        dash = true;
      }
    }
    return b.length() == 0 ? "x" : b.toString();
  }
}
