package dev.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Pure scoring functions for the NLP gold set: span matching, precision/recall/F1, accuracies. */
public final class NlpScoring {
  private NlpScoring() {}

  /** Counts of true positives, false positives and false negatives. */
  public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) { return new Prf(tp + o.tp, fp + o.fp, fn + o.fn); }

    /** tp / (tp + fp); 0 when nothing was predicted. */
    public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

    /** tp / (tp + fn); 0 when there is no gold item. */
    public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** correct out of total; 0 when total is 0. */
  public record Accuracy(int correct, int total) {
    public static final Accuracy ZERO = new Accuracy(0, 0);

    public Accuracy plus(Accuracy o) { return new Accuracy(correct + o.correct, total + o.total); }

    public double value() { return total == 0 ? 0 : (double) correct / total; }
  }

  /** A labelled span of one document; label may be null when it does not matter. */
  public record Item(int start, int end, String label) {
    public int length() { return end - start; }

    public int overlap(Item o) { return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start)); }
  }

  /** How a predicted item may match a gold item. */
  public enum Match {
    /** same start, end and label */
    EXACT,
    /** same start and end, label ignored */
    EXACT_SPAN,
    /** any character overlap and the same label */
    OVERLAP,
    /** the prediction covers at least half of the gold span (label ignored) */
    HALF_OF_GOLD
  }

  static boolean matches(Match m, Item gold, Item pred) {
    return switch (m) {
      case EXACT -> gold.start == pred.start && gold.end == pred.end && java.util.Objects.equals(gold.label, pred.label);
      case EXACT_SPAN -> gold.start == pred.start && gold.end == pred.end;
      case OVERLAP -> gold.overlap(pred) > 0 && java.util.Objects.equals(gold.label, pred.label);
      case HALF_OF_GOLD -> gold.length() > 0 && 2L * gold.overlap(pred) >= gold.length();
    };
  }

  /**
   * One-to-one matching: each gold item (in order) takes the not-yet-used prediction with the
   * largest overlap among those that match. Returns, per gold index, the matched prediction index
   * or -1.
   */
  public static int[] align(List<Item> gold, List<Item> pred, Match m) {
    int[] out = new int[gold.size()];
    boolean[] used = new boolean[pred.size()];
    for (int g = 0; g < gold.size(); g++) {
      int best = -1, bestOv = -1;
      for (int p = 0; p < pred.size(); p++) {
        if (used[p] || !matches(m, gold.get(g), pred.get(p))) continue;
        int ov = gold.get(g).overlap(pred.get(p));
        if (ov > bestOv) { best = p; bestOv = ov; }
      }
      out[g] = best;
      if (best >= 0) used[best] = true;
    }
    return out;
  }

  /** Precision/recall counts of one document under the given match rule. */
  public static Prf score(List<Item> gold, List<Item> pred, Match m) {
    int tp = 0;
    for (int p : align(gold, pred, m)) if (p >= 0) tp++;
    return new Prf(tp, pred.size() - tp, gold.size() - tp);
  }

  /** Exact span+label counts for each label seen in gold or predictions (sorted by label). */
  public static Map<String, Prf> scoreByLabel(List<Item> gold, List<Item> pred) {
    Map<String, Prf> out = new TreeMap<>();
    java.util.Set<String> labels = new java.util.TreeSet<>();
    for (Item i : gold) labels.add(i.label);
    for (Item i : pred) labels.add(i.label);
    for (String l : labels) out.put(l, score(only(gold, l), only(pred, l), Match.EXACT));
    return out;
  }

  private static List<Item> only(List<Item> items, String label) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) if (label.equals(i.label)) out.add(i);
    return out;
  }

  /** Two quantity values agree when equal to within 1e-9 relative. */
  public static boolean sameValue(double gold, double pred) {
    return Math.abs(gold - pred) <= 1e-9 * Math.max(1, Math.abs(gold));
  }

  /**
   * Whether a predicted speaker (as written) agrees with the gold speaker mention [gs, ge) of text.
   * Correct if some occurrence of the predicted string overlaps the gold span, or the two strings
   * are equal or one contains the other ("ông Nguyễn Văn A" vs "Nguyễn Văn A"), case-insensitive.
   * With no gold speaker (gs == ge), correct only when no speaker was predicted.
   */
  public static boolean speakerCorrect(String text, int gs, int ge, String predicted) {
    boolean noGold = gs >= ge;
    boolean noPred = predicted == null || predicted.isBlank();
    if (noGold || noPred) return noGold && noPred;
    String p = predicted.strip();
    for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
      if (i < ge && gs < i + p.length()) return true;
    }
    String g = text.substring(gs, ge).toLowerCase(Locale.ROOT);
    String pl = p.toLowerCase(Locale.ROOT);
    return g.equals(pl) || pl.contains(g) || g.contains(pl);
  }
}
