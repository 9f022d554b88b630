package dev.storyline.story;

import dev.storyline.text.VietText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Syllables for comparing Vietnamese sentences: lower-cased (diacritics kept, since "ma", "má" and
 * "mã" are different words). {@link StoryBuilder.Vocabulary} adds adjacent-syllable bigrams, which
 * stand in for the two-syllable words a segmenter would find.
 */
final class TextFeatures {
  private TextFeatures() {}

  /** Function syllables that say nothing about the topic; used for "content word" tests and titles. */
  static final Set<String> STOP = Set.copyOf(List.of(
      "và", "của", "là", "các", "những", "có", "được", "trong", "cho", "với", "đã", "sẽ", "đang", "này",
      "đó", "khi", "từ", "theo", "một", "không", "tại", "về", "ra", "vào", "để", "cũng", "thì", "mà",
      "như", "nhưng", "nên", "bị", "do", "vì", "ở", "hơn", "rất", "lại", "năm", "tháng", "ngày", "hôm",
      "còn", "đến", "tới", "sau", "trước", "nói", "cho", "biết", "ông", "bà", "anh", "chị", "họ", "nay",
      "vừa", "qua", "nhiều", "hai", "ba", "bốn", "năm", "nhất", "thêm", "trên", "dưới", "giữa", "sự",
      "việc", "điều", "thể", "cần", "phải", "đây", "kể", "hay", "hoặc", "nếu", "thế", "vậy", "làm", "khỏi", "lên", "xuống", "vẫn", "đều", "chỉ", "khoảng", "gần", "trên", "tổng", "cộng"));

  /** Lower-cased syllables of text[start, end): maximal runs of letters or digits. */
  static List<String> syllables(String text, int start, int end) {
    List<String> out = new ArrayList<>();
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int s = i;
      while (i < end && Character.isLetterOrDigit(text.charAt(i))) i++;
      if (i > s) out.add(lower(text, s, i));
    }
    return out;
  }

  private static String lower(String text, int s, int e) {
    char[] c = new char[e - s];
    for (int k = s; k < e; k++) c[k - s] = VietText.toLower(text.charAt(k));
    return new String(c);
  }

  static boolean isContent(String syllable) {
    if (STOP.contains(syllable)) return false;
    for (int i = 0; i < syllable.length(); i++) if (Character.isLetter(syllable.charAt(i))) return true;
    return false;
  }

  /** Cuts text to at most max chars at a word boundary, adding "…" when something was cut. */
  static String trim(String text, int max) {
    String t = text.strip();
    if (t.length() <= max) return t;
    int cut = t.lastIndexOf(' ', max - 1);
    if (cut < max / 2) cut = max - 1;
    String head = t.substring(0, cut);
    while (!head.isEmpty() && ",;:-–(".indexOf(head.charAt(head.length() - 1)) >= 0)
      head = head.substring(0, head.length() - 1).stripTrailing();
    return head + "…";
  }
}
