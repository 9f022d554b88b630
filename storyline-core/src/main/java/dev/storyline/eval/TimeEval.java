package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.time.TemporalAnalyzer;
import dev.storyline.model.Article;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Sentence;
import dev.storyline.model.Span;
import dev.storyline.model.TimeExpression;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the temporal tagger against the hand-annotated gold set eval/gold/time.tsv.
 *
 * <p>Article text (what gold offsets point into): for "unc" the NFC of the sentences joined with '\n';
 * for "vims" the NFC of the document's "text" with CRLF/CR turned into LF. The corpora are read from
 * {@code sharedEval/unc/unc.jsonl} and {@code sharedEval/vims/vims.jsonl}; the repository stores only
 * offsets, labels and checksums, never that text.
 *
 * <p>Matching is one-to-one per document: first exact span matches, then, for the gold left, the unused
 * prediction overlapping it most. Type and value accuracy (value AND mod equal) are measured on the
 * matched pairs. Problems (missing corpus or document, checksum mismatch, tagger failure) are reported
 * in the result instead of aborting; rows that cannot be verified are left out of the scores.
 */
public final class TimeEval {
  public static final List<String> SPLITS = List.of("dev", "test", "all");

  /** Counts behind every figure; {@code predicted < 0} means "not defined" (per-form rows: predictions have no form). */
  public record Counts(int gold, int predicted, int exact, int overlap, int typeOkExact, int valueOkExact,
                       int typeOkOverlap, int valueOkOverlap) {
    public double precisionExact() { return ratio(exact, predicted); }

    public double recallExact() { return ratio(exact, gold); }

    public double f1Exact() { return f1(precisionExact(), recallExact()); }

    public double precisionOverlap() { return ratio(overlap, predicted); }

    public double recallOverlap() { return ratio(overlap, gold); }

    public double f1Overlap() { return f1(precisionOverlap(), recallOverlap()); }

    public double typeAccuracy() { return ratio(typeOkOverlap, overlap); }

    public double valueAccuracy() { return ratio(valueOkOverlap, overlap); }

    public double valueAccuracyExact() { return ratio(valueOkExact, exact); }

    Counts plus(Counts o) {
      return new Counts(gold + o.gold, predicted < 0 || o.predicted < 0 ? -1 : predicted + o.predicted,
          exact + o.exact, overlap + o.overlap, typeOkExact + o.typeOkExact, valueOkExact + o.valueOkExact,
          typeOkOverlap + o.typeOkOverlap, valueOkOverlap + o.valueOkOverlap);
    }

    private static double ratio(int a, int b) { return b <= 0 ? Double.NaN : (double) a / b; }

    /** Zero when either side is zero (e.g. no predictions at all); undefined only when neither is known. */
    private static double f1(double p, double r) {
      if (p == 0 || r == 0) return 0;
      if (Double.isNaN(p) || Double.isNaN(r)) return Double.NaN;
      return 2 * p * r / (p + r);
    }
  }

  /** Scores of one split: overall, and recall/accuracy per gold form. */
  public record Scores(Counts overall, Map<String, Counts> byForm) {
    public Scores {
      byForm = java.util.Collections.unmodifiableMap(new TreeMap<>(byForm));
    }
  }

