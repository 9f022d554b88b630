package dev.storyline.jmh;

import dev.storyline.model.Article;
import dev.storyline.store.search.SyllableTokens;
import dev.storyline.store.search.VietnameseAnalyzer;
import dev.storyline.text.VietText;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
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
 * Why the store indexes syllable pairs: visiting every match of a two-syllable query through one pair term
 * against a phrase over syllables with positions, on the same articles (each copied {@code copies} times to make
 * a bigger index). A search with facets visits its matches (all of them, or a sample spread over all of them), so
 * the matches are collected one by one here (IndexSearcher.count would answer a lone term from its document
 * frequency). Milliseconds per query, one thread, queries of everyday news words cycled.
 *
 * <pre>java -jar storyline-jmh/target/benchmarks.jar PhraseQueryBenchmarks -p articles=10000 -p copies=6</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class PhraseQueryBenchmarks {
  @Param("")
  public String path;

  @Param("10000")
  public int articles;

  @Param("6")
  public int copies;

  /** Everyday two-word news terms (chosen by hand). */
  static final String[] QUERIES = {"Hà Nội", "bóng đá", "giáo dục", "chứng khoán", "công an", "bệnh viện", "giá vàng",
      "học sinh", "thời tiết", "xuất khẩu", "người dân", "Việt Nam", "thành phố", "kinh tế", "chính phủ"};

  private IndexSearcher searcher;
  private DirectoryReader reader;
  private final PhraseQuery[] phrases = new PhraseQuery[QUERIES.length];
  private final TermQuery[] pairs = new TermQuery[QUERIES.length];
  private int next;

  @Setup(Level.Trial)
  public void build() throws IOException {
    Corpus corpus = Corpus.load(path, articles);
    FieldType positions = new FieldType();
    positions.setTokenized(true);
    positions.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    positions.freeze();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new VietnameseAnalyzer(true, false)).setRAMBufferSizeMB(256))) {
      for (int c = 0; c < copies; c++) {
        for (Article a : corpus.articles) {
          SyllableTokens t = SyllableTokens.of(a.text());
          Document doc = new Document();
          doc.add(new Field("f", t.stream(true, false), positions));
          doc.add(new Field("fb", t.stream(true, true), positions));
          w.addDocument(doc);
        }
      }
      w.forceMerge(4);
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    for (int i = 0; i < QUERIES.length; i++) {
      String[] s = VietText.foldDiacritics(VietText.matchKey(QUERIES[i])).split(" ");
      phrases[i] = new PhraseQuery("f", s);
      pairs[i] = new TermQuery(new Term("fb", s[0] + " " + s[1]));
    }
    System.out.println("\nindex: " + reader.numDocs() + " documents");
  }

  @TearDown(Level.Trial)
  public void close() throws IOException { reader.close(); }

  private int next() {
    int i = next;
    next = i + 1 == QUERIES.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public int visitPair() throws IOException { return visit(pairs[next()]); }

  @Benchmark
  public int visitPhrase() throws IOException { return visit(phrases[next()]); }

  /** Visits every match (no scores) and counts them. */
  private int visit(org.apache.lucene.search.Query q) throws IOException {
    int[] n = {0};
    searcher.search(q, new org.apache.lucene.search.SimpleCollector() {
      @Override
      public void collect(int doc) { n[0]++; }

      @Override
      public org.apache.lucene.search.ScoreMode scoreMode() { return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES; }
    });
    return n[0];
  }
}
