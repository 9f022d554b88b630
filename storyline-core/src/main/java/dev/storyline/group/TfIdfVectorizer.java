package dev.storyline.group;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Turns a batch of documents into L2-normalised TF-IDF vectors over syllable unigrams and bigrams
 * (title counted twice) plus entity features. IDF is computed over the whole batch first, so the
 * vectors do not depend on the order the documents arrive in.
 */
public final class TfIdfVectorizer {

  /**
   * @param entityWeight    multiplier on an entity feature's TF-IDF weight; 0 ignores entities
   * @param maxDfRatio      terms in more than this fraction of documents are dropped (only applied
   *                        to batches of at least {@link #MIN_DOCS_FOR_DF_CUT} documents)
   * @param minDf           terms in fewer documents are dropped: a term seen once can never link two documents,
   *                        it only dilutes the cosine
   * @param bigrams         whether to add syllable bigrams (Vietnamese words are mostly two syllables)
   */
  public record Options(double entityWeight, double maxDfRatio, int minDf, boolean bigrams) {
    public static Options defaults() { return new Options(1.0, 0.05, 2, true); }
  }

  static final int MIN_DOCS_FOR_DF_CUT = 20;
  static final int MAX_DF_FLOOR = 20;

  /**
   * Function syllables that carry no topic. A short fixed list; the document-frequency cut removes
   * the rest of the very common syllables on large batches.
   */
  static final Set<String> STOP_SYLLABLES = Set.of(
      "và", "của", "là", "có", "được", "các", "những", "một", "cho", "với", "trong", "này", "đã",
      "không", "khi", "thì", "mà", "để", "từ", "tại", "theo", "về", "đến", "như", "cũng", "sẽ", "đang",
      "vào", "ra", "lại", "nhiều", "nên", "nhưng", "hay", "hoặc", "rằng", "bị", "do", "vì", "nếu",
      "còn", "đó", "ở", "trên", "dưới", "sau", "trước", "qua", "người", "năm", "ngày", "tháng", "số",
      "việc", "nhà", "rất", "vẫn", "thể", "phải", "chỉ", "mới", "bởi", "cả", "ông", "bà", "anh", "chị",
      "họ", "chúng", "tôi", "ta", "mình", "gì", "nào", "đây", "kia", "ấy", "nhất", "hơn", "thêm", "hết",
      "làm", "đi", "lên", "xuống", "biết", "nói", "cùng", "giữa", "đều", "luôn", "vừa");

  private final Options options;

  public TfIdfVectorizer(Options options) { this.options = options; }

  /** Vectors for all documents, index-aligned with {@code docs}. */
  public SparseVector[] vectorize(List<GroupDoc> docs) {
    int n = docs.size();
    Model model = fit(n, docs::get, null, true);
    SparseVector[] out = new SparseVector[n];
    IntStream.range(0, n).parallel().forEach(d -> out[d] = model.vector(d, docs.get(d)));
    return out;
  }

  /** Documents scanned in parallel per chunk: bounds the scanned syllables held at once on a big batch. */
  static final int SCAN_CHUNK = 4096;

  /** Sees each document of the first pass, in index order, with its near-duplicate signature. */
  interface DocSink {
    /** @param signature {@link NearDuplicates#signature(SyllableRun)}, or null when the text has no words */
    void accept(int index, GroupDoc doc, long[] signature);
  }

