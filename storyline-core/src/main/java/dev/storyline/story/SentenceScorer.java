package dev.storyline.story;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
import dev.storyline.model.TimeExpression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A learned linear scorer of summary sentences. Each sentence gets a small vector of features (where it
 * stands in its article and in the story, its length, how close it is to the story's centroid, how much
 * of it other articles repeat, overlap with the headlines and with other articles' leads, entities,
 * numbers, quotes); the score is a dot product with weights fitted by ridge least squares on the even
 * ViMs clusters, the label being the sentence's ROUGE-2 precision against the human summaries
 * ({@code SummaryEval train}, see docs/eval-summaries.md). Every feature is language-general (no
 * word lists beyond the shared stop and anaphora lists), so the weights are not ViMs trivia.
 *
 * <p>Features are roughly in [0, 1] so the weights can be read and compared.
 */
public final class SentenceScorer {
  /** Feature names, in vector order; index 0 is the bias. */
  public static final List<String> FEATURES = List.of(
      "bias", "first_sentence", "inverse_position", "relative_position", "first_paragraph", "article_rank",
      "first_article", "length", "length_squared", "centroid", "centroid_unigrams", "centroid_bigrams",
      "bigram_support", "bigram_shared", "content_bigram_support", "content_bigram_shared", "title_overlap", "own_title_coverage", "other_leads_overlap",
      "entities", "entity_centrality", "numbers", "times", "quote");

  /**
   * Weights fitted on the even ViMs clusters by {@code SummaryEval <vims.jsonl> tune} (ridge 1.0, label:
   * ROUGE-2 precision); re-run it and paste its "as Java" line after changing a feature.
   */
  static final double[] WEIGHTS = {-0.06139, -0.16319, 0.26795, 0.04946, -0.10020, -0.01286, -0.01263, -0.02724,
      -0.01449, 0.41763, 0.03164, 0.37187, 0.31640, -0.00832, 0.19975, -0.05227, 0.08357, 0.00648, 0.07234, -0.00270,
      0.01792, 0.01490, -0.00540, -0.02892};

  private final double[] weights;

  public SentenceScorer(double[] weights) {
    if (weights.length != FEATURES.size())
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    this.weights = weights.clone();
  }

  public static SentenceScorer defaults() { return new SentenceScorer(WEIGHTS); }

  public double[] weights() { return weights.clone(); }

  public double score(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += weights[i] * x[i];
    return s;
  }

  /** A summary candidate with its features, for training and inspection. */
  public record Candidate(int doc, int index, String text, int syllables, double[] features) {}

  /**
   * The sentences of a group that the summary may use (articles in story order: oldest first), each
   * with its features. The stages' output is all this needs, so training sees exactly what the
   * summariser sees.
   */
  public static List<Candidate> candidates(List<AnalyzedArticle> articles) {
    List<AnalyzedArticle> docs = new ArrayList<>(articles);
    docs.sort(StoryBuilder.ARTICLE_ORDER);
    StoryBuilder.Vocabulary vocab = new StoryBuilder.Vocabulary();
    StoryBuilder.Sent[][] sents = StoryBuilder.analyse(docs, vocab);
    StoryBuilder.score(docs, sents);
    features(docs, sents, vocab);
    List<Candidate> out = new ArrayList<>();
    for (StoryBuilder.Sent[] row : sents)
      for (StoryBuilder.Sent s : row)
        if (StoryBuilder.summaryWorthy(s)) out.add(new Candidate(s.doc, s.index, s.text, s.syl.size(), s.x.clone()));
    return out;
  }

