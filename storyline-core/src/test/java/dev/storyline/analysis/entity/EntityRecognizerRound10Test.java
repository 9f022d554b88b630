package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 10 rules, from a precision and ORGANIZATION recall audit of 150 unannotated articles (own sentences, invented
 * names, no corpus text).
 */
class EntityRecognizerRound10Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aForeignNameAfterALowerCaseDoiIsAClubAndSoAreItsOtherMentions() {
    assertThat(found("Tiền đạo Kovalenko ghi bàn vào lưới đội Rosenfeld ở phút cuối. Rosenfeld vẫn đứng đầu bảng."))
        .containsExactly(tuple("Kovalenko", EntityType.PERSON), tuple("Rosenfeld", EntityType.ORGANIZATION),
            tuple("Rosenfeld", EntityType.ORGANIZATION));
  }

  @Test
  void teammatesArmiesAgeGroupsAndVietnameseNamesAfterDoiAreNotClubs() {
    assertThat(found("Bàn thắng đến từ đường chuyền của đồng đội Hartmann."))
        .containsExactly(tuple("Hartmann", EntityType.PERSON));
    assertThat(found("Cả hai đều từng khoác áo đội U20 Brazil."))
        .extracting(t -> t.toArray()[1]).doesNotContain(EntityType.ORGANIZATION);
    assertThat(found("Trong trò chơi cuối, đội Minh Khang thắng sát nút."))
        .containsExactly(tuple("Minh Khang", EntityType.PERSON));
  }

  @Test
  void aLowerCaseCauLacBoIsAClubCue() {
    assertThat(found("Anh chuyển tới câu lạc bộ Wendorf vào mùa hè năm ngoái."))
        .containsExactly(tuple("Wendorf", EntityType.ORGANIZATION));
  }

  @Test
  void aPartyAfterALowerCaseDangKeepsItsLowerCaseSecondWord() {
    assertThat(found("Thượng nghị sĩ đảng Cộng hòa phản đối dự luật, còn đảng Dân chủ ủng hộ."))
        .containsExactly(tuple("Cộng hòa", EntityType.ORGANIZATION), tuple("Dân chủ", EntityType.ORGANIZATION));
    assertThat(found("Lãnh đạo đảng Cực hữu đã từ chức."))
        .containsExactly(tuple("Cực hữu", EntityType.ORGANIZATION));
    assertThat(found("Ứng viên của đảng Tự do thua sát nút."))
        .containsExactly(tuple("Tự do", EntityType.ORGANIZATION));
  }

  @Test
  void aPartysSecondWordIsNotLookedForElsewhereInTheArticle() {
    assertThat(found("Ông thuộc đảng Xã hội từ năm 1990. Xã hội lúc đó còn nhiều khó khăn."))
        .containsExactly(tuple("Xã hội", EntityType.ORGANIZATION));
  }

  @Test
  void commonWordsCapitalisedByATitleAreNotNames() {
    assertThat(found("Phó chủ tịch Thường trực Hội Nông dân tỉnh Kon Tum đã tới dự."))
        .containsExactly(tuple("Hội Nông dân tỉnh Kon Tum", EntityType.ORGANIZATION));
    assertThat(found("Cô từng giành ngôi Hoa hậu Hoàn vũ năm ấy.")).isEmpty();
    assertThat(found("Giám đốc Điều hành Lê Quang Vinh cho biết công ty sẽ mở rộng.")
        ).containsExactly(tuple("Lê Quang Vinh", EntityType.PERSON));
    assertThat(found("Ngôi sao Hoa ngữ Trương Vĩnh Khang vừa ra phim mới."))
        .containsExactly(tuple("Trương Vĩnh Khang", EntityType.PERSON));
  }

  @Test
  void aMarketControlTeamWithItsLowerCaseWordsIsOneBody() {
    assertThat(found("Hôm qua, Đội Quản lý thị trường số 5 đã kiểm tra một kho hàng."))
        .containsExactly(tuple("Đội Quản lý thị trường số 5", EntityType.ORGANIZATION));
  }

  @Test
  void aVillageAfterBanWithAPlaceWordBeforeItIsAPlace() {
    assertThat(found("Hai anh em trú tại bản Phà Lìn, xã Mường Hoa, huyện Tủa Chùa."))
        .extracting(t -> t.toArray()[0] + "/" + t.toArray()[1]).contains("Phà Lìn/LOCATION");
    assertThat(found("Ca sĩ hát một bản Rock Ballad rất hay.")).extracting(t -> t.toArray()[1])
        .doesNotContain(EntityType.LOCATION);
  }

  @Test
  void aNameAfterANumberedHamletIsAPlace() {
    assertThat(found("Tối qua, cơ quan chức năng phong tỏa thôn 3 Tô Hạ để kiểm soát dịch."))
        .containsExactly(tuple("Tô Hạ", EntityType.LOCATION));
  }

  @Test
  void twoSyllableNamesGoOnAListOfPlacesOpenedByALevel() {
    assertThat(found("Mưa lớn gây ngập các xã Tân Lập, Phúc Lợi, Mai Sơn và Tô Khê của huyện."))
        .containsExactly(tuple("Tân Lập", EntityType.LOCATION), tuple("Phúc Lợi", EntityType.LOCATION),
            tuple("Mai Sơn", EntityType.LOCATION), tuple("Tô Khê", EntityType.LOCATION));
    // A name with an age after it is a person's, even on such a list.
    assertThat(found("Hai em ở xã Tân Lập và Cao Minh, 12 tuổi, đã được cứu."))
        .contains(tuple("Cao Minh", EntityType.PERSON));
  }

  @Test
  void theAbbreviationBvHeadsAHospitalAndALoneBvIsNoName() {
    assertThat(found("Cháu bé được chuyển lên BV Nhi Đồng Nai rồi ra BV Hữu nghị Việt Xô."))
        .containsExactly(tuple("BV Nhi Đồng Nai", EntityType.ORGANIZATION), tuple("BV Hữu nghị Việt Xô", EntityType.ORGANIZATION));
    assertThat(found("Ông được đưa vào BV tỉnh Hà Giang cấp cứu."))
        .containsExactly(tuple("BV tỉnh Hà Giang", EntityType.ORGANIZATION));
    assertThat(found("Mỗi năm BV tiếp nhận hàng nghìn ca bệnh.")).isEmpty();
  }

  @Test
  void aBodyOfANumberedDistrictOrWardKeepsTheNumber() {
    assertThat(found("Vụ việc đã được trình báo với Công an phường 12 và UBND quận 4."))
        .containsExactly(tuple("Công an phường 12", EntityType.ORGANIZATION), tuple("UBND quận 4", EntityType.ORGANIZATION));
  }

  @Test
  void aBareHeadsNameEndsBeforeWordsThatFollowASubject() {
    assertThat(found("Hôm qua BV đón nhận danh hiệu Đơn vị Anh hùng.")).extracting(t -> t.toArray()[0])
        .doesNotContain("BV đón nhận danh hiệu Đơn vị Anh hùng");
  }

  @Test
  void aOneSyllableCountryAfterATitleWithAVietnameseGivenNameAfterItIsAPersonsName() {
    assertThat(found("Bộ sưu tập do NTK Mỹ Hạnh thực hiện."))
        .containsExactly(tuple("Mỹ Hạnh", EntityType.PERSON));
    assertThat(found("Thủ tướng Anh Oliver Grant đã tới Paris."))
        .containsExactly(tuple("Anh", EntityType.LOCATION), tuple("Oliver Grant", EntityType.PERSON),
            tuple("Paris", EntityType.LOCATION));
  }

  @Test
  void aMissionsPlaceAfterOIsPartOfItsName() {
    assertThat(found("Ông làm việc tại Đại sứ quán Pháp ở Hà Nội từ năm 2015."))
        .containsExactly(tuple("Đại sứ quán Pháp ở Hà Nội", EntityType.ORGANIZATION));
  }

  @Test
  void theTrialPanelAndAnAccountantsTradeAreNoNames() {
    assertThat(found("Sau khi nghị án, HĐXX tuyên phạt bị cáo 5 năm tù.")).isEmpty();
    assertThat(found("Bà Hoàng Thị Mơ, nguyên Trưởng phòng Kế toán, bị khởi tố."))
        .containsExactly(tuple("Hoàng Thị Mơ", EntityType.PERSON));
  }

  @Test
  void appStoresAreNamesOfTheirOwnAndTheSouthWesternBorderIsNoName() {
    assertThat(found("Người dùng có thể tải ứng dụng Zenlo từ CH Play."))
        .contains(tuple("CH Play", EntityType.ORGANIZATION));
    assertThat(found("Lực lượng chức năng tăng cường tuần tra ở biên giới Tây Nam.")).isEmpty();
  }

  @Test
  void aForeignPersonInAppositionAfterALoneClubIsAPersonButAListOfFirmsStaysFirms() {
    assertThat(found("Chủ tịch Chelsea, Gerald Winship đã lên tiếng."))
        .containsExactly(tuple("Chelsea", EntityType.ORGANIZATION), tuple("Gerald Winship", EntityType.PERSON));
    assertThat(found("Giám đốc thể thao của Man City – Oriol Barrena tỏ ra vui mừng."))
        .containsExactly(tuple("Man City", EntityType.ORGANIZATION), tuple("Oriol Barrena", EntityType.PERSON));
    assertThat(found("Sản phẩm có mặt ở các chuỗi như Vinmart, Kelton Fresh, Marlow Foods."))
        .contains(tuple("Kelton Fresh", EntityType.ORGANIZATION));
  }

  @Test
  void aCapitalisedBaoBeforeAKnownOutletIsTheCueButStaysInsideOtherNames() {
    assertThat(found("Trả lời phóng viên Báo Người Lao Động, ông Đinh Văn Khải cho biết như vậy."))
        .containsExactly(tuple("Người Lao Động", EntityType.ORGANIZATION), tuple("Đinh Văn Khải", EntityType.PERSON));
    assertThat(found("Chị tốt nghiệp Học viện Báo chí và Tuyên truyền năm 2010."))
        .containsExactly(tuple("Học viện Báo chí và Tuyên truyền", EntityType.ORGANIZATION));
  }

  @Test
  void lieutenantsAndCaptainsAreTitles() {
    assertThat(found("Tài xế vẫn lao xe về phía trung úy Khải rồi bỏ chạy."))
        .containsExactly(tuple("Khải", EntityType.PERSON));
    assertThat(found("Thấy Thượng úy Khải vẫn bám theo, tài xế tăng ga."))
        .containsExactly(tuple("Khải", EntityType.PERSON));
  }

  @Test
  void theMilitaryCommissionAndPortAuthoritiesAreBodies() {
    assertThat(found("Ông là Bí thư Quân ủy Trung ương Hoàng Minh Trí."))
        .containsExactly(tuple("Quân ủy Trung ương", EntityType.ORGANIZATION), tuple("Hoàng Minh Trí", EntityType.PERSON));
    assertThat(found("Sáng nay Cảng vụ Hàng hải Nghệ An đã cấm tàu rời bến."))
        .containsExactly(tuple("Cảng vụ Hàng hải Nghệ An", EntityType.ORGANIZATION));
  }

  @Test
  void moreHeadCapitalisedCommonWordsAreNoNames() {
    assertThat(found("Bà Lê Thị Vân, Trưởng ban Kiểm soát, cho biết lợi nhuận tăng."))
        .containsExactly(tuple("Lê Thị Vân", EntityType.PERSON));
    assertThat(found("Cô từng đăng quang Hoa hậu Thế giới năm đó.")).isEmpty();
    assertThat(found("Các chuỗi như Thế Giới Di Động tăng doanh thu."))
        .containsExactly(tuple("Thế Giới Di Động", EntityType.ORGANIZATION));
  }

  @Test
  void theRegionABodyServesAfterLowerCaseMienEndsItsName() {
    assertThat(found("Theo Cảng vụ Hàng không miền Trung, chuyến bay đã hạ cánh an toàn."))
        .containsExactly(tuple("Cảng vụ Hàng không miền Trung", EntityType.ORGANIZATION));
    assertThat(found("Lô hàng được bán cho Công ty Lương thực miền Nam năm ngoái."))
        .containsExactly(tuple("Công ty Lương thực miền Nam", EntityType.ORGANIZATION));
    assertThat(found("Thành phố đề nghị Cảng vụ hàng không miền Bắc mua thêm máy đo."))
        .containsExactly(tuple("Cảng vụ hàng không miền Bắc", EntityType.ORGANIZATION));
  }

  @Test
  void borderGuardsMarketControlAndMissionsAreBodiesByTheirHead() {
    assertThat(found("Ngay sau đó, Đồn Biên phòng Sơn Mỹ đã điều tàu ra khơi."))
        .containsExactly(tuple("Đồn Biên phòng Sơn Mỹ", EntityType.ORGANIZATION));
    assertThat(found("Theo kết luận, Quản lý thị trường Bắc Giang đã xử phạt cửa hàng."))
        .containsExactly(tuple("Quản lý thị trường Bắc Giang", EntityType.ORGANIZATION));
    assertThat(found("Anh là cầu thủ Việt kiều duy nhất của đội.")).isEmpty();
  }
}
