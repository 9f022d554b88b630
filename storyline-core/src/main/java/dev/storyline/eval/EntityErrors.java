package dev.storyline.eval;

import dev.storyline.analysis.SentenceSplitter;
import dev.storyline.analysis.entity.EntityRecognizer;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the entity recogniser's errors on one split of the gold set (false positives, false negatives and
 * type confusions, each with a little context) so that rules can be tuned on dev only. Prints to the
 * terminal; nothing is written to the repository.
 *
 * <p>Usage: {@code java -cp storyline.jar dev.storyline.eval.EntityErrors [split] [goldDir] [sharedEval]}
 */
public final class EntityErrors {
  private EntityErrors() {}

  /** One error: kind (FP, FN, TYPE), the span, gold and predicted labels. */
  public record Error(String doc, String kind, int start, int end, String gold, String predicted, String text) {}

  /** Errors of the recogniser on documents of {@code split} (exact span + type matching). */
  public static List<Error> errors(String split, Path goldDir, Path sharedEval) {
    List<String> problems = new ArrayList<>();
    Map<String, List<NlpEval.Row>> gold = new TreeMap<>();
    for (NlpEval.Row r : NlpEval.readTsv(goldDir.resolve("entities.tsv"), problems)) {
      if (split.equals("all") || r.split().equals(split)) gold.computeIfAbsent(r.doc(), k -> new ArrayList<>()).add(r);
    }
    Map<String, String> texts = NlpEval.loadTexts(sharedEval, problems, gold::containsKey);
    SentenceSplitter splitter = new SentenceSplitter();
    EntityRecognizer rec = new EntityRecognizer();
    List<Error> out = new ArrayList<>();
    for (var e : gold.entrySet()) {
      String text = texts.get(e.getKey());
      if (text == null) continue;
      List<Sentence> ss = splitter.split(text);
      List<EntityMention> pred = rec.find(text, ss);
      Set<String> predKeys = new HashSet<>();
      Map<String, String> predAt = new TreeMap<>();
      for (EntityMention m : pred) {
        predKeys.add(m.start() + ":" + m.end() + ":" + m.type());
        predAt.put(m.start() + ":" + m.end(), m.type().name());
      }
      Set<String> goldKeys = new HashSet<>();
      Map<String, String> goldAt = new TreeMap<>();
      for (NlpEval.Row r : e.getValue()) {
        goldKeys.add(r.start() + ":" + r.end() + ":" + r.get("type"));
        goldAt.put(r.start() + ":" + r.end(), r.get("type"));
      }
      for (NlpEval.Row r : e.getValue()) {
        if (predKeys.contains(r.start() + ":" + r.end() + ":" + r.get("type"))) continue;
        String p = predAt.get(r.start() + ":" + r.end());
        out.add(new Error(e.getKey(), p != null ? "TYPE" : "FN", r.start(), r.end(), r.get("type"), p, text));
      }
      for (EntityMention m : pred) {
        if (goldKeys.contains(m.start() + ":" + m.end() + ":" + m.type())) continue;
        if (goldAt.containsKey(m.start() + ":" + m.end())) continue; // already listed as TYPE
        out.add(new Error(e.getKey(), "FP", m.start(), m.end(), null, m.type().name(), text));
      }
    }
    out.sort((a, b) -> a.doc.equals(b.doc) ? Integer.compare(a.start, b.start) : a.doc.compareTo(b.doc));
    return out;
  }

  static String context(Error e, int width) {
    String t = e.text();
    int s = Math.max(0, e.start() - width), x = Math.min(t.length(), e.end() + width);
    return (t.substring(s, e.start()) + "[[" + t.substring(e.start(), e.end()) + "]]" + t.substring(e.end(), x))
        .replace('\n', '/');
  }

  /** Predicted mentions on up to {@code limit} documents that are NOT in the gold set (for spotting errors without touching test). */
  public static void printUnannotated(int limit, Path goldDir, Path sharedEval, PrintStream out) {
    List<String> problems = new ArrayList<>();
    Set<String> gold = new HashSet<>();
    for (String f : List.of("entities.tsv", "quotes.tsv", "quantities.tsv")) {
      for (NlpEval.Row r : NlpEval.readTsv(goldDir.resolve(f), problems)) gold.add(r.doc());
    }
    int[] seen = {0};
    Map<String, String> texts = NlpEval.loadTexts(sharedEval, problems, k -> !gold.contains(k) && seen[0]++ < limit);
    SentenceSplitter splitter = new SentenceSplitter();
    EntityRecognizer rec = new EntityRecognizer();
    for (var e : texts.entrySet()) {
      String text = e.getValue();
      for (EntityMention m : rec.find(text, splitter.split(text))) {
        Error x = new Error(e.getKey(), "PRED", m.start(), m.end(), null, m.type().name(), text);
        out.printf("%-12s %s | %s%n", m.type(), m.text(), context(x, 35));
      }
    }
  }

  /**
   * Whole unannotated articles of gold-like length (500–1,700 characters) with the predicted mentions marked
   * inline ({@code [[name|TYPE]]}), so that misses can be read as well as false alarms. Takes every
   * {@code stride}-th such article from {@code skip} on, up to {@code limit}; never a gold article.
   */
  public static void printInline(int skip, int stride, int limit, Path goldDir, Path sharedEval, PrintStream out) {
    List<String> problems = new ArrayList<>();
    Set<String> gold = new HashSet<>();
    for (String f : List.of("entities.tsv", "quotes.tsv", "quantities.tsv")) {
      for (NlpEval.Row r : NlpEval.readTsv(goldDir.resolve(f), problems)) gold.add(r.doc());
    }
    Map<String, String> texts = NlpEval.loadTexts(sharedEval, problems, k -> !gold.contains(k));
    SentenceSplitter splitter = new SentenceSplitter();
    EntityRecognizer rec = new EntityRecognizer();
    int seen = 0, shown = 0;
    for (var e : texts.entrySet()) {
      String text = e.getValue();
      if (text.length() < 500 || text.length() > 1700) continue;
      if (seen++ < skip || (seen - skip) % stride != 0) continue;
      if (shown++ >= limit) break;
      StringBuilder b = new StringBuilder();
      int at = 0;
      for (EntityMention m : rec.find(text, splitter.split(text))) {
        b.append(text, at, m.start()).append("[[").append(m.text()).append('|').append(m.type().name(), 0, 3).append("]]");
        at = m.end();
      }
      b.append(text.substring(at));
      out.println("=== " + e.getKey());
      out.println(b);
    }
  }

  public static void main(String[] args) throws IOException {
    String split = args.length > 0 ? args[0] : "dev";
    if (split.equals("inline")) {
      printInline(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of("eval/gold"),
          Path.of("../shared/eval"), new PrintStream(System.out, true, StandardCharsets.UTF_8));
      return;
    }
    if (split.equals("other")) {
      printUnannotated(args.length > 1 ? Integer.parseInt(args[1]) : 100, Path.of("eval/gold"), Path.of("../shared/eval"),
          new PrintStream(System.out, true, StandardCharsets.UTF_8));
      return;
    }
    Path gold = Path.of(args.length > 1 ? args[1] : "eval/gold");
    Path shared = Path.of(args.length > 2 ? args[2] : "../shared/eval");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (Error e : errors(split, gold, shared)) {
      out.printf("%-4s %-12s %-12s %s | %s%n", e.kind(), e.gold() == null ? "-" : e.gold(),
          e.predicted() == null ? "-" : e.predicted(), e.text().substring(e.start(), e.end()), context(e, 45));
    }
  }
}
