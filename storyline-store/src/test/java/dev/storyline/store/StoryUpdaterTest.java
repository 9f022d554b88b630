package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Entity;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The ingest plan against an in-memory state: what any backend must write, without any backend. */
class StoryUpdaterTest {

  private static final StoryUpdater UPDATER = new StoryUpdater(2);

  private static RawArticle raw(String id, String date, String text) { return TestCorpus.raw(id, date, text); }

  /** A state holding two flood articles (one story) and a coffee article (another). */
  private static MemoryStoredState floodAndCoffee() {
    MemoryStoredState state = new MemoryStoredState();
    state.apply(UPDATER.plan(state, List.of(raw("f1", "2025-03-03", LuceneStoreTest.FLOOD_1),
        raw("f2", "2025-03-04", LuceneStoreTest.FLOOD_2), raw("c1", "2025-03-05", LuceneStoreTest.COFFEE)), 1));
    return state;
  }

  @Test
  void aFirstBatchPlansNewStoriesArticlesAndEntitiesAndARepeatPlansNothing() {
    MemoryStoredState state = new MemoryStoredState();
    List<RawArticle> batch = List.of(raw("f1", "2025-03-03", LuceneStoreTest.FLOOD_1),
        raw("f2", "2025-03-04", LuceneStoreTest.FLOOD_2), raw("c1", "2025-03-05", LuceneStoreTest.COFFEE));
    StoryUpdater.Plan plan = UPDATER.plan(state, batch, 1);
    assertThat(plan.report().added()).isEqualTo(3);
    assertThat(plan.articles()).extracting(a -> a.article().id()).containsExactlyInAnyOrder("f1", "f2", "c1");
    assertThat(plan.stories()).extracting(w -> w.story().id()).containsExactlyInAnyOrder("story-1", "story-2");
    assertThat(plan.nextStory()).isEqualTo(3);
    assertThat(plan.deletedStories()).isEmpty();
    assertThat(plan.entities()).isNotEmpty().allMatch(e -> e.mentions() > 0);
    assertThat(plan.articles()).allMatch(a -> a.hash().equals(StoryUpdater.contentHash(
        batch.stream().filter(r -> r.id().equals(a.article().id())).findFirst().orElseThrow().text())));
    for (StoryUpdater.StoryWrite w : plan.stories()) {
      assertThat(w.summary().articles()).isEqualTo(w.story().articles().size());
      assertThat(w.lastDay()).isGreaterThan(Long.MIN_VALUE);
      assertThat(w.entities()).isSorted();
    }
    state.apply(plan);

    StoryUpdater.Plan again = UPDATER.plan(state, batch, state.next);
    assertThat(again.isEmpty()).isTrue();
    assertThat(again.report().duplicates()).isEqualTo(3);
    assertThat(again.nextStory()).isEqualTo(3);
  }

  @Test
  void aLaterArticleJoinsItsStoryAndOnlyChangedDocumentsAreWritten() {
    MemoryStoredState state = floodAndCoffee();
    String flood = state.articles.get("f1").story(), coffee = state.articles.get("c1").story();
    Map<String, Entity> before = new HashMap<>(state.entities);

    StoryUpdater.Plan plan = UPDATER.plan(state, List.of(raw("f3", "2025-03-06", LuceneStoreTest.FLOOD_3)), state.next);
    assertThat(plan.articles()).extracting(a -> a.article().id()).contains("f3");
    assertThat(plan.articles()).filteredOn(a -> a.article().id().equals("f3")).extracting(StoryUpdater.StoredArticle::story)
        .containsExactly(flood);
    assertThat(plan.articles()).extracting(a -> a.article().id()).doesNotContain("c1");
    assertThat(plan.report().storiesTouched()).contains(flood).doesNotContain(coffee);
    assertThat(plan.nextStory()).as("no new story").isEqualTo(state.next);
    // every entity written is new or differs from the stored one
    for (Entity e : plan.entities()) assertThat(before.get(e.id())).isNotEqualTo(e);
    state.apply(plan);
    assertThat(state.stories.get(flood).articles()).containsExactly("f1", "f2", "f3");
  }

