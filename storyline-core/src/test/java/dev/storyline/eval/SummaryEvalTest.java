package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.clean.Cleaner;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryEvalTest {
  @TempDir Path dir;

  private static final String DOC1 = "Cơn mưa lớn kéo dài hai ngày đã làm ngập nhiều tuyến phố ở thị xã ven sông. "
      + "Chính quyền đã sơ tán hàng trăm hộ dân tới các trường học an toàn. "
      + "Lực lượng cứu hộ túc trực suốt đêm để hỗ trợ người già và trẻ nhỏ.";
  private static final String DOC2 = "Nước sông tiếp tục dâng cao khiến nhiều tuyến phố ở thị xã ven sông bị ngập sâu. "
      + "Các trường học được dùng làm nơi tránh lũ cho hàng trăm hộ dân.";

  private Path file() throws IOException {
    // NFD text, as ViMs ships it: the loader must normalise it.
    String nfd = Normalizer.normalize(DOC1, Normalizer.Form.NFD);
    String line = "{\"cluster_id\":\"C1\",\"documents\":["
        + "{\"id\":\"1\",\"title\":\"Mưa lớn\",\"date\":\"2024-05-02\",\"lead\":\"\",\"text\":\"" + nfd + "\"},"
        + "{\"id\":\"2\",\"title\":\"Nước dâng\",\"date\":\"2024-05-03\",\"lead\":\"\",\"text\":\"" + DOC2 + "\"}],"
        + "\"summaries\":[\"Mưa lớn làm ngập nhiều tuyến phố ở thị xã ven sông và hàng trăm hộ dân được sơ tán.\","
        + "\"Hàng trăm hộ dân ở thị xã ven sông phải sơ tán vì ngập.\"]}";
    Path f = dir.resolve("c.jsonl");
    Files.writeString(f, line + "\n" + line.replace("C1", "C2") + "\n");
    return f;
  }

  @Test
  void loadsClustersInNfcWithReferences() throws IOException {
    List<SummaryEval.Cluster> cs = SummaryEval.load(file());
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).articles()).hasSize(2);
    assertThat(cs.get(0).articles().get(0).text()).isEqualTo(DOC1);
    assertThat(cs.get(0).references()).hasSize(2);
    assertThat(cs.get(1).index()).isEqualTo(1);
  }

  @Test
  void leadTakesTheEarliestArticlesFirstSentencesUpToTheBudget() {
    AnalyzedArticle later = analyze("b", DOC2, PartialDate.ofDay(2024, 5, 3));
    AnalyzedArticle earlier = analyze("a", DOC1, PartialDate.ofDay(2024, 5, 2));
    String lead = SummaryEval.lead(List.of(later, earlier), 5);
    assertThat(lead).startsWith("Cơn mưa lớn").doesNotContain("Chính quyền");
    assertThat(SummaryEval.lead(List.of(later, earlier), 25)).contains("Chính quyền").doesNotContain("Lực lượng");
  }

  @Test
  void centroidPrefersSentencesSharedAcrossArticlesAndKeepsArticleOrder() {
    AnalyzedArticle a = analyze("a", DOC1, PartialDate.ofDay(2024, 5, 2));
    AnalyzedArticle b = analyze("b", DOC2, PartialDate.ofDay(2024, 5, 3));
    String c = SummaryEval.centroid(List.of(b, a), 10);
    assertThat(c).doesNotContain("Lực lượng cứu hộ");
    String longer = SummaryEval.centroid(List.of(b, a), 1000);
    assertThat(longer.indexOf("Cơn mưa")).isLessThan(longer.indexOf("Nước sông"));
  }

  @Test
  void runScoresThreeSystemsOnEverySubsetAndPrintsATable() throws IOException {
    SummaryEval.Result r = SummaryEval.run(file());
    assertThat(r.scores()).hasSize(2 * SummaryEval.SYSTEMS.size());
    assertThat(r.budget()).isPositive();
    for (String system : SummaryEval.SYSTEMS) {
      assertThat(r.mean(SummaryEval.ALL, system, 1)).isBetween(0.1, 1.0);
      assertThat(r.mean(SummaryEval.EVEN, system, 2)).isEqualTo(r.mean(SummaryEval.ODD, system, 2)); // identical clusters
    }
    StringBuilder sb = new StringBuilder();
    SummaryEval.printReport(r, sb);
    assertThat(sb).contains("storyline").contains("lead").contains("centroid").contains("ms per story")
        .contains("CPU ms per story");
    for (SummaryEval.Score s : r.scores()) assertThat(s.cpuSeconds()).isGreaterThanOrEqualTo(0);
    assertThat(r.meanCpuSeconds("storyline")).isPositive();
  }

  @Test
  void trainFitsOneWeightPerFeatureOnTheEvenClustersOnly() throws IOException {
    List<SummaryEval.Prepared> prepared = SummaryEval.prepare(SummaryEval.load(file()));
    double[] w = SummaryEval.train(prepared, SummaryEval.RIDGE);
    assertThat(w).hasSize(dev.storyline.story.SentenceScorer.FEATURES.size());
    for (double x : w) assertThat(Double.isFinite(x)).isTrue();
    // The odd cluster is never read: training without it gives the same weights.
    assertThat(SummaryEval.train(prepared.subList(0, 1), SummaryEval.RIDGE)).containsExactly(w);
    assertThat(SummaryEval.javaArray(new double[] {0.5, -0.25})).isEqualTo("{0.50000, -0.25000}");
  }

  @Test
  void crossValidationFitsOnOneEvenFoldAndScoresTheOtherLeavingOddClustersOut() throws IOException {
    String two = Files.readString(file());
    Path f = dir.resolve("four.jsonl");
    Files.writeString(f, two + two.replace("C1", "C3").replace("C2", "C4"));
    List<SummaryEval.Cluster> clusters = SummaryEval.load(f);
    List<SummaryEval.Prepared> prepared = SummaryEval.prepare(clusters);
    List<SummaryEval.Fold> folds = SummaryEval.crossValidate(f, prepared, 30);
    assertThat(folds).extracting(SummaryEval.Fold::testRemainder).containsExactly(2, 0);
    for (SummaryEval.Fold fold : folds) {
      assertThat(fold.trainClusters()).isEqualTo(1); // index 0 or 2: the odd ones (1, 3) are not used
      assertThat(fold.testClusters()).isEqualTo(1);
      assertThat(fold.fitted()).isBetween(0.0, 1.0);
      assertThat(fold.shipped()).isBetween(0.0, 1.0);
    }
    // The given budget is used, not the subset's own: a tiny budget gives a different (shorter) summary.
    SummaryEval.Result small = SummaryEval.evaluate(f, prepared.subList(0, 1), SummaryEval.Budget.GLOBAL,
        dev.storyline.story.StoryBuilder.Scoring.defaults(), List.of("storyline"), 1);
    SummaryEval.Result large = SummaryEval.evaluate(f, prepared.subList(0, 1), SummaryEval.Budget.GLOBAL,
        dev.storyline.story.StoryBuilder.Scoring.defaults(), List.of("storyline"), 1000);
    assertThat(small.budget()).isEqualTo(1);
    assertThat(small.meanSyllables("storyline")).isLessThan(large.meanSyllables("storyline"));
  }

  private static AnalyzedArticle analyze(String id, String text, PartialDate date) {
    return new ArticleAnalyzer().analyze(new Cleaner().clean(new RawArticle(id, id, "", text, date, "", "")));
  }
}
