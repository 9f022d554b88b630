package dev.storyline.store;

import java.util.List;
import java.util.Map;

/**
 * @param total  number of matching articles
 * @param hits   the requested page of hits, best first
 * @param facets counts by facet name ("source", "story", "entity", "type", "month"), each list largest first;
 *               empty when facets were not asked for
 * @param groups when grouping by story was asked: the hits of the page grouped by story, best group first
 * @param tookMillis time spent in the store
 * @param facetSample how many of the matches the facets were counted over: {@code total} when the counts are exact;
 *               fewer when there were too many matches to count them all within a query's time, and each count is
 *               then an estimate (the sample's count scaled to {@code total}); 0 without facets
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, List<StoryGroup> groups,
                           long tookMillis, long facetSample) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    groups = List.copyOf(groups);
    if (facetSample < 0 || facetSample > total) throw new IllegalArgumentException("facetSample outside [0, total]");
  }

  /** A result whose facets, if any, were counted over every match. */
  public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, List<StoryGroup> groups,
                      long tookMillis) {
    this(total, hits, facets, groups, tookMillis, facets.isEmpty() ? 0 : total);
  }

  /** True when the facet counts are estimates from a sample of the matches rather than exact counts. */
  public boolean facetsSampled() { return !facets.isEmpty() && facetSample < total; }

  /**
   * @param article  the article
   * @param score    relevance
   * @param snippets passages of the cleaned text around the matches
   */
  public record Hit(ArticleHeader article, float score, List<Snippet> snippets) {
    public Hit { snippets = List.copyOf(snippets); }
  }

  /**
   * A passage with what matched marked as spans relative to {@code text}: callers escape the text and wrap the
   * spans themselves, so no markup from article text ever reaches a page.
   *
   * @param start      where the passage starts in the article's cleaned text
   * @param text       the passage
   * @param highlights matched ranges as [start, end) pairs relative to {@code text}
   */
  public record Snippet(int start, String text, List<int[]> highlights) {
    public Snippet { highlights = List.copyOf(highlights); }
  }

  /** A facet value (an id or name), its display label, and how many matching articles carry it. */
  public record FacetCount(String value, String label, long count) {}

  /** Hits of one story. */
  public record StoryGroup(StorySummary story, List<Hit> hits) {
    public StoryGroup { hits = List.copyOf(hits); }
  }
}
