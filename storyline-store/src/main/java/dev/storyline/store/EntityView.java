package dev.storyline.store;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Sentence;
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
  public record Mention(String article, int start, int end, String text, String sentence) {
    /** The mention {@code m} of article {@code a}, with the sentence it stands in (empty if none holds it). */
    public static Mention of(AnalyzedArticle a, EntityMention m) {
      return new Mention(a.id(), m.start(), m.end(), m.text(), sentenceAround(a, m.start()));
    }

    private static String sentenceAround(AnalyzedArticle a, int offset) {
      List<Sentence> ss = a.sentences();
      int lo = 0, hi = ss.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Sentence sn = ss.get(mid);
        if (offset < sn.start()) hi = mid - 1;
        else if (offset >= sn.end()) lo = mid + 1;
        else return a.text().substring(sn.start(), Math.min(sn.end(), a.text().length()));
      }
      return "";
    }
  }
}
