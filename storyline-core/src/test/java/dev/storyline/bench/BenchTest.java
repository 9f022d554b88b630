package dev.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shape of the report only: no timing is asserted (machines differ). */
class BenchTest {
  @Test
  void reportsEveryStageAndCountsTheCorpus() {
    List<RawArticle> seeds = List.of(new RawArticle("a01", "s", "", "Ông Trần Minh Khoa cho biết ngày 12/3 tỉnh "
        + "Hà Giang đã chi 450 tỷ đồng. Bà Lê Thu Hà nói: \"Công trình sẽ xong vào năm 2021\".", PartialDate.ofDay(2020, 1, 2), "", ""));
    List<RawArticle> corpus = new CorpusGenerator(seeds, 1).generate(60);
    Bench.Result r = new Bench().run(corpus, new Bench.Options(2, 10, 1), null);
    assertThat(r.articles()).isEqualTo(60);
    assertThat(r.articleStageCpuNanos()).containsOnlyKeys(Bench.ARTICLE_STAGES);
    assertThat(r.corpusStageNanos()).containsOnlyKeys(Bench.CORPUS_STAGES);
    assertThat(r.allocatedPerArticle()).isPositive();
    assertThat(r.bytes()).isGreaterThan(r.chars()); // Vietnamese letters take 2–3 bytes in UTF-8
    assertThat(r.table()).contains("END TO END", "quotes (cpu)", "grouping (wall)", "allocated per article");
    assertThat(r.stageArticles()).isEqualTo(60);

    Bench.Result sampled = new Bench().run(corpus, new Bench.Options(1, 0, 1, 20), null);
    assertThat(sampled.stageArticles()).isEqualTo(20);
    assertThat(sampled.table()).contains("first 20 articles");
  }

  @Test
  void aColdRunSkipsWarmUpAndTheStageBreakdown() {
    List<RawArticle> seeds = List.of(new RawArticle("a01", "s", "", "Ông Trần Minh Khoa cho biết ngày 12/3 tỉnh "
        + "Hà Giang đã chi 450 tỷ đồng.", PartialDate.ofDay(2020, 1, 2), "", ""));
    List<RawArticle> corpus = new CorpusGenerator(seeds, 1).generate(30);
    Bench.Result r = new Bench().run(corpus, Bench.Options.cold(1), null);
    assertThat(r.articles()).isEqualTo(30);
    assertThat(r.stageArticles()).isZero();
    assertThat(r.articleStageCpuNanos().values()).containsOnly(0L);
    assertThat(r.corpusStageNanos().get("analysis")).isPositive();
    assertThat(r.table()).contains("cold: one run in a fresh JVM", "END TO END", "allocated per article - KB")
        .doesNotContain("quotes (cpu)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Bench.Options(1, 10, 1, 0, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void medianAndUtf8Length() {
    assertThat(Bench.median(new long[] {5, 1, 3})).isEqualTo(3);
    assertThat(Bench.median(new long[] {4, 1, 3, 2})).isEqualTo(2);
    assertThat(Bench.utf8Length("aă")).isEqualTo(3);
    assertThat(Bench.utf8Length("ệ")).isEqualTo(3);
  }
}
