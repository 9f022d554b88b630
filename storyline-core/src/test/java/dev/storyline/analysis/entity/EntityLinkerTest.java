package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quote;
import dev.storyline.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
  private final EntityLinker linker = new EntityLinker();

  /** An article whose text is the names joined by " và ", each a mention of the given type. */
  static AnalyzedArticle article(String id, List<Quote> quotes, Object... namesAndTypes) {
    StringBuilder text = new StringBuilder();
    List<EntityMention> ms = new ArrayList<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      if (text.length() > 0) text.append(" và ");
      String name = (String) namesAndTypes[i];
      int s = text.length();
      text.append(name);
      ms.add(new EntityMention(s, text.length(), name, (EntityType) namesAndTypes[i + 1], null));
    }
    text.append('.');
    return analyzed(id, text.toString(), ms, quotes);
  }

  static AnalyzedArticle analyzed(String id, String text, List<EntityMention> ms, List<Quote> quotes) {
    Article a = new Article(id, id, "", "", "", null, text, List.of(new Span(0, text.length())), List.of());
    return new AnalyzedArticle(a, null, false, "", List.of(), List.of(), List.of(), ms, List.of(), quotes);
  }

  static AnalyzedArticle article(String id, Object... namesAndTypes) { return article(id, List.of(), namesAndTypes); }

  private static String idOf(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  private static Entity entity(LinkResult r, String id) {
    return r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void sameNameAcrossArticlesIsOneEntityWithASluggedId() {
    LinkResult r = linker.link(List.of(
        article("a", "Hamid Karzai Nouri", EntityType.PERSON),
        article("b", "hamid karzai nouri", EntityType.PERSON, "Hamid Karzai Nouri", EntityType.PERSON)));
    assertThat(idOf(r, 0, 0)).isEqualTo("person:hamid-karzai-nouri");
    assertThat(idOf(r, 1, 0)).isEqualTo(idOf(r, 0, 0));
    assertThat(idOf(r, 1, 1)).isEqualTo(idOf(r, 0, 0));
    Entity e = entity(r, "person:hamid-karzai-nouri");
    assertThat(e.mentions()).isEqualTo(3);
    assertThat(e.name()).isEqualTo("Hamid Karzai Nouri");
    assertThat(e.aliases()).containsExactly("hamid karzai nouri");
  }

  @Test
  void toneMarkPlacementAndDiacriticsFoldIntoTheSameId() {
    LinkResult r = linker.link(List.of(
        article("a", "Ủy ban Hoà giải Quốc gia", EntityType.ORGANIZATION),
        article("b", "Uỷ ban Hòa giải Quốc gia", EntityType.ORGANIZATION)));
    assertThat(idOf(r, 0, 0)).isEqualTo("organization:uy-ban-hoa-giai-quoc-gia").isEqualTo(idOf(r, 1, 0));
    assertThat(r.entities()).hasSize(1);
  }

  @Test
  void oneLetterSpellingVariantOfALongWordMerges() {
    LinkResult r = linker.link(List.of(
        article("a", "Mohammed Karim al-Tahir", EntityType.PERSON),
        article("b", "Mohamed Karim al-Tahir", EntityType.PERSON, "Mohamed Karim al-Tahir", EntityType.PERSON)));
    assertThat(idOf(r, 0, 0)).isEqualTo(idOf(r, 1, 0));
    Entity e = entity(r, idOf(r, 0, 0));
    assertThat(e.name()).isEqualTo("Mohamed Karim al-Tahir"); // equally complete, more frequent
    assertThat(e.aliases()).containsExactly("Mohammed Karim al-Tahir");
  }

  @Test
  void differentGivenNamesWithTheSameSurnameStayApart() {
    LinkResult r = linker.link(List.of(
        article("a", "Joe Harlan", EntityType.PERSON, "Anna Harlan", EntityType.PERSON, "Harlan", EntityType.PERSON),
        article("b", "Jon Harlan", EntityType.PERSON)));
    assertThat(idOf(r, 0, 0)).isNotEqualTo(idOf(r, 0, 1));
    assertThat(idOf(r, 1, 0)).isNotEqualTo(idOf(r, 0, 0)); // "Jon"/"Joe" are short words: no spelling merge
    // "Harlan" alone is ambiguous inside its article, so it is left on its own.
    assertThat(idOf(r, 0, 2)).isNotIn(idOf(r, 0, 0), idOf(r, 0, 1));
  }

  @Test
  void surnameLinksToTheUniqueFullNameInTheSameArticleFirst() {
    LinkResult r = linker.link(List.of(
        article("a", "Greta Lindqvist", EntityType.PERSON, "Lindqvist", EntityType.PERSON),
        article("b", "Oskar Lindqvist", EntityType.PERSON, "Lindqvist", EntityType.MISC)));
    assertThat(idOf(r, 0, 1)).isEqualTo(idOf(r, 0, 0)).isEqualTo("person:greta-lindqvist");
    assertThat(idOf(r, 1, 1)).isEqualTo(idOf(r, 1, 0)).isEqualTo("person:oskar-lindqvist");
    // A lone word untyped by the recognizer takes its person's type once linked.
    assertThat(r.articles().get(1).entities().get(1).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void surnameLinksAcrossArticlesOnlyWhenUnique() {
    LinkResult unique = linker.link(List.of(
        article("a", "Paulo Okafor", EntityType.PERSON),
        article("b", "Okafor", EntityType.PERSON)));
    assertThat(idOf(unique, 1, 0)).isEqualTo(idOf(unique, 0, 0));

    LinkResult ambiguous = linker.link(List.of(
        article("a", "Paulo Okafor", EntityType.PERSON),
        article("b", "Ruth Okafor", EntityType.PERSON),
        article("c", "Okafor", EntityType.PERSON)));
    assertThat(idOf(ambiguous, 2, 0)).isNotIn(idOf(ambiguous, 0, 0), idOf(ambiguous, 1, 0));
  }

  @Test
  void gazetteerSynonymsMerge() {
    LinkResult r = linker.link(List.of(
        article("a", "Hoa Kỳ", EntityType.LOCATION, "Moscow", EntityType.LOCATION),
        article("b", "Mỹ", EntityType.LOCATION, "Moskva", EntityType.LOCATION, "Mỹ", EntityType.LOCATION)));
    assertThat(idOf(r, 0, 0)).isEqualTo(idOf(r, 1, 0)).isEqualTo(idOf(r, 1, 2));
    assertThat(idOf(r, 0, 1)).isEqualTo(idOf(r, 1, 1));
    assertThat(idOf(r, 0, 0)).isNotEqualTo(idOf(r, 0, 1));
  }

  @Test
  void gazetteerEntityIsNamedByItsCanonicalSpelling() {
    LinkResult r = linker.link(List.of(
        article("a", "Hoa Kỳ", EntityType.LOCATION, "Hoa Kỳ", EntityType.LOCATION, "Mỹ", EntityType.LOCATION,
            "Washington D.C", EntityType.LOCATION, "Washington", EntityType.LOCATION)));
    assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Mỹ", "Washington");
    assertThat(r.entities()).extracting(Entity::id).containsExactlyInAnyOrder("location:my", "location:washington");
  }

  @Test
  void acronymInParenthesesMergesWithItsExpansion() {
    String text = "Hôm qua Liên đoàn Thợ mỏ Bắc Âu (LTMB) họp.";
    int s = text.indexOf("Liên");
    int e = text.indexOf(" (");
    int a = text.indexOf("LTMB");
    AnalyzedArticle first = analyzed("a", text, List.of(
        new EntityMention(s, e, text.substring(s, e), EntityType.ORGANIZATION, null),
        new EntityMention(a, a + 4, "LTMB", EntityType.ORGANIZATION, null)), List.of());
    LinkResult r = linker.link(List.of(first, article("b", "LTMB", EntityType.ORGANIZATION)));
    assertThat(idOf(r, 0, 1)).isEqualTo(idOf(r, 0, 0)).isEqualTo(idOf(r, 1, 0))
        .isEqualTo("organization:lien-doan-tho-mo-bac-au");
  }

  @Test
  void aPlaceBeforeAnAcronymInParenthesesIsNotItsExpansion() {
    String text = "Đội tuyển Việt Nam (VFF) thắng.";
    int s = text.indexOf("Việt");
    int a = text.indexOf("VFF");
    LinkResult r = linker.link(List.of(analyzed("a", text, List.of(
        new EntityMention(s, s + 7, "Việt Nam", EntityType.LOCATION, null),
        new EntityMention(a, a + 3, "VFF", EntityType.ORGANIZATION, null)), List.of())));
    assertThat(idOf(r, 0, 0)).isNotEqualTo(idOf(r, 0, 1));
  }

  @Test
  void acronymMadeOfInitialsMerges() {
    LinkResult r = linker.link(List.of(
        article("a", "Global Energy Forum", EntityType.ORGANIZATION),
        article("b", "GEF", EntityType.ORGANIZATION, "GEX", EntityType.ORGANIZATION)));
    assertThat(idOf(r, 1, 0)).isEqualTo(idOf(r, 0, 0));
    assertThat(idOf(r, 1, 1)).isNotEqualTo(idOf(r, 0, 0));
  }

  @Test
  void twoLetterAcronymsDoNotMergeByInitialsAlone() {
    LinkResult r = linker.link(List.of(
        article("a", "Đảng Tự do", EntityType.ORGANIZATION, "ĐT", EntityType.ORGANIZATION)));
    assertThat(idOf(r, 0, 1)).isNotEqualTo(idOf(r, 0, 0));
  }

  @Test
  void aPlaceIsTheSpeakerOnlyAsItselfOrItsSide() {
    List<Quote> quotes = List.of(
        new Quote(0, 1, "x", "Ba Lan", null, "tuyên bố", false),
        new Quote(0, 1, "x", "phía Ba Lan", null, "cho biết", false),
        new Quote(0, 1, "x", "một nhóm nông dân Ba Lan", null, "cảnh báo", false),
        new Quote(0, 1, "x", "một số nguồn tin từ Ba Lan", null, "cho hay", false),
        new Quote(0, 1, "x", "Một quan chức hải quan Ba Lan", null, "xác nhận", false));
    LinkResult r = linker.link(List.of(article("a", quotes, "Ba Lan", EntityType.LOCATION)));
    assertThat(r.articles().get(0).quotes()).extracting(Quote::speakerEntity).containsExactly(
        "location:ba-lan", "location:ba-lan", null, null, null);
  }

  @Test
  void quoteSpeakersLinkAfterStrippingTitles() {
    List<Quote> quotes = List.of(
        new Quote(0, 1, "x", "bà Lindqvist", null, "nói", true),
        new Quote(0, 1, "x", "Ngoại trưởng Thụy Điển Greta Lindqvist", null, "nói", false),
        new Quote(0, 1, "x", "Bà", null, "nói", false),
        new Quote(0, 1, "x", "Lầu Năm Góc", null, "cho biết", false),
        new Quote(0, 1, "x", null, null, null, false));
    LinkResult r = linker.link(List.of(article("a", quotes,
        "Greta Lindqvist", EntityType.PERSON, "Lầu Năm Góc", EntityType.ORGANIZATION)));
    List<Quote> linked = r.articles().get(0).quotes();
    assertThat(linked).extracting(Quote::speakerEntity).containsExactly(
        "person:greta-lindqvist", "person:greta-lindqvist", null, "organization:lau-nam-goc", null);
  }

  @Test
  void mergesDoNotCrossTypesOfMultiWordNamesAndEntitiesAreSortedByMentions() {
    LinkResult r = linker.link(List.of(
        article("a", "Iraq", EntityType.LOCATION, "Iraq", EntityType.LOCATION, "Tổ chức Alpha", EntityType.ORGANIZATION)));
    assertThat(r.entities()).extracting(Entity::id).containsExactly("location:iraq", "organization:to-chuc-alpha");
    assertThat(r.entities().get(0).mentions()).isEqualTo(2);
  }

  @Test
  void nameKeysUnifyToneMarkPlacement() {
    assertThat(NameKeys.key("Hoà Bình")).isEqualTo(NameKeys.key("Hòa Bình")).isEqualTo("hòa bình");
    assertThat(NameKeys.key("Uỷ ban")).isEqualTo("ủy ban");
    assertThat(NameKeys.key("hoàng")).isEqualTo("hoàng"); // tone inside a syllable is left alone
    assertThat(NameKeys.slug("Đại sứ quán Mỹ")).isEqualTo("dai-su-quan-my");
  }
}
