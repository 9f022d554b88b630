package dev.storyline.store;

import dev.storyline.model.Entity;
import java.util.List;

/**
 * An entity with where it is mentioned.
 *
 * @param entity   the merged entity
 * @param mentions its mentions, article by article (capped by the store; {@code totalMentions} tells all)
 * @param stories  the stories it takes part in
 */
public record EntityView(Entity entity, List<Mention> mentions, int totalMentions, List<StorySummary> stories) {
  public EntityView {
    mentions = List.copyOf(mentions);
    stories = List.copyOf(stories);
  }

  /** One mention: the article, the span of its cleaned text, and the sentence around it for context. */
  public record Mention(String article, int start, int end, String text, String sentence) {}
}
