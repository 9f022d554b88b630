package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 33 (issue 4, organisations and places): audit of unannotated articles; sentences and names are invented. */
class EntityRecognizerRound33Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void regionsSplitAtADashOrACompassWordAreOnePlace() {
    assertThat(found("Ông Lò Văn Khuê làm việc ở khu vực châu Á - Thái Bình Dương nhiều năm."))
        .containsExactly(tuple("Lò Văn Khuê", EntityType.PERSON), tuple("châu Á - Thái Bình Dương", EntityType.LOCATION));
    assertThat(found("Hạm đội tuần tra khu vực châu Á-Thái Bình Dương và Ấn Độ-Thái Bình Dương."))
        .containsExactly(tuple("châu Á-Thái Bình Dương", EntityType.LOCATION),
            tuple("Ấn Độ-Thái Bình Dương", EntityType.LOCATION));
    assertThat(found("Nông dân miền Tây Nam Bộ và Đông Nam bộ vào vụ mới."))
        .containsExactly(tuple("Tây Nam Bộ", EntityType.LOCATION), tuple("Đông Nam bộ", EntityType.LOCATION));
    assertThat(found("Tên lửa của Bắc Triều Tiên rơi xuống biển, quê tôi ở Nga Sơn."))
        .containsExactly(tuple("Bắc Triều Tiên", EntityType.LOCATION), tuple("Nga Sơn", EntityType.LOCATION));
    assertThat(found("Loài này lan khắp lục địa Á - Âu.")).containsExactly(tuple("Á - Âu", EntityType.LOCATION));
    // The parts alone stay places.
    assertThat(found("Tàu rời châu Á sang Thái Bình Dương.")).containsExactly(tuple("châu Á", EntityType.LOCATION),
        tuple("Thái Bình Dương", EntityType.LOCATION));
  }

  @Test
  void theCountryOfANationalCupIsPartOfTheCup() {
    assertThat(found("Đội bóng đoạt Cúp quốc gia Đức sau loạt luân lưu.")).isEmpty();
    assertThat(found("Họ vô địch cúp QG Đức năm nay.")).isEmpty();
    // A sponsor after the cup stays a body; a country after "quốc gia" with no cup stays a place.
    assertThat(found("Vòng loại Cúp Quốc gia Bamboo Airways kết thúc.")).contains(tuple("Bamboo Airways",
        EntityType.ORGANIZATION));
    assertThat(found("Ông về quốc gia Đức.")).containsExactly(tuple("Đức", EntityType.LOCATION));
  }

  @Test
  void aNameCutInsideATwoSyllableWordIsDropped() {
    assertThat(found("Trận đấu phát trên kênh Thể thao TV tối nay.")).isEmpty();
    assertThat(found("Giáo hội tổ chức Đại lễ kỷ niệm tại chùa Minh Khương.")).doesNotContain(
        tuple("Đại", EntityType.ORGANIZATION));
    // A gazetteer name before a lower-case word stays: "Trung Quốc | gia tăng" is no cut word.
    assertThat(found("Căng thẳng Mỹ - Trung Quốc gia tăng.")).contains(tuple("Trung Quốc", EntityType.LOCATION));
    // A whole two-syllable word inside a body is no cut.
    assertThat(found("Ông Lò Văn Khuê làm việc tại Bộ Giáo dục từ năm 2010."))
        .contains(tuple("Bộ Giáo dục", EntityType.ORGANIZATION));
  }
}
