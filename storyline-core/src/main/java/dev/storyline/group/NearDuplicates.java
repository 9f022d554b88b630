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
 *
 * <p>The signature is a one-permutation MinHash (Li, Owen and Zhang 2012) with optimal densification
 * (Shrivastava 2017): each shingle is hashed once and kept in one of the {@link #HASHES} bins, instead
 * of being hashed {@link #HASHES} times; empty bins of a short text borrow a filled bin chosen by a
 * fixed hash sequence. The agreement of two signatures still estimates the Jaccard similarity, at a
 * hundredth of the cost (it was a quarter of grouping time).
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
    return find(sig);
  }

  /** {@link #find(List)} over signatures already computed ({@link #signature(SyllableRun)}; null for no words). */
  List<List<Integer>> find(long[][] sig) {
    Index index = new Index(sig.length);
    for (int i = 0; i < sig.length; i++) index.add(i, sig[i]);
    int[] rep = index.representatives();
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < sig.length; i++) if (rep[i] >= 0) groups.computeIfAbsent(rep[i], k -> new ArrayList<>()).add(i);
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) out.add(List.copyOf(g));
    out.sort((a, c) -> Integer.compare(a.get(0), c.get(0)));
    return List.copyOf(out);
  }

  /**
   * Near-duplicate groups built one document at a time, in index order, keeping 4 bytes per signature
   * value (the low half: two different shingles agree on it with probability 2^-32) instead of the
   * documents. A document is compared with the first document of each LSH bucket it falls in; the groups
   * are the connected components of the confirmed pairs, which do not depend on the order pairs are seen.
   */
  final class Index {
    private final int[] values;
    private final boolean[] present;
    private final int[] parent;
    private final TfIdfVectorizer.LongIntMap[] buckets = new TfIdfVectorizer.LongIntMap[BANDS];

    Index(int n) {
      values = new int[Math.multiplyExact(n, HASHES)];
      present = new boolean[n];
      parent = new int[n];
      for (int i = 0; i < n; i++) parent[i] = i;
      for (int b = 0; b < BANDS; b++) buckets[b] = new TfIdfVectorizer.LongIntMap();
    }

    /** Adds document {@code i} (indexes must come in increasing order); {@code sig} null means no words. */
    void add(int i, long[] sig) {
      if (sig == null) return;
      present[i] = true;
      for (int h = 0; h < HASHES; h++) values[i * HASHES + h] = (int) sig[h];
      for (int b = 0; b < BANDS; b++) {
        long key = 0x51_7C_C1_B7_27_22_0A_95L;
        for (int r = b * ROWS; r < (b + 1) * ROWS; r++) key = mix(key ^ sig[r]);
        int prev = buckets[b].get(key);
        if (prev < 0) { buckets[b].put(key, i); continue; }
        // Compare with the bucket's first member only: duplicates are transitive enough in practice,
        // and this keeps a huge bucket linear instead of quadratic.
        if (NearDuplicates.find(parent, prev) != NearDuplicates.find(parent, i) && similarity(prev, i) >= threshold) {
          union(parent, prev, i);
        }
      }
    }

    private double similarity(int a, int b) {
      int same = 0;
      for (int h = 0, x = a * HASHES, y = b * HASHES; h < HASHES; h++) if (values[x + h] == values[y + h]) same++;
      return (double) same / HASHES;
    }

    /** For each document, the smallest index of its near-duplicate group, or -1 when it has no duplicate. */
    int[] representatives() {
      int n = parent.length;
      int[] size = new int[n];
      for (int i = 0; i < n; i++) size[NearDuplicates.find(parent, i)]++;
      int[] rep = new int[n];
      // union keeps the smaller root, so a component's root is its smallest member.
      for (int i = 0; i < n; i++) {
        int r = NearDuplicates.find(parent, i);
        rep[i] = size[r] > 1 ? r : -1;
      }
      return rep;
    }
  }

  /** Fraction of agreeing MinHash values: an unbiased estimate of the Jaccard similarity of the shingle sets. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
    return (double) same / HASHES;
  }

  /** MinHash signature of the text's word 5-shingles, or null when it has no words. */
  static long[] signature(String text) {
    return signature(SyllableRun.of("", text));
  }

  /** Bits of a shingle's hash that choose its bin (HASHES is 2^7). */
  private static final int BIN_BITS = 7;
  private static final long EMPTY = Long.MAX_VALUE;

  /** One-permutation MinHash signature of the run's word 5-shingles (title then text), or null when it has no words. */
  static long[] signature(SyllableRun run) {
    long[] wh = run.hashes();
    if (wh.length == 0) return null;
    int shingles = Math.max(1, wh.length - SHINGLE + 1);
    long[] sig = new long[HASHES];
    Arrays.fill(sig, EMPTY);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = s; k < Math.min(wh.length, s + SHINGLE); k++) h = mix(h * 31 + wh[k]);
      int bin = (int) (h >>> (64 - BIN_BITS));
      long v = h & (-1L >>> BIN_BITS); // the rest of the hash orders the shingles within a bin
      if (v < sig[bin]) sig[bin] = v;
    }
    densify(sig);
    return sig;
  }

  /**
   * Fills each empty bin with the value of a filled one, probing bins by a hash of (empty bin, attempt):
   * two texts with the same filled bins fill their empty ones alike, which keeps the agreement an
   * unbiased estimate of Jaccard similarity for texts with fewer shingles than bins.
   */
  private static void densify(long[] sig) {
    boolean[] filled = new boolean[HASHES];
    int count = 0;
    for (int i = 0; i < HASHES; i++) if (sig[i] != EMPTY) { filled[i] = true; count++; }
    if (count == HASHES) return;
    for (int i = 0; i < HASHES; i++) {
      if (filled[i]) continue;
      long probe = SEEDS[i];
      int j;
      do {
        probe = mix(probe + 0x632BE59BD9B4E019L);
        j = (int) (probe >>> (64 - BIN_BITS));
      } while (!filled[j]);
      sig[i] = sig[j];
    }
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
