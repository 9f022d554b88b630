package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.TimeType;
import dev.storyline.store.ArticleHeader;
import dev.storyline.store.StoreJson;
import dev.storyline.store.StoryUpdater;
import dev.storyline.store.search.Syllables;
import dev.storyline.text.VietText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Index settings, mappings and documents of the three indices (see docs/opensearch.md). Every document keeps the
 * record as StoreJson in a field that is not indexed ({@code json}), so reads return exactly what the embedded
 * store returns; the other fields are for finding, sorting and counting.
 */
final class Docs {
  private Docs() {}

  // Article fields.
  static final String ID = "id", HASH = "hash", STORY = "story", DAY = "day", ENTITY = "entity", TYPE = "type",
      SOURCE = "source", MONTH = "month", PUB = "pub", PUB_SORT = "pub_sort", EVENT = "event", TITLE = "title",
      TEXT = "text", FOLDED = ".f", JSON = "json", HEADER = "header", HIT = "hit", PLAIN = "plain";
  // Story and entity fields.
  static final String LAST = "last", SUMMARY = "summary", WORD = "word", MENTIONS = "mentions";
  // Meta document.
  static final String NEXT_STORY = "next_story", COMMITS = "commits";

  /**
   * Title and text are indexed as text normalised client-side: each run of syllables between two breaks (sentence
   * punctuation, line breaks) is one value of an array, its syllables {@link VietText#matchKey} (one tone-mark
   * placement) joined by single spaces. OpenSearch's standard tokenizer then sees exactly our syllables, and the
   * position gap between array values (100) keeps a phrase from running across a break, as in the embedded store.
   * "sl_exact" lower-cases; "sl_folded" also applies asciifolding (all marks off, đ to d).
   */
  private static final String ANALYSIS = """
      {"analyzer": {
         "sl_exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
         "sl_folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}}}""";

  private static final String TEXT_FIELD = """
      {"type": "text", "analyzer": "sl_exact", "fields": {"f": {"type": "text", "analyzer": "sl_folded"}}}""";
  private static final String STORED_ONLY = """
      {"type": "text", "index": false}""";

  static ObjectNode articleIndex() {
    ObjectNode p = Cluster.obj();
    for (String k : List.of(ID, HASH, STORY, ENTITY, TYPE, SOURCE, MONTH)) p.set(k, keyword());
    p.set(DAY, type("long"));
    p.set(PUB_SORT, type("long"));
    p.set(PUB, type("integer_range"));
    p.set(EVENT, type("integer_range"));
    p.set(TITLE, parse(TEXT_FIELD));
    p.set(TEXT, parse(TEXT_FIELD));
    for (String k : List.of(JSON, HEADER, HIT, PLAIN)) p.set(k, parse(STORED_ONLY));
    ObjectNode mappings = Cluster.obj("dynamic", "strict");
    // The normalised title and text are only for the inverted index: the source keeps the originals (json, plain).
    mappings.set("_source", Cluster.obj("excludes", List.of(TITLE, TEXT)));
    mappings.set("properties", p);
    return index(mappings);
  }

  static ObjectNode storyIndex() {
    ObjectNode p = Cluster.obj();
    p.set(ID, keyword());
    p.set(ENTITY, keyword());
    p.set(LAST, type("long"));
    p.set(JSON, parse(STORED_ONLY));
    p.set(SUMMARY, parse(STORED_ONLY));
    ObjectNode mappings = Cluster.obj("dynamic", "strict");
    mappings.set("properties", p);
    return index(mappings);
  }

  static ObjectNode entityIndex() {
    ObjectNode p = Cluster.obj();
    p.set(ID, keyword());
    p.set(WORD, keyword());
    p.set(MENTIONS, type("long"));
    p.set(JSON, parse(STORED_ONLY));
    ObjectNode mappings = Cluster.obj("dynamic", "strict");
    mappings.set("properties", p);
    return index(mappings);
  }

  static ObjectNode metaIndex() {
    ObjectNode p = Cluster.obj();
    p.set(NEXT_STORY, type("long"));
    p.set(COMMITS, type("long"));
    ObjectNode mappings = Cluster.obj("dynamic", "strict");
    mappings.set("properties", p);
    return index(mappings);
  }

  /** An editor's pin: the story an article stays in (id = the article id). */
  static ObjectNode pinIndex() {
    ObjectNode p = Cluster.obj();
    p.set(ID, keyword());
    p.set(STORY, keyword());
    ObjectNode mappings = Cluster.obj("dynamic", "strict");
    mappings.set("properties", p);
    return index(mappings);
  }

  static ObjectNode pin(String article, String story) {
    ObjectNode d = Cluster.obj();
    d.put(ID, article);
    d.put(STORY, story);
    return d;
  }

