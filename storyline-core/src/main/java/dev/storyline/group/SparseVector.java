package dev.storyline.group;

/** A sparse vector with strictly increasing term ids; compact parallel arrays instead of boxed maps. */
public record SparseVector(int[] ids, float[] weights) {
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  public int size() { return ids.length; }

  public double dot(SparseVector o) { return dot(ids, weights, ids.length, o.ids, o.weights, o.ids.length); }

  public double norm() {
    double s = 0;
    for (float w : weights) s += (double) w * w;
    return Math.sqrt(s);
  }

  static double dot(int[] a, float[] aw, int an, int[] b, float[] bw, int bn) {
    double s = 0;
    int i = 0, j = 0;
    while (i < an && j < bn) {
      int x = a[i], y = b[j];
      if (x == y) { s += (double) aw[i++] * bw[j++]; }
      else if (x < y) i++;
      else j++;
    }
    return s;
  }
}
