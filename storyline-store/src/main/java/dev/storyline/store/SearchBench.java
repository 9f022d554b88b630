package dev.storyline.store;

import dev.storyline.Pipeline;
import dev.storyline.Workers;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Span;
import dev.storyline.text.VietText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * The search benchmark: indexes N articles with {@link SearchFields} into an on-disk index, then times common
 * query shapes through {@link ArticleSearcher} (query, filters, facets: exact up to
 * {@link ArticleSearcher#FACET_SAMPLE} matches, a scaled sample past it; snippets of 10 hits).
 *
 * <p>Corpus: the real articles given (analysed once with the Pipeline, without grouping), then variants up to N:
 * variant i joins the first half of real article i mod R with the second half of another real article, with
 * the first's annotations plus the second's entities and a shifted date, so vocabulary and term statistics stay
 * those of real news. The real corpus has no dates or outlets: each article gets a deterministic date in
 * 2015–2024 and one of a few outlets. Entity ids are a cheap stand-in for linking (type + matchKey of the name).
 * Stories are a cheap assignment: 8 consecutive real articles (and each round of their variants) form one.
 */
public final class SearchBench {
  /**
   * @param reuse query the index already in {@code dir} (built by an earlier run with the same corpus and size)
   *              instead of building it: the queries of a 1M-article index can then be rerun on a quiet machine.
   */
  public record Options(int articles, int threads, int queriesPerShape, Path dir, boolean keep, boolean reuse) {
    public Options(int articles, int threads, int queriesPerShape, Path dir, boolean keep) {
      this(articles, threads, queriesPerShape, dir, keep, false);
    }
  }

  private static final String[] OUTLETS = {"VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân Trí", "VietnamNet", "Zing"};
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);
  private static final int SPAN_DAYS = 10 * 365;

  // Query material: everyday news vocabulary chosen by hand (not taken from the corpus text).
  static final String[] ONE = {"Hà", "giá", "điện", "trường", "dân", "bóng", "xe", "thuế", "bệnh", "nước"};
  static final String[] TWO = {"Hà Nội", "bóng đá", "giáo dục", "chứng khoán", "công an", "bệnh viện", "giá vàng",
      "học sinh", "thời tiết", "xuất khẩu"};
  static final String[] THREE = {"bat dong san", "ho chi minh", "tai nan giao", "thu tuong chinh", "doi tuyen viet",
      "uy ban nhan", "ngan hang nha", "truong dai hoc", "benh vien da", "cong an tinh"};

  public String run(List<RawArticle> real, Options o, PrintWriter log) throws IOException {
    if (o.reuse()) return reuse(o);
    if (real.isEmpty()) throw new IllegalArgumentException("no articles");
    long t0 = System.nanoTime();
    AnalyzedArticle[] base = analyse(real, o.threads());
    long analyseNanos = System.nanoTime() - t0;
    List<AnalyzedArticle> ok = Arrays.stream(base).filter(a -> a != null).toList();
    int r = ok.size();
    log.printf(Locale.ROOT, "analysed %,d real articles in %.1f s (%,d kept)%n", real.size(), analyseNanos / 1e9, r);
    log.flush();

    Path dir = o.dir() != null ? o.dir() : Files.createTempDirectory("storyline-search-bench");
    StringBuilder report = new StringBuilder();
    try (FSDirectory fs = FSDirectory.open(dir)) {
      IndexWriterConfig cfg = new IndexWriterConfig(SearchFields.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256);
      long i0 = System.nanoTime();
      long chars;
      try (IndexWriter w = new IndexWriter(fs, cfg)) {
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong textChars = new java.util.concurrent.atomic.AtomicLong();
        int n = o.articles();
        Workers.runOn(o.threads(), "index", () -> {
          try {
            for (int i; (i = next.getAndIncrement()) < n; ) {
              AnalyzedArticle a = article(ok, i);
              textChars.addAndGet(a.text().length());
              Document doc = new Document();
              doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
              doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
              SearchFields.add(doc, a, story(i, r));
              w.addDocument(doc);
              if (i > 0 && i % 20_000 == 0) {
                synchronized (log) {
                  log.printf(Locale.ROOT, "  indexed %,d%n", i);
                  log.flush();
                }
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        w.commit();
        chars = textChars.get();
      }
      long indexNanos = System.nanoTime() - i0;
      long size;
      try (Stream<Path> files = Files.list(dir)) {
        size = files.mapToLong(p -> p.toFile().length()).sum();
      }
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        report.append(String.format(Locale.ROOT,
            "articles %,d (%,d real + %,d variants), %,.0f MB of text (UTF-16), %d segments%n"
                + "indexing: %.1f s, %,.0f articles/s (%d threads; analysis of the real articles not included: %.1f s)%n"
                + "index size: %,.0f MB (%.0f bytes/article)%n",
            o.articles(), Math.min(r, o.articles()), Math.max(0, o.articles() - r), chars * 2 / 1e6,
            reader.leaves().size(), indexNanos / 1e9, o.articles() / (indexNanos / 1e9), o.threads(),
            analyseNanos / 1e9, size / 1e6, (double) size / o.articles()));
        report.append(queries(new IndexSearcher(reader), o, r));
      }
    } finally {
      if (!o.keep() && o.dir() == null) deleteTree(dir);
    }
    return report.toString();
  }

  /** Times the query shapes on the index kept in {@code o.dir()} by an earlier run. */
  public String reuse(Options o) throws IOException {
    if (o.dir() == null) throw new IllegalArgumentException("reusing an index needs its directory");
    try (FSDirectory fs = FSDirectory.open(o.dir())) {
      if (!DirectoryReader.indexExists(fs)) throw new IllegalArgumentException("no index to reuse in " + o.dir());
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        long size;
        try (Stream<Path> files = Files.list(o.dir())) {
          size = files.mapToLong(p -> p.toFile().length()).sum();
        }
        String head = String.format(Locale.ROOT, "articles %,d (index reused from %s), %d segments%nindex size: %,.0f MB%n",
            reader.numDocs(), o.dir(), reader.leaves().size(), size / 1e6);
        return head + queries(new IndexSearcher(reader), o, reader.numDocs());
      }
    }
  }

  private static AnalyzedArticle[] analyse(List<RawArticle> real, int threads) {
    Pipeline pipeline = new Pipeline(new Pipeline.Options(Pipeline.Options.defaults().summarySyllables(), false));
    AnalyzedArticle[] out = new AnalyzedArticle[real.size()];
    AtomicInteger next = new AtomicInteger();
    Workers.runOn(threads, "analyse", () -> {
      for (int i; (i = next.getAndIncrement()) < out.length; ) {
        RawArticle raw = real.get(i);
        PartialDate date = raw.published() != null ? raw.published() : PartialDate.of(EPOCH.plusDays(spread(i) % SPAN_DAYS));
        String outlet = raw.outlet().isEmpty() ? OUTLETS[(int) (spread(i * 31L) % OUTLETS.length)] : raw.outlet();
        RawArticle dated = new RawArticle(raw.id(), raw.source(), raw.title(), raw.text(), date, raw.url(), outlet);
        AnalyzedArticle a = pipeline.analyze(dated, new ArrayList<Problem>());
        if (a == null) continue;
        // keep what search indexes; a cheap entity id stands in for cross-article linking
        List<EntityMention> ents = new ArrayList<>(a.entities().size());
        for (EntityMention m : a.entities()) {
          ents.add(m.entity() != null ? m : m.withEntity(m.type().name().toLowerCase(Locale.ROOT) + ":"
              + VietText.collapsedMatchKey(m.text()).replace(' ', '-')));
        }
        out[i] = new AnalyzedArticle(a.article(), a.published(), a.publishedInferred(), "", List.of(), a.times(),
            a.eventTimes(), ents, List.of(), List.of());
      }
    });
    return out;
  }

  /** Article i of the benchmark corpus: a real one for i < r, else a variant. */
  static AnalyzedArticle article(List<AnalyzedArticle> real, int i) {
    int r = real.size();
    AnalyzedArticle a = real.get(i % r);
    if (i < r) return a;
    AnalyzedArticle b = real.get((int) (spread(i) % r));
    String ta = a.text(), tb = b.text();
    int cutA = cut(ta, ta.length() / 2), cutB = cut(tb, tb.length() / 2);
    String text = ta.substring(0, cutA) + "\n" + tb.substring(cutB);
    int round = i / r;
    PartialDate pub = a.published() == null ? null : PartialDate.of(a.published().start().plusDays(round * 53L));
    Article art = a.article();
    Article v = new Article(art.id() + "-v" + round, art.source(), art.title(), art.url(), art.outlet(), pub, text,
        List.of(new Span(0, text.length())), List.of());
    List<EntityMention> ents = new ArrayList<>(a.entities());
    ents.addAll(b.entities());
    return new AnalyzedArticle(v, pub, false, "", List.of(), a.times(), a.eventTimes(), ents, List.of(), List.of());
  }

  private static int cut(String t, int at) {
    int nl = t.indexOf('\n', at);
    if (nl > 0) return nl;
    int sp = t.indexOf(' ', at);
    return sp > 0 ? sp : t.length();
  }

  static String story(int i, int r) { return "s" + (i / r) + "-" + ((i % r) / 8); }

  private static long spread(long i) {
    long z = i * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return (z ^ (z >>> 31)) >>> 1;
  }

  private String queries(IndexSearcher s, Options o, int r) throws IOException {
    // -Dstoryline.bench.facetSample=N tries another facet sample size than the store's
    ArticleSearcher searcher = new ArticleSearcher(Integer.getInteger("storyline.bench.facetSample", ArticleSearcher.FACET_SAMPLE));
    ArticleSearcher.StoryLookup stories = id -> java.util.Optional.empty();
    ArticleSearcher.EntityNames names = id -> java.util.Optional.empty();
    // entities to filter on: the most frequent ones, as a user clicking an actor would pick
    SearchResult all = searcher.search(s, SearchRequest.of(""), stories, names);
    List<String> entities = all.facets().get("entity").stream().limit(20).map(SearchResult.FacetCount::value).toList();
    if (entities.isEmpty()) entities = List.of("none");
    List<String> ents = entities;

    Map<String, java.util.function.IntFunction<SearchRequest>> shapes = new LinkedHashMap<>();
    shapes.put("1 syllable", k -> SearchRequest.of(ONE[k % ONE.length]));
    shapes.put("2-syllable phrase, diacritics", k -> SearchRequest.of(TWO[k % TWO.length]));
    shapes.put("3 syllables, no diacritics", k -> SearchRequest.of(THREE[k % THREE.length]));
    shapes.put("2 syllables + 1-year date filter", k -> {
      LocalDate from = EPOCH.plusYears(k % 10);
      return new SearchRequest(TWO[k % TWO.length], from, from.plusYears(1).minusDays(1), SearchRequest.DateField.PUBLISHED,
          null, null, null, null, false, 0, 10);
    });
    shapes.put("1 syllable + entity filter", k -> new SearchRequest(ONE[k % ONE.length], null, null, null,
        ents.get(k % ents.size()), null, null, null, false, 0, 10));
    shapes.put("2 syllables, grouped by story", k -> new SearchRequest(TWO[k % TWO.length], null, null, null, null,
        null, null, null, true, 0, 10));
    shapes.put("blank + facets", k -> SearchRequest.of(""));
    shapes.put("1 syllable, no facets", k -> SearchRequest.of(ONE[k % ONE.length]).withFacets(false));
    shapes.put("2-syllable phrase, no facets", k -> SearchRequest.of(TWO[k % TWO.length]).withFacets(false));

    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%-34s %10s %8s %8s %8s%n", "query shape (10 hits, facets, snippets)", "matches", "p50 ms", "p99 ms", "max ms"));
    int warm = Math.max(20, o.queriesPerShape() / 5);
    for (var e : shapes.entrySet()) {
      for (int k = 0; k < warm; k++) searcher.search(s, e.getValue().apply(k), stories, names);
      long[] nanos = new long[o.queriesPerShape()];
      long matches = 0;
      for (int k = 0; k < nanos.length; k++) {
        long q0 = System.nanoTime();
        SearchResult res = searcher.search(s, e.getValue().apply(k), stories, names);
        nanos[k] = System.nanoTime() - q0;
        matches += res.total();
      }
      Arrays.sort(nanos);
      out.append(String.format(Locale.ROOT, "%-34s %10s %8.2f %8.2f %8.2f%n", e.getKey(),
          String.format(Locale.ROOT, "%,d", matches / nanos.length), pct(nanos, 50), pct(nanos, 99),
          nanos[nanos.length - 1] / 1e6));
    }
    out.append(facetAccuracy(s, searcher, shapes, stories, names));
    return out.toString();
  }

  /**
   * How close sampled facet counts are to exact ones: for the first 10 queries of every shape with facets whose
   * matches exceed the sample, the exact counts (every match counted) against the sampled estimates, per facet: the
   * mean relative error over the exact top 10 values, and how many of the exact top 10 the estimate's top 10 keeps.
   */
  private static String facetAccuracy(IndexSearcher s, ArticleSearcher sampled,
                                      Map<String, java.util.function.IntFunction<SearchRequest>> shapes,
                                      ArticleSearcher.StoryLookup stories, ArticleSearcher.EntityNames names)
      throws IOException {
    ArticleSearcher exact = new ArticleSearcher(Integer.MAX_VALUE);
    Map<String, double[]> byFacet = new java.util.TreeMap<>(); // error sum, values, kept, top slots
    int queries = 0;
    for (var e : shapes.entrySet()) {
      for (int k = 0; k < 10; k++) {
        SearchRequest request = e.getValue().apply(k);
        if (!request.facets()) break;
        SearchResult est = sampled.search(s, request, stories, names);
        if (!est.facetsSampled()) continue;
        SearchResult all = exact.search(s, request, stories, names);
        queries++;
        for (var f : all.facets().entrySet()) {
          Map<String, Long> estimated = new java.util.HashMap<>();
          List<SearchResult.FacetCount> estList = est.facets().getOrDefault(f.getKey(), List.of());
          for (SearchResult.FacetCount c : estList) estimated.put(c.value(), c.count());
          java.util.Set<String> estTop = new java.util.HashSet<>();
          for (int i = 0; i < Math.min(10, estList.size()); i++) estTop.add(estList.get(i).value());
          double[] acc = byFacet.computeIfAbsent(f.getKey(), x -> new double[4]);
          List<SearchResult.FacetCount> top = f.getValue().subList(0, Math.min(10, f.getValue().size()));
          for (SearchResult.FacetCount c : top) {
            acc[0] += Math.abs(estimated.getOrDefault(c.value(), 0L) - c.count()) / (double) c.count();
            acc[1]++;
            if (estTop.contains(c.value())) acc[2]++;
            acc[3]++;
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "facet estimates vs exact counts (%d sampled queries, sample %,d): facet, mean relative error of the exact"
            + " top 10, share of the exact top 10 in the estimated top 10%n", queries, sampled.facetSample()));
    for (var f : byFacet.entrySet()) {
      double[] a = f.getValue();
      out.append(String.format(Locale.ROOT, "  %-8s %6.1f %%   %5.1f %%%n", f.getKey(), 100 * a[0] / Math.max(1, a[1]),
          100 * a[2] / Math.max(1, a[3])));
    }
    return out.toString();
  }

  private static double pct(long[] sorted, int p) {
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
