package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown capitalised runs typed by context: ships, English head words, places after "tại", codes that are no names. */
class EntityRecognizerGeneralCuesTest {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  private static List<String> texts(String text) { return EntityFinds.texts(text); }

  @Test
  void aNameAfterAShipCueIsAVessel() {
    assertThat(found("Sáng nay tàu chở hàng Phú Quý Ngọc bị mắc cạn gần bờ."))
        .contains(tuple("Phú Quý Ngọc", EntityType.MISC));
    assertThat(found("Hôm qua con tàu Thuận Phát Xanh cập cảng an toàn."))
        .contains(tuple("Thuận Phát Xanh", EntityType.MISC));
    assertThat(found("Hai phi hành gia bay lên trên tàu Kosmonavt 12 vào tháng trước."))
        .contains(tuple("Kosmonavt 12", EntityType.MISC));
  }

  @Test
  void aSentenceInitialShipCueIsNotPartOfTheName() {
    assertThat(found("Hôm qua có tin. Tàu Thuận Phát Xanh đã cập cảng."))
        .contains(tuple("Thuận Phát Xanh", EntityType.MISC));
  }

  @Test
  void anInternationalAirportCueMakesAPlace() {
    assertThat(found("Đoàn khách đã về đến sân bay quốc tế Cam Lâm chiều qua."))
        .contains(tuple("Cam Lâm", EntityType.LOCATION));
  }

  @Test
  void aHeadWordClosingAShortSurnameRunIsAGivenName() {
    assertThat(found("Theo Đại tá Trương Minh Khoa, công việc rất khó."))
        .contains(tuple("Trương Minh Khoa", EntityType.PERSON));
  }

  @Test
  void highlandsPlacePrefixesMakePlaces() {
    assertThat(found("Nước lũ dâng cao khiến Krông Hơ bị cô lập."))
        .contains(tuple("Krông Hơ", EntityType.LOCATION));
  }

  @Test
  void stationsAndHydropowerPlantsNamePlaces() {
    assertThat(found("Mực nước đo được tại trạm Sơn Giang đã vượt mức báo động."))
        .contains(tuple("Sơn Giang", EntityType.LOCATION));
    assertThat(found("Hồ chứa thủy điện Lạc Sơn đang xả lũ."))
        .contains(tuple("Lạc Sơn", EntityType.LOCATION));
  }

  @Test
  void aNameAfterABusinessOrBrandCueIsAnOrganisation() {
    assertThat(found("Sản phẩm của doanh nghiệp Phước Lộc bán rất chạy."))
        .contains(tuple("Phước Lộc", EntityType.ORGANIZATION));
    assertThat(found("Khách hàng yêu thích thương hiệu Bếp Mây từ lâu."))
        .contains(tuple("Bếp Mây", EntityType.ORGANIZATION));
  }

  @Test
  void businessCueWordsInsideACapitalisedNameDoNotSplitIt() {
    assertThat(found("Đại diện Hiệp hội Doanh nghiệp Tin học phát biểu."))
        .contains(tuple("Hiệp hội Doanh nghiệp Tin học", EntityType.ORGANIZATION));
  }

  @Test
  void aDemonymOrInitialsAfterABusinessCueAreNoCompany() {
    assertThat(found("Nhiều doanh nghiệp Việt muốn mở rộng.")).doesNotContain(tuple("Việt", EntityType.ORGANIZATION));
    assertThat(found("Hôm qua chủ doanh nghiệp T.K. cho biết đã nộp thuế."))
        .contains(tuple("T.K.", EntityType.PERSON));
  }

  @Test
  void aLoneCommonSyllableAfterACommaIsNotCoordinatedWithAName() {
    assertThat(texts("Vốn góp gồm công ty Lumora, Nhà máy nước số 2 và các cổ đông."))
        .doesNotContain("Nhà");
  }

