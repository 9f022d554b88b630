package dev.storyline.app;

import dev.storyline.bench.Bench;
import dev.storyline.bench.CorpusGenerator;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.RawArticle;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {SearchBenchCommand.class, GroupBenchCommand.class, StreamBenchCommand.class, IngestBenchCommand.class}, description = "Measure throughput, per-stage time, heap and allocation of the full analysis.")
final class BenchCommand implements Callable<Integer> {
  static final String DEFAULT_CORPUS = "../shared/bench/vietnews-30k.jsonl.gz";

  @Parameters(arity = "0..1", paramLabel = "INPUT",
      description = "JSONL(.gz) corpus (fields id, title, abstract, body or text). Default: " + DEFAULT_CORPUS)
  String input;

  @Option(names = "--generate", paramLabel = "N", description = "Benchmark N synthetic articles built from examples/ instead of a file.")
  Integer generate;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles.")
  Integer limit;

  @Option(names = "--threads", paramLabel = "T", description = "Analysis threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "3000", description = "Articles analysed before measuring (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "3", description = "Measured runs; medians are reported (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--stage-sample", paramLabel = "N", defaultValue = "0",
      description = "Per-stage breakdown on the first N articles only (0 = all; default ${DEFAULT-VALUE}).")
  int stageSample;

  @Option(names = "--cold", description = "One run in this fresh JVM, no warm-up and no per-stage breakdown: what a"
      + " user's batch run costs, JIT compilation included.")
  boolean cold;

  @Option(names = "--copies", paramLabel = "K", defaultValue = "1",
      description = "Analyse the corpus K times over (ids renamed), e.g. a day's volume from 30k real articles.")
  int copies;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<RawArticle> corpus;
    String what;
    long readNanos = 0, readBytes = 0;
    if (generate != null) {
      ReadResult seeds = new ArticleReader().read(List.of(Examples.locate().toString()));
      long t0 = System.nanoTime();
      corpus = new CorpusGenerator(seeds.articles(), seed).generate(generate);
      readNanos = System.nanoTime() - t0;
      what = "generated " + generate + " articles (seed " + seed + ")";
    } else {
      String file = input != null ? input : resolveDefault();
      if (!Files.isRegularFile(Path.of(file))) {
        err.println("error: no corpus at " + file + " (give a JSONL file or --generate N)");
        return 1;
      }
      readBytes = Files.size(Path.of(file));
      long t0 = System.nanoTime();
      ReadResult read = new ArticleReader().read(List.of(file));
      readNanos = System.nanoTime() - t0;
      if (!read.problems().isEmpty()) err.println("warning: " + read.problems().size() + " problems reading " + file + ", first: " + read.problems().get(0));
      corpus = read.articles();
      what = file;
    }
    if (limit != null && limit < corpus.size()) corpus = List.copyOf(corpus.subList(0, limit));
    if (copies < 1) {
      err.println("error: --copies must be at least 1");
      return 1;
    }
    if (copies > 1) {
      corpus = copies(corpus, copies);
      what += " x" + copies;
    }
    if (corpus.isEmpty()) {
      err.println("error: no article to benchmark");
      return 1;
    }
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "corpus: %s%njava %s, %d cores, max heap %,d MB, threads %d, warm-up %d articles%s%n", what,
        System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20, t, cold ? 0 : warmup,
        BenchCorpus.jvmOptions());
    out.printf(Locale.ROOT, "read+normalise (single pass, cold): %,.0f ms%s%n", readNanos / 1e6,
        readBytes > 0 ? String.format(Locale.ROOT, " for %.1f MB on disk", readBytes / 1e6) : " (generation)");
    out.flush();
    Bench.Options options = cold ? Bench.Options.cold(t) : new Bench.Options(t, warmup, runs, stageSample);
    Bench.Result r = new Bench().run(corpus, options, err);
    out.print(r.table());
    out.flush();
    return 0;
  }

  /** The default corpus, relative to the checkout (storyline.home) or the working directory. */
  private static String resolveDefault() {
    String home = System.getProperty("storyline.home");
    if (home != null) {
      Path p = Path.of(home).resolve(DEFAULT_CORPUS).normalize();
      if (Files.exists(p)) return p.toString();
    }
    return DEFAULT_CORPUS;
  }

  /** The corpus {@code k} times over; copy c > 0 renames each id to "id#cC" so that no two articles share one. */
  static List<RawArticle> copies(List<RawArticle> corpus, int k) {
    List<RawArticle> out = new java.util.ArrayList<>(corpus.size() * k);
    out.addAll(corpus);
    for (int c = 1; c < k; c++) {
      for (RawArticle a : corpus) {
        out.add(new RawArticle(a.id() + "#c" + c, a.source(), a.title(), a.text(), a.published(), a.url(), a.outlet(),
            a.removed()));
      }
    }
    return out;
  }
}
