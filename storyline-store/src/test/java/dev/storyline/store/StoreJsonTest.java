package dev.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.Pipeline;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every model record the store keeps comes back from its JSON equal to what was written. */
class StoreJsonTest {

  @Test
  void everyRecordOfAnExamplesStorylineRoundTrips() {
    Storyline s = new Pipeline().run(new ReadResult(TestCorpus.examplesArticles(), List.of()));
    // the corpus exercises every layer, so the round trip covers every record type
    assertThat(s.articles()).anySatisfy(a -> assertThat(a.article().removed()).isNotEmpty());
    assertThat(s.articles()).anySatisfy(a -> assertThat(a.quotes()).isNotEmpty());
    assertThat(s.articles()).anySatisfy(a -> assertThat(a.quantities()).isNotEmpty());
    assertThat(s.articles()).anySatisfy(a -> assertThat(a.eventTimes()).isNotEmpty());
    assertThat(s.articles()).anySatisfy(a -> assertThat(a.publishedInferred()).isTrue());
    assertThat(s.stories()).anySatisfy(st -> assertThat(st.facts()).isNotEmpty());
    for (AnalyzedArticle a : s.articles()) {
      assertThat(StoreJson.read(StoreJson.write(a), AnalyzedArticle.class)).isEqualTo(a);
    }
    for (Story st : s.stories()) assertThat(StoreJson.read(StoreJson.write(st), Story.class)).isEqualTo(st);
    for (Entity e : s.entities()) assertThat(StoreJson.read(StoreJson.write(e), Entity.class)).isEqualTo(e);
  }

  @Test
  void partialDatesKeepTheirPrecision() {
    for (PartialDate d : List.of(PartialDate.ofYear(2021), PartialDate.ofMonth(2024, 2), PartialDate.ofDay(2024, 2, 29))) {
      PartialDate back = StoreJson.read(StoreJson.write(d), PartialDate.class);
      assertThat(back).isEqualTo(d);
      assertThat(back.precision()).isEqualTo(d.precision());
    }
  }

  @Test
  void storeRecordsRoundTrip() {
    StorySummary s = new StorySummary("story-3", "Lũ ở Quảng Trị", 4, "2025-03", "2025-03-06", List.of("Quảng Trị"));
    assertThat(StoreJson.read(StoreJson.write(s), StorySummary.class)).isEqualTo(s);
    ArticleHeader h = new ArticleHeader("a1", "Tiêu đề", "", "https://example.vn/a1", "", "story-3");
    assertThat(StoreJson.read(StoreJson.write(h), ArticleHeader.class)).isEqualTo(h);
  }
}
