package dev.storyline.story;

import static dev.storyline.fixture.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityType;
import dev.storyline.story.SentenceScorer.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceScorerTest {
  // Three reports of one (invented) landslide; "đường đèo" and the death toll recur, the other details do not.
  private final AnalyzedArticle first = article("a", "2024-09-01").title("Sạt lở đường đèo làm ba người chết")
      .sentence("Một vụ sạt lở đất trên đường đèo Mây Trắng làm ba người chết vào chiều thứ bảy.")
      .quantity("ba người", 3, "người")
      .paragraph()
      .sentence("Chiếc xe khách chở mười hai hành khách bị đất đá vùi lấp một phần.")
      .sentence("Người dân trong bản kể rằng con suối gần đó đã đổi màu từ mấy hôm trước.")
      .build();
  private final AnalyzedArticle second = article("b", "2024-09-02").title("Đường đèo Mây Trắng vẫn tê liệt")
      .sentence("Sạt lở đất trên đường đèo Mây Trắng khiến ba người chết và giao thông tê liệt.")
      .paragraph()
      .sentence("Ông Lò Văn Tám nói: “Chúng tôi chưa từng thấy mưa lớn như vậy”.")
      .build();
  private final AnalyzedArticle third = article("c", "2024-09-03")
      .sentence("Lực lượng cứu hộ đã mở lại một làn xe trên đường đèo Mây Trắng sau vụ sạt lở đất.")
      .paragraph()
      .sentence("Một cửa hàng tạp hóa ở thị trấn bán hết nước đóng chai trong buổi sáng.")
      .build();

  private static double f(Candidate c, String feature) { return c.features()[SentenceScorer.FEATURES.indexOf(feature)]; }

  private static Candidate find(List<Candidate> cs, String start) {
    return cs.stream().filter(c -> c.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void shippedWeightsMatchTheFeatureList() {
    assertThat(SentenceScorer.WEIGHTS).hasSize(SentenceScorer.FEATURES.size());
    assertThat(SentenceScorer.defaults().weights()).containsExactly(SentenceScorer.WEIGHTS);
    assertThatThrownBy(() -> new SentenceScorer(new double[3])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void positionFeaturesFollowArticleAndStoryOrder() {
    // Given out of order: the candidates come in story order (oldest article first).
    List<Candidate> cs = SentenceScorer.candidates(List.of(third, first, second));
    Candidate lead = find(cs, "Một vụ sạt lở");
    Candidate bus = find(cs, "Chiếc xe khách");
    Candidate laterLead = find(cs, "Lực lượng cứu hộ");
    assertThat(cs.get(0)).isSameAs(lead);
    assertThat(f(lead, "bias")).isEqualTo(1);
    assertThat(f(lead, "first_sentence")).isEqualTo(1);
    assertThat(f(lead, "first_paragraph")).isEqualTo(1);
    assertThat(f(lead, "first_article")).isEqualTo(1);
    assertThat(f(lead, "article_rank")).isZero();
    assertThat(f(bus, "first_sentence")).isZero();
    assertThat(f(bus, "inverse_position")).isEqualTo(0.5);
    assertThat(f(bus, "first_paragraph")).isZero();
    assertThat(f(laterLead, "first_article")).isZero();
    assertThat(f(laterLead, "article_rank")).isEqualTo(1.0);
  }

  @Test
  void sentencesOtherArticlesRepeatGetMoreSupportAndCentrality() {
    List<Candidate> cs = SentenceScorer.candidates(List.of(first, second, third));
    Candidate shared = find(cs, "Một vụ sạt lở");
    Candidate lonely = find(cs, "Người dân trong bản");
    for (String feature : List.of("bigram_support", "bigram_shared", "content_bigram_support", "content_bigram_shared",
        "centroid", "centroid_bigrams", "title_overlap", "other_leads_overlap"))
      assertThat(f(shared, feature)).as(feature).isGreaterThan(f(lonely, feature));
    assertThat(f(lonely, "content_bigram_shared")).isZero();
  }

  @Test
  void numbersQuotesAndLengthAreFeatures() {
    List<Candidate> cs = SentenceScorer.candidates(List.of(first, second, third));
    assertThat(f(find(cs, "Một vụ sạt lở"), "numbers")).isEqualTo(1 / 3.0, within(1e-9));
    assertThat(f(find(cs, "Chiếc xe khách"), "numbers")).isZero();
    assertThat(f(find(cs, "Ông Lò Văn Tám"), "quote")).isEqualTo(1);
    assertThat(f(find(cs, "Chiếc xe khách"), "quote")).isZero();
    Candidate bus = find(cs, "Chiếc xe khách");
    assertThat(f(bus, "length")).isEqualTo(bus.syllables() / 50.0, within(1e-9));
  }

  @Test
  void candidatesLeaveOutSentencesThatCannotStandAlone() {
    AnalyzedArticle a = article("d", "2024-09-04")
        .sentence("Đoàn kiểm tra của tỉnh đã đến hiện trường vụ sạt lở vào sáng chủ nhật.")
        .sentence("Điều này khiến nhiều gia đình phải tạm rời khỏi nhà của mình.")
        .sentence("Quá ngắn.")
        .build();
    assertThat(SentenceScorer.candidates(List.of(a))).extracting(Candidate::text)
        .containsExactly("Đoàn kiểm tra của tỉnh đã đến hiện trường vụ sạt lở vào sáng chủ nhật.");
  }

  @Test
  void ridgeFitRecoversALinearFunctionAndShrinksWithThePenalty() {
    Random r = new Random(7);
    List<double[]> xs = new ArrayList<>();
    double[] ys = new double[200];
    for (int i = 0; i < ys.length; i++) {
      double a = r.nextDouble(), b = r.nextDouble();
      xs.add(new double[] {1, a, b});
      ys[i] = 0.5 + 2 * a - b;
    }
    assertThat(SentenceScorer.fit(xs, ys, 0)).containsExactly(new double[] {0.5, 2, -1}, within(1e-9));
    double[] shrunk = SentenceScorer.fit(xs, ys, 100);
    assertThat(Math.abs(shrunk[1])).isLessThan(2);
    assertThat(Math.abs(shrunk[2])).isLessThan(1);
  }

  @Test
  void scoreIsTheDotProductWithTheWeights() {
    double[] w = new double[SentenceScorer.FEATURES.size()];
    w[0] = 0.5;
    w[SentenceScorer.FEATURES.indexOf("centroid")] = 2;
    double[] x = new double[w.length];
    x[0] = 1;
    x[SentenceScorer.FEATURES.indexOf("centroid")] = 0.25;
    x[SentenceScorer.FEATURES.indexOf("quote")] = 1;
    assertThat(new SentenceScorer(w).score(x)).isEqualTo(1.0, within(1e-12));
  }
}