  /**
   * The first of two passes: reads every document once (scanning on every core, a chunk at a time),
   * hands out term ids in document order and counts document frequencies; nothing per document is
   * kept, so a batch of a million documents costs the vocabulary, not the texts. {@link Model#vector}
   * is the second pass. {@code docs} must give the same document for an index both times.
   *
   * @param sink      when not null, receives each document and its signature, in index order
   * @param keepTerms keep each document's term counts (about 4 KB a document), so that {@link Model#vector(int,
   *                  GroupDoc)} need not scan and look every term up again; for batches whose texts are in
   *                  memory anyway
   */
  Model fit(int n, IntFunction<GroupDoc> docs, DocSink sink, boolean keepTerms) {
    int[][] keptIds = keepTerms ? new int[n][] : null;
    int[][] keptCounts = keepTerms ? new int[n][] : null;
    Vocabulary termIds = new Vocabulary();
    IntBuffer df = new IntBuffer();
    IntBuffer buf = new IntBuffer();
    GroupDoc[] chunkDocs = new GroupDoc[Math.min(n, SCAN_CHUNK)];
    SyllableRun[] runs = new SyllableRun[chunkDocs.length];
    long[][] sigs = new long[chunkDocs.length][];
    for (int from = 0; from < n; from += SCAN_CHUNK) {
      int start = from, end = Math.min(n, from + SCAN_CHUNK);
      // Scanning is per document and independent: every core takes part; each result has its own slot.
      IntStream.range(start, end).parallel().forEach(d -> {
        GroupDoc doc = docs.apply(d);
        SyllableRun run = SyllableRun.of(doc.title(), doc.text());
        chunkDocs[d - start] = doc;
        runs[d - start] = run;
        sigs[d - start] = sink == null ? null : NearDuplicates.signature(run);
      });
      // Ids are handed out in document order, as a sequential scan would, so vectors never depend on threads.
      for (int d = start; d < end; d++) {
        int k = d - start;
        int textTerms = terms(chunkDocs[k], runs[k], termIds, buf, true);
        int[] all = sortedTerms(buf, textTerms);
        for (int i = 0; i < all.length; i++) {
          if (i > 0 && all[i] == all[i - 1]) continue;
          int t = all[i] < 0 ? ~all[i] : all[i];
          while (df.size <= t) df.add(0);
          df.data[t]++;
        }
        if (keepTerms) {
          int[][] counted = runLengths(all);
          keptIds[d] = counted[0];
          keptCounts[d] = counted[1];
        }
        if (sink != null) sink.accept(d, chunkDocs[k], sigs[k]);
        chunkDocs[k] = null;
        runs[k] = null;
        sigs[k] = null;
      }
    }
    int vocab = termIds.size;
    // The ratio is tuned on ~1,000-document batches; in a small batch a story's own terms would exceed
    // a few percent, so the cut never goes below min(n / 2, 20) documents.
    double maxDf = n >= MIN_DOCS_FOR_DF_CUT
        ? Math.max(options.maxDfRatio() * n, Math.min(n * 0.5, MAX_DF_FLOOR)) : Double.MAX_VALUE;
    int minDf = n >= MIN_DOCS_FOR_DF_CUT ? options.minDf() : 1;
    float[] idf = new float[vocab];
    for (int t = 0; t < vocab; t++) {
      int f = t < df.size ? df.data[t] : 0;
      // Smoothed (+1) so that in a small batch a term shared by the only two documents still counts.
      idf[t] = (f > maxDf || f < minDf) ? 0f
          // A handful of articles handed in together tell nothing about how rare a word is ("Iraq" in all
          // five seeds is the story, not noise), so a small batch weighs terms by frequency alone.
          : n < MIN_DOCS_FOR_DF_CUT ? 1f
          : (float) (Math.log((double) (n + 1) / f) + 1);
    }
    return new Model(termIds, idf, keptIds, keptCounts);
  }

  /** Distinct values of a sorted array and how often each occurs. */
  private static int[][] runLengths(int[] sorted) {
    int u = 0;
    int[] ids = new int[sorted.length];
    int[] cnt = new int[sorted.length];
    for (int k = 0; k < sorted.length; k++) {
      if (u > 0 && ids[u - 1] == sorted[k]) cnt[u - 1]++;
      else { ids[u] = sorted[k]; cnt[u] = 1; u++; }
    }
    return new int[][] {Arrays.copyOf(ids, u), Arrays.copyOf(cnt, u)};
  }

  /** What the first pass learned; {@link #vector} may be called from many threads at once. */
  final class Model {
    private final Vocabulary termIds;
    private final float[] idf;

    private final int[][] keptIds;
    private final int[][] keptCounts;

    private Model(Vocabulary termIds, float[] idf, int[][] keptIds, int[][] keptCounts) {
      this.termIds = termIds;
      this.idf = idf;
      this.keptIds = keptIds;
      this.keptCounts = keptCounts;
    }

    /** Number of term ids (every id of a vector is below it). */
    int size() { return idf.length; }

