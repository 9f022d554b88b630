package dev.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietTextTest {

  @org.junit.jupiter.api.Test
  void toLowerAndIsWhitespaceAreTheJdksForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(VietText.toLower((char) c)).as("U+%04X", c).isEqualTo(Character.toLowerCase((char) c));
      assertThat(VietText.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
    }
    assertThat(VietText.matchKey("ĐẠI HỘI Ωμέγα ДОМ")).isEqualTo("đại hội ωμέγα дом");
  }

  @ParameterizedTest
  @CsvSource({
      "hoà, hòa", "hòa, hòa", "Hoà Bình, hòa bình", "hoá, hóa", "hóa, hóa", "thuỷ, thủy", "thủy, thủy",
      "Uỷ ban, ủy ban", "ủy, ủy", "quý, quý", "qúy, quý", "Qúy, quý", "khoẻ, khỏe", "hoè, hòe", "loã, lõa",
      "tuỳ, tùy", "hòang, hoàng", "hoàng, hoàng", "tóan, toán", "khuyến, khuyến", "ngoài, ngoài",
      "HOÀ, hòa", "hoa, hoa", "thuỵ sĩ, thụy sĩ"
  })
  void matchKeyUnifiesTonePlacementAndCase(String in, String expected) {
    assertThat(VietText.matchKey(in)).isEqualTo(expected);
  }

  @Test
  void collapsedMatchKeyIsMatchKeyWithWhitespaceRunsAsOneSpace() {
    assertThat(VietText.collapsedMatchKey("  Hoà   bình\t cho  \n Thuỵ Điển  ")).isEqualTo("hòa bình cho thụy điển");
    assertThat(VietText.collapsedMatchKey("Bình luận (12)")).isEqualTo("bình luận (12)");
    assertThat(VietText.collapsedMatchKey(" \t\n ")).isEmpty();
    assertThat(VietText.collapsedMatchKey("a")).isEqualTo("a");
    // The no-break space is not whitespace to the key, as in the two-step form.
    assertThat(VietText.collapsedMatchKey("a\u00a0 b")).isEqualTo("a\u00a0 b");
  }

  @Test
  void oldAndNewSpellingsGetTheSameKey() {
    assertThat(VietText.matchKey("Hoà bình cho Thuỵ Điển và Uỷ ban hoá học"))
        .isEqualTo(VietText.matchKey("hòa bình cho thụy điển và ủy ban hóa học"));
  }

  @Test
  void matchKeyKeepsLengthOnMixedText() {
    String s = "Ông Nguyễn Văn A nói: \"Hoà hoãn là cần thiết\" – 100% İstanbul ẞ ǅ";
    assertThat(VietText.matchKey(s)).hasSameSizeAs(s);
  }

  @Test
  void matchKeyLeavesNonVietnameseAlone() {
    assertThat(VietText.matchKey("Baghdad 2024, ISIS-K")).isEqualTo("baghdad 2024, isis-k");
  }

  @Test
  void doubleMarkedTypoIsLeftAsIs() {
    assertThat(VietText.matchKey("hòá")).isEqualTo("hòá");
  }

  @ParameterizedTest
  @CsvSource({
      "Đà Nẵng, Da Nang", "Hồ Chí Minh, Ho Chi Minh", "thuỷ điện, thuy dien", "ƯỚC MƠ, UOC MO",
      "ăn ẩm ấp, an am ap", "Iraq, Iraq", "Nghệ Tĩnh, Nghe Tinh", "ỹ ỵ ỷ, y y y"
  })
  void foldStripsDiacritics(String in, String expected) {
    assertThat(VietText.foldDiacritics(in)).isEqualTo(expected);
  }

  @Test
  void foldKeepsLengthAndReturnsSameInstanceWhenNothingToFold() {
    String ascii = "Washington D.C";
    assertThat(VietText.foldDiacritics(ascii)).isSameAs(ascii);
    String viet = "Thủ tướng Mohammed Shia al-Sudani tuyên bố";
    assertThat(VietText.foldDiacritics(viet)).hasSameSizeAs(viet);
  }
}
