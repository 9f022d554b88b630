package dev.storyline.app;

import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.RawArticle;
import dev.storyline.store.SearchBench;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Index N articles (real ones plus realistic variants) with the search fields and time common query shapes.")
final class SearchBenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "INPUT",
      description = "JSONL(.gz) corpus of real articles. Default: " + BenchCommand.DEFAULT_CORPUS)
  String input;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
      description = "Articles to index: the real ones, then variants (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--real", paramLabel = "N", description = "Use only the first N real articles.")
  Integer real;

  @Option(names = "--threads", paramLabel = "T", description = "Indexing threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--queries", paramLabel = "Q", defaultValue = "300", description = "Timed queries per shape (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--index", paramLabel = "DIR", description = "Build the index in DIR and keep it (default: a temporary directory, deleted).")
  Path dir;

  @Option(names = "--reuse", description = "Query the index a previous run kept in --index DIR instead of building it.")
  boolean reuse;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (reuse && dir == null) {
      err.println("error: --reuse needs --index DIR");
      return 2;
    }
    if (reuse) {
      out.print(new SearchBench().reuse(new SearchBench.Options(articles,
          threads == null ? Runtime.getRuntime().availableProcessors() : threads, queries, dir, true, true)));
      out.flush();
      return 0;
    }
    String file = input != null ? input : defaultCorpus();
    if (!Files.isRegularFile(Path.of(file))) {
      err.println("error: no corpus at " + file);
      return 1;
    }
    ReadResult read = new ArticleReader().read(List.of(file));
    List<RawArticle> corpus = read.articles();
    if (real != null && real < corpus.size()) corpus = List.copyOf(corpus.subList(0, real));
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "corpus: %s (%,d real articles)%njava %s, %d cores, max heap %,d MB%s%n", file, corpus.size(),
        System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20, BenchCorpus.jvmOptions());
    out.flush();
    String report = new SearchBench().run(corpus, new SearchBench.Options(articles, t, queries, dir, dir != null), err);
    out.print(report);
    out.flush();
    return 0;
  }

  private static String defaultCorpus() {
    String home = System.getProperty("storyline.home");
    if (home != null) {
      Path p = Path.of(home).resolve(BenchCommand.DEFAULT_CORPUS).normalize();
      if (Files.exists(p)) return p.toString();
    }
    return BenchCommand.DEFAULT_CORPUS;
  }
}
