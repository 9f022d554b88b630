package dev.storyline.app;

import dev.storyline.bench.CorpusGenerator;
import dev.storyline.bench.StreamBench;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.RawArticle;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
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
    int n;
    IntFunction<RawArticle> source;
    String what;
    if (input == null) {
      ReadResult seeds = new ArticleReader().read(List.of(Examples.locate().toString()));
      CorpusGenerator generator = new CorpusGenerator(seeds.articles(), seed);
      n = articles;
      source = generator::article;
      what = String.format(Locale.ROOT, "generated %,d articles (seed %d), made on demand", n, seed);
    } else {
      ReadResult read = new ArticleReader().read(List.of(input));
      if (!read.problems().isEmpty()) err.println("warning: " + read.problems().size() + " problems reading " + input + ", first: " + read.problems().get(0));
      List<RawArticle> corpus = read.articles();
      if (corpus.isEmpty()) {
        err.println("error: no article in " + input);
        return 1;
      }
      n = Math.min(articles, corpus.size());
      source = corpus::get;
      what = String.format(Locale.ROOT, "%s, first %,d articles (held in memory as raw text)", input, n);
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "corpus: %s%njava %s, %d cores, %d threads, max heap %,d MB%n", what,
        System.getProperty("java.version"), rt.availableProcessors(), t, rt.maxMemory() >> 20);
    out.flush();
    out.print(new StreamBench().run(n, source, t).format());
    out.flush();
    return 0;
  }
}
