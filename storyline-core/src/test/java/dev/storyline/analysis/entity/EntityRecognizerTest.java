package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private final EntityRecognizer recognizer = new EntityRecognizer();

  /** A trivial splitter for tests: a sentence ends after '.', '!' or '?' followed by a space, or at a line break. */
  static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
      if (end) {
        out.add(new Sentence(start, i + 1));
        start = i + 1;
        while (start < text.length() && text.charAt(start) == ' ') start++;
        i = start - 1;
      }
    }
    if (start < text.length()) out.add(new Sentence(start, text.length()));
    return out;
  }

  private List<EntityMention> find(String text) {
    return recognizer.find(text, sentences(text));
  }

  private static Object[] m(String text, EntityType type) { return new Object[] {text, type}; }

  private void assertMentions(String text, Object[]... expected) {
    List<EntityMention> found = find(text);
    assertThat(found).extracting(EntityMention::text, EntityMention::type)
        .containsExactly(java.util.Arrays.stream(expected).map(e -> tuple(e[0], e[1])).toArray(org.assertj.core.groups.Tuple[]::new));
    for (EntityMention e : found) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      assertThat(e.entity()).isNull();
    }
  }

  @Test
  void capitalisedRunKeepsArabicParticlesTogether() {
    assertMentions("Hôm qua, ông Karim bin Rashid al-Mansouri đã tới Baghdad.",
        m("Karim bin Rashid al-Mansouri", EntityType.PERSON), m("Baghdad", EntityType.LOCATION));
  }

  @Test
  void unknownMultiWordRunIsAPersonAndFacilityWordMakesAPlace() {
    assertMentions("Sau đó Helena Voss phát biểu ở Lumen Arena Hall hôm thứ Ba.",
        m("Helena Voss", EntityType.PERSON), m("Lumen Arena Hall", EntityType.LOCATION));
  }

  @Test
  void acronymsAreOrganisationsUnlessKnownPlaces() {
    assertMentions("Đại diện của NATO, QXRT và FAO-K đã họp ở TP.HCM tuần này.",
        m("NATO", EntityType.ORGANIZATION), m("QXRT", EntityType.ORGANIZATION), m("FAO-K", EntityType.ORGANIZATION),
        m("TP.HCM", EntityType.LOCATION));
  }

  @Test
  void organisationHeadTakesLowerCaseWordsUpToAPlace() {
    assertMentions("Hôm nay Bộ Ngoại giao Pháp và Ủy ban nhân dân TP HCM cùng ra thông cáo.",
        m("Bộ Ngoại giao Pháp", EntityType.ORGANIZATION), m("Ủy ban nhân dân TP HCM", EntityType.ORGANIZATION));
  }

  @Test
  void organisationHeadWithInnerCapitalsAndDescriptiveTail() {
    assertMentions("Tin từ Bộ Tư lệnh Phòng không Nga cho thấy Mặt trận kháng chiến Dân tộc ở Syria vẫn hoạt động.",
        m("Bộ Tư lệnh Phòng không Nga", EntityType.ORGANIZATION),
        m("Mặt trận kháng chiến Dân tộc ở Syria", EntityType.ORGANIZATION));
  }

  @Test
  void acronymAfterATitleIsTheOrganisationNotThePerson() {
    assertMentions("Phó Chủ tịch UBND Trần Văn Bình đã ký.",
        m("UBND", EntityType.ORGANIZATION), m("Trần Văn Bình", EntityType.PERSON));
  }

  @Test
  void commonSyllableIsNotALoneNameEvenIfSomeoneIsCalledSo() {
    assertMentions("Ông Lê Văn Đội tới. Ban tổ chức mời Đội bóng tham dự.",
        m("Lê Văn Đội", EntityType.PERSON));
  }

  @Test
  void freedomIsOneWordInsideAPartyName() {
    assertMentions("Hôm qua Đảng Tự do giành thắng lợi, còn ĐT Tây Ban Nha thua.",
        m("Đảng Tự do", EntityType.ORGANIZATION), m("Tây Ban Nha", EntityType.LOCATION));
  }

  @Test
  void policeOfAProvinceIsAnOrganisation() {
    assertMentions("Sáng nay Công an tỉnh Quảng Nam cho biết đã bắt được nghi phạm.",
        m("Công an tỉnh Quảng Nam", EntityType.ORGANIZATION));
    assertMentions("Công an cũng xác định nguyên nhân.");
  }

  @Test
  void headWithoutANameAfterItIsNotAnOrganisation() {
    assertMentions("Lực lượng này đã rút khỏi Syria.", m("Syria", EntityType.LOCATION));
    assertMentions("Liên minh do Pháp dẫn đầu sẽ họp.", m("Pháp", EntityType.LOCATION));
  }

  @Test
  void lowerCaseCoalitionIsNotAName() {
    assertMentions("Các binh sĩ của liên minh do Mỹ dẫn đầu vẫn ở lại.", m("Mỹ", EntityType.LOCATION));
  }

  @Test
  void knownOrganisationsFromTheGazetteer() {
    assertMentions("Theo Lầu Năm Góc, Nhà nước Hồi giáo (IS) và Liên hợp quốc đều được nhắc tới.",
        m("Lầu Năm Góc", EntityType.ORGANIZATION), m("Nhà nước Hồi giáo", EntityType.ORGANIZATION),
        m("IS", EntityType.ORGANIZATION), m("Liên hợp quốc", EntityType.ORGANIZATION));
  }

  @Test
  void namedEventsAreMisc() {
    assertMentions("Hai bên dự Đối thoại Chiến lược Pháp - Đức và Đối thoại Shangri-La năm nay.",
        m("Đối thoại Chiến lược Pháp - Đức", EntityType.MISC), m("Đối thoại Shangri-La", EntityType.MISC));
  }

  @Test
  void roleBeforeOrganisationBeforeNameYieldsBoth() {
    assertMentions("Phát ngôn viên Bộ Quốc phòng Anh Peter Walsh nói rằng cuộc họp đã kết thúc.",
        m("Bộ Quốc phòng Anh", EntityType.ORGANIZATION), m("Peter Walsh", EntityType.PERSON));
  }

  @Test
  void titleAndPortfolioAreNotPartOfTheName() {
    assertMentions("Bộ trưởng Quốc phòng Nhật Bản Kenji Sato và Đại sứ Pháp tại Ai Cập Claire Morel gặp nhau.",
        m("Nhật Bản", EntityType.LOCATION), m("Kenji Sato", EntityType.PERSON),
        m("Pháp", EntityType.LOCATION), m("Ai Cập", EntityType.LOCATION), m("Claire Morel", EntityType.PERSON));
  }

  @Test
  void titleFollowedByACountryOnlyIsNotAPerson() {
    assertMentions("Dự kiến Thủ tướng Pháp sẽ tới Hà Nội.",
        m("Pháp", EntityType.LOCATION), m("Hà Nội", EntityType.LOCATION));
  }

  @Test
  void singleWordAfterPersonCueIsAPerson() {
    assertMentions("Hôm qua, bà Lindqvist cho biết ông Okafor sẽ tới.",
        m("Lindqvist", EntityType.PERSON), m("Okafor", EntityType.PERSON));
  }

  @Test
  void placeCuesMakeLocations() {
    assertMentions("Máy bay cất cánh từ căn cứ Tal Zahra ở tỉnh Nineveh, gần vùng Donbass.",
        m("Tal Zahra", EntityType.LOCATION), m("Nineveh", EntityType.LOCATION), m("Donbass", EntityType.LOCATION));
  }

  @Test
  void organisationCueMakesAnOrganisation() {
    assertMentions("Theo hãng tin Kyodo, chỉ huy của Liwa Hezbollah đã bị bắt.",
        m("Kyodo", EntityType.ORGANIZATION), m("Liwa Hezbollah", EntityType.ORGANIZATION));
  }

  @Test
  void vietnameseSurnameStartsAPersonEvenThroughPlaceWords() {
    assertMentions("Nguyễn Thị Lan phát biểu tại Đà Nẵng, còn ông Trần Minh Đức ở lại Hà Nội.",
        m("Nguyễn Thị Lan", EntityType.PERSON), m("Đà Nẵng", EntityType.LOCATION),
        m("Trần Minh Đức", EntityType.PERSON), m("Hà Nội", EntityType.LOCATION));
  }

  @Test
  void sentenceInitialCommonWordsAreNotNames() {
    assertMentions("Trong tuần này, mưa lớn. Theo dự báo, trời lạnh. Tháng 1 năm nay rét. Ngày 3/4, Hà Nội mưa.",
        m("Hà Nội", EntityType.LOCATION));
    assertMentions("Binh sĩ được lệnh rút. Giới chức cho biết vậy. Dự kiến, việc này kéo dài.");
  }

  @Test
  void loneSentenceInitialCapitalNeedsSupportElsewhere() {
    assertMentions("Kestrel đã lên tiếng.");
    assertMentions("Kestrel đã lên tiếng. Nhiều người ủng hộ bà Kestrel.",
        m("Kestrel", EntityType.PERSON), m("Kestrel", EntityType.PERSON));
  }

  @Test
  void loneCapitalisedWordIsKeptOnlyWhenTheArticleUsesItAsAName() {
    assertMentions("Chính sách hướng Nam do Trung ương đề ra giúp người Việt.");
    assertMentions("Ông Lars Kessler tới sớm, sau đó Kessler rời đi.",
        m("Lars Kessler", EntityType.PERSON), m("Kessler", EntityType.PERSON));
  }

  @Test
  void organisationNameMayJoinPartsWithVaAndEndsAfterACompoundWord() {
    assertMentions("Hôm nay Bộ Khoa học và Công nghệ cùng Sở Ngoại vụ đã họp.",
        m("Bộ Khoa học và Công nghệ", EntityType.ORGANIZATION), m("Sở Ngoại vụ", EntityType.ORGANIZATION));
  }

  @Test
  void abbreviatedTitlesAndPlaceWordsKeepTheirDot() {
    assertMentions("Nhà ông ở P. Tân Định, TP. Pleiku, do GS. Lê Văn Tám giới thiệu.",
        m("Tân Định", EntityType.LOCATION), m("Pleiku", EntityType.LOCATION), m("Lê Văn Tám", EntityType.PERSON));
  }

  @Test
  void unitsAndCommonAbbreviationsAreNotOrganisations() {
    assertMentions("Giá tăng 5 USD, còn GDP của Lào tăng.", m("Lào", EntityType.LOCATION));
  }

  @Test
  void conventionalCapitalsAreNotNames() {
    assertMentions("Các nhóm Hồi giáo ở phía Bắc và giới chức phương Tây đã lên tiếng.");
  }

  @Test
  void namesNeverRunAcrossLineBreaks() {
    assertMentions("Tin do Helena Voss\nOkafor kể lại.", m("Helena Voss", EntityType.PERSON));
  }

  @Test
  void mentionsAreSortedAndDoNotOverlap() {
    String text = "Ngoại trưởng Iraq Salim Haddad gặp Bộ Ngoại giao Mỹ tại Washington D.C. Bà Haddad nói Hoa Kỳ và NATO ủng hộ.\n"
        + "Ông Haddad sau đó tới thủ đô Amman (Jordan).";
    List<EntityMention> found = find(text);
    assertThat(found).hasSizeGreaterThan(6);
    for (int i = 1; i < found.size(); i++) assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    assertThat(found).extracting(EntityMention::text)
        .containsExactly("Iraq", "Salim Haddad", "Bộ Ngoại giao Mỹ", "Washington D.C", "Haddad", "Hoa Kỳ", "NATO",
            "Haddad", "Amman", "Jordan");
  }

  @Test
  void oldAndNewToneMarkPlacementMatchTheGazetteer() {
    assertMentions("Mưa lớn ở Khánh Hoà và Thanh Hóa.", m("Khánh Hoà", EntityType.LOCATION), m("Thanh Hóa", EntityType.LOCATION));
  }

  @Test
  void countryNamesFromTheJdkFillGaps() {
    assertMentions("Phái đoàn tới Mông Cổ hôm qua.", m("Mông Cổ", EntityType.LOCATION));
  }
}
