package dev.storyline.eval;

import dev.storyline.group.Syllables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 over lower-cased NFC syllables (Vietnamese is scored by
 * syllable, as in the ViMs papers). With several references each score is the average over them.
 * ROUGE-L is the LCS of the whole token sequences (no sentence splitting, no stemming, no stop words).
 */
public final class Rouge {
  private Rouge() {}

  public record Scores(double rouge1, double rouge2, double rougeL) {}

  public static Scores score(String candidate, List<String> references) {
    if (references.isEmpty()) throw new IllegalArgumentException("no references");
    List<String> c = Syllables.tokenize(candidate);
    double r1 = 0, r2 = 0, rl = 0;
    for (String ref : references) {
      List<String> r = Syllables.tokenize(ref);
      r1 += ngramF1(c, r, 1);
      r2 += ngramF1(c, r, 2);
      rl += lcsF1(c, r);
    }
    int k = references.size();
    return new Scores(r1 / k, r2 / k, rl / k);
  }

  static double ngramF1(List<String> cand, List<String> ref, int n) {
    Map<String, Integer> rc = counts(ref, n);
    Map<String, Integer> cc = counts(cand, n);
    int candTotal = Math.max(0, cand.size() - n + 1);
    int refTotal = Math.max(0, ref.size() - n + 1);
    if (candTotal == 0 || refTotal == 0) return 0;
    int overlap = 0;
    for (Map.Entry<String, Integer> e : cc.entrySet()) overlap += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
    return f1(overlap, candTotal, refTotal);
  }

  /** Share of the candidate's n-grams found in the reference (clipped counts); 0 for a candidate too short. */
  public static double ngramPrecision(List<String> cand, List<String> ref, int n) {
    int candTotal = Math.max(0, cand.size() - n + 1);
    if (candTotal == 0) return 0;
    Map<String, Integer> rc = counts(ref, n);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : counts(cand, n).entrySet()) overlap += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
    return (double) overlap / candTotal;
  }

  static double lcsF1(List<String> cand, List<String> ref) {
    if (cand.isEmpty() || ref.isEmpty()) return 0;
    int[] prev = new int[ref.size() + 1];
    int[] cur = new int[ref.size() + 1];
    for (String a : cand) {
      for (int j = 1; j <= ref.size(); j++) {
        cur[j] = a.equals(ref.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev; prev = cur; cur = t;
    }
    return f1(prev[ref.size()], cand.size(), ref.size());
  }

  private static double f1(int overlap, int candTotal, int refTotal) {
    if (overlap == 0) return 0;
    double p = (double) overlap / candTotal, r = (double) overlap / refTotal;
    return 2 * p * r / (p + r);
  }

  private static Map<String, Integer> counts(List<String> toks, int n) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + n <= toks.size(); i++) {
      String g = n == 1 ? toks.get(i) : String.join(" ", toks.subList(i, i + n));
      m.merge(g, 1, Integer::sum);
    }
    return m;
  }
}
