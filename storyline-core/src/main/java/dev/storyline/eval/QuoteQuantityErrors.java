package dev.storyline.eval;

import dev.storyline.eval.NlpScoring.Item;
import dev.storyline.eval.NlpScoring.Match;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import dev.storyline.model.Span;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists the quantity recogniser's and the quote extractor's errors on one split of the gold set (false
 * positives, false negatives, wrong values, wrong speakers, each with a little context), so that rules can be
 * tuned on dev only. Prints to the terminal; nothing is written to the repository.
 *
 * <p>Usage: {@code java -cp storyline.jar dev.storyline.eval.QuoteQuantityErrors quantities|quotes [split]
 * [goldDir] [sharedEval]} (split defaults to dev).
 */
public final class QuoteQuantityErrors {
  private QuoteQuantityErrors() {}

  /** One error line: kind, document, span and a description with context. */
  public record Error(String doc, String kind, int start, int end, String detail) {}

  public static List<Error> errors(String task, String split, Path goldDir, Path sharedEval) {
    List<String> problems = new ArrayList<>();
    Map<String, List<NlpEval.Row>> gold = new TreeMap<>();
    String file = task.equals("quotes") ? "quotes.tsv" : "quantities.tsv";
    Map<String, String> docSplit = new TreeMap<>();
    // Articles annotated for quotes only: listed for the quote task (even with no quote row), skipped for quantities.
    Map<String, String> quotesOnly = NlpEval.quotesOnly(goldDir, problems);
    if (task.equals("quotes")) {
      quotesOnly.forEach((doc, s) -> { if (split.equals("all") || s.equals(split)) docSplit.put(doc, s); });
    }
    for (String f : List.of("quotes.tsv", "quantities.tsv")) {
      for (NlpEval.Row r : NlpEval.readTsv(goldDir.resolve(f), problems)) {
        if (!split.equals("all") && !r.split().equals(split)) continue;
        if (!task.equals("quotes") && quotesOnly.containsKey(r.doc())) continue;
        docSplit.put(r.doc(), r.split());
        if (f.equals(file)) gold.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, NlpEval.Doc> docs = NlpEval.loadDocs(sharedEval, problems, docSplit::containsKey);
    NlpEval.Annotators ann = NlpEval.realAnnotators();
    List<Error> out = new ArrayList<>();
    for (String doc : docSplit.keySet()) {
      NlpEval.Doc d = docs.get(doc);
      if (d == null) continue;
      String text = d.text();
      List<NlpEval.Row> rows = gold.getOrDefault(doc, List.of());
      List<Sentence> ss = ann.sentences(text);
      List<Item> g = new ArrayList<>();
      for (NlpEval.Row r : rows) g.add(new Item(r.start(), r.end(), null));
      List<Item> p = new ArrayList<>();
      if (task.equals("quotes")) {
        List<EntityMention> ents = ann.entities(text, ss);
        List<Quote> qs = ann.quotes(text, ss, ents);
        for (Quote q : qs) p.add(new Item(q.start(), q.end(), null));
        int[] al = NlpScoring.align(g, p, Match.HALF_OF_GOLD);
        boolean[] used = new boolean[p.size()];
        for (int i = 0; i < al.length; i++) {
          NlpEval.Row r = rows.get(i);
          String gs = r.get("speaker_start").isEmpty() ? "" : text.substring(Integer.parseInt(r.get("speaker_start")), Integer.parseInt(r.get("speaker_end")));
          if (al[i] < 0) {
            out.add(new Error(doc, "FN", r.start(), r.end(), "speaker=" + gs + " :: " + context(text, r.start(), r.end(), 80)));
            continue;
          }
          used[al[i]] = true;
          Quote q = qs.get(al[i]);
          int s0 = gs.isEmpty() ? 0 : Integer.parseInt(r.get("speaker_start")), e0 = gs.isEmpty() ? 0 : Integer.parseInt(r.get("speaker_end"));
          if (!NlpScoring.speakerCorrect(text, s0, e0, q.speaker())) {
            out.add(new Error(doc, "SPEAKER", r.start(), r.end(), "gold=" + gs + " pred=" + q.speaker() + " :: " + context(text, r.start(), r.end(), 120)));
          }
        }
        for (int j = 0; j < qs.size(); j++) {
          if (used[j]) continue;
          Quote q = qs.get(j);
          out.add(new Error(doc, "FP", q.start(), q.end(), "speaker=" + q.speaker() + " verb=" + q.verb() + " :: " + context(text, q.start(), q.end(), 60)));
        }
      } else {
        PartialDate pub = d.published();
        Article a = new Article(doc, doc, "", "", "", pub, text, Span.lines(text), List.of());
        List<Quantity> qs = ann.quantities(a, ss);
        for (Quantity q : qs) p.add(new Item(q.start(), q.end(), null));
        int[] al = NlpScoring.align(g, p, Match.EXACT_SPAN);
        boolean[] used = new boolean[p.size()];
        for (int i = 0; i < al.length; i++) {
          NlpEval.Row r = rows.get(i);
          if (al[i] < 0) {
            out.add(new Error(doc, "FN", r.start(), r.end(), "value=" + r.get("value") + " :: " + context(text, r.start(), r.end(), 40)));
            continue;
          }
          used[al[i]] = true;
          Quantity q = qs.get(al[i]);
          if (!NlpScoring.sameValue(Double.parseDouble(r.get("value")), q.value())) {
            out.add(new Error(doc, "VALUE", r.start(), r.end(), "gold=" + r.get("value") + " pred=" + q.value() + " :: " + context(text, r.start(), r.end(), 40)));
          }
        }
        for (int j = 0; j < qs.size(); j++) {
          if (used[j]) continue;
          Quantity q = qs.get(j);
          out.add(new Error(doc, "FP", q.start(), q.end(), "value=" + q.value() + " unit=" + q.unit() + " :: " + context(text, q.start(), q.end(), 40)));
        }
      }
    }
    return out;
  }

  static String context(String t, int start, int end, int width) {
    int s = Math.max(0, start - width), x = Math.min(t.length(), end + width);
    return (t.substring(s, start) + "[[" + t.substring(start, end) + "]]" + t.substring(end, x)).replace('\n', '/');
  }

  public static void main(String[] args) {
    String task = args.length > 0 ? args[0] : "quantities";
    String split = args.length > 1 ? args[1] : "dev";
    Path gold = Path.of(args.length > 2 ? args[2] : "eval/gold");
    Path shared = Path.of(args.length > 3 ? args[3] : "../shared/eval");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Error> errs = errors(task, split, gold, shared);
    for (Error e : errs) out.println(e.kind() + "\t" + e.doc() + "\t" + e.detail());
    out.println(errs.size() + " errors");
  }
}
