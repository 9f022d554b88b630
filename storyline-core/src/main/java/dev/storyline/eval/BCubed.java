package dev.storyline.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed clustering scores (Bagga and Baldwin 1998): for each item, precision is the share of its
 * predicted cluster that shares its gold cluster, recall the share of its gold cluster that is in its
 * predicted cluster; both are averaged over items and F1 is their harmonic mean.
 */
public final class BCubed {
  private BCubed() {}

  public record Scores(double precision, double recall, double f1) {}

  /** Scores for per-item labels; {@code predicted[i]} and {@code gold[i]} are item i's cluster labels. */
  public static Scores score(int[] predicted, int[] gold) {
    if (predicted.length != gold.length) throw new IllegalArgumentException("length mismatch");
    int n = gold.length;
    if (n == 0) return new Scores(1, 1, 1);
    Map<Integer, Integer> predSize = new HashMap<>();
    Map<Integer, Integer> goldSize = new HashMap<>();
    Map<Long, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      predSize.merge(predicted[i], 1, Integer::sum);
      goldSize.merge(gold[i], 1, Integer::sum);
      both.merge(key(predicted[i], gold[i]), 1, Integer::sum);
    }
    double p = 0, r = 0;
    for (int i = 0; i < n; i++) {
      double common = both.get(key(predicted[i], gold[i]));
      p += common / predSize.get(predicted[i]);
      r += common / goldSize.get(gold[i]);
    }
    p /= n;
    r /= n;
    return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** Scores for predicted clusters given as index lists over {@code gold.length} items. */
  public static Scores score(List<List<Integer>> clusters, int[] gold) {
    return score(labels(clusters, gold.length), gold);
  }

  /** Per-item labels from clusters of indexes; fails if an index is missing or repeated. */
  public static int[] labels(List<List<Integer>> clusters, int n) {
    int[] lab = new int[n];
    java.util.Arrays.fill(lab, -1);
    for (int c = 0; c < clusters.size(); c++) {
      for (int i : clusters.get(c)) {
        if (lab[i] != -1) throw new IllegalArgumentException("index " + i + " in two clusters");
        lab[i] = c;
      }
    }
    for (int i = 0; i < n; i++) if (lab[i] == -1) throw new IllegalArgumentException("index " + i + " in no cluster");
    return lab;
  }

  private static long key(int a, int b) { return ((long) a << 32) ^ (b & 0xffffffffL); }
}
