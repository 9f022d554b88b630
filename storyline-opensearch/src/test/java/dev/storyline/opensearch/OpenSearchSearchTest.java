package dev.storyline.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import dev.storyline.store.ArticleHeader;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResult;
import dev.storyline.store.SearchResult.FacetCount;
import dev.storyline.store.SearchResult.Hit;
import dev.storyline.store.SearchResult.Snippet;
import dev.storyline.store.StoryUpdater;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded search's behaviours (ArticleSearcherTest) on OpenSearch: articles written as given, then searched. */
class OpenSearchSearchTest {
  static TestNode node;
  static OpenSearchStore filters;
  static final AtomicInteger PREFIXES = new AtomicInteger();
  static final List<OpenSearchStore> OPEN = new ArrayList<>();

  /** A test article: id, title, text, outlet, publication date, story, entities, event dates. */
  private record Doc(String id, String title, String text, String outlet, PartialDate published, String story,
                     List<EntityMention> entities, List<String> eventDates) {
    Doc(String id, String title, String text) { this(id, title, text, "", null, null, List.of(), List.of()); }
  }

  private static AnalyzedArticle analyzed(Doc d) {
    Article a = new Article(d.id(), "test", d.title(), "https://example.vn/" + d.id(), d.outlet(), d.published(),
        d.text(), List.of(), List.of());
    List<EventTime> events = new ArrayList<>();
    for (String v : d.eventDates()) if (!v.startsWith("T:")) events.add(new EventTime(0, v, -1));
    List<TimeExpression> times = new ArrayList<>();
    for (String v : d.eventDates()) if (v.startsWith("T:")) times.add(new TimeExpression(0, 1, "x", TimeType.DATE, v.substring(2), null));
    return new AnalyzedArticle(a, d.published(), false, "", List.of(), times, events, d.entities(), List.of(), List.of());
  }

  private static OpenSearchStore index(Doc... docs) {
    OpenSearchStore s = OpenSearchStore.open(node.url(), "search" + PREFIXES.incrementAndGet());
    OPEN.add(s);
    List<StoryUpdater.StoredArticle> list = new ArrayList<>();
    for (Doc d : docs) list.add(new StoryUpdater.StoredArticle(analyzed(d), d.story(), "h-" + d.id()));
    s.indexArticlesForTest(list);
    return s;
  }

  @BeforeAll
  static void setUp() {
    node = TestNode.shared();
    EntityMention biden = new EntityMention(0, 5, "Biden", EntityType.PERSON, "person:biden");
    EntityMention iraq = new EntityMention(0, 4, "Iraq", EntityType.LOCATION, "location:iraq");
    filters = index(
        new Doc("a1", "", "Quân đội rút khỏi căn cứ.", "VnExpress", PartialDate.ofDay(2024, 1, 10), "s1",
            List.of(biden, iraq), List.of("2023-12")),
        new Doc("a2", "", "Quân đội rút khỏi thủ đô.", "Tuổi Trẻ", PartialDate.ofDay(2024, 3, 5), "s1",
            List.of(iraq), List.of("2024-03-04")),
        new Doc("a3", "", "Quân đội rút khỏi biên giới.", "VnExpress", PartialDate.ofMonth(2021, 7), "s2",
            List.of(biden), List.of("2021")));
  }

  @AfterAll
  static void closeStores() { OPEN.forEach(OpenSearchStore::close); }

  private static List<String> ids(SearchResult r) { return r.hits().stream().map(h -> h.article().id()).toList(); }

  private static SearchRequest filtered(String q, LocalDate from, LocalDate to, SearchRequest.DateField f,
                                        String entity, EntityType type, String source, String story) {
    return new SearchRequest(q, from, to, f, entity, type, source, story, false, 0, 10);
  }

  @Test
  void twoSyllablesMatchOnlyWhenAdjacentNeverAcrossABreak() {
    OpenSearchStore s = index(
        new Doc("together", "", "Hai nước ký hiệp ước liên minh vào mùa xuân."),
        new Doc("apart", "", "Cô Minh học ở trường liên cấp gần nhà."),
        new Doc("split", "", "Đây là bài về liên. Minh sẽ nói sau."));
    assertThat(ids(s.search(SearchRequest.of("liên minh")))).containsExactly("together");
    assertThat(ids(s.search(SearchRequest.of("lien minh")))).containsExactly("together");
  }

