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

  @picocli.CommandLine.Option(names = "--entities", hidden = true,
      description = "Kept for old scripts: entity ids are given by default now.")
  boolean entities;

  @picocli.CommandLine.Option(names = "--text-only",
      description = "Give the grouper title, text and date only, without the entity ids the analysis stages find "
          + "(the protocol before stop 16). By default it gets them, as the pipeline does.")
  boolean textOnly;

  @Override
  public Integer call() throws Exception {
    if (textOnly && entities) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--text-only and --entities exclude each other");
    }
    Path f = file != null ? file : EvalCommand.Locations.home().resolve("../shared/eval/vims/vims.jsonl").normalize();
    if (EvalCommand.missing(spec, f, "ViMs file") > 0) return 1;
    boolean withEntities = !textOnly && (entities || StoryGroupingEval.entitiesByDefault());
    StoryGroupingEval.Result r = StoryGroupingEval.run(f, dev.storyline.group.StoryGrouper.Config.defaults(),
        StoryGroupingEval.BASELINE_THRESHOLD, withEntities);
    StoryGroupingEval.printReport(r, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
