package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 5 (the links gold, fifth draw): rules found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound5Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  @Test
  void aSchoolIsOneWithOrWithoutTrườngAndWithTheAbbreviatedĐH() {
    LinkResult r = linker.link(List.of(
        article("a", "Trường Đại học Kỹ thuật Lạc Sơn", EntityType.ORGANIZATION, "Trường THPT Hà Vân", EntityType.ORGANIZATION),
        article("b", "ĐH Kỹ thuật Lạc Sơn", EntityType.ORGANIZATION, "THPT Hà Vân", EntityType.ORGANIZATION),
        article("c", "trường ĐH Kỹ thuật Lạc Sơn", EntityType.ORGANIZATION, "Đại học Kỹ thuật Lạc Sơn", EntityType.ORGANIZATION,
            "ĐHQG Vandoria", EntityType.ORGANIZATION, "Đại học Quốc gia Vandoria", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 2, 2)).isEqualTo(id(r, 2, 3));
  }

  @Test
  void trườngBeforeAnotherWordIsPartOfTheName() {
    LinkResult r = linker.link(List.of(
        article("a", "Trường Thạnh Logistics", EntityType.ORGANIZATION),
        article("b", "Thạnh Logistics", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
  }

  @Test
  void aNationalRoadIsOneWrittenInFullOrAsQL() {
    LinkResult r = linker.link(List.of(
        article("a", "Quốc lộ 27B", EntityType.LOCATION, "Quốc lộ 1A", EntityType.LOCATION),
        article("b", "QL27B", EntityType.LOCATION, "QL1", EntityType.LOCATION, "QL 27", EntityType.LOCATION),
        article("c", "Quốc lộ 1", EntityType.LOCATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 0, 1));
    // another letter is another road
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 0));
  }

  @Test
  void anAircraftTypeIsOneWithOrWithoutItsMakerAndItsLetter() {
    LinkResult r = linker.link(List.of(
        article("a", "Vortair V540", EntityType.MISC, "Kestrel 818", EntityType.MISC),
        article("b", "V540", EntityType.MISC, "K818", EntityType.MISC, "Vortair 540", EntityType.MISC),
        article("c", "Vortair V540-212", EntityType.MISC, "Vortair V541", EntityType.MISC, "Kestrel 2018", EntityType.MISC,
            "K2018", EntityType.MISC)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    // a longer code, another number, a year are not that type
    assertThat(id(r, 2, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 1)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 2)).isNotEqualTo(id(r, 2, 3));
  }

  @Test
  void aNameWrittenWithOrWithoutSpacesDotsOrHyphensIsOne() {
    LinkResult r = linker.link(List.of(
        article("a", "KV Finance", EntityType.ORGANIZATION, "Z-Liga 2030", EntityType.MISC, "Ðồng Vân", EntityType.LOCATION),
        article("b", "KVFinance", EntityType.ORGANIZATION, "Z.Liga 2030", EntityType.MISC, "Đồng Vân", EntityType.LOCATION,
            "Z-Liga 2031", EntityType.MISC)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 2));
    // another year is another edition
    assertThat(id(r, 1, 3)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void aLatinLetterTypedTwiceIsTheSameName() {
    LinkResult r = linker.link(List.of(
        article("a", "Brennholt", EntityType.LOCATION, "Marinelli", EntityType.PERSON, "Đồng Tiến", EntityType.LOCATION),
        article("b", "Brenholt", EntityType.LOCATION, "Marinneli", EntityType.PERSON, "Đông Tiến", EntityType.LOCATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    // another letter, not a doubled one, is another name
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 2));
  }

  @Test
  void aDepartmentWithoutItsProvinceIsTheStorysOneSuchDepartment() {
    LinkResult r = linker.link(List.of(
        article("a", "Sở Du lịch Kon Tum", EntityType.ORGANIZATION, "Công ty Xăng dầu Kon Tum", EntityType.ORGANIZATION,
            "Sở Du lịch tỉnh Kon Tum", EntityType.ORGANIZATION),
        article("b", "Sở Du lịch", EntityType.ORGANIZATION, "Công ty Xăng dầu", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    // with and without "tỉnh", one department
    assertThat(id(r, 0, 2)).isEqualTo(id(r, 0, 0));
    // a firm named with a province may be that province's unit of the firm
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
    // two provinces' departments leave the bare one alone
    LinkResult s = linker.link(List.of(
        article("a", "Sở Du lịch Kon Tum", EntityType.ORGANIZATION, "Sở Du lịch Gia Lai", EntityType.ORGANIZATION),
        article("b", "Sở Du lịch", EntityType.ORGANIZATION)));
    assertThat(id(s, 1, 0)).isNotEqualTo(id(s, 0, 0)).isNotEqualTo(id(s, 0, 1));
  }
}
