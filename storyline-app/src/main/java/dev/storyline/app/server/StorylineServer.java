package dev.storyline.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.render.HtmlReport;
import dev.storyline.render.JsonReport;
import dev.storyline.render.MarkdownReport;
import dev.storyline.render.TimelineJsReport;
import dev.storyline.store.EntityView;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.StoredStory;
import dev.storyline.store.StoryRepository;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The REST API and the web UI over a {@link StoryRepository}: JSON under /api (documented by the OpenAPI document
 * at /api/openapi.json), the single-page UI from the classpath folder /web at /. Every response carries the
 * security headers of {@link #SECURITY_HEADERS}.
 */
public final class StorylineServer implements AutoCloseable {

  /** Default cap on a POST body: large enough for a batch of articles, small enough to refuse a flood. */
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

  /**
   * No inline script or style anywhere (the UI loads app.js and app.css from 'self'), no framing, and nothing
   * leaves the page: article text is untrusted, so even markup that slipped through could not run or phone home.
   */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  public static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final String JSON = "application/json; charset=utf-8";
  private static final String HANDLED = "storyline.handled";
  private static final int MAX_PAGE = 500;

  /**
   * @param host         interface to bind ("127.0.0.1" by default: a store is private unless asked otherwise)
   * @param port         port, 0 for any free one
   * @param maxBodyBytes largest accepted POST body; larger gets 413
   */
  public record Settings(String host, int port, long maxBodyBytes) {
    public Settings {
      if (host == null || host.isBlank()) host = "127.0.0.1";
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535: " + port);
      if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }

    public static Settings defaults() { return new Settings("127.0.0.1", 8080, DEFAULT_MAX_BODY_BYTES); }
  }

  private final StoryRepository repo;
  private final Settings settings;
  private final Javalin app;
  private final byte[] openApi;

  private StorylineServer(StoryRepository repo, Settings settings) {
    this.repo = repo;
    this.settings = settings;
    this.openApi = resource("/dev/storyline/app/server/openapi.json");
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "no-cache");
      });
      config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
      config.routes.get("/api/stories", this::stories);
      config.routes.get("/api/stories/{id}", this::story);
      config.routes.get("/api/stories/{id}/export", this::export);
      config.routes.post("/api/stories/{id}/merge", this::merge);
      config.routes.post("/api/stories/{id}/split", this::split);
      config.routes.get("/api/articles/{id}", this::article);
      config.routes.post("/api/articles", this::postArticles);
      config.routes.get("/api/entities", this::entities);
      config.routes.get("/api/entities/{id}", this::entity);
      config.routes.get("/api/search", this::search);
      config.routes.get("/api/stats", ctx -> json(ctx, 200, ApiJson.stats(repo.stats())));
      config.routes.get("/api/openapi.json", ctx -> ctx.status(200).contentType(JSON).result(openApi));
      config.routes.exception(BadRequest.class, (e, ctx) -> json(ctx, e.status, ApiJson.error(e.status, e.getMessage())));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> json(ctx, 400, ApiJson.error(400, e.getMessage())));
      config.routes.exception(UnsupportedOperationException.class,
          (e, ctx) -> json(ctx, 501, ApiJson.error(501, "not implemented yet")));
      config.routes.exception(HttpResponseException.class,
          (e, ctx) -> json(ctx, e.getStatus(), ApiJson.error(e.getStatus(), e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> json(ctx, 500, ApiJson.error(500, "internal error")));
      // Javalin's own 404 (no route, no file) as JSON under /api; the handlers' 404s are already JSON.
      config.routes.error(404, ctx -> {
        if (ctx.attribute(HANDLED) == null) json(ctx, 404, ApiJson.error(404, "not found: " + ctx.path()));
      });
      config.routes.error(405, ctx -> {
        if (ctx.attribute(HANDLED) == null) json(ctx, 405, ApiJson.error(405, "method not allowed"));
      });
    });
  }

  /** A server over {@code repo}, not started. */
  public static StorylineServer create(StoryRepository repo, Settings settings) {
    return new StorylineServer(repo, settings);
  }

  public StorylineServer start() {
    app.start();
    return this;
  }

  /** The bound port (the real one when started on port 0). */
  public int port() { return app.port(); }

  public Settings settings() { return settings; }

  /** Method and path of every registered HTTP route (not before/after filters), e.g. "GET /api/stories/{id}". */
  public List<String> routes() {
    List<String> out = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      HandlerType m = e.endpoint.method;
      if (m.isHttpMethod()) out.add(m.name() + " " + e.endpoint.path);
    }
    return out;
  }

  @Override
  public void close() { app.stop(); }

  // ---- handlers

  private void stories(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("offset", offset);
    m.put("limit", limit);
    m.put("stories", ApiJson.map(repo.stories(offset, limit), ApiJson::storySummary));
    json(ctx, 200, m);
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    StoredStory s = repo.story(id).orElseThrow(() -> notFound("story", id));
    Map<String, Optional<AnalyzedArticle>> cache = new HashMap<>();
    json(ctx, 200, ApiJson.story(s, a -> cache.computeIfAbsent(a, repo::article)));
  }

  /** An editor merges story "from" (body {"from": ID}) into this one; 200 with its id and article count. */
  private void merge(Context ctx) {
    String id = ctx.pathParam("id");
    String from = stringField(editBody(ctx), "from", "body");
    if (from == null || from.isBlank()) throw new BadRequest(400, "body: from (the story to merge into " + id + ") is missing");
    String merged = repo.mergeStories(id, from);
    json(ctx, 200, Map.of("story", merged, "articles", repo.story(merged).map(x -> x.story().articles().size()).orElse(0)));
  }

  /** An editor moves articles (body {"articles": [ID, …]}) out of this story into a new one; 201 with its id. */
  private void split(Context ctx) {
    String id = ctx.pathParam("id");
    JsonNode list = editBody(ctx).get("articles");
    if (list == null || !list.isArray() || list.isEmpty()) throw new BadRequest(400, "body: articles must be a non-empty array of article ids");
    List<String> ids = new ArrayList<>();
    for (JsonNode n : list) {
      if (!n.isTextual()) throw new BadRequest(400, "body: articles must hold strings");
      ids.add(n.asText());
    }
    json(ctx, 201, Map.of("story", repo.splitStory(id, ids), "from", id));
  }

  private static JsonNode editBody(Context ctx) {
    try {
      JsonNode n = MAPPER.readTree(ctx.bodyAsBytes());
      if (n == null || !n.isObject()) throw new BadRequest(400, "body must be a JSON object");
      return n;
    } catch (IOException e) {
      throw new BadRequest(400, "body is not valid JSON: " + firstLine(e.getMessage()));
    }
  }

  private void export(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json").strip().toLowerCase(Locale.ROOT);
    String contentType, ext;
    switch (format) {
      case "json" -> { contentType = JSON; ext = "json"; }
      case "markdown", "md" -> { contentType = "text/markdown; charset=utf-8"; ext = "md"; }
      case "html" -> { contentType = "text/html; charset=utf-8"; ext = "html"; }
      case "timelinejs" -> { contentType = JSON; ext = "timeline.json"; }
      default -> throw new BadRequest(400, "format must be json, markdown, html or timelinejs: " + format);
    }
    StoredStory s = repo.story(id).orElseThrow(() -> notFound("story", id));
    Storyline storyline = storyline(s);
    StringBuilder out = new StringBuilder(8192);
    switch (format) {
      case "json" -> new JsonReport().write(storyline, out);
      case "html" -> new HtmlReport().write(storyline, out);
      case "timelinejs" -> new TimelineJsReport().write(storyline, out);
      default -> new MarkdownReport().write(storyline, out);
    }
    // A download, not a page of this site: the standalone HTML report has its own styles, opened offline.
    ctx.header("Content-Disposition", "attachment; filename=\"" + safeFileName(id) + "." + ext + "\"");
    ctx.status(200).contentType(contentType).result(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One story, its articles and the entities its actors name: what the core reports render. */
  private Storyline storyline(StoredStory s) {
    Story story = s.story();
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (String a : story.articles()) repo.article(a).ifPresent(articles::add);
    List<Entity> entities = new ArrayList<>();
    for (Story.Actor actor : story.actors()) {
      if (actor.entity() != null) repo.entity(actor.entity()).map(EntityView::entity).ifPresent(entities::add);
    }
    return new Storyline(articles, entities, List.of(story), List.of());
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    AnalyzedArticle a = repo.article(id).orElseThrow(() -> notFound("article", id));
    json(ctx, 200, ApiJson.article(a));
  }

  private void entities(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entities", ApiJson.map(repo.entities(q, limit), ApiJson::entity));
    json(ctx, 200, m);
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    EntityView v = repo.entity(id).orElseThrow(() -> notFound("entity", id));
    json(ctx, 200, ApiJson.entityView(v));
  }

  private void search(Context ctx) {
    json(ctx, 200, ApiJson.searchResult(repo.search(searchRequest(ctx))));
  }

  /** The query string as a SearchRequest; a BadRequest naming the parameter for anything unreadable. */
  static SearchRequest searchRequest(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    LocalDate from = dateParam(ctx, "from"), to = dateParam(ctx, "to");
    if (from != null && to != null && from.isAfter(to))
      throw new BadRequest(400, "from (" + from + ") is after to (" + to + ")");
    SearchRequest.DateField dateField = SearchRequest.DateField.PUBLISHED;
    String df = blankToNull(ctx.queryParam("date_field"));
    if (df != null) {
      try {
        dateField = SearchRequest.DateField.valueOf(df.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequest(400, "date_field must be published or event: " + df);
      }
    }
    EntityType type = null;
    String t = blankToNull(ctx.queryParam("type"));
    if (t != null) {
      try {
        type = EntityType.valueOf(t.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequest(400, "type must be PERSON, ORGANIZATION, LOCATION or MISC: " + t);
      }
    }
    boolean group = boolParam(ctx, "group_by_story");
    // Facets by default (the UI shows them); facets=false makes a broad query much cheaper.
    boolean facets = ctx.queryParam("facets") == null || boolParam(ctx, "facets");
    int offset = intParam(ctx, "offset", 0, 0, 10_000);
    int limit = intParam(ctx, "limit", 10, 1, 100);
    return new SearchRequest(q, from, to, dateField, blankToNull(ctx.queryParam("entity")), type,
        blankToNull(ctx.queryParam("source")), blankToNull(ctx.queryParam("story")), group, offset, limit, facets);
  }

  private void postArticles(Context ctx) throws IOException {
    long max = settings.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) throw new BadRequest(413, "body larger than " + max + " bytes");
    byte[] body = readAtMost(ctx.bodyInputStream(), max);
    if (body == null) throw new BadRequest(413, "body larger than " + max + " bytes");
    List<RawArticle> raws = parseArticles(body);
    json(ctx, 201, ApiJson.ingestReport(repo.add(raws)));
  }

  /** The body, or null when it is longer than {@code max} (read no further than max + 1 bytes). */
  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] got = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    return got.length > max ? null : got;
  }

  /** One article object or an array of them; every problem is a 400 naming the item and the field. */
  static List<RawArticle> parseArticles(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new BadRequest(400, "body is not valid JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || root.isMissingNode()) throw new BadRequest(400, "body is empty; send an article object or an array of them");
    List<JsonNode> items = new ArrayList<>();
    if (root.isArray()) root.forEach(items::add);
    else if (root.isObject()) items.add(root);
    else throw new BadRequest(400, "body must be an article object or an array of them");
    if (items.isEmpty()) throw new BadRequest(400, "no articles in the array");
    List<RawArticle> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) out.add(rawArticle(items.get(i), root.isArray() ? "article " + i : "article"));
    return out;
  }

  private static RawArticle rawArticle(JsonNode n, String where) {
    if (!n.isObject()) throw new BadRequest(400, where + " is not an object");
    String text = stringField(n, "text", where);
    if (text == null || text.isBlank()) throw new BadRequest(400, where + ": text is missing or blank");
    String published = stringField(n, "published", where);
    PartialDate date = null;
    if (published != null && !published.isBlank()) {
      date = PartialDate.parseIso(published).orElseThrow(() ->
          new BadRequest(400, where + ": published is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): " + published));
    }
    String id = stringField(n, "id", where);
    // The same text posted twice gets the same id, so the store sees it as one article.
    if (id == null || id.isBlank()) id = "api-" + sha256(text).substring(0, 16);
    return new RawArticle(id.strip(), "api", stringField(n, "title", where), text, date,
        stringField(n, "url", where), stringField(n, "outlet", where));
  }

  private static String stringField(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw new BadRequest(400, where + ": " + field + " must be a string");
    return v.asText();
  }

  // ---- helpers

  private static void json(Context ctx, int status, Object body) {
    try {
      ctx.attribute(HANDLED, Boolean.TRUE);
      ctx.status(status).contentType(JSON).result(WRITER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BadRequest notFound(String what, String id) {
    return new BadRequest(404, "no " + what + " with id " + id);
  }

  static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) return dflt;
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(400, name + " must be an integer: " + v);
    }
    if (n < min || n > max) throw new BadRequest(400, name + " must be " + min + ".." + max + ": " + n);
    return n;
  }

  private static boolean boolParam(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) return false;
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new BadRequest(400, name + " must be true or false: " + v);
    };
  }

  private static LocalDate dateParam(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    if (v == null) return null;
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeException e) {
      throw new BadRequest(400, name + " must be a date YYYY-MM-DD: " + v);
    }
  }

  private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String safeFileName(String id) {
    StringBuilder b = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      b.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ? c : '_');
    }
    return b.isEmpty() ? "story" : b.toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = StorylineServer.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client error with its status (400, 404, 413) and a reason the client can act on. */
  static final class BadRequest extends RuntimeException {
    final int status;

    BadRequest(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }
}