  @Test
  void aStoryTheBatchLeavesAloneIsKeptAsStoredAndNotWrittenAgain() {
    MemoryStoredState state = floodAndCoffee();
    String flood = state.articles.get("f1").story(), coffee = state.articles.get("c1").story();
    List<RawArticle> batch = List.of(raw("f3", "2025-03-06", LuceneStoreTest.FLOOD_3));

    StoryUpdater.Plan kept = UPDATER.plan(state, batch, state.next);
    StoryUpdater.Plan rebuilt = new StoryUpdater(2, StoryUpdater.MAX_DATE_WINDOW, false).plan(state, batch, state.next);

    // the coffee story is in the window (same days) but gains nothing: rebuilding it gives the stored story back
    assertThat(rebuilt.stories()).extracting(w -> w.story().id()).contains(flood, coffee);
    StoryUpdater.StoryWrite coffeeRebuilt = rebuilt.stories().stream().filter(w -> w.story().id().equals(coffee))
        .findFirst().orElseThrow();
    assertThat(coffeeRebuilt.story()).isEqualTo(state.stories.get(coffee));
    // so keeping it changes nothing but the writes
    assertThat(kept.stories()).extracting(w -> w.story().id()).containsExactly(flood);
    assertThat(kept.stories()).containsExactlyElementsOf(rebuilt.stories().stream()
        .filter(w -> !w.story().id().equals(coffee)).toList());
    assertThat(kept.articles()).isEqualTo(rebuilt.articles());
    assertThat(kept.entities()).isEqualTo(rebuilt.entities());
    assertThat(kept.deletedStories()).isEqualTo(rebuilt.deletedStories());
    assertThat(kept.report()).isEqualTo(rebuilt.report());
  }

  /** An analysed article whose text holds the given names one after another, each a mention of its id. */
  private static dev.storyline.model.AnalyzedArticle linked(String id, String speakerEntity, String... nameAndId) {
    StringBuilder text = new StringBuilder();
    List<dev.storyline.model.EntityMention> ms = new java.util.ArrayList<>();
    for (int i = 0; i < nameAndId.length; i += 2) {
      int start = text.length();
      text.append(nameAndId[i]).append(". ");
      ms.add(new dev.storyline.model.EntityMention(start, start + nameAndId[i].length(), nameAndId[i],
          dev.storyline.model.EntityType.PERSON, nameAndId[i + 1]));
    }
    var article = new dev.storyline.model.Article(id, "test", "", "", "", null, text.toString(),
        List.of(new dev.storyline.model.Span(0, text.length())), List.of());
    List<dev.storyline.model.Quote> quotes = speakerEntity == null ? List.of()
        : List.of(new dev.storyline.model.Quote(0, 1, "x", nameAndId[0], speakerEntity, "nói", true));
    return new dev.storyline.model.AnalyzedArticle(article, null, false, "", List.of(), List.of(), List.of(), ms,
        List.of(), quotes);
  }

  private static Entity entity(String id, String name, int mentions) {
    return new Entity(id, name, dev.storyline.model.EntityType.PERSON, List.of(), mentions);
  }

  @Test
  void relinkedEntitiesKeepTheIdsTheirStoredMentionsHad() {
    // stored: two articles name "Lan" (person:lan) and one names "Minh" (person:minh)
    Map<String, StoryUpdater.StoredArticle> window = new TreeMap<>();
    window.put("a1", new StoryUpdater.StoredArticle(linked("a1", "person:lan", "Lan", "person:lan"), "story-1", "h1"));
    window.put("a2", new StoryUpdater.StoredArticle(linked("a2", null, "Lan", "person:lan", "Minh", "person:minh"),
        "story-1", "h2"));
    // relinked with a new article that spells her full name: the linker now calls her person:tran-thi-lan, and
    // an unrelated newcomer happens to get person:lan
    var relinked = new dev.storyline.analysis.entity.LinkResult(List.of(
        linked("a1", "person:tran-thi-lan", "Lan", "person:tran-thi-lan"),
        linked("a2", null, "Lan", "person:tran-thi-lan", "Minh", "person:minh"),
        linked("n1", null, "Trần Thị Lan", "person:tran-thi-lan", "Lan", "person:lan")),
        List.of(entity("person:tran-thi-lan", "Trần Thị Lan", 3), entity("person:lan", "Lan", 1),
            entity("person:minh", "Minh", 1)));

    var kept = StoryUpdater.keepStoredIds(relinked, window);

    assertThat(kept.entities()).extracting(Entity::id, Entity::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple("person:lan", "Trần Thị Lan"),
        org.assertj.core.groups.Tuple.tuple("person:lan-2", "Lan"),
        org.assertj.core.groups.Tuple.tuple("person:minh", "Minh"));
    // unchanged window articles come out equal to the stored ones, so they are not rewritten
    assertThat(kept.articles().get(0)).isEqualTo(window.get("a1").article());
    assertThat(kept.articles().get(1)).isEqualTo(window.get("a2").article());
    assertThat(kept.articles().get(2).entities()).extracting(dev.storyline.model.EntityMention::entity)
        .containsExactly("person:lan", "person:lan-2");
    assertThat(kept.articles().get(0).quotes().get(0).speakerEntity()).isEqualTo("person:lan");
  }

