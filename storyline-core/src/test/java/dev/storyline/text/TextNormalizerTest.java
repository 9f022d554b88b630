package dev.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void cleanTextIsReturnedWithoutCopying() {
    String clean = "Hà Nội mưa lớn.\nĐường ngập sâu.";
    assertThat(TextNormalizer.normalize(clean)).isSameAs(clean);
  }

  @Test
  void composesDecomposedVietnamese() {
    String nfd = Normalizer.normalize("Hội nghị thượng đỉnh", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Hội nghị thượng đỉnh");
    assertThat(TextNormalizer.normalize(nfd)).isEqualTo("Hội nghị thượng đỉnh");
  }

  @Test
  void unifiesLineEnds() {
    assertThat(TextNormalizer.normalize("một\r\nhai\rba\nbốn\u2028năm")).isEqualTo("một\nhai\nba\nbốn\nnăm");
  }

  @Test
  void stripsBomAndZeroWidthAndSoftHyphen() {
    assertThat(TextNormalizer.normalize("\uFEFFxin\u200B chào\u200C\u200D bạn\u00AD đọc\u2060"))
        .isEqualTo("xin chào bạn đọc");
  }

  @Test
  void tabAndNoBreakSpacesBecomeSpaces() {
    assertThat(TextNormalizer.normalize("a\tb\u00A0c\u202Fd")).isEqualTo("a b c d");
  }

  @Test
  void dropsC0AndC1ControlsButKeepsNewline() {
    assertThat(TextNormalizer.normalize("a\u0001b\u0007c\u001Fd\u007Fe\u0085f\u009Fg\nh"))
        .isEqualTo("abcdefg\nh");
  }

  @Test
  void zeroWidthBetweenLetterAndCombiningMarkStillComposes() {
    // "e" + ZWSP + combining acute: removing the ZWSP first lets NFC make "é".
    assertThat(TextNormalizer.normalize("e\u200B\u0301")).isEqualTo("é");
  }

  @Test
  void nullBecomesEmpty() {
    assertThat(TextNormalizer.normalize(null)).isEmpty();
  }
}
