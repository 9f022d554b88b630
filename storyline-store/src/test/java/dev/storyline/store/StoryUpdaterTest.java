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

  /** A store in maps that applies plans as a backend must. */
  static final class MemoryState implements StoryUpdater.StoredState {
    final Map<String, StoryUpdater.StoredArticle> articles = new TreeMap<>();
    final Map<String, Story> stories = new TreeMap<>();
    final Map<String, Entity> entities = new TreeMap<>();
    long next = 1;

    void apply(StoryUpdater.Plan plan) {
      for (StoryUpdater.StoryWrite w : plan.stories()) stories.put(w.story().id(), w.story());
      plan.deletedStories().forEach(stories::remove);
      for (Entity e : plan.entities()) entities.put(e.id(), e);
      plan.deletedEntities().forEach(entities::remove);
      for (StoryUpdater.StoredArticle a : plan.articles()) articles.put(a.article().id(), a);
      next = plan.nextStory();
    }

    @Override
    public Set<String> storedArticleIds(Collection<String> ids) {
      Set<String> out = new HashSet<>(ids);
      out.retainAll(articles.keySet());
      return out;
    }

    @Override
    public Set<String> storedHashes(Collection<String> hashes) {
      Set<String> out = new HashSet<>();
      for (StoryUpdater.StoredArticle a : articles.values()) if (hashes.contains(a.hash())) out.add(a.hash());
      return out;
    }

    @Override
    public Set<String> storiesPublishedBetween(long fromDay, long toDay) {
      Set<String> out = new HashSet<>();
      for (StoryUpdater.StoredArticle a : articles.values()) {
        if (a.article().published() == null) continue;
        long d = a.article().published().start().toEpochDay();
        if (d >= fromDay && d <= toDay) out.add(a.story());
      }
      return out;
    }

    @Override
    public List<StoryUpdater.StoredArticle> articlesOfStories(Set<String> ids) {
      return articles.values().stream().filter(a -> ids.contains(a.story())).toList();
    }

    @Override
    public Map<String, Story> stories(Collection<String> ids) {
      Map<String, Story> out = new HashMap<>();
      for (String id : ids) if (stories.containsKey(id)) out.put(id, stories.get(id));
      return out;
    }

    @Override
    public Map<String, Entity> entities(Collection<String> ids) {
      Map<String, Entity> out = new HashMap<>();
      for (String id : ids) if (entities.containsKey(id)) out.put(id, entities.get(id));
      return out;
    }
  }

  private static final StoryUpdater UPDATER = new StoryUpdater(2);

  private static RawArticle raw(String id, String date, String text) { return TestCorpus.raw(id, date, text); }

  @Test
  void aFirstBatchPlansNewStoriesArticlesAndEntitiesAndARepeatPlansNothing() {
    MemoryState state = new MemoryState();
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
    MemoryState state = new MemoryState();
    state.apply(UPDATER.plan(state, List.of(raw("f1", "2025-03-03", LuceneStoreTest.FLOOD_1),
        raw("f2", "2025-03-04", LuceneStoreTest.FLOOD_2), raw("c1", "2025-03-05", LuceneStoreTest.COFFEE)), 1));
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
    MemoryState state = new MemoryState();
    StoryUpdater.Plan plan = UPDATER.plan(state, List.of(raw("x1", null, LuceneStoreTest.FLOOD_1),
        raw("x1", null, LuceneStoreTest.COFFEE), raw("x2", null, "  " + LuceneStoreTest.FLOOD_1)), 7);
    assertThat(plan.report().added()).isEqualTo(1);
    assertThat(plan.report().duplicates()).isEqualTo(2);
    assertThat(plan.stories()).extracting(w -> w.story().id()).containsExactly("story-7");
    assertThat(plan.nextStory()).isEqualTo(8);
  }
}
