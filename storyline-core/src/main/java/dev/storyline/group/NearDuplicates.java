package dev.storyline.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds near-duplicate texts (syndicated copies, lightly edited reposts) with MinHash over word
 * 5-shingles and LSH banding, so the cost grows with the number of documents, not its square.
 * Candidate pairs from LSH are confirmed by the signature agreement (an estimate of Jaccard
 * similarity) before they are merged; groups are the connected components of confirmed pairs.
 */
public final class NearDuplicates {
  public static final int SHINGLE = 5;
  public static final int HASHES = 128;
  /** 16 bands of 8 rows: a pair with Jaccard 0.8 becomes a candidate with probability ≈ 0.9996, one with 0.5 ≈ 0.06. */
  public static final int BANDS = 16;
  public static final int ROWS = HASHES / BANDS;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) { s = mix(s + 0x632BE59BD9B4E019L); SEEDS[i] = s; }
  }

  private final double threshold;

  /** Groups texts whose estimated Jaccard similarity is at least 0.8. */
  public NearDuplicates() { this(0.8); }

  public NearDuplicates(double threshold) { this.threshold = threshold; }

  /**
   * Groups of at least two near-duplicate texts, as indexes into {@code texts}; members ascending,
   * groups ordered by their first member. Texts with no words are never duplicates.
   */
  public List<List<Integer>> find(List<String> texts) {
    int n = texts.size();
    long[][] sig = new long[n][];
    for (int i = 0; i < n; i++) sig[i] = signature(texts.get(i));
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int b = 0; b < BANDS; b++) {
      Map<Long, Integer> firstInBucket = new HashMap<>();
      List<int[]> chained = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (sig[i] == null) continue;
        long key = 0x51_7C_C1_B7_27_22_0A_95L;
        for (int r = b * ROWS; r < (b + 1) * ROWS; r++) key = mix(key ^ sig[i][r]);
        Integer prev = firstInBucket.putIfAbsent(key, i);
        // Compare with the bucket's first member only: duplicates are transitive enough in practice,
        // and this keeps a huge bucket linear instead of quadratic.
        if (prev != null && find(parent, prev) != find(parent, i) && similarity(sig[prev], sig[i]) >= threshold) {
          union(parent, prev, i);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) if (g.size() > 1) out.add(List.copyOf(g));
    out.sort((a, c) -> Integer.compare(a.get(0), c.get(0)));
    return List.copyOf(out);
  }

  /** Fraction of agreeing MinHash values: an unbiased estimate of the Jaccard similarity of the shingle sets. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
    return (double) same / HASHES;
  }

  /** MinHash signature of the text's word 5-shingles, or null when it has no words. */
  static long[] signature(String text) {
    List<String> words = Syllables.tokenize(text);
    if (words.isEmpty()) return null;
    long[] wh = new long[words.size()];
    for (int i = 0; i < wh.length; i++) wh[i] = stringHash(words.get(i));
    int shingles = Math.max(1, wh.length - SHINGLE + 1);
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = s; k < Math.min(wh.length, s + SHINGLE); k++) h = mix(h * 31 + wh[k]);
      for (int i = 0; i < HASHES; i++) {
        long v = mix(h ^ SEEDS[i]);
        if (v < sig[i]) sig[i] = v;
      }
    }
    return sig;
  }

  private static long stringHash(String s) {
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
    return mix(h);
  }

  /** SplitMix64 finaliser: a cheap, well-mixed 64-bit permutation. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int find(int[] p, int x) {
    while (p[x] != x) { p[x] = p[p[x]]; x = p[x]; }
    return x;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a), rb = find(p, b);
    if (ra != rb) { if (ra < rb) p[rb] = ra; else p[ra] = rb; }
  }
}
