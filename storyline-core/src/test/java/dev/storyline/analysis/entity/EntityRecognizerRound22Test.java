package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 22 (issue 4): bodies split or missed, found on the round 22 audit and the unannotated articles; sentences and names are invented. */
class EntityRecognizerRound22Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aCityBeforeAnOutletsLastWordBelongsToTheOutlet() {
    assertThat(found("Ông Phan Văn Tới trả lời phỏng vấn tờ Melbourne Post hôm qua."))
        .containsExactly(tuple("Phan Văn Tới", EntityType.PERSON), tuple("Melbourne Post", EntityType.ORGANIZATION));
    // The city alone stays a place, and a country before an outlet written with "The" stays apart.
    assertThat(found("Đến Melbourne, ông Tới nghỉ ngơi.")).contains(tuple("Melbourne", EntityType.LOCATION));
    assertThat(found("Theo báo Úc The Times, trời mưa.")).containsExactly(tuple("Úc", EntityType.LOCATION),
        tuple("The Times", EntityType.ORGANIZATION));
  }

  @Test
  void aNameEndingInTvAfterAChannelCueIsTheChannel() {
    assertThat(found("Theo kênh Sahel TV, hai người thiệt mạng."))
        .containsExactly(tuple("Sahel TV", EntityType.ORGANIZATION));
    // Without the cue a maker's TV stays what it was.
    assertThat(found("Chiếc Apple TV mới có giá 199 USD.")).doesNotContain(tuple("Apple TV", EntityType.ORGANIZATION));
  }

  @Test
  void aSchoolAfterLowerCaseTruongKeepsItsLevelsTail() {
    assertThat(found("Em Lê Thị Mơ học trường Cao đẳng nghề Lạng Sơn.")).containsExactly(
        tuple("Lê Thị Mơ", EntityType.PERSON), tuple("trường Cao đẳng nghề Lạng Sơn", EntityType.ORGANIZATION));
    assertThat(found("Em Lê Thị Mơ học trường Trung học cơ sở Tân Lập.")).containsExactly(
        tuple("Lê Thị Mơ", EntityType.PERSON), tuple("trường Trung học cơ sở Tân Lập", EntityType.ORGANIZATION));
    // "trường" with no level before the name is left as it was.
    assertThat(found("Em Lê Thị Mơ đến trường cùng bạn.")).containsExactly(tuple("Lê Thị Mơ", EntityType.PERSON));
  }
  @Test
  void theSecondHalfOfAListedNameWordDoesNotEndTheBody() {
    assertThat(found("Chiều qua, Bộ Giao thông Vận tải đã ký văn bản gửi Sở Xây dựng Hải Dương.")).containsExactly(
        tuple("Bộ Giao thông Vận tải", EntityType.ORGANIZATION), tuple("Sở Xây dựng Hải Dương", EntityType.ORGANIZATION));
    assertThat(found("Bà Lò Thị Nhàn đại diện Hội Nhà báo Việt Nam nhận giải.")).containsExactly(
        tuple("Lò Thị Nhàn", EntityType.PERSON), tuple("Hội Nhà báo Việt Nam", EntityType.ORGANIZATION));
    assertThat(found("Sở Thông tin và Truyền thông Lạng Sơn vừa phạt một trang tin."))
        .containsExactly(tuple("Sở Thông tin và Truyền thông Lạng Sơn", EntityType.ORGANIZATION));
    // The word as a verb after the body still ends it.
    assertThat(found("Hôm qua, Bộ Giao thông thông báo.")).containsExactly(tuple("Bộ Giao thông", EntityType.ORGANIZATION));
  }
  @Test
  void congKenhIsNoChannelCue() {
    assertThat(found("Các cầu thủ công kênh Hà Văn Tới sau trận đấu.")).containsExactly(
        tuple("Hà Văn Tới", EntityType.PERSON));
    // "kênh" alone still names a channel.
    assertThat(found("Bộ phim được chiếu trên kênh Sao Mai.")).containsExactly(tuple("Sao Mai", EntityType.ORGANIZATION));
  }
}
