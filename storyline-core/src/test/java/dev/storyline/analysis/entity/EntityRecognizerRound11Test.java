package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 11 rules, from a precision audit of 150 unannotated articles and counts over the whole unannotated corpus
 * (own sentences, invented names and models, no corpus text).
 */
class EntityRecognizerRound11Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aMakerFollowedByAForeignModelWordIsAProductAndTheBareModelFollows() {
    assertThat(found("Tháng này, đại lý giảm giá mẫu Suzuki Valtorra. Khách hỏi mua Valtorra rất nhiều."))
        .containsExactly(tuple("Suzuki Valtorra", EntityType.MISC), tuple("Valtorra", EntityType.MISC));
    assertThat(found("Anh mua chiếc Ford Brimstone màu đỏ."))
        .containsExactly(tuple("Ford Brimstone", EntityType.MISC));
  }

  @Test
  void aMakerBeforeAPersonAUnitOfTheGroupOrAnotherMakerStaysTheMaker() {
    assertThat(found("Giám đốc điều hành Google Bertrand Kessler phát biểu tại hội nghị."))
        .containsExactly(tuple("Google", EntityType.ORGANIZATION), tuple("Bertrand Kessler", EntityType.PERSON));
    assertThat(found("Chủ tịch Samsung Lee Jong-ho tới thăm nhà máy."))
        .extracting(t -> t.toArray()[1]).doesNotContain(EntityType.MISC);
    assertThat(found("Công ty LG Display vừa công bố lợi nhuận quý."))
        .extracting(t -> t.toArray()[1]).doesNotContain(EntityType.MISC);
    assertThat(found("Cổ phiếu của Samsung SDI tăng mạnh."))
        .extracting(t -> t.toArray()[1]).doesNotContain(EntityType.MISC);
  }

  @Test
  void aProductLineNamedWithoutItsMakerIsAProduct() {
    assertThat(found("Tôi thấy chiếc Galaxy Zeta7 có màn hình lớn."))
        .containsExactly(tuple("Galaxy Zeta7", EntityType.MISC));
    assertThat(found("Các thiết bị dòng Galaxy A bán chạy ở châu Âu."))
        .contains(tuple("Galaxy A", EntityType.MISC));
  }

  @Test
  void aGaelicSurnameIsNotABrandShape() {
    assertThat(found("Chuyên gia Duncan McTavish được gọi tới. Khi McTavish đến nơi, con rắn đã bỏ đi."))
        .containsExactly(tuple("Duncan McTavish", EntityType.PERSON), tuple("McTavish", EntityType.PERSON));
  }

  @Test
  void firmsOutletsAndClubsOftenNamedWithoutACue() {
    assertThat(found("Theo Euronews, Barca đã đạt thỏa thuận với tiền vệ Ostrowik."))
        .containsExactly(tuple("Euronews", EntityType.ORGANIZATION), tuple("Barca", EntityType.ORGANIZATION),
            tuple("Ostrowik", EntityType.PERSON));
    assertThat(found("Năm nay Toshiba cắt giảm nhân sự."))
        .containsExactly(tuple("Toshiba", EntityType.ORGANIZATION));
  }

  @Test
  void theEmiratesByTheirAcronymAreAPlace() {
    assertThat(found("Hành khách quá cảnh UAE trước khi về nước."))
        .containsExactly(tuple("UAE", EntityType.LOCATION));
  }

  @Test
  void lowerCaseKindsOfSiteBeforeANameMakeItAPlace() {
    assertThat(found("Con tàu mắc cạn ở kênh đào Norvale suốt một tuần."))
        .containsExactly(tuple("Norvale", EntityType.LOCATION));
    assertThat(found("Tối qua, một vụ cháy xảy ra tại nhà hàng Hương Quê."))
        .containsExactly(tuple("Hương Quê", EntityType.LOCATION));
    assertThat(found("Nhiều người tập thể dục ở công viên Bến Lụa."))
        .containsExactly(tuple("Bến Lụa", EntityType.LOCATION));
    assertThat(found("Tàu cập cảng cá Hòn Mây vào chiều qua."))
        .containsExactly(tuple("Hòn Mây", EntityType.LOCATION));
    assertThat(found("Người dân xóm Đồng Sậy đã báo cho chính quyền."))
        .containsExactly(tuple("Đồng Sậy", EntityType.LOCATION));
    assertThat(found("Du khách đổ về thác Pa Lừng dịp nghỉ lễ."))
        .containsExactly(tuple("Pa Lừng", EntityType.LOCATION));
  }

  @Test
  void theSiteWordsInsideOtherWordsOrBodiesAreNoCue() {
    assertThat(found("Họ muốn khai thác Facebook để bán hàng."))
        .containsExactly(tuple("Facebook", EntityType.ORGANIZATION));
    assertThat(found("Tôi thương anh hàng xóm.\nChắc anh ấy buồn lắm."))
        .isEmpty();
    assertThat(found("Thành phố đề nghị Công ty Công viên cây xanh Hòa Lạc gỡ biển quảng cáo."))
        .extracting(t -> t.toArray()[1]).doesNotContain(EntityType.LOCATION);
  }

  @Test
  void aSoleProprietorshipCueMakesAFirm() {
    assertThat(found("Con tàu thuộc doanh nghiệp tư nhân Phúc Hưng."))
        .containsExactly(tuple("Phúc Hưng", EntityType.ORGANIZATION));
  }

  @Test
  void newsroomAbbreviationsOfCommonNounsAreNotNames() {
    assertThat(found("Cầu thủ này có tên trong danh sách ĐTVN, nhưng BLĐ CLB chưa đồng ý."))
        .extracting(t -> t.toArray()[0]).doesNotContain("ĐTVN", "BLĐ");
  }

  @Test
  void aBodysNameGoesOnOverALowerCaseChauAndItsContinent() {
    assertThat(found("Vụ việc được đưa lên Tòa án Hòa giải châu Âu vào tháng trước."))
        .containsExactly(tuple("Tòa án Hòa giải châu Âu", EntityType.ORGANIZATION));
    assertThat(found("Quyết định của LĐBĐ châu Á khiến người hâm mộ bất ngờ."))
        .containsExactly(tuple("LĐBĐ châu Á", EntityType.ORGANIZATION));
    assertThat(found("Anh Tuấn đã sang châu Âu làm việc."))
        .containsExactly(tuple("Tuấn", EntityType.PERSON), tuple("châu Âu", EntityType.LOCATION));
  }

  @Test
  void thePartysCentralCommitteeAfterATitleAndThePropagandaSector() {
    assertThat(found("Ông Lê Văn Khiêm, Ủy viên Trung ương Đảng, tới dự."))
        .containsExactly(tuple("Lê Văn Khiêm", EntityType.PERSON), tuple("Trung ương Đảng", EntityType.ORGANIZATION));
    assertThat(found("Lãnh đạo Ban Tuyên giáo Tỉnh ủy Hòa Bình và cán bộ ngành Tuyên giáo cùng dự."))
        .containsExactly(tuple("Ban Tuyên giáo Tỉnh ủy Hòa Bình", EntityType.ORGANIZATION));
  }

  @Test
  void aCapitalisedBaoInMidSentenceBeforeAVietnameseOutletOrAfterAReporterIsTheCue() {
    assertThat(found("Trao đổi với Báo Giao thông, ông Khải cho biết sẽ kiểm tra."))
        .containsExactly(tuple("Giao thông", EntityType.ORGANIZATION), tuple("Khải", EntityType.PERSON));
    assertThat(found("Anh ta giả làm phóng viên Báo Công an TP Cần Thơ để lừa tiền."))
        .containsExactly(tuple("Công an TP Cần Thơ", EntityType.ORGANIZATION));
    assertThat(found("Chị là sinh viên năm ba của Học viện Báo chí và Tuyên truyền."))
        .extracting(t -> t.toArray()[0]).doesNotContain("chí và Tuyên truyền");
  }

  @Test
  void anAbbreviatedLevelGluedToAPlaceIsThePlaceNotAPersonsInitial() {
    assertThat(found("Hôm qua, anh Lê Văn Trọng (ngụ P.Tân Lạc, Q.Bình Xuyên) bị bắt tại nhà."))
        .containsExactly(tuple("Lê Văn Trọng", EntityType.PERSON), tuple("Tân Lạc", EntityType.LOCATION),
            tuple("Bình Xuyên", EntityType.LOCATION));
    assertThat(found("Sáng nay, chị P.Thu Hà đã tới trình báo."))
        .extracting(t -> t.toArray()[1]).containsOnly(EntityType.PERSON);
  }

  @Test
  void aForeignNameDescribedRightAfterAsAFirmIsAFirmAndItsOtherMentionsFollow() {
    assertThat(found("Ông từng làm việc cho Brakvell (Đức), một công ty sản xuất phụ tùng. Năm 2019, Brakvell phá sản."))
        .containsExactly(tuple("Brakvell", EntityType.ORGANIZATION), tuple("Đức", EntityType.LOCATION),
            tuple("Brakvell", EntityType.ORGANIZATION));
    assertThat(found("Hợp đồng được ký với Quorrin - hãng bảo hiểm lớn nhất vùng."))
        .containsExactly(tuple("Quorrin", EntityType.ORGANIZATION));
  }

  @Test
  void aPersonBeforeACapitalisedBodyOrAnEventOrganisedSomewhereStaysAPerson() {
    assertThat(found("Bàn thắng của Delacroix, CLB Hà Nội đã thua trận đầu tiên."))
        .contains(tuple("Delacroix", EntityType.PERSON));
    assertThat(found("Lễ hội Marvenfest, tổ chức tại thành phố cảng, thu hút nhiều khách."))
        .extracting(t -> t.toArray()[1]).doesNotContain(EntityType.ORGANIZATION);
  }

  @Test
  void theRepublicBeforeAKnownCountryIsTheCountrysNameButNotAfterTheParty() {
    assertThat(found("Bác sĩ Hạnh làm nhiệm vụ tại Cộng hòa Nam Sudan suốt một năm."))
        .containsExactly(tuple("Hạnh", EntityType.PERSON), tuple("Cộng hòa Nam Sudan", EntityType.LOCATION));
    assertThat(found("Thượng nghị sĩ đảng Cộng hòa Mỹ phản đối dự luật."))
        .extracting(t -> t.toArray()[0]).doesNotContain("Cộng hòa Mỹ");
  }

  @Test
  void aForeignNameAfterMvIsAWorkOrAVessel() {
    assertThat(found("Nữ ca sĩ xuất hiện trong MV Brightwater của nhóm nhạc."))
        .containsExactly(tuple("Brightwater", EntityType.MISC));
    assertThat(found("Con tàu MV Sea Harrow chìm năm 1955."))
        .contains(tuple("Sea Harrow", EntityType.MISC));
  }

  @Test
  void unitsAfterANumberAndBoatRegistrationLettersAreNoBodies() {
    assertThat(found("Con tàu có công suất 420 CV và được đóng năm 300 TCN theo lời đồn."))
        .isEmpty();
    assertThat(found("Tàu cá BĐ 91234 cập bến chiều qua, tàu du lịch QN - 6021 bị phạt."))
        .isEmpty();
    assertThat(found("Giá vé là 3.000 NDT một người."))
        .isEmpty();
  }

  @Test
  void aUnitOrAContinentLetterEndingASentenceIsNoInitial() {
    assertThat(found("Cô nổi tiếng khắp châu Á. Danh tiếng ấy đến rất sớm."))
        .containsExactly(tuple("châu Á", EntityType.LOCATION));
    assertThat(found("Nhiệt độ lên tới 38 độ C. Nhiều người phải nhập viện."))
        .isEmpty();
    assertThat(found("Máy hỗ trợ sạc nhanh 25 W. Cấu hình này khá mạnh."))
        .isEmpty();
    assertThat(found("Anh Trần Châu T. (chủ tiệm) đã báo công an."))
        .contains(tuple("Trần Châu T.", EntityType.PERSON));
  }

  @Test
  void aBodysNameGoesOnInLowerCaseUpToVietNamOrQuocGia() {
    assertThat(found("Theo Hiệp hội Gốm sứ mỹ nghệ Việt Nam, đơn hàng đã giảm."))
        .containsExactly(tuple("Hiệp hội Gốm sứ mỹ nghệ Việt Nam", EntityType.ORGANIZATION));
    assertThat(found("Bệnh nhân được chuyển tới Trung tâm Điều phối cấp cứu quốc gia trong đêm."))
        .containsExactly(tuple("Trung tâm Điều phối cấp cứu quốc gia", EntityType.ORGANIZATION));
    assertThat(found("Hội Nông dân xác định Việt Nam cần thêm vốn."))
        .containsExactly(tuple("Hội Nông dân", EntityType.ORGANIZATION), tuple("Việt Nam", EntityType.LOCATION));
  }

  @Test
  void aCapitalisedOngOrBaInMidSentenceBeforeAFullNameIsTheFormOfAddress() {
    assertThat(found("Hội đồng gồm các thành viên: Ông Trịnh Văn Khải; Bà Lương Thị Mơ."))
        .containsExactly(tuple("Trịnh Văn Khải", EntityType.PERSON), tuple("Lương Thị Mơ", EntityType.PERSON));
    assertThat(found("Hôm qua, ca sĩ Ông Lâm Phúc biểu diễn ở quận 1."))
        .contains(tuple("Ông Lâm Phúc", EntityType.PERSON));
  }
}
