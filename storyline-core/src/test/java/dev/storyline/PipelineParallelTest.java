package dev.storyline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Storyline;
import dev.storyline.render.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineParallelTest {
  /** The bundled examples/ folder of the checkout (the module's parent). */
  static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path e = p.resolve("examples");
      if (Files.isDirectory(e) && Files.exists(e.resolve("more.jsonl"))) return e;
    }
    throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
  }

  private static String json(Storyline s) throws IOException {
    StringBuilder b = new StringBuilder();
    new JsonReport().write(s, b);
    return b.toString();
  }

  @Test
  void parallelAnalysisGivesTheSequentialStorylineOnExamples() throws IOException {
    ReadResult read = new ArticleReader().read(List.of(examples().toString()));
    assertThat(read.articles()).hasSizeGreaterThan(20);
    // Repeat the corpus so each of several threads gets many chunks and chunk order really interleaves;
    // renamed copies keep ids unique.
    List<RawArticle> many = new ArrayList<>();
    for (int copy = 0; copy < 4; copy++) {
      for (RawArticle a : read.articles()) {
        many.add(new RawArticle(a.id() + "-" + copy, a.source(), a.title(), a.text(), a.published(), a.url(), a.outlet()));
      }
    }
    ReadResult input = new ReadResult(many, read.problems());
    String sequential = json(new Pipeline(Pipeline.Options.defaults(), 1).run(input));
    String parallel = json(new Pipeline(Pipeline.Options.defaults(), 3).run(input));
    assertThat(parallel).isEqualTo(sequential);
    assertThat(json(new Pipeline().run(read))).isEqualTo(json(new Pipeline(Pipeline.Options.defaults(), 2).run(read)));
  }

  @Test
  void problemsKeepInputOrderInParallel() {
    List<RawArticle> raws = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String text = i % 7 == 0 ? "   " : "Ông Nguyễn Văn Bình nói hôm 3/4 rằng dự án số " + i + " đã xong.";
      raws.add(new RawArticle("x" + i, "t", "", text, null, "", ""));
    }
    ReadResult input = new ReadResult(raws, List.of());
    Storyline seq = new Pipeline(Pipeline.Options.defaults(), 1).run(input);
    Storyline par = new Pipeline(Pipeline.Options.defaults(), 4).run(input);
    assertThat(seq.problems()).hasSize(15);
    assertThat(par.problems()).isEqualTo(seq.problems());
    assertThat(par.articles()).extracting(a -> a.id()).isEqualTo(seq.articles().stream().map(a -> a.id()).toList());
  }
}
