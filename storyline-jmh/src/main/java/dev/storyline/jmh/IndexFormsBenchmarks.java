package dev.storyline.jmh;

import dev.storyline.model.Article;
import dev.storyline.store.search.SyllableTokens;
import dev.storyline.store.search.VietnameseAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What each indexed form of the text costs: one article (title and cleaned text) indexed per operation, one
 * thread, into a Lucene index on disk with the store's 256 MB buffer. The score is articles per second per core.
 * The forms are the store's (docs/search.md): exact syllables and folded syllables (docs and freqs), folded pairs
 * (with positions), plus the stored text every variant keeps.
 *
 * <ul>
 *   <li>{@code store}: the three forms the store indexes today;
 *   <li>{@code noExact}: without the exact syllables (a ranking signal only);
 *   <li>{@code noPairs}: without the pairs (so phrases would need positions on syllables);
 *   <li>{@code foldedPositions}: folded syllables with positions alone, the smallest index that can still
 *       answer every query (phrases by position), at the price of the pair terms' fast phrase matching;
 *   <li>{@code storedOnly}: the scan and the stored text, no inverted field (the floor).
 * </ul>
 *
 * <pre>java -jar storyline-jmh/target/benchmarks.jar IndexFormsBenchmarks -p articles=10000</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g"})
public class IndexFormsBenchmarks {
  @Param("")
  public String path;

  @Param("10000")
  public int articles;

  @Param({"store", "noExact", "noPairs", "foldedPositions", "storedOnly"})
  public String forms;

  private static final FieldType FREQS = type(IndexOptions.DOCS_AND_FREQS);
  private static final FieldType POSITIONS = type(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  private Corpus corpus;
  private Path dir;
  private FSDirectory fs;
  private IndexWriter writer;
  private int next;

  private static FieldType type(IndexOptions options) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(options);
    t.freeze();
    return t;
  }

  @Setup(Level.Trial)
  public void load() throws IOException {
    corpus = Corpus.load(path, articles);
    dir = Files.createTempDirectory("storyline-index-forms");
    fs = FSDirectory.open(dir);
    writer = new IndexWriter(fs, new IndexWriterConfig(new VietnameseAnalyzer(false, false)).setRAMBufferSizeMB(256));
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    writer.close();
    fs.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Benchmark
  public long index() throws IOException {
    Article a = corpus.articles.get(next);
    next = next + 1 == corpus.articles.size() ? 0 : next + 1;
    Document doc = new Document();
    add(doc, "title", a.title() == null ? "" : a.title());
    add(doc, "text", a.text());
    doc.add(new StoredField("h_text", a.text()));
    return writer.addDocument(doc);
  }

  private void add(Document doc, String name, String text) {
    SyllableTokens t = SyllableTokens.of(text);
    switch (forms) {
      case "store" -> {
        doc.add(new Field(name, t.stream(false, false), FREQS));
        doc.add(new Field(name + "_f", t.stream(true, false), FREQS));
        doc.add(new Field(name + "_fb", t.stream(true, true), POSITIONS));
      }
      case "noExact" -> {
        doc.add(new Field(name + "_f", t.stream(true, false), FREQS));
        doc.add(new Field(name + "_fb", t.stream(true, true), POSITIONS));
      }
      case "noPairs" -> {
        doc.add(new Field(name, t.stream(false, false), FREQS));
        doc.add(new Field(name + "_f", t.stream(true, false), POSITIONS));
      }
      case "foldedPositions" -> doc.add(new Field(name + "_f", t.stream(true, false), POSITIONS));
      case "storedOnly" -> { }
      default -> throw new IllegalArgumentException("unknown forms " + forms);
    }
  }
}