  /** Fills {@code Sent.x} for every sentence. Linear in the number of sentence features. */
  static void features(List<AnalyzedArticle> docs, StoryBuilder.Sent[][] sents, StoryBuilder.Vocabulary vocab) {
    int nDocs = docs.size();
    // Headline features: added to the vocabulary first so every array below covers them.
    int[][] titles = new int[nDocs][];
    for (int d = 0; d < nDocs; d++) {
      String t = docs.get(d).article().title();
      titles[d] = t == null || t.isBlank() ? new int[0] : vocab.features(TextFeatures.syllables(t, 0, t.length()))[0];
    }
    int size = vocab.size();
    java.util.BitSet bigram = vocab.bigramIds;
    java.util.BitSet content = vocab.contentBigramIds;
    int[] docCount = new int[size];
    int[] lastDoc = new int[size];
    Arrays.fill(lastDoc, -1);
    int[] leadCount = new int[size];
    int[] lastLead = new int[size];
    Arrays.fill(lastLead, -1);
    boolean[][] inFirstParagraph = new boolean[nDocs][];
    for (int d = 0; d < nDocs; d++) {
      AnalyzedArticle a = docs.get(d);
      int firstEnd = a.article().paragraphs().isEmpty() ? Integer.MAX_VALUE : a.article().paragraphs().get(0).end();
      StoryBuilder.Sent[] row = sents[d];
      inFirstParagraph[d] = new boolean[row.length];
      for (int i = 0; i < row.length; i++) {
        StoryBuilder.Sent s = row[i];
        boolean lead = s.start < firstEnd || i == 0;
        inFirstParagraph[d][i] = lead;
        for (int f : s.feats) {
          if (lastDoc[f] != d) { lastDoc[f] = d; docCount[f]++; }
          if (lead && lastLead[f] != d) { lastLead[f] = d; leadCount[f]++; }
        }
      }
    }
    int[] titleCount = new int[size];
    for (int[] t : titles) for (int f : t) titleCount[f]++;

    // Centroids restricted to unigrams and to bigrams (the full one is Sent.centrality).
    double[] cu = new double[size], cb = new double[size];
    for (StoryBuilder.Sent[] row : sents)
      for (StoryBuilder.Sent s : row) {
        if (s.norm == 0) continue;
        for (int i = 0; i < s.feats.length; i++) (bigram.get(s.feats[i]) ? cb : cu)[s.feats[i]] += s.weights[i] / s.norm;
      }
    double cuNorm = norm(cu), cbNorm = norm(cb);
    double otherDocs = Math.max(1, nDocs - 1);

    for (int d = 0; d < nDocs; d++) {
      AnalyzedArticle a = docs.get(d);
      StoryBuilder.Sent[] row = sents[d];
      int[] ownTitle = titles[d];
      // Per-sentence counts in one pass over each annotation list (binary search of the sentence), so a
      // long article costs its annotations plus its sentences, not their product.
      int[] quantities = new int[row.length], times = new int[row.length];
      boolean[] quoted = new boolean[row.length];
      for (Quantity q : a.quantities()) {
        int si = StoryBuilder.sentenceAt(a.sentences(), q.start());
        if (si >= 0 && si < row.length) quantities[si]++;
      }
      for (TimeExpression t : a.times()) {
        int si = StoryBuilder.sentenceAt(a.sentences(), t.start());
        if (si >= 0 && si < row.length) times[si]++;
      }
      for (Quote q : a.quotes()) {
        if (!q.direct()) continue;
        int first = StoryBuilder.sentenceAt(a.sentences(), q.start());
        int last = StoryBuilder.sentenceAt(a.sentences(), Math.max(q.start(), q.end() - 1));
        if (first < 0 || last < 0) continue;
        for (int si = first; si <= last && si < row.length; si++) quoted[si] = true;
      }
      for (int i = 0; i < row.length; i++) {
        StoryBuilder.Sent s = row[i];
        double[] x = new double[FEATURES.size()];
        int k = 0;
        x[k++] = 1;
        x[k++] = i == 0 ? 1 : 0;
        x[k++] = 1.0 / (i + 1);
        x[k++] = row.length <= 1 ? 0 : (double) i / (row.length - 1);
        x[k++] = inFirstParagraph[d][i] ? 1 : 0;
        x[k++] = nDocs <= 1 ? 0 : (double) d / (nDocs - 1);
        x[k++] = d == 0 ? 1 : 0;
        double len = Math.min(100, s.syl.size()) / 50.0;
        x[k++] = len;
        x[k++] = len * len;
        x[k++] = s.centrality;
        double du = 0, db = 0, nu = 0, nb = 0, support = 0, supportWeight = 0;
        double contentSupport = 0;
        int contentBigrams = 0, contentShared = 0;
        int bigrams = 0, shared = 0, inTitles = 0, inOwnTitle = 0, inOtherLeads = 0;
        boolean lead = inFirstParagraph[d][i];
        for (int j = 0; j < s.feats.length; j++) {
          int f = s.feats[j];
          double w = s.weights == null ? 0 : s.weights[j];
          if (bigram.get(f)) {
            db += w * cb[f]; nb += w * w;
            bigrams++;
            int others = docCount[f] - 1;
            if (others > 0) shared++;
            support += w * others / otherDocs;
            supportWeight += w;
            if (content.get(f)) {
              contentBigrams++;
              if (others > 0) contentShared++;
              contentSupport += others / otherDocs;
            }
          } else {
            du += w * cu[f]; nu += w * w;
          }
          if (titleCount[f] > 0) inTitles++;
          if (Arrays.binarySearch(ownTitle, f) >= 0) inOwnTitle++;
          if (leadCount[f] - (lead ? 1 : 0) > 0) inOtherLeads++;
        }
        int nf = Math.max(1, s.feats.length);
        x[k++] = nu == 0 || cuNorm == 0 ? 0 : du / (Math.sqrt(nu) * cuNorm);
        x[k++] = nb == 0 || cbNorm == 0 ? 0 : db / (Math.sqrt(nb) * cbNorm);
        x[k++] = supportWeight == 0 ? 0 : support / supportWeight;
        x[k++] = bigrams == 0 ? 0 : (double) shared / bigrams;
        x[k++] = contentBigrams == 0 ? 0 : contentSupport / contentBigrams;
        x[k++] = contentBigrams == 0 ? 0 : (double) contentShared / contentBigrams;
        x[k++] = (double) inTitles / nf;
        x[k++] = ownTitle.length == 0 ? 0 : (double) inOwnTitle / ownTitle.length;
        x[k++] = (double) inOtherLeads / nf;
        x[k++] = Math.min(5, s.entities.size()) / 5.0;
        x[k++] = s.entityCentrality;
        x[k++] = Math.min(3, quantities[i]) / 3.0;
        x[k++] = Math.min(2, times[i]) / 2.0;
        x[k++] = quoted[i] || hasQuoteMark(s.text) ? 1 : 0;
        s.x = x;
      }
    }
  }

