package dev.storyline.eval;

import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.time.TemporalAnalyzer;
import dev.storyline.analysis.time.TemporalResult;
import dev.storyline.model.Article;
import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Sentence;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores the event time of sentences ({@code TemporalAnalyzer}'s event times) against eval/gold/events.tsv (round
 * ev1; see the "Event time" section of eval/gold/TIME-GUIDELINES.md).
 *
 * <p>Each gold row is one sentence (offsets into the time eval's article text, see {@link TimeEval}) with the date of
 * what it reports and a label: {@code expr} (a time expression dates it), {@code pub} (the publication date) or
 * {@code none} (no dated event; empty value). A gold sentence is matched to the system sentence holding its start.
 * For every row three systems are scored in the same run: the analyzer's event time, a baseline giving every sentence
 * the publication date, and a baseline giving a sentence its first DATE expression with a calendar value (else the
 * publication date).
 *
 * <p>Per split and label: exact (the same value; for {@code none}, no date given), compatible (the same date at a
 * coarser or finer precision: 2016-05 and 2016-05-20; for {@code none} the same as exact) and, for the analyzer, the
 * share of sentences it dated from the publication date. An event time marked as reporting no event
 * ({@link EventTime#reportsEvent()} false, round ev2) counts as no date: right on a {@code none} row, wrong on a
 * dated one. Per split the report adds the precision and recall of those "no event" answers.
 */
public final class EventTimeEval {
  public static final List<String> SPLITS = List.of("dev", "test", "all");
  public static final List<String> LABELS = List.of("expr", "pub", "none");
  public static final List<String> SYSTEMS = List.of("system", "baseline-pub", "baseline-first-date");

  /** One gold sentence (a row of eval/gold/events.tsv); value is "" for label none. */
  public record GoldEvent(String corpus, String docId, int start, int end, String value, String label, String split,
                          String check) {
    public GoldEvent {
      value = value == null ? "" : value.strip();
    }
  }

  /** What the pipeline gives for one article: its sentences, time expressions and event times. */
  public record Prediction(List<Sentence> sentences, List<TimeExpression> times, List<EventTime> events) {}

  /**
   * Counts behind the figures of one system on one group of gold rows; saidNone: rows the system gave no date (it
   * judged the sentence to report no dated event, or gave it no event time at all).
   */
  public record Counts(int rows, int exact, int compatible, int fromPublished, int saidNone) {
    public Counts(int rows, int exact, int compatible, int fromPublished) { this(rows, exact, compatible, fromPublished, 0); }

    public double exactAccuracy() { return ratio(exact, rows); }

    public double compatibleAccuracy() { return ratio(compatible, rows); }

    public double publishedShare() { return ratio(fromPublished, rows); }

    Counts plus(Counts o) {
      return new Counts(rows + o.rows, exact + o.exact, compatible + o.compatible, fromPublished + o.fromPublished,
          saidNone + o.saidNone);
    }

    static final Counts ZERO = new Counts(0, 0, 0, 0);
  }

  /** Precision of the system's "no event" answers (gold none among the rows it gave no date), on one split. */
  public static double nonePrecision(Result r, String split, String system) {
    return ratio(r.get(split, system, "none").saidNone(), r.get(split, system, "all").saidNone());
  }

  /** Recall of the system's "no event" answers (gold none rows it gave no date), on one split. */
  public static double noneRecall(Result r, String split, String system) {
    Counts none = r.get(split, system, "none");
    return ratio(none.saidNone(), none.rows());
  }

  /**
   * @param bySplit    split → system → label ("expr", "pub", "none", "dated" = expr + pub, "all") → counts
   * @param problems   what could not be checked or run, one line each
   * @param goldRows   rows read
   * @param scoredRows rows whose document exists and whose checksum matched
   * @param docs       documents in the gold set
   * @param taggedDocs documents the analyzer ran on without throwing
   */
  public record Result(Map<String, Map<String, Map<String, Counts>>> bySplit, List<String> problems, int goldRows,
                       int scoredRows, int docs, int taggedDocs) {
    public Result {
      bySplit = Collections.unmodifiableMap(new LinkedHashMap<>(bySplit));
      problems = List.copyOf(problems);
    }

    public Counts get(String split, String system, String label) {
      return bySplit.getOrDefault(split, Map.of()).getOrDefault(system, Map.of()).getOrDefault(label, Counts.ZERO);
    }
  }

  /** The real pipeline pieces (SentenceSplitter + TemporalAnalyzer), as {@code ArticleAnalyzer} runs them. */
  public static Result run(Path goldTsv, Path sharedEval) {
    SentenceSplitter splitter = new SentenceSplitter();
    TemporalAnalyzer analyzer = new TemporalAnalyzer();
    return run(goldTsv, sharedEval, a -> {
      List<Sentence> ss = splitter.split(a.text());
      TemporalResult t = analyzer.analyze(a, ss);
      return new Prediction(ss, t.times(), t.eventTimes());
    });
  }

  static Result run(Path goldTsv, Path sharedEval, Function<Article, Prediction> system) {
    List<String> problems = new ArrayList<>();
    List<GoldEvent> rows = readGold(goldTsv, problems);
    Map<String, Set<String>> wanted = new HashMap<>();
    for (GoldEvent g : rows) wanted.computeIfAbsent(g.corpus(), k -> new HashSet<>()).add(g.docId());
    Map<String, Article> articles = new HashMap<>();
    for (String corpus : wanted.keySet()) TimeEval.loadCorpus(sharedEval, corpus, wanted.get(corpus), articles, problems);

    Map<String, List<GoldEvent>> byDoc = new LinkedHashMap<>();
    Set<String> missingReported = new HashSet<>();
    int verified = 0;
    for (GoldEvent g : rows) {
      String key = TimeEval.key(g.corpus(), g.docId());
      Article a = articles.get(key);
      if (a == null) {
        if (missingReported.add(key)) problems.add("missing document " + g.corpus() + "/" + g.docId() + ": not scored");
        continue;
      }
      if (g.start() < 0 || g.end() > a.text().length() || g.start() >= g.end()) {
        problems.add("offsets out of range " + describe(g) + " (text length " + a.text().length() + ")");
        continue;
      }
      String got = TimeEval.checksum(a.text().substring(g.start(), g.end()));
      if (!got.equals(g.check())) {
        problems.add("checksum mismatch " + describe(g) + ": expected " + g.check() + ", text gives " + got);
        continue;
      }
      verified++;
      byDoc.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
    }

    Map<String, Map<String, Map<String, Counts>>> bySplit = new LinkedHashMap<>();
    for (String split : SPLITS) {
      Map<String, Map<String, Counts>> bySystem = new LinkedHashMap<>();
      for (String s : SYSTEMS) bySystem.put(s, new LinkedHashMap<>());
      bySplit.put(split, bySystem);
    }
    Map<String, List<String>> failures = new LinkedHashMap<>();
    int tagged = 0;
    for (Map.Entry<String, List<GoldEvent>> e : byDoc.entrySet()) {
      Article a = articles.get(e.getKey());
      Prediction p;
      try {
        p = system.apply(a);
        tagged++;
      } catch (RuntimeException ex) {
        failures.computeIfAbsent(String.valueOf(ex), k -> new ArrayList<>()).add(e.getKey().replace('\u0000', '/'));
        p = new Prediction(List.of(), List.of(), List.of());
      }
      for (GoldEvent g : e.getValue()) {
        String[] answers = answers(a, p, g.start());
        boolean systemFromPub = answers[3] != null;
        for (int s = 0; s < SYSTEMS.size(); s++) {
          Counts c = judge(g, answers[s], s == 0 && systemFromPub);
          for (String split : List.of(g.split(), "all")) {
            Map<String, Map<String, Counts>> bySystem = bySplit.get(split);
            if (bySystem == null) continue; // a split other than dev/test counts in "all" only
            Map<String, Counts> byLabel = bySystem.get(SYSTEMS.get(s));
            byLabel.merge(g.label(), c, Counts::plus);
            if (!g.label().equals("none")) byLabel.merge("dated", c, Counts::plus);
            byLabel.merge("all", c, Counts::plus);
          }
        }
      }
    }
    failures.forEach((message, docs) -> problems.add("analyzer failed on " + docs.size() + " document(s) ("
        + String.join(", ", docs.subList(0, Math.min(3, docs.size()))) + (docs.size() > 3 ? ", …" : "") + "): " + message));
    return new Result(bySplit, problems, rows.size(), verified, byDoc.size() + missingReported.size(), tagged);
  }

  /**
   * The three systems' answers for the sentence holding offset {@code at} ("" = no date), and at index 3 a non-null
   * marker when the analyzer's answer came from the publication date.
   */
  static String[] answers(Article a, Prediction p, int at) {
    String pub = a.published() == null ? "" : a.published().iso();
    int si = -1;
    for (int i = 0; i < p.sentences().size(); i++) {
      Sentence s = p.sentences().get(i);
      if (s.start() <= at && at < s.end()) { si = i; break; }
    }
    String sys = "", fromPub = null;
    if (si >= 0) {
      for (EventTime et : p.events()) {
        if (et.sentence() == si) {
          if (!et.reportsEvent()) break; // no dated event: the answer is "none"
          sys = et.value() == null ? "" : et.value();
          if (et.fromPublicationDate()) fromPub = "pub";
          break;
        }
      }
    }
    String first = pub;
    if (si >= 0) {
      Sentence s = p.sentences().get(si);
      for (TimeExpression t : p.times()) {
        if (t.type() != TimeType.DATE || t.start() < s.start() || t.start() >= s.end()) continue;
        if (t.value() == null || t.value().isEmpty() || !Character.isDigit(t.value().charAt(0))) continue;
        var d = PartialDate.parseIso(t.value());
        if (d.isPresent()) { first = d.get().iso(); break; }
      }
    }
    return new String[] {sys, pub, first, fromPub};
  }

  /** One row judged: exact, compatible, and whether the answer came from the publication date. */
  static Counts judge(GoldEvent g, String answer, boolean fromPublished) {
    String a = answer == null ? "" : answer.strip();
    boolean exact = g.value().equals(a);
    boolean compatible = exact || compatible(g.value(), a);
    return new Counts(1, exact ? 1 : 0, compatible ? 1 : 0, fromPublished ? 1 : 0, a.isEmpty() ? 1 : 0);
  }

  /** Same date at another precision: one value is the other followed by "-…" (2016 / 2016-05 / 2016-05-20). */
  static boolean compatible(String gold, String answer) {
    if (gold.isEmpty() || answer.isEmpty()) return gold.equals(answer);
    String shorter = gold.length() <= answer.length() ? gold : answer, longer = shorter == gold ? answer : gold;
    return longer.startsWith(shorter) && (longer.length() == shorter.length() || longer.charAt(shorter.length()) == '-');
  }

  static List<GoldEvent> readGold(Path tsv, List<String> problems) {
    return GoldTsv.read(tsv, problems, List.of("corpus", "doc_id", "start", "end", "value", "label", "split", "check"),
        r -> {
          String label = r.get("label"), value = r.get("value").strip();
          if (!LABELS.contains(label)) throw new IllegalArgumentException("unknown label '" + label + "'");
          if (label.equals("none") != value.isEmpty()) throw new IllegalArgumentException("label " + label + " with value '" + value + "'");
          if (!value.isEmpty() && PartialDate.parseIso(value).map(d -> !d.iso().equals(value)).orElse(true))
            throw new IllegalArgumentException("value '" + value + "' is not a date");
          return new GoldEvent(r.get("corpus"), r.get("doc_id"), r.integer("start"), r.integer("end"), value, label,
              r.get("split"), r.get("check"));
        });
  }

  /** The report: problems, then per split a table of label × system (exact, compatible, from the publication date). */
  public static void print(Result r, Appendable out) {
    try {
      out.append(String.format(Locale.ROOT, "Event time vs gold: %d gold sentences in %d documents, %d scored, analyzer ran on %d%n",
          r.goldRows(), r.docs(), r.scoredRows(), r.taggedDocs()));
      if (!r.problems().isEmpty()) {
        out.append("Problems (" + r.problems().size() + "):\n");
        int shown = 0;
        for (String p : r.problems()) {
          if (shown++ == 20) { out.append("  ... and " + (r.problems().size() - 20) + " more\n"); break; }
          out.append("  - ").append(p).append('\n');
        }
      }
      for (String split : SPLITS) {
        out.append(String.format(Locale.ROOT, "%n== split %s ==%n", split));
        out.append(String.format(Locale.ROOT, "  %-6s %5s  %-21s %-21s %-21s%n", "label", "rows", "system exact/compat/pub",
            "every-pub exact/compat", "first-DATE exact/compat"));
        for (String label : List.of("expr", "pub", "none", "dated", "all")) {
          Counts s = r.get(split, "system", label), b = r.get(split, "baseline-pub", label),
              f = r.get(split, "baseline-first-date", label);
          out.append(String.format(Locale.ROOT, "  %-6s %5d  %-21s %-21s %-21s%n", label, s.rows(),
              pct(s.exactAccuracy()) + " " + pct(s.compatibleAccuracy()) + " " + pct(s.publishedShare()),
              pct(b.exactAccuracy()) + " " + pct(b.compatibleAccuracy()),
              pct(f.exactAccuracy()) + " " + pct(f.compatibleAccuracy())));
        }
        out.append(String.format(Locale.ROOT, "  system \"no event\" answers: %d, precision %s, recall %s (of %d none rows)%n",
            r.get(split, "system", "all").saidNone(), pct(nonePrecision(r, split, "system")),
            pct(noneRecall(r, split, "system")), r.get(split, "system", "none").rows()));
      }
      out.append("\nexact: same value (none: no date given, the analyzer's \"no event\"); compat: same date at a coarser or finer precision;"
          + " pub: share the analyzer dated from the publication date\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code EventTimeEval [gold.tsv [sharedEvalDir]]}; {@code EventTimeEval --errors SPLIT [gold.tsv [sharedEvalDir]]}
   * lists every sentence the analyzer got wrong on one split (it quotes the corpus: for a terminal, never the repo).
   */
  public static void main(String[] args) {
    if (args.length > 1 && args[0].equals("--errors")) {
      Path gold = Path.of(args.length > 2 ? args[2] : "eval/gold/events.tsv");
      Path shared = Path.of(args.length > 3 ? args[3] : "../shared/eval");
      for (String line : errors(gold, shared, args[1])) System.out.println(line);
      return;
    }
    Path gold = Path.of(args.length > 0 ? args[0] : "eval/gold/events.tsv");
    Path shared = Path.of(args.length > 1 ? args[1] : "../shared/eval");
    print(run(gold, shared), System.out);
  }

  static List<String> errors(Path goldTsv, Path sharedEval, String split) {
    List<String> problems = new ArrayList<>();
    List<GoldEvent> rows = readGold(goldTsv, problems).stream().filter(g -> g.split().equals(split)).toList();
    Map<String, Set<String>> wanted = new HashMap<>();
    for (GoldEvent g : rows) wanted.computeIfAbsent(g.corpus(), k -> new HashSet<>()).add(g.docId());
    Map<String, Article> articles = new HashMap<>();
    for (String corpus : wanted.keySet()) TimeEval.loadCorpus(sharedEval, corpus, wanted.get(corpus), articles, problems);
    SentenceSplitter splitter = new SentenceSplitter();
    TemporalAnalyzer analyzer = new TemporalAnalyzer();
    List<String> out = new ArrayList<>(problems);
    Map<String, Prediction> done = new HashMap<>();
    for (GoldEvent g : rows) {
      Article a = articles.get(TimeEval.key(g.corpus(), g.docId()));
      if (a == null) continue;
      Prediction p = done.computeIfAbsent(TimeEval.key(g.corpus(), g.docId()), k -> {
        List<Sentence> ss = splitter.split(a.text());
        TemporalResult t = analyzer.analyze(a, ss);
        return new Prediction(ss, t.times(), t.eventTimes());
      });
      String[] ans = answers(a, p, g.start());
      if (g.value().equals(ans[0])) continue;
      String text = a.text().substring(g.start(), g.end()).replace('\n', ' ');
      out.add(String.format(Locale.ROOT, "%s/%s pub=%s gold=%s(%s) system=%s%s | %s", g.corpus(), g.docId(), a.published(),
          g.value().isEmpty() ? "-" : g.value(), g.label(), ans[0].isEmpty() ? "none" : ans[0], ans[3] != null ? "(pub)" : "",
          text.length() > 160 ? text.substring(0, 160) + "…" : text));
    }
    return out;
  }

  private static String describe(GoldEvent g) {
    return g.corpus() + "/" + g.docId() + " [" + g.start() + "," + g.end() + ")";
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static double ratio(int a, int b) { return b <= 0 ? Double.NaN : (double) a / b; }

  private EventTimeEval() {}
}
