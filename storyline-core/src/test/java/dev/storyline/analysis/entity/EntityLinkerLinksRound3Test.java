package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 3 (the links gold, third draw): rules found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound3Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  @Test
  void twoAbbreviationsJoinedByAnAmpersandOrVaAreOneWord() {
    LinkResult r = linker.link(List.of(
        article("a", "Bộ Nông nghiệp và Phát triển nông thôn", EntityType.ORGANIZATION),
        article("b", "Bộ NN & PTNT", EntityType.ORGANIZATION),
        article("c", "Bộ NN và PTNT", EntityType.ORGANIZATION),
        article("d", "Sở GD và ĐT Lạc Sơn", EntityType.ORGANIZATION, "Sở GD&ĐT Lạc Sơn", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 3, 0)).isEqualTo(id(r, 3, 1));
    // the words of a name are not abbreviations: "Hội Văn học và Nghệ thuật" stays itself
    assertThat(EntityLinker.looseKey("hội văn học và nghệ thuật", EntityType.ORGANIZATION)).isEqualTo("hội văn học nghệ thuật");
  }

  @Test
  void aClubOrAPartyHeadBeforeItsBareNameIsThatBody() {
    LinkResult r = linker.link(List.of(
        article("a", "CLB bóng đá Kestrel FC", EntityType.ORGANIZATION, "CLB Vantor United", EntityType.ORGANIZATION),
        article("b", "Kestrel FC", EntityType.ORGANIZATION, "Vantor United", EntityType.ORGANIZATION),
        article("c", "Đảng Cấp tiến Mới", EntityType.ORGANIZATION, "Cấp tiến Mới", EntityType.ORGANIZATION)));
    assertThat(id(r, 0, 0)).isEqualTo(id(r, 1, 0));
    assertThat(id(r, 0, 1)).isEqualTo(id(r, 1, 1));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 2, 1));
    assertThat(id(r, 0, 0)).isNotEqualTo(id(r, 0, 1));
  }
}
