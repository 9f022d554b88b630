package dev.storyline.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

/** The benchmarks' own setup: what they time must be the real stages on real inputs, not empty work. */
class StageBenchmarksTest {
  @Test
  void generatedCorpusGivesEveryStageItsInputs() {
    Corpus c = Corpus.load(Corpus.findUpwards("examples").toString(), 40);
    assertThat(c.size()).isGreaterThan(0);
    assertThat(c.sentences).hasSize(c.size());
    assertThat(c.times.stream().mapToInt(java.util.List::size).sum()).as("time expressions").isPositive();
    assertThat(c.entities.stream().mapToInt(java.util.List::size).sum()).as("entity mentions").isPositive();
  }

  @Test
  void eachBenchmarkRunsItsStageOnTheNextArticle() {
    StageBenchmarks b = new StageBenchmarks();
    b.path = Corpus.findUpwards("examples").toString();
    b.articles = 20;
    b.load();
    AnalyzedArticle first = (AnalyzedArticle) b.analyze();
    assertThat(first.entities()).isNotEmpty();
    // round robin: after one pass over the corpus the same article comes back
    int n = b.corpusSize();
    for (int i = 1; i < n; i++) b.analyze();
    assertThat(((AnalyzedArticle) b.analyze()).id()).isEqualTo(first.id());
  }
}
