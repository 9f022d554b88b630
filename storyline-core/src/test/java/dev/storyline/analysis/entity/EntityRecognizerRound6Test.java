package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 6 rules, from the errors on the dev split grown by 12 articles (own sentences, no corpus text). */
class EntityRecognizerRound6Test {

  private static List<org.assertj.core.groups.Tuple> found(String text) { return EntityFinds.found(text); }

  @Test
  void aPoliceUnitKeepsItsNumber() {
    assertThat(found("Lãnh đạo Đội CSGT số 5 cho biết xe đã bị giữ lại."))
        .containsExactly(tuple("Đội CSGT số 5", EntityType.ORGANIZATION));
    // "Đội" before a Vietnamese name is a street, not a unit.
    assertThat(found("Cửa hàng ở số 12 Đội Cung đã đóng cửa.")).containsExactly(tuple("Đội Cung", EntityType.LOCATION));
  }

  @Test
  void aDepartmentNameGoesOnOverItsFieldOfWork() {
    assertThat(found("Phòng Cảnh sát điều tra tội phạm đã vào cuộc."))
        .containsExactly(tuple("Phòng Cảnh sát điều tra tội phạm", EntityType.ORGANIZATION));
  }

  @Test
  void aLocalBodyNamedByItsLevelAloneIsAnOrganisation() {
    assertThat(found("Cán bộ Công an tỉnh và UBND huyện đã có mặt tại hiện trường."))
        .containsExactly(tuple("Công an tỉnh", EntityType.ORGANIZATION), tuple("UBND huyện", EntityType.ORGANIZATION));
    // With a place name after the level the place belongs to the body, as before.
    assertThat(found("Cán bộ Công an tỉnh Lâm Đồng đã có mặt."))
        .containsExactly(tuple("Công an tỉnh Lâm Đồng", EntityType.ORGANIZATION));
  }

  @Test
  void anAcronymBodyBeforeTheCommitteeItBelongsToIsOneName() {
    assertThat(found("Hôm qua, UBKT Tỉnh ủy Lâm Đồng đã họp. Ban Thường vụ TƯ Đoàn Thanh niên tặng bằng khen."))
        .containsExactly(tuple("UBKT Tỉnh ủy Lâm Đồng", EntityType.ORGANIZATION),
            tuple("Ban Thường vụ TƯ Đoàn Thanh niên", EntityType.ORGANIZATION));
  }

  @Test
  void aCommitteeMemberTitleIsNotPartOfTheCommittee() {
    assertThat(found("Ông Hai từng là Đảng ủy viên Đảng ủy Kho bạc."))
        .containsExactly(tuple("Hai", EntityType.PERSON), tuple("Đảng ủy Kho bạc", EntityType.ORGANIZATION));
  }

  @Test
  void anAssociationOfAProfessionAndABookshopAreOrganisations() {
    assertThat(found("Sách do NXB Hội Nhà văn phối hợp với Nhà sách Minh Long phát hành."))
        .containsExactly(tuple("NXB Hội Nhà văn", EntityType.ORGANIZATION), tuple("Nhà sách Minh Long", EntityType.ORGANIZATION));
  }

  @Test
  void aCityAbbreviationGluedToTheNameIsACue() {
    assertThat(found("Xe đi từ Cần Thơ về TP.Sóc Trăng rồi dừng lại."))
        .containsExactly(tuple("Cần Thơ", EntityType.LOCATION), tuple("Sóc Trăng", EntityType.LOCATION));
    assertThat(found("Xe đi về TP.HCM rồi dừng lại.")).containsExactly(tuple("TP.HCM", EntityType.LOCATION));
    // Other one-letter abbreviations keep their dot inside the word: a byline "H.Long" is one name.
    String byline = "Đội khách thắng.\nH.Long";
    assertThat(Tokenizer.tokens(byline, new dev.storyline.analysis.SentenceSplitter().split(byline)))
        .extracting(Token::text).contains("H.Long").doesNotContain("Long");
    String city = "Về TP.Vinh";
    assertThat(Tokenizer.tokens(city, new dev.storyline.analysis.SentenceSplitter().split(city)))
        .extracting(Token::text).containsExactly("Về", "TP.", "Vinh");
  }

