package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 6 (no new draw): a rule found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound6Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  @Test
  void aBodyCutBeforeItsLastWordsIsTheStorysOneLongerBody() {
    LinkResult r = linker.link(List.of(
        article("a", "Trung tâm Bảo tồn Rùa Kiên Lâm", EntityType.ORGANIZATION),
        article("b", "Trung tâm Bảo tồn Rùa", EntityType.ORGANIZATION, "Hiệp hội Gốm Men Lạc Vân", EntityType.ORGANIZATION),
        article("c", "Hiệp hội Gốm Men", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 1, 1));
  }

  @Test
  void twoLongerBodiesABranchALevelOrANumberLeaveTheCutNameAlone() {
    LinkResult two = linker.link(List.of(
        article("a", "Trung tâm Bảo tồn Rùa Kiên Lâm", EntityType.ORGANIZATION),
        article("b", "Trung tâm Bảo tồn Rùa Sông Vân", EntityType.ORGANIZATION, "Trung tâm Bảo tồn Rùa", EntityType.ORGANIZATION)));
    assertThat(id(two, 1, 1)).isNotEqualTo(id(two, 0, 0));
    assertThat(id(two, 1, 1)).isNotEqualTo(id(two, 1, 0));
    LinkResult r = linker.link(List.of(
        article("a", "Quỹ Tín dụng Phú Khang chi nhánh Tây Lộc", EntityType.ORGANIZATION,
            "Ủy ban Bảo tồn Rùa Việt Nam tỉnh Kiên Lâm", EntityType.ORGANIZATION,
            "Công ty Xây lắp Vĩnh Tràng 9", EntityType.ORGANIZATION),
        article("b", "Quỹ Tín dụng Phú Khang", EntityType.ORGANIZATION, "Ủy ban Bảo tồn Rùa Việt Nam", EntityType.ORGANIZATION,
            "Công ty Xây lắp Vĩnh Tràng", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 2));
    // a firm's company of a country is another body (round 2)
    LinkResult country = linker.link(List.of(
        article("a", "Công ty Xây lắp Vĩnh Tràng Việt Nam", EntityType.ORGANIZATION),
        article("b", "Công ty Xây lắp Vĩnh Tràng", EntityType.ORGANIZATION)));
    assertThat(id(country, 1, 0)).isNotEqualTo(id(country, 0, 0));
  }

  @Test
  void aBareHeadWithALegalFormOrALowerCaseEndIsNoCutName() {
    LinkResult r = linker.link(List.of(
        article("a", "Công ty TNHH Gốm Men Lạc Vân", EntityType.ORGANIZATION, "Trung tâm Bảo tồn rùa biển Kiên Lâm", EntityType.ORGANIZATION),
        article("b", "Công ty TNHH", EntityType.ORGANIZATION, "Trung tâm Bảo tồn rùa", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void aBodyNamedWithAPlaceIsItsFirstWordAlone() {
    LinkResult r = linker.link(List.of(
        article("a", "Kestrova London", EntityType.ORGANIZATION),
        article("b", "Kestrova", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    // a place in Vietnamese letters: often a branch or a firm's club
    LinkResult branch = linker.link(List.of(
        article("a", "Kestrova Hà Nội", EntityType.ORGANIZATION),
        article("b", "Kestrova", EntityType.ORGANIZATION)));
    assertThat(id(branch, 1, 0)).isNotEqualTo(id(branch, 0, 0));
    // a word the story already ties to another body names that one
    LinkResult tied = linker.link(List.of(
        article("a", "Tập đoàn Vortal", EntityType.ORGANIZATION, "Vortal", EntityType.ORGANIZATION),
        article("b", "Vortal London", EntityType.ORGANIZATION)));
    assertThat(id(tied, 1, 0)).isNotEqualTo(id(tied, 0, 1));
  }

  @Test
  void twoPlacedBodiesOrARestThatIsNoPlaceLeaveTheFirstWordAlone() {
    LinkResult two = linker.link(List.of(
        article("a", "Kestrova London", EntityType.ORGANIZATION, "Kestrova Paris", EntityType.ORGANIZATION),
        article("b", "Kestrova", EntityType.ORGANIZATION)));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 0));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 1));
    LinkResult r = linker.link(List.of(
        article("a", "Dorvalin Pharma", EntityType.ORGANIZATION),
        article("b", "Dorvalin", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    LinkResult country = linker.link(List.of(
        article("a", "Kestrova Brazil", EntityType.ORGANIZATION),
        article("b", "Kestrova", EntityType.ORGANIZATION)));
    assertThat(id(country, 1, 0)).isNotEqualTo(id(country, 0, 0));
  }
}
