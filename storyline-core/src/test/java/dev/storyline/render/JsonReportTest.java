package dev.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.Storyline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private final Storyline storyline = ReportFixtures.storyline();
  private final String json = ReportFixtures.render(storyline, new JsonReport()::write);
  private final JsonNode root;

  JsonReportTest() throws Exception {
    root = new ObjectMapper().readTree(json);
  }

  private static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void hasTheDocumentedTopLevelAndArticleKeys() {
    assertThat(keys(root)).containsExactly("articles", "entities", "stories", "problems");
    JsonNode a = root.get("articles").get(0);
    assertThat(keys(a)).containsExactly("id", "source", "url", "outlet", "published", "published_inferred",
        "published_evidence", "title", "text", "paragraphs", "removed", "sentences", "times", "event_times",
        "entities", "quantities", "quotes", "references");
    assertThat(keys(a.get("times").get(0))).containsExactly("start", "end", "text", "type", "value", "mod");
    assertThat(keys(a.get("event_times").get(0))).containsExactly("sentence", "value", "time", "event");
    assertThat(keys(a.get("entities").get(0))).containsExactly("start", "end", "text", "type", "entity");
    assertThat(keys(a.get("quantities").get(0))).containsExactly("start", "end", "text", "value", "unit", "qualifier");
    assertThat(keys(a.get("quotes").get(0))).containsExactly("start", "end", "text", "speaker", "speaker_entity", "verb", "direct");
    JsonNode s = root.get("stories").get(0);
    assertThat(keys(s)).containsExactly("id", "title", "articles", "summary", "timeline", "facts", "actors", "quotes");
    assertThat(keys(s.get("timeline").get(0))).containsExactly("date", "text", "citations", "sources");
    assertThat(keys(s.get("facts").get(0))).containsExactly("text", "value", "unit", "citations", "conflicts");
    assertThat(keys(s.get("actors").get(0))).containsExactly("entity", "name", "type", "mentions", "articles");
    assertThat(keys(s.get("quotes").get(0))).containsExactly("speaker", "speaker_entity", "text", "date", "citation", "citations");
    assertThat(keys(root.get("entities").get(0))).containsExactly("id", "name", "type", "aliases", "mentions");
    assertThat(keys(root.get("problems").get(0))).containsExactly("input", "reason");
  }

  @Test
  void writesValuesInTheirDocumentedForms() {
    JsonNode a = byId("a");
    assertThat(a.get("published").asText()).isEqualTo("2024-09-08");
    assertThat(a.get("published_inferred").asBoolean()).isFalse();
    assertThat(a.get("removed").get(0).get("reason").asText()).isEqualTo("PHOTO_CREDIT");
    assertThat(a.get("entities").get(0).get("type").asText()).isEqualTo("MISC");
    assertThat(a.get("quantities").get(0).get("value").isIntegralNumber()).isTrue();
    assertThat(a.get("quantities").get(0).get("value").asLong()).isEqualTo(12000);
    assertThat(a.get("quantities").get(0).get("qualifier").isNull()).isTrue();
    assertThat(a.get("event_times").get(1).get("time").asInt()).isEqualTo(-1);
    JsonNode d = byId("d");
    assertThat(d.get("published_inferred").asBoolean()).isTrue();
    assertThat(d.get("published_evidence").asText()).contains("2024-09-11");
    assertThat(root.get("entities").get(1).get("type").asText()).isEqualTo("ORGANIZATION");
    assertThat(root.get("entities").get(1).get("aliases").get(0).asText()).isEqualTo("Bộ NN");
    JsonNode toll = root.get("stories").get(0).get("facts").findParents("conflicts").stream()
        .filter(f -> f.get("value").asLong() == 15).findFirst().orElseThrow();
    assertThat(toll.get("conflicts").get(0).get("value").asLong()).isEqualTo(18);
  }

  @Test
  void keepsVietnameseUnescapedAndPretty() {
    assertThat(json).contains("Bộ Nông nghiệp").contains("Quảng Ninh").doesNotContain("\\u");
    assertThat(json).contains("\n  \"articles\" : [");
  }

  @Test
  void everyCitationSpanLiesInsideItsArticleText() {
    Map<String, String> texts = new HashMap<>();
    for (JsonNode a : root.get("articles")) texts.put(a.get("id").asText(), a.get("text").asText());
    List<JsonNode> citations = new ArrayList<>(root.get("stories").findValues("citation"));
    for (JsonNode list : root.get("stories").findValues("citations")) list.forEach(citations::add);
    assertThat(citations).hasSizeGreaterThan(10);
    for (JsonNode c : citations) {
      String text = texts.get(c.get("article").asText());
      assertThat(text).as(c.toString()).isNotNull();
      int start = c.get("start").asInt(), end = c.get("end").asInt();
      assertThat(start).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(text.length());
    }
    for (JsonNode s : root.get("stories").get(0).get("summary")) {
      JsonNode c = s.get("citations").get(0);
      assertThat(texts.get(c.get("article").asText()).substring(c.get("start").asInt(), c.get("end").asInt()))
          .isEqualTo(s.get("text").asText());
    }
  }

  @Test
  void annotationSpansMatchTheirText() {
    for (JsonNode a : root.get("articles")) {
      String text = a.get("text").asText();
      for (String layer : new String[] {"times", "entities", "quantities", "quotes"})
        for (JsonNode x : a.get(layer))
          assertThat(text.substring(x.get("start").asInt(), x.get("end").asInt())).isEqualTo(x.get("text").asText());
    }
  }

  @Test
  void writesNullForAnUnknownDate() throws Exception {
    Storyline s = new Storyline(List.of(dev.storyline.fixture.ArticleFixture.article("u", null)
        .sentence("Một bài không ghi ngày đăng.").build()), List.of(), List.of(), List.of());
    JsonNode n = new ObjectMapper().readTree(ReportFixtures.render(s, new JsonReport()::write));
    assertThat(n.get("articles").get(0).get("published").isNull()).isTrue();
    assertThat(n.get("stories").size()).isZero();
  }

  private JsonNode byId(String id) {
    for (JsonNode a : root.get("articles")) if (a.get("id").asText().equals(id)) return a;
    throw new AssertionError(id);
  }
}