    /** The vector of document {@code index} of the fitted batch ({@code doc}); from the kept counts when there are. */
    SparseVector vector(int index, GroupDoc doc) {
      if (keptIds != null) {
        int[] ids = keptIds[index], cnt = keptCounts[index];
        keptIds[index] = null; // each document is vectorised once; free its counts as we go
        keptCounts[index] = null;
        if (ids != null) return weigh(ids, cnt);
      }
      return vector(doc);
    }

    /** The L2-normalised TF-IDF vector of a document of the fitted batch (a term the batch never had is left out). */
    SparseVector vector(GroupDoc doc) {
      IntBuffer buf = new IntBuffer();
      int textTerms = terms(doc, SyllableRun.of(doc.title(), doc.text()), termIds, buf, false);
      int[][] counted = runLengths(sortedTerms(buf, textTerms));
      return weigh(counted[0], counted[1]);
    }

    private SparseVector weigh(int[] ids, int[] cnt) {
      int u = ids.length;
      int[] oid = new int[u];
      float[] ow = new float[u];
      int m = 0;
      for (int k = 0; k < u; k++) {
        boolean entity = ids[k] < 0;
        int t = entity ? ~ids[k] : ids[k];
        float w = (float) ((1 + Math.log(cnt[k])) * idf[t] * (entity ? options.entityWeight() : 1.0));
        if (w <= 0) continue;
        oid[m] = t; ow[m] = w; m++;
      }
      return normalized(oid, ow, m);
    }
  }

  /**
   * The document's term ids into {@code buf}: title twice, text, then entity features; returns how many
   * are text terms. {@code learn} hands out ids for new terms (first pass); otherwise they are skipped.
   */
  private int terms(GroupDoc doc, SyllableRun run, Vocabulary termIds, IntBuffer buf, boolean learn) {
    buf.clear();
    // The title counts twice.
    addSyllables(run, 0, run.titleEnd(), termIds, buf, learn);
    addSyllables(run, 0, run.titleEnd(), termIds, buf, learn);
    addSyllables(run, run.titleEnd(), run.size(), termIds, buf, learn);
    int textTerms = buf.size;
    if (options.entityWeight() > 0) {
      for (String e : doc.entities()) {
        if (e == null || e.isBlank()) continue;
        // Entity features get a prefix no syllable can start with, so "Hà Nội" the entity and the syllables never collide.
        int id = termIds.id("\u0001" + Syllables.normalize(e.strip()), learn);
        if (id >= 0) buf.add(id);
      }
    }
    return textTerms;
  }

  /** The buffer's ids sorted, entity ids negated ({@code ~id}) so their counts stay apart from text terms. */
  private static int[] sortedTerms(IntBuffer buf, int textTerms) {
    // Sort and run-length count: compact and cache friendly, no per-document hash map.
    int[] all = Arrays.copyOf(buf.data, buf.size);
    for (int k = textTerms; k < all.length; k++) all[k] = ~all[k];
    Arrays.sort(all);
    return all;
  }

