package dev.storyline.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.store.ArticleHeader;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResult;
import dev.storyline.store.StoreJson;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.StoryUpdater;
import dev.storyline.store.search.QueryParts;
import dev.storyline.store.search.Snippets;
import dev.storyline.store.search.Syllables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The store classes this module loads must not refer to Lucene: ours is excluded here and the node's (another
 * version) would otherwise be linked against them. Checked on the compiled classes' constant pools.
 */
class NoLuceneTest {
  @Test
  void theSharedStoreClassesReferToNoLuceneClass() throws IOException {
    for (Class<?> c : List.of(StoryUpdater.class, StoryUpdater.Plan.class, StoryUpdater.StoredArticle.class,
        StoryUpdater.StoryWrite.class, StoryUpdater.StoredState.class, StoreJson.class, StoryRepository.class,
        QueryParts.class, Snippets.class, Syllables.class, SearchRequest.class, SearchResult.class, ArticleHeader.class,
        OpenSearchStore.class, Docs.class, SearchQueries.class, Cluster.class)) {
      String name = c.getName().replace('.', '/') + ".class";
      try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        String pool = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(pool).as(name).doesNotContain("org/apache/lucene");
      }
    }
    // the check can fail: the embedded store's class does name Lucene (only its bytes are read, it is not loaded)
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev/storyline/store/LuceneStore.class")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).contains("org/apache/lucene");
    }
  }
}