  @Test
  void queryWithoutDiacriticsFindsTheAccentedPhraseAndQuotesNeedTheWholePhrase() {
    OpenSearchStore s = index(
        new Doc("a", "", "Hội nghị bàn về liên minh quân sự trong khu vực."),
        new Doc("b", "", "Liên minh kinh tế họp tại Hà Nội, quân đội không dự."),
        new Doc("pairs", "", "Nhóm liên minh tôn vinh minh quân thời xưa."));
    assertThat(ids(s.search(SearchRequest.of("lien minh quan su")))).containsExactly("a");
    assertThat(s.search(SearchRequest.of("lien minh")).total()).isEqualTo(3);
    assertThat(ids(s.search(SearchRequest.of("liên minh quân")))).containsExactlyInAnyOrder("a", "pairs");
    assertThat(ids(s.search(SearchRequest.of("\"liên minh quân\"")))).containsExactly("a");
    assertThat(ids(s.search(SearchRequest.of("ha noi")))).containsExactly("b");
  }

  @Test
  void exactDiacriticsRankAboveFoldedMatchesAndToneVariantsAreOneWord() {
    OpenSearchStore s = index(
        new Doc("grave", "", "Sáng nay bà đi chợ mua rau."),
        new Doc("plain", "", "Sáng nay ba đi chợ mua rau."),
        new Doc("acute", "", "Sáng nay bá đi chợ mua rau."),
        new Doc("old", "", "Hai bên cam kết hoà bình lâu dài."),
        new Doc("other", "", "Vườn này trồng hoa bình thường thôi."),
        new Doc("dong", "", "Giá tăng thêm 5 nghìn đồng."));
    SearchResult plain = s.search(SearchRequest.of("ba"));
    assertThat(plain.total()).isEqualTo(3);
    assertThat(ids(plain).get(0)).isEqualTo("plain");
    assertThat(ids(s.search(SearchRequest.of("bà"))).get(0)).isEqualTo("grave");
    assertThat(ids(s.search(SearchRequest.of("ba di cho"))).get(0)).isEqualTo("plain");
    assertThat(ids(s.search(SearchRequest.of("bá đi chợ"))).get(0)).isEqualTo("acute");
    SearchResult peace = s.search(SearchRequest.of("hòa bình"));
    assertThat(ids(peace).get(0)).isEqualTo("old");
    assertThat(ids(s.search(SearchRequest.of("\"HOÀ BÌNH\"")))).containsExactly("old", "other");
    // asciifolding takes đ to d, as our folding does
    assertThat(ids(s.search(SearchRequest.of("dong")))).containsExactly("dong");
  }

  @Test
  void titleMatchesWeighMore() {
    OpenSearchStore s = index(
        new Doc("body", "Tin buổi sáng", "Giá xăng tăng mạnh trong tuần này theo thông báo mới."),
        new Doc("title", "Giá xăng tăng", "Theo thông báo mới, mức điều chỉnh áp dụng từ chiều nay."));
    assertThat(ids(s.search(SearchRequest.of("giá xăng")))).containsExactly("title", "body");
  }

  @Test
  void blankQueryListsArticlesNewestFirst() {
    OpenSearchStore s = index(
        new Doc("old", "", "Một.", "", PartialDate.ofDay(2021, 5, 1), null, List.of(), List.of()),
        new Doc("new", "", "Hai.", "", PartialDate.ofDay(2024, 2, 8), null, List.of(), List.of()),
        new Doc("undated", "", "Ba."));
    SearchResult r = s.search(SearchRequest.of("  "));
    assertThat(r.total()).isEqualTo(3);
    assertThat(ids(r)).containsExactly("new", "old", "undated");
  }

