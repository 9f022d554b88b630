package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 1 (the links gold): rules found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound1Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  @Test
  void abbreviatedWordsOfABodyNameAreOneBody() {
    LinkResult r = linker.link(List.of(
        article("a", "Công an TP.HCM", EntityType.ORGANIZATION, "Sở GTVT tỉnh Lạc Sơn", EntityType.ORGANIZATION),
        article("b", "Công an TP. Hồ Chí Minh", EntityType.ORGANIZATION, "Sở Giao thông Vận tải tỉnh Lạc Sơn", EntityType.ORGANIZATION),
        article("c", "Công an TP HCM", EntityType.ORGANIZATION, "Sở GT-VT tỉnh Lạc Sơn", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 2, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 0, 0)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void aCompanysLegalFormAndTheCityWordBeforeACentralCityDoNotMakeAnotherBody() {
    LinkResult r = linker.link(List.of(
        article("a", "Công ty Cổ phần Nông sản Mây Xanh", EntityType.ORGANIZATION, "UBND TP Hải Phòng", EntityType.ORGANIZATION),
        article("b", "Cty CP Nông sản Mây Xanh", EntityType.ORGANIZATION, "UBND Hải Phòng", EntityType.ORGANIZATION,
            "Công ty Nông sản Mây Xanh", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
  }

  @Test
  void aProvinceAndACityOfTheSameNameKeepTheirBodiesApart() {
    // only centrally run cities lose "thành phố": "Công an tỉnh Lạc Sơn" and "Công an TP Lạc Sơn" are two forces
    LinkResult r = linker.link(List.of(
        article("a", "Công an tỉnh Lạc Sơn", EntityType.ORGANIZATION, "Công an TP Lạc Sơn", EntityType.ORGANIZATION,
            "Công an Lạc Sơn", EntityType.ORGANIZATION)));
    assertThat(id(r, 0, 0)).isNotEqualTo(id(r, 0, 1));
    assertThat(id(r, 0, 2)).isNotEqualTo(id(r, 0, 1));
    assertThat(id(r, 0, 2)).isNotEqualTo(id(r, 0, 0));
  }

  @Test
  void hyphenatedAndSpacedSyllablesOfAPersonAndTypographicApostrophesAreOneName() {
    LinkResult r = linker.link(List.of(
        article("a", "Pak Chol-min", EntityType.PERSON, "I’m Still Here", EntityType.MISC),
        article("b", "Pak Chol Min", EntityType.PERSON, "I'm Still Here", EntityType.MISC)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
  }

  @Test
  void looseKeysOfDifferentBodiesStayDifferent() {
    assertThat(EntityLinker.looseKey(EntityLinker.nameKey("Phòng CSGT Công an tỉnh Lạc Sơn"), EntityType.ORGANIZATION))
        .isEqualTo("phòng cảnh sát giao thông công an tỉnh lạc sơn");
    assertThat(EntityLinker.looseKey(EntityLinker.nameKey("UBND TPHCM"), EntityType.ORGANIZATION))
        .isEqualTo(EntityLinker.looseKey(EntityLinker.nameKey("Ủy ban nhân dân Thành phố Hồ Chí Minh"), EntityType.ORGANIZATION));
    assertThat(EntityLinker.looseKey(EntityLinker.nameKey("Sở Văn hóa & Thể thao tỉnh Lạc-Sơn"), EntityType.ORGANIZATION))
        .isEqualTo(EntityLinker.looseKey(EntityLinker.nameKey("Sở Văn hóa và Thể thao tỉnh Lạc Sơn"), EntityType.ORGANIZATION));
    assertThat(EntityLinker.looseKey(EntityLinker.nameKey("Sở GD-ĐT"), EntityType.ORGANIZATION))
        .isEqualTo(EntityLinker.looseKey(EntityLinker.nameKey("Sở GD&ĐT"), EntityType.ORGANIZATION));
    assertThat(EntityLinker.looseKey(EntityLinker.nameKey("Đội CSGT số 3"), EntityType.ORGANIZATION))
        .isNotEqualTo(EntityLinker.looseKey(EntityLinker.nameKey("Đội CSGT số 5"), EntityType.ORGANIZATION));
  }

  @Test
  void theEndOfOneLongerNameIsThatPerson() {
    LinkResult r = linker.link(List.of(
        article("a", "Nghiêm Xuân Khoa", EntityType.PERSON, "Park Min Seo", EntityType.PERSON),
        article("b", "Xuân Khoa", EntityType.PERSON, "Min Seo", EntityType.PERSON, "Min-seo", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 1));
  }

  @Test
  void anEndSharedByTwoLongerNamesStaysApart() {
    LinkResult r = linker.link(List.of(
        article("a", "Trần Thanh Khuê", EntityType.PERSON, "Lê Thanh Khuê", EntityType.PERSON),
        article("b", "Thanh Khuê", EntityType.PERSON)));
    assertThat(id(r, 0, 0)).isNotEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void aFirmNamedByItsHeadAndWhatItDoesIsItsBareName() {
    LinkResult r = linker.link(List.of(
        article("a", "Tập đoàn ô tô Kamora", EntityType.ORGANIZATION, "Liên minh Hàng không Sky Ring", EntityType.ORGANIZATION),
        article("b", "Kamora", EntityType.ORGANIZATION, "Sky Ring", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
  }

  @Test
  void aBodyInsideAnotherBodysNameOrALowerCaseWordIsNotTheFirm() {
    LinkResult r = linker.link(List.of(
        article("a", "Phòng CSGT Công an Lạc Sơn", EntityType.ORGANIZATION, "Tổng công ty điện lực Quốc gia", EntityType.ORGANIZATION),
        article("b", "Công an Lạc Sơn", EntityType.ORGANIZATION, "Gia", EntityType.ORGANIZATION,
            "Công ty Dịch vụ Công an Lạc Sơn", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 1, 0));
  }

  @Test
  void aBodyNamedByItsHeadAloneIsTheOneSuchBodyOfAPlaceTheArticleNames() {
    LinkResult r = linker.link(List.of(
        article("a", "UBND TP Đà Nẵng", EntityType.ORGANIZATION, "UBND", EntityType.ORGANIZATION,
            "Công an tỉnh Lạc Sơn", EntityType.ORGANIZATION, "Công an tỉnh", EntityType.ORGANIZATION),
        article("b", "UBND thành phố", EntityType.ORGANIZATION)));
    assertThat(id(r, 0, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 0, 3)).isEqualTo(id(r, 0, 2));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
  }

  @Test
  void aBodyNamedByItsHeadAloneStaysApartWhenTwoBodiesOrAnotherLevelCouldBeMeant() {
    LinkResult r = linker.link(List.of(
        article("a", "UBND tỉnh Lạc Sơn", EntityType.ORGANIZATION, "UBND huyện Mây Trắng", EntityType.ORGANIZATION,
            "UBND", EntityType.ORGANIZATION),
        article("b", "UBND tỉnh Lạc Sơn", EntityType.ORGANIZATION, "UBND thành phố", EntityType.ORGANIZATION)));
    assertThat(id(r, 0, 2)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 0, 2)).isNotEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 1, 0));
  }

  @Test
  void aRomanisedFamilyNameWrittenFirstNamesTheOnePersonItStarts() {
    LinkResult r = linker.link(List.of(
        article("a", "Ryu Min-sok", EntityType.PERSON, "Ryu", EntityType.PERSON),
        article("b", "Nguyễn Văn Khải", EntityType.PERSON, "Nguyễn", EntityType.PERSON)));
    assertThat(id(r, 0, 1)).isEqualTo(id(r, 0, 0));
    // a Vietnamese name is called by its last word, never its family name
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 1, 0));
  }

  @Test
  void theWordCoQuanBeforeABodyIsThatBody() {
    LinkResult r = linker.link(List.of(
        article("a", "Cơ quan công an tỉnh Lạc Sơn", EntityType.ORGANIZATION),
        article("b", "Công an tỉnh Lạc Sơn", EntityType.ORGANIZATION, "Cơ quan điều tra Công an tỉnh Lạc Sơn", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 1, 0)); // the investigation agency is a unit of the force
  }

  /** An article of the text with a PERSON mention at each given name's first occurrence. */
  private static dev.storyline.model.AnalyzedArticle people(String id, String text, String... names) {
    List<EntityMention> ms = new java.util.ArrayList<>();
    for (String n : names) {
      int s = text.indexOf(n);
      ms.add(new EntityMention(s, s + n.length(), n, EntityType.PERSON, null));
    }
    ms.sort(java.util.Comparator.comparingInt(EntityMention::start));
    return EntityLinkerTest.analyzed(id, text, ms, List.of());
  }

  @Test
  void aLoneNameAddressedAsTheOtherSexIsNotTheFullName() {
    LinkResult r = linker.link(List.of(
        people("a", "Tối qua anh Lò Văn K. (25 tuổi) đi chơi.", "Lò Văn K."),
        people("b", "Sáng nay chị K. đã trình báo.", "K."),
        people("c", "Theo ông K., việc đã xong.", "K.")));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 0, 0));
    assertThat(EntityLinker.addressSex("gặp bà Hoa", 7)).isEqualTo(2);
    assertThat(EntityLinker.addressSex("gặp ông Hoa", 8)).isEqualTo(1);
    assertThat(EntityLinker.addressSex("gặp Hoa", 4)).isZero();
  }

  @Test
  void romanisedFamilyNamesOneLetterApartWithTheSameGivenNameAreOnePerson() {
    LinkResult r = linker.link(List.of(
        article("a", "Yoo Da Bin", EntityType.PERSON, "Yoo Da Hee", EntityType.PERSON),
        article("b", "Yo Da Bin", EntityType.PERSON, "Da Bin", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 0, 1)).isNotEqualTo(id(r, 0, 0)); // another given name: another person
  }
}
