package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 23 (issue 4): bodies cut, run on or swallowing a name, found on the round 23 audit, the new dev articles and the unannotated articles; sentences and names are invented. */
class EntityRecognizerRound23Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aVerbPairAfterABodyIsNotPartOfItsName() {
    assertThat(found("Phó thủ tướng đề nghị Bộ GTVT chỉ đạo Cục Đường thủy kiểm tra ngay.")).containsExactly(
        tuple("Bộ GTVT", EntityType.ORGANIZATION), tuple("Cục Đường thủy", EntityType.ORGANIZATION));
    assertThat(found("Tỉnh đề nghị Sở Tư pháp chỉ đạo các phòng rà soát hồ sơ."))
        .containsExactly(tuple("Sở Tư pháp", EntityType.ORGANIZATION));
    assertThat(found("Trung tâm Khí tượng Thủy văn quốc gia dự báo số lượng bão tăng."))
        .containsExactly(tuple("Trung tâm Khí tượng Thủy văn quốc gia", EntityType.ORGANIZATION));
    // The pair stays inside a name when another listed pair follows it, and capitalised it is a name word.
    assertThat(found("Trung tâm Quốc gia dự báo khí tượng thủy văn cho biết trời nắng."))
        .containsExactly(tuple("Trung tâm Quốc gia dự báo khí tượng thủy văn", EntityType.ORGANIZATION));
    assertThat(found("Ban Chỉ đạo Tây Bắc họp sáng nay.")).containsExactly(tuple("Ban Chỉ đạo Tây Bắc", EntityType.ORGANIZATION));
  }

  @Test
  void anOfficialsNameAfterUbndTpEndsTheCitysBody() {
    assertThat(found("Phó Chủ tịch UBND TP Lò Văn Khiêm cho biết sẽ kiểm tra.")).containsExactly(
        tuple("UBND TP", EntityType.ORGANIZATION), tuple("Lò Văn Khiêm", EntityType.PERSON));
    // A city after "TP" stays in the body.
    assertThat(found("Phó Chủ tịch UBND TP Hà Nội cho biết sẽ kiểm tra."))
        .containsExactly(tuple("UBND TP Hà Nội", EntityType.ORGANIZATION));
  }

  @Test
  void aSchoolAfterALowerCaseLevelKeepsItsHead() {
    assertThat(found("Các cháu học ở trường mầm non Sao Khuê từ năm ngoái."))
        .containsExactly(tuple("trường mầm non Sao Khuê", EntityType.ORGANIZATION));
    assertThat(found("Em Đỗ Văn Hào học trường trung học phổ thông Lý Bôn.")).containsExactly(
        tuple("Đỗ Văn Hào", EntityType.PERSON), tuple("trường trung học phổ thông Lý Bôn", EntityType.ORGANIZATION));
    // The country after a lower-case level is where the schools are.
    assertThat(found("Nhiều trường đại học Mỹ tuyển sinh sớm.")).containsExactly(tuple("Mỹ", EntityType.LOCATION));
  }

  @Test
  void aCountrySyllableThatOpensAListedNameWordStaysInTheBody() {
    assertThat(found("Ủy ban Pháp luật đã thẩm tra dự án.")).containsExactly(tuple("Ủy ban Pháp luật", EntityType.ORGANIZATION));
    assertThat(found("Trung tâm Cảnh báo Sóng thần Thái Bình Dương đã gỡ cảnh báo."))
        .containsExactly(tuple("Trung tâm Cảnh báo Sóng thần Thái Bình Dương", EntityType.ORGANIZATION));
    // The country alone after a body's head is still the country's body.
    assertThat(found("Bộ Ngoại giao Pháp lên tiếng.")).containsExactly(tuple("Bộ Ngoại giao Pháp", EntityType.ORGANIZATION));
  }

  @Test
  void anOfficialsNameAfterATitleAndABodyIsNotTheBodysTail() {
    assertThat(found("Chủ tịch Hội Nhà báo Việt Nam Minh Khang phát biểu.")).containsExactly(
        tuple("Hội Nhà báo Việt Nam", EntityType.ORGANIZATION), tuple("Minh Khang", EntityType.PERSON));
    assertThat(found("Thứ trưởng Bộ TT&TT Lý Hào nhấn mạnh điều đó.")).containsExactly(
        tuple("Bộ TT&TT", EntityType.ORGANIZATION), tuple("Lý Hào", EntityType.PERSON));
    assertThat(found("Chủ tịch Đảng Cấp tiến Takeo Moriyama phát biểu.")).containsExactly(
        tuple("Đảng Cấp tiến", EntityType.ORGANIZATION), tuple("Takeo Moriyama", EntityType.PERSON));
    // The rest of a bank's or a foreign club's name stays in it, and a hospital's own name after its head.
    assertThat(found("Ông làm việc ở Ngân hàng TMCP Sài Gòn Thương Tín."))
        .containsExactly(tuple("Ngân hàng TMCP Sài Gòn Thương Tín", EntityType.ORGANIZATION));
    assertThat(found("Chủ tịch CLB Chonbuk Hyundai Motors phát biểu."))
        .containsExactly(tuple("CLB Chonbuk Hyundai Motors", EntityType.ORGANIZATION));
    assertThat(found("Ông Lê Văn Hòa, Trưởng khoa Nội Bệnh viện Hồng Ngọc cho biết.")).containsExactly(
        tuple("Lê Văn Hòa", EntityType.PERSON), tuple("Bệnh viện Hồng Ngọc", EntityType.ORGANIZATION));
  }

  @Test
  void aGovernmentNamedByItsCountryGivesTheCountry() {
    assertThat(found("Chính phủ Na Uy đã tài trợ dự án.")).containsExactly(tuple("Na Uy", EntityType.LOCATION));
    assertThat(found("Ông cảm ơn Chính phủ Liên bang Nga.")).containsExactly(tuple("Liên bang Nga", EntityType.LOCATION));
    // Other bodies named after the government stay bodies.
    assertThat(found("Văn phòng Chính phủ vừa có thông báo."))
        .containsExactly(tuple("Văn phòng Chính phủ", EntityType.ORGANIZATION));
  }

  @Test
  void aBodysNameGoesOnOverAnAmpersand() {
    assertThat(found("Bài viết đăng trên tạp chí Coral Biology & Ecology tuần trước."))
        .containsExactly(tuple("Coral Biology & Ecology", EntityType.ORGANIZATION));
    assertThat(found("Ông là chủ tịch tập đoàn Marlow & Partners.")).containsExactly(tuple("Marlow & Partners", EntityType.ORGANIZATION));
    // Two bodies named side by side stay two.
    assertThat(found("Theo WHO & Unicef, trẻ em cần tiêm đủ mũi.")).containsExactly(
        tuple("WHO", EntityType.ORGANIZATION), tuple("Unicef", EntityType.ORGANIZATION));
  }

  @Test
  void aFirmsOwnNameUsedAloneLaterIsTheFirm() {
    assertThat(found("Công ty Cổ phần than Hòa Sơn vừa báo cáo. Hòa Sơn là đơn vị khai thác lộ thiên.")).containsExactly(
        tuple("Công ty Cổ phần than Hòa Sơn", EntityType.ORGANIZATION), tuple("Hòa Sơn", EntityType.ORGANIZATION));
    // After a kinship word the name is a person's, and without the firm before it nothing changes.
    assertThat(found("Công ty Cổ phần than Hòa Sơn vừa báo cáo. Ông Hòa Sơn cho biết như vậy.")).containsExactly(
        tuple("Công ty Cổ phần than Hòa Sơn", EntityType.ORGANIZATION), tuple("Hòa Sơn", EntityType.PERSON));
    assertThat(found("Hòa Sơn là đơn vị khai thác lộ thiên.")).doesNotContain(tuple("Hòa Sơn", EntityType.ORGANIZATION));
  }
}