  @Test
  void aNumberedRoadIsAPlace() {
    assertThat(found("Vụ va chạm xảy ra trên Quốc lộ 14B vào buổi sáng."))
        .containsExactly(tuple("Quốc lộ 14B", EntityType.LOCATION));
  }

  @Test
  void aForeignNameGivenAsASourceIsAnOrganisation() {
    assertThat(found("Theo Tech Insider, sản phẩm sẽ ra mắt sớm. Theo số liệu của Statista, doanh số đã tăng."))
        .containsExactly(tuple("Tech Insider", EntityType.ORGANIZATION), tuple("Statista", EntityType.ORGANIZATION));
    // A person given as a source stays a person.
    assertThat(found("Theo Nguyễn Văn Bình, dự án chậm tiến độ.")).containsExactly(tuple("Nguyễn Văn Bình", EntityType.PERSON));
    assertThat(found("Theo Laura Dern, bộ phim rất khó quay.")).containsExactly(tuple("Laura Dern", EntityType.PERSON));
  }

  @Test
  void resortsAndMarketsNamePlaces() {
    assertThat(found("Họ nghỉ ở khu nghỉ mát Kandy rồi ghé chợ cá Jagalchi."))
        .containsExactly(tuple("Kandy", EntityType.LOCATION), tuple("Jagalchi", EntityType.LOCATION));
  }

  @Test
  void worldRegionsArePlaces() {
    assertThat(found("Ngôi nhà mang phong cách Đông Dương, khách đến từ Trung Mỹ."))
        .containsExactly(tuple("Đông Dương", EntityType.LOCATION), tuple("Trung Mỹ", EntityType.LOCATION));
  }

  @Test
  void thePressSpellingLienHiepQuocIsTheUnitedNations() {
    assertThat(found("Báo cáo của Liên Hiệp Quốc được công bố hôm qua."))
        .containsExactly(tuple("Liên Hiệp Quốc", EntityType.ORGANIZATION));
  }

  @Test
  void theForeignPartOfAFundsNameStandsForTheFund() {
    assertThat(found("Quỹ Open Seas công bố báo cáo. Báo cáo của Open Seas gây chú ý."))
        .containsExactly(tuple("Quỹ Open Seas", EntityType.ORGANIZATION), tuple("Open Seas", EntityType.ORGANIZATION));
  }

  @Test
  void aQuotedTitleMayOpenWithAYearOrAnArticle() {
    assertThat(found("Nhóm công bố báo cáo \"2019 Ocean Health Review\" hôm qua."))
        .containsExactly(tuple("2019 Ocean Health Review", EntityType.MISC));
    assertThat(found("Cô biểu diễn trong đêm diễn \"The Night Show 2018\" hôm qua."))
        .containsExactly(tuple("The Night Show 2018", EntityType.MISC));
  }

  @Test
  void aForeignNameWithACompanysSharesOrAnAppositionIsACompany() {
    assertThat(found("Cô nắm cổ phần tại Zenlabs, công ty chuyên về xét nghiệm. Giá cổ phiếu của Zenlabs chưa công bố."))
        .containsExactly(tuple("Zenlabs", EntityType.ORGANIZATION), tuple("Zenlabs", EntityType.ORGANIZATION));
    // The founder is a person: "nhà sáng lập" alone introduces one.
    assertThat(found("Hôm qua, nhà sáng lập Mira Lindqvist phát biểu.")).containsExactly(tuple("Mira Lindqvist", EntityType.PERSON));
  }

  @Test
  void aVariantWordAfterAModelNumberIsNoName() {
    assertThat(found("Giá của iPhone 13, 13 Pro và 13 Pro Max đều giảm.")).containsExactly(tuple("iPhone 13", EntityType.MISC));
  }

