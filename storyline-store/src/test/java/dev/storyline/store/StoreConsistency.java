package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks shared by the store tests: every article readable, in exactly the story that lists it. */
final class StoreConsistency {
  private StoreConsistency() {}

  static void check(LuceneStore store, List<String> articleIds) {
    for (String id : articleIds) {
      assertThat(store.article(id)).as("article " + id).isPresent();
      String story = store.storyOf(id).orElseThrow();
      StoredStory s = store.story(story).orElseThrow(() -> new AssertionError("story " + story + " of " + id + " missing"));
      assertThat(s.story().articles()).as("story " + story).contains(id);
    }
  }
}