  private static SparseVector normalized(int[] ids, float[] w, int m) {
    // Re-sort by id (entity ids were negated during counting).
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
    int[] si = new int[m];
    float[] sw = new float[m];
    double ss = 0;
    int u = 0;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      if (u > 0 && si[u - 1] == ids[i]) { sw[u - 1] += w[i]; continue; }
      si[u] = ids[i]; sw[u] = w[i]; u++;
    }
    for (int k = 0; k < u; k++) ss += (double) sw[k] * sw[k];
    if (ss == 0) return SparseVector.EMPTY;
    float inv = (float) (1 / Math.sqrt(ss));
    for (int k = 0; k < u; k++) sw[k] *= inv;
    return new SparseVector(Arrays.copyOf(si, u), Arrays.copyOf(sw, u));
  }

  /** Term ids: syllables by hash, entities by string, bigrams by the pair of syllable ids (no string built per term). */
  private static final class Vocabulary {
    final Map<String, Integer> strings = new HashMap<>();
    final LongIntMap syllables = new LongIntMap();
    final LongIntMap pairs = new LongIntMap();
    int size;

    // With learn false these only read, so many threads may call them at once once the first pass is over.
    int syllable(long hash, boolean learn) {
      int v = syllables.get(hash);
      if (v < 0 && learn) { v = size++; syllables.put(hash, v); }
      return v;
    }

    int id(String s, boolean learn) {
      Integer v = strings.get(s);
      if (v == null) {
        if (!learn) return -1;
        v = size++;
        strings.put(s, v);
      }
      return v;
    }

    int pair(int a, int b, boolean learn) {
      long key = ((long) a << 32) | (b & 0xffffffffL);
      int v = pairs.get(key);
      if (v < 0 && learn) { v = size++; pairs.put(key, v); }
      return v;
    }
  }

  /** Unigrams (stop syllables left out) and bigrams of the syllables [from, to) of a run. */
  private void addSyllables(SyllableRun run, int from, int to, Vocabulary vocab, IntBuffer buf, boolean learn) {
    boolean bigrams = options.bigrams();
    long[] h = run.hashes();
    boolean[] brk = run.breakBefore();
    int prev = -1;
    boolean prevStop = false;
    for (int k = from; k < to; k++) {
      boolean stop = isStop(h[k]);
      int id = vocab.syllable(h[k], learn);
      if (id < 0) { prev = -1; continue; } // second pass, a syllable the first pass never saw
      if (!stop) buf.add(id);
      // A run starts a new scan: its first syllable is never the end of a bigram.
      if (bigrams && !brk[k] && prev >= 0 && !(stop && prevStop)) {
        int pair = vocab.pair(prev, id, learn);
        if (pair >= 0) buf.add(pair);
      }
      prev = id;
      prevStop = stop;
    }
  }

  /** Hashes of {@link #STOP_SYLLABLES}, sorted for binary search. */
  private static final long[] STOP_HASHES = STOP_SYLLABLES.stream().mapToLong(SyllableRun::hash).sorted().toArray();

  static boolean isStop(long hash) { return Arrays.binarySearch(STOP_HASHES, hash) >= 0; }

  /**
   * Open-addressing long to int map (values ≥ 0; -1 means absent). Keys and values share one array
   * (key, value, key, value...), so a look-up touches one cache line instead of three arrays; an empty
   * slot holds {@link #FREE} as its key, and the one key equal to it is stored as {@code FREE + 1}
   * (a random 64-bit hash hits it with probability 2^-64).
   */
  static final class LongIntMap {
    static final long FREE = Long.MIN_VALUE;
    long[] slots = newSlots(1024);
    int size;

    private static long[] newSlots(int capacity) {
      long[] a = new long[capacity * 2];
      for (int i = 0; i < a.length; i += 2) a[i] = FREE;
      return a;
    }

    int get(long k) {
      if (k == FREE) k = FREE + 1;
      int mask = (slots.length >> 1) - 1;
      for (int i = (int) NearDuplicates.mix(k) & mask; ; i = (i + 1) & mask) {
        long key = slots[2 * i];
        if (key == k) return (int) slots[2 * i + 1];
        if (key == FREE) return -1;
      }
    }

    void put(long k, int v) {
      if (k == FREE) k = FREE + 1;
      if ((size + 1) * 4 > slots.length) grow(); // load factor 1/2
      int mask = (slots.length >> 1) - 1;
      int i = (int) NearDuplicates.mix(k) & mask;
      while (slots[2 * i] != FREE && slots[2 * i] != k) i = (i + 1) & mask;
      if (slots[2 * i] == FREE) { slots[2 * i] = k; size++; }
      slots[2 * i + 1] = v;
    }

    private void grow() {
      long[] old = slots;
      slots = newSlots(old.length); // twice the capacity: old.length / 2 entries before
      size = 0;
      for (int i = 0; i < old.length; i += 2) if (old[i] != FREE) put(old[i], (int) old[i + 1]);
    }
  }

  /** Growable int array; avoids boxing in the per-token loop. */
  static final class IntBuffer {
    int[] data = new int[256];
    int size;

    void add(int v) {
      if (size == data.length) data = Arrays.copyOf(data, size * 2);
      data[size++] = v;
    }

    void clear() { size = 0; }
  }
}
