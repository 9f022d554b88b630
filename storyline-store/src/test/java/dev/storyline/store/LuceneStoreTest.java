package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.RawArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest {
  @TempDir Path dir;

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

  @Test
  void ingestingExamplesTwiceStoresEachArticleOnce() {
    List<RawArticle> examples = TestCorpus.examplesArticles();
    StoreStats first;
    try (LuceneStore store = LuceneStore.open(dir)) {
      IngestReport r = store.add(examples);
      assertThat(r.problems()).isEmpty();
      assertThat(r.added()).isEqualTo(examples.size());
      first = store.stats();
      assertThat(first.articles()).isEqualTo(examples.size());
      assertThat(first.stories()).isGreaterThan(1);
      assertThat(first.entities()).isGreaterThan(10);
      IngestReport again = store.add(examples);
      assertThat(again.added()).isZero();
      assertThat(again.duplicates()).isEqualTo(examples.size());
      assertThat(store.stats()).isEqualTo(first);
    }
  }

  @Test
  void sameTextUnderAnotherIdIsStoredOnce() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      IngestReport r = store.add(List.of(TestCorpus.raw("x1", "2025-03-03", FLOOD_1),
          TestCorpus.raw("x2", "2025-03-03", FLOOD_1.replace("\n", "\n\n"))));
      assertThat(r.added()).isEqualTo(1);
      assertThat(r.duplicates()).isEqualTo(1);
      IngestReport later = store.add(List.of(TestCorpus.raw("x3", "2025-03-04", "  " + FLOOD_1)));
      assertThat(later.added()).isZero();
      assertThat(later.duplicates()).isEqualTo(1);
      assertThat(store.stats().articles()).isEqualTo(1);
      assertThat(store.article("x1")).isPresent();
      assertThat(store.article("x3")).isEmpty();
    }
  }

  @Test
  void storyIdsStayStableWhenALaterBatchAddsToAStory() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      String flood = store.storyOf("f1").orElseThrow();
      String coffee = store.storyOf("c1").orElseThrow();
      assertThat(store.storyOf("f2")).contains(flood);
      assertThat(coffee).isNotEqualTo(flood);

      IngestReport r = store.add(List.of(TestCorpus.raw("f3", "2025-03-06", FLOOD_3)));
      assertThat(r.added()).isEqualTo(1);
      assertThat(store.storyOf("f1")).contains(flood);
      assertThat(store.storyOf("f3")).contains(flood);
      assertThat(store.storyOf("c1")).contains(coffee);
      assertThat(r.storiesTouched()).contains(flood).doesNotContain(coffee);
      StoredStory s = store.story(flood).orElseThrow();
      assertThat(s.story().articles()).containsExactly("f1", "f2", "f3");
      assertThat(s.articles()).extracting(ArticleHeader::id).containsExactly("f1", "f2", "f3");
      assertThat(s.articles()).allSatisfy(h -> assertThat(h.storyId()).isEqualTo(flood));
      assertThat(store.stats().stories()).isEqualTo(2);
      assertThat(Set.of(flood, coffee)).containsExactlyInAnyOrder("story-1", "story-2");
    }
  }

  @Test
  void beyondItsDateWindowAStoreFindsTheStoryOfALateArticleByItsWords() {
    // withMaxDateWindow(0): every batch takes the retrieval window, as a store of a national stream would
    try (LuceneStore store = LuceneStore.open(dir).withMaxDateWindow(0)) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      String flood = store.storyOf("f1").orElseThrow();
      String coffee = store.storyOf("c1").orElseThrow();
      assertThat(coffee).isNotEqualTo(flood);

      IngestReport r = store.add(List.of(TestCorpus.raw("f3", "2025-03-06", FLOOD_3)));
      assertThat(store.storyOf("f3")).contains(flood);
      assertThat(store.storyOf("c1")).contains(coffee);
      assertThat(r.storiesTouched()).containsExactly(flood);
      assertThat(store.story(flood).orElseThrow().story().articles()).containsExactly("f1", "f2", "f3");

      // months later the flood's words find nothing within the new article's weeks: a new story
      store.add(List.of(TestCorpus.raw("f4", "2025-09-06", FLOOD_3.replace("6/3", "6/9"))));
      assertThat(store.storyOf("f4")).isPresent().get().isNotIn(flood, coffee);
    }
  }

  @Test
  void storiesOfReadsDocValuesAndFallsBackToTheStoredStoryOfOlderDocuments() throws Exception {
    try (var ram = new org.apache.lucene.store.ByteBuffersDirectory()) {
      try (var w = new org.apache.lucene.index.IndexWriter(ram, new org.apache.lucene.index.IndexWriterConfig())) {
        // doc 0 as a store written before the doc values existed; doc 1 as now; doc 2 not an article
        var old = new org.apache.lucene.document.Document();
        old.add(new org.apache.lucene.document.StringField(StoreFields.STORY, "story-1",
            org.apache.lucene.document.Field.Store.YES));
        w.addDocument(old);
        w.commit(); // a segment of its own, as an old store would have
        var now = new org.apache.lucene.document.Document();
        now.add(new org.apache.lucene.document.StringField(StoreFields.STORY, "story-2",
            org.apache.lucene.document.Field.Store.YES));
        now.add(new org.apache.lucene.document.SortedDocValuesField(StoreFields.STORY_DV,
            new org.apache.lucene.util.BytesRef("story-2")));
        w.addDocument(now);
        w.addDocument(new org.apache.lucene.document.Document());
      }
      try (var reader = org.apache.lucene.index.DirectoryReader.open(ram)) {
        var searcher = new org.apache.lucene.search.IndexSearcher(reader);
        // any order in, the same order out
        assertThat(LuceneStore.storiesOf(searcher, new int[] {2, 1, 0, 1})).containsExactly(null, "story-2", "story-1",
            "story-2");
      }
    }
  }

  @Test
  void storiesAreListedNewestActivityFirst() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.add(List.of(TestCorpus.raw("c1", "2025-01-05", COFFEE), TestCorpus.raw("f1", "2025-03-03", FLOOD_1)));
      List<StorySummary> list = store.stories(0, 10);
      assertThat(list).hasSize(2);
      assertThat(list.get(0).lastDate()).isEqualTo("2025-03-03");
      assertThat(list.get(1).lastDate()).isEqualTo("2025-01-05");
      assertThat(store.stories(1, 10)).containsExactly(list.get(1));
      assertThat(list.get(0).articles()).isEqualTo(1);
    }
  }

  @Test
  void reopeningAfterCloseSeesEverything() {
    List<RawArticle> examples = TestCorpus.examplesArticles();
    StoreStats stats;
    List<StorySummary> stories;
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.add(examples.subList(0, 10));
      store.add(examples.subList(10, examples.size()));
      stats = store.stats();
      stories = store.stories(0, 100);
    }
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThat(store.stats()).isEqualTo(stats);
      assertThat(store.stories(0, 100)).isEqualTo(stories);
      assertThat(store.commits()).isEqualTo(2);
      for (RawArticle r : examples) assertThat(store.article(r.id())).as(r.id()).isPresent();
      // a new story after reopening gets a fresh id, never one already used
      Set<String> before = stories.stream().map(StorySummary::id).collect(Collectors.toSet());
      store.add(List.of(TestCorpus.raw("c1", "2030-01-05", COFFEE)));
      assertThat(before).doesNotContain(store.storyOf("c1").orElseThrow());
    }
  }

  @Test
  void openingAStoreInUseFailsNamingItsDirectory() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      assertThatThrownBy(() -> LuceneStore.open(dir)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(dir.toString()).hasMessageContaining("in use");
    }
    try (LuceneStore again = LuceneStore.open(dir)) { // the lock is released on close
      assertThat(again.stats().articles()).isZero();
    }
  }

  @Test
  void anArticleWithNoTextIsAProblemAndTheRestIsStored() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      IngestReport r = store.add(List.of(TestCorpus.raw("empty", "2025-03-03", "   \n "),
          TestCorpus.raw("f1", "2025-03-03", FLOOD_1)));
      assertThat(r.added()).isEqualTo(1);
      assertThat(r.problems()).hasSize(1);
      assertThat(r.problems().get(0).reason()).contains("empty");
      assertThat(store.stats().articles()).isEqualTo(1);
    }
  }

  @Test
  void entitiesMatchWithoutAccentsMostMentionedFirst() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      List<Entity> quangTri = store.entities("quang tri", 10);
      assertThat(quangTri).isNotEmpty();
      assertThat(quangTri.get(0).name()).isEqualTo("Quảng Trị");
      assertThat(store.entities("Quảng Trị", 10)).isEqualTo(quangTri);
      assertThat(store.entities("hoa", 10)).extracting(Entity::name).anyMatch(n -> n.contains("Hòa"));
      assertThat(store.entities("zzzz", 10)).isEmpty();
      List<Entity> all = store.entities("", 100);
      assertThat(all.size()).isGreaterThan(3);
      for (int i = 1; i < all.size(); i++) assertThat(all.get(i - 1).mentions()).isGreaterThanOrEqualTo(all.get(i).mentions());
    }
  }

  @Test
  void entityViewHasMentionsWithSentencesAndStories() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2)));
      Entity qt = store.entities("quang tri", 1).get(0);
      EntityView v = store.entity(qt.id()).orElseThrow();
      assertThat(v.totalMentions()).isEqualTo(qt.mentions()).isEqualTo(v.mentions().size());
      assertThat(v.mentions()).extracting(EntityView.Mention::article).contains("f1", "f2");
      assertThat(v.mentions().get(0).article()).as("newest article first").isEqualTo("f2");
      for (EntityView.Mention m : v.mentions()) {
        AnalyzedArticle a = store.article(m.article()).orElseThrow();
        assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
        assertThat(m.sentence()).contains(m.text());
      }
      assertThat(v.stories()).extracting(StorySummary::id).containsExactly(store.storyOf("f1").orElseThrow());
      assertThat(store.entity("person:nobody")).isEmpty();
    }
  }

  @Test
  void entityMentionCountsFollowRelinkingAcrossBatches() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1)));
      int before = store.entities("quang tri", 1).get(0).mentions();
      store.add(List.of(TestCorpus.raw("f2", "2025-03-04", FLOOD_2)));
      Entity after = store.entities("quang tri", 1).get(0);
      int inF2 = (int) store.article("f2").orElseThrow().entities().stream()
          .filter(m -> after.id().equals(m.entity())).count();
      assertThat(inF2).isPositive();
      assertThat(after.mentions()).isEqualTo(before + inF2);
      // re-adding changes nothing
      store.add(List.of(TestCorpus.raw("f2", "2025-03-04", FLOOD_2)));
      assertThat(store.entities("quang tri", 1).get(0).mentions()).isEqualTo(after.mentions());
    }
  }

  @Test
  void everyStoredArticleBelongsToAStoryThatListsIt() {
    List<RawArticle> examples = new ArrayList<>(TestCorpus.examplesArticles());
    try (LuceneStore store = LuceneStore.open(dir)) {
      for (int i = 0; i < examples.size(); i += 5) store.add(examples.subList(i, Math.min(examples.size(), i + 5)));
      StoreConsistency.check(store, examples.stream().map(RawArticle::id).toList());
      int listed = store.stories(0, 1000).stream().mapToInt(StorySummary::articles).sum();
      assertThat(listed).isEqualTo(examples.size());
    }
  }

  @Test
  void searchDelegatesToTheArticleSearcher() {
    try (LuceneStore store = LuceneStore.open(dir)) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      SearchResult r = store.search(SearchRequest.of(""));
      assertThat(r.total()).isEqualTo(2);
    }
  }
}
