package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.group.StoryGrouper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs only where the ViMs file is available (../shared/eval/vims/vims.jsonl next to the worktree). */
class VimsGroupingTest {

  static Path vims() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path f = p.resolve("shared/eval/vims/vims.jsonl");
      if (Files.isRegularFile(f)) return f;
    }
    return null;
  }

  @Test
  void grouperBeatsTheBaselineInTheSameRun() {
    Path file = vims();
    assumeTrue(file != null, "ViMs data not available");
    List<StoryGroupingEval.Doc> all = StoryGroupingEval.load(file);
    assertThat(all).hasSize(1945);
    StoryGrouper grouper = new StoryGrouper();
    BaselineGrouper baseline = new BaselineGrouper(StoryGroupingEval.BASELINE_THRESHOLD);
    StoryGroupingEval.Row ours = StoryGroupingEval.evaluate(StoryGroupingEval.ALL, "storyline", 1, all, grouper::group);
    StoryGroupingEval.Row base = StoryGroupingEval.evaluate(StoryGroupingEval.ALL, "baseline", 1, all, baseline::group);
    assertThat(ours.scores().f1()).isGreaterThanOrEqualTo(base.scores().f1());
    assertThat(ours.goldClusters()).isEqualTo(300);
  }

  @Test
  void reportListsEverySubsetSystemAndSeed() {
    Path file = vims();
    assumeTrue(file != null, "ViMs data not available");
    StoryGroupingEval.Row row = StoryGroupingEval.evaluate("x", "storyline", 1, StoryGroupingEval.load(file).subList(0, 50), new StoryGrouper()::group);
    StoryGroupingEval.Result r = new StoryGroupingEval.Result(file, 50, 7, List.of(row));
    StringBuilder sb = new StringBuilder();
    StoryGroupingEval.printReport(r, sb);
    assertThat(sb.toString()).contains("B3-F1").contains("docs/cpu-s").contains("storyline").contains("even clusters");
  }
}
