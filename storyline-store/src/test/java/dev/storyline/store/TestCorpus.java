package dev.storyline.store;

import dev.storyline.ingest.ArticleReader;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled examples/ corpus (written for this project) and small hand-written articles. */
public final class TestCorpus {
  private TestCorpus() {}

  public static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path e = p.resolve("examples");
      if (Files.isRegularFile(e.resolve("more.jsonl"))) return e;
    }
    throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
  }

  public static List<RawArticle> examplesArticles() {
    var read = new ArticleReader().read(List.of(examples().toString()));
    if (read.articles().size() < 20) throw new IllegalStateException("examples/ read only " + read.articles().size());
    return read.articles();
  }

  public static RawArticle raw(String id, String date, String text) {
    return new RawArticle(id, id + ".txt", "", text, date == null ? null : PartialDate.parseIso(date).orElseThrow(), "", "");
  }
}
