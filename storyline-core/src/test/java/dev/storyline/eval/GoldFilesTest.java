package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The committed gold files point at the right text of the shared corpora and are big enough. */
class GoldFilesTest {
  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("eval/gold"))) p = p.getParent();
    return p;
  }

  static Path sharedEval() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/eval/unc"))) return p.resolve("shared/eval");
    }
    return null;
  }

  static List<String[]> rows(String file) throws IOException {
    List<String> lines = Files.readAllLines(repoRoot().resolve("eval/gold").resolve(file), StandardCharsets.UTF_8);
    List<String[]> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) if (!l.isBlank()) out.add(l.split("\t", -1));
    return out;
  }

  @Test
  void everyRowChecksumMatchesTheSharedText() throws IOException {
    Path shared = sharedEval();
    Assumptions.assumeTrue(shared != null, "shared/eval not present");
    List<String> problems = new ArrayList<>();
    Set<String> wanted = new HashSet<>();
    for (String f : List.of("entities.tsv", "quantities.tsv", "quotes.tsv")) for (String[] r : rows(f)) wanted.add(r[0] + ":" + r[1]);
    Map<String, String> texts = NlpEval.loadTexts(shared, problems, wanted::contains);
    assertThat(problems).isEmpty();
    List<String> bad = new ArrayList<>();
    for (String f : List.of("entities.tsv", "quantities.tsv", "quotes.tsv")) {
      for (String[] r : rows(f)) {
        String text = texts.get(r[0] + ":" + r[1]);
        int s = Integer.parseInt(r[2]), e = Integer.parseInt(r[3]);
        if (text == null || e > text.length() || !NlpEval.check(text.substring(s, e)).equals(r[r.length - 1])) {
          bad.add(f + " " + String.join(" ", r));
        }
      }
    }
    assertThat(bad).isEmpty();
    for (String[] r : rows("quotes.tsv")) {
      String text = texts.get(r[0] + ":" + r[1]);
      if (!r[4].isEmpty()) assertThat(Integer.parseInt(r[5])).isGreaterThan(Integer.parseInt(r[4])).isLessThanOrEqualTo(text.length());
    }
  }

  @Test
  void goldSetMeetsTheMinimumSizesAndSplits() throws IOException {
    Assumptions.assumeTrue(repoRoot() != null);
    List<String[]> ents = rows("entities.tsv"), qts = rows("quantities.tsv"), quos = rows("quotes.tsv");
    assertThat(ents.size()).isGreaterThanOrEqualTo(MIN_ENTITIES);
    assertThat(qts.size()).isGreaterThanOrEqualTo(MIN_QUANTITIES);
    assertThat(quos.size()).isGreaterThanOrEqualTo(MIN_QUOTES);
    Set<String> docs = new HashSet<>(), dev = new HashSet<>();
    for (List<String[]> rs : List.of(ents, qts, quos)) {
      for (String[] r : rs) {
        docs.add(r[0] + ":" + r[1]);
        if (r[r.length - 2].equals("dev")) dev.add(r[0] + ":" + r[1]);
        assertThat(r[r.length - 2]).isIn("dev", "test");
      }
    }
    assertThat(docs.size()).isGreaterThanOrEqualTo(MIN_DOCS);
    // Round 6 grew dev by more than test (12 vs 6 entity articles): dev may pass half, never 3/5.
    assertThat(dev.size()).isBetween(docs.size() / 5, docs.size() * 3 / 5);
    for (String[] r : ents) assertThat(r[4]).isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    for (String[] r : qts) {
      Double.parseDouble(r[4]);
      assertThat(r[6]).isIn("", "about", "nearly", "more_than", "at_least", "less_than", "at_most");
    }
    for (String[] r : quos) assertThat(r[6]).isIn("true", "false");
  }

  static final int MIN_DOCS = 60, MIN_ENTITIES = 600, MIN_QUANTITIES = 150, MIN_QUOTES = 80;
}
