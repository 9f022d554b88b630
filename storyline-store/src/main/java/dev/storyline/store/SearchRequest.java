package dev.storyline.store;

import dev.storyline.model.EntityType;
import java.time.LocalDate;

/**
 * A search over stored articles. Every filter is optional (null = no filter).
 *
 * @param query        words as a user types them, with or without diacritics; "quoted phrases" match as phrases;
 *                     blank matches every article (filters and facets still apply)
 * @param from         first day of the date range, inclusive
 * @param to           last day of the date range, inclusive
 * @param dateField    which date the range applies to
 * @param entity       entity id the article must mention
 * @param entityType   the article must mention an entity of this type
 * @param source       outlet the article comes from
 * @param story        story id the article belongs to
 * @param groupByStory group hits by story
 * @param offset       first hit to return
 * @param limit        hits to return (at most 100)
 * @param facets       count facets over all matches; without them a broad query is much cheaper (its hits are
 *                     ranked without visiting every match for the counts)
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, DateField dateField, String entity,
                            EntityType entityType, String source, String story, boolean groupByStory,
                            int offset, int limit, boolean facets) {
  public SearchRequest {
    query = query == null ? "" : query;
    dateField = dateField == null ? DateField.PUBLISHED : dateField;
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    if (limit < 1 || limit > 100) throw new IllegalArgumentException("limit must be 1..100: " + limit);
  }

  /** A request with facets, as the web UI makes it. */
  public SearchRequest(String query, LocalDate from, LocalDate to, DateField dateField, String entity,
                       EntityType entityType, String source, String story, boolean groupByStory, int offset, int limit) {
    this(query, from, to, dateField, entity, entityType, source, story, groupByStory, offset, limit, true);
  }

  /** The same request without (or with) facet counts. */
  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, from, to, dateField, entity, entityType, source, story, groupByStory, offset, limit, on);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, DateField.PUBLISHED, null, null, null, null, false, 0, 10);
  }

  /** PUBLISHED: the article's publication date; EVENT: any date of an event the article reports. */
  public enum DateField { PUBLISHED, EVENT }
}
