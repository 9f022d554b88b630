package dev.storyline.app;

import dev.storyline.bench.CorpusGenerator;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.RawArticle;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The articles a scale benchmark reads by index: generated on demand from examples/ (never all in memory), or the
 * first N of a JSONL corpus read into memory.
 *
 * @param generated true for generated articles, whose true story is {@code i / CorpusGenerator.STORY_SIZE}
 */
record BenchCorpus(int size, IntFunction<RawArticle> articles, String description, boolean generated) {

  /** The corpus options of the scale benchmarks (a picocli mixin). */
  static final class Options {
    @Parameters(arity = "0..1", paramLabel = "INPUT", description = "JSONL(.gz) corpus instead of generated articles (read into memory).")
    String input;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
        description = "Generated articles, or the first N of INPUT (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
    long seed;

    /** The corpus, after printing what it is and the machine to {@code out}; null after printing why there is none. */
    BenchCorpus open(PrintWriter out, PrintWriter err, int threads) {
      BenchCorpus corpus = BenchCorpus.open(input, articles, seed, err);
      if (corpus != null) {
        out.printf(Locale.ROOT, "corpus: %s%n%s%n", corpus.description(), machine(threads));
        out.flush();
      }
      return corpus;
    }
  }

  /** The corpus; null after printing why there is none. */
  static BenchCorpus open(String input, int articles, long seed, PrintWriter err) {
    if (input == null) {
      java.nio.file.Path examples;
      try {
        examples = Examples.locate();
      } catch (IllegalStateException e) {
        err.println("error: " + e.getMessage() + " (or give a JSONL corpus)");
        return null;
      }
      ReadResult seeds = new ArticleReader().read(List.of(examples.toString()));
      CorpusGenerator generator = new CorpusGenerator(seeds.articles(), seed);
      return new BenchCorpus(articles, generator::article,
          String.format(Locale.ROOT, "generated %,d articles (seed %d), made on demand", articles, seed), true);
    }
    ReadResult read = new ArticleReader().read(List.of(input));
    if (!read.problems().isEmpty()) {
      err.println("warning: " + read.problems().size() + " problems reading " + input + ", first: " + read.problems().get(0));
    }
    List<RawArticle> corpus = read.articles();
    if (corpus.isEmpty()) {
      err.println("error: no article in " + input);
      return null;
    }
    int n = Math.min(articles, corpus.size());
    return new BenchCorpus(n, corpus::get,
        String.format(Locale.ROOT, "%s, first %,d articles (read into memory)", input, n), false);
  }

  /** The machine line every scale benchmark prints under its corpus line. */
  static String machine(int threads) {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "java %s, %d cores, %d threads, max heap %,d MB%s", System.getProperty("java.version"),
        rt.availableProcessors(), threads, rt.maxMemory() >> 20, jvmOptions());
  }

  /**
   * The -XX options the JVM runs with (", jvm -XX:A -XX:B", or "" for none). The compiler and collector settings
   * move the figures a lot (the launcher sets some), so a figure is only comparable with the options beside it.
   */
  static String jvmOptions() {
    StringBuilder b = new StringBuilder();
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-XX:")) b.append(b.isEmpty() ? ", jvm " : " ").append(a);
    }
    return b.toString();
  }
}
