package dev.storyline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.Pipeline;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Removal;
import dev.storyline.model.RemovalReason;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.model.TimeExpression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canonical input: the five seed articles in ../shared/seeds (not ours, read at run time, skipped
 * when absent) must become one clean, correct, cited storyline. Articles are found by their header
 * date, never by quoting their text.
 */
class SeedsStorylineTest {
  static Storyline storyline;

  static Path seeds() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("shared/seeds"))) p = p.getParent();
    return p == null ? null : p.resolve("shared/seeds");
  }

  @BeforeAll
  static void analyse() {
    Path dir = seeds();
    assumeTrue(dir != null, "../shared/seeds not present");
    storyline = new Pipeline().run(new ArticleReader().read(List.of(dir.toString())));
  }

  static AnalyzedArticle publishedIn(String isoMonth) {
    return storyline.articles().stream()
        .filter(a -> !a.publishedInferred() && a.published() != null && a.published().iso().equals(isoMonth))
        .findFirst().orElseThrow(() -> new AssertionError("no seed with header " + isoMonth));
  }

  static TimeExpression time(AnalyzedArticle a, String text) {
    return a.times().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time expression '" + text + "' in " + a.id() + ": " + a.times()));
  }

  @Test
  void fiveArticlesOneStory() {
    assertThat(storyline.problems()).isEmpty();
    assertThat(storyline.articles()).hasSize(5);
    assertThat(storyline.stories()).hasSize(1);
    assertThat(storyline.stories().get(0).articles()).hasSize(5);
  }

  @Test
  void datesResolveAgainstEachArticlesPublicationDate() {
    AnalyzedArticle feb = publishedIn("2024-02");
    assertThat(time(feb, "ngày 8.2").value()).isEqualTo("2024-02-08");
    assertThat(time(feb, "ngày 28.1").value()).isEqualTo("2024-01-28");
    AnalyzedArticle mar = publishedIn("2024-03");
    assertThat(time(mar, "ngày 15/4 tới").value()).isEqualTo("2024-04-15");
    assertThat(time(mar, "Tháng 1 vừa qua").value()).isEqualTo("2024-01");
    AnalyzedArticle nov = publishedIn("2021-11");
    assertThat(time(nov, "ngày 31-12-2021").value()).isEqualTo("2021-12-31");
  }

  @Test
  void articlesWithoutHeaderAreDatedFromTheirText() {
    List<PartialDate> inferred = storyline.articles().stream().filter(AnalyzedArticle::publishedInferred)
        .map(AnalyzedArticle::published).sorted().toList();
    assertThat(inferred).hasSize(2);
    assertThat(inferred.get(0).iso()).startsWith("2024-01");
    assertThat(inferred.get(1).iso()).startsWith("2024-07");
  }

  @Test
  void theRepeatedLeadParagraphIsKeptOnce() {
    AnalyzedArticle mar = publishedIn("2024-03");
    List<Removal> dups = mar.article().removed().stream()
        .filter(r -> r.reason() == RemovalReason.DUPLICATE_PARAGRAPH).toList();
    assertThat(dups).hasSize(1);
    String repeated = dups.get(0).text().strip();
    assertThat(mar.text().indexOf(repeated)).isGreaterThanOrEqualTo(0);
    assertThat(mar.text().indexOf(repeated)).isEqualTo(mar.text().lastIndexOf(repeated));
  }

  @Test
  void timelineRunsFrom2021To2024WithTheFebruaryEvents() {
    Story s = storyline.stories().get(0);
    List<String> dates = s.timeline().stream().map(Story.TimelineEntry::date).toList();
    assertThat(dates).contains("2024-02-08", "2024-01-28", "2024-03-24", "2024-04-15", "2021-11-20");
    assertThat(dates.stream().anyMatch(d -> d.startsWith("2021"))).isTrue();
  }

  @Test
  void theSudaniSpellingsAreOnePerson() {
    List<Entity> sudani = storyline.entities().stream()
        .filter(e -> e.type() == EntityType.PERSON && e.name().contains("al-Sudani")).toList();
    assertThat(sudani).hasSize(1);
    assertThat(sudani.get(0).aliases()).anyMatch(a -> a.startsWith("Moham"));
  }

  @Test
  void the2500TroopsAreOneFactWithAllThreeSources() {
    Story s = storyline.stories().get(0);
    assertThat(s.facts()).anyMatch(f -> f.value() == 2500
        && f.citations().stream().map(c -> c.article()).distinct().count() == 3);
  }

  @Test
  void everyClaimIsBackedByARealSpan() {
    StorylineAssertions.everyCitationPointsIntoItsArticle(storyline);
  }
}
