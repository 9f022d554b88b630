package dev.storyline.opensearch;

import static dev.storyline.opensearch.OpenSearchStoreTest.COFFEE;
import static dev.storyline.opensearch.OpenSearchStoreTest.FLOOD_1;
import static dev.storyline.opensearch.OpenSearchStoreTest.FLOOD_2;
import static dev.storyline.opensearch.OpenSearchStoreTest.FLOOD_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.store.StoreStats;
import dev.storyline.store.TestCorpus;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editors' merges and splits on the OpenSearch store: the embedded store's contract (StoryEditTest). */
class OpenSearchStoryEditTest {
  static TestNode node;
  static final AtomicInteger PREFIXES = new AtomicInteger();

  private static final String COFFEE_2 = "Ngày 6/3, giá cà phê Robusta tại Đắk Lắk giữ ở mức 120.000 đồng mỗi kg, theo"
      + " Hiệp hội Cà phê Ca cao Việt Nam.\nNhiều thương lái ở Buôn Ma Thuột cho biết nông dân vẫn giữ hàng chờ giá.\n";

  @BeforeAll
  static void startNode() { node = TestNode.shared(); }

  private static String prefix() { return "edit" + PREFIXES.incrementAndGet(); }

  @Test
  void aMergedStoryStaysMergedWhenLaterArticlesArrive() {
    try (OpenSearchStore store = OpenSearchStore.open(node.url(), prefix())) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      String flood = store.storyOf("f1").orElseThrow(), coffee = store.storyOf("c1").orElseThrow();
      assertThat(coffee).isNotEqualTo(flood);

      assertThat(store.mergeStories(flood, coffee)).isEqualTo(flood);
      assertThat(store.story(coffee)).isEmpty();
      assertThat(store.story(flood).orElseThrow().story().articles()).containsExactlyInAnyOrder("f1", "f2", "c1");
      assertThat(store.storyOf("c1")).contains(flood);
      assertThat(store.stats().stories()).isEqualTo(1);

      // The next batch regroups the window: the grouper would part coffee from floods, the pins hold.
      store.add(List.of(TestCorpus.raw("f3", "2025-03-06", FLOOD_3), TestCorpus.raw("c2", "2025-03-06", COFFEE_2)));
      assertThat(store.storyOf("c1")).contains(flood);
      assertThat(store.storyOf("f3")).contains(flood);
      assertThat(store.storyOf("c2")).contains(flood);
      assertThat(store.stats().articles()).isEqualTo(5);
      assertThat(store.story(flood).orElseThrow().story().articles()).hasSize(5);
    }
  }

  @Test
  void aSplitHoldsAcrossReopeningAndANewBatch() {
    String prefix = prefix();
    String flood, split;
    try (OpenSearchStore store = OpenSearchStore.open(node.url(), prefix)) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("f3", "2025-03-06", FLOOD_3)));
      flood = store.storyOf("f1").orElseThrow();
      split = store.splitStory(flood, List.of("f3"));
      assertThat(split).isNotEqualTo(flood);
      assertThat(store.story(flood).orElseThrow().story().articles()).containsExactly("f1", "f2");
      assertThat(store.story(split).orElseThrow().story().articles()).containsExactly("f3");
    }
    try (OpenSearchStore store = OpenSearchStore.openExisting(node.url(), prefix)) {
      store.add(List.of(TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      assertThat(store.storyOf("f1")).contains(flood);
      assertThat(store.storyOf("f2")).contains(flood);
      assertThat(store.storyOf("f3")).contains(split);
      assertThat(store.stats().articles()).isEqualTo(4);
      assertThat(store.stats().stories()).isEqualTo(3);
      String next = store.splitStory(flood, List.of("f2"));
      assertThat(List.of(flood, split, next)).doesNotHaveDuplicates();
    }
  }

  @Test
  void badEditsChangeNothingAndSayWhy() {
    try (OpenSearchStore store = OpenSearchStore.open(node.url(), prefix())) {
      store.add(List.of(TestCorpus.raw("f1", "2025-03-03", FLOOD_1), TestCorpus.raw("f2", "2025-03-04", FLOOD_2),
          TestCorpus.raw("c1", "2025-03-05", COFFEE)));
      String flood = store.storyOf("f1").orElseThrow(), coffee = store.storyOf("c1").orElseThrow();
      StoreStats before = store.stats();
      long commits = store.commits();
      assertThatThrownBy(() -> store.mergeStories(flood, flood)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("itself");
      assertThatThrownBy(() -> store.mergeStories(flood, "story-99")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no story story-99");
      assertThatThrownBy(() -> store.splitStory(flood, List.of("c1"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("article c1 is not in story " + flood);
      assertThatThrownBy(() -> store.splitStory(coffee, List.of("c1"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("some but not all");
      assertThat(store.stats()).isEqualTo(before);
      assertThat(store.commits()).isEqualTo(commits);
      assertThat(store.splitStory(flood, List.of("f2"))).isEqualTo("story-3");
    }
  }
}
