package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import dev.storyline.store.SearchResult.FacetCount;
import dev.storyline.store.SearchResult.Hit;
import dev.storyline.store.SearchResult.Snippet;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ArticleSearcherTest {

  /** A test article: id, title, text, outlet, publication date, story, entities, event dates. */
  private record Doc(String id, String title, String text, String outlet, PartialDate published, String story,
                     List<EntityMention> entities, List<String> eventDates) {
    Doc(String id, String title, String text) { this(id, title, text, "", null, null, List.of(), List.of()); }
  }

  private static AnalyzedArticle analyzed(Doc d) {
    Article a = new Article(d.id(), "test", d.title(), "https://example.vn/" + d.id(), d.outlet(), d.published(),
        d.text(), List.of(), List.of());
    List<EventTime> events = new ArrayList<>();
    for (String v : d.eventDates()) events.add(new EventTime(0, v, -1));
    // an event date given as "T:value" is a resolved time expression instead of an EventTime
    List<TimeExpression> times = new ArrayList<>();
    for (String v : d.eventDates()) if (v.startsWith("T:")) times.add(new TimeExpression(0, 1, "x", TimeType.DATE, v.substring(2), null));
    events.removeIf(e -> e.value().startsWith("T:"));
    return new AnalyzedArticle(a, d.published(), false, "", List.of(), times, events, d.entities(), List.of(),
        List.of());
  }

  private static IndexSearcher index(Doc... docs) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchFields.analyzer()))) {
      for (Doc d : docs) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
        doc.add(new StringField(Fields.ID, d.id(), Field.Store.YES));
        SearchFields.add(doc, analyzed(d), d.story());
        w.addDocument(doc);
      }
      // a story document must never come back as an article hit
      Document story = new Document();
      story.add(new StringField(Fields.KIND, Fields.KIND_STORY, Field.Store.NO));
      story.add(new StringField(Fields.ID, "story-doc", Field.Store.YES));
      w.addDocument(story);
    }
    return new IndexSearcher(DirectoryReader.open(dir));
  }

  private static final ArticleSearcher.StoryLookup STORIES = id -> Optional.of(
      new StorySummary(id, "Chuyện " + id, 2, "", "", List.of()));
  private static final ArticleSearcher.EntityNames NAMES = id -> Optional.of("Tên " + id);

  private static SearchResult search(IndexSearcher s, SearchRequest r) throws IOException {
    return new ArticleSearcher().search(s, r, STORIES, NAMES);
  }

  private static SearchResult search(IndexSearcher s, String q) throws IOException {
    return search(s, SearchRequest.of(q));
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.article().id()).toList();
  }

  private static SearchRequest filtered(String q, LocalDate from, LocalDate to, SearchRequest.DateField f,
                                        String entity, EntityType type, String source, String story) {
    return new SearchRequest(q, from, to, f, entity, type, source, story, false, 0, 10);
  }

  @Test
  void twoSyllablesMatchOnlyWhenAdjacent() throws IOException {
    IndexSearcher s = index(
        new Doc("together", "", "Hai nước ký hiệp ước liên minh vào mùa xuân."),
        new Doc("apart", "", "Cô Minh học ở trường liên cấp gần nhà."),
        new Doc("split", "", "Đây là bài về liên. Minh sẽ nói sau."));
    assertThat(ids(search(s, "liên minh"))).containsExactly("together");
  }

  @Test
  void queryWithoutDiacriticsFindsTheAccentedPhrase() throws IOException {
    IndexSearcher s = index(
        new Doc("a", "", "Hội nghị bàn về liên minh quân sự trong khu vực."),
        new Doc("b", "", "Liên minh kinh tế họp tại Hà Nội, quân đội không dự."));
    assertThat(ids(search(s, "lien minh quan su"))).containsExactly("a");
    assertThat(search(s, "lien minh").total()).isEqualTo(2);
  }

  @Test
  void exactDiacriticsRankAboveFoldedMatches() throws IOException {
    IndexSearcher s = index(
        new Doc("grave", "", "Sáng nay bà đi chợ mua rau."),
        new Doc("plain", "", "Sáng nay ba đi chợ mua rau."),
        new Doc("acute", "", "Sáng nay bá đi chợ mua rau."));
    SearchResult plain = search(s, "ba");
    assertThat(plain.total()).isEqualTo(3);
    assertThat(ids(plain).get(0)).isEqualTo("plain");
    SearchResult grave = search(s, "bà");
    assertThat(grave.total()).isEqualTo(3);
    assertThat(ids(grave).get(0)).isEqualTo("grave");
    assertThat(ids(search(s, "ba di cho")).get(0)).isEqualTo("plain");
    assertThat(ids(search(s, "bá đi chợ")).get(0)).isEqualTo("acute");
  }

  @Test
  void toneMarkPlacementVariantsAreTheSameWord() throws IOException {
    IndexSearcher s = index(
        new Doc("old", "", "Hai bên cam kết hoà bình lâu dài."),
        new Doc("other", "", "Vườn này trồng hoa bình thường thôi."));
    SearchResult r = search(s, "hòa bình");
    assertThat(ids(r).get(0)).isEqualTo("old");
    assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().size() > 1 ? r.hits().get(1).score() : 0f);
    assertThat(ids(search(s, "\"HOÀ BÌNH\""))).containsExactly("old", "other");
  }

  @Test
  void titleMatchesWeighMore() throws IOException {
    IndexSearcher s = index(
        new Doc("body", "Tin buổi sáng", "Giá xăng tăng mạnh trong tuần này theo thông báo mới."),
        new Doc("title", "Giá xăng tăng", "Theo thông báo mới, mức điều chỉnh áp dụng từ chiều nay."));
    assertThat(ids(search(s, "giá xăng"))).containsExactly("title", "body");
  }

  @Test
  void quotedRunMustBeOnePhraseNotJustItsPairs() throws IOException {
    IndexSearcher s = index(new Doc("pairs", "", "Nhóm liên minh tôn vinh minh quân thời xưa."));
    assertThat(ids(search(s, "liên minh quân"))).containsExactly("pairs");
    assertThat(search(s, "\"liên minh quân\"").total()).isZero();
  }

  @Test
  void blankQueryListsOnlyArticlesNewestFirst() throws IOException {
    IndexSearcher s = index(
        new Doc("old", "", "Một.", "", PartialDate.ofDay(2021, 5, 1), null, List.of(), List.of()),
        new Doc("new", "", "Hai.", "", PartialDate.ofDay(2024, 2, 8), null, List.of(), List.of()),
        new Doc("undated", "", "Ba."));
    SearchResult r = search(s, "  ");
    assertThat(r.total()).isEqualTo(3);
    assertThat(ids(r)).containsExactly("new", "old", "undated");
  }

  private static IndexSearcher filterCorpus() throws IOException {
    EntityMention biden = new EntityMention(0, 5, "Biden", EntityType.PERSON, "person:biden");
    EntityMention iraq = new EntityMention(0, 4, "Iraq", EntityType.LOCATION, "location:iraq");
    return index(
        new Doc("a1", "", "Quân đội rút khỏi căn cứ.", "VnExpress", PartialDate.ofDay(2024, 1, 10), "s1",
            List.of(biden, iraq), List.of("2023-12")),
        new Doc("a2", "", "Quân đội rút khỏi thủ đô.", "Tuổi Trẻ", PartialDate.ofDay(2024, 3, 5), "s1",
            List.of(iraq), List.of("2024-03-04")),
        new Doc("a3", "", "Quân đội rút khỏi biên giới.", "VnExpress", PartialDate.ofMonth(2021, 7), "s2",
            List.of(biden), List.of("2021")));
  }

  @Test
  void publicationDateRangeOverlapsPartialDates() throws IOException {
    IndexSearcher s = filterCorpus();
    assertThat(ids(search(s, filtered("quân đội", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1),
        SearchRequest.DateField.PUBLISHED, null, null, null, null)))).containsExactly("a1");
    // a3 is known to the month only: any day of July 2021 overlaps
    assertThat(ids(search(s, filtered("", LocalDate.of(2021, 7, 20), LocalDate.of(2021, 7, 20),
        SearchRequest.DateField.PUBLISHED, null, null, null, null)))).containsExactly("a3");
  }

  @Test
  void eventDateRangeUsesReportedDatesNotPublication() throws IOException {
    IndexSearcher s = filterCorpus();
    assertThat(ids(search(s, filtered("", LocalDate.of(2023, 12, 15), LocalDate.of(2023, 12, 15),
        SearchRequest.DateField.EVENT, null, null, null, null)))).containsExactly("a1");
    assertThat(ids(search(s, filtered("", LocalDate.of(2021, 3, 1), null,
        SearchRequest.DateField.EVENT, null, null, null, null)))).containsExactlyInAnyOrder("a1", "a2", "a3");
    assertThat(search(s, filtered("", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10),
        SearchRequest.DateField.EVENT, null, null, null, null)).total()).isZero();
  }

  @Test
  void eventDateRangeAlsoUsesResolvedTimeExpressions() throws IOException {
    IndexSearcher s = index(
        new Doc("timex", "", "Cuộc họp diễn ra hôm ấy.", "", PartialDate.ofDay(2024, 1, 1), null, List.of(),
            List.of("T:2022-05-17")),
        new Doc("none", "", "Cuộc họp diễn ra hôm ấy.", "", PartialDate.ofDay(2022, 5, 17), null, List.of(), List.of()));
    assertThat(ids(search(s, filtered("cuộc họp", LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31),
        SearchRequest.DateField.EVENT, null, null, null, null)))).containsExactly("timex");
  }

  @Test
  void entityTypeSourceAndStoryFilters() throws IOException {
    IndexSearcher s = filterCorpus();
    assertThat(ids(search(s, filtered("quan doi", null, null, null, "person:biden", null, null, null))))
        .containsExactlyInAnyOrder("a1", "a3");
    assertThat(ids(search(s, filtered("", null, null, null, null, EntityType.LOCATION, null, null))))
        .containsExactlyInAnyOrder("a1", "a2");
    assertThat(ids(search(s, filtered("", null, null, null, null, null, "VnExpress", "s1")))).containsExactly("a1");
    assertThat(search(s, filtered("", null, null, null, null, EntityType.ORGANIZATION, null, null)).total()).isZero();
  }

  @Test
  void facetsCountEveryMatchWithLabels() throws IOException {
    IndexSearcher s = filterCorpus();
    SearchRequest oneHit = new SearchRequest("rút khỏi", null, null, null, null, null, null, null, false, 0, 1);
    SearchResult r = search(s, oneHit);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.total()).isEqualTo(3);
    Map<String, List<FacetCount>> f = r.facets();
    assertThat(f.get("source")).containsExactly(new FacetCount("VnExpress", "VnExpress", 2),
        new FacetCount("Tuổi Trẻ", "Tuổi Trẻ", 1));
    assertThat(f.get("story")).containsExactly(new FacetCount("s1", "Chuyện s1", 2), new FacetCount("s2", "Chuyện s2", 1));
    assertThat(f.get("entity")).containsExactly(new FacetCount("location:iraq", "Tên location:iraq", 2),
        new FacetCount("person:biden", "Tên person:biden", 2));
    assertThat(f.get("type")).containsExactly(new FacetCount("LOCATION", "LOCATION", 2),
        new FacetCount("PERSON", "PERSON", 2));
    assertThat(f.get("month")).containsExactly(new FacetCount("2021-07", "2021-07", 1),
        new FacetCount("2024-01", "2024-01", 1), new FacetCount("2024-03", "2024-03", 1));
    SearchResult narrowed = search(s, filtered("thủ đô", null, null, null, null, null, null, null));
    assertThat(narrowed.facets().get("source")).containsExactly(new FacetCount("Tuổi Trẻ", "Tuổi Trẻ", 1));
  }

  @Test
  void withoutFacetsTheSameHitsAndTotalComeBackAndNoCounts() throws IOException {
    IndexSearcher s = filterCorpus();
    SearchRequest with = new SearchRequest("rút khỏi", null, null, null, null, null, null, null, false, 0, 2);
    SearchResult counted = search(s, with), plain = search(s, with.withFacets(false));
    assertThat(plain.facets()).isEmpty();
    assertThat(counted.facets()).isNotEmpty();
    assertThat(plain.total()).isEqualTo(counted.total()).isEqualTo(3);
    assertThat(plain.hits()).extracting(h -> h.article().id())
        .containsExactlyElementsOf(counted.hits().stream().map(h -> h.article().id()).toList());
    SearchResult blank = search(s, SearchRequest.of("").withFacets(false));
    assertThat(blank.total()).isEqualTo(search(s, SearchRequest.of("")).total());
    assertThat(blank.hits()).extracting(h -> h.article().id())
        .containsExactlyElementsOf(search(s, SearchRequest.of("")).hits().stream().map(h -> h.article().id()).toList());
  }

  @Test
  void pastTheSampleSizeFacetsAreScaledEstimatesAndSaySo() throws IOException {
    // 1,200 articles: three outlets in proportions 1/2, 1/3, 1/6; every article mentions "giá", one in four "vàng".
    String[] outlets = {"A", "A", "A", "B", "B", "C"};
    Doc[] docs = new Doc[1200];
    for (int i = 0; i < docs.length; i++) {
      String text = i % 4 == 0 ? "Giá vàng hôm nay tăng nhẹ." : "Giá xăng hôm nay giảm nhẹ.";
      docs[i] = new Doc("a" + i, "", text, outlets[i % outlets.length], PartialDate.of(LocalDate.of(2024, 1 + i % 12, 1)),
          null, List.of(), List.of());
    }
    // and one article from a rare outlet, which a sample cannot estimate
    Doc[] all = java.util.Arrays.copyOf(docs, docs.length + 1);
    all[docs.length] = new Doc("rare", "", "Giá điện hôm nay giữ nguyên.", "Hiếm", PartialDate.of(LocalDate.of(2024, 1, 2)),
        null, List.of(), List.of());
    IndexSearcher s = index(all);
    SearchResult exact = new ArticleSearcher().search(s, SearchRequest.of("giá"), STORIES, NAMES);
    assertThat(exact.total()).isEqualTo(1201);
    assertThat(exact.facetSample()).isEqualTo(1201);
    assertThat(exact.facetsSampled()).isFalse();
    assertThat(exact.facets().get("source")).containsExactly(new FacetCount("A", "A", 600), new FacetCount("B", "B", 400),
        new FacetCount("C", "C", 200), new FacetCount("Hiếm", "Hiếm", 1));

    ArticleSearcher sampling = new ArticleSearcher(300);
    SearchResult est = sampling.search(s, SearchRequest.of("giá"), STORIES, NAMES);
    assertThat(est.total()).isEqualTo(1201);
    assertThat(est.facetsSampled()).isTrue();
    assertThat(est.facetSample()).isBetween(200L, 350L);
    List<FacetCount> source = est.facets().get("source");
    // seen at most once in the sample: left out rather than shown as total/sample
    assertThat(source).extracting(FacetCount::value).doesNotContain("Hiếm");
    assertThat(source).extracting(FacetCount::value).containsExactly("A", "B", "C");
    assertThat(source.get(0).count()).isBetween(500L, 700L);
    assertThat(source.get(1).count()).isBetween(300L, 500L);
    assertThat(source.get(2).count()).isBetween(120L, 280L);
    assertThat(est.facets().get("month")).hasSize(12).allSatisfy(f -> assertThat(f.count()).isBetween(40L, 160L));
    // the same request gives the same estimates; the hits are the same as without sampling
    assertThat(sampling.search(s, SearchRequest.of("giá"), STORIES, NAMES).facets()).isEqualTo(est.facets());
    assertThat(est.hits()).extracting(h -> h.article().id())
        .containsExactlyElementsOf(exact.hits().stream().map(h -> h.article().id()).toList());
    // a narrower query under the sample size is counted exactly again
    SearchResult narrow = sampling.search(s, SearchRequest.of("vàng"), STORIES, NAMES);
    assertThat(narrow.total()).isEqualTo(300);
    assertThat(narrow.facetsSampled()).isFalse();
    // i % 4 == 0 puts i % 6 in {0, 2, 4}: outlets A, A, B
    assertThat(narrow.facets().get("source")).containsExactly(new FacetCount("A", "A", 200), new FacetCount("B", "B", 100));
  }

  @Test
  void snippetsHighlightExactlyTheMatchedCharacters() throws IOException {
    String filler = "Người dân địa phương cho biết cuộc sống vẫn diễn ra bình thường trong nhiều tuần qua. ";
    String text = filler.repeat(4) + "Theo nguồn tin, Liên minh quân sự đã họp kín." + "\n" + filler.repeat(5)
        + "Cuối cùng, liên minh ra tuyên bố chung.";
    IndexSearcher s = index(new Doc("long", "", text));
    Hit hit = search(s, "lien minh").hits().get(0);
    assertThat(hit.snippets()).hasSize(2);
    for (Snippet sn : hit.snippets()) {
      assertThat(text.substring(sn.start(), sn.start() + sn.text().length())).isEqualTo(sn.text());
      assertThat(sn.text()).doesNotContain("\n").doesNotContain("<");
      assertThat(sn.highlights()).hasSize(1);
      int[] h = sn.highlights().get(0);
      assertThat(sn.text().substring(h[0], h[1])).isEqualToIgnoringCase("liên minh");
      assertThat(sn.text().length()).isLessThanOrEqualTo(300);
    }
    Hit phrase = search(s, "liên minh quân sự").hits().get(0);
    int[] h = phrase.snippets().get(0).highlights().get(0);
    assertThat(phrase.snippets().get(0).text().substring(h[0], h[1])).isEqualTo("Liên minh quân sự");
  }

  @Test
  void groupsHitsByStoryInRankOrder() throws IOException {
    IndexSearcher s = filterCorpus();
    SearchRequest r = new SearchRequest("quân đội", null, null, null, null, null, null, null, true, 0, 10);
    SearchResult res = search(s, r);
    assertThat(res.groups()).hasSize(2);
    assertThat(res.groups()).extracting(g -> g.story().id()).containsExactlyInAnyOrder("s1", "s2");
    SearchResult.StoryGroup s1 = res.groups().stream().filter(g -> g.story().id().equals("s1")).findFirst().orElseThrow();
    assertThat(s1.story().title()).isEqualTo("Chuyện s1");
    assertThat(s1.hits()).extracting(x -> x.article().id()).containsExactlyInAnyOrder("a1", "a2");
    assertThat(res.groups().get(0).hits().get(0).article().id()).isEqualTo(res.hits().get(0).article().id());
    assertThat(search(s, "quân đội").groups()).isEmpty();
  }

  @Test
  void hitsCarryStoredHeadersWithTheOpeningSentenceForAMissingTitle() throws IOException {
    IndexSearcher s = filterCorpus();
    Hit h = search(s, "biên giới").hits().get(0);
    assertThat(h.article()).isEqualTo(new ArticleHeader("a3", "Quân đội rút khỏi biên giới.", "VnExpress",
        "https://example.vn/a3", "2021-07", "s2"));
  }

  @Test
  void pagingSkipsOffset() throws IOException {
    IndexSearcher s = filterCorpus();
    SearchRequest page2 = new SearchRequest("quân đội", null, null, null, null, null, null, null, false, 2, 1);
    SearchResult r = search(s, page2);
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.hits()).hasSize(1);
  }
}
