package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 26 (issue 4): places and projects after a lower-case cue typed a person, places typed after a title, "Hồ" as a
 * family name, bodies read on over "giao" or swallowing an official, product cues, ships, address levels and a few common
 * words; sentences and names are invented.
 */
class EntityRecognizerRound26Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aNameAfterALowerCaseWordForAPlaceIsThePlace() {
    assertThat(found("Đoàn khảo sát dựng lán ở khu Đồng Sậy suốt tuần."))
        .containsExactly(tuple("Đồng Sậy", EntityType.LOCATION));
    assertThat(found("Nước lũ tràn xuống từ suối Nậm Khoang trong đêm."))
        .containsExactly(tuple("Nậm Khoang", EntityType.LOCATION));
    assertThat(found("Du khách đạp xe xuyên rừng Tà Kèo vào sáng sớm."))
        .containsExactly(tuple("Tà Kèo", EntityType.LOCATION));
    assertThat(found("Bộ đội tiến vào dinh Thanh Mai lúc trưa.")).containsExactly(tuple("Thanh Mai", EntityType.LOCATION));
    assertThat(found("Công nhân khai thác ở mỏ Đá Vàng từ năm ngoái."))
        .containsExactly(tuple("Đá Vàng", EntityType.LOCATION));
    assertThat(found("Ông từng chiến đấu ở chiến trường Khe Lau nhiều năm."))
        .containsExactly(tuple("Khe Lau", EntityType.LOCATION));
    assertThat(found("Du khách leo lên tháp Phú Lâm ngắm cảnh.")).containsExactly(tuple("Phú Lâm", EntityType.LOCATION));
    assertThat(found("Nhiều người cắm trại trên đồi Mây Hồng.")).containsExactly(tuple("Mây Hồng", EntityType.LOCATION));
    assertThat(found("Hàng hóa qua biên giới Kessara Gate mỗi ngày."))
        .containsExactly(tuple("Kessara Gate", EntityType.LOCATION));
    assertThat(found("Nước lũ cuốn trôi cầu tạm Bình An.")).containsExactly(tuple("Bình An", EntityType.LOCATION));
    // "dầu mỏ" is oil: the expert after it stays a person; so does a full Vietnamese name after any cue.
    assertThat(found("Chuyên gia dầu mỏ Lâm Quốc Hưng cho biết giá sẽ tăng."))
        .containsExactly(tuple("Lâm Quốc Hưng", EntityType.PERSON));
    assertThat(found("Người gác rừng Hà Văn Khởi đã báo tin.")).containsExactly(tuple("Hà Văn Khởi", EntityType.PERSON));
    // A film set is no place cue ("phim trường" stays as round 25 left it).
    assertThat(found("Đoàn phim dựng cảnh ở phim trường Mộc Lan suốt tháng."))
        .doesNotContain(tuple("Mộc Lan", EntityType.LOCATION));
  }

  @Test
  void aNameAfterALowerCaseProjectWordIsTheProject() {
    assertThat(found("Ngân hàng đã rút vốn khỏi dự án Silver Cove vào tháng trước."))
        .containsExactly(tuple("Silver Cove", EntityType.MISC));
    assertThat(found("Chủ dự án Trịnh Văn Cường đã ký cam kết.")).containsExactly(tuple("Trịnh Văn Cường", EntityType.PERSON));
  }

  @Test
  void aOneWordPlaceAfterATitleIsThePerson() {
    assertThat(found("Tuy nhiên, GS Vinh thừa nhận còn khó khăn.")).containsExactly(tuple("Vinh", EntityType.PERSON));
    assertThat(found("Ông Vinh cho biết thêm rằng hồ sơ đã đủ.")).containsExactly(tuple("Vinh", EntityType.PERSON));
    assertThat(found("Cả hai gặp nhau. Chị Huế tưởng anh đã về.")).containsExactly(tuple("Huế", EntityType.PERSON));
    // A place after a lower-case word that is no title, or after a kinship word in mid-sentence, stays a place.
    assertThat(found("Người dân rời nhà về phía Vinh khi lũ lên.")).containsExactly(tuple("Vinh", EntityType.LOCATION));
    assertThat(found("Cụ bà kể rằng đàn ông Pakistan đã đến đây."))
        .containsExactly(tuple("Pakistan", EntityType.LOCATION));
  }

  @Test
  void hoAtASentenceStartIsAFamilyNameWhenTheArticleSaysSo() {
    assertThat(found("Hồ Thanh Tâm là ca sĩ được yêu thích. Năm ngoái, Hồ Thanh Tâm ra album mới."))
        .containsExactly(tuple("Hồ Thanh Tâm", EntityType.PERSON), tuple("Hồ Thanh Tâm", EntityType.PERSON));
    assertThat(found("Hồ Văn Lợi bị bắt hôm qua.")).containsExactly(tuple("Hồ Văn Lợi", EntityType.PERSON));
    // A lake stays a lake.
    assertThat(found("Hồ Tràm Xanh rộng hơn 20 ha.")).containsExactly(tuple("Tràm Xanh", EntityType.LOCATION));
  }

  @Test
  void aBodyReadOnFromTheGovernmentOverGiaoIsTheBodyAfterTheVerb() {
    // After a title "Chính phủ" stays a body of its own (round 19), and the body after "giao" is another.
    assertThat(found("Thủ tướng Chính phủ giao UBND tỉnh Cao Bằng tiếp nhận số gạo."))
        .containsExactly(tuple("Chính phủ", EntityType.ORGANIZATION), tuple("UBND tỉnh Cao Bằng", EntityType.ORGANIZATION));
    // Without a title the bare "Chính phủ" is no body (round 19).
    assertThat(found("Các bộ đề nghị Chính phủ giao Kho bạc Nhà nước chủ động hơn."))
        .containsExactly(tuple("Kho bạc Nhà nước", EntityType.ORGANIZATION));
  }

  @Test
  void aNameAfterAHealthSupplementOrACarWordIsTheProduct() {
    assertThat(found("Mọi người dùng thực phẩm bảo vệ sức khỏe Lumi Vita mỗi ngày."))
        .containsExactly(tuple("Lumi Vita", EntityType.MISC));
    assertThat(found("Doanh số xe Corvane Drift tăng mạnh.")).containsExactly(tuple("Corvane Drift", EntityType.MISC));
    // A driver stays a person.
    assertThat(found("Lái xe Harold Penn đã dừng lại.")).containsExactly(tuple("Harold Penn", EntityType.PERSON));
  }

  @Test
  void aBodyThatSwallowedAnOfficialNamedElsewhereOrAfterATitleIsSplit() {
    // The person's given name alone elsewhere in the article.
    assertThat(found("Buổi họp do Ban Quản lý Cảng Bắc Hải Lê Quang Tùng chủ trì. Ông Tùng cho biết tàu sẽ cập bến."))
        .containsExactly(tuple("Ban Quản lý Cảng Bắc Hải", EntityType.ORGANIZATION),
            tuple("Lê Quang Tùng", EntityType.PERSON), tuple("Tùng", EntityType.PERSON));
    // A title right before the body.
    assertThat(found("Thư ký Liên đoàn quần vợt Đỗ Minh Quang phát biểu hôm qua."))
        .containsExactly(tuple("Liên đoàn quần vợt", EntityType.ORGANIZATION), tuple("Đỗ Minh Quang", EntityType.PERSON));
    // A school or a body named after a person keeps the name.
    assertThat(found("Hiệu trưởng Trường THPT Lê Quý Đôn cho biết học sinh đã nghỉ."))
        .containsExactly(tuple("Trường THPT Lê Quý Đôn", EntityType.ORGANIZATION));
    assertThat(found("Thư ký Hội Sinh viên Thành phố Hồ Chí Minh phát biểu hôm qua."))
        .containsExactly(tuple("Hội Sinh viên Thành phố Hồ Chí Minh", EntityType.ORGANIZATION));
  }

  @Test
  void aNameTypedABodyMoreOftenThanAPersonIsTheBodyEverywhere() {
    assertThat(found("Theo công ty Tarvex, doanh số sẽ tăng. Đại diện công ty Tarvex khẳng định giá không đổi. "
        + "Đội ngũ bác sĩ Tarvex đã làm việc suốt năm."))
        .containsExactly(tuple("Tarvex", EntityType.ORGANIZATION), tuple("Tarvex", EntityType.ORGANIZATION),
            tuple("Tarvex", EntityType.ORGANIZATION));
    // One body against one person: no majority, nothing changes.
    assertThat(found("Theo công ty Tarvex, doanh số sẽ tăng. Đội ngũ bác sĩ Tarvex đã làm việc suốt năm."))
        .contains(tuple("Tarvex", EntityType.PERSON));
  }

  @Test
  void aShipNamedWithItsNavysPrefixIsMisc() {
    assertThat(found("Tàu ngầm USS Georgia đã rời cảng hôm qua.")).containsExactly(tuple("USS Georgia", EntityType.MISC));
    assertThat(found("Hai tàu INS TARANG và INS KORAL đã cập cảng."))
        .containsExactly(tuple("INS TARANG", EntityType.MISC), tuple("INS KORAL", EntityType.MISC));
    assertThat(found("Ông Hùng làm việc ở ISS từ lâu.")).contains(tuple("ISS", EntityType.ORGANIZATION));
  }

  @Test
  void aCapitalisedLevelInAnAddressIsNoPartOfThePlace() {
    assertThat(found("Cửa hàng đặt tại số 12, Phường Đông Khê, Quận Hải Sơn."))
        .contains(tuple("Đông Khê", EntityType.LOCATION));
    // A one-word rest is a name of its own, a road code keeps its head.
    assertThat(found("Quán nằm ở 45 Xã Đàn, quận Đống Đa.")).contains(tuple("Xã Đàn", EntityType.LOCATION));
    assertThat(found("Xe gặp nạn trên Tỉnh lộ 812 gần chợ.")).containsExactly(tuple("Tỉnh lộ 812", EntityType.LOCATION));
  }

  @Test
  void aCountrysSyllableOpeningAListedCommonWordIsNoPlace() {
    assertThat(found("Mỹ nhân sinh năm 1990 vừa trở lại màn ảnh.")).isEmpty();
    assertThat(found("Ông được vinh danh trong danh sách Anh hùng thời đổi mới.")).isEmpty();
    // "Mỹ gốc Việt": the country, then its own word.
    assertThat(found("Người Mỹ gốc Việt này đã về nước.")).containsExactly(tuple("Mỹ", EntityType.LOCATION));
  }

  @Test
  void vietAfterANounForPeopleIsTheNationality() {
    // The man is a person; "du khách Việt" are Vietnamese tourists, a nationality the guidelines do not annotate.
    assertThat(found("Ông Việt cho biết nhiều du khách Việt đã quay lại Đà Lạt."))
        .containsExactly(tuple("Việt", EntityType.PERSON), tuple("Đà Lạt", EntityType.LOCATION));
  }

  @Test
  void capitalisedCompoundsAndListedNames() {
    assertThat(EntityFinds.texts("Ông Quan Văn Tài, Cục trưởng An toàn lao động, cho biết.")).doesNotContain("An");
    assertThat(EntityFinds.texts("Tham mưu trưởng Không lực Mỹ đã ra lệnh.")).doesNotContain("Không");
    assertThat(EntityFinds.texts("Sáng nay, tại buổi công bố Kiến trúc đô thị mới, ông Tài phát biểu."))
        .doesNotContain("Kiến");
    assertThat(found("Người mua chờ đến ngày Cyber Monday để săn hàng."))
        .containsExactly(tuple("Cyber Monday", EntityType.MISC));
    assertThat(found("Mùa này, Cát Lâm và Liêu Ninh, hai nơi lạnh nhất, đều có tuyết."))
        .contains(tuple("Liêu Ninh", EntityType.LOCATION));
    assertThat(found("Theo Brightwell Economics, kinh tế sẽ tăng."))
        .containsExactly(tuple("Brightwell Economics", EntityType.ORGANIZATION));
    assertThat(found("Robot này do Pemberton Robotics chế tạo."))
        .containsExactly(tuple("Pemberton Robotics", EntityType.ORGANIZATION));
  }
}
