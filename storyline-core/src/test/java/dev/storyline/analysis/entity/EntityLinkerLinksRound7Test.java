package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 7: rules found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound7Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  @Test
  void aHospitalsAbbreviatedNameIsItsFullName() {
    LinkResult r = linker.link(List.of(
        article("a", "Bệnh viện Trung ương Kon Tum", EntityType.ORGANIZATION,
            "Bệnh viện Đa khoa huyện Phú Khang", EntityType.ORGANIZATION, "Bệnh viện Mắt Lạc Vân", EntityType.ORGANIZATION),
        article("b", "BVTƯ Kon Tum", EntityType.ORGANIZATION, "BVĐK huyện Phú Khang", EntityType.ORGANIZATION,
            "BV Mắt Lạc Vân", EntityType.ORGANIZATION),
        article("c", "Bệnh viện T.Ư Kon Tum", EntityType.ORGANIZATION, "BV TƯ Kon Tum", EntityType.ORGANIZATION,
            "BV Đa khoa huyện Phú Khang", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 2, 2)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 2));
    // another hospital of the same place stays apart
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 0));
  }

  @Test
  void aCentralBodyWrittenWithTU() {
    LinkResult r = linker.link(List.of(
        article("a", "Ban Kiểm tra Trung ương", EntityType.ORGANIZATION),
        article("b", "Ban Kiểm tra TƯ", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
  }

  @Test
  void tuAsASyllableOfAWordIsNotTrungUong() {
    EntityType o = EntityType.ORGANIZATION;
    assertThat(EntityLinker.looseKey("sở tư pháp phú khang", o)).contains("tư pháp");
    assertThat(EntityLinker.looseKey("bộ tư lệnh vùng 5", o)).contains("tư lệnh");
    assertThat(EntityLinker.looseKey("công ty đầu tư", o)).endsWith("đầu tư");
    assertThat(EntityLinker.looseKey("ban kiểm tra tư", o)).endsWith("trung ương");
    assertThat(EntityLinker.looseKey("bệnh viện tư kon tum", o)).contains("trung ương");
  }

  @Test
  void aBodyCutAfterItsHeadIsTheStorysOneBodyWithThatField() {
    LinkResult r = linker.link(List.of(
        article("a", "Sở Thông tin và Truyền thông Kon Tum", EntityType.ORGANIZATION,
            "Chi cục QLTT Phú Khang", EntityType.ORGANIZATION),
        article("b", "TT&TT Kon Tum", EntityType.ORGANIZATION, "QLTT Phú Khang", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
  }

  @Test
  void twoBodiesWithThatFieldOrACityLeaveTheCutNameAlone() {
    LinkResult two = linker.link(List.of(
        article("a", "Cục QLTT Phú Khang", EntityType.ORGANIZATION, "Chi cục QLTT Phú Khang", EntityType.ORGANIZATION),
        article("b", "QLTT Phú Khang", EntityType.ORGANIZATION)));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 0));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 1));
    LinkResult city = linker.link(List.of(
        article("a", "UBND TP Kon Tum", EntityType.ORGANIZATION),
        article("b", "TP Kon Tum", EntityType.ORGANIZATION)));
    assertThat(id(city, 1, 0)).isNotEqualTo(id(city, 0, 0));
  }

  @Test
  void aLevelWordAbbreviatedWithADotIsThatWord() {
    LinkResult r = linker.link(List.of(
        article("a", "Công an phường Lạc Vân", EntityType.ORGANIZATION, "Công an quận 7", EntityType.ORGANIZATION,
            "Chi cục Thuế huyện Phú Khang", EntityType.ORGANIZATION),
        article("b", "Công an P.Lạc Vân", EntityType.ORGANIZATION, "Công an Q.7", EntityType.ORGANIZATION,
            "Chi cục Thuế H. Phú Khang", EntityType.ORGANIZATION, "Công an P.7", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 2));
    // a ward's police is not the district's
    assertThat(id(r, 1, 3)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void aHeadBeforeAForeignBodysNameAddsNothing() {
    LinkResult r = linker.link(List.of(
        article("a", "Đài KTVX", EntityType.ORGANIZATION, "Quỹ Brandell Foundation", EntityType.ORGANIZATION,
            "Quỹ Nhi đồng Liên Hợp Quốc", EntityType.ORGANIZATION),
        article("b", "KTVX", EntityType.ORGANIZATION, "Brandell Foundation", EntityType.ORGANIZATION,
            "Liên Hợp Quốc", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    // a name in Vietnamese letters, or further on, is another body's
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 2));
  }

  @Test
  void aSchoolWithoutItsTypeIsTheStorysOneSchoolOfThatName() {
    LinkResult r = linker.link(List.of(
        article("a", "Trường Tiểu học Vĩnh Tràng", EntityType.ORGANIZATION, "Đại học Lạc Vân", EntityType.ORGANIZATION),
        article("b", "Trường Vĩnh Tràng", EntityType.ORGANIZATION, "Trường Lạc Vân", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    LinkResult two = linker.link(List.of(
        article("a", "Trường Tiểu học Vĩnh Tràng", EntityType.ORGANIZATION, "Trường THCS Vĩnh Tràng", EntityType.ORGANIZATION),
        article("b", "Trường Vĩnh Tràng", EntityType.ORGANIZATION)));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 0));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 1));
  }

  @Test
  void aCountryNamedAsARepublicOrAKingdomIsThatCountry() {
    LinkResult r = linker.link(List.of(
        article("a", "Cộng hòa Montenegro", EntityType.LOCATION, "Vương quốc Anh", EntityType.LOCATION),
        article("b", "Montenegro", EntityType.LOCATION, "Anh", EntityType.LOCATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    // a central city after "Thành phố" leaves no state word before it
    LinkResult city = linker.link(List.of(
        article("a", "Thành phố Hà Nội", EntityType.LOCATION),
        article("b", "Hà Nội", EntityType.LOCATION)));
    assertThat(id(city, 1, 0)).isEqualTo(id(city, 0, 0));
  }

  /** An article of the text with one PERSON mention at the name's first occurrence. */
  private static AnalyzedArticle person(String id, String text, String name) {
    int s = text.indexOf(name);
    return EntityLinkerTest.analyzed(id, text, List.of(new EntityMention(s, s + name.length(), name, EntityType.PERSON, null)),
        List.of());
  }

  @Test
  void aGivenNameThatIsAlsoAPlaceIsThePersonAfterAFormOfAddress() {
    LinkResult r = linker.link(List.of(
        person("a", "Chị Lò Thị Huế bán rau ở chợ Vĩnh Tràng.", "Lò Thị Huế"),
        person("b", "Sáng nay chị Huế lại ra chợ sớm.", "Huế"),
        person("c", "Mưa lớn kéo dài ở Huế suốt tuần.", "Huế")));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    // without a form of address the word may be the place the recogniser typed wrongly
    assertThat(id(r, 2, 0)).isNotEqualTo(id(r, 0, 0));
  }
}
