package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 29 (issue 4, organisations and people on fresh articles): clubs named by their province in match reports;
 * sentences and people are invented.
 */
class EntityRecognizerRound29Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aProvinceWhereOnlyATeamFitsIsTheClubInAMatchReport() {
    assertThat(found("Trong trận đấu tối qua, thủ môn Hoàng Minh Tâm của Nam Định đã cản phá thành công. "
        + "Nam Định vẫn giữ được tỷ số."))
        .containsExactly(tuple("Hoàng Minh Tâm", EntityType.PERSON), tuple("Nam Định", EntityType.ORGANIZATION),
            tuple("Nam Định", EntityType.ORGANIZATION));
    assertThat(found("Trận đấu giữa CLB Sông Mây và Thanh Hóa có nhiều bàn thắng. Thanh Hóa đã thắng."))
        .containsExactly(tuple("CLB Sông Mây", EntityType.ORGANIZATION), tuple("Thanh Hóa", EntityType.ORGANIZATION),
            tuple("Thanh Hóa", EntityType.ORGANIZATION));
    // A squad list: the province in brackets right after a player is his club.
    assertThat(found("Danh sách cầu thủ: Lê Văn Khải (Hải Phòng) và Ngô Bá Lâm sinh ra ở Thanh Hóa."))
        .containsExactly(tuple("Lê Văn Khải", EntityType.PERSON), tuple("Hải Phòng", EntityType.ORGANIZATION),
            tuple("Ngô Bá Lâm", EntityType.PERSON), tuple("Thanh Hóa", EntityType.LOCATION));
    // A place word keeps the place, and a province with no team-only position stays a place.
    assertThat(found("Các cầu thủ Nam Định đã thắng trận đấu tại Nam Định."))
        .containsExactly(tuple("Nam Định", EntityType.ORGANIZATION), tuple("Nam Định", EntityType.LOCATION));
    assertThat(found("Sau trận đấu, các cầu thủ trở về Đà Nẵng nghỉ ngơi."))
        .containsExactly(tuple("Đà Nẵng", EntityType.LOCATION));
    // Outside a football article the province stays a place.
    assertThat(found("Đoàn khách đã gặp Nam Định để bàn chuyện đầu tư."))
        .containsExactly(tuple("Nam Định", EntityType.LOCATION));
  }

  @Test
  void aClubInBracketsAfterAPlayerIsOneBody() {
    assertThat(found("Đội hình của HLV Lê Bá Tâm: Hanno Vell (Denver Rapids), Bo Tarn (Heart of Dunmere), "
        + "Lu Kessar (Tây Ban Nha)."))
        .containsExactly(tuple("Lê Bá Tâm", EntityType.PERSON), tuple("Hanno Vell", EntityType.PERSON),
            tuple("Denver Rapids", EntityType.ORGANIZATION), tuple("Bo Tarn", EntityType.PERSON),
            tuple("Heart of Dunmere", EntityType.ORGANIZATION), tuple("Lu Kessar", EntityType.PERSON),
            tuple("Tây Ban Nha", EntityType.LOCATION));
    // Outside a football article the brackets are left as they were.
    assertThat(found("Ca sĩ Hanno Vell (Denver Rapids) cho biết anh rất vui."))
        .containsExactly(tuple("Hanno Vell", EntityType.PERSON), tuple("Denver Rapids", EntityType.PERSON));
  }

  @Test
  void aFirmsShortNameLeavesOutItsNationalSuffix() {
    assertThat(found("Bà Lê Thị Mai, Giám đốc Công ty TNHH Lâm Hòa Việt Nam cho biết, Lâm Hòa đã xuất khẩu sang nhiều nước."))
        .containsExactly(tuple("Lê Thị Mai", EntityType.PERSON),
            tuple("Công ty TNHH Lâm Hòa Việt Nam", EntityType.ORGANIZATION), tuple("Lâm Hòa", EntityType.ORGANIZATION));
  }

  @Test
  void aServiceARobotADrugOrAGeneAfterItsWordIsAThing() {
    assertThat(found("Khách hàng có thể đăng ký dịch vụ Zenko Pay ngay hôm nay."))
        .containsExactly(tuple("Zenko Pay", EntityType.MISC));
    assertThat(found("Các nhà khoa học phát hiện gene KLMR ở loài chuột."))
        .containsExactly(tuple("KLMR", EntityType.MISC));
    assertThat(found("Bệnh viện đã dùng robot Tarvo Nine trong ca mổ.")).containsExactly(tuple("Tarvo Nine", EntityType.MISC));
    assertThat(found("Bệnh nhân được tiêm giảm đau Zelmax Forte hai lần."))
        .containsExactly(tuple("Zelmax Forte", EntityType.MISC));
  }

  @Test
  void aHoldingsAndACabFirmsLastWordMakesItABody() {
    assertThat(found("Theo Velmora Holding, doanh thu đã tăng.")).containsExactly(tuple("Velmora Holding", EntityType.ORGANIZATION));
    assertThat(found("Hãng taxi Darna Cabs đã mở rộng.")).containsExactly(tuple("Darna Cabs", EntityType.ORGANIZATION));
  }

  @Test
  void countriesWrittenWithTheirStatePrefixOrAnotherSpellingArePlaces() {
    assertThat(found("Hội nghị có đại biểu Thụy Sỹ tham dự.")).containsExactly(tuple("Thụy Sỹ", EntityType.LOCATION));
    assertThat(found("Ông Lê Văn Tâm đã tới CHLB Đức và LB Nga trong tháng này."))
        .containsExactly(tuple("Lê Văn Tâm", EntityType.PERSON), tuple("CHLB Đức", EntityType.LOCATION),
            tuple("LB Nga", EntityType.LOCATION));
    // Round 11: "Chính phủ" and a country gives the country.
    assertThat(found("Chính phủ LB Nga đã phản đối.")).containsExactly(tuple("LB Nga", EntityType.LOCATION));
  }

  @Test
  void aSoftwareParkIsABody() {
    assertThat(found("Đoàn công tác đã làm việc với Công viên phần mềm Sông Lam về kế hoạch năm tới."))
        .containsExactly(tuple("Công viên phần mềm Sông Lam", EntityType.ORGANIZATION));
  }

  @Test
  void aModelWithAVariantAfterItsNumberIsAModel() {
    assertThat(found("Nước này mua thêm KaZ-30MK2 mới.")).containsExactly(tuple("KaZ-30MK2", EntityType.MISC));
    assertThat(found("Không quân đã nhận chiếc VaG-21Bis đầu tiên.")).containsExactly(tuple("VaG-21Bis", EntityType.MISC));
  }

  @Test
  void aNameEndingInAnEnglishWordForAServiceOrAFeatureIsAThing() {
    assertThat(found("Khách hàng dùng Zenko Money để chuyển tiền.")).containsExactly(tuple("Zenko Money", EntityType.MISC));
    assertThat(found("Máy có chế độ chụp Starlit Mode mới.")).containsExactly(tuple("Starlit Mode", EntityType.MISC));
  }

  @Test
  void aCountrysNicknameAfterXuSoIsAPlace() {
    assertThat(found("Sản phẩm sẽ ra mắt tại xứ sở Lạc Đà trong năm nay.")).containsExactly(tuple("Lạc Đà", EntityType.LOCATION));
  }

  @Test
  void aClubWrittenWithADotIsOneBody() {
    assertThat(found("Các cầu thủ Man.Utd đã thắng. Cầu thủ Hanno Vell của Man.Utd ghi bàn, và Man.Utd lên ngôi."))
        .containsExactly(tuple("Man.Utd", EntityType.ORGANIZATION), tuple("Hanno Vell", EntityType.PERSON),
            tuple("Man.Utd", EntityType.ORGANIZATION), tuple("Man.Utd", EntityType.ORGANIZATION));
  }

  @Test
  void capitalsInBracketsAfterALowerCasePhraseAbbreviateATerm() {
    assertThat(found("Năm nay, chỉ số giá trị tài sản ròng (QRV) của nhiều quỹ đã tăng.")).isEmpty();
    // A body's name has its capitalised head within the clause.
    assertThat(found("Ông Lê Văn Tâm là Chủ tịch Liên đoàn bóng đá khu vực (LBKV) từ năm ngoái."))
        .containsExactly(tuple("Lê Văn Tâm", EntityType.PERSON), tuple("LBKV", EntityType.ORGANIZATION));
  }

  @Test
  void aThingNamedAfterItsCueIsThatThingElsewhereInTheArticle() {
    assertThat(found("Các nhà khoa học phát hiện gene KLMR ở loài chuột. Theo họ, KLMR giúp chuột nhảy cao hơn."))
        .containsExactly(tuple("KLMR", EntityType.MISC), tuple("KLMR", EntityType.MISC));
  }
}
