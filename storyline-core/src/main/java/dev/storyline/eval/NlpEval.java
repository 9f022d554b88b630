package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.entity.EntityRecognizer;
import dev.storyline.analysis.quantity.QuantityRecognizer;
import dev.storyline.analysis.quote.QuoteExtractor;
import dev.storyline.analysis.time.TemporalAnalyzer;
import dev.storyline.eval.NlpScoring.Accuracy;
import dev.storyline.eval.NlpScoring.Item;
import dev.storyline.eval.NlpScoring.Match;
import dev.storyline.eval.NlpScoring.Prf;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores the entity recogniser, quote extractor and quantity recogniser against the hand-annotated
 * gold set in eval/gold (ids, offsets and labels only) over the shared UNC and ViMs corpora.
 */
public final class NlpEval {
  private NlpEval() {}

  public static final List<String> TASKS = List.of("entities", "quotes", "quantities");
  public static final List<String> SPLITS = List.of("dev", "test", "all");

  /** Scores of one split: named P/R/F1 counts and named accuracies, in report order. */
  public record SplitScores(Map<String, Prf> prf, Map<String, Accuracy> accuracy) {}

  /**
   * @param task      entities, quotes or quantities
   * @param documents documents scored
   * @param goldItems gold rows scored
   * @param problems  missing documents, checksum mismatches, annotator failures (never thrown)
   * @param splits    dev, test and all
   */
  public record Result(String task, int documents, int goldItems, List<String> problems,
                       Map<String, SplitScores> splits) {}

  /** One gold row: doc key, span, label (type/unit/…), extra fields. */
  record Row(String doc, String split, int start, int end, String[] fields, Map<String, Integer> col) {
    String get(String name) { return fields[col.get(name)]; }
  }

  /** The stages under test; a seam so that the scoring path can be tested with fixed outputs. */
  interface Annotators {
    List<Sentence> sentences(String text);

    List<EntityMention> entities(String text, List<Sentence> sentences);

    List<Quote> quotes(String text, List<Sentence> sentences, List<EntityMention> entities);

    List<Quantity> quantities(Article article, List<Sentence> sentences);
  }

  /** The real stages: SentenceSplitter, EntityRecognizer, QuoteExtractor, TemporalAnalyzer + QuantityRecognizer. */
  static Annotators realAnnotators() {
    SentenceSplitter splitter = new SentenceSplitter();
    EntityRecognizer entities = new EntityRecognizer();
    QuoteExtractor quotes = new QuoteExtractor();
    QuantityRecognizer quantities = new QuantityRecognizer();
    TemporalAnalyzer temporal = new TemporalAnalyzer();
    return new Annotators() {
      public List<Sentence> sentences(String text) { return splitter.split(text); }

      public List<EntityMention> entities(String text, List<Sentence> s) { return entities.find(text, s); }

      public List<Quote> quotes(String text, List<Sentence> s, List<EntityMention> e) { return quotes.find(text, s, e); }

      public List<Quantity> quantities(Article a, List<Sentence> s) {
        List<TimeExpression> times = temporal.analyze(a, s).times();
        return quantities.find(a.text(), s, times);
      }
    };
  }

  /** Documents ("corpus:doc_id") listed in entities-only.tsv, or none when the file is absent. */
  static Set<String> entitiesOnly(Path goldDir, List<String> problems) {
    return listed(goldDir, "entities-only.tsv", problems).keySet();
  }

  /**
   * Documents ("corpus:doc_id" to split) listed in quotes-only.tsv: articles annotated for quotes alone (round 11
   * on). The quote task scores them even with no quote row (predictions there are false positives); the quantity
   * task skips them (nobody annotated their quantities). None when the file is absent.
   */
  public static Map<String, String> quotesOnly(Path goldDir, List<String> problems) {
    return listed(goldDir, "quotes-only.tsv", problems);
  }

