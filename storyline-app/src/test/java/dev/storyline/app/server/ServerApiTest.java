package dev.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.store.LuceneStore;
import java.nio.file.Path;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API over HTTP, as a client sees it: status codes, JSON shapes, errors, headers, the OpenAPI document. */
class ServerApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path data;
  static LuceneStore repo;
  static StorylineServer server;
  static String base;

  /** An article of our own whose text carries markup, to check it travels as data. */
  static final RawArticle MARKUP = new RawArticle("x01-markup", "test", "Thử thẻ <b>đậm</b>",
      "Ngày 5/6/2024, ông Trần Văn Nam cho biết đoạn <script>window.__xss=1</script> và thẻ "
          + "<img src=x onerror=\"window.__xss=2\"> chỉ là chữ trong bài.\nBuổi làm việc kết thúc lúc 11 giờ cùng ngày.",
      PartialDate.ofDay(2024, 6, 5), "", "Báo Thử Nghiệm");

  @BeforeAll
  static void start() {
    repo = ExampleStore.open(data, List.of(MARKUP));
    server = StorylineServer.create(repo, new StorylineServer.Settings("127.0.0.1", 0, 64 * 1024)).start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (repo != null) repo.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

  static String firstStoryId() throws Exception {
    return json(get("/api/stories")).get("stories").get(0).get("id").asText();
  }

  @Test
  void storyListIsNewestActivityFirstWithSizeDatesAndActors() throws Exception {
    HttpResponse<String> r = get("/api/stories?limit=50");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode stories = json(r).get("stories");
    assertThat(stories.size()).isGreaterThan(2);
    String previous = "9999";
    for (JsonNode s : stories) {
      assertThat(s.has("id") && s.has("title") && s.has("articles") && s.has("first_date") && s.has("actors")).isTrue();
      String last = s.get("last_date").asText();
      assertThat(last.compareTo(previous)).isLessThanOrEqualTo(0);
      previous = last;
    }
    assertThat(json(get("/api/stories?offset=1&limit=1")).get("stories").get(0).get("id").asText())
        .isEqualTo(stories.get(1).get("id").asText());
  }

  @Test
  void storyCarriesSummaryTimelineActorsAndTheTextOfEveryCitation() throws Exception {
    String id = firstStoryId();
    HttpResponse<String> r = get("/api/stories/" + enc(id));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode s = json(r);
    assertThat(s.get("id").asText()).isEqualTo(id);
    for (String key : List.of("summary", "timeline", "facts", "actors", "quotes", "articles"))
      assertThat(s.get(key).isArray()).as(key).isTrue();
    assertThat(s.get("summary").size()).isPositive();
    assertThat(s.get("timeline").size()).isPositive();
    assertThat(s.get("articles").get(0).has("published")).isTrue();
    int checked = 0;
    for (JsonNode sentence : s.get("summary")) {
      for (JsonNode c : sentence.get("citations")) {
        AnalyzedArticle a = repo.article(c.get("article").asText()).orElseThrow();
        assertThat(c.get("text").asText()).isEqualTo(a.text().substring(c.get("start").asInt(), c.get("end").asInt()));
        assertThat(c.get("sentence").asText()).contains(c.get("text").asText());
        assertThat(c.get("article_title").asText()).isEqualTo(dev.storyline.store.ArticleHeader.displayTitle(a));
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void unknownIdsAndPathsAre404Json() throws Exception {
    for (String path : List.of("/api/stories/nope", "/api/articles/nope", "/api/entities/nope",
        "/api/stories/nope/export?format=json", "/api/no-such-route")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      JsonNode body = json(r);
      assertThat(body.get("status").asInt()).isEqualTo(404);
      assertThat(body.get("error").asText()).isNotBlank();
    }
  }

  @Test
  void articleHasEveryAnnotationLayerAndWhatCleaningRemoved() throws Exception {
    JsonNode a = json(get("/api/articles/" + MARKUP.id()));
    assertThat(a.get("text").asText()).contains("<script>window.__xss=1</script>");
    for (String key : List.of("sentences", "times", "entities", "quantities", "quotes", "removed", "paragraphs"))
      assertThat(a.get(key).isArray()).as(key).isTrue();
    assertThat(a.get("entities").size()).isPositive();
    assertThat(a.get("times").size()).isPositive();
    // Some example carries a caption or a source line the cleaner took out.
    boolean anyRemoved = false;
    for (JsonNode s : json(get("/api/stories?limit=100")).get("stories")) {
      for (JsonNode h : json(get("/api/stories/" + enc(s.get("id").asText()))).get("articles")) {
        JsonNode art = json(get("/api/articles/" + enc(h.get("id").asText())));
        if (art.get("removed").size() > 0) {
          anyRemoved = true;
          assertThat(art.get("removed").get(0).get("reason").asText()).matches("[A-Z_]+");
        }
      }
    }
    assertThat(anyRemoved).isTrue();
  }

  @Test
  void searchWithoutDiacriticsFindsTheAccentedText() throws Exception {
    JsonNode r = json(get("/api/search?q=" + enc("Tran Van Nam")));
    assertThat(r.get("total").asLong()).isEqualTo(1);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("article").get("id").asText()).isEqualTo(MARKUP.id());
    JsonNode snippet = hit.get("snippets").get(0);
    JsonNode hl = snippet.get("highlights").get(0);
    assertThat(snippet.get("text").asText().substring(hl.get(0).asInt(), hl.get(1).asInt())).isEqualTo("Trần Văn Nam");
    assertThat(r.get("facets").get("source").get(0).get("value").asText()).isEqualTo("Báo Thử Nghiệm");
    assertThat(r.get("facets_sampled").asBoolean()).isFalse(); // a handful of matches: counted exactly
    assertThat(r.get("facet_sample").asLong()).isEqualTo(1);
    JsonNode plain = json(get("/api/search?facets=false&q=" + enc("Tran Van Nam")));
    assertThat(plain.get("total").asLong()).isEqualTo(1);
    assertThat(plain.get("facets").isEmpty()).isTrue();
    assertThat(plain.get("facet_sample").asLong()).isZero();
    assertThat(get("/api/search?facets=maybe&q=x").statusCode()).isEqualTo(400);
  }

  @Test
  void searchFiltersAndGroupsMapToTheRequest() throws Exception {
    assertThat(json(get("/api/search?q=" + enc("Trần Văn Nam") + "&from=2024-06-06")).get("total").asLong()).isZero();
    assertThat(json(get("/api/search?q=&source=" + enc("Báo Thử Nghiệm"))).get("total").asLong()).isEqualTo(1);
    JsonNode grouped = json(get("/api/search?q=" + enc("Trần Văn Nam") + "&group_by_story=true&date_field=event&type=person"));
    assertThat(grouped.get("groups").size()).isEqualTo(1);
    assertThat(grouped.get("groups").get(0).get("hits").get(0).get("article").get("id").asText()).isEqualTo(MARKUP.id());
  }

  @Test
  void badSearchParametersAre400WithAReason() throws Exception {
    Map<String, String> cases = Map.of(
        "/api/search?q=x&from=2024-13-01", "from",
        "/api/search?q=x&from=2024-06-02&to=2024-06-01", "after",
        "/api/search?q=x&date_field=modified", "date_field",
        "/api/search?q=x&type=animal", "type",
        "/api/search?q=x&limit=0", "limit",
        "/api/search?q=x&limit=101", "limit",
        "/api/search?q=x&offset=-1", "offset",
        "/api/search?q=x&group_by_story=maybe", "group_by_story",
        "/api/stories?limit=abc", "limit",
        "/api/stories/x/export?format=pdf", "format");
    for (var e : cases.entrySet()) {
      HttpResponse<String> r = get(e.getKey());
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
      assertThat(json(r).get("error").asText()).as(e.getKey()).contains(e.getValue());
    }
  }

  @Test
  void postStoresOneArticleOrAnArrayAndReportsIt() throws Exception {
    HttpResponse<String> one = post("/api/articles", """
        {"id": "p01", "title": "Khánh thành cầu", "text": "Sáng 2/9/2025, tỉnh Lâm Đồng khánh thành cây cầu dài 300 m qua sông Đa Nhim.",
         "published": "2025-09-02", "outlet": "Báo Đăng Bài"}""");
    assertThat(one.statusCode()).isEqualTo(201);
    JsonNode report = json(one);
    assertThat(report.get("added").asInt()).isEqualTo(1);
    assertThat(report.get("duplicates").asInt()).isZero();
    assertThat(report.get("problems").isArray() && report.get("stories_touched").isArray()).isTrue();
    assertThat(get("/api/articles/p01").statusCode()).isEqualTo(200);

    HttpResponse<String> many = post("/api/articles", """
        [{"text": "Chiều 3/9/2025, cây cầu mới ở Lâm Đồng đón những chiếc xe đầu tiên."},
         {"id": "p01", "text": "Sáng 2/9/2025, tỉnh Lâm Đồng khánh thành cây cầu dài 300 m qua sông Đa Nhim."}]""");
    assertThat(many.statusCode()).isEqualTo(201);
    assertThat(json(many).get("added").asInt()).isEqualTo(1);
    assertThat(json(many).get("duplicates").asInt()).isEqualTo(1);
  }

  @Test
  void anEditorSplitsAndMergesStoriesOverTheApi() throws Exception {
    assertThat(post("/api/articles", """
        [{"id": "e01", "published": "2025-10-01", "text": "Sáng 1/10/2025, xã Tà Lèng khai trương chợ phiên đầu tiên bán thổ cẩm và mật ong rừng."},
         {"id": "e02", "published": "2025-10-02", "text": "Chiều 2/10/2025, chợ phiên xã Tà Lèng đón hàng trăm du khách mua thổ cẩm và mật ong rừng."}]""")
        .statusCode()).isEqualTo(201);
    String story = repo.storyOf("e01").orElseThrow();
    assertThat(repo.storyOf("e02")).contains(story);

    HttpResponse<String> split = post("/api/stories/" + story + "/split", "{\"articles\": [\"e02\"]}");
    assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
    String created = json(split).get("story").asText();
    assertThat(repo.storyOf("e02")).contains(created);
    assertThat(json(get("/api/stories/" + created)).toString()).contains("e02");

    HttpResponse<String> merge = post("/api/stories/" + story + "/merge", "{\"from\": \"" + created + "\"}");
    assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
    assertThat(json(merge).get("articles").asInt()).isEqualTo(2);
    assertThat(get("/api/stories/" + created).statusCode()).isEqualTo(404);

    Map<String, String> refused = Map.of(
        "/api/stories/" + story + "/merge|{\"from\": \"" + story + "\"}", "itself",
        "/api/stories/" + story + "/merge|{}", "from",
        "/api/stories/" + story + "/split|{\"articles\": []}", "articles",
        "/api/stories/" + story + "/split|{\"articles\": [\"e01\", \"e02\"]}", "some but not all",
        "/api/stories/nope/split|{\"articles\": [\"e01\"]}", "no story nope");
    for (var e : refused.entrySet()) {
      String[] pathBody = e.getKey().split("\\|", 2);
      HttpResponse<String> r = post(pathBody[0], pathBody[1]);
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
      assertThat(json(r).get("error").asText()).as(e.getKey()).contains(e.getValue());
    }
  }

  @Test
  void badPostsAre400WithAReason() throws Exception {
    Map<String, String> cases = Map.of(
        "{not json", "not valid JSON",
        "{\"title\": \"Không có nội dung\"}", "text",
        "{\"text\": \"   \"}", "text",
        "{\"text\": \"Có chữ.\", \"published\": \"2024-02-30\"}", "published",
        "[]", "no articles",
        "[{\"text\": \"Có chữ.\"}, 5]", "article 1",
        "\"chỉ một chuỗi\"", "object",
        "{\"text\": 42}", "text");
    for (var e : cases.entrySet()) {
      HttpResponse<String> r = post("/api/articles", e.getKey());
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
      assertThat(json(r).get("error").asText()).as(e.getKey()).contains(e.getValue());
    }
  }

  @Test
  void postPastTheSizeLimitIs413() throws Exception {
    String big = "{\"text\": \"" + "Mưa lớn kéo dài. ".repeat(8000) + "\"}";
    HttpResponse<String> r = post("/api/articles", big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).get("error").asText()).contains("larger than");
    long before = repo.stats().articles();
    assertThat(post("/api/articles", "{\"text\": \"Trời nắng nhẹ ở Đà Lạt sáng nay.\"}").statusCode()).isEqualTo(201);
    assertThat(repo.stats().articles()).isEqualTo(before + 1);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/api/stats", "/", "/app.js", "/api/stories/nope", "/api/search?limit=0")) {
      HttpResponse<String> r = get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
    assertThat(get("/").body()).contains("<script src=\"app.js\"");
  }

  @Test
  void statsCountTheStore() throws Exception {
    JsonNode s = json(get("/api/stats"));
    assertThat(s.get("articles").asLong()).isEqualTo(repo.stats().articles());
    assertThat(s.get("stories").asLong()).isPositive();
    assertThat(s.get("entities").asLong()).isPositive();
  }

  @Test
  void entitiesMatchWithoutDiacriticsAndShowTheirMentions() throws Exception {
    JsonNode list = json(get("/api/entities?q=" + enc("tran van nam")));
    assertThat(list.get("entities").size()).isEqualTo(1);
    String id = list.get("entities").get(0).get("id").asText();
    JsonNode view = json(get("/api/entities/" + enc(id)));
    assertThat(view.get("name").asText()).isEqualTo("Trần Văn Nam");
    assertThat(view.get("mention_list").get(0).get("article").asText()).isEqualTo(MARKUP.id());
    assertThat(view.get("total_mentions").asInt()).isPositive();
    assertThat(json(get("/api/entities?limit=3")).get("entities").size()).isEqualTo(3);
  }

  @Test
  void exportsJsonAndMarkdownOfOneStory() throws Exception {
    String id = firstStoryId();
    HttpResponse<String> j = get("/api/stories/" + enc(id) + "/export?format=json");
    assertThat(j.statusCode()).isEqualTo(200);
    JsonNode doc = json(j);
    assertThat(doc.get("stories").size()).isEqualTo(1);
    assertThat(doc.get("stories").get(0).get("id").asText()).isEqualTo(id);
    assertThat(doc.get("articles").size()).isEqualTo(doc.get("stories").get(0).get("articles").size());
    assertThat(j.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");

    HttpResponse<String> md = get("/api/stories/" + enc(id) + "/export?format=markdown");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).startsWith("# Storyline").contains("## Nguồn");
  }

  /** Every registered route is documented, and every documented route exists. */
  @Test
  void openApiDocumentsExactlyTheRegisteredRoutes() throws Exception {
    JsonNode doc = json(get("/api/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      var path = it.next();
      path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
    }
    Set<String> registered = new HashSet<>(server.routes());
    assertThat(registered).contains("GET /api/stories/{id}", "POST /api/articles");
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
  }
}