  @Test
  void dateRangesOverlapPartialDatesAndEventDatesIncludeResolvedTimes() {
    assertThat(ids(filters.search(filtered("quân đội", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1),
        SearchRequest.DateField.PUBLISHED, null, null, null, null)))).containsExactly("a1");
    assertThat(ids(filters.search(filtered("", LocalDate.of(2021, 7, 20), LocalDate.of(2021, 7, 20),
        SearchRequest.DateField.PUBLISHED, null, null, null, null)))).containsExactly("a3");
    assertThat(ids(filters.search(filtered("", LocalDate.of(2023, 12, 15), LocalDate.of(2023, 12, 15),
        SearchRequest.DateField.EVENT, null, null, null, null)))).containsExactly("a1");
    assertThat(ids(filters.search(filtered("", LocalDate.of(2021, 3, 1), null,
        SearchRequest.DateField.EVENT, null, null, null, null)))).containsExactlyInAnyOrder("a1", "a2", "a3");
    assertThat(filters.search(filtered("", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10),
        SearchRequest.DateField.EVENT, null, null, null, null)).total()).isZero();
    OpenSearchStore s = index(
        new Doc("timex", "", "Cuộc họp diễn ra hôm ấy.", "", PartialDate.ofDay(2024, 1, 1), null, List.of(),
            List.of("T:2022-05-17")),
        new Doc("none", "", "Cuộc họp diễn ra hôm ấy.", "", PartialDate.ofDay(2022, 5, 17), null, List.of(), List.of()));
    assertThat(ids(s.search(filtered("cuộc họp", LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31),
        SearchRequest.DateField.EVENT, null, null, null, null)))).containsExactly("timex");
  }

  @Test
  void entityTypeSourceAndStoryFilters() {
    assertThat(ids(filters.search(filtered("quan doi", null, null, null, "person:biden", null, null, null))))
        .containsExactlyInAnyOrder("a1", "a3");
    assertThat(ids(filters.search(filtered("", null, null, null, null, EntityType.LOCATION, null, null))))
        .containsExactlyInAnyOrder("a1", "a2");
    assertThat(ids(filters.search(filtered("", null, null, null, null, null, "VnExpress", "s1")))).containsExactly("a1");
    assertThat(filters.search(filtered("", null, null, null, null, EntityType.ORGANIZATION, null, null)).total()).isZero();
  }

  @Test
  void facetsCountEveryMatch() {
    SearchRequest oneHit = new SearchRequest("rút khỏi", null, null, null, null, null, null, null, false, 0, 1);
    SearchResult r = filters.search(oneHit);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.total()).isEqualTo(3);
    Map<String, List<FacetCount>> f = r.facets();
    assertThat(f.get("source")).containsExactly(new FacetCount("VnExpress", "VnExpress", 2),
        new FacetCount("Tuổi Trẻ", "Tuổi Trẻ", 1));
    // no story or entity documents in this index: labels fall back to the ids
    assertThat(f.get("story")).containsExactly(new FacetCount("s1", "s1", 2), new FacetCount("s2", "s2", 1));
    assertThat(f.get("entity")).containsExactly(new FacetCount("location:iraq", "location:iraq", 2),
        new FacetCount("person:biden", "person:biden", 2));
    assertThat(f.get("type")).containsExactly(new FacetCount("LOCATION", "LOCATION", 2),
        new FacetCount("PERSON", "PERSON", 2));
    assertThat(f.get("month")).containsExactly(new FacetCount("2021-07", "2021-07", 1),
        new FacetCount("2024-01", "2024-01", 1), new FacetCount("2024-03", "2024-03", 1));
    SearchResult narrowed = filters.search(filtered("thủ đô", null, null, null, null, null, null, null));
    assertThat(narrowed.facets().get("source")).containsExactly(new FacetCount("Tuổi Trẻ", "Tuổi Trẻ", 1));
    SearchResult plain = filters.search(oneHit.withFacets(false));
    assertThat(plain.facets()).isEmpty();
    assertThat(plain.total()).isEqualTo(3);
  }

  @Test
  void snippetsHighlightTheMatchedCharacters() {
    String filler = "Người dân địa phương cho biết cuộc sống vẫn diễn ra bình thường trong nhiều tuần qua. ";
    String text = filler.repeat(4) + "Theo nguồn tin, Liên minh quân sự đã họp kín." + "\n" + filler.repeat(5)
        + "Cuối cùng, liên minh ra tuyên bố chung.";
    OpenSearchStore s = index(new Doc("long", "", text));
    Hit hit = s.search(SearchRequest.of("lien minh")).hits().get(0);
    assertThat(hit.snippets()).hasSize(2);
    for (Snippet sn : hit.snippets()) {
      assertThat(text.substring(sn.start(), sn.start() + sn.text().length())).isEqualTo(sn.text());
      int[] h = sn.highlights().get(0);
      assertThat(sn.text().substring(h[0], h[1])).isEqualToIgnoringCase("liên minh");
    }
  }

  @Test
  void groupsHitsByStoryWithHeadersAndPaging() {
    SearchResult res = filters.search(new SearchRequest("quân đội", null, null, null, null, null, null, null, true, 0, 10));
    assertThat(res.groups()).extracting(g -> g.story().id()).containsExactlyInAnyOrder("s1", "s2");
    assertThat(res.groups().get(0).hits().get(0).article().id()).isEqualTo(res.hits().get(0).article().id());
    Hit h = filters.search(SearchRequest.of("biên giới")).hits().get(0);
    assertThat(h.article()).isEqualTo(new ArticleHeader("a3", "Quân đội rút khỏi biên giới.", "VnExpress",
        "https://example.vn/a3", "2021-07", "s2"));
    SearchResult page2 = filters.search(new SearchRequest("quân đội", null, null, null, null, null, null, null, false, 2, 1));
    assertThat(page2.total()).isEqualTo(3);
    assertThat(page2.hits()).hasSize(1);
  }
}
