package dev.storyline.model;

/**
 * A named entity mention.
 *
 * @param start  start offset into the cleaned text
 * @param end    end offset (exclusive)
 * @param text   the covered text (the name, without a leading title such as "ông")
 * @param type   entity type
 * @param entity id of the merged cross-article {@link Entity}, or null before linking
 */
public record EntityMention(int start, int end, String text, EntityType type, String entity) {
  public EntityMention withEntity(String id) { return new EntityMention(start, end, text, type, id); }

  /** The same span with another type (a pass that re-reads the context retypes a mention). */
  public EntityMention withType(EntityType t) { return new EntityMention(start, end, text, t, entity); }
}
