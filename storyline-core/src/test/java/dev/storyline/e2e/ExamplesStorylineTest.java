package dev.storyline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.Pipeline;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline over the bundled example corpus (examples/, written for this project; its README
 * lists what a correct analysis finds). This is what `./storyline demo` shows.
 */
class ExamplesStorylineTest {
  static Storyline storyline;
  static Map<String, AnalyzedArticle> byId;

  static Path examples() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    return p.resolve("examples");
  }

  @BeforeAll
  static void analyse() {
    storyline = new Pipeline().run(new ArticleReader().read(List.of(examples().toString())));
    byId = storyline.articles().stream().collect(Collectors.toMap(AnalyzedArticle::id, Function.identity()));
  }

  @Test
  void readsEveryArticleWithoutProblems() {
    assertThat(storyline.problems()).isEmpty();
    assertThat(storyline.articles()).hasSize(27);
  }

  @Test
  void groupsTheFourStoriesExactly() {
    List<String> groups = storyline.stories().stream()
        .map(s -> s.articles().stream().map(id -> id.substring(0, 1)).distinct().collect(Collectors.joining()))
        .sorted().toList();
    assertThat(groups).containsExactly("a", "b", "c", "d");
    Map<String, Integer> sizes = storyline.stories().stream()
        .collect(Collectors.toMap(s -> s.articles().get(0).substring(0, 1), s -> s.articles().size()));
    assertThat(sizes).containsEntry("a", 9).containsEntry("b", 8).containsEntry("c", 8).containsEntry("d", 2);
  }

  @Test
  void datesArticlesWithoutAHeaderFromTheirText() {
    Map<String, String> expected = Map.of("a08", "2023-10-21", "b06", "2025-03-12", "c06", "2024-06-09", "d02", "2025-03-03");
    expected.forEach((prefix, date) -> {
      AnalyzedArticle a = article(prefix);
      assertThat(a.publishedInferred()).as(prefix).isTrue();
      assertThat(a.published()).as(prefix).isEqualTo(PartialDate.parseIso(date).orElseThrow());
    });
    assertThat(article("a04").publishedInferred()).isFalse();
  }

  @Test
  void timelinesCarryTheKeyEventsAtTheirOwnDates() {
    assertThat(timelineDates("a")).contains("2023-10-04", "2023-10-05", "2023-10-06", "2023-10-07", "2023-10-10",
        "2023-10-15", "2023-10-21", "2023-11-03");
    assertThat(timelineDates("b")).contains("2022-03-15", "2022-11-28", "2023-12-20", "2024-05-09", "2024-12-31",
        "2025-03-12", "2025-06-30");
    assertThat(timelineDates("c")).contains("2024-01-14", "2024-02-05", "2024-03-20", "2024-04-18", "2024-06-09",
        "2024-06-12", "2024-09-04");
    assertThat(timelineDates("d")).contains("2025-01-07", "2025-04-18");
    for (Story s : storyline.stories()) {
      // In date order by first day covered ("2024" and "2024-01" come before 2024-01-14, their order among
      // themselves is the builder's choice).
      assertThat(s.timeline().stream().map(e -> PartialDate.parseIso(e.date()).orElseThrow().start()).toList())
          .as("timeline of %s in date order", s.id()).isNotEmpty().isSorted();
    }
  }

  @Test
  void cleaningRemovesTheNoiseAndKeepsItInTheAuditTrail() {
    AnalyzedArticle a02 = article("a02");
    assertThat(a02.article().removed()).anyMatch(r -> r.reason().name().equals("DUPLICATE_PARAGRAPH"));
    String firstParagraph = a02.text().substring(a02.article().paragraphs().get(0).start(), a02.article().paragraphs().get(0).end());
    assertThat(a02.text().indexOf(firstParagraph)).isEqualTo(a02.text().lastIndexOf(firstParagraph));
    assertThat(article("a01").article().removed()).anyMatch(r -> r.reason().name().equals("CAPTION"));
    assertThat(article("a04").article().removed()).anyMatch(r -> r.reason().name().equals("TEASER"));
    assertThat(article("a05").article().removed()).anyMatch(r -> r.reason().name().equals("WIDGET"));
    assertThat(article("c01").article().removed()).anyMatch(r -> r.reason().name().equals("SOURCE_LINE"));
    assertThat(article("b07").text()).doesNotContain("\r");
    assertThat(article("c07").text()).doesNotStartWith("\uFEFF");
    for (AnalyzedArticle a : storyline.articles()) {
      assertThat(a.text()).as(a.id()).doesNotContain("Bình luận").doesNotContain("./.");
    }
  }

  @Test
  void everyStoryHasASummaryActorsQuotesAndNumbers() {
    for (Story s : storyline.stories()) {
      assertThat(s.title()).isNotBlank();
      assertThat(s.summary()).as(s.id()).isNotEmpty();
      assertThat(s.actors()).as(s.id()).isNotEmpty();
      assertThat(s.facts()).as(s.id()).isNotEmpty();
    }
    assertThat(story("a").quotes()).anyMatch(q -> q.speaker() != null && q.speaker().contains("Hưng"));
    assertThat(story("c").quotes()).anyMatch(q -> q.speaker() != null && q.speaker().contains("Vân"));
  }

  @Test
  void everyClaimIsBackedByARealSpan() {
    StorylineAssertions.everyCitationPointsIntoItsArticle(storyline);
  }

  @Test
  void sameInputSameStoryline() {
    Storyline again = new Pipeline().run(new ArticleReader().read(List.of(examples().toString())));
    assertThat(again).isEqualTo(storyline);
  }

  static AnalyzedArticle article(String prefix) {
    return byId.values().stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
  }

  static Story story(String letter) {
    return storyline.stories().stream().filter(s -> s.articles().get(0).startsWith(letter)).findFirst().orElseThrow();
  }

  static List<String> timelineDates(String letter) {
    return story(letter).timeline().stream().map(Story.TimelineEntry::date).toList();
  }
}
