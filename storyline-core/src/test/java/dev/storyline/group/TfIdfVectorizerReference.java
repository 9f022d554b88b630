package dev.storyline.group;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vectoriser as it was before the one-scan rewrite (a String and a hash-map look-up per syllable),
 * kept to show the rewrite gives the same vectors.
 */
final class TfIdfVectorizerReference {

  private final TfIdfVectorizer.Options options;

  TfIdfVectorizerReference(TfIdfVectorizer.Options options) { this.options = options; }

  /** Vectors for all documents, index-aligned with {@code docs}. */
  SparseVector[] vectorize(List<GroupDoc> docs) {
    int n = docs.size();
    Vocabulary termIds = new Vocabulary();
    int[][] termLists = new int[n][];
    int[][] counts = new int[n][];
    TfIdfVectorizer.IntBuffer buf = new TfIdfVectorizer.IntBuffer();
    for (int d = 0; d < n; d++) {
      GroupDoc doc = docs.get(d);
      buf.clear();
      addText(doc.title(), termIds, buf);
      addText(doc.title(), termIds, buf);
      addText(doc.text(), termIds, buf);
      int textTerms = buf.size;
      if (options.entityWeight() > 0) {
        for (String e : doc.entities()) {
          if (e == null || e.isBlank()) continue;
          // Entity features get a prefix no syllable can start with, so "Hà Nội" the entity and the syllables never collide.
          buf.add(termIds.id("\u0001" + Syllables.normalize(e.strip())));
        }
      }
      // Sort and run-length count: compact and cache friendly, no per-document hash map.
      int[] all = Arrays.copyOf(buf.data, buf.size);
      if (buf.size > textTerms) {
        // Entity ids are marked by negating before sorting so their counts stay separate from text terms.
        for (int k = textTerms; k < all.length; k++) all[k] = ~all[k];
      }
      Arrays.sort(all);
      int u = 0;
      int[] ids = new int[all.length];
      int[] cnt = new int[all.length];
      for (int k = 0; k < all.length; k++) {
        if (u > 0 && ids[u - 1] == all[k]) cnt[u - 1]++;
        else { ids[u] = all[k]; cnt[u] = 1; u++; }
      }
      termLists[d] = Arrays.copyOf(ids, u);
      counts[d] = Arrays.copyOf(cnt, u);
    }
    int vocab = termIds.size;
    int[] df = new int[vocab];
    for (int[] ids : termLists) for (int id : ids) df[id < 0 ? ~id : id]++;
    // The ratio is tuned on ~1,000-document batches; in a small batch a story's own terms would exceed
    // a few percent, so the cut never goes below min(n / 2, 20) documents.
    double maxDf = n >= TfIdfVectorizer.MIN_DOCS_FOR_DF_CUT
        ? Math.max(options.maxDfRatio() * n, Math.min(n * 0.5, TfIdfVectorizer.MAX_DF_FLOOR)) : Double.MAX_VALUE;
    int minDf = n >= TfIdfVectorizer.MIN_DOCS_FOR_DF_CUT ? options.minDf() : 1;
    float[] idf = new float[vocab];
    for (int t = 0; t < vocab; t++) {
      // Smoothed (+1) so that in a small batch a term shared by the only two documents still counts.
      idf[t] = (df[t] > maxDf || df[t] < minDf) ? 0f
          // A handful of articles handed in together tell nothing about how rare a word is ("Iraq" in all
          // five seeds is the story, not noise), so a small batch weighs terms by frequency alone.
          : n < TfIdfVectorizer.MIN_DOCS_FOR_DF_CUT ? 1f
          : (float) (Math.log((double) (n + 1) / df[t]) + 1);
    }
    SparseVector[] out = new SparseVector[n];
    for (int d = 0; d < n; d++) {
      int[] ids = termLists[d];
      int[] cnt = counts[d];
      // An entity id may also occur as text term id only if strings collide, which the prefix prevents; merge by id.
      int[] oid = new int[ids.length];
      float[] ow = new float[ids.length];
      int m = 0;
      for (int k = 0; k < ids.length; k++) {
        boolean entity = ids[k] < 0;
        int t = entity ? ~ids[k] : ids[k];
        float w = (float) ((1 + Math.log(cnt[k])) * idf[t] * (entity ? options.entityWeight() : 1.0));
        if (w <= 0) continue;
        oid[m] = t; ow[m] = w; m++;
      }
      out[d] = normalized(oid, ow, m);
    }
    return out;
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

  /** Term ids: syllables by string, bigrams by the pair of syllable ids (no string built per bigram). */
  private static final class Vocabulary {
    final Map<String, Integer> strings = new HashMap<>();
    final TfIdfVectorizer.LongIntMap pairs = new TfIdfVectorizer.LongIntMap();
    int size;

    int id(String s) {
      Integer v = strings.get(s);
      if (v == null) { v = size++; strings.put(s, v); }
      return v;
    }

    int pair(int a, int b) {
      long key = ((long) a << 32) | (b & 0xffffffffL);
      int v = pairs.get(key);
      if (v < 0) { v = size++; pairs.put(key, v); }
      return v;
    }
  }

  private void addText(String text, Vocabulary vocab, TfIdfVectorizer.IntBuffer buf) {
    String t = Syllables.normalize(text);
    boolean bigrams = options.bigrams();
    int[] prev = {-1};
    boolean[] prevStop = {false};
    Syllables.scan(t, (syl, brk) -> {
      boolean stop = TfIdfVectorizer.STOP_SYLLABLES.contains(syl);
      int id = vocab.id(syl);
      if (!stop) buf.add(id);
      if (bigrams && !brk && prev[0] >= 0 && !(stop && prevStop[0])) buf.add(vocab.pair(prev[0], id));
      prev[0] = id;
      prevStop[0] = stop;
    });
  }

}
