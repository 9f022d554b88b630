package dev.storyline.app.server;

import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.RawArticle;
import dev.storyline.store.IngestReport;
import dev.storyline.store.LuceneStore;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo store the server is tested on: the project's examples/ (plus test articles) in a real LuceneStore. */
final class ExampleStore {
  private ExampleStore() {}

  static LuceneStore open(Path dir, List<RawArticle> extra) {
    ReadResult read = new ArticleReader().read(List.of(examples().toString()));
    List<RawArticle> all = new ArrayList<>(read.articles());
    all.addAll(extra);
    LuceneStore store = LuceneStore.open(dir);
    IngestReport report = store.add(all);
    if (!report.problems().isEmpty()) throw new IllegalStateException("examples did not ingest: " + report.problems());
    return store;
  }

  /** Every stored article, through the public contract (a blank search lists them all). */
  static List<AnalyzedArticle> articles(LuceneStore store) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int offset = 0; ; offset += 100) {
      SearchResult page = store.search(new SearchRequest("", null, null, null, null, null, null, null, false, offset, 100));
      for (SearchResult.Hit h : page.hits()) out.add(store.article(h.article().id()).orElseThrow());
      if (offset + 100 >= page.total()) return out;
    }
  }

  static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path e = p.resolve("examples");
      if (Files.isDirectory(e) && Files.exists(e.resolve("README.md"))) return e;
    }
    throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
  }
}
