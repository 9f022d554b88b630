package dev.storyline.eval;

import dev.storyline.group.GroupDoc;
import dev.storyline.group.SparseVector;
import dev.storyline.group.TfIdfVectorizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    List<Map<Integer, Double>> centroids = new ArrayList<>();
    List<double[]> norms = new ArrayList<>();
    List<List<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < vec.length; i++) {
      SparseVector v = vec[i];
      int best = -1;
      double bestScore = threshold;
      for (int c = 0; c < centroids.size(); c++) {
        Map<Integer, Double> cen = centroids.get(c);
        double dot = 0;
        for (int k = 0; k < v.size(); k++) dot += v.weights()[k] * cen.getOrDefault(v.ids()[k], 0.0);
        double s = norms.get(c)[0] == 0 ? 0 : dot / Math.sqrt(norms.get(c)[0]);
        if (s >= bestScore && (best < 0 || s > bestScore)) { best = c; bestScore = s; }
      }
      if (best < 0) {
        best = centroids.size();
        centroids.add(new HashMap<>());
        norms.add(new double[1]);
        clusters.add(new ArrayList<>());
      }
      Map<Integer, Double> cen = centroids.get(best);
      double[] sq = norms.get(best);
      for (int k = 0; k < v.size(); k++) {
        double old = cen.getOrDefault(v.ids()[k], 0.0);
        double nw = old + v.weights()[k];
        sq[0] += nw * nw - old * old;
        cen.put(v.ids()[k], nw);
      }
      clusters.get(best).add(i);
    }
    clusters.sort(Comparator.comparingInt(g -> g.get(0)));
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : clusters) out.add(List.copyOf(g));
    return List.copyOf(out);
  }
}
