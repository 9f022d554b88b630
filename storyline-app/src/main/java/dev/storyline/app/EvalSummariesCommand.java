package dev.storyline.app;

import dev.storyline.eval.SummaryEval;
import dev.storyline.story.StoryBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "summaries", mixinStandardHelpOptions = true, description = "ROUGE-1/2/L of story summaries on the 300 ViMs clusters (two references each), "
    + "with Lead and TF-IDF centroid baselines computed in the same run.")
final class EvalSummariesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "VIMS_JSONL", description = "Default: ../shared/eval/vims/vims.jsonl")
  Path file;

  @Option(names = "--budget", description = "global (mean reference length, default) or per_cluster.", defaultValue = "global")
  String budget;

  @Override
  public Integer call() throws Exception {
    Path f = file != null ? file : EvalCommand.Locations.home().resolve("../shared/eval/vims/vims.jsonl").normalize();
    if (EvalCommand.missing(spec, f, "ViMs file") > 0) return 1;
    SummaryEval.Budget mode = budget.equalsIgnoreCase("per_cluster") || budget.equalsIgnoreCase("cluster")
        ? SummaryEval.Budget.PER_CLUSTER : SummaryEval.Budget.GLOBAL;
    SummaryEval.printReport(SummaryEval.run(f, mode, StoryBuilder.Scoring.defaults()), spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
