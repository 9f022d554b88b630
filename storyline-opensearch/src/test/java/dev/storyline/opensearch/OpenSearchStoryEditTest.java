package dev.storyline.opensearch;

import dev.storyline.store.StoryEditContract;
import dev.storyline.store.StoryRepository;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The editing contract (StoryEditContract) on the OpenSearch store, each test on its own prefix of one node. */
class OpenSearchStoryEditTest extends StoryEditContract {
  static TestNode node;
  static final AtomicInteger PREFIXES = new AtomicInteger();
  String prefix;

  @BeforeAll
  static void startNode() { node = TestNode.shared(); }

  @BeforeEach
  void newPrefix() { prefix = "edit" + PREFIXES.incrementAndGet(); }

  @Override
  protected StoryRepository open() { return OpenSearchStore.open(node.url(), prefix); }

  @Override
  protected StoryRepository reopen() { return OpenSearchStore.openExisting(node.url(), prefix); }

  @Override
  protected long commits(StoryRepository store) { return ((OpenSearchStore) store).commits(); }
}
