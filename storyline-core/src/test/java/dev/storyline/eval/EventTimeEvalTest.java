package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.eval.EventTimeEval.Counts;
import dev.storyline.eval.EventTimeEval.Prediction;
import dev.storyline.eval.EventTimeEval.Result;
import dev.storyline.model.Article;
import dev.storyline.model.EventTime;
import dev.storyline.model.Sentence;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event-time scorer on an invented corpus (no ../shared needed) and a stand-in system with known answers. */
class EventTimeEvalTest {
  // invented sentences and names; one unc article per split
  private static final List<String> A = List.of(
      "Sáng 14/6, ông Trần Văn Bích khai trương tiệm bánh ở xã Hòa Lạc.",
      "Tiệm bánh rộng chừng 50 mét vuông.",
      "Hiện tiệm đang tuyển thêm thợ.",
      "Năm 2020, ông Bích học nghề ở Huế.");
  private static final List<String> B = List.of("Tháng 6, xã Hòa Lạc mở chợ đêm.");

  private static int start(List<String> sentences, int i) {
    int s = 0;
    for (int k = 0; k < i; k++) s += sentences.get(k).length() + 1;
    return s;
  }

  private static String row(String doc, List<String> ss, int i, String value, String label, String split) {
    int s = start(ss, i), e = s + ss.get(i).length();
    return String.join("\t", "unc", doc, "" + s, "" + e, value, label, split, TimeEval.checksum(ss.get(i)));
  }

  private static Path corpus(Path dir) throws IOException {
    Path unc = Files.createDirectories(dir.resolve("shared/unc"));
    Files.writeString(unc.resolve("unc.jsonl"),
        "{\"doc_id\": \"ev_a\", \"date\": \"2023-06-15\", \"title\": \"\", \"url\": \"\", \"sentences\": [\""
            + String.join("\", \"", A) + "\"]}\n"
            + "{\"doc_id\": \"ev_b\", \"date\": \"2023-07-01\", \"title\": \"\", \"url\": \"\", \"sentences\": [\""
            + String.join("\", \"", B) + "\"]}\n", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("shared/vims"));
    Files.writeString(dir.resolve("shared/vims/vims.jsonl"), "", StandardCharsets.UTF_8);
    return dir.resolve("shared");
  }

  private static Path gold(Path dir, String... extra) throws IOException {
    List<String> lines = new ArrayList<>(List.of("corpus\tdoc_id\tstart\tend\tvalue\tlabel\tsplit\tcheck",
        row("ev_a", A, 0, "2023-06-14", "expr", "dev"),
        row("ev_a", A, 1, "", "none", "dev"),
        row("ev_a", A, 2, "2023-06-15", "pub", "dev"),
        row("ev_a", A, 3, "2020", "expr", "dev"),
        row("ev_b", B, 0, "2023-06", "expr", "test")));
    lines.addAll(List.of(extra));
    Path tsv = dir.resolve("events.tsv");
    Files.write(tsv, lines, StandardCharsets.UTF_8);
    return tsv;
  }