  @Test
  void idsWithNothingStoredBehindThemAreLeftAsTheLinkerMadeThem() {
    var relinked = new dev.storyline.analysis.entity.LinkResult(List.of(linked("n1", null, "Lan", "person:lan")),
        List.of(entity("person:lan", "Lan", 1)));
    assertThat(StoryUpdater.keepStoredIds(relinked, Map.of())).isSameAs(relinked);
  }

  @Test
  void duplicatesInsideABatchAndUndatedArticlesAreHandled() {
    MemoryStoredState state = new MemoryStoredState();
    StoryUpdater.Plan plan = UPDATER.plan(state, List.of(raw("x1", null, LuceneStoreTest.FLOOD_1),
        raw("x1", null, LuceneStoreTest.COFFEE), raw("x2", null, "  " + LuceneStoreTest.FLOOD_1)), 7);
    assertThat(plan.report().added()).isEqualTo(1);
    assertThat(plan.report().duplicates()).isEqualTo(2);
    assertThat(plan.stories()).extracting(w -> w.story().id()).containsExactly("story-7");
    assertThat(plan.nextStory()).isEqualTo(8);
  }

  /** Another state seen through a test's overrides; the rest of the contract forwarded as is. */
  private static class Forwarding implements StoryUpdater.StoredState {
    final StoryUpdater.StoredState base;

    Forwarding(StoryUpdater.StoredState base) { this.base = base; }

    public Set<String> storedArticleIds(Collection<String> ids) { return base.storedArticleIds(ids); }
    public Set<String> storedHashes(Collection<String> hashes) { return base.storedHashes(hashes); }
    public Set<String> storiesPublishedBetween(long from, long to) { return base.storiesPublishedBetween(from, to); }
    public long articlesPublishedBetween(long from, long to) { return base.articlesPublishedBetween(from, to); }
    public Set<String> storiesMatching(dev.storyline.model.AnalyzedArticle a, long from, long to, int limit) {
      return base.storiesMatching(a, from, to, limit);
    }
    public List<StoryUpdater.StoredArticle> articlesOfStories(Set<String> ids) { return base.articlesOfStories(ids); }
    public Map<String, Story> stories(Collection<String> ids) { return base.stories(ids); }
    public Map<String, Entity> entities(Collection<String> ids) { return base.entities(ids); }
  }

  /** The memory state seen through a store of a national stream: huge date windows, and a retrieval that finds {@code found}. */
  private static StoryUpdater.StoredState retrieving(MemoryStoredState state, long dated, Set<String> found, List<String> asked) {
    return new Forwarding(state) {
      @Override public Set<String> storiesPublishedBetween(long from, long to) {
        if (dated > 100) throw new AssertionError("the date window was loaded although it holds " + dated + " articles");
        return base.storiesPublishedBetween(from, to);
      }
      @Override public long articlesPublishedBetween(long from, long to) { return dated; }
      @Override public Set<String> storiesMatching(dev.storyline.model.AnalyzedArticle a, long from, long to, int limit) {
        asked.add(a.id() + " " + (to - from) + " " + limit);
        return found;
      }
    };
  }

