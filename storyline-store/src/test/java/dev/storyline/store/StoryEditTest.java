package dev.storyline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The editing contract on the embedded store: each edit is one Lucene commit; pins are `pin` documents. */
class StoryEditTest extends StoryEditContract {
  @TempDir Path dir;

  @Override
  protected StoryRepository open() { return LuceneStore.open(dir); }

  @Override
  protected StoryRepository reopen() { return LuceneStore.open(dir); }

  @Override
  protected long commits(StoryRepository store) { return ((LuceneStore) store).commits(); }
}
