package dev.storyline.app;

import dev.storyline.eval.StoryGroupingEval;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stories", mixinStandardHelpOptions = true, description = "B-cubed precision, recall and F1 of story grouping on ViMs (all documents shuffled, "
    + "three seeds), with a single-pass TF-IDF baseline computed in the same run.")
final class EvalStoriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "VIMS_JSONL", description = "Default: ../shared/eval/vims/vims.jsonl")
  Path file;

  @picocli.CommandLine.Option(names = "--entities",
      description = "Give the grouper the entity ids found by the analysis stages, as the pipeline does (slower).")
  boolean entities;

  @Override
  public Integer call() throws Exception {
    Path f = file != null ? file : EvalCommand.Locations.home().resolve("../shared/eval/vims/vims.jsonl").normalize();
    if (EvalCommand.missing(spec, f, "ViMs file") > 0) return 1;
    StoryGroupingEval.Result r = entities
        ? StoryGroupingEval.run(f, dev.storyline.group.StoryGrouper.Config.defaults(), StoryGroupingEval.BASELINE_THRESHOLD, true)
        : StoryGroupingEval.run(f);
    StoryGroupingEval.printReport(r, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
