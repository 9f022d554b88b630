package dev.storyline.store;

import dev.storyline.model.RawArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process of {@link LuceneStoreCrashTest}: ingests copies of the examples batch after batch, forever,
 * printing "committed N" after each add() returns, until it is killed.
 */
public final class CrashIngestMain {
  public static void main(String[] args) {
    List<RawArticle> examples = TestCorpus.examplesArticles();
    try (LuceneStore store = LuceneStore.open(Path.of(args[0]))) {
      for (int batch = 0; ; batch++) {
        List<RawArticle> copies = new ArrayList<>(examples.size());
        for (RawArticle r : examples) {
          // a new id and a new last line: neither the id nor the content is a duplicate
          copies.add(new RawArticle("b" + batch + "-" + r.id(), r.source(), r.title(),
              r.text() + "\nBản tin cập nhật lần thứ " + batch + ".", r.published(), r.url(), r.outlet()));
        }
        store.add(copies);
        System.out.println("committed " + store.stats().articles());
        System.out.flush();
      }
    }
  }
}
