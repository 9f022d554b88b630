package dev.storyline.render;

import java.util.Locale;

/** HTML escaping shared by the HTML report and the TimelineJS export (TimelineJS renders HTML in its text fields). */
final class Html {
  private Html() {}

  /** Escapes text for element content and quoted attribute values: {@code & < > " '}; null is empty. */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (r == null) {
        if (b != null) b.append(c);
        continue;
      }
      if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
      b.append(r);
    }
    return b == null ? s : b.toString();
  }

  /**
   * The URL when it is safe as a link target (http or https only; a {@code javascript:} or {@code data:} URL from
   * a page would run in the reader's browser), else null.
   */
  static String safeUrl(String url) {
    if (url == null) return null;
    String u = url.strip();
    String l = u.toLowerCase(Locale.ROOT);
    if (!(l.startsWith("http://") || l.startsWith("https://"))) return null;
    for (int i = 0; i < u.length(); i++) if (Character.isWhitespace(u.charAt(i)) || u.charAt(i) < 0x20) return null;
    return u;
  }
}
