package dev.storyline.store;

import dev.storyline.model.Story;
import java.util.List;

/** A story with the headers of its articles (in the story's order) so citations can name their source. */
public record StoredStory(Story story, List<ArticleHeader> articles) {
  public StoredStory { articles = List.copyOf(articles); }
}
