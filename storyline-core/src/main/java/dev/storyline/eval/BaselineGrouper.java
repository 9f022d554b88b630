package dev.storyline.eval;

import dev.storyline.group.GroupDoc;
import dev.storyline.group.SparseVector;
import dev.storyline.group.TfIdfVectorizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference baseline: single-pass TF-IDF centroid clustering in input order with one cosine
 * threshold, compared against every cluster, no dates, no entities, no near-duplicate handling.
 * Quadratic in the number of clusters; for evaluation only.
 */
public final class BaselineGrouper {
  private final double threshold;

  public BaselineGrouper(double threshold) { this.threshold = threshold; }

  public List<List<Integer>> group(List<GroupDoc> docs) {
    SparseVector[] vec = new TfIdfVectorizer(new TfIdfVectorizer.Options(0, 0.3, 2, true)).vectorize(docs);
    int vocab = 0;
    for (SparseVector v : vec) for (int id : v.ids()) vocab = Math.max(vocab, id + 1);
    // Exact centroid cosine against every cluster, computed through per-term lists of (cluster, weight)
    // so the work is proportional to shared terms rather than clusters x terms.
    int[][] termClusters = new int[vocab][];
    float[][] termWeights = new float[vocab][];
    int[] termLen = new int[vocab];
    List<double[]> sqNorms = new ArrayList<>();
    List<List<Integer>> clusters = new ArrayList<>();
    double[] dots = new double[16];
    for (int i = 0; i < vec.length; i++) {
      SparseVector v = vec[i];
      int nc = clusters.size();
      if (dots.length < nc) dots = new double[nc * 2];
      java.util.Arrays.fill(dots, 0, nc, 0);
      for (int k = 0; k < v.size(); k++) {
        int t = v.ids()[k];
        for (int p = 0; p < termLen[t]; p++) dots[termClusters[t][p]] += v.weights()[k] * termWeights[t][p];
      }
      int best = -1;
      double bestScore = threshold;
      for (int c = 0; c < nc; c++) {
        double sq = sqNorms.get(c)[0];
        double s = sq == 0 ? 0 : dots[c] / Math.sqrt(sq);
        if (s >= bestScore && (best < 0 || s > bestScore)) { best = c; bestScore = s; }
      }
      if (best < 0) {
        best = nc;
        sqNorms.add(new double[1]);
        clusters.add(new ArrayList<>());
      }
      double[] sq = sqNorms.get(best);
      for (int k = 0; k < v.size(); k++) {
        int t = v.ids()[k];
        int p = 0;
        while (p < termLen[t] && termClusters[t][p] != best) p++;
        if (p == termLen[t]) {
          if (termClusters[t] == null) { termClusters[t] = new int[2]; termWeights[t] = new float[2]; }
          if (p == termClusters[t].length) {
            termClusters[t] = java.util.Arrays.copyOf(termClusters[t], p * 2);
            termWeights[t] = java.util.Arrays.copyOf(termWeights[t], p * 2);
          }
          termClusters[t][p] = best;
          termWeights[t][p] = 0;
          termLen[t]++;
        }
        double old = termWeights[t][p];
        double nw = old + v.weights()[k];
        sq[0] += nw * nw - old * old;
        termWeights[t][p] = (float) nw;
      }
      clusters.get(best).add(i);
    }
    clusters.sort(Comparator.comparingInt(g -> g.get(0)));
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : clusters) out.add(List.copyOf(g));
    return List.copyOf(out);
  }
}
