package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.analyzed;
import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 8: rules found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound8Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  /** An article of {@code text} whose mentions are the first occurrences of the given names, in text order. */
  private static AnalyzedArticle inText(String id, String text, Object... namesAndTypes) {
    List<EntityMention> ms = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      String name = (String) namesAndTypes[i];
      int s = text.indexOf(name);
      ms.add(new EntityMention(s, s + name.length(), name, (EntityType) namesAndTypes[i + 1], null));
    }
    ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return analyzed(id, text, ms, List.of());
  }

  @Test
  void anAbbreviatedHeadIsTheBodyWithThoseWordsWrittenOut() {
    EntityType o = EntityType.ORGANIZATION;
    LinkResult r = linker.link(List.of(
        article("a", "Liên đoàn bóng đá Lạc Vân", o, "Nhà xuất bản Hoa Mai", o, "Văn phòng Bộ Thủy sản", o),
        article("b", "LĐBĐ Lạc Vân", o, "NXB Hoa Mai", o, "VP Bộ Thủy sản", o, "LĐBĐ Kim Sơn", o)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 2));
    // another rest is another body
    assertThat(id(r, 1, 3)).isNotEqualTo(id(r, 0, 0));
  }

  @Test
  void twoBodiesWithThoseInitialsOrOtherInitialsLeaveTheAbbreviationAlone() {
    EntityType o = EntityType.ORGANIZATION;
    LinkResult two = linker.link(List.of(
        article("a", "Nhà xuất bản Hoa Mai", o, "Nhóm xe buýt Hoa Mai", o),
        article("b", "NXB Hoa Mai", o)));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 0));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 1));
    LinkResult other = linker.link(List.of(
        article("a", "Liên đoàn Quần vợt Lạc Vân", o),
        article("b", "LĐBĐ Lạc Vân", o)));
    assertThat(id(other, 1, 0)).isNotEqualTo(id(other, 0, 0));
  }

  @Test
  void anAbbreviatedHeadKeepsItsLettersInTheAcronym() {
    EntityType o = EntityType.ORGANIZATION;
    LinkResult r = linker.link(List.of(
        article("a", "LĐBĐ Lạc Vân", o, "GHPG Kim Sơn", o),
        article("b", "LĐBĐLV", o, "GHPGKM", o)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void anAcronymSpelledOutByWordsThatAreNoNameMeansThoseWords() {
    EntityType o = EntityType.ORGANIZATION;
    LinkResult r = linker.link(List.of(
        inText("a", "Cảng hàng không (CHK) Lạc Vân sắp quá tải.", "CHK", o),
        article("b", "Cục Hàng không", o)));
    assertThat(id(r, 0, 0)).isNotEqualTo(id(r, 1, 0));
    // without the words before it the acronym is still the body with those initials
    LinkResult bare = linker.link(List.of(
        inText("a", "Theo CHK, sân bay Lạc Vân sắp quá tải.", "CHK", o),
        article("b", "Cục Hàng không", o)));
    assertThat(id(bare, 0, 0)).isEqualTo(id(bare, 1, 0));
  }

  @Test
  void aNameOfAnyTypeSpellsOutTheAcronymOfItsInitials() {
    LinkResult r = linker.link(List.of(
        inText("a", "Đường hầm Velmar Base Tunnel (VBT) dài nhất.", "Velmar Base Tunnel", EntityType.LOCATION,
            "VBT", EntityType.ORGANIZATION)));
    assertThat(id(r, 0, 1)).isEqualTo(id(r, 0, 0));
    // a place before the parenthesis that does not spell it out is not the body
    LinkResult place = linker.link(List.of(
        inText("a", "Liên đoàn của Lạc Vân (LVF) họp.", "Lạc Vân", EntityType.LOCATION, "LVF", EntityType.ORGANIZATION)));
    assertThat(id(place, 0, 1)).isNotEqualTo(id(place, 0, 0));
  }

  @Test
  void aBareCourtBeforeAHigherLevelIsNotThePlacesCourt() {
    EntityType o = EntityType.ORGANIZATION;
    LinkResult higher = linker.link(List.of(
        article("a", "TAND tỉnh Lạc Vân", o),
        inText("b", "Trước đó, TAND cấp cao tại Lạc Vân đã xử.", "TAND", o)));
    assertThat(id(higher, 1, 0)).isNotEqualTo(id(higher, 0, 0));
    LinkResult same = linker.link(List.of(
        article("a", "TAND tỉnh Lạc Vân", o),
        inText("b", "Trước đó, TAND đã xử.", "TAND", o)));
    assertThat(id(same, 1, 0)).isEqualTo(id(same, 0, 0));
  }

  @Test
  void aLatinNameMistypedInOneWordIsOneNameWhateverItsType() {
    LinkResult r = linker.link(List.of(
        article("a", "Lakeview Rovers", EntityType.ORGANIZATION, "Tetsuya Imagawa", EntityType.PERSON,
            "Velmara Harbor", EntityType.LOCATION),
        article("b", "Lakeveiw Rovers", EntityType.LOCATION, "Testuya Imagawa", EntityType.PERSON,
            "Velmara Habor", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 2));
  }

  @Test
  void aLetterAddedAtTheEndAnEventAgainstAnotherTypeOrVietnameseLettersAreNotTaken() {
    LinkResult r = linker.link(List.of(
        article("a", "Port Velmara", EntityType.LOCATION, "Copa Velmara", EntityType.MISC, "Trường Sơn", EntityType.LOCATION),
        article("b", "Port Velmaran", EntityType.PERSON, "Copa Vlemara", EntityType.PERSON, "Trương Sơn", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 2));
  }
}
