package dev.storyline.app;

import dev.storyline.store.StoryRepository;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** How the editing commands open the store and report a refused edit. */
final class StoryEdits {
  private StoryEdits() {}

  static int run(StoreOptions store, PrintWriter err, Consumer<StoryRepository> edit) {
    if (!store.valid(err)) return StoreOptions.USAGE;
    StoryRepository s = store.openExistingForWriting(err);
    if (s == null) return StoreOptions.STORE_UNUSABLE;
    try (s) {
      edit.accept(s);
      return Runner.OK;
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      err.println("error: " + e.getMessage() + "; nothing was changed");
      err.flush();
      return Runner.NOTHING_READ;
    }
  }
}