  private static Map<String, String> listed(Path goldDir, String name, List<String> problems) {
    Path p = goldDir.resolve(name);
    if (!Files.exists(p)) return Map.of();
    Map<String, String> out = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("corpus\t")) continue;
        String[] c = line.split("\t");
        if (c.length < 2) problems.add(name + ": malformed line " + line);
        else out.put(c[0] + ":" + c[1], c.length > 2 ? c[2] : "");
      }
    } catch (IOException e) {
      problems.add("cannot read " + p + ": " + e.getMessage());
    }
    return out;
  }

  public static Result run(String task, Path goldDir, Path sharedEval) {
    return run(task, goldDir, sharedEval, realAnnotators());
  }

  static Result run(String task, Path goldDir, Path sharedEval, Annotators ann) {
    String file = switch (task) {
      case "entities" -> "entities.tsv";
      case "quotes" -> "quotes.tsv";
      case "quantities" -> "quantities.tsv";
      default -> throw new IllegalArgumentException("unknown task " + task + " (entities|quotes|quantities)");
    };
    List<String> problems = new ArrayList<>();
    // The annotated documents are those of all three files: an article annotated with no quote
    // still counts, so predictions on it are false positives. Quotes and quantities are always
    // annotated together, entities not always (later articles were added for quotes and
    // quantities only), so the entity task scores only the articles that have entity rows: any
    // real news article names someone or somewhere, so no entity row means "not annotated".
    Map<String, String> docSplit = new TreeMap<>();
    Map<String, List<Row>> gold = new TreeMap<>();
    // Articles added for entities only (entities-only.tsv) were never read for quotes or quantities.
    Set<String> entitiesOnly = task.equals("entities") ? Set.of() : entitiesOnly(goldDir, problems);
    // Articles added for quotes only (quotes-only.tsv) were never read for quantities.
    Map<String, String> quotesOnly = task.equals("entities") ? Map.of() : quotesOnly(goldDir, problems);
    if (task.equals("quotes")) {
      quotesOnly.forEach((doc, split) -> {
        if (split.equals("dev") || split.equals("test")) docSplit.put(doc, split);
        else problems.add("quotes-only.tsv: " + doc + " has no dev/test split");
      });
    }
    for (String f : List.of("entities.tsv", "quotes.tsv", "quantities.tsv")) {
      List<Row> rows = readTsv(goldDir.resolve(f), problems);
      boolean scored = !task.equals("entities") || f.equals(file);
      for (Row r : rows) {
        if (entitiesOnly.contains(r.doc)) continue;
        if (task.equals("quantities") && quotesOnly.containsKey(r.doc)) continue;
        String prev = scored ? docSplit.putIfAbsent(r.doc, r.split) : docSplit.get(r.doc);
        if (prev != null && !prev.equals(r.split)) problems.add(f + ": " + r.doc + " is in both " + prev + " and " + r.split);
        if (f.equals(file)) gold.computeIfAbsent(r.doc, k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, Doc> docs;
    try {
      docs = loadDocs(sharedEval, problems, docSplit::containsKey);
    } catch (UncheckedIOException e) {
      problems.add("cannot read corpora under " + sharedEval + ": " + e.getCause().getMessage());
      docs = Map.of();
    }
    Map<String, String> texts = new TreeMap<>();
    docs.forEach((k, v) -> texts.put(k, v.text()));
    Map<String, List<Item>> goldItems = new TreeMap<>();
    Map<String, List<Row>> goldRows = new TreeMap<>();
    int nGold = 0;
    for (String doc : docSplit.keySet()) {
      String text = texts.get(doc);
      if (text == null) {
        if (!texts.isEmpty() || problems.isEmpty()) problems.add("missing document " + doc + " (skipped)");
        continue;
      }
      List<Row> ok = new ArrayList<>();
      for (Row r : gold.getOrDefault(doc, List.of())) {
        if (r.start < 0 || r.end > text.length() || r.end < r.start) {
          problems.add(file + ": " + doc + " " + r.start + ".." + r.end + " out of range (row skipped)");
        } else if (!check(text.substring(r.start, r.end)).equals(r.get("check"))) {
          problems.add(file + ": " + doc + " " + r.start + ".." + r.end + " checksum mismatch (row skipped)");
        } else {
          ok.add(r);
        }
      }
      goldRows.put(doc, ok);
      nGold += ok.size();
    }

    Map<String, Map<String, Prf>> prf = new LinkedHashMap<>();
    Map<String, Map<String, Accuracy>> acc = new LinkedHashMap<>();
    for (String s : SPLITS) { prf.put(s, new LinkedHashMap<>()); acc.put(s, new LinkedHashMap<>()); }
    int failures = 0;
    for (var e : goldRows.entrySet()) {
      String doc = e.getKey(), text = texts.get(doc), split = docSplit.get(doc);
      List<Row> rows = e.getValue();
      Map<String, Prf> docPrf = new LinkedHashMap<>();
      Map<String, Accuracy> docAcc = new LinkedHashMap<>();
      try {
        List<Sentence> sentences = ann.sentences(text);
        switch (task) {
          case "entities" -> {
            List<Item> g = items(rows, r -> r.get("type"));
            List<Item> p = new ArrayList<>();
            for (EntityMention m : ann.entities(text, sentences)) p.add(new Item(m.start(), m.end(), m.type().name()));
            docPrf.put("exact", NlpScoring.score(g, p, Match.EXACT));
            docPrf.put("overlap", NlpScoring.score(g, p, Match.OVERLAP));
            for (String t : List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC")) docPrf.put("exact " + t, Prf.ZERO);
            NlpScoring.scoreByLabel(g, p).forEach((t, v) -> docPrf.merge("exact " + t, v, Prf::plus));
          }
          case "quantities" -> {
            Article article = article(doc, text, docs.get(doc).published());
            List<Quantity> qs = ann.quantities(article, sentences);
            List<Item> g = items(rows, r -> null);
            List<Item> p = new ArrayList<>();
            for (Quantity q : qs) p.add(new Item(q.start(), q.end(), null));
            int[] al = NlpScoring.align(g, p, Match.EXACT_SPAN);
            docPrf.put("exact span", NlpScoring.score(g, p, Match.EXACT_SPAN));
            int correct = 0, matched = 0;
            for (int i = 0; i < al.length; i++) {
              if (al[i] < 0) continue;
              matched++;
              if (NlpScoring.sameValue(Double.parseDouble(rows.get(i).get("value")), qs.get(al[i]).value())) correct++;
            }
            docAcc.put("value correct (on matched)", new Accuracy(correct, matched));
          }
          case "quotes" -> {
            List<Quote> qs = ann.quotes(text, sentences, ann.entities(text, sentences));
            List<Item> g = items(rows, r -> null);
            List<Item> p = new ArrayList<>();
            for (Quote q : qs) p.add(new Item(q.start(), q.end(), null));
            int[] al = NlpScoring.align(g, p, Match.HALF_OF_GOLD);
            docPrf.put("content (>=50% of gold)", NlpScoring.score(g, p, Match.HALF_OF_GOLD));
            int correct = 0, matched = 0;
            for (int i = 0; i < al.length; i++) {
              if (al[i] < 0) continue;
              matched++;
              Row r = rows.get(i);
              String ss = r.get("speaker_start"), se = r.get("speaker_end");
              int gs = ss.isEmpty() ? 0 : Integer.parseInt(ss), ge = se.isEmpty() ? 0 : Integer.parseInt(se);
              if (NlpScoring.speakerCorrect(text, gs, ge, qs.get(al[i]).speaker())) correct++;
            }
            docAcc.put("speaker (on matched)", new Accuracy(correct, matched));
          }
          default -> throw new IllegalStateException(task);
        }
      } catch (RuntimeException ex) {
        if (failures++ < 5) problems.add("annotator failed on " + doc + ": " + ex);
        continue;
      }
      for (String s : List.of(split, "all")) {
        if (!prf.containsKey(s)) continue;
        docPrf.forEach((k, v) -> prf.get(s).merge(k, v, Prf::plus));
        docAcc.forEach((k, v) -> acc.get(s).merge(k, v, Accuracy::plus));
      }
    }
    if (failures > 5) problems.add("annotator failed on " + failures + " documents in all");
    Map<String, SplitScores> splits = new LinkedHashMap<>();
    for (String s : SPLITS) splits.put(s, new SplitScores(java.util.Collections.unmodifiableMap(prf.get(s)), java.util.Collections.unmodifiableMap(acc.get(s))));
    return new Result(task, goldRows.size(), nGold, List.copyOf(problems), splits);
  }

  public static void print(Result r, Appendable out) throws IOException {
    out.append("NLP eval: ").append(r.task()).append(" — ").append(String.valueOf(r.documents()))
        .append(" documents, ").append(String.valueOf(r.goldItems())).append(" gold items\n");
    for (var e : r.splits().entrySet()) {
      out.append("\n[").append(e.getKey()).append("]\n");
      SplitScores s = e.getValue();
      if (s.prf().isEmpty()) out.append("  (nothing scored)\n");
      for (var p : s.prf().entrySet()) {
        Prf v = p.getValue();
        out.append(String.format(Locale.ROOT, "  %-26s P %6.2f%%  R %6.2f%%  F1 %6.2f%%   (tp %d, fp %d, fn %d)%n",
            p.getKey(), 100 * v.precision(), 100 * v.recall(), 100 * v.f1(), v.tp(), v.fp(), v.fn()));
      }
      for (var a : s.accuracy().entrySet()) {
        Accuracy v = a.getValue();
        out.append(String.format(Locale.ROOT, "  %-26s %6.2f%%   (%d/%d)%n", a.getKey(), 100 * v.value(), v.correct(), v.total()));
      }
    }
    if (!r.problems().isEmpty()) {
      out.append("\nProblems (").append(String.valueOf(r.problems().size())).append("):\n");
      for (String p : r.problems()) out.append("  - ").append(p).append('\n');
    }
  }

  /** First 8 hex digits of the SHA-1 of the NFC form of s. */
  public static String check(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(Normalizer.normalize(s, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Article texts keyed "unc:doc_id" and "vims:Cluster_NNN/id": UNC sentences joined with '\n',
   * ViMs text with CRLF turned into LF, both NFC.
   */
  public static Map<String, String> loadTexts(Path sharedEval, List<String> problems) {
    return loadTexts(sharedEval, problems, k -> true);
  }

  /** Only the documents whose key passes {@code wanted} (NFC over the whole corpora is slow). */
  public static Map<String, String> loadTexts(Path sharedEval, List<String> problems, Predicate<String> wanted) {
    Map<String, String> out = new TreeMap<>();
    loadDocs(sharedEval, problems, wanted).forEach((k, v) -> out.put(k, v.text()));
    return out;
  }

  /** Like {@link #loadTexts}, with publication dates. */
  public static Map<String, Doc> loadDocs(Path sharedEval, List<String> problems, Predicate<String> wanted) {
    Map<String, Doc> out = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    Path unc = sharedEval.resolve("unc/unc.jsonl"), vims = sharedEval.resolve("vims/vims.jsonl");
    for (Path p : List.of(unc, vims)) {
      if (!Files.isRegularFile(p)) { problems.add("corpus file not found: " + p); continue; }
      try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.isBlank()) continue;
          JsonNode n = json.readTree(line);
          if (p == unc) {
            String key = "unc:" + n.path("doc_id").asText();
            if (!wanted.test(key)) continue;
            List<String> ss = new ArrayList<>();
            n.path("sentences").forEach(x -> ss.add(x.asText()));
            out.put(key,
                new Doc(nfc(String.join("\n", ss)), PartialDate.parseIso(n.path("date").asText(null)).orElse(null)));
          } else {
            String cluster = n.path("cluster_id").asText();
            for (JsonNode d : n.path("documents")) {
              String key = "vims:" + cluster + "/" + d.path("id").asText();
              if (!wanted.test(key)) continue;
              out.put(key, new Doc(nfc(d.path("text").asText().replace("\r\n", "\n")),
                  PartialDate.parseIso(d.path("date").asText(null)).orElse(null)));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static String nfc(String s) { return Normalizer.normalize(s, Normalizer.Form.NFC); }

  static List<Row> readTsv(Path file, List<String> problems) {
    return GoldTsv.read(file, problems, List.of("corpus", "doc_id", "start", "end", "split"),
        r -> new Row(r.get("corpus") + ":" + r.get("doc_id"), r.get("split"), r.integer("start"), r.integer("end"),
            r.fields(), r.columns()));
  }

  private static List<Item> items(List<Row> rows, java.util.function.Function<Row, String> label) {
    List<Item> out = new ArrayList<>();
    for (Row r : rows) out.add(new Item(r.start, r.end, label.apply(r)));
    return out;
  }

  private static Article article(String doc, String text, PartialDate published) {
    return new Article(doc, doc, "", "", "", published, text, Span.lines(text), List.of());
  }

  /** A corpus document: its text and publication date (the anchor for relative times), or null. */
  public record Doc(String text, PartialDate published) {}
}
