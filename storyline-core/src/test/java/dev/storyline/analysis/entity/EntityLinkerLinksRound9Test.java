package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 9: rules found by reading the dev pairs, tested on invented names and our own brand list. */
class EntityLinkerLinksRound9Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  @Test
  void aListedBrandIsTheBodyNamedInVietnameseWithTheSameRest() {
    EntityType o = EntityType.ORGANIZATION;
    LinkResult r = linker.link(List.of(
        article("a", "Ngân hàng Nông nghiệp & Phát triển Nông thôn Việt Nam", o, "Ngân hàng NN-PTNT chi nhánh Lạc Vân", o,
            "Tập đoàn Điện lực VN", o, "Ngân hàng Đầu tư và Phát triển", o),
        article("b", "Agribank", o, "Agribank chi nhánh Lạc Vân", o, "EVN", o, "Agribank chi nhánh Kim Sơn", o, "BIDV", o)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 2));
    // the list writes "&" for "và": both spellings name the body
    assertThat(id(r, 1, 4)).isEqualTo(id(r, 0, 3));
    assertThat(id(r, 1, 4)).isNotEqualTo(id(r, 0, 0));
    // a branch is not the bank, and another branch is another body
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 3)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void aBanksLegalFormAndTrailingCountryMayBeLeftOut() {
    EntityType o = EntityType.ORGANIZATION;
    LinkResult r = linker.link(List.of(
        article("a", "Ngân hàng TMCP Ngoại thương Việt Nam", o, "Ngân hàng Công thương", o),
        article("b", "Vietcombank", o, "VietinBank", o)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 1, 1));
  }

  @Test
  void aShortGenericNameOrAPersonIsNoBrand() {
    EntityType o = EntityType.ORGANIZATION;
    LinkResult r = linker.link(List.of(
        article("a", "Đài Truyền hình", o, "Ngân hàng Nông nghiệp Lạc Vân", o),
        article("b", "VTV", o, "Agribank Lạc Vân", o)));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
    LinkResult p = linker.link(List.of(
        article("a", "Đài Tiếng nói Việt Nam", EntityType.PERSON),
        article("b", "VOV", o)));
    assertThat(id(p, 1, 0)).isNotEqualTo(id(p, 0, 0));
  }

  @Test
  void aFourLetterWordWithALetterDroppedInsideIsOneNameAcrossTypes() {
    LinkResult r = linker.link(List.of(
        article("a", "Kalua Morven", EntityType.LOCATION, "Dena Harlow", EntityType.LOCATION),
        article("b", "Kaua Morven", EntityType.PERSON, "Den Harlow", EntityType.PERSON, "Denas Harlow", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    // three letters, or a letter added at the end, are other names
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void aMisspellingOfAGazetteerSynonymIsThatBody() {
    // "World Bank" is a synonym of the gazetteer's "Ngân hàng Thế giới": its form's key is the canonical one
    LinkResult r = linker.link(List.of(
        article("a", "World Bank", EntityType.ORGANIZATION),
        article("b", "Wordl Bank", EntityType.PERSON, "Wood Bank", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 0));
  }
}
