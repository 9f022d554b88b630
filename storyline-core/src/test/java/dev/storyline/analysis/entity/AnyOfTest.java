package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass phrase search gives the same answer as one {@code contains} per phrase. */
class AnyOfTest {
  private static final List<String> PHRASES = List.of("HLV ", "đội bóng", "cầu thủ", "CLB ", "golf", "Cầu thủ", "VĐV");

  @Test
  void findsAPhraseAnywhereAndOnlyWhole() {
    EntityRecognizer.AnyOf any = new EntityRecognizer.AnyOf(PHRASES);
    assertThat(any.in("Trận chung kết có HLV Lê Minh Trọng dẫn dắt.")).isTrue();
    assertThat(any.in("minigolf")).isTrue(); // anywhere, as contains() does
    assertThat(any.in("Cầu thủ")).isTrue();
    assertThat(any.in("Đội bóng chuyền")).isFalse(); // case matters, as in contains()
    assertThat(any.in("HLV")).isFalse(); // the phrase ends with a space
    assertThat(any.in("")).isFalse();
  }

  @Test
  void agreesWithContainsOnRandomTexts() {
    EntityRecognizer.AnyOf any = new EntityRecognizer.AnyOf(PHRASES);
    String alphabet = "HLVđộicầuthủbóngCLBgolfVĐ ạ";
    Random r = new Random(7);
    for (int t = 0; t < 2000; t++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      if (r.nextInt(4) == 0) sb.insert(r.nextInt(sb.length() + 1), PHRASES.get(r.nextInt(PHRASES.size())));
      String text = sb.toString();
      boolean expected = PHRASES.stream().anyMatch(text::contains);
      assertThat(any.in(text)).as(text).isEqualTo(expected);
    }
  }
}
