package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 25 (issue 4, people): premises, chains and schools after a lower-case cue typed a person; sentences and names are invented. */
class EntityRecognizerRound25Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aNameAfterALowerCaseWordForPremisesIsThePremises() {
    assertThat(found("Đoàn kiểm tra lấy mẫu tại cơ sở Minh Tú hôm qua."))
        .containsExactly(tuple("Minh Tú", EntityType.LOCATION));
    assertThat(found("Họ nghỉ một đêm ở nhà nghỉ Hoa Hồng rồi đi tiếp."))
        .containsExactly(tuple("Hoa Hồng", EntityType.LOCATION));
    assertThat(found("Sáng nào anh cũng ghé quán Tám Lựu uống cà phê."))
        .containsExactly(tuple("Tám Lựu", EntityType.LOCATION));
    // The owner's full Vietnamese name stays a person.
    assertThat(found("Chủ quán Đỗ Thị Hạnh cho biết giá đã tăng."))
        .containsExactly(tuple("Đỗ Thị Hạnh", EntityType.PERSON));
  }

  @Test
  void aNameAfterPluralShopsOrSupermarketsIsTheChain() {
    assertThat(found("Công ty dự định mở 40 cửa hàng Blue Mart ở miền Trung."))
        .containsExactly(tuple("Blue Mart", EntityType.ORGANIZATION));
    assertThat(found("Người dân xếp hàng trước các siêu thị Green Basket từ sớm."))
        .containsExactly(tuple("Green Basket", EntityType.ORGANIZATION));
    // One shop is a place.
    assertThat(found("Lửa bùng lên từ tầng hai của cửa hàng Ngọc Lan đêm qua."))
        .containsExactly(tuple("Ngọc Lan", EntityType.LOCATION));
  }

  @Test
  void aNameAfterALowerCaseSchoolWordIsTheSchool() {
    assertThat(found("Một nam sinh trường Lê Văn Tám đã đoạt giải nhất."))
        .containsExactly(tuple("trường Lê Văn Tám", EntityType.ORGANIZATION));
    assertThat(found("Cô từng học tại trường Brookfield Hill nhiều năm."))
        .containsExactly(tuple("trường Brookfield Hill", EntityType.ORGANIZATION));
    // "phim trường", "môi trường": no school.
    assertThat(EntityFinds.texts("Đoàn phim dựng cảnh ở phim trường Mộc Lan suốt tháng."))
        .doesNotContain("trường Mộc Lan");
    assertThat(EntityFinds.texts("Thứ trưởng Tài nguyên và Môi trường Phan Quốc Thái đã ký văn bản."))
        .doesNotContain("trường Phan Quốc Thái");
  }

  @Test
  void aNameAfterALowerCaseWordForSoftwareAVaccineAGunOrAProductLineIsTheProduct() {
    assertThat(found("Các bác sĩ dùng phần mềm Falcon Scribe để ghi hồ sơ."))
        .containsExactly(tuple("Falcon Scribe", EntityType.MISC));
    assertThat(found("Trẻ em được tiêm vắc xin Harlan Dorrit từ năm ngoái."))
        .containsExactly(tuple("Harlan Dorrit", EntityType.MISC));
    assertThat(found("Hãng sẽ bán dòng Nova Flex vào tháng sau.")).containsExactly(tuple("Nova Flex", EntityType.MISC));
    // After "dòng", Vietnamese syllables only are a river, not a product line.
    assertThat(found("Ông sinh ra bên dòng Thu Bồn năm ấy.")).doesNotContain(tuple("Thu Bồn", EntityType.MISC));
  }

  @Test
  void aNameAfterAnElectronicsSupermarketIsThePremises() {
    assertThat(found("Lửa bốc lên từ tầng hai siêu thị điện máy Kim Phát lúc nửa đêm."))
        .containsExactly(tuple("Kim Phát", EntityType.LOCATION));
  }

  @Test
  void initialsAfterALowerCaseCueOfABodyAreTheBody() {
    assertThat(found("Tiết mục của nhóm K.O.X được khen nhiều nhất."))
        .containsExactly(tuple("K.O.X", EntityType.ORGANIZATION));
    assertThat(found("Anh đi làm cho công ty H.K. từ năm ngoái.")).containsExactly(tuple("H.K.", EntityType.ORGANIZATION));
    assertThat(found("Hành khách gọi taxi của hãng M. (sau đó mới biết).")).containsExactly(tuple("M.", EntityType.ORGANIZATION));
    // After a person's cue, initials stay a person.
    assertThat(found("Bạn của nhà báo T. kể lại chuyện ấy.")).containsExactly(tuple("T.", EntityType.PERSON));
    // Initials after an owner's cue are the owner, as EntityRecognizerGeneralCuesTest has it.
    assertThat(found("Sáng nay chủ công ty H.K. đã nộp phạt.")).contains(tuple("H.K.", EntityType.PERSON));
  }

  @Test
  void aFullNameAfterUbndXaIsTheCommune() {
    assertThat(found("Đại diện UBND xã Lê Văn Tám (huyện Hòa Vang) cho biết.")).containsExactly(
        tuple("UBND xã Lê Văn Tám", EntityType.ORGANIZATION), tuple("Hòa Vang", EntityType.LOCATION));
    // After a title the official stays a person.
    assertThat(found("Chủ tịch UBND xã Lê Văn Tám nói.")).contains(tuple("Lê Văn Tám", EntityType.PERSON));
  }
}
