package dev.storyline.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.model.Article;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Span;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Builds articles for the temporal tests and finds the shared seeds directory. */
final class TimeTestSupport {
  private TimeTestSupport() {}

  static Article article(String text, PartialDate published) {
    List<Span> paras = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > s) paras.add(new Span(s, i));
        s = i + 1;
      }
    }
    return new Article("t", "test", "", "", "", published, text, paras, List.of());
  }

  static TemporalResult analyze(String text, PartialDate published) {
    return new TemporalAnalyzer().analyze(article(text, published), new SentenceSplitter().split(text));
  }

  /** One case of the parameterized form tables: text, publication date, expected span, type, value, modifier. */
  static Arguments row(String text, PartialDate pub, String span, String type, String value, String mod) {
    return Arguments.of(text, pub, span, type, value, mod);
  }

  /**
   * Asserts that {@code text} published on {@code pub} has the expression {@code span}, at its offsets, with this
   * type, value and modifier.
   */
  static void assertResolves(String text, PartialDate pub, String span, String type, String value, String mod) {
    TemporalResult r = analyze(text, pub);
    TimeExpression x = r.times().stream().filter(t -> t.text().equals(span)).findFirst()
        .orElseThrow(() -> new AssertionError("no expression \"" + span + "\" in " + r.times()));
    assertThat(x.type()).isEqualTo(TimeType.valueOf(type));
    assertThat(x.value()).isEqualTo(value);
    assertThat(x.mod()).isEqualTo(mod);
    assertThat(text.substring(x.start(), x.end())).isEqualTo(span);
  }

  /** ../shared/seeds found by walking up from the working directory, or null. */
  static Path seedsDir() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      Path seeds = p.resolveSibling("shared").resolve("seeds");
      if (Files.isDirectory(seeds)) return seeds;
      seeds = p.resolve("shared").resolve("seeds");
      if (Files.isDirectory(seeds)) return seeds;
      p = p.getParent();
    }
    return null;
  }

  /** A seed file as (published or null, text with the " date YYYY-MM" header cut and blank lines dropped). */
  record Seed(PartialDate published, String text) {}

  static Seed seed(Path file) throws IOException {
    String raw = Files.readString(file);
    PartialDate pub = null;
    String body = raw;
    String stripped = raw.stripLeading();
    if (stripped.startsWith("date ")) {
      String iso = stripped.substring(5, 12);
      pub = PartialDate.parseIso(iso).orElseThrow();
      body = stripped.substring(12);
    }
    StringBuilder b = new StringBuilder();
    for (String line : body.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      if (b.length() > 0) b.append('\n');
      b.append(l);
    }
    return new Seed(pub, b.toString());
  }
}
