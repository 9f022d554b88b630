package dev.storyline.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.store.ArticleHeader;
import dev.storyline.store.EntityView;
import dev.storyline.store.IngestReport;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResult;
import dev.storyline.store.StoreStats;
import dev.storyline.store.StoredStory;
import dev.storyline.store.StorySummary;
import dev.storyline.store.MemoryStoredState;
import dev.storyline.store.StoryUpdater;
import dev.storyline.store.TestCorpus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store contract (as LuceneStoreTest checks it for the embedded store) against an in-process node. */
class OpenSearchStoreTest {
  static TestNode node;
  static final AtomicInteger PREFIXES = new AtomicInteger();
  OpenSearchStore store;
  String prefix;

  static final String FLOOD_1 = "Ngày 3/3, Ủy ban nhân dân tỉnh Quảng Trị cho biết khoảng 1.200 hộ dân ở huyện Hải Lăng"
      + " đã được di dời khỏi vùng ngập do lũ trên sông Thạch Hãn.\nÔng Lê Văn Hòa, Chủ tịch tỉnh Quảng Trị, nói:"
      + " \"Chúng tôi ưu tiên người già và trẻ em trong đợt di dời lũ này.\"\n";
  static final String FLOOD_2 = "Sáng 4/3, lũ trên sông Thạch Hãn ở tỉnh Quảng Trị bắt đầu rút sau khi khoảng 1.200 hộ"
      + " dân huyện Hải Lăng được di dời.\nÔng Lê Văn Hòa cho biết tỉnh Quảng Trị sẽ hỗ trợ 5 tỷ đồng cho các gia đình"
      + " bị thiệt hại vì lũ.\n";
  static final String FLOOD_3 = "Chiều 6/3, tỉnh Quảng Trị hoàn tất việc đưa 1.200 hộ dân huyện Hải Lăng trở về nhà"
      + " sau lũ trên sông Thạch Hãn.\nÔng Lê Văn Hòa nói tỉnh đã chi 5 tỷ đồng hỗ trợ các gia đình bị thiệt hại vì lũ.\n";
  static final String COFFEE = "Ngày 5/3, Hiệp hội Cà phê Ca cao Việt Nam cho biết giá cà phê Robusta tại Đắk Lắk tăng"
      + " lên 120.000 đồng mỗi kg, cao nhất trong mười năm.\nBà Trần Thị Mai, một thương lái ở Buôn Ma Thuột, nói nông dân"
      + " đang giữ hàng chờ giá.\n";

  @BeforeAll
  static void startNode() { node = TestNode.shared(); }

  @BeforeEach
  void openStore() {
    prefix = "t" + PREFIXES.incrementAndGet();
    store = OpenSearchStore.open(node.url(), prefix);
  }

  @AfterEach
  void closeStore() {
    store.close(); // its indices stay: each test has its own prefix, and the node's directory goes at exit
  }

  @Test
  void examplesMakeStoriesAndReIngestingStoresNothingTwice() {
    List<RawArticle> examples = TestCorpus.examplesArticles();
    IngestReport r = store.add(examples);
    assertThat(r.problems()).isEmpty();
    assertThat(r.added()).isEqualTo(examples.size());
    StoreStats first = store.stats();
    assertThat(first.articles()).isEqualTo(examples.size());
    assertThat(first.stories()).isGreaterThan(1);
    assertThat(first.entities()).isGreaterThan(10);
    List<StorySummary> list = store.stories(0, 1000);
    assertThat(list).hasSize((int) first.stories());
    assertThat(list.stream().mapToInt(StorySummary::articles).sum()).isEqualTo(examples.size());
    assertThat(list).extracting(StorySummary::id).allMatch(id -> id.matches("story-\\d+"));
    // every article is in exactly the story that lists it
    for (StorySummary s : list) {
      StoredStory story = store.story(s.id()).orElseThrow();
      assertThat(story.articles()).extracting(ArticleHeader::id).containsExactlyElementsOf(story.story().articles());
      for (String a : story.story().articles()) assertThat(store.storyOf(a)).contains(s.id());
    }
    IngestReport again = store.add(examples);
    assertThat(again.added()).isZero();
    assertThat(again.duplicates()).isEqualTo(examples.size());
    assertThat(store.stats()).isEqualTo(first);
    assertThat(store.stories(0, 1000)).isEqualTo(list);
  }

