package dev.storyline.jmh;

import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.entity.EntityRecognizer;
import dev.storyline.analysis.quantity.QuantityRecognizer;
import dev.storyline.analysis.quantity.Tokens;
import dev.storyline.analysis.quote.QuoteExtractor;
import dev.storyline.analysis.time.TemporalAnalyzer;
import dev.storyline.clean.Cleaner;
import dev.storyline.model.Article;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Steady-state cost of each per-article stage, one article per operation: the score is articles per second
 * on one thread (so per core), averaged over the corpus. Each stage gets the inputs the pipeline would give it,
 * made once in setup. {@code annotators} is the three annotators of the entities/quotes/quantities issue together
 * (sharing one token list, as {@link ArticleAnalyzer} does); {@code analyze} is the whole analyser after
 * cleaning (sentences, time, the three annotators).
 *
 * <pre>java -jar storyline-jmh/target/benchmarks.jar                 # all stages, the defaults below
 * java -jar storyline-jmh/target/benchmarks.jar 'StageBenchmarks.(entities|annotators)' -p articles=5000</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
public class StageBenchmarks {
  /** A JSONL(.gz) corpus; blank: ../shared/bench/vietnews-30k.jsonl.gz when found, else generated articles. */
  @Param("")
  public String path;

  /** How many articles the stages cycle over (the first ones of the corpus). */
  @Param("3000")
  public int articles;

  private Corpus corpus;
  private int next;

  private final Cleaner cleaner = new Cleaner();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TemporalAnalyzer time = new TemporalAnalyzer();
  private final EntityRecognizer recognizer = new EntityRecognizer();
  private final QuantityRecognizer quantities = new QuantityRecognizer();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

  @Setup(Level.Trial)
  public void load() {
    corpus = Corpus.load(path, articles);
    System.out.println("\ncorpus: " + corpus.description + " (" + corpus.size() + " with text)");
  }

  int corpusSize() { return corpus.size(); }

  /** The next article's index, round robin over the corpus. */
  private int next() {
    int i = next;
    next = i + 1 == corpus.size() ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Object clean() { return cleaner.clean(corpus.raw.get(next() % corpus.raw.size())); }

  @Benchmark
  public Object sentences() { return splitter.split(corpus.articles.get(next()).text()); }

  @Benchmark
  public Object time() {
    int i = next();
    return time.analyze(corpus.articles.get(i), corpus.sentences.get(i));
  }

  @Benchmark
  public Object entities() {
    int i = next();
    return recognizer.find(corpus.articles.get(i).text(), corpus.sentences.get(i));
  }

  @Benchmark
  public Object quantities() {
    int i = next();
    return quantities.find(corpus.articles.get(i).text(), corpus.sentences.get(i), corpus.times.get(i));
  }

  @Benchmark
  public Object quotes() {
    int i = next();
    return quotes.find(corpus.articles.get(i).text(), corpus.sentences.get(i), corpus.entities.get(i));
  }

  @Benchmark
  public void annotators(Blackhole bh) {
    int i = next();
    String text = corpus.articles.get(i).text();
    var ss = corpus.sentences.get(i);
    var recognized = recognizer.recognize(text, ss);
    var es = recognized.mentions();
    List<Tokens.Token> tokens = Tokens.scan(text, 0, text.length(), recognized.words());
    bh.consume(es);
    bh.consume(quantities.find(text, ss, corpus.times.get(i), tokens));
    bh.consume(quotes.find(text, ss, es, tokens));
  }

  @Benchmark
  public Object analyze() {
    Article a = corpus.articles.get(next());
    return analyzer.analyze(a);
  }
}
