package dev.storyline.store;

import static dev.storyline.store.LuceneStoreTest.COFFEE;
import static dev.storyline.store.LuceneStoreTest.FLOOD_1;
import static dev.storyline.store.LuceneStoreTest.FLOOD_2;
import static dev.storyline.store.LuceneStoreTest.FLOOD_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An editor's merges and splits, as every store must do them: applied whole, kept by later ingests, no article lost.
 * Each store's test supplies a fresh store, the same store reopened, and its commit counter.
 */
public abstract class StoryEditContract {
  static final String COFFEE_2 = "Ngày 6/3, giá cà phê Robusta tại Đắk Lắk giữ ở mức 120.000 đồng mỗi kg, theo"
      + " Hiệp hội Cà phê Ca cao Việt Nam.\nNhiều thương lái ở Buôn Ma Thuột cho biết nông dân vẫn giữ hàng chờ giá.\n";

  /** A new, empty store (each call in a test gives the same one: a test opens it once, then reopens it). */
  protected abstract StoryRepository open();

  /** The store {@link #open} made, opened again. */
  protected abstract StoryRepository reopen();

  /** Writes the store has committed so far. */
  protected abstract long commits(StoryRepository store);

  @Test
  public void aMergedStoryStaysMergedWhenLaterArticlesArrive() {
    try (StoryRepository store = open()) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      String flood = store.storyOf("f1").orElseThrow(), coffee = store.storyOf("c1").orElseThrow();
      assertThat(coffee).isNotEqualTo(flood);

      assertThat(store.mergeStories(flood, coffee)).isEqualTo(flood);
      assertThat(store.story(coffee)).isEmpty();
      assertThat(store.story(flood).orElseThrow().story().articles()).containsExactlyInAnyOrder("f1", "f2", "c1");
      assertThat(store.storyOf("c1")).contains(flood);
      assertThat(store.stats().stories()).isEqualTo(1);

      // A later batch regroups the window: the grouper would part coffee from floods, the editor's merge holds,
      // and the new articles join as the grouper says.
      store.add(List.of(TestCorpus.raw("f3", "2025-03-06", FLOOD_3), TestCorpus.raw("c2", "2025-03-06", COFFEE_2)));
      assertThat(store.storyOf("c1")).contains(flood);
      assertThat(store.storyOf("f3")).contains(flood);
      assertThat(store.storyOf("c2")).contains(flood); // it joins the coffee article, which is pinned to the merge
      assertThat(store.stats().articles()).isEqualTo(5);
      assertThat(store.story(flood).orElseThrow().story().articles()).hasSize(5);
    }
  }

  @Test
  public void aSplitStaysSplitAndLosesNoArticle() {
    try (StoryRepository store = open()) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("f3", "2025-03-06", FLOOD_3)));
      String flood = store.storyOf("f1").orElseThrow();
      assertThat(store.story(flood).orElseThrow().story().articles()).containsExactly("f1", "f2", "f3");

      String split = store.splitStory(flood, List.of("f3"));
      assertThat(split).isNotEqualTo(flood);
      assertThat(store.story(flood).orElseThrow().story().articles()).containsExactly("f1", "f2");
      assertThat(store.story(split).orElseThrow().story().articles()).containsExactly("f3");
      assertThat(store.storyOf("f3")).contains(split);
    }
    try (StoryRepository store = reopen()) {
      // Reopened and fed again: the split holds, ids stay, nothing is lost.
      store.add(List.of(TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      String flood = store.storyOf("f1").orElseThrow(), split = store.storyOf("f3").orElseThrow();
      assertThat(split).isNotEqualTo(flood);
      assertThat(store.storyOf("f2")).contains(flood);
      assertThat(store.stats().articles()).isEqualTo(4);
      assertThat(store.stats().stories()).isEqualTo(3);
      String next = store.splitStory(flood, List.of("f2"));
      assertThat(List.of(flood, split, next)).doesNotHaveDuplicates();
    }
  }

  @Test
  public void badEditsChangeNothingAndSayWhy() {
    try (StoryRepository store = open()) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      String flood = store.storyOf("f1").orElseThrow(), coffee = store.storyOf("c1").orElseThrow();
      StoreStats before = store.stats();
      long commits = commits(store);
      assertThatThrownBy(() -> store.mergeStories(flood, flood)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("itself");
      assertThatThrownBy(() -> store.mergeStories(flood, "story-99")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no story story-99");
      assertThatThrownBy(() -> store.splitStory(flood, List.of("c1"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("article c1 is not in story " + flood);
      assertThatThrownBy(() -> store.splitStory(coffee, List.of("c1"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("some but not all");
      assertThat(store.stats()).isEqualTo(before);
      assertThat(commits(store)).isEqualTo(commits);
      // the store still works after the refused edits
      assertThat(store.splitStory(flood, List.of("f2"))).isEqualTo("story-3");
    }
  }
}
