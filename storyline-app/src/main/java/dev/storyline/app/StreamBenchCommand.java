package dev.storyline.app;

import dev.storyline.bench.StreamBench;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stream", mixinStandardHelpOptions = true,
    description = "Time the whole pipeline for batches larger than memory (group first, then analyse and build story by"
        + " story) on N generated articles (made on demand, never all in memory) or on a JSONL corpus.")
final class StreamBenchCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin BenchCorpus.Options corpusOptions;

  @Option(names = "--threads", paramLabel = "T", description = "Threads (default: the number of cores).")
  Integer threads;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    BenchCorpus corpus = corpusOptions.open(out, err, t);
    if (corpus == null) return 1;
    out.print(new StreamBench().run(corpus.size(), corpus.articles(), t).format());
    out.flush();
    return 0;
  }
}
