package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 9 rules, from an ORGANIZATION recall audit (cue words and capitalised runs the recogniser left out or cut) on
 * 150 unannotated articles (own sentences, no corpus text).
 */
class EntityRecognizerRound9Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void theAbbreviationDhHeadsAUniversityLikeDaiHoc() {
    assertThat(found("Cô ấy tốt nghiệp ĐH Xây dựng rồi học tiếp ở ĐH Osaka."))
        .containsExactly(tuple("ĐH Xây dựng", EntityType.ORGANIZATION), tuple("ĐH Osaka", EntityType.ORGANIZATION));
    assertThat(found("Anh là giảng viên ĐH Quốc gia Hà Nội từ năm 2010."))
        .containsExactly(tuple("ĐH Quốc gia Hà Nội", EntityType.ORGANIZATION));
  }

  @Test
  void aSchoolAfterLowerCaseTruongWithATwoWordLevelKeepsBoth() {
    assertThat(found("Bé đang học lớp 2 trường Tiểu học Hòa Bình, huyện Ba Vì."))
        .containsExactly(tuple("trường Tiểu học Hòa Bình", EntityType.ORGANIZATION), tuple("Ba Vì", EntityType.LOCATION));
    assertThat(found("Các cháu ở trường Mầm non Sao Mai được nghỉ học."))
        .containsExactly(tuple("trường Mầm non Sao Mai", EntityType.ORGANIZATION));
  }

  @Test
  void aHospitalAfterLowerCaseBenhVienKeepsItsHead() {
    assertThat(found("Nạn nhân được chuyển tới bệnh viện Thống Nhất để điều trị."))
        .containsExactly(tuple("bệnh viện Thống Nhất", EntityType.ORGANIZATION));
    assertThat(found("Cậu bé nằm ở bệnh viện Mount Sinai suốt hai tuần."))
        .containsExactly(tuple("bệnh viện Mount Sinai", EntityType.ORGANIZATION));
  }

  @Test
  void aKnownPlaceAloneAfterBenhVienIsWhereTheHospitalIs() {
    assertThat(found("Ông từng điều trị tại một bệnh viện Singapore năm ngoái."))
        .containsExactly(tuple("Singapore", EntityType.LOCATION));
  }

  @Test
  void forestRangerStationsAreBodies() {
    assertThat(found("Người dân đã báo cho Hạt Kiểm lâm huyện Kỳ Sơn đến kiểm tra."))
        .containsExactly(tuple("Hạt Kiểm lâm huyện Kỳ Sơn", EntityType.ORGANIZATION));
  }

  @Test
  void fixedPairsWithACommaStayInsideABodysNameAfterALowerCaseTask() {
    assertThat(found("Sáng nay Ban chỉ đạo phòng, chống dịch tỉnh Bắc Giang họp trực tuyến."))
        .containsExactly(tuple("Ban chỉ đạo phòng, chống dịch tỉnh Bắc Giang", EntityType.ORGANIZATION));
    assertThat(found("Sáng nay Phòng Cảnh sát PCCC và Cứu nạn, cứu hộ Công an tỉnh Ninh Bình điều 4 xe tới."))
        .containsExactly(tuple("Phòng Cảnh sát PCCC và Cứu nạn, cứu hộ Công an tỉnh Ninh Bình", EntityType.ORGANIZATION));
  }

  @Test
  void aLowerCaseExecutiveCommitteeHeadsTheBodyItBelongsTo() {
    assertThat(found("Hôm qua Ban chấp hành Đảng bộ huyện Mê Linh đã họp."))
        .containsExactly(tuple("Ban chấp hành Đảng bộ huyện Mê Linh", EntityType.ORGANIZATION));
  }

  @Test
  void newsroomAbbreviationsOfCommonNounsAreNotNames() {
    assertThat(found("Đội bóng đứng thứ ba trên BXH và được NHM cổ vũ.")).isEmpty();
    assertThat(found("Sau đó lực lượng CSGT đã có mặt tại hiện trường.")).isEmpty();
  }

  @Test
  void aBareTrafficPoliceAbbreviationStillSitsInsideAHeadedName() {
    assertThat(found("Tổ công tác của Phòng CSGT Công an tỉnh Nghệ An đã dừng xe."))
        .containsExactly(tuple("Phòng CSGT Công an tỉnh Nghệ An", EntityType.ORGANIZATION));
  }

  @Test
  void aForeignWordInAListOfCitiesWithTheirCountriesIsACity() {
    assertThat(found("Các điểm đến gồm Lima (Peru), Fez (Morocco), Chengdu (Trung Quốc)."))
        .containsExactly(tuple("Lima", EntityType.LOCATION), tuple("Peru", EntityType.LOCATION),
            tuple("Fez", EntityType.LOCATION), tuple("Morocco", EntityType.LOCATION),
            tuple("Chengdu", EntityType.LOCATION), tuple("Trung Quốc", EntityType.LOCATION));
  }

  @Test
  void aPlayerListedWithHisClubInBracketsStaysAPerson() {
    // Only a list that already holds a city and its country makes the next bracketed name a city.
    assertThat(found("Đội hình có Lamela (Tottenham), Mascherano (Barcelona) và nhiều ngôi sao khác."))
        .doesNotContain(tuple("Mascherano", EntityType.LOCATION));
  }

  @Test
  void streetsJoinedByDashesAfterAStreetWordAreAllStreets() {
    assertThat(found("Người dân khu vực đường Hùng Vương - Lê Duẩn - Phan Bội Châu đã phản ánh."))
        .containsExactly(tuple("Hùng Vương", EntityType.LOCATION), tuple("Lê Duẩn", EntityType.LOCATION),
            tuple("Phan Bội Châu", EntityType.LOCATION));
    assertThat(found("Xe tải chạy tới giao lộ Điện Biên Phủ – Võ Thị Sáu thì lật."))
        .containsExactly(tuple("Điện Biên Phủ", EntityType.LOCATION), tuple("Võ Thị Sáu", EntityType.LOCATION));
  }

  @Test
  void aNameAfterADashWithoutAStreetWordKeepsItsOwnType() {
    assertThat(found("Trận đấu ở Hà Nội - Nguyễn Văn Quyết ghi bàn."))
        .contains(tuple("Nguyễn Văn Quyết", EntityType.PERSON));
  }

  @Test
  void aRoundaboutIsAPlaceCue() {
    assertThat(found("Vụ tai nạn xảy ra gần vòng xoay Lăng Cha Cả tối qua."))
        .containsExactly(tuple("Lăng Cha Cả", EntityType.LOCATION));
  }

  @Test
  void firmsListedAfterTheirKindAreOrganisations() {
    assertThat(found("Dự án có sự tham gia của các doanh nghiệp như Hoabinhco, Deltaco và nhiều đơn vị khác."))
        .containsExactly(tuple("Hoabinhco", EntityType.ORGANIZATION), tuple("Deltaco", EntityType.ORGANIZATION));
  }

  @Test
  void aCapitalisedCompanyAsSubjectBeforeNhuIsNotACue() {
    // "thành tích của Công ty như Top 100 …": the company's awards, not a list of companies.
    assertThat(found("Hai năm liền, hãng lọt Top 100 Doanh nghiệp tiêu biểu của ngành."))
        .doesNotContain(tuple("Top", EntityType.ORGANIZATION));
  }

  @Test
  void propertyFirmsEndingInLandAndOutletsNamedByTheirDomainAreOrganisations() {
    assertThat(found("Theo số liệu, Phú Quý Land đã bán hết 200 căn hộ."))
        .containsExactly(tuple("Phú Quý Land", EntityType.ORGANIZATION));
    assertThat(found("Trả lời phỏng vấn Tinmoi.vn, ông Hòa cho biết như vậy."))
        .containsExactly(tuple("Tinmoi.vn", EntityType.ORGANIZATION), tuple("Hòa", EntityType.PERSON));
  }

  @Test
  void airlinesNamedWithoutTheirKindAreOrganisations() {
    assertThat(found("Phát ngôn viên của Lufthansa nói các chuyến bay sẽ tạm dừng."))
        .containsExactly(tuple("Lufthansa", EntityType.ORGANIZATION));
  }

  @Test
  void aDentalClinicKeepsItsHead() {
    assertThat(found("Chị đến Nha khoa Quốc tế Hoa Lan để khám răng."))
        .containsExactly(tuple("Nha khoa Quốc tế Hoa Lan", EntityType.ORGANIZATION));
  }

  @Test
  void aNationalRoadCodeIsAPlaceLikeQuocLo() {
    assertThat(found("Vụ tai nạn xảy ra trên QL1A rồi lan sang QL14 chiều qua."))
        .containsExactly(tuple("QL1A", EntityType.LOCATION), tuple("QL14", EntityType.LOCATION));
    assertThat(EntityRecognizer.nationalRoad("QL1")).isTrue();
    assertThat(EntityRecognizer.nationalRoad("QLA1")).isFalse();
  }

  @Test
  void aCapitalisedHangIsACueNotPartOfTheName() {
    assertThat(found("Hãng Reuters dẫn lời một quan chức giấu tên.")).containsExactly(tuple("Reuters", EntityType.ORGANIZATION));
  }

  @Test
  void bandsAndCoachOperatorsAfterTheirKindAreOrganisations() {
    assertThat(found("Anh là người hâm mộ ban nhạc The Rolling Stones từ nhỏ."))
        .containsExactly(tuple("The Rolling Stones", EntityType.ORGANIZATION));
    assertThat(found("Chiếc xe khách của nhà xe Hoàng Long bị lật."))
        .containsExactly(tuple("Hoàng Long", EntityType.ORGANIZATION));
  }

  @Test
  void aBylineGluedToTongHopIsAPerson() {
    assertThat(found("Bài viết kết thúc ở đây.\nThu HằngTổng hợp"))
        .containsExactly(tuple("Thu Hằng", EntityType.PERSON));
  }

  @Test
  void hemispheresArePlaces() {
    assertThat(found("Mùa đông ở Nam bán cầu bắt đầu vào tháng 6."))
        .containsExactly(tuple("Nam bán cầu", EntityType.LOCATION));
  }
}
