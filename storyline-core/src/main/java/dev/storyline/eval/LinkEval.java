package dev.storyline.eval;

import dev.storyline.analysis.entity.LinkResult;
import dev.storyline.eval.NlpScoring.Prf;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityReference;
import dev.storyline.model.EntityType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores cross-article entity linking against eval/gold/links.tsv: pairs of mentions (document id + offsets in the
 * cleaned text of a ViMs cluster, a label {@code same}/{@code different}/{@code unclear}, a split and a checksum of
 * the two spans). Each gold cluster runs through the same stages as {@link SummaryEval} (clean → analyse → link, the
 * cluster as one story); a gold mention is the system's entity mention or title-only reference at exactly that span.
 *
 * <p>Per split and per type (the system's type of the first mention): link precision (of the pairs the system puts in
 * one entity, how many are {@code same}), link recall (of the {@code same} pairs, how many it links), F1, and the
 * {@code different} pairs merged although they are two people sharing a surname. Pairs with a gold mention the
 * recogniser did not produce at that exact span are counted apart, not scored.
 */
public final class LinkEval {
  private LinkEval() {}

  /**
   * dev and test hold every round's pairs; "dev r2"/"test r2" the second draw's alone, "dev r3"/"test r3" the third's,
   * "dev r4"/"test r4" the fourth's, "dev r5"/"test r5" the fifth's, "dev r7"/"test r7" linking round 7's, "dev r8"/"test r8"
   * linking round 8's, "dev r10"/"test r10" linking round 10's (rounds 6 and 9 drew none; each a first-contact split for the rules of the rounds before it).
   */
  public static final List<String> SPLITS = List.of("dev", "test", "dev r2", "test r2", "dev r3", "test r3", "dev r4",
      "test r4", "dev r5", "test r5", "dev r7", "test r7", "dev r8", "test r8", "dev r10", "test r10", "all");
  public static final String UNMATCHED = "unmatched span";

  /** One gold row; {@code round}: the draw it came from (1 when the file has no round column). */
  public record Pair(String docA, int startA, int endA, String docB, int startB, int endB, String label, String split,
                     String check, int round) {
    public Pair(String docA, int startA, int endA, String docB, int startB, int endB, String label, String split,
                String check) {
      this(docA, startA, endA, docB, startB, endB, label, split, check, 1);
    }
  }

  /** What the system says about one span: its entity id (null when unlinked), its type, its text. */
  public record SysMention(String entity, EntityType type, String text) {}

  /** The system under test, seen through spans (a seam for the scoring test). */
  public interface Spans {
    /** The mention at exactly [start, end) of the document, or null. */
    SysMention at(String doc, int start, int end);

    /** The text of the document at [start, end), or null when the document is missing or too short. */
    String text(String doc, int start, int end);
  }

  /**
   * Counts of one split and type. {@code surnameMerges}: {@code different} pairs the system linked whose two spans are
   * persons (a title reference counts as one) with the same last word; most are a one-word span (a cut name, a word
   * that is no name, a relative the story never names in full) linked to the one full name ending in it, so
   * {@code fullNameMerges} counts those of them where both spans are names of two or more words: two people merged.
   */
  public record Counts(int tp, int fp, int fn, int tn, int surnameMerges, int unmatched, int fullNameMerges) {
    Counts(int tp, int fp, int fn, int tn, int surnameMerges, int unmatched) {
      this(tp, fp, fn, tn, surnameMerges, unmatched, 0);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn, surnameMerges + o.surnameMerges, unmatched + o.unmatched,
          fullNameMerges + o.fullNameMerges);
    }

