package dev.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Storyline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineJsReportTest {
  private static JsonNode render(Storyline s) throws Exception {
    return new ObjectMapper().readTree(ReportFixtures.render(s, new TimelineJsReport()::write));
  }

  @Test
  void oneStoryIsItsTimelineWithoutGroups() throws Exception {
    Storyline s = ReportFixtures.storyline();
    JsonNode doc = render(s);
    assertThat(doc.at("/title/text/headline").asText()).isEqualTo(s.stories().get(0).title());
    assertThat(doc.at("/title/start_date").isMissingNode()).isTrue();
    JsonNode events = doc.get("events");
    assertThat(events).hasSize(s.stories().get(0).timeline().size());
    for (JsonNode e : events) {
      assertThat(e.has("group")).isFalse();
      assertThat(e.at("/start_date/year").asText()).matches("\\d{4}");
      assertThat(e.at("/text/headline").asText()).isNotBlank();
    }
  }

  @Test
  void partialDatesKeepTheirPrecision() throws Exception {
    JsonNode events = render(HostileStory.storyline()).get("events");
    assertThat(events.get(0).get("start_date").toString()).isEqualTo("{\"year\":\"2024\",\"month\":\"3\",\"day\":\"5\"}");
    assertThat(events.get(1).get("start_date").toString()).isEqualTo("{\"year\":\"2024\",\"month\":\"3\"}");
    assertThat(events.get(2).get("start_date").toString()).isEqualTo("{\"year\":\"2023\"}");
    assertThat(events.get(1).get("display_date").asText()).isEqualTo("tháng 03/2024");
  }

  @Test
  void aDateTimelineJsCannotPlaceIsLeftOut() throws Exception {
    JsonNode events = render(HostileStory.storyline()).get("events");
    assertThat(events).hasSize(3);
    for (JsonNode e : events) assertThat(e.at("/text/text").asText()).doesNotContain("Tuần thứ mười");
  }

  @Test
  void severalStoriesAreGroupedByTitle() throws Exception {
    AnalyzedArticle a = HostileStory.article1();
    Storyline base = ReportFixtures.storyline();
    List<AnalyzedArticle> articles = new ArrayList<>(base.articles());
    articles.add(a);
    var second = HostileStory.story("s2", "Xe buýt mới", a);
    Storyline two = new Storyline(articles, base.entities(), List.of(base.stories().get(0), second), List.of());
    JsonNode doc = render(two);
    JsonNode events = doc.get("events");
    int first = base.stories().get(0).timeline().size();
    assertThat(events).hasSize(first + 3);
    for (int i = 0; i < events.size(); i++)
      assertThat(events.get(i).get("group").asText()).isEqualTo(i < first ? base.stories().get(0).title() : "Xe buýt mới");
    assertThat(doc.at("/title/text/headline").asText()).isEqualTo("Storyline");
  }

  @Test
  void textFieldsAreHtmlEscaped() throws Exception {
    JsonNode doc = render(HostileStory.storyline());
    String all = doc.toString();
    assertThat(all).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
    assertThat(doc.at("/events/0/text/text").asText()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&#39;&amp;");
    assertThat(doc.at("/title/text/headline").asText()).startsWith("Chuyện &lt;script&gt;");
    // No URL link for a javascript: URL, but the outlet still names the source.
    assertThat(doc.at("/events/0/text/text").asText()).contains("Nguồn: Báo &lt;script&gt;").doesNotContain("<a ");
  }

  @Test
  void sourcesWithWebAddressesAreLinked() throws Exception {
    JsonNode doc = render(ReportFixtures.storyline());
    assertThat(doc.toString()).contains("<a href=\\\"https://example.vn/a\\\"");
  }

  @Test
  void longHeadlinesAreCutAtAWord() {
    String longText = "Một câu rất dài ".repeat(12).strip();
    String h = TimelineJsReport.headline(longText);
    assertThat(h).endsWith("…").hasSizeLessThanOrEqualTo(TimelineJsReport.HEADLINE_CHARS + 1);
    assertThat(h.substring(0, h.length() - 1)).doesNotEndWith(" ");
    assertThat(TimelineJsReport.headline("Ngắn gọn")).isEqualTo("Ngắn gọn");
  }
}