  private static double norm(double[] v) {
    double sq = 0;
    for (double c : v) sq += c * c;
    return Math.sqrt(sq);
  }

  /** Quote marks in the sentence (speech tends to be detail, not summary). */
  static boolean hasQuoteMark(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '“' || c == '”' || c == '"') return true;
    }
    return false;
  }

  /**
   * Ridge least squares: the weights minimising sum (x·w − y)² + lambda·|w|² (the bias is not
   * penalised), solved through the normal equations (the feature count is small).
   */
  public static double[] fit(List<double[]> xs, double[] ys, double lambda) {
    int p = xs.get(0).length;
    double[][] a = new double[p][p + 1];
    for (int r = 0; r < xs.size(); r++) {
      double[] x = xs.get(r);
      for (int i = 0; i < p; i++) {
        for (int j = 0; j < p; j++) a[i][j] += x[i] * x[j];
        a[i][p] += x[i] * ys[r];
      }
    }
    for (int i = 1; i < p; i++) a[i][i] += lambda;
    // Gauss-Jordan with partial pivoting.
    for (int c = 0; c < p; c++) {
      int piv = c;
      for (int r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
      double[] t = a[c]; a[c] = a[piv]; a[piv] = t;
      if (Math.abs(a[c][c]) < 1e-12) continue;
      for (int r = 0; r < p; r++) {
        if (r == c) continue;
        double m = a[r][c] / a[c][c];
        if (m != 0) for (int j = c; j <= p; j++) a[r][j] -= m * a[c][j];
      }
    }
    double[] w = new double[p];
    for (int i = 0; i < p; i++) w[i] = Math.abs(a[i][i]) < 1e-12 ? 0 : a[i][p] / a[i][i];
    return w;
  }
}