  @Test
  void anOperatingSystemIsAProductButStartsALongerName() {
    assertThat(found("Ứng dụng có bản cho Android từ hôm qua.")).containsExactly(tuple("Android", EntityType.MISC));
    assertThat(found("Cụ thể theo Android Authority, hàng sẽ về sớm."))
        .containsExactly(tuple("Android Authority", EntityType.ORGANIZATION));
  }

  @Test
  void aClubNameEndsOnItsClubWordBeforeThePlayer() {
    assertThat(found("Trong màu áo Leicester City Jamie Vardy ghi hai bàn."))
        .containsExactly(tuple("Leicester City", EntityType.ORGANIZATION), tuple("Jamie Vardy", EntityType.PERSON));
  }

  @Test
  void aForeignWordAfterAVehicleWordIsAModelButAMakerStaysACompany() {
    assertThat(found("Chiếc xe Fortuner lao vào dải phân cách, xe Skoda thì dừng lại."))
        .containsExactly(tuple("Fortuner", EntityType.MISC), tuple("Skoda", EntityType.ORGANIZATION));
  }

  @Test
  void aKnownFirmWithItsBranchPlaceIsOneName() {
    assertThat(found("Ba cán bộ của Agribank Bình Chánh bị khởi tố."))
        .containsExactly(tuple("Agribank Bình Chánh", EntityType.ORGANIZATION));
  }

  @Test
  void aForeignRunAfterAtIsAPlaceUnlessNamedOtherwiseElsewhere() {
    assertThat(found("Đoàn khảo cổ làm việc tại Deir Baha suốt mùa hè."))
        .containsExactly(tuple("Deir Baha", EntityType.LOCATION));
    // The guess is weak: a body named with a cue elsewhere keeps its type.
    assertThat(found("Công ty Orbit Labs tuyển người. Anh làm việc tại Orbit Labs từ năm ngoái."))
        .containsExactly(tuple("Công ty Orbit Labs", EntityType.ORGANIZATION), tuple("Orbit Labs", EntityType.ORGANIZATION));
  }

  @Test
  void aHouseNumberMakesAStreetOnlyInAnAddress() {
    assertThat(found("Quán cà phê tại số 18 Trần Quang Khải đã đóng cửa."))
        .containsExactly(tuple("Trần Quang Khải", EntityType.LOCATION));
    // A rank or a shirt number before a player's name is no address.
    assertThat(found("Hạt giống số 3 Petra Novak thắng dễ. Chiếc áo số 9 Nguyễn Văn Toàn đã được bán."))
        .containsExactly(tuple("Petra Novak", EntityType.PERSON), tuple("Nguyễn Văn Toàn", EntityType.PERSON));
  }

  @Test
  void europeanClubsWithoutACueAreOrganisations() {
    assertThat(found("Hôm qua, Villarreal thắng Getafe còn Tottenham hòa Everton."))
        .containsExactly(tuple("Villarreal", EntityType.ORGANIZATION), tuple("Getafe", EntityType.ORGANIZATION),
            tuple("Tottenham", EntityType.ORGANIZATION), tuple("Everton", EntityType.ORGANIZATION));
  }

  @Test
  void companyWordsAfterAnAcronymOrAKnownFirmBelongToIt() {
    assertThat(found("Năm nay, QK Credit và FPT Telecom đều báo lãi."))
        .containsExactly(tuple("QK Credit", EntityType.ORGANIZATION), tuple("FPT Telecom", EntityType.ORGANIZATION));
    // When the name goes on after the company word it is something else ("FIFA Club World Cup" is an event).
    assertThat(found("Đội bóng dự FIFA Club World Cup năm sau.")).extracting(t -> t.toArray()[0]).doesNotContain("FIFA Club");
  }

  @Test
  void aLocalBodyOfTheCityLeftImplicitEndsAfterTP() {
    assertThat(found("Sở đề nghị UBND TP ban hành quyết định.")).containsExactly(tuple("UBND TP", EntityType.ORGANIZATION));
  }
}
