package dev.storyline.model;

import java.util.List;

/**
 * One real-world person, organisation, place or thing, merged across all articles.
 *
 * @param id       stable id, e.g. "person:joe-biden"
 * @param name     the canonical (most complete) name
 * @param type     entity type
 * @param aliases  every other surface form seen
 * @param mentions number of mentions over all articles
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, int mentions) {
  public Entity {
    aliases = List.copyOf(aliases);
  }
}
