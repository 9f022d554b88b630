package dev.storyline.bench;

import dev.storyline.Pipeline;
import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.entity.EntityRecognizer;
import dev.storyline.analysis.quantity.QuantityRecognizer;
import dev.storyline.analysis.quantity.Tokens;
import dev.storyline.analysis.quote.QuoteExtractor;
import dev.storyline.analysis.time.TemporalAnalyzer;
import dev.storyline.analysis.time.TemporalResult;
import dev.storyline.clean.Cleaner;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Sentence;
import dev.storyline.model.Storyline;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Measures the pipeline on an in-memory corpus: end-to-end throughput of {@link Pipeline#run} with T
 * threads, the CPU time each per-article stage takes, the corpus-level steps' wall time, the heap peak and
 * the bytes allocated per analysed article. Every figure is the median of R measured runs after a warm-up
 * pass, so the JIT has compiled the hot paths before anything counts.
 *
 * <p>Lives in core (not the CLI) so a batch job can reuse it on its own data.
 */
public final class Bench {
  /** Per-article stages, in pipeline order; their times are CPU-time sums over all threads. */
  public static final List<String> ARTICLE_STAGES =
      List.of("clean", "sentences", "time", "entities", "quantities", "quotes");
  /** Corpus-level steps, wall time inside {@link Pipeline#run}. */
  public static final List<String> CORPUS_STAGES = List.of("analysis", "linking", "grouping", "stories");

  /**
   * @param threads threads for the per-article work
   * @param warmup  articles analysed (all stages, then a pipeline run on them) before measuring
   * @param runs    measured runs; the median is reported
   * @param stageArticles how many (leading) articles the per-stage breakdown and the allocation figure use;
   *                0 means all. The breakdown is a second full analysis pass, so big corpora sample it.
   */
  public record Options(int threads, int warmup, int runs, int stageArticles, boolean cold) {
    public Options {
      if (threads < 1 || runs < 1 || warmup < 0 || stageArticles < 0) throw new IllegalArgumentException("bad bench options");
      if (cold && (warmup > 0 || runs > 1)) throw new IllegalArgumentException("a cold run has no warm-up and one run");
    }

    public Options(int threads, int warmup, int runs, int stageArticles) { this(threads, warmup, runs, stageArticles, false); }

    public Options(int threads, int warmup, int runs) { this(threads, warmup, runs, 0); }

    /**
     * One pipeline run in a JVM that has done nothing else: what a user's batch run costs, class loading, lexicon
     * loading and JIT compilation included. No per-stage breakdown, which would warm the JVM first.
     */
    public static Options cold(int threads) { return new Options(threads, 0, 1, 0, true); }
  }

  /**
   * Medians over the runs.
   *
   * @param articles         articles measured
   * @param stageArticles    articles the per-stage breakdown ran on (its CPU figures are scaled to all); 0 for a cold
   *                         run, which has no breakdown
   * @param chars            characters of raw text (title excluded) measured
   * @param bytes            UTF-8 bytes of raw text measured
   * @param endToEndNanos    wall time of {@link Pipeline#run} (analysis + linking + grouping + stories)
   * @param corpusStageNanos wall time of each {@link #CORPUS_STAGES} step
   * @param corpusStageCpuNanos process CPU time (all threads, GC and JIT included) of each step
   * @param endToEndCpuNanos process CPU time of the end-to-end run
   * @param cores            available processors
   * @param articleStageCpuNanos CPU time of each {@link #ARTICLE_STAGES} stage summed over threads
   * @param allocatedPerArticle  bytes allocated by clean + all annotators for one article (mean)
   * @param peakHeapBytes    highest heap in use during the measured end-to-end runs (sum of heap pool peaks)
   * @param retainedHeapBytes heap in use after a GC with the last run's Storyline still reachable
   * @param gcCount          collections during one end-to-end run (median)
   * @param gcMillis         collection time during one end-to-end run (median)
   * @param stories          stories built (last run)
   * @param entities         linked entities (last run)
   */
  public record Result(int articles, int stageArticles, long chars, long bytes, int threads, int runs, long endToEndNanos,
                       Map<String, Long> corpusStageNanos, Map<String, Long> corpusStageCpuNanos,
                       long endToEndCpuNanos, int cores, Map<String, Long> articleStageCpuNanos,
                       long allocatedPerArticle, long peakHeapBytes, long retainedHeapBytes, long gcCount,
                       long gcMillis, int stories, int entities) {
    public double articlesPerSecond() { return articles / (endToEndNanos / 1e9); }

    public double megabytesPerSecond() { return bytes / 1e6 / (endToEndNanos / 1e9); }

    /**
     * Articles per second the machine would reach if the run had all its cores to itself and used them all:
     * articles / (process CPU seconds / cores). Unlike wall time, it does not depend on other load on the
     * machine; it is an upper bound for the wall-clock rate (serial steps cannot use every core).
     */
    public double cpuBoundArticlesPerSecond() { return articles / (endToEndCpuNanos / 1e9 / cores); }

    /** A plain-text table of the figures. */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "articles %,d  chars %,d  UTF-8 %.1f MB  threads %d  median of %d runs%n",
          articles, chars, bytes / 1e6, threads, runs));
      boolean cold = stageArticles == 0;
      if (cold) {
        b.append("cold: one run in a fresh JVM (class and lexicon loading and JIT compilation included);"
            + " no per-article stage rows, no allocation figure\n");
      } else if (stageArticles < articles) {
        b.append(String.format(Locale.ROOT, "(per-article stage rows measured on the first %,d articles, scaled to all)%n", stageArticles));
      }
      b.append(String.format(Locale.ROOT, "%-22s %12s %14s %12s %12s%n", "stage", "ms", "articles/s", "share", "cpu ms"));
      long cpuTotal = articleStageCpuNanos.values().stream().mapToLong(Long::longValue).sum();
      if (!cold) {
        for (var e : articleStageCpuNanos.entrySet()) {
          b.append(String.format(Locale.ROOT, "%-22s %12.1f %14s %11.1f%%%n", e.getKey() + " (cpu)", e.getValue() / 1e6,
              rate(articles, e.getValue()), 100.0 * e.getValue() / Math.max(1, cpuTotal)));
        }
        b.append(String.format(Locale.ROOT, "%-22s %12.1f %14s %12s%n", "per-article (cpu)", cpuTotal / 1e6,
            rate(articles, cpuTotal), "100.0%"));
      }
      for (var e : corpusStageNanos.entrySet()) {
        b.append(String.format(Locale.ROOT, "%-22s %12.1f %14s %11.1f%% %12.1f%n", e.getKey() + " (wall)", e.getValue() / 1e6,
            rate(articles, e.getValue()), 100.0 * e.getValue() / Math.max(1, endToEndNanos),
            corpusStageCpuNanos.get(e.getKey()) / 1e6));
      }
      b.append(String.format(Locale.ROOT, "%-22s %12.1f %14s %12s %12.1f%n", "END TO END (wall)", endToEndNanos / 1e6,
          rate(articles, endToEndNanos), String.format(Locale.ROOT, "%.2f MB/s", megabytesPerSecond()),
          endToEndCpuNanos / 1e6));
      b.append(String.format(Locale.ROOT, "CPU-bound rate (articles / (process CPU s / %d cores)): %,.0f articles/s%n",
          cores, cpuBoundArticlesPerSecond()));
      b.append(String.format(Locale.ROOT, "allocated per article %s KB; peak heap %,d MB; retained after run %,d MB;"
              + " GC per run %d collections, %d ms; %d stories, %,d entities%n",
          cold ? "-" : String.format(Locale.ROOT, "%,d", allocatedPerArticle / 1024), peakHeapBytes >> 20, retainedHeapBytes >> 20, gcCount, gcMillis, stories,
          entities));
      return b.toString();
    }

    private static String rate(int n, long nanos) {
      return nanos <= 0 ? "-" : String.format(Locale.ROOT, "%,.0f", n / (nanos / 1e9));
    }
  }

  private final Cleaner cleaner = new Cleaner();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TemporalAnalyzer time = new TemporalAnalyzer();
  private final EntityRecognizer entities = new EntityRecognizer();
  private final QuantityRecognizer quantities = new QuantityRecognizer();
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** Runs the benchmark; progress lines go to {@code log} (may be null). */
  public Result run(List<RawArticle> corpus, Options options, Appendable log) {
    long chars = 0, bytes = 0;
    for (RawArticle a : corpus) {
      chars += a.text().length();
      bytes += utf8Length(a.text());
    }
    Pipeline pipeline = new Pipeline(Pipeline.Options.defaults(), options.threads());
    if (options.warmup() > 0) {
      List<RawArticle> warm = corpus.subList(0, Math.min(options.warmup(), corpus.size()));
      say(log, "warm-up on " + warm.size() + " articles");
      stagePass(warm, options.threads());
      pipeline.run(new ReadResult(warm, List.of()));
    }
    int r = options.runs();
    long[] e2eCpu = new long[r];
    long[][] corpusCpu = new long[CORPUS_STAGES.size()][r];
    long[] e2e = new long[r], allocated = new long[r], peak = new long[r], gcN = new long[r], gcMs = new long[r];
    long[][] corpusStages = new long[CORPUS_STAGES.size()][r];
    long[][] articleStages = new long[ARTICLE_STAGES.size()][r];
    Storyline last = null;
    List<RawArticle> staged = options.stageArticles() == 0 || options.stageArticles() >= corpus.size()
        ? corpus : corpus.subList(0, options.stageArticles());
    for (int run = 0; run < r; run++) {
      long[] cpu = options.cold() ? new long[ARTICLE_STAGES.size() + 1] : stagePass(staged, options.threads());
      // Scaled to the whole corpus when sampled, so the stage rows compare with the end-to-end row.
      double scale = (double) corpus.size() / staged.size();
      for (int s = 0; s < ARTICLE_STAGES.size(); s++) articleStages[s][run] = Math.round(cpu[s] * scale);
      allocated[run] = cpu[ARTICLE_STAGES.size()] / Math.max(1, staged.size());

      last = null;
      System.gc();
      resetPeaks();
      long gc0 = gcCount(), gct0 = gcMillis();
      long[] stageNanos = new long[CORPUS_STAGES.size()];
      long[] stageCpu = new long[CORPUS_STAGES.size()];
      long cpu0 = processCpu();
      long[] lastCpu = {cpu0};
      long t0 = System.nanoTime();
      last = pipeline.run(new ReadResult(corpus, List.of()), (stage, nanos) -> {
        int s = CORPUS_STAGES.indexOf(stage);
        stageNanos[s] += nanos;
        long now = processCpu();
        stageCpu[s] += now - lastCpu[0];
        lastCpu[0] = now;
      });
      e2e[run] = System.nanoTime() - t0;
      e2eCpu[run] = processCpu() - cpu0;
      for (int s = 0; s < stageCpu.length; s++) corpusCpu[s][run] = stageCpu[s];
      peak[run] = heapPeak();
      gcN[run] = gcCount() - gc0;
      gcMs[run] = gcMillis() - gct0;
      for (int s = 0; s < stageNanos.length; s++) corpusStages[s][run] = stageNanos[s];
      say(log, String.format(Locale.ROOT, "run %d: %.0f articles/s end to end (wall), %.1f s process CPU", run + 1,
          corpus.size() / (e2e[run] / 1e9), e2eCpu[run] / 1e9));
    }
    System.gc();
    long retained = heapUsed();
    Map<String, Long> corpusMap = new LinkedHashMap<>();
    for (int s = 0; s < CORPUS_STAGES.size(); s++) corpusMap.put(CORPUS_STAGES.get(s), median(corpusStages[s]));
    Map<String, Long> corpusCpuMap = new LinkedHashMap<>();
    for (int s = 0; s < CORPUS_STAGES.size(); s++) corpusCpuMap.put(CORPUS_STAGES.get(s), median(corpusCpu[s]));
    Map<String, Long> articleMap = new LinkedHashMap<>();
    for (int s = 0; s < ARTICLE_STAGES.size(); s++) articleMap.put(ARTICLE_STAGES.get(s), median(articleStages[s]));
    return new Result(corpus.size(), options.cold() ? 0 : staged.size(), chars, bytes, options.threads(), r, median(e2e),
        corpusMap, corpusCpuMap,
        median(e2eCpu), Runtime.getRuntime().availableProcessors(), articleMap,
        median(allocated), median(peak), retained, median(gcN), median(gcMs), last.stories().size(),
        last.entities().size());
  }

  /**
   * Runs every per-article stage over the corpus in {@code threads} threads, timing each stage with the
   * thread's CPU clock. Returns the CPU nanoseconds per stage, then the total bytes allocated.
   */
  long[] stagePass(List<RawArticle> corpus, int threads) {
    int stages = ARTICLE_STAGES.size();
    AtomicLongArray sums = new AtomicLongArray(stages + 1);
    AtomicInteger next = new AtomicInteger();
    int n = corpus.size();
    Runnable work = () -> {
      com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long[] mine = new long[stages + 1];
      for (int from; (from = next.getAndAdd(16)) < n; ) {
        for (int i = from, to = Math.min(n, from + 16); i < to; i++) {
          long a0 = mx.getCurrentThreadAllocatedBytes();
          long c0 = mx.getCurrentThreadCpuTime();
          Article article = cleaner.clean(corpus.get(i));
          long c1 = mx.getCurrentThreadCpuTime();
          String text = article.text();
          List<Sentence> ss = splitter.split(text);
          long c2 = mx.getCurrentThreadCpuTime();
          TemporalResult t = time.analyze(article, ss);
          long c3 = mx.getCurrentThreadCpuTime();
          EntityRecognizer.Recognized recognized = entities.recognize(text, ss);
          List<EntityMention> es = recognized.mentions();
          long c4 = mx.getCurrentThreadCpuTime();
          // as ArticleAnalyzer does: one token list for quantities and quotes, counted with quantities
          List<Tokens.Token> tokens = Tokens.scan(text, 0, text.length(), recognized.words());
          quantities.find(text, ss, t.times(), tokens);
          long c5 = mx.getCurrentThreadCpuTime();
          quotes.find(text, ss, es, tokens);
          long c6 = mx.getCurrentThreadCpuTime();
          long a1 = mx.getCurrentThreadAllocatedBytes();
          mine[0] += c1 - c0;
          mine[1] += c2 - c1;
          mine[2] += c3 - c2;
          mine[3] += c4 - c3;
          mine[4] += c5 - c4;
          mine[5] += c6 - c5;
          mine[6] += a1 - a0;
        }
      }
      for (int s = 0; s <= stages; s++) sums.addAndGet(s, mine[s]);
    };
    dev.storyline.Workers.runOn(threads, "bench", work);
    long[] out = new long[stages + 1];
    for (int s = 0; s <= stages; s++) out[s] = sums.get(s);
    return out;
  }

  static long median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) n++;
      else if (c < 0x800) n += 2;
      else if (Character.isHighSurrogate(c)) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> out = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) out.add(p);
    return out;
  }

  private static void resetPeaks() { for (MemoryPoolMXBean p : heapPools()) p.resetPeakUsage(); }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean p : heapPools()) sum += p.getPeakUsage().getUsed();
    return sum;
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long heapUsed() { return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(); }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, g.getCollectionCount());
    return n;
  }

  private static long gcMillis() {
    long n = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, g.getCollectionTime());
    return n;
  }

  private static void say(Appendable log, String line) {
    if (log == null) return;
    try {
      log.append(line).append('\n');
    } catch (java.io.IOException ignored) {
      // progress lines are a courtesy
    }
  }
}
