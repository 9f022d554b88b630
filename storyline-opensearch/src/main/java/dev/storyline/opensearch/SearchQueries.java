package dev.storyline.opensearch;

import static dev.storyline.opensearch.Docs.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.search.QueryParts;
import java.time.LocalDate;
import java.util.List;

/**
 * The OpenSearch query of a {@link SearchRequest}, clause for clause the embedded search's (docs/search.md): each
 * run of query syllables is a required clause; one syllable is a match on the syllable, an unquoted run needs each
 * adjacent pair as a two-word phrase, a quoted run is one phrase. Each clause sums title/text × exact/folded: the
 * folded fields decide what matches, the exact ones add score (×2), titles weigh 3×, and a run typed without
 * diacritics gets a small bonus per exact syllable. Filters are filter clauses; facets are terms aggregations.
 */
final class SearchQueries {
  private SearchQueries() {}

  // The embedded searcher's weights (ArticleSearcher's are package-private there).
  static final float TITLE_BOOST = 3f, EXACT_BOOST = 2f, SYLLABLE_BONUS = 0.5f;
  static final int FACET_TOP = 50;
  static final String[] FACETS = {"source", "story", "entity", "type", "month"};
  static final String[] FACET_FIELDS = {SOURCE, STORY, ENTITY, TYPE, MONTH};

  static ObjectNode body(SearchRequest request, List<QueryParts.Run> runs) {
    ObjectNode body = Cluster.obj();
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", true);
    body.set("_source", Cluster.JSON.valueToTree(List.of(HIT, PLAIN)));
    body.set("query", query(request, runs));
    ArrayNode sort = body.putArray("sort");
    if (runs.isEmpty()) {
      sort.add(Cluster.obj(PUB_SORT, Cluster.obj(java.util.Map.of("order", "desc", "missing", "_last"))));
    } else {
      sort.add("_score");
    }
    sort.add(Cluster.obj(ID, "asc"));
    if (request.facets()) {
      ObjectNode aggs = body.putObject("aggs");
      for (int i = 0; i < FACETS.length; i++) {
        aggs.set(FACETS[i], Cluster.obj("terms", Cluster.obj(java.util.Map.of("field", FACET_FIELDS[i], "size", FACET_TOP))));
      }
    }
    return body;
  }

  static ObjectNode query(SearchRequest request, List<QueryParts.Run> runs) {
    ObjectNode bool = Cluster.obj();
    ArrayNode must = bool.putArray("must");
    if (runs.isEmpty()) must.add(Cluster.obj("match_all", Cluster.obj()));
    for (QueryParts.Run run : runs) must.add(clause(run));
    ArrayNode filter = bool.putArray("filter");
    if (request.from() != null || request.to() != null) {
      LocalDate from = request.from() == null ? LocalDate.of(1, 1, 1) : request.from();
      LocalDate to = request.to() == null ? LocalDate.of(9999, 12, 31) : request.to();
      String field = request.dateField() == SearchRequest.DateField.EVENT ? EVENT : PUB;
      ObjectNode r = Cluster.obj();
      r.put("gte", (int) from.toEpochDay());
      r.put("lte", (int) to.toEpochDay());
      r.put("relation", "intersects");
      filter.add(Cluster.obj("range", Cluster.obj(field, r)));
    }
    term(filter, ENTITY, request.entity());
    term(filter, TYPE, request.entityType() == null ? null : request.entityType().name());
    term(filter, SOURCE, request.source());
    term(filter, STORY, request.story());
    return Cluster.obj("bool", bool);
  }

  private static void term(ArrayNode filter, String field, String value) {
    if (value != null && !value.isBlank()) filter.add(Cluster.obj("term", Cluster.obj(field, value)));
  }

  private static ObjectNode clause(QueryParts.Run run) {
    List<String> exact = run.exact();
    int n = exact.size();
    if (n == 1) return sum("match", exact.get(0));
    if (run.phrase()) return sum("match_phrase", String.join(" ", exact));
    ObjectNode bool = Cluster.obj();
    ArrayNode must = bool.putArray("must");
    for (int i = 0; i + 1 < n; i++) must.add(sum("match_phrase", exact.get(i) + " " + exact.get(i + 1)));
    // Pairs typed without diacritics never hit the exact fields; a syllable-level bonus still ranks articles that
    // agree with the diacritics the user did type ("ba di cho": "ba" over "bà").
    ArrayNode should = bool.putArray("should");
    for (String k : exact) should.add(leaf("match", TEXT, k, SYLLABLE_BONUS));
    return Cluster.obj("bool", bool);
  }

  /** At least one of title/text × exact/folded; the exact text goes to every field, whose analyser folds or not. */
  private static ObjectNode sum(String kind, String text) {
    ObjectNode bool = Cluster.obj();
    ArrayNode should = bool.putArray("should");
    should.add(leaf(kind, TITLE, text, TITLE_BOOST * EXACT_BOOST));
    should.add(leaf(kind, TITLE + FOLDED, text, TITLE_BOOST));
    should.add(leaf(kind, TEXT, text, EXACT_BOOST));
    should.add(leaf(kind, TEXT + FOLDED, text, 1f));
    bool.put("minimum_should_match", 1);
    return Cluster.obj("bool", bool);
  }

  private static ObjectNode leaf(String kind, String field, String text, float boost) {
    ObjectNode params = Cluster.obj();
    params.put("query", text);
    params.put("boost", boost);
    if (kind.equals("match")) params.put("operator", "and");
    return Cluster.obj(kind, Cluster.obj(field, params));
  }
}
