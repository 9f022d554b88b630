package dev.storyline.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.bench.CorpusGenerator;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast scoring of {@link StoryGrouper} must give exactly the plain per-candidate cosine's clusters when every
 * candidate is scored; the default candidate pruning may change a few articles' stories and no more.
 */
class StoryGrouperScoringTest {

  private static final String[] ONSETS = {"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "ph", "qu", "s", "t", "th", "tr", "v", "x"};
  private static final String[] RHYMES = {"a", "an", "anh", "ao", "ăm", "ân", "e", "ênh", "i", "inh", "o", "oan", "ông", "u", "ung", "ươc", "ưu", "y"};

  /**
   * Topics with their own words over a shared everyday vocabulary, long enough that big clusters hit
   * the centroid cap (pruning, terms added back), dated over two years so the time factor matters, with
   * entities from a small pool so the entity rules fire too.
   */
  static List<GroupDoc> synthetic(int n, int topics, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    String[] common = words(rng, 400);
    String[][] topicWords = new String[topics][];
    for (int t = 0; t < topics; t++) topicWords[t] = words(rng, 120);
    List<GroupDoc> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int t = rng.nextInt(topics);
      StringBuilder b = new StringBuilder();
      int len = 150 + rng.nextInt(250);
      for (int w = 0; w < len; w++) {
        String[] from = rng.nextInt(100) < 45 ? topicWords[t] : common;
        // Zipf-like: low indexes far more often, so each topic has a core and a long tail.
        int k = (int) (from.length * Math.pow(rng.nextDouble(), 2.5));
        b.append(from[k]).append(w % 17 == 16 ? ". " : " ");
      }
      PartialDate date = rng.nextInt(20) == 0 ? null
          : PartialDate.ofDay(2021 + (t % 2), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
      List<String> ents = new ArrayList<>();
      for (int e = rng.nextInt(4); e > 0; e--) ents.add("Q" + (rng.nextInt(3) == 0 ? rng.nextInt(30) : t * 7 + rng.nextInt(3)));
      String title = topicWords[t][rng.nextInt(10)] + " " + topicWords[t][rng.nextInt(30)] + " " + common[rng.nextInt(50)];
      out.add(new GroupDoc("d" + i, title, b.toString(), date, ents));
    }
    return out;
  }

  private static String[] words(SplittableRandom rng, int count) {
    String[] w = new String[count];
    for (int i = 0; i < count; i++) {
      w[i] = ONSETS[rng.nextInt(ONSETS.length)] + RHYMES[rng.nextInt(RHYMES.length)]
          + (rng.nextBoolean() ? "" : " " + ONSETS[rng.nextInt(ONSETS.length)] + RHYMES[rng.nextInt(RHYMES.length)]);
    }
    return w;
  }

  private static void assertSameAsReference(StoryGrouper g, List<GroupDoc> docs) {
    List<List<Integer>> ref = g.group(docs, StoryGrouper.Scoring.REFERENCE);
    assertThat(new StoryGrouper(g.config().withMaxScored(0)).group(docs)).isEqualTo(ref);
  }

  /** B-cubed F1 of one partition against another (both lists of index lists over the same items). */
  static double bcubed(List<List<Integer>> gold, List<List<Integer>> pred, int n) {
    int[] g = new int[n], p = new int[n];
    for (int c = 0; c < gold.size(); c++) for (int i : gold.get(c)) g[i] = c;
    for (int c = 0; c < pred.size(); c++) for (int i : pred.get(c)) p[i] = c;
    double prec = 0, rec = 0;
    for (int i = 0; i < n; i++) {
      int both = 0;
      for (int j : pred.get(p[i])) if (g[j] == g[i]) both++;
      prec += (double) both / pred.get(p[i]).size();
      rec += (double) both / gold.get(g[i]).size();
    }
    prec /= n;
    rec /= n;
    return 2 * prec * rec / (prec + rec);
  }

  @Test
  void scoringOnlyTheBestMatchedCandidatesBarelyChangesTheStories() {
    List<GroupDoc> docs = synthetic(1500, 120, 21);
    StoryGrouper.Config all = StoryGrouper.Config.defaults().withMaxScored(0);
    List<List<Integer>> ref = new StoryGrouper(all).group(docs, StoryGrouper.Scoring.REFERENCE);
    List<List<Integer>> pruned = new StoryGrouper().group(docs);
    assertThat(StoryGrouper.Config.defaults().maxScored()).isPositive();
    assertThat(bcubed(ref, pruned, docs.size())).isGreaterThan(0.99);
    // The pruning is really applied: keeping a single candidate does change stories here.
    List<List<Integer>> one = new StoryGrouper(all.withMaxScored(1)).group(docs);
    assertThat(one).isNotEqualTo(ref);
  }

  @Test
  void documentsFetchedByIndexGroupExactlyAsAList() {
    // More documents than one scan chunk, so both passes cross chunk borders; dates out of order.
    List<GroupDoc> docs = synthetic(TfIdfVectorizer.SCAN_CHUNK + 500, 60, 13);
    java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
    List<List<Integer>> streamed = new StoryGrouper().group(docs.size(), i -> {
      fetched.incrementAndGet();
      return docs.get(i);
    });
    assertThat(streamed).isEqualTo(new StoryGrouper().group(docs));
    // The refinement pass reads the members of the stories it checks once more (and those of a kept split twice).
    assertThat(fetched.get()).isBetween(2 * docs.size(), 5 * docs.size());
    // Without it: read twice (vocabulary pass, then vectors), nothing kept in between.
    fetched.set(0);
    StoryGrouper single = new StoryGrouper(StoryGrouper.Config.defaults().withRefine(StoryGrouper.Refine.OFF));
    List<List<Integer>> singleStreamed = single.group(docs.size(), i -> {
      fetched.incrementAndGet();
      return docs.get(i);
    });
    assertThat(singleStreamed).isEqualTo(single.group(docs));
    assertThat(fetched.get()).isEqualTo(2 * docs.size());
  }

  @Test
  void keepMostMatchedKeepsTheHeaviestInTheirOriginalOrder() {
    int[] cand = {7, 3, 9, 1, 4};
    float[] matched = new float[10];
    matched[7] = 0.2f; matched[3] = 0.9f; matched[9] = 0.2f; matched[1] = 0.1f; matched[4] = 0.5f;
    assertThat(StoryGrouper.keepMostMatched(cand, 5, matched, 3)).isEqualTo(3);
    // 3 (0.9) and 4 (0.5), then the tie at 0.2 goes to 7, found before 9; order as found.
    assertThat(java.util.Arrays.copyOf(cand, 3)).containsExactly(7, 3, 4);
  }

  @Test
  void bigSyntheticBatchGroupsExactlyAsTheReference() {
    List<GroupDoc> docs = synthetic(600, 40, 11);
    StoryGrouper g = new StoryGrouper();
    List<List<Integer>> ref = g.group(docs, StoryGrouper.Scoring.REFERENCE);
    // Not a trivial corpus: real merging happens, and not everything collapses into one story.
    assertThat(ref.size()).isBetween(20, 500);
    assertThat(ref.stream().mapToInt(List::size).max().orElseThrow()).isGreaterThan(8);
    assertThat(new StoryGrouper(g.config().withMaxScored(0)).group(docs)).isEqualTo(ref);
  }

  @Test
  void otherThresholdsSmallCapsAndSmallBatchesAgreeToo() {
    List<GroupDoc> docs = synthetic(300, 15, 5);
    StoryGrouper.Config base = StoryGrouper.Config.defaults();
    for (double t : new double[] {0.05, 0.12, 0.3}) assertSameAsReference(new StoryGrouper(base.withThreshold(t)), docs);
    // A tiny centroid cap prunes on almost every join, so terms leave and come back.
    StoryGrouper.Config tinyCap = new StoryGrouper.Config(0.12, base.vectors(), 5, 8, 20, 14, 60, true);
    assertSameAsReference(new StoryGrouper(tinyCap), docs);
    assertSameAsReference(new StoryGrouper(base.withNearDuplicates(false).withTime(0, 0)), docs);
    assertSameAsReference(new StoryGrouper(), docs.subList(0, 15));
  }

  @Test
  void examplesAndAGeneratedCorpusGroupExactlyAsTheReference() throws Exception {
    Path ex = null;
    for (Path p = Path.of("").toAbsolutePath(); p != null && ex == null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples"))) ex = p.resolve("examples");
    }
    assertThat(ex).isNotNull();
    List<RawArticle> raw = new ArticleReader().read(List.of(ex.toString())).articles();
    assertThat(raw).hasSizeGreaterThan(20);
    List<GroupDoc> docs = new ArrayList<>();
    for (RawArticle a : raw) docs.add(new GroupDoc(a.id(), a.title(), a.text(), a.published(), List.of()));
    assertSameAsReference(new StoryGrouper(), docs);
    assertSameAsReference(new StoryGrouper(), docs.subList(0, 12));
    List<GroupDoc> gen = new ArrayList<>();
    for (RawArticle a : new CorpusGenerator(raw, 3).generate(800)) {
      gen.add(new GroupDoc(a.id(), a.title(), a.text(), a.published(), List.of()));
    }
    assertSameAsReference(new StoryGrouper(), gen);
  }

  @Test
  void topTermsPicksTheHeaviestWithTiesToTheSmallerIdLikeTheBoxedSort() {
    SplittableRandom rng = new SplittableRandom(9);
    for (int round = 0; round < 300; round++) {
      int m = 1 + rng.nextInt(200);
      int[] ids = new int[m];
      float[] w = new float[m];
      int id = 0;
      for (int i = 0; i < m; i++) {
        id += 1 + rng.nextInt(5);
        ids[i] = id;
        // Few distinct weights (zero among them), so ties are everywhere.
        w[i] = rng.nextInt(6) / 4f;
      }
      SparseVector v = new SparseVector(ids, w);
      int k = 1 + rng.nextInt(80);
      assertThat(StoryGrouper.topTerms(v, k)).containsExactly(StoryGrouper.topTermsReference(v, k));
    }
    SparseVector tie = new SparseVector(new int[] {3, 5, 8, 9}, new float[] {0.5f, 0.9f, 0.5f, 0.5f});
    assertThat(StoryGrouper.topTerms(tie, 3)).containsExactly(5, 3, 8);
  }
}
