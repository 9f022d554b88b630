package dev.storyline;

import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.analysis.entity.EntityLinker;
import dev.storyline.analysis.entity.LinkResult;
import dev.storyline.clean.Cleaner;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.story.StoryBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole flow for one input set: clean → analyse → link entities → build the story. Each stage is a
 * plain function over immutable data; a failure inside one article becomes a {@link Problem} for that
 * article and never stops the others.
 */
public final class Pipeline {
  private final Cleaner cleaner = new Cleaner();
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final EntityLinker linker = new EntityLinker();
  private final StoryBuilder stories = new StoryBuilder();

  public Storyline run(ReadResult input) {
    List<Problem> problems = new ArrayList<>(input.problems());
    List<AnalyzedArticle> analyzed = new ArrayList<>(input.articles().size());
    for (RawArticle raw : input.articles()) {
      try {
        Article clean = cleaner.clean(raw);
        analyzed.add(analyzer.analyze(clean));
      } catch (RuntimeException e) {
        // A bug or an input we did not foresee must cost one article, not the run.
        problems.add(new Problem(raw.source(), "could not analyse article " + raw.id() + ": " + e));
      }
    }
    LinkResult linked = linker.link(analyzed);
    List<Story> built = linked.articles().isEmpty()
        ? List.of()
        : List.of(stories.build("story-1", linked.articles(), linked.entities()));
    return new Storyline(linked.articles(), linked.entities(), built, problems);
  }
}
