package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.analysis.entity.EntityLinker;
import dev.storyline.analysis.entity.LinkResult;
import dev.storyline.clean.Cleaner;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Sentence;
import dev.storyline.model.Story;
import dev.storyline.group.Syllables;
import dev.storyline.story.SentenceScorer;
import dev.storyline.story.StoryBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Summary evaluation on ViMs-style gold clusters (one per JSONL line: {@code documents[]} with title,
 * lead, text, date; {@code summaries[]} with the human references).
 *
 * <p>Each cluster runs through the real stages (Cleaner → ArticleAnalyzer → EntityLinker →
 * StoryBuilder) and three systems are scored with {@link Rouge} (F1, averaged over the references):
 * <ul>
 *   <li>storyline: {@link StoryBuilder}'s summary;</li>
 *   <li>lead: the first sentences of the earliest article;</li>
 *   <li>centroid: sentences closest to the cluster's plain TF-IDF centroid (syllable unigrams, no
 *       redundancy check, no position or entity features), in article order.</li>
 * </ul>
 * All three add whole sentences until the budget is reached (the last may overshoot it), on the same
 * sentence split. The budget is the mean reference length in syllables over every reference of the
 * file ({@link Budget#GLOBAL}: no peeking at a cluster's own references), or optionally the mean of
 * the cluster's own references ({@link Budget#PER_CLUSTER}).
 *
 * <p>Honest tuning: the summariser's sentence scorer is fitted ({@link #train}) and its selection
 * knobs tuned ({@link #tune}) on the even cluster indexes only; the report gives even, odd and all.
 */
public final class SummaryEval {
  private SummaryEval() {}

  public static final String EVEN = "even (tuning)";
  public static final String ODD = "odd (held out)";
  public static final String ALL = "all";
  public static final List<String> SYSTEMS = List.of("storyline", "lead", "centroid");

  public enum Budget { GLOBAL, PER_CLUSTER }

  /** A gold cluster: its line index, its raw articles and its reference summaries. */
  public record Cluster(int index, String id, List<RawArticle> articles, List<String> references) {}

  /** A cluster after the per-article stages and entity linking (the expensive, configuration-free part). */
  public record Prepared(Cluster cluster, LinkResult linked, double seconds) {}

  /**
   * One system's scores on one cluster; {@code seconds} is wall clock, {@code cpuSeconds} the thread's CPU
   * time (what the system costs, not how long it waited for a core on a shared machine).
   */
  public record Score(int cluster, String system, Rouge.Scores rouge, int syllables, double seconds, double cpuSeconds) {}

  /** {@code analysisSeconds}: mean per cluster of cleaning, analysis and linking (shared by the systems). */
  public record Result(Path file, int clusters, int budget, Budget mode, List<Score> scores, double analysisSeconds) {
    /** Mean of one ROUGE measure (1, 2 or 'L' as 3) for a subset and system. */
    public double mean(String subset, String system, int measure) {
      return scores.stream().filter(s -> s.system().equals(system) && in(subset, s.cluster()))
          .mapToDouble(s -> measure == 1 ? s.rouge().rouge1() : measure == 2 ? s.rouge().rouge2() : s.rouge().rougeL())
          .average().orElse(Double.NaN);
    }

    public double meanSeconds(String system) {
      return scores.stream().filter(s -> s.system().equals(system)).mapToDouble(Score::seconds).average().orElse(Double.NaN);
    }

    public double meanCpuSeconds(String system) {
      return scores.stream().filter(s -> s.system().equals(system)).mapToDouble(Score::cpuSeconds).average().orElse(Double.NaN);
    }

    public double meanSyllables(String system) {
      return scores.stream().filter(s -> s.system().equals(system)).mapToInt(Score::syllables).average().orElse(Double.NaN);
    }
  }

  static boolean in(String subset, int cluster) {
    return subset.equals(ALL) || (cluster % 2 == 0) == subset.equals(EVEN);
  }

  // ------------------------------------------------------------------ loading

  /** Reads the JSONL file; text is NFC-normalised (ViMs ships NFD) and the lead is prepended to the body. */
  public static List<Cluster> load(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<Cluster> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int index = 0;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode c = json.readTree(line);
        String cid = c.path("cluster_id").asText("c" + index);
        List<RawArticle> docs = new ArrayList<>();
        for (JsonNode d : c.path("documents")) {
          String title = nfc(d.path("title").asText(""));
          String lead = nfc(d.path("lead").asText(""));
          String text = nfc(d.path("text").asText(""));
          String body = lead.isEmpty() || text.startsWith(lead) ? text : lead + "\n" + text;
          PartialDate date = PartialDate.parseIso(d.path("date").asText(null)).orElse(null);
          docs.add(new RawArticle(cid + "/" + d.path("id").asText(), file + ":" + (index + 1), title, body, date,
              d.path("url").asText(""), d.path("source").asText("")));
        }
        List<String> refs = new ArrayList<>();
        for (JsonNode s : c.path("summaries")) refs.add(nfc(s.asText("")));
        out.add(new Cluster(index, cid, List.copyOf(docs), List.copyOf(refs)));
        index++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static String nfc(String s) { return Normalizer.normalize(s, Normalizer.Form.NFC); }

  /** Runs the per-article stages and the linker on every cluster (in parallel: the stages are stateless). */
  public static List<Prepared> prepare(List<Cluster> clusters) {
    Cleaner cleaner = new Cleaner();
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    EntityLinker linker = new EntityLinker();
    return clusters.parallelStream().map(c -> {
      long t0 = System.nanoTime();
      List<AnalyzedArticle> analyzed = new ArrayList<>();
      for (RawArticle raw : c.articles()) {
        AnalyzedArticle a = analyzer.analyze(cleaner.clean(raw));
        if (!a.text().isBlank()) analyzed.add(a);
      }
      LinkResult linked = linker.link(analyzed);
      return new Prepared(c, linked, (System.nanoTime() - t0) / 1e9);
    }).toList();
  }

  // ------------------------------------------------------------------ running

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  public static int globalBudget(List<Cluster> clusters) {
    long total = 0;
    int n = 0;
    for (Cluster c : clusters)
      for (String r : c.references()) { total += Syllables.tokenize(r).size(); n++; }
    return n == 0 ? StoryBuilder.DEFAULT_SUMMARY_SYLLABLES : (int) Math.round((double) total / n);
  }

  static int clusterBudget(Cluster c) {
    long total = 0;
    for (String r : c.references()) total += Syllables.tokenize(r).size();
    return Math.max(1, (int) Math.round((double) total / Math.max(1, c.references().size())));
  }

  public static Result run(Path file) { return run(file, Budget.GLOBAL, StoryBuilder.Scoring.defaults()); }

  public static Result run(Path file, Budget mode, StoryBuilder.Scoring scoring) {
    List<Cluster> clusters = load(file);
    return evaluate(file, prepare(clusters), mode, scoring, SYSTEMS);
  }

  /** Scores the given systems on prepared clusters; cheap enough to call once per tuning point. */
  public static Result evaluate(Path file, List<Prepared> prepared, Budget mode, StoryBuilder.Scoring scoring,
      List<String> systems) {
    return evaluate(file, prepared, mode, scoring, systems, globalBudget(prepared.stream().map(Prepared::cluster).toList()));
  }

  /** The same with the global budget given (e.g. the whole file's, when scoring a subset of its clusters). */
  public static Result evaluate(Path file, List<Prepared> prepared, Budget mode, StoryBuilder.Scoring scoring,
      List<String> systems, int global) {
    List<Score> scores = prepared.parallelStream().flatMap(p -> {
      Cluster c = p.cluster();
      int budget = mode == Budget.GLOBAL ? global : clusterBudget(c);
      List<Score> out = new ArrayList<>();
      for (String system : systems) {
        long t0 = System.nanoTime(), c0 = THREADS.getCurrentThreadCpuTime();
        String summary = switch (system) {
          case "storyline" -> storyline(p, budget, scoring);
          case "lead" -> lead(p.linked().articles(), budget);
          case "centroid" -> centroid(p.linked().articles(), budget);
          default -> throw new IllegalArgumentException("unknown system " + system);
        };
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        out.add(new Score(c.index(), system, Rouge.score(summary, c.references()), Syllables.tokenize(summary).size(), secs, cpu));
      }
      return out.stream();
    }).sorted(Comparator.comparingInt(Score::cluster)).toList();
    return new Result(file, prepared.size(), global, mode, scores,
        prepared.stream().mapToDouble(Prepared::seconds).average().orElse(0));
  }

  static String storyline(Prepared p, int budget, StoryBuilder.Scoring scoring) {
    Story s = new StoryBuilder(budget, scoring).build(p.cluster().id(), p.linked().articles(), p.linked().entities());
    return String.join(" ", s.summary().stream().map(Story.SummarySentence::text).toList());
  }

  private static final Comparator<AnalyzedArticle> EARLIEST = Comparator
      .comparing(AnalyzedArticle::published, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
      .thenComparing(AnalyzedArticle::id);

  /** The first sentences of the earliest article, until the budget is reached. */
  static String lead(List<AnalyzedArticle> docs, int budget) {
    if (docs.isEmpty()) return "";
    AnalyzedArticle first = docs.stream().min(EARLIEST).orElseThrow();
    StringBuilder b = new StringBuilder();
    int total = 0;
    for (Sentence s : first.sentences()) {
      if (total >= budget) break;
      String t = first.text().substring(s.start(), s.end()).strip();
      int n = Syllables.tokenize(t).size();
      if (n == 0) continue;
      if (b.length() > 0) b.append(' ');
      b.append(t);
      total += n;
    }
    return b.toString();
  }

  /**
   * Plain centroid summary: TF-IDF over syllable unigrams (IDF over the cluster's sentences), the
   * centroid is the sum of the normalised sentence vectors; the closest sentences are taken until
   * the budget is reached and printed in article order.
   */
  static String centroid(List<AnalyzedArticle> docs, int budget) {
    List<AnalyzedArticle> ordered = new ArrayList<>(docs);
    ordered.sort(EARLIEST);
    record Sent(int doc, int pos, String text, Map<String, Integer> tf, int syllables) {}
    List<Sent> sents = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (int d = 0; d < ordered.size(); d++) {
      AnalyzedArticle a = ordered.get(d);
      for (int i = 0; i < a.sentences().size(); i++) {
        Sentence s = a.sentences().get(i);
        String t = a.text().substring(s.start(), s.end()).strip();
        List<String> syl = Syllables.tokenize(t);
        if (syl.isEmpty()) continue;
        Map<String, Integer> tf = new HashMap<>();
        for (String w : syl) tf.merge(w, 1, Integer::sum);
        for (String w : tf.keySet()) df.merge(w, 1, Integer::sum);
        sents.add(new Sent(d, i, t, tf, syl.size()));
      }
    }
    int n = sents.size();
    List<Map<String, Double>> vecs = new ArrayList<>(n);
    Map<String, Double> centroid = new HashMap<>();
    for (Sent s : sents) {
      Map<String, Double> v = new HashMap<>();
      double sq = 0;
      for (Map.Entry<String, Integer> e : s.tf().entrySet()) {
        double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / df.get(e.getKey()));
        v.put(e.getKey(), w);
        sq += w * w;
      }
      double norm = Math.sqrt(sq);
      if (norm > 0) for (Map.Entry<String, Double> e : v.entrySet()) { e.setValue(e.getValue() / norm); centroid.merge(e.getKey(), e.getValue(), Double::sum); }
      vecs.add(v);
    }
    double cn = Math.sqrt(centroid.values().stream().mapToDouble(x -> x * x).sum());
    double[] sim = new double[n];
    for (int i = 0; i < n; i++) {
      double dot = 0;
      for (Map.Entry<String, Double> e : vecs.get(i).entrySet()) dot += e.getValue() * centroid.getOrDefault(e.getKey(), 0.0);
      sim[i] = cn == 0 ? 0 : dot / cn;
    }
    List<Integer> rank = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    rank.sort(Comparator.comparingDouble((Integer i) -> -sim[i]).thenComparingInt(i -> i));
    List<Integer> chosen = new ArrayList<>();
    int total = 0;
    for (int i : rank) {
      if (total >= budget) break;
      chosen.add(i);
      total += sents.get(i).syllables();
    }
    chosen.sort(Comparator.naturalOrder()); // sents are already in (article, position) order
    return String.join(" ", chosen.stream().map(i -> sents.get(i).text()).toList());
  }

  // ------------------------------------------------------------------ report

  public static void printReport(Result r, Appendable out) {
    try {
      out.append(String.format(Locale.ROOT, "Summary evaluation on %s: %d clusters; budget %s%n", r.file(), r.clusters(),
          r.mode() == Budget.GLOBAL ? r.budget() + " syllables (mean length of all references)" : "mean length of each cluster's references"));
      out.append("ROUGE F1 on lower-cased NFC syllables, averaged over the references; scoring tuned on the even clusters only.\n");
      out.append(String.format(Locale.ROOT, "%-16s %-10s %7s %7s %7s%n", "subset", "system", "R-1", "R-2", "R-L"));
      for (String subset : List.of(EVEN, ODD, ALL))
        for (String system : SYSTEMS)
          out.append(String.format(Locale.ROOT, "%-16s %-10s %7.4f %7.4f %7.4f%n", subset, system,
              r.mean(subset, system, 1), r.mean(subset, system, 2), r.mean(subset, system, 3)));
      out.append(String.format(Locale.ROOT, "%-10s %10s %14s %18s%n", "system", "syllables", "ms per story", "CPU ms per story"));
      for (String system : SYSTEMS)
        out.append(String.format(Locale.ROOT, "%-10s %10.1f %14.2f %18.2f%n", system, r.meanSyllables(system),
            1000 * r.meanSeconds(system), 1000 * r.meanCpuSeconds(system)));
      out.append(String.format(Locale.ROOT, "before that, cleaning + analysis + linking of the cluster (shared): %.2f ms per story%n",
          1000 * r.analysisSeconds()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ridge penalty of the sentence scorer's least-squares fit. */
  public static final double RIDGE = 1.0;

  /**
   * Fits the sentence scorer on the even clusters only: every summary candidate of a cluster is a
   * row (its {@link SentenceScorer#FEATURES}), labelled with its ROUGE-2 precision against the
   * cluster's references (averaged over them). Precision, not recall, so the label does not reward
   * length by itself; {@link StoryBuilder.Scoring#lengthExponent()} trades density for length.
   */
  public static double[] train(List<Prepared> prepared, double ridge) {
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Prepared p : prepared) {
      if (p.cluster().index() % 2 != 0) continue;
      List<List<String>> refs = p.cluster().references().stream().map(Syllables::tokenize).toList();
      for (SentenceScorer.Candidate k : SentenceScorer.candidates(p.linked().articles())) {
        List<String> syl = Syllables.tokenize(k.text());
        double y = 0;
        for (List<String> r : refs) y += Rouge.ngramPrecision(syl, r, 2);
        xs.add(k.features());
        ys.add(refs.isEmpty() ? 0 : y / refs.size());
      }
    }
    return SentenceScorer.fit(xs, ys.stream().mapToDouble(Double::doubleValue).toArray(), ridge);
  }

  /**
   * Fits the scorer on the even clusters, then grid-searches the length exponent and the redundancy
   * threshold on the even clusters (mean ROUGE-2); prints every point and returns the best. The odd
   * half is never looked at here.
   */
  public static StoryBuilder.Scoring tune(Path file, List<Prepared> prepared, Appendable log) throws IOException {
    List<Prepared> even = prepared.stream().filter(p -> p.cluster().index() % 2 == 0).toList();
    double[] w = train(even, RIDGE);
    log.append("weights fitted on even (ridge ").append(String.valueOf(RIDGE)).append("):\n");
    for (int i = 0; i < w.length; i++)
      log.append(String.format(Locale.ROOT, "  %-20s %9.5f%n", SentenceScorer.FEATURES.get(i), w[i]));
    log.append("as Java: ").append(javaArray(w)).append('\n');
    SentenceScorer scorer = new SentenceScorer(w);
    StoryBuilder.Scoring best = null;
    double bestR2 = -1;
    // (redundancy cosine, minimum novelty) pairs: round 5's hard thresholds, a looser pair, none but a floor.
    double[][] checks = {{0.3, 0.7}, {0.6, 0.5}, {1.01, 0.3}};
    for (double exponent : new double[] {0.1, 0.15, 0.2})
      for (double[] check : checks)
        for (double noveltyExponent : new double[] {0, 1, 1.5, 2}) {
          StoryBuilder.Scoring sc = new StoryBuilder.Scoring(scorer, exponent, check[0], check[1], noveltyExponent);
          Result r = evaluate(file, even, Budget.GLOBAL, sc, List.of("storyline"));
          double r2 = r.mean(ALL, "storyline", 2);
          log.append(String.format(Locale.ROOT,
              "length exponent %.2f redundancy %.2f novelty %.2f novelty exponent %.2f: R-1 %.4f R-2 %.4f R-L %.4f len %.1f%n",
              exponent, check[0], check[1], noveltyExponent, r.mean(ALL, "storyline", 1), r2, r.mean(ALL, "storyline", 3),
              r.meanSyllables("storyline")));
          if (r2 > bestR2) { bestR2 = r2; best = sc; }
        }
    log.append(String.format(Locale.ROOT,
        "best on even: length exponent %.2f redundancy %.2f novelty %.2f novelty exponent %.2f (R-2 %.4f)%n",
        best.lengthExponent(), best.redundancy(), best.novelty(), best.noveltyExponent(), bestR2));
    return best;
  }

  /** One fold of {@link #crossValidate}: R-2 on the test clusters with weights fitted on the other fold, and with the shipped ones. */
  public record Fold(int testRemainder, int trainClusters, int testClusters, double fitted, double shipped) {}

  /**
   * 2-fold cross-validation of the sentence scorer within the even clusters (index % 4 == 0 vs == 2): weights are
   * fitted ({@link #train}, ridge {@link #RIDGE}) on one fold and the summaries of the other are scored with them, the
   * selection knobs being the defaults; {@code shipped} scores the same clusters with {@link SentenceScorer#WEIGHTS}
   * (fitted on all even, so in-sample). Odd clusters in {@code prepared} are ignored.
   */
  public static List<Fold> crossValidate(Path file, List<Prepared> prepared, int budget) {
    StoryBuilder.Scoring d = StoryBuilder.Scoring.defaults();
    List<Fold> out = new ArrayList<>();
    for (int test : new int[] {2, 0}) {
      List<Prepared> train = prepared.stream().filter(p -> p.cluster().index() % 4 == 2 - test).toList();
      List<Prepared> held = prepared.stream().filter(p -> p.cluster().index() % 4 == test).toList();
      StoryBuilder.Scoring fitted = new StoryBuilder.Scoring(new SentenceScorer(train(train, RIDGE)), d.lengthExponent(),
          d.redundancy(), d.novelty(), d.noveltyExponent());
      double r2 = evaluate(file, held, Budget.GLOBAL, fitted, List.of("storyline"), budget).mean(ALL, "storyline", 2);
      double shipped = evaluate(file, held, Budget.GLOBAL, d, List.of("storyline"), budget).mean(ALL, "storyline", 2);
      out.add(new Fold(test, train.size(), held.size(), r2, shipped));
    }
    return out;
  }

  static String javaArray(double[] w) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < w.length; i++) b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5f", w[i]));
    return b.append('}').toString();
  }

  /** Writes every candidate's features and syllables, and the references' syllables (for offline analysis). */
  static void dump(List<Prepared> prepared, Path out) {
    StringBuilder b = new StringBuilder();
    StringBuilder r = new StringBuilder();
    for (Prepared p : prepared) {
      int c = p.cluster().index();
      for (String ref : p.cluster().references()) r.append(c).append('\t').append(String.join(" ", Syllables.tokenize(ref))).append('\n');
      for (SentenceScorer.Candidate k : SentenceScorer.candidates(p.linked().articles())) {
        b.append(c).append('\t').append(k.doc()).append('\t').append(k.index());
        for (double v : k.features()) b.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
        b.append('\t').append(String.join(" ", Syllables.tokenize(k.text())));
        b.append('\t').append(k.text().replace('\t', ' ').replace('\n', ' ')).append('\n');
      }
    }
    try {
      Files.writeString(out, b);
      Files.writeString(Path.of(out + ".refs"), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Usage: SummaryEval [file] [global|cluster|tune|cv|dump OUT.tsv]. */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/eval/vims/vims.jsonl");
    if (args.length > 2 && args[1].equals("dump")) {
      dump(prepare(load(file)), Path.of(args[2]));
      return;
    }
    if (args.length > 1 && args[1].equals("cv")) {
      List<Cluster> clusters = load(file);
      int budget = globalBudget(clusters);
      List<Prepared> even = prepare(clusters.stream().filter(c -> c.index() % 2 == 0).toList());
      List<Fold> folds = crossValidate(file, even, budget);
      for (Fold f : folds)
        System.out.printf(Locale.ROOT, "test index %% 4 == %d (%d clusters, fitted on %d): R-2 %.4f (shipped weights, in-sample: %.4f)%n",
            f.testRemainder(), f.testClusters(), f.trainClusters(), f.fitted(), f.shipped());
      System.out.printf(Locale.ROOT, "2-fold CV within even, budget %d: R-2 %.4f%n", budget,
          folds.stream().mapToDouble(Fold::fitted).average().orElse(Double.NaN));
      return;
    }
    if (args.length > 1 && args[1].equals("tune")) {
      try {
        List<Prepared> prepared = prepare(load(file));
        tune(file, prepared, System.out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    Budget mode = args.length > 1 && args[1].startsWith("cluster") ? Budget.PER_CLUSTER : Budget.GLOBAL;
    Result r = run(file, mode, StoryBuilder.Scoring.defaults());
    StringBuilder sb = new StringBuilder();
    printReport(r, sb);
    System.out.print(sb);
  }
}