  /**
   * @param bySplit    "dev", "test", "all"
   * @param problems   what could not be checked or run, one line each
   * @param goldRows   rows read from the TSV
   * @param scoredRows rows whose document exists and whose checksum matched
   * @param docs       documents in the gold set
   * @param taggedDocs documents the tagger ran on without throwing
   */
  public record Result(Map<String, Scores> bySplit, List<String> problems, int goldRows, int scoredRows, int docs,
                       int taggedDocs) {
    public Result {
      bySplit = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySplit));
      problems = List.copyOf(problems);
    }
  }

  /** Runs the real pipeline pieces (SentenceSplitter + TemporalAnalyzer) over the gold documents and scores them. */
  public static Result run(Path goldTsv, Path sharedEval) {
    SentenceSplitter splitter = new SentenceSplitter();
    TemporalAnalyzer analyzer = new TemporalAnalyzer();
    return run(goldTsv, sharedEval, article -> {
      List<Sentence> sentences = splitter.split(article.text());
      return analyzer.analyze(article, sentences).times();
    });
  }

  /** Same as {@link #run(Path, Path)} with any tagger; lets tests exercise loading and verification alone. */
  static Result run(Path goldTsv, Path sharedEval, Function<Article, List<TimeExpression>> tagger) {
    List<String> problems = new ArrayList<>();
    List<GoldTimex> rows = readGold(goldTsv, problems);
    Map<String, Set<String>> wanted = new HashMap<>();
    for (GoldTimex g : rows) wanted.computeIfAbsent(g.corpus(), k -> new HashSet<>()).add(g.docId());
    Map<String, Article> articles = new HashMap<>();
    for (String corpus : wanted.keySet()) {
      loadCorpus(sharedEval, corpus, wanted.get(corpus), articles, problems);
    }

    List<GoldTimex> verified = new ArrayList<>();
    Set<String> missingReported = new HashSet<>();
    for (GoldTimex g : rows) {
      Article a = articles.get(key(g.corpus(), g.docId()));
      if (a == null) {
        if (missingReported.add(key(g.corpus(), g.docId())))
          problems.add("missing document " + g.corpus() + "/" + g.docId() + ": its gold rows are not scored");
        continue;
      }
      if (g.start() < 0 || g.end() > a.text().length() || g.start() >= g.end()) {
        problems.add("offsets out of range " + describe(g) + " (text length " + a.text().length() + ")");
        continue;
      }
      String got = checksum(a.text().substring(g.start(), g.end()));
      if (!got.equals(g.check())) {
        problems.add("checksum mismatch " + describe(g) + ": expected " + g.check() + ", text gives " + got);
        continue;
      }
      verified.add(g);
    }

    Map<String, String> splitOfDoc = new LinkedHashMap<>();
    for (GoldTimex g : rows) splitOfDoc.putIfAbsent(key(g.corpus(), g.docId()), g.split());
    List<PredictedTimex> predicted = new ArrayList<>();
    Map<String, List<String>> failures = new LinkedHashMap<>(); // message -> documents, so a stub reports once
    int tagged = 0;
    for (String docKey : splitOfDoc.keySet()) {
      Article a = articles.get(docKey);
      if (a == null) continue;
      String[] cd = docKey.split("\u0000", 2);
      try {
        for (TimeExpression t : tagger.apply(a)) {
          predicted.add(new PredictedTimex(cd[0], cd[1], t.start(), t.end(),
              t.type() == null ? "" : t.type().name(), t.value(), t.mod()));
        }
        tagged++;
      } catch (RuntimeException e) {
        failures.computeIfAbsent(String.valueOf(e), k -> new ArrayList<>()).add(cd[0] + "/" + cd[1]);
      }
    }
    failures.forEach((message, docs) -> problems.add("tagger failed on " + docs.size() + " document(s) ("
        + String.join(", ", docs.subList(0, Math.min(3, docs.size()))) + (docs.size() > 3 ? ", …" : "") + "): " + message));

    Map<String, Scores> bySplit = new LinkedHashMap<>();
    for (String split : SPLITS) {
      List<GoldTimex> g = verified.stream().filter(x -> split.equals("all") || split.equals(x.split())).toList();
      List<PredictedTimex> p = predicted.stream()
          .filter(x -> split.equals("all") || split.equals(splitOfDoc.get(key(x.corpus(), x.docId())))).toList();
      bySplit.put(split, score(g, p));
    }
    return new Result(bySplit, problems, rows.size(), verified.size(), splitOfDoc.size(), tagged);
  }

  /**
   * Pure scoring: one-to-one matching per document (exact spans first, then the largest overlap), then
   * type and value (value and mod) agreement on the matched pairs.
   */
  public static Scores score(List<GoldTimex> gold, List<PredictedTimex> predicted) {
    Map<String, List<GoldTimex>> goldByDoc = new LinkedHashMap<>();
    for (GoldTimex g : gold) goldByDoc.computeIfAbsent(key(g.corpus(), g.docId()), k -> new ArrayList<>()).add(g);
    Map<String, List<PredictedTimex>> predByDoc = new HashMap<>();
    for (PredictedTimex p : predicted)
      predByDoc.computeIfAbsent(key(p.corpus(), p.docId()), k -> new ArrayList<>()).add(p);

    Map<String, Counts> byForm = new HashMap<>();
    for (Map.Entry<String, List<GoldTimex>> e : goldByDoc.entrySet()) {
      List<GoldTimex> gs = new ArrayList<>(e.getValue());
      gs.sort(Comparator.comparingInt(GoldTimex::start).thenComparingInt(GoldTimex::end));
      List<PredictedTimex> ps = predByDoc.getOrDefault(e.getKey(), List.of());
      boolean[] used = new boolean[ps.size()];
      PredictedTimex[] exactOf = new PredictedTimex[gs.size()];
      for (int i = 0; i < gs.size(); i++) {
        GoldTimex g = gs.get(i);
        for (int j = 0; j < ps.size(); j++) {
          if (!used[j] && ps.get(j).start() == g.start() && ps.get(j).end() == g.end()) {
            used[j] = true;
            exactOf[i] = ps.get(j);
            break;
          }
        }
      }
      for (int i = 0; i < gs.size(); i++) {
        GoldTimex g = gs.get(i);
        PredictedTimex match = exactOf[i];
        if (match == null) {
          int best = -1, bestLen = 0;
          for (int j = 0; j < ps.size(); j++) {
            if (used[j]) continue;
            int len = Math.min(g.end(), ps.get(j).end()) - Math.max(g.start(), ps.get(j).start());
            if (len > bestLen) { best = j; bestLen = len; }
          }
          if (best >= 0) { used[best] = true; match = ps.get(best); }
        }
        boolean exact = exactOf[i] != null, matched = match != null;
        boolean typeOk = matched && g.type().equalsIgnoreCase(match.type().strip());
        boolean valueOk = matched && g.value().strip().equals(match.value() == null ? "" : match.value().strip())
            && g.mod().strip().equalsIgnoreCase(match.mod().strip());
        Counts c = new Counts(1, -1, exact ? 1 : 0, matched ? 1 : 0, exact && typeOk ? 1 : 0, exact && valueOk ? 1 : 0,
            typeOk ? 1 : 0, valueOk ? 1 : 0);
        byForm.merge(g.form().isEmpty() ? "other" : g.form(), c, Counts::plus);
      }
    }
    Counts overall = new Counts(0, predicted.size(), 0, 0, 0, 0, 0, 0);
    for (Counts c : byForm.values()) overall = overall.plus(new Counts(c.gold(), 0, c.exact(), c.overlap(),
        c.typeOkExact(), c.valueOkExact(), c.typeOkOverlap(), c.valueOkOverlap()));
    return new Scores(overall, byForm);
  }

  /** Writes the report: problems first, then for each split the overall figures and the per-form table. */
  public void print(Result r, Appendable out) {
    try {
      out.append(String.format(Locale.ROOT, "Temporal tagger vs gold: %d gold rows in %d documents, %d scored, tagger ran on %d%n",
          r.goldRows(), r.docs(), r.scoredRows(), r.taggedDocs()));
      if (!r.problems().isEmpty()) {
        out.append("Problems (" + r.problems().size() + "):\n");
        int shown = 0;
        for (String p : r.problems()) {
          if (shown++ == 20) { out.append("  ... and " + (r.problems().size() - 20) + " more\n"); break; }
          out.append("  - ").append(p).append('\n');
        }
      }
      for (Map.Entry<String, Scores> e : r.bySplit().entrySet()) {
        Counts c = e.getValue().overall();
        out.append(String.format(Locale.ROOT, "%n== split %s: %d gold, %d predicted ==%n", e.getKey(), c.gold(), c.predicted()));
        out.append(String.format(Locale.ROOT, "  %-8s %7s %7s %7s%n", "match", "P", "R", "F1"));
        out.append(String.format(Locale.ROOT, "  %-8s %7s %7s %7s%n", "exact", pct(c.precisionExact()), pct(c.recallExact()), pct(c.f1Exact())));
        out.append(String.format(Locale.ROOT, "  %-8s %7s %7s %7s%n", "overlap", pct(c.precisionOverlap()), pct(c.recallOverlap()), pct(c.f1Overlap())));
        out.append(String.format(Locale.ROOT, "  type accuracy %s, value accuracy (value+mod) %s on %d overlap-matched; value accuracy %s on %d exact%n",
            pct(c.typeAccuracy()), pct(c.valueAccuracy()), c.overlap(), pct(c.valueAccuracyExact()), c.exact()));
        out.append(String.format(Locale.ROOT, "  %-15s %5s %9s %9s %7s %7s%n", "form", "gold", "R exact", "R overlap", "type", "value"));
        for (Map.Entry<String, Counts> f : e.getValue().byForm().entrySet()) {
          Counts k = f.getValue();
          out.append(String.format(Locale.ROOT, "  %-15s %5d %9s %9s %7s %7s%n", f.getKey(), k.gold(), pct(k.recallExact()),
              pct(k.recallOverlap()), pct(k.typeAccuracy()), pct(k.valueAccuracy())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code TimeEval [gold.tsv [sharedEvalDir]]}, defaults eval/gold/time.tsv and ../shared/eval;
   * {@code TimeEval --errors SPLIT [gold.tsv [sharedEvalDir]]} lists the errors of one split instead.
   */
  public static void main(String[] args) {
    if (args.length > 1 && args[0].equals("--errors")) {
      Path gold = Path.of(args.length > 2 ? args[2] : "eval/gold/time.tsv");
      Path shared = Path.of(args.length > 3 ? args[3] : "../shared/eval");
      TemporalAnalyzer analyzer = new TemporalAnalyzer();
      SentenceSplitter splitter = new SentenceSplitter();
      for (String line : errors(gold, shared, args[1],
          a -> analyzer.analyze(a, splitter.split(a.text())).times())) System.out.println(line);
      return;
    }
    Path gold = Path.of(args.length > 0 ? args[0] : "eval/gold/time.tsv");
    Path shared = Path.of(args.length > 1 ? args[1] : "../shared/eval");
    new TimeEval().print(run(gold, shared), System.out);
  }

  /**
   * Every error of the tagger on one split, one line each, for reading at a terminal (it quotes the corpus, so
   * it is never written into the repository): {@code MISS} (gold with no overlapping prediction), {@code SPAN}
   * (overlap only: gold span vs predicted span), {@code VALUE} (type, value or mod differ) and {@code FP}
   * (prediction matching no gold), each with the published date and about 40 characters of context.
   */
  public static List<String> errors(Path goldTsv, Path sharedEval, String split,
                                    Function<Article, List<TimeExpression>> tagger) {
    List<String> problems = new ArrayList<>();
    List<GoldTimex> rows = readGold(goldTsv, problems).stream()
        .filter(g -> split.equals("all") || split.equals(g.split())).toList();
    Map<String, Set<String>> wanted = new HashMap<>();
    for (GoldTimex g : rows) wanted.computeIfAbsent(g.corpus(), k -> new HashSet<>()).add(g.docId());
    Map<String, Article> articles = new HashMap<>();
    for (String corpus : wanted.keySet()) loadCorpus(sharedEval, corpus, wanted.get(corpus), articles, problems);
    Map<String, List<GoldTimex>> byDoc = new LinkedHashMap<>();
    for (GoldTimex g : rows) byDoc.computeIfAbsent(key(g.corpus(), g.docId()), k -> new ArrayList<>()).add(g);
    List<String> out = new ArrayList<>(problems);
    for (Map.Entry<String, List<GoldTimex>> e : byDoc.entrySet()) {
      Article a = articles.get(e.getKey());
      if (a == null) continue;
      String text = a.text();
      List<TimeExpression> ps = new ArrayList<>(tagger.apply(a));
      List<GoldTimex> gs = new ArrayList<>(e.getValue());
      gs.sort(Comparator.comparingInt(GoldTimex::start));
      boolean[] used = new boolean[ps.size()];
      TimeExpression[] match = new TimeExpression[gs.size()];
      for (int i = 0; i < gs.size(); i++)
        for (int j = 0; j < ps.size(); j++)
          if (!used[j] && ps.get(j).start() == gs.get(i).start() && ps.get(j).end() == gs.get(i).end()) {
            used[j] = true;
            match[i] = ps.get(j);
            break;
          }
      for (int i = 0; i < gs.size(); i++) {
        if (match[i] != null) continue;
        GoldTimex g = gs.get(i);
        int best = -1, bestLen = 0;
        for (int j = 0; j < ps.size(); j++) {
          if (used[j]) continue;
          int len = Math.min(g.end(), ps.get(j).end()) - Math.max(g.start(), ps.get(j).start());
          if (len > bestLen) { best = j; bestLen = len; }
        }
        if (best >= 0) { used[best] = true; match[i] = ps.get(best); }
      }
      String head = e.getKey().replace('\u0000', '/') + " pub=" + a.published() + " ";
      for (int i = 0; i < gs.size(); i++) {
        GoldTimex g = gs.get(i);
        TimeExpression p = match[i];
        String gold = "[" + text.substring(g.start(), g.end()) + "] " + g.type() + " " + g.value()
            + (g.mod().isBlank() ? "" : " " + g.mod()) + " (" + g.form() + ")";
        String ctx = " | " + context(text, g.start(), g.end());
        if (p == null) { out.add("MISS  " + head + gold + ctx); continue; }
        String pred = "[" + p.text() + "] " + p.type() + " " + p.value() + (p.mod() == null ? "" : " " + p.mod());
        boolean exact = p.start() == g.start() && p.end() == g.end();
        boolean valueOk = g.type().equalsIgnoreCase(String.valueOf(p.type())) && g.value().strip().equals(p.value())
            && g.mod().strip().equalsIgnoreCase(p.mod() == null ? "" : p.mod());
        if (!exact) out.add("SPAN  " + head + gold + " <> " + pred + ctx);
        else if (!valueOk) out.add("VALUE " + head + gold + " <> " + pred + ctx);
      }
      for (int j = 0; j < ps.size(); j++) {
        if (used[j]) continue;
        TimeExpression p = ps.get(j);
        out.add("FP    " + head + "[" + p.text() + "] " + p.type() + " " + p.value() + (p.mod() == null ? "" : " " + p.mod())
            + " | " + context(text, p.start(), p.end()));
      }
    }
    return out;
  }

  private static String context(String text, int s, int e) {
    int a = Math.max(0, s - 40), b = Math.min(text.length(), e + 40);
    return (text.substring(a, s) + "<<" + text.substring(s, e) + ">>" + text.substring(e, b)).replace('\n', ' ');
  }

  /** "length:first 8 hex of sha1", the same as eval/gold/tools/timegold.py computes. */
  public static String checksum(String span) {
    String nfc = Normalizer.normalize(span, Normalizer.Form.NFC);
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(nfc.getBytes(StandardCharsets.UTF_8));
      return nfc.length() + ":" + HexFormat.of().formatHex(d).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The article text gold offsets point into, for a "unc" document (sentences) or a "vims" one (text). */
  public static String articleText(String corpus, JsonNode doc) {
    if (corpus.equals("unc")) {
      List<String> sentences = new ArrayList<>();
      for (JsonNode s : doc.path("sentences")) sentences.add(s.asText());
      return Normalizer.normalize(String.join("\n", sentences), Normalizer.Form.NFC);
    }
    String t = Normalizer.normalize(doc.path("text").asText(""), Normalizer.Form.NFC);
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }

  static List<GoldTimex> readGold(Path tsv, List<String> problems) {
    return GoldTsv.read(tsv, problems, List.of("corpus", "doc_id", "start", "end", "type", "value", "mod", "form", "split", "check"),
        r -> new GoldTimex(r.get("corpus"), r.get("doc_id"), r.integer("start"), r.integer("end"), r.get("type"),
            r.get("value"), r.get("mod"), r.get("form"), r.get("split"), r.get("check")));
  }

  static void loadCorpus(Path sharedEval, String corpus, Set<String> ids, Map<String, Article> into,
                                 List<String> problems) {
    Path file = switch (corpus) {
      case "unc" -> sharedEval.resolve("unc").resolve("unc.jsonl");
      case "vims" -> sharedEval.resolve("vims").resolve("vims.jsonl");
      default -> null;
    };
    if (file == null) {
      problems.add("unknown corpus '" + corpus + "': its gold rows are not scored");
      return;
    }
    if (!Files.isRegularFile(file)) {
      problems.add("corpus file missing: " + file + " (" + ids.size() + " gold documents not scored)");
      return;
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode node = json.readTree(line);
        if (corpus.equals("unc")) {
          String id = node.path("doc_id").asText();
          if (ids.contains(id)) into.put(key(corpus, id), article(corpus, id, node, "Dân Trí"));
        } else {
          for (JsonNode d : node.path("documents")) {
            String id = d.path("id").asText();
            if (ids.contains(id)) into.put(key(corpus, id), article(corpus, id, d, d.path("source").asText("")));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add("cannot read corpus " + file + ": " + e);
    }
  }

  private static Article article(String corpus, String id, JsonNode doc, String outlet) {
    String text = articleText(corpus, doc);
    PartialDate published = PartialDate.parseIso(doc.path("date").asText(null)).orElse(null);
    return new Article(id, corpus + ":" + id, doc.path("title").asText(""), doc.path("url").asText(""), outlet,
        published, text, Span.lines(text), List.of());
  }

  static String key(String corpus, String docId) { return corpus + "\u0000" + docId; }

  private static String describe(GoldTimex g) {
    return g.corpus() + "/" + g.docId() + " [" + g.start() + "," + g.end() + ")";
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
