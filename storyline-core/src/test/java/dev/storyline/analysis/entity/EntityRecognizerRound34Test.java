package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 34 (issue 4, people and bodies): dev errors and an audit of unannotated articles; sentences and names are invented. */
class EntityRecognizerRound34Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void anAccentedForeignNameIsNoVietnameseSyllable() {
    assertThat(found("Trong hiệp hai, Kühnert ghi bàn sau đường chuyền của Trabér."))
        .containsExactly(tuple("Kühnert", EntityType.PERSON), tuple("Trabér", EntityType.PERSON));
    assertThat(found("Bà Verónika Salmerón sống ở Hà Nội. Verónika có hai con."))
        .containsExactly(tuple("Verónika Salmerón", EntityType.PERSON), tuple("Hà Nội", EntityType.LOCATION),
            tuple("Verónika", EntityType.PERSON));
    for (String w : List.of("müller", "ribéry", "gómez", "martínez", "trabér", "léonie", "ostrović"))
      assertThat(EntityRecognizer.vietnameseSyllable(w)).as(w).isFalse();
    // Vietnamese syllables, Vietnamese initials with đ, and two words glued where a space was lost stay Vietnamese.
    for (String w : List.of("nguyễn", "giữa", "đoàn", "đắk", "khuỷu", "quyết", "nghiêng", "người", "hoà", "gì", "đhqghn",
        "vđqg", "kelvaró", "kiềucủa", "ê-đê"))
      assertThat(EntityRecognizer.vietnameseSyllable(w)).as(w).isTrue();
  }

  @Test
  void aForeignFirmBeforeACountryIsOneBody() {
    assertThat(found("Theo tạp chí Velmorax Ấn Độ, bà Lê Thị Hoa đứng đầu danh sách."))
        .containsExactly(tuple("Velmorax Ấn Độ", EntityType.ORGANIZATION), tuple("Lê Thị Hoa", EntityType.PERSON));
    assertThat(found("Nhà cung cấp Karvelo Corporation Thái Lan đã giao hàng cho công ty."))
        .containsExactly(tuple("Karvelo Corporation Thái Lan", EntityType.ORGANIZATION));
    // A Vietnamese-named body and a short first word are not joined.
    assertThat(found("Lãnh đạo đảng Dân chủ Mỹ đã lên tiếng."))
        .containsExactly(tuple("Dân chủ", EntityType.ORGANIZATION), tuple("Mỹ", EntityType.LOCATION));
    assertThat(EntityRecognizer.firmBeforeCountry("New", "Guinea")).isFalse();
    assertThat(EntityRecognizer.firmBeforeCountry("Hạm đội Biển Đen", "Nga")).isFalse();
    assertThat(EntityRecognizer.firmBeforeCountry("Karvelo", "Hà Nội")).isFalse();
  }
}
