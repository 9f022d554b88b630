package dev.storyline.story;

import static dev.storyline.fixture.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.Quantity;
import dev.storyline.model.Story;
import dev.storyline.model.Story.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key numbers: one measure across articles, synonyms, owners and places, conflicts. */
class StoryFactsTest {

  private static Story build(AnalyzedArticle... docs) { return new StoryBuilder().build("s", List.of(docs), List.of()); }

  private static Fact withValue(Story s, double v) {
    return s.facts().stream().filter(f -> f.value() == v).findFirst().orElseThrow();
  }

  @Test
  void troopSynonymsWithOwnerOrPlaceAreOneFact() {
    AnalyzedArticle a = article("a", "2024-02-01").sentence("Hiện nay khoảng 3.100 lính Pháp vẫn đóng quân lâu dài.")
        .quantity("khoảng 3.100 lính", 3100, "lính").build();
    AnalyzedArticle b = article("b", "2024-02-02").sentence("Paris duy trì 3.100 quân ở Mali theo thỏa thuận cũ.")
        .quantity("3.100 quân", 3100, "quân").build();
    AnalyzedArticle c = article("c", "2024-02-03").sentence("Ước tính có 3.100 binh sĩ tại Mali vào cuối tuần.")
        .quantity("3.100 binh sĩ", 3100, "binh sĩ").build();
    Story s = build(a, b, c);
    Fact f = withValue(s, 3100);
    assertThat(f.citations()).extracting(Citation::article).containsExactly("a", "b", "c");
    assertThat(f.unit()).isEqualTo("quân");
    assertThat(f.text()).isEqualTo("khoảng 3.100 lính Pháp");
    assertThat(f.conflicts()).isEmpty();
  }

  @Test
  void troopsInDifferentPlacesStayApart() {
    AnalyzedArticle a = article("a", "2024-02-01").sentence("Washington giữ khoảng 800 quân ở Niger trong năm nay.")
        .quantity("khoảng 800 quân", 800, "quân").build();
    AnalyzedArticle b = article("b", "2024-02-01").sentence("Một căn cứ khác có 1.100 binh sĩ tại Chad và nhiều máy bay.")
        .quantity("1.100 binh sĩ", 1100, "binh sĩ").build();
    Story s = build(a, b);
    assertThat(withValue(s, 800).conflicts()).isEmpty();
    assertThat(withValue(s, 1100).conflicts()).isEmpty();
  }

  @Test
  void sameDayDifferentTollsAreAConflictWithBothSources() {
    AnalyzedArticle a = article("a", "2024-07-03").sentence("Trận lở đất làm 9 người chết và nhiều người bị thương.")
        .quantity("9 người", 9, "người").build();
    AnalyzedArticle b = article("b", "2024-07-03").sentence("Giới chức xác nhận 11 người chết sau trận lở đất.")
        .quantity("11 người", 11, "người").build();
    AnalyzedArticle c = article("c", "2024-07-04").sentence("Đến chiều, con số 9 người chết vẫn được giữ nguyên.")
        .quantity("9 người", 9, "người").build();
    Story s = build(a, b, c);
    Fact toll = s.facts().get(0);
    assertThat(toll.value()).isEqualTo(9);
    assertThat(toll.text()).isEqualTo("9 người chết");
    assertThat(toll.citations()).extracting(Citation::article).containsExactly("a", "c");
    assertThat(toll.conflicts()).singleElement().satisfies(c2 -> {
      assertThat(c2.value()).isEqualTo(11);
      assertThat(c2.text()).isEqualTo("11 người chết");
      assertThat(c2.citations()).extracting(Citation::article).containsExactly("b");
    });
  }

  @Test
  void aCountOfNamedPeopleAmongAllIsAPartNotADisagreement() {
    AnalyzedArticle a = article("a", "2024-07-03").sentence("Chiếc phà chở 48 người khi lật ở cửa sông.")
        .quantity("48 người", 48, "người").build();
    AnalyzedArticle b = article("b", "2024-07-03").sentence("Trong số hành khách có 20 người Lào và nhiều du khách.")
        .quantity("20 người", 20, "người").build();
    Story s = build(a, b);
    assertThat(withValue(s, 48).conflicts()).isEmpty();
    assertThat(s.facts()).allMatch(f -> f.conflicts().isEmpty());
  }

