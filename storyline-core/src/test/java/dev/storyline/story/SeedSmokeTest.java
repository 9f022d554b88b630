package dev.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Sentence;
import dev.storyline.model.Span;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.render.JsonReport;
import dev.storyline.render.MarkdownReport;
import dev.storyline.render.TextReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real articles through the story builder and every renderer, with only sentence spans (a naive
 * splitter here; the real annotators live elsewhere). Checks the invariants, not any answer.
 */
class SeedSmokeTest {
  private static Path seeds() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("shared"))) p = p.getParent();
    return p == null ? Path.of("/nonexistent") : p.resolve("shared").resolve("seeds");
  }

  private static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n'
          || (".!?".indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
      if (!end) continue;
      int e = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
      int s = start;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      if (e > s) out.add(new Sentence(s, e));
      start = e;
    }
    return out;
  }

  @Test
  void seedsGiveCitedSummariesAndRender() throws Exception {
    Path dir = seeds();
    assumeTrue(Files.isDirectory(dir));
    List<AnalyzedArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f).strip();
        PartialDate published = null;
        if (text.startsWith("date ")) {
          published = PartialDate.parseIso(text.substring(5, 12)).orElse(null);
          text = text.substring(12).strip();
        }
        String name = f.getFileName().toString();
        Article a = new Article(name, f.toString(), "", "", "", published, text, List.of(new Span(0, text.length())), List.of());
        articles.add(new AnalyzedArticle(a, published, false, "", split(text), List.of(), List.of(), List.of(), List.of(), List.of()));
      }
    }
    assumeTrue(!articles.isEmpty());
    Story story = new StoryBuilder().build("seeds", articles, List.of());
    assertThat(story.summary()).isNotEmpty();
    assertThat(story.title().length()).isBetween(1, StoryBuilder.MAX_TITLE);
    int total = 0, longest = 0;
    for (Story.SummarySentence s : story.summary()) {
      var c = s.citations().get(0);
      String text = articles.stream().filter(a -> a.id().equals(c.article())).findFirst().orElseThrow().text();
      assertThat(text.substring(c.start(), c.end())).isEqualTo(s.text());
      assertThat(Anaphora.referentialStart(s.text())).as(s.text()).isFalse();
      int n = TextFeatures.syllables(s.text(), 0, s.text().length()).size();
      total += n;
      longest = Math.max(longest, n);
    }
    assertThat(total - longest).isLessThan(StoryBuilder.DEFAULT_SUMMARY_SYLLABLES);
    Storyline sl = new Storyline(articles, List.of(), List.of(story), List.of());
    StringBuilder out = new StringBuilder();
    new TextReport().write(sl, out);
    new MarkdownReport().write(sl, out);
    new JsonReport().write(sl, out);
    assertThat(out).contains("Tóm tắt");
  }
}