  @Test
  void aDateWindowTooLargeGivesWayToTheStoriesEachNewArticleFinds() {
    MemoryStoredState state = floodAndCoffee();
    String flood = state.articles.get("f1").story();
    List<String> asked = new java.util.ArrayList<>();

    StoryUpdater.Plan plan = new StoryUpdater(2, 100).plan(retrieving(state, 1_000_000, Set.of(flood), asked),
        List.of(raw("f3", "2025-03-06", LuceneStoreTest.FLOOD_3)), state.next);

    // one question per dated new article, over its own weeks, for a bounded number of stories
    assertThat(asked).containsExactly("f3 " + 2 * StoryUpdater.WINDOW_DAYS + " " + StoryUpdater.STORIES_PER_ARTICLE);
    assertThat(plan.windowSize()).isEqualTo(2); // f1 and f2: the coffee story was not loaded
    StoryUpdater.StoredArticle f3 = plan.articles().stream().filter(a -> a.article().id().equals("f3")).findFirst().orElseThrow();
    assertThat(f3.story()).isEqualTo(flood);
    assertThat(plan.deletedStories()).isEmpty();
  }

  @Test
  void aDateWindowWithinTheLimitIsLoadedWholeAndNothingIsRetrieved() {
    MemoryStoredState state = floodAndCoffee();
    List<String> asked = new java.util.ArrayList<>();
    StoryUpdater.Plan plan = new StoryUpdater(2, 100).plan(retrieving(state, 3, Set.of(), asked),
        List.of(raw("f3", "2025-03-06", LuceneStoreTest.FLOOD_3)), state.next);
    assertThat(asked).isEmpty();
    assertThat(plan.windowSize()).isEqualTo(3);
    assertThat(plan.articles()).extracting(a -> a.article().id()).contains("f3");
  }

  @Test
  void aRetrievalWindowStopsLoadingStoriesOnceItHoldsTheLimit() {
    MemoryStoredState state = floodAndCoffee();
    String flood = state.articles.get("f1").story(), coffee = state.articles.get("c1").story();
    // nine new articles, eight stories found each (72): the first finds the flood story first, the last finds the
    // coffee story last; the others are stories the state does not hold
    List<RawArticle> batch = new java.util.ArrayList<>();
    for (int k = 0; k < 9; k++) batch.add(raw("n" + k, "2025-03-06", LuceneStoreTest.FLOOD_3 + "Bản tin số " + k + ".\n"));
    List<Set<String>> loads = new java.util.ArrayList<>();
    StoryUpdater.StoredState base = retrieving(state, 1_000_000, Set.of(), new java.util.ArrayList<>());
    StoryUpdater.StoredState counting = new Forwarding(base) {
      @Override public Set<String> storiesMatching(dev.storyline.model.AnalyzedArticle a, long from, long to, int limit) {
        int k = Integer.parseInt(a.id().substring(1));
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        for (int r = 0; r < limit; r++) found.add("story-x" + (k * limit + r));
        if (k == 0) found = new java.util.LinkedHashSet<>(java.util.stream.Stream.concat(java.util.stream.Stream.of(flood),
            found.stream().limit(limit - 1)).toList());
        if (k == 8) found = new java.util.LinkedHashSet<>(java.util.stream.Stream.concat(found.stream().limit(limit - 1),
            java.util.stream.Stream.of(coffee)).toList());
        return found;
      }
      @Override public List<StoryUpdater.StoredArticle> articlesOfStories(Set<String> ids) {
        loads.add(ids);
        return base.articlesOfStories(ids);
      }
    };

    // a limit of 2 articles: the first chunk of stories (every article's best ones first) brings the flood's two
    StoryUpdater.Plan small = new StoryUpdater(2, 2).plan(counting, batch, state.next);
    assertThat(loads).hasSize(1);
    assertThat(loads.get(0)).hasSize(64).contains(flood).doesNotContain(coffee);
    assertThat(small.windowSize()).isEqualTo(2);

    // a limit of 3: the flood's two are not enough, so the next chunk, with the coffee story ranked last, comes too
    loads.clear();
    StoryUpdater.Plan larger = new StoryUpdater(2, 3).plan(counting, batch, state.next);
    assertThat(loads).hasSize(2);
    assertThat(loads.get(1)).hasSize(72 - 64).contains(coffee);
    assertThat(larger.windowSize()).isEqualTo(3);
  }
}