  @Test
  void aRoundedOrHedgedNumberAgreesWithTheExactOne() {
    AnalyzedArticle a = article("a", "2024-07-03").sentence("Năm ngoái hãng bán được 4.012.000 chiếc xe điện trên toàn cầu.")
        .quantity("4.012.000 chiếc", 4_012_000, "chiếc").build();
    AnalyzedArticle b = article("b", "2024-07-03").sentence("Hãng đã bán 4 triệu chiếc xe điện trong năm ngoái.")
        .quantity("4 triệu chiếc", 4_000_000, "chiếc").build();
    AnalyzedArticle c = article("c", "2024-07-03").sentence("Quỹ cứu trợ đã nhận gần 52 tỷ đồng tiền ủng hộ cho người dân.")
        .quantity("gần 52 tỷ đồng", 52e9, "đồng", "nearly").build();
    AnalyzedArticle d = article("d", "2024-07-03").sentence("Quỹ cứu trợ đã nhận 49,6 tỷ đồng tiền ủng hộ cho người dân.")
        .quantity("49,6 tỷ đồng", 49.6e9, "đồng").build();
    Story s = build(a, b, c, d);
    assertThat(s.facts()).allMatch(f -> f.conflicts().isEmpty());
    // A hedge admits numbers on its side only: "more than 50" and 46 disagree.
    AnalyzedArticle e = article("e", "2024-07-03").sentence("Quỹ cứu trợ đã nhận hơn 50 tỷ đồng tiền ủng hộ cho người dân.")
        .quantity("hơn 50 tỷ đồng", 50e9, "đồng", "more_than").build();
    AnalyzedArticle f = article("f", "2024-07-03").sentence("Quỹ cứu trợ đã nhận 46 tỷ đồng tiền ủng hộ cho người dân.")
        .quantity("46 tỷ đồng", 46e9, "đồng").build();
    assertThat(build(e, f).facts()).anyMatch(x -> !x.conflicts().isEmpty());
  }

  @Test
  void roundingNeedsFewerSignificantDigitsAndANearValue() {
    assertThat(StoryBuilder.rounds(9_000_000, 9_014_000)).isTrue();
    assertThat(StoryBuilder.rounds(4.5, 4.48)).isTrue();
    assertThat(StoryBuilder.rounds(2_254_484, 2_223_458)).isFalse(); // two exact counts
    assertThat(StoryBuilder.rounds(1_000, 1_400)).isFalse(); // too far to be the same number rounded
    assertThat(StoryBuilder.rounds(9_100_000, 9_014_000)).isFalse(); // not what rounding gives
  }

  @Test
  void aGrowingTollOverDaysIsAnUpdateNotAConflict() {
    AnalyzedArticle a = article("a", "2024-07-01").sentence("Ban đầu có 4 người chết trong vụ cháy chợ.").quantity("4 người", 4, "người").build();
    AnalyzedArticle b = article("b", "2024-07-08").sentence("Sau một tuần đã có 6 người chết vì vụ cháy chợ.").quantity("6 người", 6, "người").build();
    Story s = build(a, b);
    assertThat(s.facts()).extracting(Fact::value).contains(4.0, 6.0);
    assertThat(s.facts()).allMatch(f -> f.conflicts().isEmpty());
  }

  @Test
  void aValueThatComesBackLaterIsAConflictEvenMonthsApart() {
    AnalyzedArticle a = article("a", "2023-01-05").sentence("Tuyến cáp treo mới sẽ có 8 nhà ga dọc sườn núi.")
        .quantity("8 nhà ga", 8, "nhà ga").build();
    AnalyzedArticle b = article("b", "2023-06-05").sentence("Bản thiết kế được công bố với 9 nhà ga dọc sườn núi.")
        .quantity("9 nhà ga", 9, "nhà ga").build();
    AnalyzedArticle c = article("c", "2024-01-05").sentence("Khi khai trương, tuyến có 8 nhà ga phục vụ du khách.")
        .quantity("8 nhà ga", 8, "nhà ga").build();
    Story s = build(a, b, c);
    Fact f = withValue(s, 8);
    assertThat(f.citations()).extracting(Citation::article).containsExactly("a", "c");
    assertThat(f.conflicts()).extracting(Fact::value).containsExactly(9.0);
  }

