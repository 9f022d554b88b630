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

  @Test
  void aChineseNameInSinoVietnameseIsCalledByItsFamilyNameAfterAFormOfAddress() {
    // "ông Lưu" for "Lưu Khải Phong" of the same article: no name of the story ends in "Lưu", one starts with it
    String a = "Ngoại trưởng Lưu Khải Phong tới Hà Nội. Hôm qua, ông Lưu nói hai bên sẽ ký thỏa thuận.";
    String b = "Bộ trưởng Lưu Khải Phong và Thủ tướng Đặng Hữu Tài gặp nhau. Lưu Khải Phong nói ông Đặng đã đồng ý.";
    LinkResult r = linker.link(List.of(typed("a", a, "Lưu Khải Phong", "Lưu"), typed("b", b, "Lưu Khải Phong", "Đặng Hữu Tài", "Đặng")));
    assertThat(id(r, 0, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 2)).isEqualTo(id(r, 1, 1));
    // without a form of address the lone word stays alone; and two names starting with it leave it alone
    LinkResult s = linker.link(List.of(typed("a", "Lưu Khải Phong tới. Lưu nói.", "Lưu Khải Phong", "Lưu"),
        typed("b", "Lưu Minh Quang và Lưu Khải Phong tới. Sau đó ông Lưu nói.", "Lưu Minh Quang", "Lưu Khải Phong", "Lưu")));
    assertThat(id(s, 0, 1)).isNotEqualTo(id(s, 0, 0));
    assertThat(id(s, 1, 2)).isNotEqualTo(id(s, 1, 0)).isNotEqualTo(id(s, 1, 1));
    // a plain Latin name is not read this way ("Kim Jong" cut from a longer Korean name)
    LinkResult k = linker.link(List.of(typed("a", "Kim Jong tới. Ông Kim nói.", "Kim Jong", "Kim")));
    assertThat(id(k, 0, 1)).isNotEqualTo(id(k, 0, 0));
  }

  @Test
  void aUnitOfAPlacesPoliceNamedWithoutItsParentIsThatUnit() {
    LinkResult r = linker.link(List.of(
        article("a", "Cơ quan CSĐT Công an tỉnh Lạc Sơn", EntityType.ORGANIZATION, "Cơ quan CSĐT", EntityType.ORGANIZATION),
        article("b", "Cơ quan điều tra Công an tỉnh Lạc Sơn", EntityType.ORGANIZATION,
            "Cơ quan Cảnh sát điều tra Công an tỉnh Lạc Sơn", EntityType.ORGANIZATION),
        article("c", "Phòng CSGT Công an tỉnh Lạc Sơn", EntityType.ORGANIZATION, "Phòng CSGT", EntityType.ORGANIZATION)));
    assertThat(id(r, 0, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 1, 0)).isEqualTo(id(r, 1, 1)).isEqualTo(id(r, 0, 0));
    assertThat(id(r, 2, 1)).isEqualTo(id(r, 2, 0));
    // a story naming two such units leaves the bare one alone
    LinkResult two = linker.link(List.of(
        article("d", "Phòng CSGT Công an tỉnh Hòa Vĩnh", EntityType.ORGANIZATION, "Phòng CSGT Công an tỉnh Lạc Sơn",
            EntityType.ORGANIZATION, "Phòng CSGT", EntityType.ORGANIZATION)));
    assertThat(id(two, 0, 2)).isNotEqualTo(id(two, 0, 0)).isNotEqualTo(id(two, 0, 1));
  }

  /** An article of the text with a PERSON mention at each name's last occurrence (names given in text order). */
  private static dev.storyline.model.AnalyzedArticle typed(String id, String text, String... names) {
    List<dev.storyline.model.EntityMention> ms = new java.util.ArrayList<>();
    int from = 0;
    for (String n : names) {
      int at = text.indexOf(n, from);
      // a lone word: the occurrence that is not the start of a longer name already listed
      while (at >= 0 && n.indexOf(' ') < 0 && at + n.length() < text.length() && text.charAt(at + n.length()) == ' '
          && Character.isUpperCase(text.charAt(at + n.length() + 1))) at = text.indexOf(n, at + 1);
      ms.add(new dev.storyline.model.EntityMention(at, at + n.length(), n, EntityType.PERSON, null));
      from = at + n.length();
    }
    ms.sort(java.util.Comparator.comparingInt(dev.storyline.model.EntityMention::start));
    return EntityLinkerTest.analyzed(id, text, ms, List.of());
  }
}
