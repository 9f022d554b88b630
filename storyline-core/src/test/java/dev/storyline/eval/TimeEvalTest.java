package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.eval.TimeEval.Counts;
import dev.storyline.eval.TimeEval.Result;
import dev.storyline.eval.TimeEval.Scores;
import dev.storyline.model.Article;
import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeEvalTest {
  private static final double EPS = 1e-9;

  private static GoldTimex gold(String doc, int s, int e, String type, String value, String mod, String form) {
    return new GoldTimex("unc", doc, s, e, type, value, mod, form, "test", "");
  }

  private static PredictedTimex pred(String doc, int s, int e, String type, String value, String mod) {
    return new PredictedTimex("unc", doc, s, e, type, value, mod);
  }

  private static Path resources() throws URISyntaxException {
    return Path.of(TimeEvalTest.class.getResource("/timeeval/time.tsv").toURI()).getParent();
  }

  @Test
  void scoresPrecisionRecallAndAccuraciesAsComputedByHand() {
    List<GoldTimex> g = List.of(
        gold("d1", 0, 5, "DATE", "2022-03-09", "", "day-month"),
        gold("d1", 10, 20, "DURATION", "P3D", "", "duration"),
        gold("d1", 30, 40, "DATE", "PRESENT_REF", "", "relative"),
        gold("d1", 50, 55, "DATE", "2021", "", "year"),
        gold("d2", 0, 4, "SET", "P1D", "", "set"));
    List<PredictedTimex> p = List.of(
        pred("d1", 0, 5, "DATE", "2022-03-09", null),      // exact, right value
        pred("d1", 12, 20, "DURATION", "P2D", null),       // overlap only, wrong value
        pred("d1", 30, 40, "DATE", "PRESENT_REF", "APPROX"), // exact, value right but mod wrong
        pred("d1", 60, 70, "DATE", "2020", null),          // false positive
        pred("d2", 0, 4, "TIME", "P1D", ""));               // exact, wrong type, right value
    Counts c = TimeEval.score(g, p).overall();

    assertThat(c.gold()).isEqualTo(5);
    assertThat(c.predicted()).isEqualTo(5);
    assertThat(c.exact()).isEqualTo(3);
    assertThat(c.overlap()).isEqualTo(4);
    assertThat(c.precisionExact()).isCloseTo(0.6, within(EPS));
    assertThat(c.recallExact()).isCloseTo(0.6, within(EPS));
    assertThat(c.f1Exact()).isCloseTo(0.6, within(EPS));
    assertThat(c.precisionOverlap()).isCloseTo(0.8, within(EPS));
    assertThat(c.recallOverlap()).isCloseTo(0.8, within(EPS));
    assertThat(c.f1Overlap()).isCloseTo(0.8, within(EPS));
    assertThat(c.typeAccuracy()).isCloseTo(0.75, within(EPS));
    assertThat(c.valueAccuracy()).isCloseTo(0.5, within(EPS));
    assertThat(c.valueAccuracyExact()).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void breaksRecallDownByGoldForm() {
    List<GoldTimex> g = List.of(
        gold("d1", 0, 5, "DATE", "2021", "", "year"),
        gold("d1", 10, 20, "DURATION", "P3D", "", "duration"),
        gold("d1", 30, 35, "DATE", "2020", "", "year"));
    List<PredictedTimex> p = List.of(pred("d1", 0, 5, "DATE", "2021", null), pred("d1", 12, 18, "DURATION", "P3D", null));
    Scores s = TimeEval.score(g, p);

    Counts year = s.byForm().get("year");
    assertThat(year.gold()).isEqualTo(2);
    assertThat(year.recallExact()).isCloseTo(0.5, within(EPS));
    assertThat(year.predicted()).isNegative(); // predictions carry no form: precision is not defined per form
    assertThat(Double.isNaN(year.precisionExact())).isTrue();
    Counts duration = s.byForm().get("duration");
    assertThat(duration.exact()).isZero();
    assertThat(duration.overlap()).isEqualTo(1);
    assertThat(duration.valueAccuracy()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void matchesOneToOne() {
    // a duplicated prediction is a false positive, not a second hit
    Counts dup = TimeEval.score(List.of(gold("d", 0, 5, "DATE", "2021", "", "year")),
        List.of(pred("d", 0, 5, "DATE", "2021", null), pred("d", 0, 5, "DATE", "2021", null))).overall();
    assertThat(dup.exact()).isEqualTo(1);
    assertThat(dup.precisionExact()).isCloseTo(0.5, within(EPS));

    // one wide prediction covering two gold expressions matches only one of them
    Counts wide = TimeEval.score(List.of(gold("d", 0, 5, "DATE", "2021", "", "year"), gold("d", 6, 10, "DATE", "2020", "", "year")),
        List.of(pred("d", 0, 10, "DATE", "2021", null))).overall();
    assertThat(wide.overlap()).isEqualTo(1);
    assertThat(wide.recallOverlap()).isCloseTo(0.5, within(EPS));

    // predictions in another document never match
    Counts other = TimeEval.score(List.of(gold("d", 0, 5, "DATE", "2021", "", "year")),
        List.of(pred("e", 0, 5, "DATE", "2021", null))).overall();
    assertThat(other.overlap()).isZero();
  }

  @Test
  void exactMatchesAreClaimedBeforeOverlaps() {
    // greedy overlap alone would give gold A the prediction [2,12) (larger overlap) and strand gold B
    List<GoldTimex> g = List.of(gold("d", 0, 10, "DATE", "A", "", "other"), gold("d", 2, 12, "DATE", "B", "", "other"));
    List<PredictedTimex> p = List.of(pred("d", 2, 12, "DATE", "B", null), pred("d", 0, 3, "DATE", "A", null));
    Counts c = TimeEval.score(g, p).overall();
    assertThat(c.exact()).isEqualTo(1);
    assertThat(c.overlap()).isEqualTo(2);
    assertThat(c.valueAccuracy()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void noPredictionsGivesZeroRecallAndF1() {
    Counts c = TimeEval.score(List.of(gold("d", 0, 5, "DATE", "2021", "", "year")), List.of()).overall();
    assertThat(c.recallExact()).isZero();
    assertThat(c.f1Exact()).isZero();
    assertThat(Double.isNaN(c.precisionExact())).isTrue();
  }

  @Test
  void checksumAgreesWithThePythonToolAndIgnoresNormalisationForm() {
    // value written by eval/gold/tools/timegold.py into src/test/resources/timeeval/time.tsv
    assertThat(TimeEval.checksum("ngày 20/3")).isEqualTo("9:14ae653e");
    assertThat(TimeEval.checksum(Normalizer.normalize("ngày 20/3", Normalizer.Form.NFD))).isEqualTo("9:14ae653e");
  }

  /** A tagger that finds fixed phrases in the text and labels them, standing in for TemporalAnalyzer. */
  private static Function<Article, List<TimeExpression>> phraseTagger(Map<String, List<Article>> seen) {
    return a -> {
      seen.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
      List<TimeExpression> out = new ArrayList<>();
      int i = a.text().indexOf("Sáng 9/3");
      if (i >= 0) out.add(new TimeExpression(i, i + 8, "Sáng 9/3", TimeType.TIME, "2022-03-09TMO", null));
      int j = a.text().indexOf("hôm qua");
      if (j >= 0) out.add(new TimeExpression(j, j + 7, "hôm qua", TimeType.DATE, "2022-03-14", null));
      return out;
    };
  }

  @Test
  void runsOverTheFakeCorpusWithNormalisedTextAndScoresPerSplit() throws Exception {
    Map<String, List<Article>> seen = new HashMap<>();
    Result r = TimeEval.run(resources().resolve("time.tsv"), resources().resolve("shared"), phraseTagger(seen));

    assertThat(r.problems()).isEmpty(); // includes the NFD + CRLF ViMs document: checksums match after NFC/LF
    assertThat(r.goldRows()).isEqualTo(11);
    assertThat(r.scoredRows()).isEqualTo(11);
    assertThat(r.docs()).isEqualTo(3);
    assertThat(r.taggedDocs()).isEqualTo(3);

    Counts all = r.bySplit().get("all").overall();
    assertThat(all.gold()).isEqualTo(11);
    assertThat(all.predicted()).isEqualTo(2);
    assertThat(all.exact()).isEqualTo(1);   // "Sáng 9/3"
    assertThat(all.overlap()).isEqualTo(2); // "hôm qua" inside gold "Chiều hôm qua"
    assertThat(all.typeAccuracy()).isCloseTo(0.5, within(EPS));
    assertThat(r.bySplit().get("dev").overall().gold()).isEqualTo(5);
    assertThat(r.bySplit().get("dev").overall().predicted()).isEqualTo(1);
    assertThat(r.bySplit().get("test").overall().gold()).isEqualTo(6);
    assertThat(r.bySplit().get("test").overall().predicted()).isEqualTo(1);

    Article vims = seen.get("9001").get(0);
    assertThat(vims.published()).isEqualTo(PartialDate.ofDay(2022, 3, 15));
    assertThat(vims.text()).doesNotContain("\r").isEqualTo(Normalizer.normalize(vims.text(), Normalizer.Form.NFC));
    assertThat(vims.paragraphs()).hasSize(2);
    Article unc = seen.get("fake_a").get(0);
    assertThat(unc.paragraphs()).hasSize(3);
    assertThat(unc.published()).isEqualTo(PartialDate.ofDay(2022, 3, 10));
  }

  @Test
  void reportsChecksumMismatchAndMissingDocumentInsteadOfCrashing(@TempDir Path tmp) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(resources().resolve("time.tsv"), StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).replace("8:5cf73511", "8:00000000"));        // fake_a "Sáng 9/3"
    lines.set(6, lines.get(6).replace("fake_b", "fake_gone"));              // first fake_b row
    Path tsv = tmp.resolve("time.tsv");
    Files.write(tsv, lines, StandardCharsets.UTF_8);

    Result r = TimeEval.run(tsv, resources().resolve("shared"), a -> List.of());

    assertThat(r.problems()).anyMatch(p -> p.startsWith("checksum mismatch unc/fake_a [0,8)"));
    assertThat(r.problems()).anyMatch(p -> p.startsWith("missing document unc/fake_gone"));
    assertThat(r.scoredRows()).isEqualTo(9);
    assertThat(r.bySplit().get("all").overall().gold()).isEqualTo(9);
  }

  @Test
  void reportsMissingCorpusAndFailingTagger(@TempDir Path tmp) throws Exception {
    Result none = TimeEval.run(resources().resolve("time.tsv"), tmp.resolve("nowhere"), a -> List.of());
    assertThat(none.problems()).anyMatch(p -> p.startsWith("corpus file missing"));
    assertThat(none.scoredRows()).isZero();

    Result failing = TimeEval.run(resources().resolve("time.tsv"), resources().resolve("shared"), a -> {
      throw new IllegalStateException("boom");
    });
    // the same failure on every document is reported once, with the count
    assertThat(failing.problems()).singleElement().satisfies(p ->
        assertThat(p).startsWith("tagger failed on 3 document(s)").contains("unc/fake_a").contains("boom"));
    assertThat(failing.taggedDocs()).isZero();
    assertThat(failing.bySplit().get("all").overall().recallExact()).isZero();
  }

  @Test
  void printsProblemsOverallFiguresAndFormsForEachSplit() throws Exception {
    Result r = TimeEval.run(resources().resolve("time.tsv"), resources().resolve("shared"), phraseTagger(new HashMap<>()));
    StringBuilder out = new StringBuilder();
    new TimeEval().print(r, out);
    String s = out.toString();
    assertThat(s).contains("11 gold rows in 3 documents").contains("== split dev: 5 gold, 1 predicted ==")
        .contains("== split test:").contains("== split all: 11 gold, 2 predicted ==")
        .contains("exact").contains("overlap").contains("time-of-day").contains("part-of-period")
        .doesNotContain("Problems");
    assertThat(s).containsPattern("exact\\s+50\\.0%\\s+9\\.1%");
  }

  @Test
  void realTaggerRunNeverThrows() throws Exception {
    // whatever state TemporalAnalyzer is in (stub or finished), the harness reports instead of crashing
    Result r = TimeEval.run(resources().resolve("time.tsv"), resources().resolve("shared"));
    assertThat(r.goldRows()).isEqualTo(11);
    assertThat(r.scoredRows()).isEqualTo(11);
    assertThat(r.taggedDocs() == 3 || r.problems().stream().anyMatch(p -> p.startsWith("tagger failed on"))).isTrue();
  }
}