  @Test
  void anEnglishHeadWordTypesAnUnknownRun() {
    assertThat(found("Hôm qua chiếc Thanh Long Star đã rời cảng."))
        .contains(tuple("Thanh Long Star", EntityType.MISC));
    assertThat(found("Nhiều gia đình chuyển đến sống ở khu Lakeview Ocean Park từ năm ngoái."))
        .contains(tuple("Lakeview Ocean Park", EntityType.LOCATION));
    assertThat(found("Hội nghị diễn ra trong khách sạn Riverside Grand Hotel hôm qua."))
        .contains(tuple("Riverside Grand Hotel", EntityType.LOCATION));
  }

  @Test
  void aShortVietnameseRunAfterAtIsAPlaceEvenWithASurnameFirst() {
    assertThat(found("Nhiều xưởng gỗ ở Trần Lâm vẫn hoạt động."))
        .contains(tuple("Trần Lâm", EntityType.LOCATION));
    assertThat(found("Anh ấy bán hàng tại Phạm Văn Đồng mỗi tối."))
        .contains(tuple("Phạm Văn Đồng", EntityType.LOCATION));
  }

  @Test
  void aRoadSectionOrTollStationNamesPlaces() {
    assertThat(found("Dự án mở rộng đoạn Quế Lâm - Yên Lạc sẽ khởi công."))
        .contains(tuple("Quế Lâm", EntityType.LOCATION), tuple("Yên Lạc", EntityType.LOCATION));
    assertThat(found("Người dân đề nghị bỏ trạm thu phí Cầu Ngòi."))
        .contains(tuple("Cầu Ngòi", EntityType.LOCATION));
  }

  @Test
  void currencyCodesAreNeverEntities() {
    assertThat(texts("Giá vàng tăng thêm 20 USD, tương đương khoảng 500.000 VND mỗi chỉ.")).isEmpty();
    assertThat(texts("Đồng CAD và đồng EUR cùng giảm trong phiên.")).isEmpty();
  }

  @Test
  void unitsAfterNumbersAndCodesAreNotOrganisations() {
    assertThat(texts("Nhà máy có công suất 600 MW và bộ nhớ 128 GB.")).isEmpty();
    assertThat(texts("Khách quét mã QR, còn mã PLM của kiện hàng bị mờ.")).isEmpty();
    // Stop 21 (the round-18 guideline): a ticker after a stock word is the company.
    assertThat(found("Hôm qua cổ phiếu KTX tăng mạnh, mã chứng khoán DQM thì giảm."))
        .containsExactly(tuple("KTX", EntityType.ORGANIZATION), tuple("DQM", EntityType.ORGANIZATION));
    // An acronym that is not after a number or a ticker word is still an organisation.
    assertThat(found("Hôm qua KTX công bố kết quả kinh doanh."))
        .contains(tuple("KTX", EntityType.ORGANIZATION));
  }

  @Test
  void abbreviatedCommonNounsAreNotOrganisations() {
    assertThat(texts("Theo HĐTV, mỗi HTX phải nộp VAT đúng hạn.")).isEmpty();
    assertThat(found("Nông dân ĐBSCL thu hoạch lúa sớm."))
        .containsExactly(tuple("ĐBSCL", EntityType.LOCATION));
  }

  @Test
  void foreignCommonWordsAreNotPeople() {
    assertThat(texts("Giá cà phê Robusta và Arabica đều tăng.")).isEmpty();
  }

  @Test
  void afterATitleAFullNameEndsTheBodyItHeads() {
    assertThat(found("Thứ trưởng Bộ GTVT Lê Văn Hùng yêu cầu các đơn vị báo cáo."))
        .containsExactly(tuple("Bộ GTVT", EntityType.ORGANIZATION), tuple("Lê Văn Hùng", EntityType.PERSON));
    assertThat(found("Phó Thủ tướng Chính phủ Trần Minh Quân đã chỉ đạo."))
        .containsExactly(tuple("Chính phủ", EntityType.ORGANIZATION), tuple("Trần Minh Quân", EntityType.PERSON));
  }

  @Test
  void aSchoolNamedAfterAPersonKeepsTheName() {
    assertThat(found("Hiệu trưởng Trường THPT Phan Bội Châu phát biểu."))
        .contains(tuple("Trường THPT Phan Bội Châu", EntityType.ORGANIZATION));
  }
}
