package dev.storyline.analysis.quote;

import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.entity.EntityRecognizer;
import dev.storyline.analysis.quantity.QuantityRecognizer;
import dev.storyline.analysis.time.TemporalAnalyzer;
import dev.storyline.eval.NlpEval;
import dev.storyline.eval.NlpScoring;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import dev.storyline.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Developer tool, not a test: lists misses and false positives of the quantity recogniser and the
 * quote extractor on one split of the gold set, with context, to the terminal only.
 * Run: java -cp storyline.jar:&lt;test classes&gt; dev.storyline.analysis.quote.QqErrorListing quantities dev
 */
public final class QqErrorListing {
  private QqErrorListing() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("scan")) { scan(args); return; }
    if (args[0].equals("speed")) { speed(); return; }
    String task = args[0];
    String split = args.length > 1 ? args[1] : "dev";
    Path gold = Path.of(args.length > 2 ? args[2] : "eval/gold");
    Path shared = Path.of(args.length > 3 ? args[3] : "../shared/eval");
    List<String> lines = Files.readAllLines(gold.resolve(task + ".tsv"), StandardCharsets.UTF_8);
    String[] head = lines.get(0).split("\t", -1);
    Map<String, Integer> col = new TreeMap<>();
    for (int i = 0; i < head.length; i++) col.put(head[i], i);
    Map<String, List<String[]>> rows = new TreeMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t", -1);
      if (f.length != head.length || !f[col.get("split")].equals(split)) continue;
      rows.computeIfAbsent(f[col.get("corpus")] + ":" + f[col.get("doc_id")], k -> new ArrayList<>()).add(f);
    }
    // documents of the split with no row in this file still count (false positives)
    for (String other : List.of("entities.tsv", "quotes.tsv", "quantities.tsv")) {
      List<String> ls = Files.readAllLines(gold.resolve(other), StandardCharsets.UTF_8);
      String[] h = ls.get(0).split("\t", -1);
      int ci = List.of(h).indexOf("corpus"), di = List.of(h).indexOf("doc_id"), si = List.of(h).indexOf("split");
      for (String l : ls.subList(1, ls.size())) {
        String[] f = l.split("\t", -1);
        if (f.length == h.length && f[si].equals(split)) rows.computeIfAbsent(f[ci] + ":" + f[di], k -> new ArrayList<>());
      }
    }
    var docs = NlpEval.loadDocs(shared, new ArrayList<>(), rows::containsKey);
    SentenceSplitter splitter = new SentenceSplitter();
    EntityRecognizer er = new EntityRecognizer();
    TemporalAnalyzer ta = new TemporalAnalyzer();
    QuantityRecognizer qr = new QuantityRecognizer();
    QuoteExtractor qe = new QuoteExtractor();
    for (var e : rows.entrySet()) {
      var doc = docs.get(e.getKey());
      if (doc == null) continue;
      String text = doc.text();
      List<Sentence> ss = splitter.split(text);
      System.out.println("== " + e.getKey());
      if (task.equals("quantities")) {
        Article a = new Article(e.getKey(), e.getKey(), "", "", "", doc.published(), text, List.of(new Span(0, text.length())), List.of());
        List<Quantity> qs = qr.find(text, ss, ta.analyze(a, ss).times());
        boolean[] used = new boolean[qs.size()];
        for (String[] r : e.getValue()) {
          int s = Integer.parseInt(r[col.get("start")]), en = Integer.parseInt(r[col.get("end")]);
          int hit = -1;
          for (int i = 0; i < qs.size(); i++) if (!used[i] && qs.get(i).start() == s && qs.get(i).end() == en) hit = i;
          if (hit >= 0) {
            used[hit] = true;
            if (!NlpScoring.sameValue(Double.parseDouble(r[col.get("value")]), qs.get(hit).value()))
              System.out.println("  VALUE [" + text.substring(s, en) + "] gold " + r[col.get("value")] + " got " + qs.get(hit).value());
            continue;
          }
          System.out.println("  MISS  [" + text.substring(s, en) + "] " + r[col.get("value")] + " " + r[col.get("unit")] + " " + r[col.get("qualifier")] + "   …" + ctx(text, s, en));
        }
        for (int i = 0; i < qs.size(); i++) {
          if (used[i]) continue;
          Quantity q = qs.get(i);
          System.out.println("  FP    [" + q.text() + "] " + q.value() + " " + q.unit() + " " + q.qualifier() + "   …" + ctx(text, q.start(), q.end()));
        }
      } else {
        List<EntityMention> ents = er.find(text, ss);
        List<Quote> qs = qe.find(text, ss, ents);
        List<NlpScoring.Item> g = new ArrayList<>(), p = new ArrayList<>();
        for (String[] r : e.getValue()) g.add(new NlpScoring.Item(Integer.parseInt(r[col.get("start")]), Integer.parseInt(r[col.get("end")]), null));
        for (Quote q : qs) p.add(new NlpScoring.Item(q.start(), q.end(), null));
        int[] al = NlpScoring.align(g, p, NlpScoring.Match.HALF_OF_GOLD);
        boolean[] used = new boolean[qs.size()];
        for (int i = 0; i < al.length; i++) {
          String[] r = e.getValue().get(i);
          int s = g.get(i).start(), en = g.get(i).end();
          String sp = r[col.get("speaker_start")], se = r[col.get("speaker_end")];
          int gs = sp.isEmpty() ? 0 : Integer.parseInt(sp), ge = se.isEmpty() ? 0 : Integer.parseInt(se);
          String gsp = text.substring(gs, ge);
          if (al[i] < 0) {
            System.out.println("  MISS  " + r[col.get("direct")] + " spk[" + gsp + "] [" + clip(text.substring(s, en)) + "]   …" + ctx(text, s, en));
            continue;
          }
          used[al[i]] = true;
          Quote q = qs.get(al[i]);
          boolean ok = NlpScoring.speakerCorrect(text, gs, ge, q.speaker());
          if (!ok) System.out.println("  SPK   gold[" + gsp + "] got[" + q.speaker() + "] verb " + q.verb() + "   …" + ctx(text, Math.min(s, gs == ge ? s : gs), Math.max(en, ge)));
        }
        for (int i = 0; i < qs.size(); i++) {
          if (used[i]) continue;
          Quote q = qs.get(i);
          System.out.println("  FP    spk[" + q.speaker() + "] [" + clip(q.text()) + "]   …" + ctx(text, q.start(), q.end()));
        }
      }
    }
  }

  /** Single-thread throughput of the two stages alone (sentences, entities and times precomputed). */
  private static void speed() {
    var docs = NlpEval.loadDocs(Path.of("../shared/eval"), new ArrayList<>(), k -> k.startsWith("vims:"));
    SentenceSplitter splitter = new SentenceSplitter();
    EntityRecognizer er = new EntityRecognizer();
    QuantityRecognizer qr = new QuantityRecognizer();
    QuoteExtractor qe = new QuoteExtractor();
    List<String> texts = new ArrayList<>();
    List<List<Sentence>> ss = new ArrayList<>();
    List<List<EntityMention>> es = new ArrayList<>();
    for (var d : docs.values()) {
      if (texts.size() >= 2000) break;
      texts.add(d.text());
      ss.add(splitter.split(d.text()));
      es.add(er.find(d.text(), ss.get(ss.size() - 1)));
    }
    long chars = 0;
    for (String t : texts) chars += t.length();
    for (int round = 0; round < 12; round++) {
      long t0 = System.nanoTime();
      int n = 0;
      for (int i = 0; i < texts.size(); i++) n += qr.find(texts.get(i), ss.get(i), List.of()).size();
      long t1 = System.nanoTime();
      for (int i = 0; i < texts.size(); i++) n += qe.find(texts.get(i), ss.get(i), es.get(i)).size();
      long t2 = System.nanoTime();
      System.out.printf("%d docs (%d chars avg): quantities %.0f docs/s, quotes %.0f docs/s (%d found)%n", texts.size(),
          chars / texts.size(), texts.size() / ((t1 - t0) / 1e9), texts.size() / ((t2 - t1) / 1e9), n);
    }
  }

  /** Everything found in unannotated ViMs documents (neither dev nor test): a look for false positives. */
  private static void scan(String[] args) throws Exception {
    int skip = Integer.parseInt(args[1]), n = Integer.parseInt(args[2]);
    java.util.Set<String> gold = new java.util.HashSet<>();
    for (String l : Files.readAllLines(Path.of("eval/gold/entities.tsv"))) { String[] f = l.split("\t"); gold.add(f[0] + ":" + f[1]); }
    int[] c = {0};
    var docs = NlpEval.loadDocs(Path.of("../shared/eval"), new ArrayList<>(), k -> !gold.contains(k) && k.startsWith(args.length > 4 ? args[4] : "vims:") && c[0]++ >= skip && c[0] <= skip + n);
    SentenceSplitter splitter = new SentenceSplitter();
    EntityRecognizer er = new EntityRecognizer();
    TemporalAnalyzer ta = new TemporalAnalyzer();
    QuantityRecognizer qr = new QuantityRecognizer();
    QuoteExtractor qe = new QuoteExtractor();
    for (var e : docs.entrySet()) {
      String text = e.getValue().text();
      List<Sentence> ss = splitter.split(text);
      Article a = new Article(e.getKey(), e.getKey(), "", "", "", e.getValue().published(), text, List.of(new Span(0, text.length())), List.of());
      if (args[3].equals("quantities")) {
        for (Quantity q : qr.find(text, ss, ta.analyze(a, ss).times()))
          System.out.println("  Q [" + q.text() + "] " + q.value() + " " + q.unit() + "   …" + ctx(text, q.start(), q.end()));
      } else {
        for (Quote q : qe.find(text, ss, er.find(text, ss)))
          System.out.println("  " + (q.direct() ? "D" : "R") + " spk[" + q.speaker() + "] " + q.verb() + " [" + clip(q.text()) + "]   …" + ctx(text, q.start(), q.end()));
      }
    }
  }

  private static String clip(String s) { return s.length() > 120 ? s.substring(0, 60) + " … " + s.substring(s.length() - 50) : s; }

  private static String ctx(String text, int s, int e) {
    int a = Math.max(0, s - 80), b = Math.min(text.length(), e + 40);
    return clip(text.substring(a, s)).replace('\n', '|') + "⟦" + clip(text.substring(s, e)).replace('\n', '|') + "⟧" + text.substring(e, b).replace('\n', '|');
  }
}
