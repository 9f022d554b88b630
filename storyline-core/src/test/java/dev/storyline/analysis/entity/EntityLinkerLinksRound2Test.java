package dev.storyline.analysis.entity;

import static dev.storyline.analysis.entity.EntityLinkerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking round 2 (the links gold, second draw): rules found by reading the dev pairs, tested on invented names. */
class EntityLinkerLinksRound2Test {
  private final EntityLinker linker = new EntityLinker();

  private static String id(LinkResult r, int article, int mention) {
    return r.articles().get(article).entities().get(mention).entity();
  }

  /** An article of the text with a mention of the given type at each name's first occurrence. */
  private static AnalyzedArticle typed(String id, String text, EntityType type, String... names) {
    List<EntityMention> ms = new ArrayList<>();
    for (String n : names) {
      int s = text.indexOf(n);
      ms.add(new EntityMention(s, s + n.length(), n, type, null));
    }
    ms.sort(Comparator.comparingInt(EntityMention::start));
    return EntityLinkerTest.analyzed(id, text, ms, List.of());
  }

  @Test
  void aLoneFamilyNameIsNotTheRelativeTheArticleNamesWhenTheStoryNamesABetterKnownBearer() {
    // the story's coach is "Tobias Varga" (two articles); article b names his son in full and calls the father
    // by the family name
    LinkResult r = linker.link(List.of(
        typed("a", "HLV Tobias Varga nói đội đã sẵn sàng.", EntityType.PERSON, "Tobias Varga"),
        typed("b", "Con trai ông là Nikolai Varga. Hôm qua Varga cũng đến sân.", EntityType.PERSON, "Nikolai Varga", "Varga"),
        typed("c", "Ông Tobias Varga cho biết Varga sẽ ở lại.", EntityType.PERSON, "Tobias Varga", "Varga")));
    assertThat(id(r, 1, 1)).isNotEqualTo(id(r, 1, 0)); // the son is not meant for sure: left alone
    assertThat(id(r, 2, 1)).isEqualTo(id(r, 2, 0)); // the coach's own article
    assertThat(id(r, 2, 1)).isNotEqualTo(id(r, 1, 0));
  }

