package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 7 rules, from the errors on the dev split grown by 12 articles (own sentences, no corpus text). */
class EntityRecognizerRound7Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aMilitaryUnitOrStationNamedByItsNumberIsAnOrganisation() {
    assertThat(found("Chiến sĩ Sư đoàn 312 và Trạm 21 đã đến giúp dân."))
        .containsExactly(tuple("Sư đoàn 312", EntityType.ORGANIZATION), tuple("Trạm 21", EntityType.ORGANIZATION));
    assertThat(found("Đoàn công tác của Quân khu 9 đã về xã."))
        .containsExactly(tuple("Quân khu 9", EntityType.ORGANIZATION));
    // A lower-case "trạm" is still a place word: "trạm 5" names nothing.
    assertThat(found("Xe dừng ở trạm 5 rồi đi tiếp.")).isEmpty();
  }

  @Test
  void aForceKeepsItsNumberedRegion() {
    assertThat(found("Tàu của Bộ Tư lệnh Cảnh sát biển vùng 3 đã cập cảng."))
        .containsExactly(tuple("Bộ Tư lệnh Cảnh sát biển vùng 3", EntityType.ORGANIZATION));
    assertThat(found("Ông Tư là sĩ quan của vùng Cảnh sát biển 4 từ năm ngoái."))
        .containsExactly(tuple("Tư", EntityType.PERSON), tuple("vùng Cảnh sát biển 4", EntityType.ORGANIZATION));
  }

  @Test
  void theOfficeOfAPostEndsAfterThePostAndItsHolderIsAPerson() {
    assertThat(found("Văn phòng Tổng thống Pedro Alvarez ra thông báo vào tối qua."))
        .containsExactly(tuple("Văn phòng Tổng thống", EntityType.ORGANIZATION), tuple("Pedro Alvarez", EntityType.PERSON));
    assertThat(found("Văn phòng Thủ tướng Anh cho biết cuộc họp bị hoãn."))
        .containsExactly(tuple("Văn phòng Thủ tướng Anh", EntityType.ORGANIZATION));
  }

  @Test
  void aDepartmentNameGoesOnOverAThreeSyllableField() {
    assertThat(found("Chi cục Kiểm định Chất lượng Nông lâm sản và Thủy sản đã lấy mẫu."))
        .containsExactly(tuple("Chi cục Kiểm định Chất lượng Nông lâm sản và Thủy sản", EntityType.ORGANIZATION));
    // "chất lượng" in lower case inside the name carries it on too.
    assertThat(found("Chi cục Kiểm định chất lượng Nông lâm sản vừa gửi công văn."))
        .containsExactly(tuple("Chi cục Kiểm định chất lượng Nông lâm sản", EntityType.ORGANIZATION));
  }

  @Test
  void anAbbreviatedCompanyHeadGoesOnOverLowerCaseWords() {
    assertThat(found("Đất được giao cho Cty cổ phần thương mại ABX quản lý."))
        .containsExactly(tuple("Cty cổ phần thương mại ABX", EntityType.ORGANIZATION));
  }

  @Test
  void aSchoolWithALowerCaseHeadAndATwoWordLevel() {
    assertThat(found("Em muốn thi vào trường Trung cấp Y tế Bình Định năm nay."))
        .containsExactly(tuple("trường Trung cấp Y tế Bình Định", EntityType.ORGANIZATION));
    assertThat(found("Anh học ở trường Cao đẳng Cảnh sát vũ trang hai năm."))
        .containsExactly(tuple("trường Cao đẳng Cảnh sát vũ trang", EntityType.ORGANIZATION));
  }

  @Test
  void capitalisedWordsBeforeAnEngineSizeNameAVehicleModel() {
    assertThat(found("Khách mua Wave Alpha 110cc hoặc SH 150cc được tặng quà."))
        .containsExactly(tuple("Wave Alpha", EntityType.MISC), tuple("SH", EntityType.MISC));
    // A brand from the gazetteer with its model: the model, not the company.
    assertThat(found("Chiếc Yamaha Sirius 110cc bị mất trộm.")).containsExactly(tuple("Yamaha Sirius", EntityType.MISC));
    // A Vietnamese word before an engine size is no model ("Xe 125cc …" opens a sentence).
    assertThat(found("Xe 125cc chạy rất êm.")).isEmpty();
  }

  @Test
  void theLastWordOfABrandsModelStandsForTheModel() {
    assertThat(found("Mẫu Yamaha Sirius 110cc bán chạy. Năm nay, khách vẫn chọn Sirius nhiều nhất."))
        .containsExactly(tuple("Yamaha Sirius", EntityType.MISC), tuple("Sirius", EntityType.MISC));
  }

  @Test
  void aForeignFirmWithVietNamIsItsVietnameseArm() {
    assertThat(found("Đại diện Honda Việt Nam cho biết doanh số tăng."))
        .containsExactly(tuple("Honda Việt Nam", EntityType.ORGANIZATION));
  }

  @Test
  void twoKnownPlacesGluedByAHyphenAreTwoPlaces() {
    assertThat(found("Giao tranh nổ ra gần biên giới Iran-Iraq hôm qua."))
        .containsExactly(tuple("Iran", EntityType.LOCATION), tuple("Iraq", EntityType.LOCATION));
    // A foreign name with an inner hyphen stays whole.
    assertThat(found("Ông Jean-Pierre đã phát biểu.")).containsExactly(tuple("Jean-Pierre", EntityType.PERSON));
  }

  @Test
  void compassWordsBeforeAPlaceAreNotAPlaceOfTheirOwn() {
    assertThat(found("Lũ lớn tràn qua tỉnh Sindh, Tây Bắc Ấn Độ.")).containsExactly(
        tuple("Sindh", EntityType.LOCATION), tuple("Ấn Độ", EntityType.LOCATION));
    // A region name of three words stays a place.
    assertThat(found("Các nước Đông Nam Á họp tại Hà Nội.")).containsExactly(
        tuple("Đông Nam Á", EntityType.LOCATION), tuple("Hà Nội", EntityType.LOCATION));
  }

  @Test
  void theRegionsOfVietnamWithALowerCaseMienAreNotPlaceNames() {
    assertThat(found("Mưa lớn kéo dài ở miền Trung và miền Bắc.")).isEmpty();
  }

  @Test
  void theSignsOfADocumentNumberAreNoOrganisation() {
    assertThat(found("Theo Quyết định số 15/QĐ-UBND, UBND tỉnh Nam Định giao đất."))
        .containsExactly(tuple("UBND tỉnh Nam Định", EntityType.ORGANIZATION));
  }

  @Test
  void abbreviationsOfThingsAndChemicalElementsAreNotNames() {
    assertThat(found("Người dân có thể xin IDP qua mạng. Mẫu nước có Asen, Cadimi vượt ngưỡng.")).isEmpty();
    assertThat(found("Đại biểu HĐND các cấp đã bỏ phiếu.")).isEmpty();
  }

  @Test
  void aReligiousTitleIsNotPartOfTheName() {
    assertThat(found("Lực lượng này do Mullah Karim Haqqani chỉ huy."))
        .containsExactly(tuple("Karim Haqqani", EntityType.PERSON));
  }

  @Test
  void anEventTakesItsHostCityAndYear() {
    assertThat(found("Cô đã vô địch giải Yonex Đà Nẵng 2019 ở nội dung đơn nữ."))
        .containsExactly(tuple("Yonex Đà Nẵng 2019", EntityType.MISC));
  }

  @Test
  void aGivenNameUsedAloneAgainAndAgainIsAPerson() {
    String text = "Công an đã bắt một nghi phạm. Theo điều tra, Khánh quen biết nạn nhân từ trước. "
        + "Hắn hẹn gặp rồi lấy tiền của Khánh để đi chơi. Sau đó, Khánh đã bỏ trốn vào Nam.";
    assertThat(found(text)).filteredOn(t -> t.toList().get(0).equals("Khánh"))
        .containsOnly(tuple("Khánh", EntityType.PERSON)).hasSize(3);
    // Twice is not enough, and a name never used as a subject ("rừng Tùng", "đồi Tùng") does not count.
    assertThat(found("Ở đây có rừng Tùng rậm, đồi Tùng cao và suối Tùng trong.")).isEmpty();
    assertThat(found("Theo điều tra, Khánh quen biết nạn nhân. Hắn lấy tiền của Khánh rồi trốn.")).isEmpty();
  }

  @Test
  void oneCapitalAndANumberIsAGradeOrModel() {
    assertThat(found("Giá xăng A95 và máy bay A321 đều tăng.")).containsExactly(
        tuple("A95", EntityType.MISC), tuple("A321", EntityType.MISC));
    // An age group is not a model, and a zero-led code is an exam block, not a name.
    assertThat(found("Đội U23 thua. Em thi khối A01.")).doesNotContain(tuple("U23", EntityType.MISC))
        .doesNotContain(tuple("A01", EntityType.MISC));
  }

  @Test
  void aShortNameInBracketsAfterABodyAbbreviatesIt() {
    assertThat(found("Cục Cảnh sát giao thông (Cegat) vừa ra thông báo."))
        .containsExactly(tuple("Cục Cảnh sát giao thông", EntityType.ORGANIZATION), tuple("Cegat", EntityType.ORGANIZATION));
    // Only a guess: a coach in brackets after his club stays a person when the article names him so elsewhere.
    assertThat(found("Hai đội Porto (Mourinho) và Lyon gặp nhau. Mourinho nói rằng Mourinho sẽ thắng."))
        .filteredOn(t -> t.toList().get(0).equals("Mourinho")).containsOnly(tuple("Mourinho", EntityType.PERSON));
  }

  @Test
  void aCompanyAppositionAfterADash() {
    assertThat(found("Cổ đông lớn của Zentrix – công ty phần mềm ở Úc cho biết như vậy."))
        .containsExactly(tuple("Zentrix", EntityType.ORGANIZATION), tuple("Úc", EntityType.LOCATION));
    // "X - hãng Y" names the maker of X: no apposition.
    assertThat(found("Phần mới của Brimstone - hãng Fox sản xuất - ra mắt.")).doesNotContain(tuple("Brimstone", EntityType.ORGANIZATION));
  }

  @Test
  void aMobileNetworkOrAClubDescribedBeforeItsNameIsAnOrganisation() {
    assertThat(found("Khách hàng của nhà mạng Zentel tăng, còn đội bóng Rovigo thua.")).containsExactly(
        tuple("Zentel", EntityType.ORGANIZATION), tuple("Rovigo", EntityType.ORGANIZATION));
  }

  @Test
  void aForeignNameWithFcIsAClub() {
    assertThat(found("Tối nay đội khách Suwon FC thắng 2-0.")).containsExactly(tuple("Suwon FC", EntityType.ORGANIZATION));
  }

  @Test
  void aHyphenatedLeagueIsAnEvent() {
    assertThat(found("Anh sẽ ra mắt tại K-League mùa này.")).containsExactly(tuple("K-League", EntityType.MISC));
  }

  @Test
  void aShortGazetteerAcronymCountsOnlyInCapitals() {
    // "Un" is not "UN": the whole run is a person's name.
    assertThat(found("Ông đã gặp nhà lãnh đạo Kim Jong Un hôm qua.")).containsExactly(tuple("Kim Jong Un", EntityType.PERSON));
  }

  @Test
  void aPeakIsAPlaceButASummitIsNot() {
    assertThat(found("Họ đã lên tới đỉnh Kalavrita.")).containsExactly(tuple("Kalavrita", EntityType.LOCATION));
    assertThat(found("Sau hội nghị thượng đỉnh G20, ông về nước.")).doesNotContain(tuple("G20", EntityType.LOCATION));
  }
}
