package dev.storyline.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Groups documents into stories in one online pass.
 *
 * <p>Each document becomes an L2-normalised TF-IDF vector ({@link TfIdfVectorizer}). Documents are
 * processed in date order (unknown dates last, ties by input order), so the result barely depends
 * on the order they were given in. A document is compared only with the clusters found through an
 * inverted index from its top-K weighted terms (never with every cluster), scored by cosine with the
 * cluster centroid (sum of member vectors, pruned to its heaviest terms to bound memory), and joins
 * the best cluster when the score reaches the threshold; otherwise it opens a new cluster.
 *
 * <p>Time is a soft penalty, not a wall: when the cluster's latest member is more than
 * {@code decayDays} away from the document, the score is multiplied by
 * {@code 0.5^((gap - decayDays) / halfLifeDays)}. A long-running story keeps growing as long as its
 * new articles are very similar (and share entities), while two similar but separate events a year
 * apart (two floods) fall below the threshold.
 *
 * <p>Near-duplicates ({@link NearDuplicates}) count once as evidence: only the first member of a
 * near-duplicate group (in processing order) updates the centroid; later copies just join its cluster.
 *
 * <p>Thread-safe: all state lives in the {@link #group} call.
 */
public final class StoryGrouper {

  /**
   * @param threshold      minimum (time-penalised) cosine to join a cluster
   * @param vectors        TF-IDF options (entity weight, document-frequency cuts, bigrams)
   * @param topK           how many of a document's heaviest terms look up candidate clusters (and index it)
   * @param postingScan    how many of the most recent clusters per term are read; processing is in date
   *                       order, so this keeps the candidate search bounded and recent
   * @param centroidTerms  centroid size cap
   * @param decayDays      gap (days) to a cluster's latest member that costs nothing
   * @param halfLifeDays   beyond {@code decayDays}, every this many days halves the score's distance to its
   *                       floor ({@link #TIME_FLOOR} of the cosine); ≤ 0 disables time
   * @param nearDuplicates whether near-duplicates count once as evidence
   * @param maxScored      how many candidate clusters get a full cosine: those whose postings matched the
   *                       most query weight; 0 scores every candidate
   * @param places         how salient places weigh a join ({@link Places#OFF} ignores them)
   * @param refine         the batch-level second pass after the online one ({@link Refine#OFF} skips it)
   */
  public record Config(double threshold, TfIdfVectorizer.Options vectors, int topK, int postingScan,
      int centroidTerms, int decayDays, double halfLifeDays, boolean nearDuplicates, int maxScored, Places places,
      Refine refine) {
    /** Tuned on half of the ViMs clusters (see docs/eval-stories.md). */
    public static Config defaults() {
      return new Config(0.18, TfIdfVectorizer.Options.defaults(), 20, 64, 300, 14, 60, true, DEFAULT_MAX_SCORED,
          Places.defaults(), Refine.defaults());
    }

    /** Without the refinement pass. */
    public Config(double threshold, TfIdfVectorizer.Options vectors, int topK, int postingScan,
        int centroidTerms, int decayDays, double halfLifeDays, boolean nearDuplicates, int maxScored, Places places) {
      this(threshold, vectors, topK, postingScan, centroidTerms, decayDays, halfLifeDays, nearDuplicates, maxScored,
          places, Refine.OFF);
    }

    /** Without place evidence. */
    public Config(double threshold, TfIdfVectorizer.Options vectors, int topK, int postingScan,
        int centroidTerms, int decayDays, double halfLifeDays, boolean nearDuplicates, int maxScored) {
      this(threshold, vectors, topK, postingScan, centroidTerms, decayDays, halfLifeDays, nearDuplicates, maxScored,
          Places.OFF);
    }

    /** The same grouping without candidate pruning (every candidate found through the postings is scored) nor place evidence. */
    public Config(double threshold, TfIdfVectorizer.Options vectors, int topK, int postingScan,
        int centroidTerms, int decayDays, double halfLifeDays, boolean nearDuplicates) {
      this(threshold, vectors, topK, postingScan, centroidTerms, decayDays, halfLifeDays, nearDuplicates, 0);
    }

    public Config withPlaces(Places p) {
      return new Config(threshold, vectors, topK, postingScan, centroidTerms, decayDays, halfLifeDays, nearDuplicates, maxScored, p, refine);
    }

    public Config withMaxScored(int m) {
      return new Config(threshold, vectors, topK, postingScan, centroidTerms, decayDays, halfLifeDays, nearDuplicates, m, places, refine);
    }

    public Config withThreshold(double t) {
      return new Config(t, vectors, topK, postingScan, centroidTerms, decayDays, halfLifeDays, nearDuplicates, maxScored, places, refine);
    }

    public Config withVectors(TfIdfVectorizer.Options v) {
      return new Config(threshold, v, topK, postingScan, centroidTerms, decayDays, halfLifeDays, nearDuplicates, maxScored, places, refine);
    }

    public Config withTime(int decay, double halfLife) {
      return new Config(threshold, vectors, topK, postingScan, centroidTerms, decay, halfLife, nearDuplicates, maxScored, places, refine);
    }

    public Config withNearDuplicates(boolean on) {
      return new Config(threshold, vectors, topK, postingScan, centroidTerms, decayDays, halfLifeDays, on, maxScored, places, refine);
    }

    public Config withRefine(Refine r) {
      return new Config(threshold, vectors, topK, postingScan, centroidTerms, decayDays, halfLifeDays, nearDuplicates, maxScored, places, r);
    }
  }

  /**
   * Place evidence ({@link GroupDoc#places()}): two fires in two provinces the same week are two stories.
   * When a document's salient places and a story's are both known and neither side names any of the other's
   * (so neither is a district of the other's province as far as the texts say), the cosine is multiplied by
   * {@code conflict}; when they share a salient place, by {@code share}. A place salient in more than
   * {@code maxDfRatio} of the batch's documents (the home country, the capital; never fewer than min(n/2, 20)
   * documents) is no evidence either way.
   * Only batches large enough for that count ({@link TfIdfVectorizer#MIN_DOCS_FOR_DF_CUT} documents) use it.
   *
   * @param conflict   factor for disjoint salient places, in (0, 1]; 1 disables it
   * @param share      factor for a shared salient place, ≥ 1; 1 disables it
   * @param maxDfRatio places salient in more than this fraction of the documents are ignored
   */
  public record Places(double conflict, double share, double maxDfRatio) {
    public static final Places OFF = new Places(1, 1, 1);

    public Places {
      if (!(conflict > 0 && conflict <= 1)) throw new IllegalArgumentException("conflict must be in (0, 1]: " + conflict);
      if (!(share >= 1)) throw new IllegalArgumentException("share must be at least 1: " + share);
    }

    /** Tuned on half of the ViMs clusters (see docs/eval-stories.md). */
    public static Places defaults() { return new Places(PLACE_CONFLICT, PLACE_SHARE, PLACE_MAX_DF); }

    boolean on() { return conflict < 1 || share > 1; }
  }

  /**
   * The batch-level second pass after the online one, the kind clustering systems use to undo the order effects
   * of a single pass: an article that opened a story before its story's other articles arrived stays apart, and an
   * early article that happened to sit between two same-week events of one kind chains them into one.
   * <ul>
   *   <li>Split check: a story of {@code splitMinSize} to {@code splitMaxSize} members is cut in two by 2-means
   *       over its members' TF-IDF vectors (seeded deterministically: the member least like the story, then the
   *       member least like that one); the cut is kept when each part has at least {@code splitMinPart} members
   *       and the parts' centroids have a cosine of at most {@code splitMaxCos}.</li>
   *   <li>Merge check: two stories whose heaviest centroid terms meet in a small inverted index (never all
   *       pairs), both dated, whose date ranges are at most {@code decayDays} apart, whose salient places do not conflict
   *       ({@link Places}), and whose centroids' cosine (times the shared-place factor) is at least
   *       {@code mergeMinCos}, become one when each is the other's most similar such story (so merges never
   *       chain).</li>
   * </ul>
   * Only batches large enough for document frequencies ({@link TfIdfVectorizer#MIN_DOCS_FOR_DF_CUT}) are refined.
   *
   * @param splitMinSize smallest story that gets a split check
   * @param splitMaxSize largest story that gets one (bounds the per-story work)
   * @param splitMaxCos  a split is kept when the parts' centroid cosine is at most this; ≤ 0 disables splits
   * @param splitMinPart each part of a kept split has at least this many members
   * @param mergeMinCos  centroid cosine (times the place factor) from which two stories merge; &gt; 1 disables merges
   */
  public record Refine(int splitMinSize, int splitMaxSize, double splitMaxCos, int splitMinPart, double mergeMinCos) {
    public static final Refine OFF = new Refine(Integer.MAX_VALUE, 0, 0, 1, 2);

    public Refine {
      if (splitMinPart < 1) throw new IllegalArgumentException("splitMinPart must be at least 1: " + splitMinPart);
    }

    /** Tuned on half of the ViMs clusters (see docs/eval-stories.md). */
    public static Refine defaults() { return new Refine(4, 1000, 0.28, 2, 0.30); }

    boolean split() { return splitMaxCos > 0 && splitMaxSize >= splitMinSize; }

    boolean merge() { return mergeMinCos <= 1; }

    boolean on() { return split() || merge(); }
  }

  /** Stories whose centroids get a full cosine in the merge check, per story: those meeting it on the most term weight. */
  static final int MERGE_SCORED = 8;

  static final double PLACE_CONFLICT = 0.75;
  static final double PLACE_SHARE = 1.0;
  static final double PLACE_MAX_DF = 0.05;
  /** How many salient places a story remembers (the first ones seen). */
  static final int CLUSTER_PLACES = 32;

  private static final long NO_DAY = Long.MIN_VALUE;

  private static int[] filled(int n, int value) {
    int[] a = new int[n];
    Arrays.fill(a, value);
    return a;
  }
  /** The lowest the time factor goes, however far apart a document and a cluster are. */
  static final double TIME_FLOOR = 0.6;
  /** Shared entities that let an article join a story across a long time gap. */
  static final int MIN_SHARED_ENTITIES = 2;
  /** How many entity ids a cluster remembers (the first ones seen). */
  static final int CLUSTER_ENTITIES = 256;
  /** In a small batch, a join without shared actors needs this many times the threshold. */
  static final double SMALL_BATCH_NO_ACTOR_PENALTY = 1.5;
  /** A cluster is indexed under this many times topK terms of each member. */
  static final int INDEX_FACTOR = 3;
  /**
   * Candidates per article that get a full cosine (see {@link Config#maxScored}). On a stream with many
   * open stories an article meets thousands of clusters through its terms' postings, and scoring each
   * one over its 300 centroid terms was most of the grouping time; the story it belongs to matches many
   * of its heaviest terms, so it is among the few that match the most query weight.
   */
  static final int DEFAULT_MAX_SCORED = 64;

  private final Config config;

  public StoryGrouper() { this(Config.defaults()); }

  public StoryGrouper(Config config) { this.config = config; }

  public Config config() { return config; }

  /**
   * Clusters as lists of indexes into {@code docs}: every index exactly once, members ascending,
   * clusters ordered by their smallest index.
   */
  public List<List<Integer>> group(List<GroupDoc> docs) {
    return group(docs, Scoring.AUTO);
  }

  /** How candidates are scored; all give the same clusters (tests compare them). */
  enum Scoring { AUTO, REFERENCE }

  List<List<Integer>> group(List<GroupDoc> docs, Scoring scoring) {
    // The texts are in memory already: keeping each document's term counts (smaller than its text) spares the
    // second pass a scan and a vocabulary look-up per term.
    return group(docs.size(), docs::get, scoring, true);
  }

  /**
   * {@link #group(List)} over documents fetched by index, read twice (a first pass learns the vocabulary,
   * the second vectorises in date order), so that a batch larger than memory can be grouped from a file or
   * a generator: the grouper keeps a few bytes per document plus the stories' centroids, never the texts.
   * {@code docs} must give the same document for an index every time; it may be called from several threads.
   */
  public List<List<Integer>> group(int n, IntFunction<GroupDoc> docs) {
    return group(n, docs, Scoring.AUTO, false);
  }

  private List<List<Integer>> group(int n, IntFunction<GroupDoc> docs, Scoring scoring, boolean keepTerms) {
    boolean reference = scoring == Scoring.REFERENCE;
    if (n == 0) return List.of();
    boolean small = n < TfIdfVectorizer.MIN_DOCS_FOR_DF_CUT;
    long[] day = new long[n];
    NearDuplicates.Index dups = config.nearDuplicates() ? new NearDuplicates().new Index(n) : null;
    // First pass: vocabulary, document frequencies, dates and near-duplicates, from one scan of each text.
    TfIdfVectorizer vectorizer = new TfIdfVectorizer(config.vectors());
    boolean usePlaces = !small && config.places().on();
    java.util.concurrent.ConcurrentHashMap<String, Integer> placeDf = usePlaces ? new java.util.concurrent.ConcurrentHashMap<>() : null;
    TfIdfVectorizer.Model model = vectorizer.fit(n, docs, (i, doc, sig) -> {
      day[i] = doc.date() == null ? NO_DAY : doc.date().start().toEpochDay();
      if (dups != null) dups.add(i, sig);
      if (placeDf != null) for (String p : doc.places()) placeDf.merge(p, 1, Integer::sum);
    }, keepTerms);
    // Places salient in too many documents (the home country, the capital) tell no story from another.
    java.util.Set<String> commonPlaces = new java.util.HashSet<>();
    if (placeDf != null) {
      // As the vectoriser's document-frequency cut: never below min(n/2, 20) documents, so that in a batch of a
      // few dozen articles a story's own place is not taken for a place every article names.
      double maxDf = Math.max(config.places().maxDfRatio() * n, Math.min(n * 0.5, TfIdfVectorizer.MAX_DF_FLOOR));
      placeDf.forEach((p, df) -> { if (df > maxDf) commonPlaces.add(p); });
    }
    int[] dupRep = dups == null ? filled(n, -1) : dups.representatives();

    // Date order (unknown dates last, ties by index), as one primitive sort.
    int[] order = new int[n];
    {
      long[] key = new long[n];
      long min = Long.MAX_VALUE;
      for (long d : day) if (d != NO_DAY) min = Math.min(min, d);
      for (int i = 0; i < n; i++) {
        long rank = day[i] == NO_DAY ? (1L << 31) - 1 : Math.min(day[i] - min, (1L << 31) - 2);
        key[i] = (rank << 32) | i;
      }
      Arrays.sort(key);
      for (int i = 0; i < n; i++) order[i] = (int) key[i];
    }
    int[] clusterOf = new int[n];
    Arrays.fill(clusterOf, -1);
    int[] dupCluster = new int[n]; // near-duplicate group representative index -> cluster
    Arrays.fill(dupCluster, -1);
    List<Centroid> clusters = new ArrayList<>();
    int vocab = model.size();
    IntList[] postings = new IntList[vocab];
    float[] dense = new float[vocab];
    double[] scores = new double[64];
    int[] seenStamp = new int[16];
    float[] matched = new float[16]; // per cluster: query weight of the article's terms whose postings list it
    int stamp = 0;
    int[] cand = new int[64];

    // Second pass, in date order: each chunk's documents are fetched and vectorised on every core, then
    // joined to stories one by one.
    int chunk = TfIdfVectorizer.SCAN_CHUNK;
    boolean refine = !small && config.refine().on();
    // The refinement pass reads members' vectors again: kept when the texts are in memory anyway (smaller than
    // them), computed again otherwise.
    SparseVector[] keptVectors = refine && keepTerms ? new SparseVector[n] : null;
    SparseVector[] vecs = new SparseVector[Math.min(n, chunk)];
    @SuppressWarnings("unchecked") List<String>[] ents = new List[vecs.length];
    String[][] plcs = new String[vecs.length][];
    for (int from = 0; from < n; from += chunk) {
      int start = from, end = Math.min(n, from + chunk);
      IntStream.range(start, end).parallel().forEach(k -> {
        GroupDoc doc = docs.apply(order[k]);
        vecs[k - start] = model.vector(order[k], doc);
        ents[k - start] = doc.entities();
        plcs[k - start] = usePlaces ? evidencePlaces(doc.places(), commonPlaces) : NO_PLACES;
      });
      for (int pos = start; pos < end; pos++) {
        int idx = order[pos];
        SparseVector v = vecs[pos - start];
        List<String> docEntities = ents[pos - start];
        String[] docPlaces = plcs[pos - start];
        if (keptVectors != null) keptVectors[idx] = v;
        PlaceQuery pq = docPlaces.length == 0 ? null : new PlaceQuery(docPlaces, docEntities);
        if (dupRep[idx] >= 0 && dupCluster[dupRep[idx]] >= 0) {
          int c = dupCluster[dupRep[idx]];
          clusterOf[idx] = c;
          clusters.get(c).touch(day[idx]);
          continue;
        }
        // Query with more than the top-k terms: the heaviest terms of a new article are often words no
        // earlier article used (highest IDF), so a top-k query alone misses its story. A small batch reads
        // every term; a big one its INDEX_FACTOR * topK heaviest, which bounds the candidates per article.
        int[] topPos = small ? null : topPositions(v, config.topK() * INDEX_FACTOR);
        int[] top = small ? v.ids() : idsAt(v, topPos);
        stamp++;
        int nc = 0;
        for (int q = 0; q < top.length; q++) {
          IntList p = postings[top[q]];
          if (p == null) continue;
          float qw = v.weights()[small ? q : topPos[q]];
          for (int k = p.size - 1, lim = Math.max(0, p.size - config.postingScan()); k >= lim; k--) {
            int c = p.data[k];
            if (c >= seenStamp.length) {
              int len = Math.max(c + 1, seenStamp.length * 2);
              seenStamp = Arrays.copyOf(seenStamp, len);
              matched = Arrays.copyOf(matched, len);
            }
            if (seenStamp[c] == stamp) { matched[c] += qw; continue; }
            seenStamp[c] = stamp;
            matched[c] = qw;
            if (nc == cand.length) cand = Arrays.copyOf(cand, nc * 2);
            cand[nc++] = c;
          }
        }
        if (!reference && config.maxScored() > 0 && nc > config.maxScored()) {
          nc = keepMostMatched(cand, nc, matched, config.maxScored());
        }
        int best = -1;
        double bestScore = config.threshold();
        int[] vIds = v.ids();
        float[] vW = v.weights();
        if (scores.length < nc) scores = new double[Math.max(nc, scores.length * 2)];
        double[] sc = scores;
        long docDay = day[idx];
        if (reference) {
          // The straightforward scoring, kept as the reference the fast paths are tested against.
          for (int k = 0; k < vIds.length; k++) dense[vIds[k]] = vW[k];
          for (int k = 0; k < nc; k++) {
            Centroid cl = clusters.get(cand[k]);
            sc[k] = cl.cosine(dense) * timeFactor(cl, docDay, docEntities) * placeFactor(cl, pq);
          }
          for (int id : vIds) dense[id] = 0f;
        } else {
          // The same cosines (the document scattered into a dense array, each candidate's dot product walking
          // only the centroid's terms), skipping the time factor where the cosine alone cannot win.
          for (int k = 0; k < vIds.length; k++) dense[vIds[k]] = vW[k];
          for (int k = 0; k < nc; k++) sc[k] = score(clusters.get(cand[k]), dense, docDay, docEntities, pq);
          for (int id : vIds) dense[id] = 0f;
        }
        for (int k = 0; k < nc; k++) {
          int c = cand[k];
          double s = sc[k];
          // A small batch is weighed by term frequency alone (see TfIdfVectorizer), where everyday words
          // lift every pair a little: there, a join without shared actors must clear a higher bar.
          if (small && clusters.get(c).sharedEntities(docEntities) < MIN_SHARED_ENTITIES) s /= SMALL_BATCH_NO_ACTOR_PENALTY;
          // Ties go to the older cluster (smaller id), so the result is deterministic.
          if (s > bestScore || (s == bestScore && best >= 0 && c < best) || (s >= bestScore && best < 0)) {
            best = c;
            bestScore = s;
          }
        }
        if (best < 0) {
          best = clusters.size();
          // Pruning bounds memory on big batches; on a small one it would drop the shared mid-weight terms
          // (the heaviest are words only one article used), so small batches keep whole centroids.
          clusters.add(new Centroid(small ? Integer.MAX_VALUE : config.centroidTerms()));
        }
        Centroid cl = clusters.get(best);
        cl.add(v);
        cl.addEntities(docEntities);
        cl.addPlaces(docPlaces);
        cl.touch(day[idx]);
        clusterOf[idx] = best;
        if (dupRep[idx] >= 0) dupCluster[dupRep[idx]] = best;
        // Index the cluster under more terms than a query reads: a new member's heaviest terms need
        // only meet some of the story's, not exactly its own top-k.
        // In a small batch terms found in one document only are not cut (see TfIdfVectorizer) and they are
        // the heaviest, so the whole vector is indexed there; it is cheap at that size.
        int[] indexTerms = top; // the same terms as the query (see above)
        for (int t : indexTerms) {
          IntList p = postings[t];
          if (p == null) postings[t] = p = new IntList();
          if (p.size == 0 || p.data[p.size - 1] != best) p.add(best);
        }
      }
    }

    if (refine) {
      IntFunction<SparseVector> vectorOf = keptVectors != null ? i -> keptVectors[i] : i -> model.vector(docs.apply(i));
      IntFunction<String[]> placesOf = usePlaces ? i -> evidencePlaces(docs.apply(i).places(), commonPlaces) : i -> NO_PLACES;
      refine(n, vectorOf, i -> docs.apply(i).entities(), placesOf, day, clusterOf, clusters, vocab);
    }

    List<List<Integer>> byCluster = new ArrayList<>(clusters.size());
    for (int c = 0; c < clusters.size(); c++) byCluster.add(new ArrayList<>());
    for (int i = 0; i < n; i++) byCluster.get(clusterOf[i]).add(i);
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : byCluster) if (!g.isEmpty()) out.add(List.copyOf(g));
    out.sort(Comparator.comparingInt(g -> g.get(0)));
    return List.copyOf(out);
  }

  /**
   * The second pass ({@link Refine}): split checks, then merge checks, rewriting {@code clusterOf} (and adding the
   * split-off parts to {@code clusters}). Deterministic and independent of the thread count: each story's split check
   * reads only its own members; the merge pairs are found per story and applied in one fixed order.
   */
  private void refine(int n, IntFunction<SparseVector> vectorOf, IntFunction<List<String>> entitiesOf,
      IntFunction<String[]> placesOf, long[] day, int[] clusterOf, List<Centroid> clusters, int vocab) {
    Refine r = config.refine();
    int[][] members = members(n, clusterOf, clusters.size());
    if (r.split()) {
      int[] cand = IntStream.range(0, members.length)
          .filter(c -> members[c].length >= r.splitMinSize() && members[c].length <= r.splitMaxSize()).toArray();
      ThreadLocal<float[][]> scratch = ThreadLocal.withInitial(() -> new float[][] {new float[vocab], new float[vocab]});
      Split[] splits = new Split[cand.length];
      IntStream.range(0, cand.length).parallel().forEach(k ->
          splits[k] = splitCheck(members[cand[k]], vectorOf, entitiesOf, placesOf, day, scratch.get()));
      for (int k = 0; k < cand.length; k++) {
        if (splits[k] == null) continue;
        int c = cand[k], nc = clusters.size();
        for (int i : splits[k].partB()) clusterOf[i] = nc;
        clusters.set(c, splits[k].a());
        clusters.add(splits[k].b());
      }
    }
    if (r.merge()) merge(n, day, clusterOf, clusters);
  }

  /** Members of each cluster, ascending. */
  private static int[][] members(int n, int[] clusterOf, int k) {
    int[] size = new int[k];
    for (int i = 0; i < n; i++) size[clusterOf[i]]++;
    int[][] out = new int[k][];
    for (int c = 0; c < k; c++) out[c] = new int[size[c]];
    Arrays.fill(size, 0);
    for (int i = 0; i < n; i++) out[clusterOf[i]][size[clusterOf[i]]++] = i;
    return out;
  }

  /** A kept split: the members of the second part, and both parts' centroids. */
  private record Split(int[] partB, Centroid a, Centroid b) {}

  /**
   * 2-means over a story's members (unit vectors): the split when it is kept, else null.
   * {@code dense} is two zeroed arrays over the vocabulary, zeroed again on return.
   */
  private Split splitCheck(int[] m, IntFunction<SparseVector> vectorOf, IntFunction<List<String>> entitiesOf,
      IntFunction<String[]> placesOf, long[] day, float[][] dense) {
    Refine r = config.refine();
    SparseVector[] v = new SparseVector[m.length];
    for (int k = 0; k < m.length; k++) v[k] = vectorOf.apply(m[k]);
    float[] a = dense[0], b = dense[1];
    // Seeds: the member least like the whole story, then the member least like that one (ties: the earlier).
    boolean[] inB = new boolean[m.length];
    scatter(v, inB, false, a, true);
    int s1 = argMinDot(v, a, -1);
    scatter(v, inB, false, a, false);
    scatter(new SparseVector[] {v[s1]}, new boolean[1], false, b, true);
    int s2 = argMinDot(v, b, s1);
    scatter(new SparseVector[] {v[s1]}, new boolean[1], false, b, false);
    if (s2 < 0) return null;
    // A part is the seed alone at first; every round each member goes to the nearer part centroid.
    boolean[] inA = new boolean[m.length];
    inA[s1] = true;
    inB[s2] = true;
    double cosAB = 1;
    int nB = 0;
    for (int round = 0; round < 10; round++) {
      scatter(v, inA, true, a, true);
      scatter(v, inB, true, b, true);
      double normA = Math.sqrt(dotSum(v, inA, a)), normB = Math.sqrt(dotSum(v, inB, b));
      cosAB = normA == 0 || normB == 0 ? 1 : dotSum(v, inB, a) / (normA * normB);
      boolean[] nextB = new boolean[m.length];
      nB = 0;
      for (int k = 0; k < m.length; k++) {
        double ca = dot(v[k], a) / normA, cb = dot(v[k], b) / normB;
        if (cb > ca) { nextB[k] = true; nB++; }
      }
      scatter(v, inA, true, a, false);
      scatter(v, inB, true, b, false);
      if (nB == 0 || nB == m.length) return null;
      boolean same = Arrays.equals(nextB, inB) && round > 0;
      for (int k = 0; k < m.length; k++) inA[k] = !nextB[k];
      inB = nextB;
      if (same) break;
    }
    // The cosine of the final parts' centroids.
    scatter(v, inA, true, a, true);
    scatter(v, inB, true, b, true);
    double normA = Math.sqrt(dotSum(v, inA, a)), normB = Math.sqrt(dotSum(v, inB, b));
    cosAB = normA == 0 || normB == 0 ? 1 : dotSum(v, inB, a) / (normA * normB);
    scatter(v, inA, true, a, false);
    scatter(v, inB, true, b, false);
    int nA = m.length - nB;
    if (nA < r.splitMinPart() || nB < r.splitMinPart() || cosAB > r.splitMaxCos()) return null;
    int[] out = new int[nB];
    // Both parts get centroids built from their members, as the online pass builds them.
    Centroid ca = new Centroid(config.centroidTerms()), cb = new Centroid(config.centroidTerms());
    for (int k = 0, u = 0; k < m.length; k++) {
      if (inB[k]) out[u++] = m[k];
      Centroid cl = inB[k] ? cb : ca;
      cl.add(v[k]);
      cl.addEntities(entitiesOf.apply(m[k]));
      cl.addPlaces(placesOf.apply(m[k]));
      cl.touch(day[m[k]]);
    }
    return new Split(out, ca, cb);
  }

  /** Adds (or, with {@code add} false, zeroes) the vectors selected by {@code sel == want} into {@code dense}. */
  private static void scatter(SparseVector[] v, boolean[] sel, boolean want, float[] dense, boolean add) {
    for (int k = 0; k < v.length; k++) {
      if (sel[k] != want) continue;
      int[] ids = v[k].ids();
      float[] w = v[k].weights();
      if (add) for (int j = 0; j < ids.length; j++) dense[ids[j]] += w[j];
      else for (int id : ids) dense[id] = 0f;
    }
  }

  private static double dot(SparseVector v, float[] dense) {
    int[] ids = v.ids();
    float[] w = v.weights();
    double s = 0;
    for (int j = 0; j < ids.length; j++) s += (double) w[j] * dense[ids[j]];
    return s;
  }

  /** Sum of the selected vectors' dot products with {@code dense}: |part|² when dense is that part's sum. */
  private static double dotSum(SparseVector[] v, boolean[] sel, float[] dense) {
    double s = 0;
    for (int k = 0; k < v.length; k++) if (sel[k]) s += dot(v[k], dense);
    return s;
  }

  private static int argMinDot(SparseVector[] v, float[] dense, int skip) {
    int best = -1;
    double lo = Double.POSITIVE_INFINITY;
    for (int k = 0; k < v.length; k++) {
      if (k == skip) continue;
      double d = dot(v[k], dense);
      if (d < lo) { lo = d; best = k; }
    }
    return best;
  }

  /**
   * Merge check ({@link Refine#mergeMinCos}): each story is indexed under its centroid's topK heaviest terms; a story
   * meets the next {@link Config#postingScan} stories of each of its terms' postings, the {@link #MERGE_SCORED} it
   * meets on the most weight get a full centroid cosine, and a qualifying pair merges when each is the other's best.
   */
  private void merge(int n, long[] day, int[] clusterOf, List<Centroid> clusters) {
    Refine r = config.refine();
    int k = clusters.size();
    long[] lo = new long[k], hi = new long[k];
    Arrays.fill(lo, Long.MAX_VALUE);
    Arrays.fill(hi, Long.MIN_VALUE);
    boolean[] live = new boolean[k];
    for (int i = 0; i < n; i++) {
      int c = clusterOf[i];
      live[c] = true;
      if (day[i] == NO_DAY) continue;
      lo[c] = Math.min(lo[c], day[i]);
      hi[c] = Math.max(hi[c], day[i]);
    }
    int[][] top = new int[k][];
    float[][] topW = new float[k][];
    java.util.Map<Integer, IntList> postings = new java.util.HashMap<>();
    for (int c = 0; c < k; c++) {
      if (!live[c]) continue;
      Centroid cl = clusters.get(c);
      SparseVector cv = new SparseVector(cl.ids, cl.w);
      int[] pos = topPositions(cv, config.topK());
      top[c] = new int[pos.length];
      topW[c] = new float[pos.length];
      for (int j = 0; j < pos.length; j++) {
        top[c][j] = cl.ids[pos[j]];
        topW[c][j] = (float) (cl.w[pos[j]] / cl.norm);
        postings.computeIfAbsent(top[c][j], t -> new IntList()).add(c);
      }
    }
    // Per story, the candidate pairs (with a larger story id) that qualify; found in parallel, applied in order.
    double[][] pairCos = new double[k][];
    int[][] pairWith = new int[k][];
    ThreadLocal<float[]> matchedTl = ThreadLocal.withInitial(() -> new float[k]);
    IntStream.range(0, k).parallel().forEach(c -> {
      if (top[c] == null) return;
      float[] matched = matchedTl.get();
      int[] cand = new int[16];
      int nc = 0;
      for (int j = 0; j < top[c].length; j++) {
        IntList p = postings.get(top[c][j]);
        int at = Arrays.binarySearch(p.data, 0, p.size, c);
        for (int q = at + 1, lim = Math.min(p.size, at + 1 + config.postingScan()); q < lim; q++) {
          int o = p.data[q];
          if (matched[o] == 0) {
            if (nc == cand.length) cand = Arrays.copyOf(cand, nc * 2);
            cand[nc++] = o;
          }
          matched[o] += topW[c][j];
        }
      }
      int found = nc;
      int[] all = nc > MERGE_SCORED ? Arrays.copyOf(cand, nc) : cand;
      if (nc > MERGE_SCORED) nc = keepMostMatched(cand, nc, matched, MERGE_SCORED);
      for (int q = 0; q < found; q++) matched[all[q]] = 0;
      double[] cs = new double[nc];
      int[] with = new int[nc];
      int u = 0;
      Centroid a = clusters.get(c);
      for (int q = 0; q < nc; q++) {
        int o = cand[q];
        // Overlapping (or close) dates are part of the evidence: stories without dates never merge here.
        if (lo[c] == Long.MAX_VALUE || lo[o] == Long.MAX_VALUE
            || Math.max(lo[c], lo[o]) - Math.min(hi[c], hi[o]) > config.decayDays()) continue;
        Centroid b = clusters.get(o);
        if (a.norm == 0 || b.norm == 0) continue;
        // Stories the place rule keeps apart (disjoint salient places) stay apart: the merge check only undoes
        // order effects, it does not overrule evidence the single pass had.
        double pf = storyPlaceFactor(a, b);
        if (pf < 1) continue;
        double cos = pf * SparseVector.dot(a.ids, a.w, a.ids.length, b.ids, b.w, b.ids.length) / (a.norm * b.norm);
        if (cos >= r.mergeMinCos()) { cs[u] = cos; with[u++] = o; }
      }
      if (u > 0) { pairCos[c] = Arrays.copyOf(cs, u); pairWith[c] = Arrays.copyOf(with, u); }
    });
    record Pair(double cos, int a, int b) {}
    List<Pair> pairs = new ArrayList<>();
    for (int c = 0; c < k; c++) if (pairCos[c] != null) for (int q = 0; q < pairCos[c].length; q++) pairs.add(new Pair(pairCos[c][q], c, pairWith[c][q]));
    if (pairs.isEmpty()) return;
    // Only mutual best matches merge (each story's most similar qualifying story is the other's too): a story
    // joins at most one other, so no chain of pairwise merges builds a catch-all.
    pairs.sort(Comparator.comparingDouble(Pair::cos).reversed().thenComparingInt(Pair::a).thenComparingInt(Pair::b));
    int[] best = new int[k];
    Arrays.fill(best, -1);
    for (Pair p : pairs) { // in decreasing cosine, so the first pair seen for a story is its best
      if (best[p.a()] < 0) best[p.a()] = p.b();
      if (best[p.b()] < 0) best[p.b()] = p.a();
    }
    int[] target = new int[k];
    for (int c = 0; c < k; c++) target[c] = best[c] >= 0 && best[best[c]] == c ? Math.min(c, best[c]) : c;
    for (int i = 0; i < n; i++) clusterOf[i] = target[clusterOf[i]];
  }

  /** {@link #placeFactor} between two stories: both sides' salient places against the other's places and entities. */
  private double storyPlaceFactor(Centroid a, Centroid b) {
    if (a.places == null || b.places == null) return 1.0;
    for (String p : a.places) if (b.placeSet.contains(p)) return config.places().share();
    for (String p : a.places) if (b.entities.contains(p)) return 1.0;
    for (String p : b.places) if (a.entities.contains(p)) return 1.0;
    return config.places().conflict();
  }

  /**
   * Cosine times time and place factors. The time factor is in [0, 1], the place factor at most
   * {@link Places#share} and the small-batch rule only divides, so a cosine below threshold / share can never
   * win: it is returned as is, without the entity look-ups of the factors (hash look-ups for each of thousands
   * of candidates per article on a big corpus).
   */
  private double score(Centroid cl, float[] dense, long docDay, List<String> docEntities, PlaceQuery pq) {
    double cos = cl.cosine(dense);
    if (cos * config.places().share() < config.threshold()) return cos;
    return cos * timeFactor(cl, docDay, docEntities) * placeFactor(cl, pq);
  }

  private static final String[] NO_PLACES = new String[0];

  /** The document's salient places that are evidence in this batch (not in {@code common}). */
  static String[] evidencePlaces(List<String> places, java.util.Set<String> common) {
    if (places.isEmpty()) return NO_PLACES;
    int k = 0;
    String[] out = new String[places.size()];
    for (String p : places) if (!common.contains(p)) out[k++] = p;
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  /** A document's evidence places, and (built on first need) the set of all its entity ids. */
  static final class PlaceQuery {
    final String[] places;
    private final List<String> entities;
    private java.util.Set<String> entitySet;

    PlaceQuery(String[] places, List<String> entities) {
      this.places = places;
      this.entities = entities;
    }

    boolean mentions(String id) {
      if (entitySet == null) entitySet = new java.util.HashSet<>(entities);
      return entitySet.contains(id);
    }
  }

  /**
   * {@link Places#share} when the document and the story share a salient place; {@link Places#conflict} when both
   * have salient places and neither mentions any of the other's (a document about a district that names its
   * province, or a story that once named the district, is no conflict); 1 otherwise. At most
   * |document places| + {@link #CLUSTER_PLACES} set look-ups.
   */
  private double placeFactor(Centroid cl, PlaceQuery pq) {
    if (pq == null || cl.places == null) return 1.0;
    for (String p : pq.places) if (cl.placeSet.contains(p)) return config.places().share();
    for (String p : pq.places) if (cl.entities.contains(p)) return 1.0;
    for (String p : cl.places) if (pq.mentions(p)) return 1.0;
    return config.places().conflict();
  }

  private double timeFactor(Centroid c, long docDay, List<String> docEntities) {
    if (config.halfLifeDays() <= 0 || docDay == NO_DAY || c.lastDay == NO_DAY) return 1.0;
    long gap = Math.abs(docDay - c.lastDay);
    if (gap <= config.decayDays()) return 1.0;
    // A story may run for years (the seeds span three): when the article names the same actors or places
    // as the story, time only raises the bar (bounded by TIME_FLOOR). Topic words alone do not carry
    // across a long gap, which keeps two similar floods a year apart in two stories.
    double floor = c.sharedEntities(docEntities) >= MIN_SHARED_ENTITIES ? TIME_FLOOR : 0;
    return floor + (1 - floor) * Math.pow(0.5, (gap - config.decayDays()) / config.halfLifeDays());
  }

  /** Ids of the k heaviest terms (ties by smaller id). */
  static int[] topTerms(SparseVector v, int k) {
    return idsAt(v, topPositions(v, k));
  }

  /** Positions in {@code v} of its k heaviest terms (ties by smaller id); every position when it has at most k. */
  static int[] topPositions(SparseVector v, int k) {
    int m = v.size();
    if (m <= k) {
      int[] all = new int[m];
      for (int i = 0; i < m; i++) all[i] = i;
      return all;
    }
    // One primitive sort instead of boxed indexes: the key orders by weight descending, then position
    // (= id, ids are ascending) ascending. Weights are non-negative, where a float's bits order as it does.
    float[] w = v.weights();
    long[] key = new long[m];
    for (int i = 0; i < m; i++) key[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(w[i])) << 32) | i;
    Arrays.sort(key);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) out[i] = (int) key[i];
    return out;
  }

  private static int[] idsAt(SparseVector v, int[] positions) {
    int[] out = new int[positions.length];
    for (int i = 0; i < positions.length; i++) out[i] = v.ids()[positions[i]];
    return out;
  }

  /**
   * Keeps, in place and in their original order, the {@code keep} candidates with the most matched query
   * weight (ties to the one found first, so the choice is deterministic); returns {@code keep}.
   */
  static int keepMostMatched(int[] cand, int nc, float[] matched, int keep) {
    // Key: matched weight descending (non-negative float bits order as the floats), then position ascending.
    long[] key = new long[nc];
    for (int k = 0; k < nc; k++) key[k] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(matched[cand[k]])) << 32) | k;
    Arrays.sort(key);
    int[] pos = new int[keep];
    for (int k = 0; k < keep; k++) pos[k] = (int) key[k];
    Arrays.sort(pos);
    for (int k = 0; k < keep; k++) cand[k] = cand[pos[k]];
    return keep;
  }

  /** The boxed-sort original of {@link #topTerms}, kept for its test. */
  static int[] topTermsReference(SparseVector v, int k) {
    int m = v.size();
    if (m <= k) return v.ids().clone();
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) order[i] = i;
    float[] w = v.weights();
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Float.compare(w[b], w[a]) : Integer.compare(a, b));
    int[] out = new int[k];
    for (int i = 0; i < k; i++) out[i] = v.ids()[order[i]];
    return out;
  }

  /** Sum of member vectors, pruned to the heaviest terms; sorted parallel arrays. */
  static final class Centroid {
    private final int cap;
    int[] ids = new int[0];
    float[] w = new float[0];
    double norm;
    long lastDay = NO_DAY;

    Centroid(int cap) { this.cap = cap; }

    /** Cosine with a unit-length document given as a dense array (zero where it has no term). */
    double cosine(float[] dense) {
      if (norm == 0) return 0;
      double s = 0;
      for (int k = 0; k < ids.length; k++) s += (double) dense[ids[k]] * w[k];
      return s / norm;
    }

    final java.util.Set<String> entities = new java.util.HashSet<>();

    void addEntities(List<String> ids) {
      for (String id : ids) {
        if (entities.size() >= CLUSTER_ENTITIES) return;
        entities.add(id);
      }
    }

    /** Salient places of the members (evidence places only), the first {@link #CLUSTER_PLACES} seen; null while none. */
    List<String> places;
    java.util.Set<String> placeSet;

    void addPlaces(String[] ps) {
      if (ps.length == 0) return;
      if (places == null) {
        places = new ArrayList<>(ps.length);
        placeSet = new java.util.HashSet<>();
      }
      for (String p : ps) {
        if (places.size() >= CLUSTER_PLACES) return;
        if (placeSet.add(p)) places.add(p);
      }
    }

    int sharedEntities(List<String> ids) {
      int n = 0;
      for (String id : ids) if (entities.contains(id)) n++;
      return n;
    }

    void touch(long day) {
      if (day != NO_DAY && (lastDay == NO_DAY || day > lastDay)) lastDay = day;
    }

    void add(SparseVector v) {
      int[] a = v.ids();
      float[] aw = v.weights();
      int[] mi = new int[ids.length + a.length];
      float[] mw = new float[mi.length];
      int i = 0, j = 0, m = 0;
      while (i < ids.length || j < a.length) {
        if (j >= a.length || (i < ids.length && ids[i] < a[j])) { mi[m] = ids[i]; mw[m++] = w[i++]; }
        else if (i >= ids.length || a[j] < ids[i]) { mi[m] = a[j]; mw[m++] = aw[j++]; }
        else { mi[m] = ids[i]; mw[m++] = w[i++] + aw[j++]; }
      }
      if (m > cap) {
        // Keep the cap heaviest terms: find the cut weight, then keep id order.
        float[] sorted = Arrays.copyOf(mw, m);
        Arrays.sort(sorted);
        float cut = sorted[m - cap];
        int keepAtCut = 0;
        for (int k = m - cap; k < m && sorted[k] == cut; k++) keepAtCut++;
        int u = 0;
        for (int k = 0; k < m; k++) {
          if (mw[k] > cut || (mw[k] == cut && keepAtCut-- > 0)) { mi[u] = mi[k]; mw[u++] = mw[k]; }
        }
        m = u;
      }
      ids = Arrays.copyOf(mi, m);
      w = Arrays.copyOf(mw, m);
      double s = 0;
      for (float x : w) s += (double) x * x;
      norm = Math.sqrt(s);
    }
  }

  static final class IntList {
    int[] data = new int[4];
    int size;

    void add(int v) {
      if (size == data.length) data = Arrays.copyOf(data, size * 2);
      data[size++] = v;
    }
  }
}