  @Test
  void aLoneFamilyNameStillMeansTheArticlesBearerWhenTheOtherNamesAreItsVariants() {
    // "Ilse"/"Ilsa", "Marten Olm" / "Marten Joost Olm": one person spelt or cut two ways
    LinkResult r = linker.link(List.of(
        typed("a", "Bà Ilsa Brandt phát biểu.", EntityType.PERSON, "Ilsa Brandt"),
        typed("b", "Bà Ilse Brandt nói rằng Brandt sẽ ký.", EntityType.PERSON, "Ilse Brandt", "Brandt"),
        typed("c", "Ông Marten Joost Olm đến.", EntityType.PERSON, "Marten Joost Olm"),
        typed("d", "Ông Marten Olm nói Olm sẽ về.", EntityType.PERSON, "Marten Olm", "Olm")));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 1, 0));
    assertThat(id(r, 3, 1)).isEqualTo(id(r, 3, 0));
    // a Vietnamese name ends in the given name, shared by strangers: the article's own bearer is meant
    LinkResult v = linker.link(List.of(
        typed("a", "Ông Lò Văn Khải phát biểu.", EntityType.PERSON, "Lò Văn Khải"),
        typed("b", "Ông Hà Minh Khải nói Khải sẽ về.", EntityType.PERSON, "Hà Minh Khải", "Khải")));
    assertThat(id(v, 1, 1)).isEqualTo(id(v, 1, 0));
    assertThat(EntityLinker.romanised(new String[] {"lò", "văn", "khải"})).isFalse();
    assertThat(EntityLinker.romanised(new String[] {"tobias", "varga"})).isTrue();
    assertThat(EntityLinker.nothingShared(new String[] {"cecs", "varga"}, new String[] {"cesc", "varga"}, false)).isFalse();
    assertThat(EntityLinker.nothingShared(new String[] {"tobias", "varga"}, new String[] {"nikolai", "varga"}, false)).isTrue();
  }

  @Test
  void anInitialWithOrWithoutItsDotIsOneName() {
    LinkResult r = linker.link(List.of(
        article("a", "Karim T.", EntityType.PERSON, "Q.L.V.", EntityType.PERSON),
        article("b", "Karim T", EntityType.PERSON, "Q.L.V", EntityType.PERSON, "Karim Tal", EntityType.PERSON)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 2)).isNotEqualTo(id(r, 0, 0));
  }

  @Test
  void aCompanysDesignatorAtTheEndAddsNothing() {
    LinkResult r = linker.link(List.of(
        article("a", "Kestrel Motor Co", EntityType.ORGANIZATION, "Vantor Group", EntityType.ORGANIZATION),
        article("b", "Kestrel", EntityType.ORGANIZATION, "Kestrel Motors Inc", EntityType.ORGANIZATION,
            "Vantor", EntityType.ORGANIZATION, "Vantor Bank", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 0, 1));
    assertThat(id(r, 1, 3)).isNotEqualTo(id(r, 0, 1)); // a bank of the group is another body
    LinkResult h = linker.link(List.of(article("a", "Vantor Holdings", EntityType.ORGANIZATION, "Vantor", EntityType.ORGANIZATION)));
    assertThat(id(h, 0, 0)).isNotEqualTo(id(h, 0, 1)); // the holding company is the parent
  }

  @Test
  void anArabicFamilyNameWithoutItsArticleIsThePerson() {
    LinkResult r = linker.link(List.of(
        typed("a", "Giáo sĩ Yusuf al-Karimi đã bị bắt.", EntityType.PERSON, "Yusuf al-Karimi"),
        typed("b", "Theo nguồn tin, Karimi từng sống ở Yemen.", EntityType.PERSON, "Karimi")));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(EntityLinker.withoutArabicArticle("el-hamdi")).isEqualTo("hamdi");
    assertThat(EntityLinker.withoutArabicArticle("alba")).isNull();
  }

  @Test
  void aDashBetweenTheWordsOfAMinistryAndItsAbbreviationAreOneBody() {
    LinkResult r = linker.link(List.of(
        article("a", "Bộ Tài nguyên – Môi trường", EntityType.ORGANIZATION),
        article("b", "Bộ TNMT", EntityType.ORGANIZATION, "Bộ Tài nguyên và Môi trường", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 0));
  }

  @Test
  void aBodyWithoutItsCountryIsTheOneSuchBodyOfACountryTheStoryNames() {
    LinkResult r = linker.link(List.of(
        article("a", "Chính phủ Bolivia", EntityType.ORGANIZATION, "Cục Hàng hải Việt Nam", EntityType.ORGANIZATION),
        article("b", "Chính phủ", EntityType.ORGANIZATION, "Cục Hàng hải", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
    // two countries' ministries in the article: the bare one is neither
    LinkResult two = linker.link(List.of(article("a", "Bộ Ngoại giao Peru", EntityType.ORGANIZATION,
        "Bộ Ngoại giao Chile", EntityType.ORGANIZATION, "Bộ Ngoại giao", EntityType.ORGANIZATION)));
    assertThat(id(two, 0, 2)).isNotIn(id(two, 0, 0), id(two, 0, 1));
    // a firm and its company of a country are two bodies
    LinkResult firm = linker.link(List.of(article("a", "Công ty Delmar Việt Nam", EntityType.ORGANIZATION,
        "Công ty Delmar", EntityType.ORGANIZATION)));
    assertThat(id(firm, 0, 1)).isNotEqualTo(id(firm, 0, 0));
  }

  @Test
  void aRomanisedGivenNameAloneIsThePersonTheArticleNamesWithIt() {
    LinkResult r = linker.link(List.of(
        typed("a", "Luật sư Marisol Quintero nói thân chủ vô tội. Sau đó Marisol cho biết sẽ kháng cáo.", EntityType.PERSON,
            "Marisol Quintero", "Marisol"),
        typed("b", "Marisol đã rời tòa.", EntityType.PERSON, "Marisol")));
    assertThat(id(r, 0, 1)).isEqualTo(id(r, 0, 0));
    // another article that names no Marisol: the story's one (linking round 4, rule 7; round 2 left it alone)
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    // two people of the story with that given name: not settled either
    LinkResult two = linker.link(List.of(
        typed("a", "Ông Hideo Tamura nói. Sau đó Hideo rời đi.", EntityType.PERSON, "Hideo Tamura", "Hideo"),
        typed("b", "Ông Hideo Kanbara phát biểu.", EntityType.PERSON, "Hideo Kanbara")));
    assertThat(id(two, 0, 1)).isNotEqualTo(id(two, 0, 0));
  }

  @Test
  void aBodysOtherNameInTheParenthesisAfterItIsTheBody() {
    String text = "Công ty Xăng dầu Lạc Sơn (Lacson Oil) cho biết giá giảm. Ngoài ra, Quỹ Hòa bình (QHB) và Liên Hợp Quốc (UNDPX) họp. "
        + "Cục Thú y (Bộ Nông nghiệp) cũng dự.";
    LinkResult r = linker.link(List.of(typed("a", text, EntityType.ORGANIZATION, "Công ty Xăng dầu Lạc Sơn", "Lacson Oil",
        "Quỹ Hòa bình", "QHB", "Liên Hợp Quốc", "UNDPX", "Cục Thú y", "Bộ Nông nghiệp")));
    assertThat(id(r, 0, 7)).isNotEqualTo(id(r, 0, 6)); // the parent ministry in the parenthesis is another body
    assertThat(id(r, 0, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 0, 3)).isEqualTo(id(r, 0, 2));
    // the lexicon lists the UN's acronyms: another one in the parenthesis names a body of the UN
    assertThat(id(r, 0, 5)).isNotEqualTo(id(r, 0, 4));
  }

  @Test
  void aForceHeadBeforeABodysNameIsThatBody() {
    LinkResult r = linker.link(List.of(
        article("a", "Lực lượng nổi dậy Hamzar", EntityType.ORGANIZATION, "Lực lượng khủng bố IS", EntityType.ORGANIZATION),
        article("b", "Hamzar", EntityType.ORGANIZATION, "IS", EntityType.ORGANIZATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1)); // a name the gazetteer knows under another spelling
  }

  @Test
  void aCountrysFirstWordIsItsShortName() {
    LinkResult r = linker.link(List.of(
        article("a", "Hàn Quốc", EntityType.LOCATION, "Thái Lan", EntityType.LOCATION),
        article("b", "Hàn", EntityType.LOCATION, "Thái", EntityType.LOCATION)));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
  }
}
