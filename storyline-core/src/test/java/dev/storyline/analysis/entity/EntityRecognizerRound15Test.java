package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 15 (issue 4): rules found on the round 15 audit and new dev articles; sentences and names are invented. */
class EntityRecognizerRound15Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  private static List<String> texts(String text) { return EntityFinds.texts(text); }

  @Test
  void aClosingQuoteOpensNoTitleAndATitleEndsWithItsLine() {
    // The straight quote after a nickname closes it; the name after it is not a title running to the next line's quote.
    String text = "Võ sĩ Brandon Kessler đã giải nghệ. Kessler nói vậy.\n"
        + "Ai cũng biết Tyson không phải là đối thủ của \"Cơn lốc đen\" Kessler\n"
        + "\"Tyson không biết đấm.\nĐó là sự thật\", Kessler nói.";
    assertThat(found(text)).contains(tuple("Kessler", EntityType.PERSON))
        .doesNotContain(tuple("Kessler", EntityType.MISC));
  }

  @Test
  void aNameAfterTheClassifierOfThingsIsTheThing() {
    assertThat(found("Tối qua, anh Lò Văn Khởi lái chiếc Porsche mui trần về nhà."))
        .contains(tuple("Porsche", EntityType.MISC), tuple("Lò Văn Khởi", EntityType.PERSON))
        .doesNotContain(tuple("Porsche", EntityType.ORGANIZATION));
    // The model's code and variant after the maker belong to the thing.
    assertThat(found("Hãng vừa giao chiếc Boeing 787 đầu tiên cho khách hàng."))
        .contains(tuple("Boeing 787", EntityType.MISC));
    assertThat(found("Chiếc Porsche 911 Carrera của anh Khởi bị trầy xước."))
        .contains(tuple("Porsche 911 Carrera", EntityType.MISC))
        .doesNotContain(tuple("Chiếc Porsche", EntityType.ORGANIZATION));
    // A maker named without the classifier stays a company.
    assertThat(found("Ông Khởi làm việc cho Porsche từ năm 2010."))
        .contains(tuple("Porsche", EntityType.ORGANIZATION));
  }

  @Test
  void moreAbbreviationsOfCommonNounsNameNoBody() {
    assertThat(texts("Ông Tòng cho biết BHL đội tuyển đã họp. Bài thi ĐGNL năm nay khó hơn; GPQC số 12/2020."))
        .contains("Tòng").doesNotContain("BHL", "ĐGNL", "GPQC");
    assertThat(texts("Hôm qua, bác sĩ CKI Đào Văn Tý trực cấp cứu lúc 16 giờ GMT."))
        .contains("Đào Văn Tý").doesNotContain("CKI", "GMT");
  }

  @Test
  void moreKindsOfSiteAndBodyAfterTheirLowerCaseCue() {
    assertThat(found("Rác được chở về bãi rác Đồng Xoan ở ngoại thành."))
        .containsExactly(tuple("Đồng Xoan", EntityType.LOCATION));
    assertThat(found("Một nhân viên nhà tang lễ Whitcombe cho biết tang lễ diễn ra hôm qua."))
        .containsExactly(tuple("Whitcombe", EntityType.LOCATION));
    assertThat(found("Cô ký hợp đồng với hãng đĩa Velvet Harbor Records năm 2015."))
        .containsExactly(tuple("Velvet Harbor Records", EntityType.ORGANIZATION));
    assertThat(found("Ban giám khảo chọn nhóm nhạc Lemon Drops vào chung kết."))
        .containsExactly(tuple("Lemon Drops", EntityType.ORGANIZATION));
  }

  @Test
  void aNameAfterBoPhimOrLoatPhimIsTheFilm() {
    assertThat(found("Đạo diễn Hùng chọn diễn viên cho bộ phim Lý Mộng Hoa. Khi đó, ông mới 30 tuổi."))
        .contains(tuple("Lý Mộng Hoa", EntityType.MISC), tuple("Hùng", EntityType.PERSON));
    assertThat(found("Bộ phim Vesperland của đạo diễn Hùng đoạt giải."))
        .contains(tuple("Vesperland", EntityType.MISC)).doesNotContain(tuple("Vesperland", EntityType.ORGANIZATION));
  }

  @Test
  void honorificsLeaveTheNameAndACountryLeavesTheForeignNameAfterIt() {
    assertThat(found("Huyền thoại Sir Bobby Marston đã đến sân.")).containsExactly(tuple("Bobby Marston", EntityType.PERSON));
    assertThat(found("Các em dâng hoa lên tượng đài Bác Hồ.")).containsExactly(tuple("Hồ", EntityType.PERSON));
    assertThat(found("Thủ tướng Ý Marco Bellandi đã tới Hà Nội."))
        .contains(tuple("Ý", EntityType.LOCATION), tuple("Marco Bellandi", EntityType.PERSON));
    // A Vietnamese name that opens with a country's syllable stays whole.
    assertThat(found("Chị Mỹ Linh, đại diện công ty, cho biết như vậy.")).contains(tuple("Mỹ Linh", EntityType.PERSON));
  }

  @Test
  void aSportBeforeANameIsNoPartOfIt() {
    assertThat(found("Vận động viên Taekwondo Lò Thị Mến giành huy chương vàng."))
        .containsExactly(tuple("Lò Thị Mến", EntityType.PERSON));
    assertThat(texts("Đoàn thi đấu các môn Kurash, Vovinam và Pencak Silat tại đại hội.")).isEmpty();
  }

  @Test
  void clubsLeaguesAndAwardsFromTheLexicon() {
    assertThat(found("Barcelona chỉ hòa 1-1 trước Alaves trên sân nhà.")).contains(tuple("Alaves", EntityType.ORGANIZATION));
    assertThat(found("Anh Lê Văn Tòng chuyển sang thi đấu ở MLS từ năm ngoái."))
        .contains(tuple("MLS", EntityType.MISC)).doesNotContain(tuple("MLS", EntityType.ORGANIZATION));
    assertThat(found("Bộ phim giành 3 giải BAFTA và 2 giải Quả cầu Vàng."))
        .contains(tuple("BAFTA", EntityType.MISC), tuple("Quả cầu Vàng", EntityType.MISC));
  }

  @Test
  void aNameInBracketsAfterAPlaceIsTheLargerPlace() {
    assertThat(found("Một ngôi mộ cổ được tìm thấy ở Tây Lĩnh (Vân Khê) năm ngoái."))
        .contains(tuple("Tây Lĩnh", EntityType.LOCATION), tuple("Vân Khê", EntityType.LOCATION));
    // A full Vietnamese name in the brackets stays a person.
    assertThat(found("Ông Hùng sống ở Minh Tân (Nguyễn Văn Tòng) nhiều năm."))
        .contains(tuple("Nguyễn Văn Tòng", EntityType.PERSON));
  }

  @Test
  void anIdeaIsNoItalyAndACitysCueSetApartIsNoPartOfIt() {
    assertThat(found("Ông Hùng nói: \"Ý tưởng này có từ năm ngoái\". Ông từng sống ở Ý."))
        .contains(tuple("Ý", EntityType.LOCATION)).hasSize(2);
    assertThat(found("Giá gas bán lẻ tại Tp. Hồ Chí Minh tăng từ hôm nay."))
        .containsExactly(tuple("Hồ Chí Minh", EntityType.LOCATION));
    assertThat(found("Giá gas tại TP.HCM tăng.")).containsExactly(tuple("TP.HCM", EntityType.LOCATION));
  }

  @Test
  void aOneWordBodyAndTheWordGluedAfterItAreOneBody() {
    assertThat(found("Hợp đồng được ký với Samsung C&T hôm qua."))
        .containsExactly(tuple("Samsung C&T", EntityType.ORGANIZATION));
    assertThat(found("Chị Lan làm việc cho Viettel IDC từ năm 2019."))
        .contains(tuple("Viettel IDC", EntityType.ORGANIZATION)).doesNotContain(tuple("IDC", EntityType.ORGANIZATION));
    // A person named elsewhere in the article stays apart from the body before it.
    assertThat(found("Cựu thủ lĩnh Taliban Omarzai bị tiêu diệt. Omarzai từng ẩn náu nhiều năm."))
        .contains(tuple("Taliban", EntityType.ORGANIZATION), tuple("Omarzai", EntityType.PERSON));
  }

  @Test
  void aFirmCutAfterItsLegalFormGoesOnOverLowerCaseTradeWordsToItsName() {
    assertThat(found("Ông Lò Văn Tý, giám đốc Công ty TNHH thương mại và dịch vụ Hoàng Phát Đạt, cho biết như vậy."))
        .contains(tuple("Công ty TNHH thương mại và dịch vụ Hoàng Phát Đạt", EntityType.ORGANIZATION),
            tuple("Lò Văn Tý", EntityType.PERSON))
        .doesNotContain(tuple("Hoàng Phát Đạt", EntityType.PERSON));
    assertThat(texts("Hợp đồng được ký với Công ty CP đầu tư và xây dựng Tân Kỳ Phong hôm qua."))
        .containsExactly("Công ty CP đầu tư và xây dựng Tân Kỳ Phong");
    // A verb ends the run: the firm does not swallow the sentence.
    assertThat(texts("Công ty TNHH Đầu tư đã bán lô đất cho Tân Kỳ Phong."))
        .doesNotContain("Công ty TNHH Đầu tư đã bán lô đất cho Tân Kỳ Phong");
  }

  @Test
  void aNameAfterGiaiIsThePrizeOrTheLeague() {
    assertThat(found("Chị Lê Thu Hà đoạt giải Kim Tước tại liên hoan phim năm ngoái."))
        .contains(tuple("Kim Tước", EntityType.MISC), tuple("Lê Thu Hà", EntityType.PERSON));
    assertThat(found("Bộ phim đoạt ba giải VTFA năm nay.")).containsExactly(tuple("VTFA", EntityType.MISC));
    assertThat(found("Tiền đạo Hùng đã ghi 12 bàn ở giải VĐQG Lào mùa này.")).contains(tuple("VĐQG Lào", EntityType.MISC));
    // A screen's resolution is no prize.
    assertThat(found("Màn hình có độ phân giải FullHD sắc nét.")).doesNotContain(tuple("FullHD", EntityType.MISC));
  }

  @Test
  void aFamilyNameBeforeAPlaceNameIsOneFullName() {
    assertThat(found("Thượng tá Nguyễn Tây Ninh cho biết đơn vị đã sẵn sàng."))
        .containsExactly(tuple("Nguyễn Tây Ninh", EntityType.PERSON));
    assertThat(found("Theo ông Phạm Hòa Bình, giá sẽ tăng.")).containsExactly(tuple("Phạm Hòa Bình", EntityType.PERSON));
    // A noun that is also a family name stays a noun.
    assertThat(texts("Đoàn Luật sư tỉnh đã họp.")).doesNotContain("Đoàn Luật");
  }

  @Test
  void anEventAndAForeignWordAfterItOrAMiddleInitialAndTheSurnameAreOneName() {
    assertThat(found("Kênh này giữ bản quyền Copa America Bicentenario 2024 tại Việt Nam."))
        .contains(tuple("Copa America Bicentenario", EntityType.MISC)).doesNotContain(tuple("Bicentenario", EntityType.PERSON));
    assertThat(found("Nam diễn viên Marcus T. Jordan sẽ đóng vai chính."))
        .containsExactly(tuple("Marcus T. Jordan", EntityType.PERSON));
    // "Tổng" typed a person elsewhere in the article (a title) joins the confederation after it.
    assertThat(found("Ông Lò Văn Tý từng là Phó Tổng GĐ Công ty Thương mại Hòa Bình. Sau đó, Tổng Liên đoàn Lao động "
        + "Việt Nam kỷ luật ông.")).contains(tuple("Tổng Liên đoàn Lao động Việt Nam", EntityType.ORGANIZATION));
  }

  @Test
  void aBylineGluedToItsSourceLineIsTheWriter() {
    assertThat(found("Loài cá này sống ở vùng nước sâu.\nK.LoanTheo NW"))
        .containsExactly(tuple("K.Loan", EntityType.PERSON), tuple("NW", EntityType.ORGANIZATION));
    assertThat(found("Loài cá này sống ở vùng nước sâu.\nK.LoanTheo Reuters/AP"))
        .contains(tuple("K.Loan", EntityType.PERSON), tuple("Reuters", EntityType.ORGANIZATION));
  }

  @Test
  void aBodyGoesOnOverLowerCaseWordsToThePlaceThatEndsItsName() {
    assertThat(found("Ông Hùng là giảng viên Trường Cao đẳng nghề Lạng Sơn từ năm 2015."))
        .contains(tuple("Trường Cao đẳng nghề Lạng Sơn", EntityType.ORGANIZATION))
        .doesNotContain(tuple("Lạng Sơn", EntityType.LOCATION));
    assertThat(texts("Theo Hiệp hội Vận tải hàng hóa Tây Ninh, giá cước đã tăng."))
        .containsExactly("Hiệp hội Vận tải hàng hóa Tây Ninh");
    // A verb after the body ends it.
    assertThat(found("Ngân hàng Thế giới dự báo kinh tế Việt Nam tăng trưởng."))
        .contains(tuple("Ngân hàng Thế giới", EntityType.ORGANIZATION), tuple("Việt Nam", EntityType.LOCATION));
  }
}
