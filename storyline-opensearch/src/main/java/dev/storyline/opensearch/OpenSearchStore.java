package dev.storyline.opensearch;

import static dev.storyline.opensearch.Docs.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.store.ArticleHeader;
import dev.storyline.store.EntityView;
import dev.storyline.store.IngestReport;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResult;
import dev.storyline.store.SearchResult.FacetCount;
import dev.storyline.store.SearchResult.Hit;
import dev.storyline.store.SearchResult.StoryGroup;
import dev.storyline.store.StoreJson;
import dev.storyline.store.StoreStats;
import dev.storyline.store.StoredStory;
import dev.storyline.store.StoryEdit;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.StorySummary;
import dev.storyline.store.StoryUpdater;
import dev.storyline.store.search.QueryParts;
import dev.storyline.store.search.Snippets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A {@link StoryRepository} in an OpenSearch cluster: three indices {@code PREFIX-articles}, {@code PREFIX-stories},
 * {@code PREFIX-entities} (and {@code PREFIX-meta} for the story counter, {@code PREFIX-pins} for the editors'
 * merges and splits), see docs/opensearch.md.
 *
 * <p>Ingest is the embedded store's ({@link StoryUpdater}: same dedup, window, regrouping, stable ids, entity
 * counts); the plan is written with bulk requests: stories and entities first, articles last, the counter after
 * them, then one refresh so that what {@link #add} stored is visible when it returns. A cluster offers no
 * transaction over several documents: a failure midway leaves the stories and entities written so far; see
 * {@link #add} for what that means and how re-ingesting the batch repairs it.
 *
 * <p>Search follows the embedded search clause for clause ({@link SearchQueries}); snippets and groups are
 * computed here with the same {@link Snippets}. Thread-safe: reads run at any time, writes are serialised in this
 * process. Two processes must not ingest into the same prefix at once (there is no cluster-wide lock).
 */
public final class OpenSearchStore implements StoryRepository {
  /** Mentions {@link #entity} returns at most (as the embedded store). */
  public static final int MAX_MENTIONS = 200;
  /** Stories {@link #entity} returns at most (as the embedded store). */
  public static final int MAX_ENTITY_STORIES = 100;
  /** Default prefix of the index names. */
  public static final String DEFAULT_PREFIX = "storyline";

  private static final int TERMS_CHUNK = 4000, SNIPPETS = 3;
  /** OpenSearch's default index.max_result_window: from + size beyond it is refused. */
  static final int RESULT_WINDOW = 10_000;
  /** Bulk requests are cut at about this many bytes of NDJSON. */
  private static final int BULK_BYTES = 8 << 20;

  private final Cluster cluster;
  private final String prefix, articles, stories, entities, meta, pins;
  private StoryUpdater updater = new StoryUpdater();
  private final ReentrantLock writeLock = new ReentrantLock();
  private long nextStory = 1, commits;
  private volatile boolean closed;
  /** Hits per request when paging with search_after (tests make it small to page often). */
  int page = 1000;
  /** Largest from + size asked in one request (tests make it small to take the search_after path). */
  int resultWindow = RESULT_WINDOW;
  /** Test hook: a store whose date window gives way to the retrieval window above {@code maxDateWindow} articles. */
  OpenSearchStore withMaxDateWindow(int maxDateWindow) {
    updater = new StoryUpdater(Math.max(1, Runtime.getRuntime().availableProcessors()), maxDateWindow);
    return this;
  }

  /** Test hook: runs after stories and entities are written and before the articles are. */
  volatile Runnable beforeArticles = () -> {};

  private OpenSearchStore(Cluster cluster, String prefix) {
    this.cluster = cluster;
    this.prefix = prefix;
    this.articles = prefix + "-articles";
    this.stories = prefix + "-stories";
    this.entities = prefix + "-entities";
    this.meta = prefix + "-meta";
    this.pins = prefix + "-pins";
  }

  /** Connects to the node at {@code url} and opens the store under {@code prefix}, creating its indices when absent. */
  public static OpenSearchStore open(String url, String prefix) {
    return open(Connection.of(url), prefix, true);
  }

  /** {@link #open(String, String)} with credentials and TLS settings. */
  public static OpenSearchStore open(Connection connection, String prefix) {
    return open(connection, prefix, true);
  }

  /** Connects and opens an existing store; a cluster without this prefix's indices is an error, not a new store. */
  public static OpenSearchStore openExisting(String url, String prefix) {
    return open(Connection.of(url), prefix, false);
  }

  /** {@link #openExisting(String, String)} with credentials and TLS settings. */
  public static OpenSearchStore openExisting(Connection connection, String prefix) {
    return open(connection, prefix, false);
  }

  private static OpenSearchStore open(Connection connection, String prefix, boolean create) {
    String p = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix;
    if (!p.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException("an index prefix is lower-case letters, digits, '_', '.', '-': " + prefix);
    }
    Cluster cluster = new Cluster(connection);
    OpenSearchStore store = new OpenSearchStore(cluster, p);
    try {
      cluster.send("GET", "/", null); // reachable at all? (a clear error before anything else)
      store.init(create);
      return store;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void init(boolean create) {
    boolean exists = exists(articles);
    if (!exists && !create) {
      throw new IllegalStateException("no store with prefix '" + prefix + "' at " + cluster.url()
          + " (create one with: storyline ingest INPUTS --opensearch " + cluster.url() + " --opensearch-prefix " + prefix + ")");
    }
    if (create) {
      createIfAbsent(articles, Docs.articleIndex());
      createIfAbsent(stories, Docs.storyIndex());
      createIfAbsent(entities, Docs.entityIndex());
      createIfAbsent(meta, Docs.metaIndex());
      createIfAbsent(pins, Docs.pinIndex());
    }
    JsonNode state = cluster.send("GET", "/" + meta + "/_doc/state", null, 404);
    if (state.path("found").asBoolean(false)) {
      nextStory = state.path("_source").path(NEXT_STORY).asLong(1);
      commits = state.path("_source").path(COMMITS).asLong(0);
    }
  }

  private boolean exists(String index) {
    JsonNode r = cluster.send("GET", "/" + index, null, 404);
    return r.has(index);
  }

  private void createIfAbsent(String index, ObjectNode body) {
    if (exists(index)) return;
    // Another client may create it between the check and the request: that is fine, it is the same index.
    cluster.send("PUT", "/" + index, body, 400);
  }

  /** Deletes this prefix's indices (tests, tools). The store is closed afterwards. */
  public void deleteAll() {
    for (String index : List.of(articles, stories, entities, meta, pins)) cluster.send("DELETE", "/" + index, null, 404);
    close();
  }

  public String prefix() { return prefix; }

  public String url() { return cluster.url(); }

  // ---------------------------------------------------------------- writing

  /**
   * Plans the batch with {@link StoryUpdater} and writes the plan: stories and story deletions, entities and entity
   * deletions, then the articles, then the story counter, then a refresh.
   *
   * <p>Not atomic. If a request fails midway, the exception names it and the store keeps what was written so far:
   * the batch's articles are missing (they go last), so re-ingesting the same batch plans it again from the stored
   * articles and writes every document of that plan, replacing the partial ones; the counter, written last, was
   * not advanced, so the new stories get the same ids again and overwrite the orphans. What a re-run cannot undo:
   * the mention counts of the entities already written were moved once and are moved again (counts run high by the
   * failed batch's mentions until those entities are rewritten).
   */
  @Override
  public IngestReport add(List<RawArticle> batch) {
    writeLock.lock();
    try {
      ensureOpen();
      StoryUpdater.Plan plan = updater.plan(new ClusterState(), batch, nextStory);
      if (plan.isEmpty()) return plan.report();
      Bulk bulk = new Bulk();
      for (StoryUpdater.StoryWrite w : plan.stories()) bulk.index(stories, w.story().id(), Docs.story(w));
      for (String id : plan.deletedStories()) bulk.delete(stories, id);
      for (Entity e : plan.entities()) bulk.index(entities, e.id(), Docs.entity(e));
      for (String id : plan.deletedEntities()) bulk.delete(entities, id);
      bulk.flush();
      beforeArticles.run();
      for (StoryUpdater.StoredArticle a : plan.articles()) {
        bulk.index(articles, a.article().id(), Docs.article(a.article(), a.story(), a.hash()));
      }
      bulk.flush();
      ObjectNode state = Cluster.obj();
      state.put(NEXT_STORY, plan.nextStory());
      state.put(COMMITS, commits + 1);
      cluster.send("PUT", "/" + meta + "/_doc/state", state);
      nextStory = plan.nextStory();
      commits++;
      refresh();
      return plan.report();
    } catch (RuntimeException | Error e) {
      // What was written before the failure becomes visible too, so the next plan (a re-run) reads it; a refresh
      // that fails as well (the cluster is gone) must not hide the first error.
      try {
        refresh();
      } catch (RuntimeException again) {
        e.addSuppressed(again);
      }
      throw e;
    } finally {
      writeLock.unlock();
    }
  }

  private void refresh() {
    // A store created before editing existed has no pins index until its first edit.
    cluster.send("POST", "/" + articles + "," + stories + "," + entities + "," + meta + "," + pins
        + "/_refresh?ignore_unavailable=true", null);
  }

  // ---------------------------------------------------------------- editing

  /**
   * Merges story {@code from} into {@code into} (see {@link StoryRepository#mergeStories}); the articles are pinned
   * so later ingests keep them together.
   *
   * <p>Not atomic, like {@link #add}: pins first (the editor's decision), then the rebuilt stories, the moved
   * articles, the deleted story and the counter. If a request fails midway, the articles still name their old
   * story, so the same edit can be run again and writes the whole plan.
   */
  @Override
  public String mergeStories(String into, String from) {
    return edit(state -> StoryEdit.merge(state, into, from, nextStory, where()));
  }

  /** Splits articles off a story into a new one (see {@link StoryRepository#splitStory}); same writing as a merge. */
  @Override
  public String splitStory(String story, Collection<String> articleIds) {
    return edit(state -> StoryEdit.split(state, story, articleIds, nextStory, where()));
  }

  private String where() { return "OpenSearch " + cluster.url() + " (prefix " + prefix + ")"; }

  private String edit(java.util.function.Function<StoryUpdater.StoredState, StoryEdit> plan) {
    writeLock.lock();
    try {
      ensureOpen();
      StoryEdit e = plan.apply(new ClusterState());
      createIfAbsent(pins, Docs.pinIndex());
      Bulk bulk = new Bulk();
      for (Map.Entry<String, String> p : e.pins().entrySet()) bulk.index(pins, p.getKey(), Docs.pin(p.getKey(), p.getValue()));
      bulk.flush();
      for (StoryUpdater.StoryWrite w : e.stories()) bulk.index(stories, w.story().id(), Docs.story(w));
      bulk.flush();
      for (StoryUpdater.StoredArticle a : e.moved()) {
        bulk.index(articles, a.article().id(), Docs.article(a.article(), a.story(), a.hash()));
      }
      for (String id : e.deleted()) bulk.delete(stories, id);
      bulk.flush();
      ObjectNode state = Cluster.obj();
      state.put(NEXT_STORY, e.nextStory());
      state.put(COMMITS, commits + 1);
      cluster.send("PUT", "/" + meta + "/_doc/state", state);
      nextStory = e.nextStory();
      commits++;
      refresh();
      return e.result();
    } catch (RuntimeException | Error ex) {
      if (ex instanceof IllegalArgumentException) throw ex; // refused before anything was written
      try {
        refresh();
      } catch (RuntimeException again) {
        ex.addSuppressed(again);
      }
      throw ex;
    } finally {
      writeLock.unlock();
    }
  }

  /** How many add() calls have written their plan since the store was created. */
  public long commits() {
    writeLock.lock();
    try {
      return commits;
    } finally {
      writeLock.unlock();
    }
  }

  /** NDJSON bulk requests cut by size; any item error fails the request with the first reason. */
  private final class Bulk {
    private final StringBuilder body = new StringBuilder();

    void index(String index, String id, ObjectNode doc) {
      body.append(action("index", index, id)).append('\n').append(doc).append('\n');
      if (body.length() >= BULK_BYTES) flush();
    }

    void delete(String index, String id) {
      body.append(action("delete", index, id)).append('\n');
      if (body.length() >= BULK_BYTES) flush();
    }

    private String action(String kind, String index, String id) {
      ObjectNode a = Cluster.obj();
      a.put("_index", index);
      a.put("_id", id);
      return Cluster.obj(kind, a).toString();
    }

    void flush() {
      if (body.isEmpty()) return;
      String ndjson = body.toString();
      body.setLength(0);
      JsonNode r = cluster.send("POST", "/_bulk", ndjson);
      if (!r.path("errors").asBoolean(false)) return;
      for (JsonNode item : r.path("items")) {
        JsonNode op = item.elements().next();
        int status = op.path("status").asInt(200);
        if (status >= 400 && !(status == 404 && item.has("delete"))) {
          throw new OpenSearchException("OpenSearch at " + cluster.url() + " refused to store " + op.path("_index").asText()
              + "/" + op.path("_id").asText() + ": " + op.path("error").path("reason").asText(op.toString()));
        }
      }
    }
  }

  /** The stored state as the updater reads it: searches and multi-gets over the (refreshed) indices. */
  private final class ClusterState implements StoryUpdater.StoredState {
    @Override
    public Set<String> storedArticleIds(Collection<String> ids) { return existing(ID, ids); }

    @Override
    public Set<String> storedHashes(Collection<String> hashes) { return existing(HASH, hashes); }

    private Set<String> existing(String field, Collection<String> values) {
      Set<String> out = new HashSet<>();
      for (List<String> chunk : chunks(new ArrayList<>(new LinkedHashSet<>(values)))) {
        scan(articles, Cluster.obj("terms", Cluster.obj(field, chunk)), List.of(field), hit -> out.add(hit.path(field).asText()));
      }
      return out;
    }

    @Override
    public Set<String> storiesPublishedBetween(long fromDay, long toDay) {
      ObjectNode range = Cluster.obj();
      range.put("gte", fromDay);
      range.put("lte", toDay);
      Set<String> out = new HashSet<>();
      scan(articles, Cluster.obj("range", Cluster.obj(DAY, range)), List.of(STORY), hit -> {
        if (hit.hasNonNull(STORY)) out.add(hit.get(STORY).asText());
      });
      return out;
    }

    @Override
    public long articlesPublishedBetween(long fromDay, long toDay) {
      ObjectNode body = Cluster.obj();
      body.set("query", dayRange(fromDay, toDay));
      return cluster.send("POST", "/" + articles + "/_count", body).path("count").asLong();
    }

    @Override
    public Set<String> storiesMatching(AnalyzedArticle article, long fromDay, long toDay, int limit) {
      // The title and lead as the text field indexes them (client-normalised syllables), matched on the folded
      // subfield: BM25 weighs the rare words, as the embedded store's query over its rarest pairs does.
      String text = article.article().text();
      String title = article.article().title() == null ? "" : article.article().title();
      String lead = String.join(" ", Docs.segments(title + "\n" + text.substring(0, Math.min(text.length(), 800))));
      if (lead.isBlank()) return Set.of();
      ObjectNode match = Cluster.obj("match", Cluster.obj(TEXT + FOLDED, lead));
      ObjectNode bool = Cluster.obj();
      bool.set("filter", dayRange(fromDay, toDay));
      bool.set("must", match);
      ObjectNode body = Cluster.obj();
      body.set("query", Cluster.obj("bool", bool));
      body.put("size", 4 * limit);
      body.set("_source", Cluster.JSON.valueToTree(List.of(STORY)));
      Set<String> out = new LinkedHashSet<>();
      for (JsonNode hit : search(articles, body).path("hits").path("hits")) {
        JsonNode story = hit.path("_source").path(STORY);
        if (!story.isMissingNode() && !story.isNull() && out.add(story.asText()) && out.size() == limit) break;
      }
      return out;
    }

    private ObjectNode dayRange(long fromDay, long toDay) {
      ObjectNode range = Cluster.obj();
      range.put("gte", fromDay);
      range.put("lte", toDay);
      return Cluster.obj("range", Cluster.obj(DAY, range));
    }

    @Override
    public List<StoryUpdater.StoredArticle> articlesOfStories(Set<String> storyIds) {
      List<StoryUpdater.StoredArticle> out = new ArrayList<>();
      for (List<String> chunk : chunks(new ArrayList<>(storyIds))) {
        scan(articles, Cluster.obj("terms", Cluster.obj(STORY, chunk)), List.of(JSON, STORY, HASH),
            hit -> out.add(new StoryUpdater.StoredArticle(StoreJson.read(hit.get(JSON).asText(), AnalyzedArticle.class),
                hit.path(STORY).asText(null), hit.path(HASH).asText(null))));
      }
      return out;
    }

    @Override
    public Map<String, Story> stories(Collection<String> ids) {
      Map<String, Story> out = new HashMap<>();
      mget(stories, ids, List.of(JSON), (id, src) -> out.put(id, StoreJson.read(src.get(JSON).asText(), Story.class)));
      return out;
    }

    @Override
    public Map<String, Entity> entities(Collection<String> ids) {
      Map<String, Entity> out = new HashMap<>();
      mget(entities, ids, List.of(JSON), (id, src) -> out.put(id, StoreJson.read(src.get(JSON).asText(), Entity.class)));
      return out;
    }

    @Override
    public Map<String, String> pins(Collection<String> articleIds) {
      if (articleIds.isEmpty() || !exists(pins)) return Map.of();
      Map<String, String> out = new HashMap<>();
      mget(pins, articleIds, List.of(STORY), (id, src) -> out.put(id, src.path(STORY).asText()));
      return out;
    }
  }

  private static List<List<String>> chunks(List<String> values) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i += TERMS_CHUNK) out.add(values.subList(i, Math.min(values.size(), i + TERMS_CHUNK)));
    return out;
  }

  /** Every document matching the query (filter context), a page at a time with search_after on the id. */
  private void scan(String index, ObjectNode filter, List<String> fields, Consumer<JsonNode> sink) {
    JsonNode after = null;
    while (true) {
      ObjectNode body = Cluster.obj();
      body.put("size", page);
      body.set("query", Cluster.obj("bool", Cluster.obj("filter", filter)));
      body.set("_source", Cluster.JSON.valueToTree(fields));
      body.set("sort", Cluster.JSON.valueToTree(List.of(Map.of(ID, "asc"))));
      if (after != null) body.set("search_after", after);
      JsonNode hits = cluster.send("POST", "/" + index + "/_search", body).path("hits").path("hits");
      for (JsonNode h : hits) sink.accept(h.path("_source"));
      if (hits.size() < page) return;
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  private interface SourceSink { void accept(String id, JsonNode source); }

  /** The found documents among {@code ids}, in the order asked. */
  private void mget(String index, Collection<String> ids, List<String> fields, SourceSink sink) {
    List<String> list = new ArrayList<>(new LinkedHashSet<>(ids));
    for (List<String> chunk : chunks(list)) {
      ObjectNode body = Cluster.obj("ids", chunk);
      String endpoint = "/" + index + "/_mget?_source_includes=" + String.join(",", fields);
      for (JsonNode d : cluster.send("POST", endpoint, body).path("docs")) {
        if (d.path("found").asBoolean(false)) sink.accept(d.path("_id").asText(), d.path("_source"));
      }
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Hits [offset, offset + limit) of a query in a total order (the sort must end on the unique id). Within the
   * index's result window (10,000 by default) one from/size request; beyond it, pages of search_after, so a long
   * story list or a large entity limit still works (at the cost of reading the hits before the offset).
   */
  private List<JsonNode> sortedPage(String index, ObjectNode query, List<?> sort, List<String> fields, int offset,
                                    int limit) {
    List<JsonNode> out = new ArrayList<>();
    ObjectNode body = Cluster.obj();
    body.set("query", query);
    body.set("_source", Cluster.JSON.valueToTree(fields));
    body.set("sort", Cluster.JSON.valueToTree(sort));
    if ((long) offset + limit <= resultWindow) {
      body.put("from", offset);
      body.put("size", limit);
      search(index, body).path("hits").path("hits").forEach(out::add);
      return out;
    }
    long skip = offset;
    JsonNode after = null;
    while (out.size() < limit) {
      body.put("size", page);
      if (after != null) body.set("search_after", after);
      JsonNode hits = search(index, body).path("hits").path("hits");
      for (JsonNode h : hits) {
        if (skip > 0) skip--;
        else if (out.size() < limit) out.add(h);
      }
      if (hits.size() < page) break;
      after = hits.get(hits.size() - 1).path("sort");
    }
    return out;
  }

  private JsonNode search(String index, ObjectNode body) {
    ensureOpen();
    return cluster.send("POST", "/" + index + "/_search", body);
  }

  @Override
  public List<StorySummary> stories(int offset, int limit) {
    if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must not be negative");
    if (limit == 0) return List.of();
    List<StorySummary> out = new ArrayList<>();
    for (JsonNode h : sortedPage(stories, Cluster.obj("match_all", Cluster.obj()),
        List.of(Map.of(LAST, "desc"), Map.of(ID, "asc")), List.of(SUMMARY), offset, limit)) {
      out.add(StoreJson.read(h.path("_source").path(SUMMARY).asText(), StorySummary.class));
    }
    return out;
  }

  @Override
  public Optional<StoredStory> story(String id) {
    ensureOpen();
    Optional<Story> story = storyDoc(id);
    if (story.isEmpty()) return Optional.empty();
    Map<String, ArticleHeader> headers = new HashMap<>();
    mget(articles, story.get().articles(), List.of(HEADER), (aid, src) -> {
      ArticleHeader h = StoreJson.read(src.get(HEADER).asText(), ArticleHeader.class);
      if (id.equals(h.storyId())) headers.put(aid, h);
    });
    List<ArticleHeader> ordered = new ArrayList<>();
    for (String a : story.get().articles()) if (headers.containsKey(a)) ordered.add(headers.get(a));
    return Optional.of(new StoredStory(story.get(), ordered));
  }

  private Optional<Story> storyDoc(String id) {
    List<Story> out = new ArrayList<>();
    mget(stories, List.of(id), List.of(JSON), (x, src) -> out.add(StoreJson.read(src.get(JSON).asText(), Story.class)));
    return out.stream().findFirst();
  }

  private Map<String, StorySummary> summaries(Collection<String> ids) {
    Map<String, StorySummary> out = new HashMap<>();
    if (!ids.isEmpty()) {
      mget(stories, ids, List.of(SUMMARY), (x, src) -> out.put(x, StoreJson.read(src.get(SUMMARY).asText(), StorySummary.class)));
    }
    return out;
  }

  private Map<String, Entity> entityDocs(Collection<String> ids) {
    Map<String, Entity> out = new HashMap<>();
    if (!ids.isEmpty()) mget(entities, ids, List.of(JSON), (x, src) -> out.put(x, StoreJson.read(src.get(JSON).asText(), Entity.class)));
    return out;
  }

  @Override
  public Optional<AnalyzedArticle> article(String id) {
    ensureOpen();
    List<AnalyzedArticle> out = new ArrayList<>();
    mget(articles, List.of(id), List.of(JSON), (x, src) -> out.add(StoreJson.read(src.get(JSON).asText(), AnalyzedArticle.class)));
    return out.stream().findFirst();
  }

  @Override
  public Optional<String> storyOf(String articleId) {
    ensureOpen();
    List<String> out = new ArrayList<>();
    mget(articles, List.of(articleId), List.of(STORY), (x, src) -> {
      if (src.hasNonNull(STORY)) out.add(src.get(STORY).asText());
    });
    return out.stream().findFirst();
  }

  @Override
  public List<Entity> entitiesById(Collection<String> ids) {
    ensureOpen();
    Map<String, Entity> found = entityDocs(ids);
    List<Entity> out = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) if (found.containsKey(id)) out.add(found.get(id));
    return out;
  }

  @Override
  public List<Entity> entities(String query, int limit) {
    if (limit <= 0) return List.of();
    ArrayNode filter = Cluster.JSON.createArrayNode();
    // Every typed word must start a word of the name or an alias: "biden" finds "Joe Biden", "ha n" finds "Hà Nội".
    for (String w : StoryUpdater.words(query == null ? "" : query)) filter.add(Cluster.obj("prefix", Cluster.obj(WORD, w)));
    List<Entity> out = new ArrayList<>();
    for (JsonNode h : sortedPage(entities, Cluster.obj("bool", Cluster.obj("filter", filter)),
        List.of(Map.of(MENTIONS, "desc"), Map.of(ID, "asc")), List.of(JSON), 0, limit)) {
      out.add(StoreJson.read(h.path("_source").path(JSON).asText(), Entity.class));
    }
    return out;
  }

  @Override
  public Optional<EntityView> entity(String id) {
    ensureOpen();
    Entity entity = entityDocs(List.of(id)).get(id);
    if (entity == null) return Optional.empty();
    // Mentions from the newest articles first; every article holds at least one, so MAX_MENTIONS articles suffice.
    ObjectNode body = Cluster.obj();
    body.put("size", MAX_MENTIONS);
    body.set("query", Cluster.obj("bool", Cluster.obj("filter", Cluster.obj("term", Cluster.obj(ENTITY, id)))));
    body.set("_source", Cluster.JSON.valueToTree(List.of(JSON)));
    body.set("sort", Cluster.JSON.valueToTree(List.of(Map.of(DAY, Map.of("order", "desc", "missing", "_last")), Map.of(ID, "asc"))));
    List<EntityView.Mention> mentions = new ArrayList<>();
    for (JsonNode h : search(articles, body).path("hits").path("hits")) {
      if (mentions.size() >= MAX_MENTIONS) break;
      AnalyzedArticle a = StoreJson.read(h.path("_source").path(JSON).asText(), AnalyzedArticle.class);
      for (EntityMention m : a.entities()) {
        if (!id.equals(m.entity()) || mentions.size() >= MAX_MENTIONS) continue;
        mentions.add(EntityView.Mention.of(a, m));
      }
    }
    ObjectNode sq = Cluster.obj();
    sq.put("size", MAX_ENTITY_STORIES);
    sq.set("query", Cluster.obj("bool", Cluster.obj("filter", Cluster.obj("term", Cluster.obj(ENTITY, id)))));
    sq.set("_source", Cluster.JSON.valueToTree(List.of(SUMMARY)));
    sq.set("sort", Cluster.JSON.valueToTree(List.of(Map.of(LAST, "desc"), Map.of(ID, "asc"))));
    List<StorySummary> list = new ArrayList<>();
    for (JsonNode h : search(stories, sq).path("hits").path("hits")) {
      list.add(StoreJson.read(h.path("_source").path(SUMMARY).asText(), StorySummary.class));
    }
    return Optional.of(new EntityView(entity, mentions, entity.mentions(), list));
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long t0 = System.nanoTime();
    if ((long) request.offset() + request.limit() > resultWindow) {
      throw new IllegalArgumentException("search pages end at hit " + resultWindow + " on OpenSearch; narrow the query");
    }
    List<QueryParts.Run> runs = QueryParts.parse(request.query());
    JsonNode r = search(articles, SearchQueries.body(request, runs));
    long total = r.path("hits").path("total").path("value").asLong();
    List<Hit> hits = new ArrayList<>();
    for (JsonNode h : r.path("hits").path("hits")) {
      JsonNode src = h.path("_source");
      ArticleHeader header = StoreJson.read(src.path(HIT).asText(), ArticleHeader.class);
      float score = h.path("_score").isNumber() ? (float) h.path("_score").asDouble() : 0f;
      hits.add(new Hit(header, score, Snippets.build(src.path(PLAIN).asText(""), runs, SNIPPETS)));
    }
    Map<String, List<FacetCount>> facets = request.facets() ? facets(r.path("aggregations")) : Map.of();
    List<StoryGroup> groups = request.groupByStory() ? group(hits) : List.of();
    return new SearchResult(total, hits, facets, groups, (System.nanoTime() - t0) / 1_000_000);
  }

  private Map<String, List<FacetCount>> facets(JsonNode aggs) {
    Map<String, List<JsonNode>> buckets = new LinkedHashMap<>();
    Set<String> storyIds = new LinkedHashSet<>(), entityIds = new LinkedHashSet<>();
    for (String name : SearchQueries.FACETS) {
      List<JsonNode> list = new ArrayList<>();
      aggs.path(name).path("buckets").forEach(list::add);
      buckets.put(name, list);
      for (JsonNode b : list) {
        if (name.equals("story")) storyIds.add(b.path("key").asText());
        if (name.equals("entity")) entityIds.add(b.path("key").asText());
      }
    }
    Map<String, StorySummary> storyLabels = summaries(storyIds);
    Map<String, Entity> entityLabels = entityDocs(entityIds);
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<JsonNode>> e : buckets.entrySet()) {
      List<FacetCount> counts = new ArrayList<>();
      for (JsonNode b : e.getValue()) {
        String value = b.path("key").asText();
        String label = switch (e.getKey()) {
          case "story" -> storyLabels.containsKey(value) ? storyLabels.get(value).title() : value;
          case "entity" -> entityLabels.containsKey(value) ? entityLabels.get(value).name() : value;
          default -> value;
        };
        counts.add(new FacetCount(value, label, b.path("doc_count").asLong()));
      }
      counts.sort((x, y) -> x.count() != y.count() ? Long.compare(y.count(), x.count()) : x.value().compareTo(y.value()));
      out.put(e.getKey(), counts);
    }
    return out;
  }

  /** As the embedded search: groups in the order of their best hit; a hit without a story is a group of its own. */
  private List<StoryGroup> group(List<Hit> hits) {
    Map<String, List<Hit>> byStory = new LinkedHashMap<>();
    int loose = 0;
    for (Hit h : hits) {
      String key = h.article().storyId() == null ? "\u0000" + (loose++) : h.article().storyId();
      byStory.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String k : byStory.keySet()) if (k.charAt(0) != '\u0000') ids.add(k);
    Map<String, StorySummary> summaries = summaries(ids);
    List<StoryGroup> out = new ArrayList<>();
    for (Map.Entry<String, List<Hit>> e : byStory.entrySet()) {
      String id = e.getKey();
      StorySummary s = null;
      if (id.charAt(0) != '\u0000') {
        s = summaries.getOrDefault(id, new StorySummary(id, id, e.getValue().size(), "", "", List.of()));
      }
      out.add(new StoryGroup(s, e.getValue()));
    }
    return out;
  }

  @Override
  public StoreStats stats() {
    ensureOpen();
    return new StoreStats(count(articles), count(stories), count(entities));
  }

  private long count(String index) {
    return cluster.send("GET", "/" + index + "/_count", null).path("count").asLong();
  }

  /** Writes documents as they are, bypassing the updater (tests of the search side: articles with chosen fields). */
  void indexArticlesForTest(List<StoryUpdater.StoredArticle> docs) {
    Bulk bulk = new Bulk();
    for (StoryUpdater.StoredArticle a : docs) bulk.index(articles, a.article().id(), Docs.article(a.article(), a.story(), a.hash()));
    bulk.flush();
    cluster.send("POST", "/" + articles + "/_refresh", null);
  }

  private void ensureOpen() {
    if (closed) throw new IllegalStateException("the OpenSearch store '" + prefix + "' at " + cluster.url() + " is closed");
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) return;
      closed = true;
      cluster.close();
    } finally {
      writeLock.unlock();
    }
  }
}