    public Prf prf() { return new Prf(tp, fp, fn); }
  }

  /** A scored pair, for the dev error listing. */
  public record Scored(Pair pair, SysMention a, SysMention b, boolean linked) {}

  public record Result(int clusters, int pairs, List<String> problems, Map<String, Map<String, Counts>> splits,
                       List<Scored> devErrors) {}

  // ------------------------------------------------------------------ scoring

  /** Scores the rows against the system; {@code problems} gets checksum mismatches and missing documents. */
  public static Result score(List<Pair> rows, Spans sys, int clusters, List<String> problems) {
    Map<String, Map<String, Counts>> splits = new LinkedHashMap<>();
    for (String s : SPLITS) splits.put(s, new TreeMap<>());
    List<Scored> devErrors = new ArrayList<>();
    for (Pair p : rows) {
      String ta = sys.text(p.docA(), p.startA(), p.endA()), tb = sys.text(p.docB(), p.startB(), p.endB());
      if (ta == null || tb == null) {
        problems.add("missing document or span: " + p.docA() + " / " + p.docB());
        continue;
      }
      if (!NlpEval.check(ta + "|" + tb).equals(p.check())) {
        problems.add("checksum mismatch: " + p.docA() + ":" + p.startA() + " / " + p.docB() + ":" + p.startB());
        continue;
      }
      if (p.label().equals("unclear")) continue;
      SysMention a = sys.at(p.docA(), p.startA(), p.endA()), b = sys.at(p.docB(), p.startB(), p.endB());
      Counts c;
      String type;
      boolean linked = false;
      if (a == null || b == null) {
        type = UNMATCHED;
        c = new Counts(0, 0, 0, 0, 0, 1);
      } else {
        type = a.type().name();
        linked = a.entity() != null && a.entity().equals(b.entity());
        boolean same = p.label().equals("same");
        boolean surname = !same && linked && a.type() == EntityType.PERSON && b.type() == EntityType.PERSON
            && shareSurname(a.text(), b.text());
        c = new Counts(same && linked ? 1 : 0, !same && linked ? 1 : 0, same && !linked ? 1 : 0, !same && !linked ? 1 : 0,
            surname ? 1 : 0, 0, surname && words(a.text()) > 1 && words(b.text()) > 1 ? 1 : 0);
        if (p.split().equals("dev") && (c.fp() + c.fn() > 0)) devErrors.add(new Scored(p, a, b, linked));
      }
      for (String s : p.round() > 1 ? List.of(p.split(), p.split() + " r" + p.round(), "all") : List.of(p.split(), "all")) {
        Map<String, Counts> m = splits.get(s);
        if (m == null) continue;
        m.merge(type, c, Counts::plus);
        m.merge("ALL", c, Counts::plus);
      }
    }
    return new Result(clusters, rows.size(), problems, splits, devErrors);
  }

  /** Two person names ending in the same word (the surname of a foreign name; "Romanowski" alone counts). */
  static boolean shareSurname(String a, String b) {
    String x = lastWord(a), y = lastWord(b);
    return !x.isEmpty() && x.equals(y);
  }

  private static int words(String s) {
    String k = dev.storyline.analysis.entity.NameKeys.key(s.strip()).replace('-', ' ').strip();
    int n = k.isEmpty() ? 0 : 1;
    for (int i = 0; i < k.length(); i++) if (k.charAt(i) == ' ' && k.charAt(i - 1) != ' ') n++;
    return n;
  }

  private static String lastWord(String s) {
    String k = dev.storyline.analysis.entity.NameKeys.key(s.strip());
    int sp = k.lastIndexOf(' ');
    return sp < 0 ? k : k.substring(sp + 1);
  }

  // ------------------------------------------------------------------ running

  public static List<Pair> read(Path file, List<String> problems) {
    return GoldTsv.read(file, problems, List.of("docA", "startA", "endA", "docB", "startB", "endB", "label", "split", "check"),
        r -> new Pair(r.get("docA"), r.integer("startA"), r.integer("endA"), r.get("docB"), r.integer("startB"),
            r.integer("endB"), r.get("label"), r.get("split"), r.get("check"),
            r.columns().containsKey("round") ? r.integer("round") : 1));
  }

  /** The ViMs clusters (by cluster id) through clean → analyse → link. */
  static Map<String, LinkResult> prepare(Path shared, Set<String> clusterIds) {
    List<SummaryEval.Cluster> cs = new ArrayList<>();
    for (SummaryEval.Cluster c : SummaryEval.load(shared.resolve("vims/vims.jsonl"))) if (clusterIds.contains(c.id())) cs.add(c);
    Map<String, LinkResult> out = new HashMap<>();
    for (SummaryEval.Prepared p : SummaryEval.prepare(cs)) out.put(p.cluster().id(), p.linked());
    return out;
  }

  /** Spans of linked articles, by document id. */
  static Spans system(Map<String, LinkResult> linked) {
    Map<String, AnalyzedArticle> docs = new HashMap<>();
    for (LinkResult r : linked.values()) for (AnalyzedArticle a : r.articles()) docs.put(a.article().id(), a);
    return new Spans() {
      @Override
      public SysMention at(String doc, int start, int end) {
        AnalyzedArticle a = docs.get(doc);
        if (a == null) return null;
        for (EntityMention m : a.entities()) if (m.start() == start && m.end() == end) return new SysMention(m.entity(), m.type(), m.text());
        for (EntityReference r : a.references())
          if (r.start() == start && r.end() == end) return new SysMention(r.entity(), EntityType.PERSON, r.text());
        return null;
      }

      @Override
      public String text(String doc, int start, int end) {
        AnalyzedArticle a = docs.get(doc);
        return a == null || end > a.text().length() || start < 0 || start > end ? null : a.text().substring(start, end);
      }
    };
  }

  private static String cluster(String doc) {
    int s = doc.indexOf('/');
    return s < 0 ? doc : doc.substring(0, s);
  }

  public static Result run(Path goldFile, Path shared) {
    List<String> problems = new ArrayList<>();
    List<Pair> rows = read(goldFile, problems);
    Set<String> ids = new HashSet<>();
    for (Pair p : rows) {
      ids.add(cluster(p.docA()));
      ids.add(cluster(p.docB()));
    }
    Map<String, LinkResult> linked = prepare(shared, ids);
    return score(rows, system(linked), linked.size(), problems);
  }

  public static void print(Result r, Appendable out, boolean devErrors) throws IOException {
    out.append("Linking eval: ").append(String.valueOf(r.clusters())).append(" clusters, ")
        .append(String.valueOf(r.pairs())).append(" gold pairs (unclear ones not scored)\n");
    for (var e : r.splits().entrySet()) {
      out.append("\n[").append(e.getKey()).append("]\n");
      if (e.getValue().isEmpty()) out.append("  (nothing scored)\n");
      for (var t : e.getValue().entrySet()) {
        Counts c = t.getValue();
        if (t.getKey().equals(UNMATCHED)) continue;
        Prf p = c.prf();
        out.append(String.format(Locale.ROOT,
            "  %-14s link P %6.2f%%  R %6.2f%%  F1 %6.2f%%   (tp %d, fp %d, fn %d, tn %d)  surname merges %d (two full names %d)%n",
            t.getKey(), 100 * p.precision(), 100 * p.recall(), 100 * p.f1(), c.tp(), c.fp(), c.fn(), c.tn(), c.surnameMerges(),
            c.fullNameMerges()));
      }
      Counts all = e.getValue().get("ALL");
      if (all != null) out.append(String.format(Locale.ROOT,
          "  pairs with a gold mention the recogniser did not produce at that span (not scored): %d%n", all.unmatched()));
    }
    if (devErrors) {
      out.append("\nDev errors (").append(String.valueOf(r.devErrors().size())).append("; the test split's are never listed):\n");
      for (Scored s : r.devErrors()) {
        Pair p = s.pair();
        out.append(String.format(Locale.ROOT, "  %s  %s:%d «%s» [%s %s]  ~  %s:%d «%s» [%s %s]%n",
            s.linked() ? "FP" : "FN", p.docA(), p.startA(), s.a().text(), s.a().type(), s.a().entity(), p.docB(), p.startB(),
            s.b().text(), s.b().type(), s.b().entity()));
      }
    }
    if (!r.problems().isEmpty()) {
      out.append("\nProblems (").append(String.valueOf(r.problems().size())).append("):\n");
      for (String p : r.problems()) out.append("  - ").append(p).append('\n');
    }
  }

  // ------------------------------------------------------------------ candidate pairs (building the gold)

  /**
   * Writes the candidate pairs of the given clusters for blind labelling (quotes text: write OUTSIDE the repo).
   * {@code out}: pair id, split, both mentions with offsets, text and a context window, no system decision;
   * {@code decisions}: pair id and whether the system linked the pair.
   */
  public static void candidates(Path shared, List<Integer> dev, List<Integer> test, long seed, int cap, Path out,
                                Path decisions) {
    List<SummaryEval.Cluster> all = SummaryEval.load(shared.resolve("vims/vims.jsonl"));
    Map<String, String> split = new HashMap<>();
    List<SummaryEval.Cluster> cs = new ArrayList<>();
    for (int i : dev) { cs.add(all.get(i)); split.put(all.get(i).id(), "dev"); }
    for (int i : test) { cs.add(all.get(i)); split.put(all.get(i).id(), "test"); }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
         PrintWriter d = new PrintWriter(Files.newBufferedWriter(decisions, StandardCharsets.UTF_8))) {
      w.println("pair\tsplit\tdocA\tstartA\tendA\ttextA\tdocB\tstartB\tendB\ttextB\tcontextA\tcontextB");
      for (SummaryEval.Prepared p : SummaryEval.prepare(cs)) {
        Random rnd = new Random(seed ^ p.cluster().index());
        List<String[]> pairs = clusterCandidates(p.linked(), rnd, cap);
        int k = 0;
        for (String[] x : pairs) {
          String id = p.cluster().index() + "-" + (k++);
          w.println(id + "\t" + split.get(p.cluster().id()) + "\t" + x[0]);
          d.println(id + "\t" + x[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Mention(AnalyzedArticle art, int start, int end, String text, String entity, boolean title) {
    String key() { return dev.storyline.analysis.entity.NameKeys.key(text.strip()); }
  }

  /** Rows {tab-separated fields, "linked"/"unlinked"}: the candidate pairs of one cluster, shuffled. */
  static List<String[]> clusterCandidates(LinkResult r, Random rnd, int cap) {
    // one mention per (form, article): the first; forms in order of first appearance
    Map<String, List<Mention>> byForm = new LinkedHashMap<>();
    for (AnalyzedArticle a : r.articles()) {
      Set<String> seen = new HashSet<>();
      List<Mention> ms = new ArrayList<>();
      for (EntityMention m : a.entities()) ms.add(new Mention(a, m.start(), m.end(), m.text(), m.entity(), false));
      for (EntityReference x : a.references()) ms.add(new Mention(a, x.start(), x.end(), x.text(), x.entity(), true));
      ms.sort((u, v) -> Integer.compare(u.start(), v.start()));
      for (Mention m : ms) {
        String key = (m.title() ? "title:" : "") + m.key();
        if (seen.add(key)) byForm.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      }
    }
    List<String> forms = new ArrayList<>(byForm.keySet());
    List<Mention[]> linked = new ArrayList<>(), unlinked = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      for (int j = i + 1; j < forms.size(); j++) {
        List<Mention> fa = byForm.get(forms.get(i)), fb = byForm.get(forms.get(j));
        Mention a = fa.get(rnd.nextInt(fa.size())), b = fb.get(rnd.nextInt(fb.size()));
        if (a.key().equals(b.key())) continue; // a title and a name written alike
        boolean isLinked = a.entity() != null && a.entity().equals(b.entity());
        if (isLinked) linked.add(new Mention[] {a, b});
        else if (related(a, b)) unlinked.add(new Mention[] {a, b});
      }
    }
    Collections.shuffle(linked, rnd);
    Collections.shuffle(unlinked, rnd);
    int half = cap / 2;
    int nl = Math.min(linked.size(), Math.max(half, cap - unlinked.size()));
    int nu = Math.min(unlinked.size(), cap - nl);
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < nl; i++) out.add(row(linked.get(i), "linked"));
    for (int i = 0; i < nu; i++) out.add(row(unlinked.get(i), "unlinked"));
    Collections.shuffle(out, rnd);
    return out;
  }

  /** Unlinked pairs worth a label: a shared word, a one-word form inside the other, initials, or two titles. */
  static boolean related(Mention a, Mention b) {
    if (a.title() && b.title()) return true;
    String[] x = a.key().split(" "), y = b.key().split(" ");
    for (String u : x) for (String v : y) if (u.equals(v) && u.length() > 1) return true;
    if (x.length == 1 && b.key().contains(x[0]) || y.length == 1 && a.key().contains(y[0])) return true;
    return initials(y).equals(x[0].replace("-", "")) && x.length == 1 && y.length >= 2
        || initials(x).equals(y[0].replace("-", "")) && y.length == 1 && x.length >= 2;
  }

  private static String initials(String[] words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) if (!w.isEmpty()) b.append(w.charAt(0));
    return b.toString();
  }

  private static String[] row(Mention[] p, String decision) {
    Mention a = p[0], b = p[1];
    String f = a.art().article().id() + "\t" + a.start() + "\t" + a.end() + "\t" + a.text() + "\t" + b.art().article().id()
        + "\t" + b.start() + "\t" + b.end() + "\t" + b.text() + "\t" + context(a) + "\t" + context(b);
    return new String[] {f, decision};
  }

  private static String context(Mention m) {
    String t = m.art().text();
    int s = Math.max(0, m.start() - 150), e = Math.min(t.length(), m.end() + 100);
    return (t.substring(s, m.start()) + "[[" + t.substring(m.start(), m.end()) + "]]" + t.substring(m.end(), e))
        .replace('\t', ' ').replace('\n', ' ');
  }

  // ------------------------------------------------------------------ re-anchoring (maintaining the gold)

  /**
   * Rows of {@code split} with a gold span the recogniser no longer produces, where exactly one system mention
   * contains that span: one line per row (0-based row index, the row's old and new offsets of both spans, the new
   * spans' text), for {@code goldtool.py links-reanchor}. Quotes text: write OUTSIDE the repo. Whether the longer
   * span keeps the row's label is for the annotator to check before applying.
   */
  public static void longer(Path goldFile, Path shared, String split, Path out) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Pair> rows = read(goldFile, problems);
    Set<String> ids = new HashSet<>();
    for (Pair p : rows) if (p.split().equals(split)) ids.add(cluster(p.docA()));
    Map<String, AnalyzedArticle> docs = new HashMap<>();
    for (LinkResult r : prepare(shared, ids).values()) for (AnalyzedArticle a : r.articles()) docs.put(a.article().id(), a);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Pair p = rows.get(i);
      if (!p.split().equals(split) || !docs.containsKey(p.docA()) || !docs.containsKey(p.docB())) continue;
      int[] a = containing(docs.get(p.docA()), p.startA(), p.endA()), b = containing(docs.get(p.docB()), p.startB(), p.endB());
      if (a == null || b == null || (a[0] == p.startA() && a[1] == p.endA() && b[0] == p.startB() && b[1] == p.endB())) continue;
      lines.add(i + "\t" + p.docA() + "\t" + p.startA() + "\t" + p.endA() + "\t" + a[0] + "\t" + a[1] + "\t" + p.docB() + "\t"
          + p.startB() + "\t" + p.endB() + "\t" + b[0] + "\t" + b[1] + "\t" + docs.get(p.docA()).text().substring(a[0], a[1])
          + "\t" + docs.get(p.docB()).text().substring(b[0], b[1]));
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.println(lines.size() + " rows with a longer span -> " + out);
  }

  /** The span itself when the system has a mention or reference there, else the one mention containing it, else null. */
  private static int[] containing(AnalyzedArticle a, int start, int end) {
    for (EntityMention m : a.entities()) if (m.start() == start && m.end() == end) return new int[] {start, end};
    for (EntityReference r : a.references()) if (r.start() == start && r.end() == end) return new int[] {start, end};
    int[] found = null;
    for (EntityMention m : a.entities()) {
      if (m.start() > start || m.end() < end) continue;
      if (found != null) return null;
      found = new int[] {m.start(), m.end()};
    }
    return found;
  }

  /** {@code candidates SHARED DEV_INDEXES TEST_INDEXES OUT DECISIONS} (indexes comma-separated). */
  public static void main(String[] args) throws IOException {
    if (args.length == 5 && args[0].equals("longer")) {
      longer(Path.of(args[1]), Path.of(args[2]), args[3], Path.of(args[4]));
    } else if (args.length == 6 && args[0].equals("candidates")) {
      candidates(Path.of(args[1]), ints(args[2]), ints(args[3]), 2026112427L, 12, Path.of(args[4]), Path.of(args[5]));
    } else if (args.length >= 3 && args[0].equals("score")) {
      print(run(Path.of(args[1]), Path.of(args[2])), System.out, args.length > 3 && args[3].equals("--dev-errors"));
    } else {
      System.err.println("usage: LinkEval candidates SHARED DEV TEST OUT DECISIONS | score GOLD SHARED [--dev-errors]"
          + " | longer GOLD SHARED SPLIT OUT");
    }
  }

  private static List<Integer> ints(String s) {
    List<Integer> out = new ArrayList<>();
    for (String x : s.split(",")) out.add(Integer.parseInt(x.trim()));
    return out;
  }
}
