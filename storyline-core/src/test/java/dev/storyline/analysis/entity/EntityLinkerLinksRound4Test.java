package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 4 (the links gold, fourth draw): rules found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound4Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  @Test
  void aMinistrysAbbreviatedNameIsItsFullName() {
    LinkResult r = linker.link(List.of(
        article("a", "Bộ Giáo dục và Đào tạo", EntityType.ORGANIZATION, "Sở Khoa học và Công nghệ Lạc Sơn", EntityType.ORGANIZATION),
        article("b", "Bộ GD&ĐT", EntityType.ORGANIZATION, "Sở KH&CN Lạc Sơn", EntityType.ORGANIZATION),
        article("c", "Bộ GD-ĐT", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
  }

  @Test
  void aMinistryCutAfterTheFirstMemberOfItsNameIsThatMinistry() {
    LinkResult r = linker.link(List.of(
        article("a", "Bộ Giáo dục và Đào tạo", EntityType.ORGANIZATION, "Sở Thông tin và Truyền thông Lạc Sơn", EntityType.ORGANIZATION),
        article("b", "Bộ Giáo dục", EntityType.ORGANIZATION, "Sở Thông tin", EntityType.ORGANIZATION,
            "Bộ Quốc phòng", EntityType.ORGANIZATION),
        article("c", "Bộ Quốc phòng Vandoria", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    // a name that goes on with a place is another country's ministry, not a coordinated name
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 2, 0));
    // two departments of that name in the story leave the short one alone
    LinkResult s = linker.link(List.of(
        article("a", "Sở Thông tin và Truyền thông Lạc Sơn", EntityType.ORGANIZATION, "Sở Thông tin và Truyền thông Hà Vân", EntityType.ORGANIZATION),
        article("b", "Sở Thông tin", EntityType.ORGANIZATION)));
    assertThat(id(s, 1, 0)).isNotEqualTo(id(s, 0, 0)).isNotEqualTo(id(s, 0, 1));
  }

  @Test
  void aFirmHeadBeforeANameWithADesignatorIsTheBareName() {
    LinkResult r = linker.link(List.of(
        article("a", "Tập đoàn Velmora Dynamics Corp", EntityType.ORGANIZATION),
        article("b", "Velmora Dynamics", EntityType.ORGANIZATION, "Tập đoàn Ostrava Group", EntityType.ORGANIZATION),
        article("c", "Ostrava", EntityType.ORGANIZATION)));
    assertThat(id(r, 0, 0)).isEqualTo(id(r, 1, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 2, 0));
  }

  @Test
  void anInitialGluedToTheLastNameIsTheOneFullNameWithThatLetter() {
    LinkResult r = linker.link(List.of(
        article("a", "Tobias Wendler", EntityType.PERSON, "Marek Holub", EntityType.PERSON),
        article("b", "T.Wendler", EntityType.PERSON, "M. Holub", EntityType.PERSON, "K.Holub", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    // another letter is another person
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 1));
    // two full names with that letter and last name leave it alone
    LinkResult s = linker.link(List.of(
        article("a", "Tobias Wendler", EntityType.PERSON, "Theo Wendler", EntityType.PERSON),
        article("b", "T.Wendler", EntityType.PERSON)));
    assertThat(id(s, 1, 0)).isNotEqualTo(id(s, 0, 0)).isNotEqualTo(id(s, 0, 1));
  }

  @Test
  void aDoubleFamilyNameIsCalledByItsFirstHalf() {
    LinkResult r = linker.link(List.of(
        article("a", "Mateo Arrieta-Solano", EntityType.PERSON),
        article("b", "Arrieta", EntityType.PERSON, "Kim Jong-un", EntityType.PERSON),
        article("c", "Jong", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    // a hyphenated Korean given name is no double family name
    assertThat(id(r, 2, 0)).isNotEqualTo(id(r, 1, 1));
    assertThat(EntityLinker.doubleNameHead("arrieta-solano")).isEqualTo("arrieta");
    assertThat(EntityLinker.doubleNameHead("jong-un")).isNull();
  }

  @Test
  void aCompetitionWithoutItsYearIsItsOneEdition() {
    LinkResult r = linker.link(List.of(
        article("a", "Cúp Hải Âu 2016", EntityType.MISC, "Giải Sao Biển 2014", EntityType.MISC),
        article("b", "Cúp Hải Âu", EntityType.MISC, "Giải Sao Biển 2018", EntityType.MISC),
        article("c", "Giải Sao Biển", EntityType.MISC)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    // two editions: the bare name is neither, and the editions stay apart
    assertThat(id(r, 2, 0)).isNotEqualTo(id(r, 0, 1)).isNotEqualTo(id(r, 1, 1));
    assertThat(id(r, 0, 1)).isNotEqualTo(id(r, 1, 1));
  }

  @Test
  void aGivenNameAloneIsTheStorysOneNameStartingWithItInAnyArticle() {
    // "Solveig" in an article that names no one called Solveig is the story's one "Solveig Brandt"
    LinkResult r = linker.link(List.of(
        person("a", "Solveig Brandt đã về nước.", "Solveig Brandt"),
        person("b", "Sau trận đấu, Solveig cho biết cô rất vui.", "Solveig")));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    // a capitalised word after it: a longer name cut ("Solveig Nordlund"), not the story's one
    LinkResult s = linker.link(List.of(
        person("a", "Solveig Brandt đã về nước.", "Solveig Brandt"),
        person("b", "Cổ động viên của Solveig Nordlund reo hò.", "Solveig")));
    assertThat(id(s, 1, 0)).isNotEqualTo(id(s, 0, 0));
    // a word also typed as something else is no given name
    LinkResult t = linker.link(List.of(
        person("a", "Solveig Brandt đã về nước.", "Solveig Brandt"),
        person("b", "Sau trận đấu, Solveig cho biết cô rất vui.", "Solveig"),
        article("c", "Solveig", EntityType.ORGANIZATION)));
    assertThat(id(t, 1, 0)).isNotEqualTo(id(t, 0, 0));
  }

  @Test
  void aFourLetterNameWithALetterDroppedInsideIsTheFiveLetterOne() {
    LinkResult r = linker.link(List.of(
        article("a", "Doran Kettley", EntityType.PERSON, "Ivan Pelko", EntityType.PERSON),
        article("b", "Dora Kettley", EntityType.PERSON, "Ivana Pelko", EntityType.PERSON)));
    // "Doran" / "Dora" drops the last letter: another name; "Ivan" / "Ivana" too
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
    LinkResult s = linker.link(List.of(
        article("a", "Jarek Kettley", EntityType.PERSON),
        article("b", "Jark Kettley", EntityType.PERSON)));
    assertThat(id(s, 1, 0)).isEqualTo(id(s, 0, 0));
    assertThat(EntityLinker.letterDroppedInside("jame", "jamie")).isTrue();
    assertThat(EntityLinker.letterDroppedInside("marc", "marco")).isFalse();
  }

  /** An article whose text holds the names given, each typed PERSON at its first occurrence. */
  private static dev.storyline.model.AnalyzedArticle person(String id, String text, String... names) {
    List<dev.storyline.model.EntityMention> ms = new java.util.ArrayList<>();
    for (String n : names) {
      int at = text.indexOf(n);
      ms.add(new dev.storyline.model.EntityMention(at, at + n.length(), n, EntityType.PERSON, null));
    }
    return EntityLinkerTest.analyzed(id, text, ms, List.of());
  }
}