  @Test
  void storedArticleEqualsTheAnalysedOneAndReopeningKeepsTheCounter() {
    store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1)));
    AnalyzedArticle a = store.article("f1").orElseThrow();
    // the same pipeline the updater ran, relinked alone: entity ids are filled in, the rest is the analysis
    assertThat(a.text()).isEqualTo(new dev.storyline.Pipeline(dev.storyline.Pipeline.Options.defaults(), 1)
        .analyzeAll(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1)), new ArrayList<>()).get(0).text());
    assertThat(a.entities()).isNotEmpty().allMatch(m -> m.entity() != null);
    assertThat(store.article("nope")).isEmpty();
    Set<String> before = store.stories(0, 100).stream().map(StorySummary::id).collect(Collectors.toSet());
    store.close();
    store = OpenSearchStore.open(node.url(), prefix);
    assertThat(store.commits()).isEqualTo(1);
    assertThat(store.article("f1")).contains(a);
    store.add(List.of(TestCorpus.raw("c1", "2030-01-05", COFFEE)));
    assertThat(before).doesNotContain(store.storyOf("c1").orElseThrow());
  }

  /**
   * The store holds exactly what the backend-neutral plans say: the examples ingested in batches end up as the same
   * articles (record and story), stories and entities as an in-memory state fed the same batches (the embedded
   * store's LuceneStorePlanTest checks itself against the same state, so both backends agree). Then the same
   * batches with pages of 3 hits give the same store and lists.
   */
  @Test
  void batchesGiveTheStateThePlansDescribeAndSmallPagesChangeNothing() {
    List<RawArticle> examples = TestCorpus.examplesArticles();
    MemoryStoredState.assertStoreFollowsPlans(store, examples, 9);

    List<StorySummary> stories = store.stories(0, 100);
    assertThat(stories.size()).isGreaterThan(3);
    List<Entity> entities = store.entities("", 60);
    String other = prefix + "-paged";
    try (OpenSearchStore paged = OpenSearchStore.open(node.url(), other)) {
      // pages of 3 hits: the ingest window, duplicate checks and lists all page with search_after
      paged.page = 3;
      paged.resultWindow = 4;
      for (int i = 0; i < examples.size(); i += 9) paged.add(examples.subList(i, Math.min(examples.size(), i + 9)));
      assertThat(paged.add(examples).duplicates()).isEqualTo(examples.size());
      assertThat(paged.stats()).isEqualTo(store.stats());
      assertThat(paged.stories(0, 100)).isEqualTo(stories);
      assertThat(paged.stories(2, 2)).isEqualTo(stories.subList(2, 4));
      assertThat(paged.stories(stories.size() - 1, 5)).containsExactly(stories.get(stories.size() - 1));
      assertThat(paged.entities("", 60)).extracting(Entity::id).containsExactlyElementsOf(
          entities.stream().map(Entity::id).toList());
      assertThatThrownBy(() -> paged.search(new SearchRequest("lũ", null, null, null, null, null, null, null, false, 4, 1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pages end at hit 4");
    }
  }

  @Test
  void sameTextUnderAnotherIdIsStoredOnce() {
    IngestReport r = store.add(List.of(TestCorpus.raw("x1", "2025-03-03", FLOOD_1),
        TestCorpus.raw("x2", "2025-03-03", FLOOD_1.replace("\n", "\n\n"))));
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.duplicates()).isEqualTo(1);
    IngestReport later = store.add(List.of(TestCorpus.raw("x3", "2025-03-04", "  " + FLOOD_1)));
    assertThat(later.added()).isZero();
    assertThat(later.duplicates()).isEqualTo(1);
    assertThat(store.stats().articles()).isEqualTo(1);
    assertThat(store.article("x3")).isEmpty();
  }

  @Test
  void aLaterArticleJoinsItsStoryAndIdsStayStable() {
    store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
        TestCorpus.raw("c1", "2025-03-05", COFFEE)));
    String flood = store.storyOf("f1").orElseThrow();
    String coffee = store.storyOf("c1").orElseThrow();
    assertThat(store.storyOf("f2")).contains(flood);
    assertThat(coffee).isNotEqualTo(flood);

    IngestReport r = store.add(List.of(TestCorpus.raw("f3", "2025-03-06", FLOOD_3)));
    assertThat(r.added()).isEqualTo(1);
    assertThat(store.storyOf("f3")).contains(flood);
    assertThat(store.storyOf("c1")).contains(coffee);
    assertThat(r.storiesTouched()).contains(flood).doesNotContain(coffee);
    StoredStory s = store.story(flood).orElseThrow();
    assertThat(s.story().articles()).containsExactly("f1", "f2", "f3");
    assertThat(s.articles()).extracting(ArticleHeader::id).containsExactly("f1", "f2", "f3");
    assertThat(store.stats().stories()).isEqualTo(2);
    assertThat(Set.of(flood, coffee)).containsExactlyInAnyOrder("story-1", "story-2");
    assertThat(store.story("story-99")).isEmpty();
  }

  @Test
  void beyondItsDateWindowTheStoreFindsTheStoryOfALateArticleByItsWords() {
    store.withMaxDateWindow(0); // every batch takes the retrieval window, as a store of a national stream would
    store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
        TestCorpus.raw("c1", "2025-03-05", COFFEE)));
    String flood = store.storyOf("f1").orElseThrow();
    String coffee = store.storyOf("c1").orElseThrow();
    IngestReport r = store.add(List.of(TestCorpus.raw("f3", "2025-03-06", FLOOD_3)));
    assertThat(store.storyOf("f3")).contains(flood);
    assertThat(store.storyOf("c1")).contains(coffee);
    assertThat(r.storiesTouched()).containsExactly(flood);
    assertThat(store.story(flood).orElseThrow().story().articles()).containsExactly("f1", "f2", "f3");
  }

  @Test
  void storiesAreListedNewestActivityFirst() {
    store.add(List.of(TestCorpus.raw("c1", "2025-01-05", COFFEE), TestCorpus.raw("f1", "2025-03-03", FLOOD_1)));
    List<StorySummary> list = store.stories(0, 10);
    assertThat(list).hasSize(2);
    assertThat(list.get(0).lastDate()).isEqualTo("2025-03-03");
    assertThat(list.get(1).lastDate()).isEqualTo("2025-01-05");
    assertThat(store.stories(1, 10)).containsExactly(list.get(1));
  }

  @Test
  void entitiesMatchWithoutAccentsAndTheViewListsMentionsNewestFirst() {
    store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
        TestCorpus.raw("c1", "2025-03-05", COFFEE)));
    List<Entity> quangTri = store.entities("quang tri", 10);
    assertThat(quangTri).isNotEmpty();
    assertThat(quangTri.get(0).name()).isEqualTo("Quảng Trị");
    assertThat(store.entities("Quảng Trị", 10)).isEqualTo(quangTri);
    assertThat(store.entities("quang t", 10)).contains(quangTri.get(0));
    assertThat(store.entities("hoa", 10)).extracting(Entity::name).anyMatch(n -> n.contains("Hòa"));
    assertThat(store.entities("zzzz", 10)).isEmpty();
    List<Entity> all = store.entities("", 100);
    assertThat(all.size()).isGreaterThan(3);
    for (int i = 1; i < all.size(); i++) assertThat(all.get(i - 1).mentions()).isGreaterThanOrEqualTo(all.get(i).mentions());

    EntityView v = store.entity(quangTri.get(0).id()).orElseThrow();
    assertThat(v.totalMentions()).isEqualTo(v.mentions().size());
    assertThat(v.mentions().get(0).article()).as("newest article first").isEqualTo("f2");
    for (EntityView.Mention m : v.mentions()) {
      AnalyzedArticle a = store.article(m.article()).orElseThrow();
      assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.sentence()).contains(m.text());
    }
    assertThat(v.stories()).extracting(StorySummary::id).containsExactly(store.storyOf("f1").orElseThrow());
    assertThat(store.entity("person:nobody")).isEmpty();
  }

  @Test
  void entityMentionCountsFollowRelinkingAcrossBatches() {
    store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1)));
    int before = store.entities("quang tri", 1).get(0).mentions();
    store.add(List.of(TestCorpus.raw("f2", "2025-03-04", FLOOD_2)));
    Entity after = store.entities("quang tri", 1).get(0);
    int inF2 = (int) store.article("f2").orElseThrow().entities().stream()
        .filter(m -> after.id().equals(m.entity())).count();
    assertThat(inF2).isPositive();
    assertThat(after.mentions()).isEqualTo(before + inF2);
    store.add(List.of(TestCorpus.raw("f2", "2025-03-04", FLOOD_2)));
    assertThat(store.entities("quang tri", 1).get(0).mentions()).isEqualTo(after.mentions());
  }

  @Test
  void searchFindsThePhraseWithoutDiacriticsWithSnippetsFacetsAndGroups() {
    store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
        TestCorpus.raw("c1", "2025-03-05", COFFEE)));
    SearchResult r = store.search(new SearchRequest("song thach han", null, null, null, null, null, null, null, true, 0, 10));
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).extracting(h -> h.article().id()).containsExactlyInAnyOrder("f1", "f2");
    SearchResult.Snippet sn = r.hits().get(0).snippets().get(0);
    int[] h = sn.highlights().get(0);
    assertThat(sn.text().substring(h[0], h[1])).isEqualToIgnoringCase("sông Thạch Hãn");
    String flood = store.storyOf("f1").orElseThrow();
    assertThat(r.facets().get("story")).extracting(SearchResult.FacetCount::value).containsExactly(flood);
    assertThat(r.facets().get("story").get(0).count()).isEqualTo(2);
    assertThat(r.facets().get("story").get(0).label()).isEqualTo(store.story(flood).orElseThrow().story().title());
    assertThat(r.facets().get("month")).containsExactly(new SearchResult.FacetCount("2025-03", "2025-03", 2));
    assertThat(r.facets().get("entity")).isNotEmpty().allMatch(f -> !f.label().equals(f.value()));
    assertThat(r.groups()).hasSize(1);
    assertThat(r.groups().get(0).story().id()).isEqualTo(flood);
    SearchResult blank = store.search(SearchRequest.of(""));
    assertThat(blank.hits()).extracting(x -> x.article().id()).containsExactly("c1", "f2", "f1");
    assertThat(store.search(SearchRequest.of("cà phê").withFacets(false)).hits())
        .extracting(x -> x.article().id()).containsExactly("c1");
  }

  @Test
  void aFailureBeforeTheArticlesAreWrittenIsRepairedByIngestingTheBatchAgain() {
    store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1)));
    String flood = store.storyOf("f1").orElseThrow();
    List<RawArticle> batch = List.of(TestCorpus.raw("f2", "2025-03-04", FLOOD_2), TestCorpus.raw("c1", "2025-03-05", COFFEE));
    store.beforeArticles = () -> { throw new IllegalStateException("cluster went away"); };
    assertThatThrownBy(() -> store.add(batch)).hasMessageContaining("went away");
    assertThat(store.article("f2")).isEmpty();
    assertThat(store.stats().articles()).isEqualTo(1);
    store.beforeArticles = () -> {};
    IngestReport r = store.add(batch);
    assertThat(r.added()).isEqualTo(2);
    assertThat(store.storyOf("f2")).contains(flood);
    // the orphan story written by the failed attempt was overwritten: every listed story has its articles
    List<StorySummary> list = store.stories(0, 100);
    assertThat(list.stream().mapToInt(StorySummary::articles).sum()).isEqualTo(3);
    for (StorySummary s : list) {
      assertThat(store.story(s.id()).orElseThrow().articles()).hasSize(s.articles());
    }
    Set<String> ids = new HashSet<>(list.stream().map(StorySummary::id).toList());
    assertThat(ids).containsExactlyInAnyOrder("story-1", "story-2");
  }

  @Test
  void aMissingStoreOrAnUnreachableNodeIsAClearError() {
    assertThatThrownBy(() -> OpenSearchStore.openExisting(node.url(), "never-made"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no store with prefix 'never-made'");
    assertThatThrownBy(() -> OpenSearchStore.open("http://127.0.0.1:1", "x"))
        .hasMessageContaining("cannot reach OpenSearch at http://127.0.0.1:1");
    assertThatThrownBy(() -> OpenSearchStore.open("not a url", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpenSearchStore.open(node.url(), "Bad Prefix")).isInstanceOf(IllegalArgumentException.class);
    OpenSearchStore.openExisting(node.url(), prefix).deleteAll();
    assertThatThrownBy(() -> OpenSearchStore.openExisting(node.url(), prefix)).hasMessageContaining("no store with prefix");
  }

}
