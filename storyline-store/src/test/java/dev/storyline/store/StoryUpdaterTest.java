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