  private static List<Sentence> lines(List<String> ss) {
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < ss.size(); i++) out.add(new Sentence(start(ss, i), start(ss, i) + ss.get(i).length()));
    return out;
  }

  /** Known answers: a right day, a date for the description, a month for the state of now, a right year; a day for B. */
  private static final Function<Article, Prediction> STAND_IN = a -> {
    if (a.id().equals("ev_a")) {
      int y = start(A, 3);
      return new Prediction(lines(A),
          List.of(new TimeExpression(0, 9, "Sáng 14/6", TimeType.DATE, "2023-06-14", null),
              new TimeExpression(y, y + 8, "Năm 2020", TimeType.DATE, "2020", null)),
          List.of(new EventTime(0, "2023-06-14", 0), new EventTime(1, "2023-06-15", -1), new EventTime(2, "2023-06", 0),
              new EventTime(3, "2020", 1)));
    }
    return new Prediction(lines(B), List.of(new TimeExpression(0, 7, "Tháng 6", TimeType.DATE, "2023-06", null)),
        List.of(new EventTime(0, "2023-06-20", 0)));
  };

  @Test
  void scoresTheSystemAndBothBaselinesAsComputedByHand(@TempDir Path tmp) throws IOException {
    Result r = EventTimeEval.run(gold(tmp), corpus(tmp), STAND_IN);
    assertThat(r.problems()).isEmpty();
    assertThat(r.goldRows()).isEqualTo(5);
    assertThat(r.scoredRows()).isEqualTo(5);
    assertThat(r.docs()).isEqualTo(2);
    assertThat(r.taggedDocs()).isEqualTo(2);

    assertThat(r.get("dev", "system", "expr")).isEqualTo(new Counts(2, 2, 2, 0));
    assertThat(r.get("dev", "system", "pub")).isEqualTo(new Counts(1, 0, 1, 0)); // 2023-06 for 2023-06-15: compatible
    assertThat(r.get("dev", "system", "none")).isEqualTo(new Counts(1, 0, 0, 1)); // a date given, from publication
    assertThat(r.get("dev", "system", "dated")).isEqualTo(new Counts(3, 2, 3, 0));
    assertThat(r.get("dev", "system", "all")).isEqualTo(new Counts(4, 2, 3, 1));
    assertThat(r.get("test", "system", "expr")).isEqualTo(new Counts(1, 0, 1, 0));
    assertThat(r.get("all", "system", "expr")).isEqualTo(new Counts(3, 2, 3, 0));

    // every sentence = the publication date: only the pub row is right (2023-06-15 is not within 2023-06-14)
    assertThat(r.get("dev", "baseline-pub", "dated")).isEqualTo(new Counts(3, 1, 1, 0));
    assertThat(r.get("test", "baseline-pub", "expr")).isEqualTo(new Counts(1, 0, 0, 0));
    // the first DATE of the sentence else the publication date: all three dated dev rows, and the month of B
    assertThat(r.get("dev", "baseline-first-date", "dated")).isEqualTo(new Counts(3, 3, 3, 0));
    assertThat(r.get("dev", "baseline-first-date", "none")).isEqualTo(new Counts(1, 0, 0, 0));
    assertThat(r.get("test", "baseline-first-date", "expr")).isEqualTo(new Counts(1, 1, 1, 0));

    StringBuilder out = new StringBuilder();
    EventTimeEval.print(r, out);
    assertThat(out).contains("== split dev ==", "== split test ==", "== split all ==");
    assertThat(out.toString()).containsPattern("dated\\s+3\\s+66\\.7% 100\\.0% 0\\.0%\\s+33\\.3% 33\\.3%\\s+100\\.0% 100\\.0%");
  }

  /** STAND_IN, with the description (sentence 1) and the state of now (sentence 2) marked as reporting no event. */
  private static final Function<Article, Prediction> NO_EVENT = a -> {
    Prediction p = STAND_IN.apply(a);
    if (!a.id().equals("ev_a")) return p;
    List<EventTime> ev = new ArrayList<>(p.events());
    ev.set(1, new EventTime(1, "2023-06-15", -1, false));
    ev.set(2, new EventTime(2, "2023-06", 0, false));
    return new Prediction(p.sentences(), p.times(), ev);
  };

  @Test
  void aSentenceMarkedAsReportingNoEventCountsAsNoDate(@TempDir Path tmp) throws IOException {
    Result r = EventTimeEval.run(gold(tmp), corpus(tmp), NO_EVENT);
    // right on the none row (it was wrong with a date), wrong on the pub row (it was compatible)
    assertThat(r.get("dev", "system", "none")).isEqualTo(new Counts(1, 1, 1, 0, 1));
    assertThat(r.get("dev", "system", "pub")).isEqualTo(new Counts(1, 0, 0, 0, 1));
    assertThat(r.get("dev", "system", "dated")).isEqualTo(new Counts(3, 2, 2, 0, 1));
    assertThat(r.get("dev", "system", "all")).isEqualTo(new Counts(4, 3, 3, 0, 2));
    // two "no event" answers, one on a none row; one none row in all
    assertThat(EventTimeEval.nonePrecision(r, "dev", "system")).isEqualTo(0.5);
    assertThat(EventTimeEval.noneRecall(r, "dev", "system")).isEqualTo(1.0);
    assertThat(EventTimeEval.noneRecall(r, "dev", "baseline-pub")).isEqualTo(0.0);
    StringBuilder out = new StringBuilder();
    EventTimeEval.print(r, out);
    assertThat(out.toString()).contains("system \"no event\" answers: 2, precision 50.0%, recall 100.0% (of 1 none rows)");
  }

  @Test
  void badRowsAreProblemsAndLeftOut(@TempDir Path tmp) throws IOException {
    Result r = EventTimeEval.run(gold(tmp,
            "unc\tev_a\t0\t10\t2023-06-14\texpr\tdev\t10:00000000", // checksum mismatch
            "unc\tev_a\t0\t10\t2023-06-14\tmaybe\tdev\t10:00000000", // unknown label
            "unc\tev_a\t0\t10\t\tpub\tdev\t10:00000000",             // pub without a value
            "unc\tev_a\t0\t10\t2023-6-14\texpr\tdev\t10:00000000",   // not an ISO date
            "unc\tev_zz\t0\t10\t2023\texpr\tdev\t10:00000000"),      // no such document
        corpus(tmp), STAND_IN);
    assertThat(r.goldRows()).isEqualTo(7);
    assertThat(r.scoredRows()).isEqualTo(5);
    assertThat(r.problems()).hasSize(5);
    assertThat(r.problems()).anyMatch(p -> p.startsWith("checksum mismatch unc/ev_a"))
        .anyMatch(p -> p.contains("unknown label 'maybe'")).anyMatch(p -> p.contains("label pub with value ''"))
        .anyMatch(p -> p.contains("'2023-6-14' is not a date")).anyMatch(p -> p.startsWith("missing document unc/ev_zz"));
    assertThat(r.get("all", "system", "all").rows()).isEqualTo(5);
  }

  @Test
  void aFailingSystemCountsAsNoAnswerAndIsReported(@TempDir Path tmp) throws IOException {
    Result r = EventTimeEval.run(gold(tmp), corpus(tmp), a -> { throw new IllegalStateException("boom"); });
    assertThat(r.taggedDocs()).isZero();
    assertThat(r.problems()).singleElement().asString().contains("analyzer failed on 2 document(s)", "boom");
    assertThat(r.get("all", "system", "dated")).isEqualTo(new Counts(4, 0, 0, 0, 4));
    assertThat(r.get("all", "system", "none")).isEqualTo(new Counts(1, 1, 1, 0, 1)); // no date is right for none
    assertThat(r.get("all", "baseline-pub", "pub")).isEqualTo(new Counts(1, 1, 1, 0));
  }

  @Test
  void compatibleMeansTheSameDateAtAnotherPrecision() {
    assertThat(EventTimeEval.compatible("2016", "2016-05-20")).isTrue();
    assertThat(EventTimeEval.compatible("2016-05-20", "2016-05")).isTrue();
    assertThat(EventTimeEval.compatible("2016-05", "2016-05")).isTrue();
    assertThat(EventTimeEval.compatible("2016-05", "2016-06-01")).isFalse();
    assertThat(EventTimeEval.compatible("2016-05-02", "2016-05-20")).isFalse();
    assertThat(EventTimeEval.compatible("2016-1", "2016-12")).isFalse();
    assertThat(EventTimeEval.compatible("", "")).isTrue();
    assertThat(EventTimeEval.compatible("", "2016")).isFalse();
    assertThat(EventTimeEval.compatible("2016", "")).isFalse();
  }

  @Test
  void theRealAnalyzerRunsOnTheInventedCorpus(@TempDir Path tmp) throws IOException {
    Result r = EventTimeEval.run(gold(tmp), corpus(tmp));
    assertThat(r.problems()).isEmpty();
    assertThat(r.taggedDocs()).isEqualTo(2);
    assertThat(r.get("dev", "system", "expr").exact()).isEqualTo(2); // "Sáng 14/6" and "Năm 2020" date their sentences
    assertThat(r.get("all", "system", "all").rows()).isEqualTo(5);
    // the description goes on with the day of the sentence before it; "Hiện …" (now) takes the publication date
    assertThat(r.get("dev", "system", "none")).isEqualTo(new Counts(1, 0, 0, 0));
    assertThat(r.get("dev", "system", "pub")).isEqualTo(new Counts(1, 1, 1, 1));
  }
}
