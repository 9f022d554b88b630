package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.eval.EventTimeEval.GoldEvent;
import dev.storyline.eval.EventTimeEval.Result;
import dev.storyline.model.PartialDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Checks the committed gold set eval/gold/events.tsv (round ev1), against the real corpus text when it is there. */
class EventGoldFileTest {
  private static final Pattern CHECK = Pattern.compile("\\d+:[0-9a-f]{8}");

  private static Path upwardsTo(String relative) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(relative))) return p.resolve(relative);
    }
    return null;
  }

  private static List<GoldEvent> rows() {
    Path tsv = upwardsTo("eval/gold/events.tsv");
    assertThat(tsv).as("eval/gold/events.tsv in the repository").isNotNull();
    List<String> problems = new ArrayList<>();
    List<GoldEvent> rows = EventTimeEval.readGold(tsv, problems);
    assertThat(problems).isEmpty();
    return rows;
  }

  @Test
  void rowsAreWellFormedAndSentencesDoNotOverlap() {
    Map<String, List<GoldEvent>> byDoc = new HashMap<>();
    for (GoldEvent g : rows()) {
      assertThat(g.corpus()).isIn("unc", "vims");
      assertThat(g.label()).isIn("expr", "pub", "none");
      assertThat(g.split()).isIn("dev", "test");
      assertThat(g.value().isEmpty()).isEqualTo(g.label().equals("none"));
      if (!g.value().isEmpty()) assertThat(PartialDate.parseIso(g.value()).map(PartialDate::iso)).contains(g.value());
      assertThat(g.check()).matches(CHECK);
      assertThat(Integer.parseInt(g.check().substring(0, g.check().indexOf(':')))).isEqualTo(g.end() - g.start());
      byDoc.computeIfAbsent(g.corpus() + "/" + g.docId(), k -> new ArrayList<>()).add(g);
    }
    assertThat(byDoc).hasSizeGreaterThanOrEqualTo(30);
    for (List<GoldEvent> doc : byDoc.values()) {
      doc.sort(Comparator.comparingInt(GoldEvent::start));
      for (int i = 1; i < doc.size(); i++) assertThat(doc.get(i).start()).isGreaterThanOrEqualTo(doc.get(i - 1).end());
      assertThat(doc.stream().map(GoldEvent::split).distinct()).as("one split per article").hasSize(1);
    }
    long dev = byDoc.values().stream().filter(d -> d.get(0).split().equals("dev")).count();
    assertThat(dev).as("dev/test alternate in the draw").isEqualTo(byDoc.size() - dev);
  }

  @Test
  void everyChecksumMatchesTheRealArticleText() {
    Path shared = upwardsTo("shared/eval");
    Assumptions.assumeTrue(shared != null && Files.isRegularFile(shared.resolve("unc/unc.jsonl"))
        && Files.isRegularFile(shared.resolve("vims/vims.jsonl")), "../shared/eval not present");
    Result r = EventTimeEval.run(upwardsTo("eval/gold/events.tsv"), shared,
        a -> new EventTimeEval.Prediction(List.of(), List.of(), List.of()));
    assertThat(r.problems()).isEmpty();
    assertThat(r.scoredRows()).isEqualTo(r.goldRows()).isGreaterThanOrEqualTo(300);
  }
}