  private static ObjectNode index(ObjectNode mappings) {
    ObjectNode settings = Cluster.obj();
    // One shard: BM25 statistics are then those of the whole collection, so ranking does not depend on routing.
    settings.put("number_of_shards", 1);
    settings.set("analysis", parse(ANALYSIS));
    ObjectNode body = Cluster.obj();
    body.set("settings", settings);
    body.set("mappings", mappings);
    return body;
  }

  private static ObjectNode keyword() { return type("keyword"); }

  private static ObjectNode type(String t) { return Cluster.obj("type", t); }

  private static JsonNode parse(String json) {
    try {
      return Cluster.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article document: bookkeeping, filters and facets, the normalised text, and the stored records. */
  static ObjectNode article(AnalyzedArticle article, String story, String hash) {
    var a = article.article();
    ObjectNode d = Cluster.obj();
    d.put(ID, article.id());
    d.put(HASH, hash);
    if (story != null) d.put(STORY, story);
    if (article.published() != null) d.put(DAY, article.published().start().toEpochDay());
    Set<String> entities = new LinkedHashSet<>(), types = new LinkedHashSet<>();
    for (EntityMention m : article.entities()) {
      if (m.entity() != null && !m.entity().isBlank()) entities.add(m.entity());
      if (m.type() != null) types.add(m.type().name());
    }
    d.set(ENTITY, Cluster.JSON.valueToTree(entities));
    d.set(TYPE, Cluster.JSON.valueToTree(types));
    String outlet = a.outlet() == null ? "" : a.outlet();
    if (!outlet.isBlank()) d.put(SOURCE, outlet);
    // As the embedded search: the analysed publication date, else the one the input gave.
    PartialDate published = article.published() != null ? article.published() : a.published();
    if (published != null) {
      d.set(PUB, range(published));
      d.put(PUB_SORT, published.start().toEpochDay());
      if (published.month() != 0) d.put(MONTH, published.iso().substring(0, 7));
    }
    Set<PartialDate> eventDates = new LinkedHashSet<>();
    for (EventTime et : article.eventTimes()) PartialDate.parseIso(et.value()).ifPresent(eventDates::add);
    for (TimeExpression t : article.times()) {
      if (t.type() == TimeType.DATE || t.type() == TimeType.TIME) PartialDate.parseIso(t.value()).ifPresent(eventDates::add);
    }
    ArrayNode events = d.putArray(EVENT);
    for (PartialDate p : eventDates) events.add(range(p));
    String title = a.title() == null ? "" : a.title();
    String text = a.text() == null ? "" : a.text();
    d.set(TITLE, Cluster.JSON.valueToTree(segments(title)));
    d.set(TEXT, Cluster.JSON.valueToTree(segments(text)));
    d.put(JSON, StoreJson.write(article));
    d.put(HEADER, StoreJson.write(StoryUpdater.header(article, story)));
    // What a search hit shows (as the embedded search's stored header fields: blanks instead of nulls).
    ArticleHeader hit = new ArticleHeader(article.id(), ArticleHeader.displayTitle(article), outlet,
        a.url() == null ? "" : a.url(), published == null ? "" : published.iso(), story);
    d.put(HIT, StoreJson.write(hit));
    d.put(PLAIN, text);
    return d;
  }

  private static ObjectNode range(PartialDate p) {
    ObjectNode r = Cluster.obj();
    r.put("gte", (int) p.start().toEpochDay());
    r.put("lte", (int) p.end().toEpochDay());
    return r;
  }

  /** The text's runs of adjacent syllables (split at breaks), each as matchKey'd syllables joined by spaces. */
  static List<String> segments(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder seg = new StringBuilder();
    Syllables.scan(text, (s, e, brk) -> {
      if (brk && !seg.isEmpty()) {
        out.add(seg.toString());
        seg.setLength(0);
      }
      if (!seg.isEmpty()) seg.append(' ');
      seg.append(VietText.matchKey(text.substring(s, e)));
    });
    if (!seg.isEmpty()) out.add(seg.toString());
    return out;
  }

  static ObjectNode story(StoryUpdater.StoryWrite w) {
    ObjectNode d = Cluster.obj();
    d.put(ID, w.story().id());
    d.set(ENTITY, Cluster.JSON.valueToTree(w.entities()));
    d.put(LAST, w.lastDay());
    d.put(JSON, StoreJson.write(w.story()));
    d.put(SUMMARY, StoreJson.write(w.summary()));
    return d;
  }

  static ObjectNode entity(Entity e) {
    ObjectNode d = Cluster.obj();
    d.put(ID, e.id());
    d.set(WORD, Cluster.JSON.valueToTree(StoryUpdater.entityWords(e)));
    d.put(MENTIONS, e.mentions());
    d.put(JSON, StoreJson.write(e));
    return d;
  }
}
