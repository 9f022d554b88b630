package dev.storyline.app;

import dev.storyline.bench.CorpusGenerator;
import dev.storyline.bench.GroupBench;
import dev.storyline.group.GroupDoc;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;

@Command(name = "group", mixinStandardHelpOptions = true,
    description = "Time story grouping alone on N generated articles (made on demand, never all in memory) or on a JSONL corpus.")
final class GroupBenchCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin BenchCorpus.Options corpusOptions;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    BenchCorpus corpus = corpusOptions.open(out, err, Runtime.getRuntime().availableProcessors());
    if (corpus == null) return 1;
    IntFunction<GroupDoc> docs = i -> GroupBench.of(corpus.articles().apply(i));
    IntFunction<Integer> labels = corpus.generated() ? i -> i / CorpusGenerator.STORY_SIZE : null;
    int n = corpus.size();
    out.print(new GroupBench().run(n, docs, labels).format());
    out.flush();
    return 0;
  }
}
