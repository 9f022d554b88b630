package dev.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnaphoraTest {
  @Test
  void bareTitleWithoutANameIsReferential() {
    assertThat(Anaphora.referentialStart("Ông cho biết tình hình đã ổn định.")).isTrue();
    assertThat(Anaphora.referentialStart("Bà nhấn mạnh cần thêm thời gian.")).isTrue();
    assertThat(Anaphora.referentialStart("Ông Lê Minh cho biết tình hình đã ổn định.")).isFalse();
    assertThat(Anaphora.referentialStart("Bà Nguyễn Thị Lan nhấn mạnh cần thêm thời gian.")).isFalse();
  }

  @Test
  void matchesWholeWordsOnlyAndIgnoresOpeningQuotes() {
    assertThat(Anaphora.referentialStart("Họ đã rời khỏi khu vực trước khi nước lên.")).isTrue();
    assertThat(Anaphora.referentialStart("Học sinh được nghỉ học hai ngày.")).isFalse();
    assertThat(Anaphora.referentialStart("\"Điều này là không thể chấp nhận\", ông Lê Minh nói.")).isTrue();
    assertThat(Anaphora.referentialStart("Nhà lãnh đạo này đã có mặt tại hiện trường.")).isTrue();
  }

  @Test
  void connectorsAreSeparateFromReferentialStarts() {
    assertThat(Anaphora.connectorStart("Tuy nhiên, mực nước vẫn còn cao.")).isTrue();
    assertThat(Anaphora.referentialStart("Tuy nhiên, mực nước vẫn còn cao.")).isFalse();
    assertThat(Anaphora.connectorStart("Trước đó, tỉnh đã sơ tán người dân.")).isTrue();
    assertThat(Anaphora.connectorStart("Còi báo động vang lên lúc nửa đêm.")).isFalse();
  }
}
