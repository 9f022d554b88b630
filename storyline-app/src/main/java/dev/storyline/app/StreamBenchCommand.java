package dev.storyline.app;

import dev.storyline.bench.StreamBench;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stream", mixinStandardHelpOptions = true,
    description = "Time the whole pipeline for batches larger than memory (group first, then analyse and build story by"
        + " story) on N generated articles (made on demand, never all in memory) or on a JSONL corpus.")
final class StreamBenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "INPUT", description = "JSONL(.gz) corpus instead of generated articles (read into memory).")
  String input;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
      description = "Generated articles, or the first N of INPUT (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Threads (default: the number of cores).")
  Integer threads;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    BenchCorpus corpus = BenchCorpus.open(input, articles, seed, err);
    if (corpus == null) return 1;
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    out.printf(Locale.ROOT, "corpus: %s%n%s%n", corpus.description(), BenchCorpus.machine(t));
    out.flush();
    out.print(new StreamBench().run(corpus.size(), corpus.articles(), t).format());
    out.flush();
    return 0;
  }
}