  @Test
  void bareAmountsWithNothingCountedDoNotConflictButMergeWhenEqual() {
    AnalyzedArticle a = article("a", "2024-03-01").sentence("Tỉnh chi 40 tỷ đồng, còn huyện góp thêm.").quantity("40 tỷ đồng", 40e9, "đồng").build();
    AnalyzedArticle b = article("b", "2024-03-01").sentence("Quỹ nhận 90 tỷ đồng, theo báo cáo.").quantity("90 tỷ đồng", 90e9, "đồng").build();
    AnalyzedArticle c = article("c", "2024-03-02").sentence("Ngân sách tỉnh dành 40 tỷ đồng, theo nghị quyết.").quantity("40 tỷ đồng", 40e9, "đồng").build();
    Story s = build(a, b, c);
    assertThat(s.facts()).allMatch(f -> f.conflicts().isEmpty());
    assertThat(withValue(s, 40e9).citations()).extracting(Citation::article).containsExactly("a", "c");
  }

  @Test
  void numbersComeOnlyFromTheQuantityStage() {
    // the text has a count, but the analysis found none: the story must not invent one
    AnalyzedArticle a = article("a", "2024-03-01").sentence("Chiếc phà chở 30 hành khách qua sông.").build();
    assertThat(build(a).facts()).isEmpty();
  }

  @Test
  void smallOrGenericCountsAreNotKeyNumbersButAmountsAre() {
    AnalyzedArticle a = article("a", "2024-03-01")
        .sentence("Sau cùng 2 nước đồng ý mở lại đường biên.").quantity("2 nước", 2, "quốc gia")
        .sentence("Hai phía đã gặp nhau 5 lần trong năm.").quantity("5 lần", 5, "lần")
        .sentence("Cửa khẩu đón 6 đoàn xe chở hàng.").quantity("6 đoàn", 6, "đoàn")
        .sentence("Phí qua cửa khẩu là 2 USD mỗi lượt.").quantity("2 USD", 2, "USD").build();
    Story s = build(a);
    assertThat(s.facts()).extracting(Fact::value).containsExactlyInAnyOrder(6.0, 2.0);
    assertThat(s.facts()).extracting(Fact::unit).containsExactlyInAnyOrder("đoàn", "usd");
  }

  @Test
  void aSmallCountThatSourcesDisputeIsStillShown() {
    AnalyzedArticle a = article("a", "2024-07-03").sentence("Vụ sập cầu làm 2 người chết tại chỗ.").quantity("2 người", 2, "người").build();
    AnalyzedArticle b = article("b", "2024-07-03").sentence("Chính quyền cho biết 1 người chết trong vụ sập cầu.")
        .quantity("1 người", 1, "người").build();
    Story s = build(a, b);
    assertThat(s.facts()).singleElement().satisfies(f -> assertThat(f.conflicts()).hasSize(1));
  }

  @Test
  void reportableNeedsAUnitOrASpecificCountOfThreeOrMore() {
    assertThat(StoryBuilder.reportable("usd", 1)).isTrue();
    assertThat(StoryBuilder.reportable("km²", 2)).isTrue();
    assertThat(StoryBuilder.reportable("thuyền viên", 3)).isTrue();
    assertThat(StoryBuilder.reportable("thuyền viên", 2)).isFalse();
    assertThat(StoryBuilder.reportable("bên", 40)).isFalse();
    assertThat(StoryBuilder.reportable("quốc gia", 80)).isTrue();
  }

  @Test
  void unitSynonymsAreNormalised() {
    assertThat(StoryBuilder.normaliseUnit("Binh sỹ")).isEqualTo("quân");
    assertThat(StoryBuilder.normaliseUnit("quân nhân")).isEqualTo("quân");
    assertThat(StoryBuilder.normaliseUnit("người dân")).isEqualTo("người");
    assertThat(StoryBuilder.normaliseUnit("nhà ga")).isEqualTo("nhà ga");
    assertThat(StoryBuilder.isAmount("đồng")).isTrue();
    assertThat(StoryBuilder.isAmount("đồng/kg")).isTrue();
    assertThat(StoryBuilder.isAmount("quân")).isFalse();
  }
}
