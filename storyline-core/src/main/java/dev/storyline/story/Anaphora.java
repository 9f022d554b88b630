package dev.storyline.story;

import java.util.List;

/**
 * Sentence starts that lean on the previous sentence. A sentence lifted out of its article for a
 * summary or a timeline must stand alone, so these are filtered.
 *
 * <p>Two lists: {@link #REFERENTIAL} starts point back at something ("Điều này", "Ông này", "Họ")
 * and make no sense alone anywhere. {@link #CONNECTORS} only link to the neighbour ("Tuy nhiên",
 * "Trước đó"); in a timeline the entry's date already anchors a temporal connector and a contrastive
 * one reads acceptably, so the timeline keeps them; the summary drops them because its sentences
 * come from different articles and the connector would link to the wrong neighbour.
 */
final class Anaphora {
  private Anaphora() {}

  static final List<String> REFERENTIAL = List.of(
      "do đó", "ông này", "bà này", "nhà lãnh đạo này", "điều này", "việc này", "họ", "người này",
      "quan chức này", "động thái này", "vụ việc này", "sự việc này", "theo đó", "chúng", "đây là",
      "đó là", "vì vậy", "do vậy", "vì thế", "bởi vậy", "quan điểm trên", "phát biểu trên", "thông tin trên",
      "tuyên bố trên", "con số trên", "động thái trên", "vụ việc trên", "quyết định trên", "trong đó", "trong số đó");

  static final List<String> CONNECTORS = List.of(
      "tuy nhiên", "ngoài ra", "bên cạnh đó", "trong khi đó", "nhưng", "mặt khác", "trước đó", "sau đó",
      "cùng ngày", "hôm đó", "khi đó", "lúc đó", "cũng theo", "thêm vào đó", "đồng thời", "còn", "song");

  /** True when the sentence starts with a referential anaphor or a bare "Ông"/"Bà" with no name after it. */
  static boolean referentialStart(String sentence) {
    String s = stripOpening(sentence);
    for (String p : REFERENTIAL) if (startsWithWord(s, p)) return true;
    return bareTitle(s, "ông") || bareTitle(s, "bà");
  }

  static boolean connectorStart(String sentence) {
    String s = stripOpening(sentence);
    for (String p : CONNECTORS) if (startsWithWord(s, p)) return true;
    return false;
  }

  private static String stripOpening(String s) {
    int i = 0;
    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
    return s.substring(i);
  }

  static boolean startsWithWord(String s, String prefix) {
    if (s.length() < prefix.length() || !s.regionMatches(true, 0, prefix, 0, prefix.length())) return false;
    return s.length() == prefix.length() || !Character.isLetterOrDigit(s.charAt(prefix.length()));
  }

  /** "Ông cho biết…" points back at someone; "Ông Biden cho biết…" does not. */
  private static boolean bareTitle(String s, String title) {
    if (!startsWithWord(s, title)) return false;
    int i = title.length();
    while (i < s.length() && s.charAt(i) == ' ') i++;
    return i >= s.length() || !Character.isUpperCase(s.charAt(i));
  }
}
