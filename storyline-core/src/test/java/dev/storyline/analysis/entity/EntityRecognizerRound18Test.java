package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 18 (issue 4): rules found on the round 18 audit and the unannotated articles; sentences and names are invented. */
class EntityRecognizerRound18Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void theNameAfterThePresidentsTitleIsAPerson() {
    assertThat(found("Chủ tịch nước Lê Minh Khoa đã tiếp đoàn đại biểu cựu chiến binh."))
        .containsExactly(tuple("Lê Minh Khoa", EntityType.PERSON));
    assertThat(found("Bà đã gặp nguyên Phó Chủ tịch nước Đinh Thị Hoa Lan tại buổi lễ."))
        .contains(tuple("Đinh Thị Hoa Lan", EntityType.PERSON));
    // The head of state of a named republic keeps the country.
    assertThat(found("Ông đã hội đàm với Chủ tịch nước Cộng hòa Italia hôm qua."))
        .doesNotContain(tuple("Cộng hòa Italia", EntityType.PERSON));
  }

  @Test
  void aPlaceGluedToItsAbbreviatedLevelDropsTheLevel() {
    assertThat(found("Anh Tùng trú tại xã Phú Lợi, H.Cẩm Khê Tây, tỉnh Bình Nam."))
        .contains(tuple("Cẩm Khê Tây", EntityType.LOCATION));
    assertThat(found("Vụ cháy xảy ra tại một căn nhà ở P.Tân Hòa Đông, Q.Bình Lạc, TP.HCM."))
        .contains(tuple("Tân Hòa Đông", EntityType.LOCATION), tuple("Bình Lạc", EntityType.LOCATION),
            tuple("TP.HCM", EntityType.LOCATION));
    assertThat(found("Chị Mai quê ở TX.Hương Lâm, tỉnh Bình Nam.")).contains(tuple("Hương Lâm", EntityType.LOCATION));
  }

  @Test
  void aNameBeforeACommaAndAnAdministrativeLevelIsAPlaceOfAnAddress() {
    assertThat(found("Trước đó, bà Lâm Thị Hảo (Yên Lạc, quận Cầu Mới, Hà Nội) đã gửi đơn."))
        .contains(tuple("Yên Lạc", EntityType.LOCATION), tuple("Lâm Thị Hảo", EntityType.PERSON));
    assertThat(found("Anh Toàn ngụ khối Trần Văn Lực, phường Vinh Hòa, TP Vinh."))
        .contains(tuple("Trần Văn Lực", EntityType.LOCATION));
    // After an honorific the name stays a person, and a capitalised level must be followed by a name.
    assertThat(found("Theo ông Hoàng Minh Phú, tỉnh Bình Nam cần thêm vốn."))
        .contains(tuple("Hoàng Minh Phú", EntityType.PERSON));
    assertThat(found("Học theo tấm gương Lê Quốc Hưng, Tỉnh ủy Bình Nam đã phát động phong trào."))
        .doesNotContain(tuple("Lê Quốc Hưng", EntityType.LOCATION));
  }

  @Test
  void aNameOpenedByTheCapitalisedHeadOfAPlaceIsThatPlace() {
    assertThat(found("Du khách xếp hàng vào thăm Dinh Vọng Hải trong dịp lễ."))
        .contains(tuple("Dinh Vọng Hải", EntityType.LOCATION));
    assertThat(found("Sáng nay, nhiều người đã lên Chùa Phước Lâm và Bãi Sỏi Vàng để ngắm cảnh."))
        .contains(tuple("Chùa Phước Lâm", EntityType.LOCATION), tuple("Bãi Sỏi Vàng", EntityType.LOCATION));
    // A middle name that reads like a head ("Đình") keeps the person.
    assertThat(found("Phút 70, Đình Khải vào thay người.")).contains(tuple("Đình Khải", EntityType.PERSON));
  }

  @Test
  void aNameAfterAWordForATechnologyOrAFeatureIsAProduct() {
    assertThat(found("Máy lọc dùng công nghệ Clearwave Ion để diệt khuẩn."))
        .contains(tuple("Clearwave Ion", EntityType.MISC));
    assertThat(found("Máy có chế độ Night Lumen và màn hình Velvet Retina sắc nét."))
        .contains(tuple("Night Lumen", EntityType.MISC), tuple("Velvet Retina", EntityType.MISC));
    // A technology's owner keeps the person after it.
    assertThat(found("Tỷ phú công nghệ Arlen Vosk đã bán cổ phần.")).contains(tuple("Arlen Vosk", EntityType.PERSON));
  }

  @Test
  void hoChiMinhAfterTheCitysCueIsTheCityOrTheBodysPlace() {
    assertThat(found("Bà Lâm đến Bệnh viện Đa khoa Tâm Đức TP Hồ Chí Minh để khám."))
        .contains(tuple("Bệnh viện Đa khoa Tâm Đức TP Hồ Chí Minh", EntityType.ORGANIZATION));
    assertThat(found("Ông Kiên là đại biểu HĐND TP Hồ Chí Minh khóa mới."))
        .contains(tuple("HĐND TP Hồ Chí Minh", EntityType.ORGANIZATION));
    // The leader's name, with no city cue before it, stays a person.
    assertThat(found("Học sinh học tập theo tấm gương Chủ tịch Hồ Chí Minh."))
        .contains(tuple("Hồ Chí Minh", EntityType.PERSON));
  }
}
