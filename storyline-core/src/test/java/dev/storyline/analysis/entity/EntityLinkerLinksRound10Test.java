package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 10: rules found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound10Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  @Test
  void aNameAfterAFirmOrClubHeadTypedPersonIsThatBody() {
    EntityType o = EntityType.ORGANIZATION, p = EntityType.PERSON;
    LinkResult r = linker.link(List.of(
        article("a", "CLB Marvel Rovers", o, "Công ty TNHH Kiên Hòa Phát", o, "Quỹ Bright Harbor", o),
        article("b", "Marvel Rovers", p, "Kiên Hòa Phát", p, "Bright Harbor", p)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 2));
  }

  @Test
  void aPersonNamedAfterDescriptiveWordsOrAPlaceNameIsNotTheBody() {
    EntityType o = EntityType.ORGANIZATION, p = EntityType.PERSON, l = EntityType.LOCATION;
    LinkResult r = linker.link(List.of(
        // words that say what the firm does stand between the head and the person-typed name
        article("a", "Công ty chứng khoán Lê Văn Tâm", o, "CLB Lạc Vân", o),
        article("b", "Lê Văn Tâm", p, "Lạc Vân", l)));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    // a place-typed name is the city, not its club
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 0, 1));
  }

  @Test
  void aLoneLatinSurnameIsTheOneFullNameTypedAPlaceOrABody() {
    LinkResult r = linker.link(List.of(
        article("a", "Dermot Halloway", EntityType.LOCATION, "Tremont Wanderers", EntityType.ORGANIZATION),
        article("b", "Halloway", EntityType.PERSON, "Wanderers", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
  }

  @Test
  void aLoneSurnameWithAPersonOrTwoCandidatesOrAnEventIsLeftAlone() {
    EntityType p = EntityType.PERSON, l = EntityType.LOCATION;
    // a person of the story ends in it: the usual lone-surname resolution
    LinkResult r = linker.link(List.of(
        article("a", "Corin Maddox", l, "Alvar Maddox", p),
        article("b", "Maddox", p)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 0)).isNotEqualTo(id(r, 0, 0));
    // two place-typed names ending in it: which one is not known
    LinkResult two = linker.link(List.of(
        article("a", "Corin Brackley", l, "Edwin Brackley", l),
        article("b", "Brackley", p)));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 0));
    assertThat(id(two, 1, 0)).isNotEqualTo(id(two, 0, 1));
    // an event or title, a Vietnamese-lettered name, or a word of three letters: not taken
    LinkResult other = linker.link(List.of(
        article("a", "Golden Rosetta", EntityType.MISC, "Trần Vũ Kell", l, "Kip Ull", l),
        article("b", "Rosetta", p, "Kell", p, "Ull", p)));
    assertThat(id(other, 1, 0)).isNotEqualTo(id(other, 0, 0));
    assertThat(id(other, 1, 1)).isNotEqualTo(id(other, 0, 1));
    assertThat(id(other, 1, 2)).isNotEqualTo(id(other, 0, 2));
  }
}
