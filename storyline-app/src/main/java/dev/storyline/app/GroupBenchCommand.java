package dev.storyline.app;

import dev.storyline.bench.CorpusGenerator;
import dev.storyline.bench.GroupBench;
import dev.storyline.group.GroupDoc;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "group", mixinStandardHelpOptions = true,
    description = "Time story grouping alone on N generated articles (made on demand, never all in memory) or on a JSONL corpus.")
final class GroupBenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "INPUT", description = "JSONL(.gz) corpus instead of generated articles (read into memory).")
  String input;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
      description = "Generated articles, or the first N of INPUT (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
  long seed;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    BenchCorpus corpus = BenchCorpus.open(input, articles, seed, err);
    if (corpus == null) return 1;
    IntFunction<GroupDoc> docs = i -> GroupBench.of(corpus.articles().apply(i));
    IntFunction<Integer> labels = corpus.generated() ? i -> i / CorpusGenerator.STORY_SIZE : null;
    int n = corpus.size();
    out.printf(Locale.ROOT, "corpus: %s%n%s%n", corpus.description(), BenchCorpus.machine(Runtime.getRuntime().availableProcessors()));
    out.flush();
    out.print(new GroupBench().run(n, docs, labels).format());
    out.flush();
    return 0;
  }
}
