package dev.storyline;

import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.analysis.entity.EntityLinker;
import dev.storyline.analysis.entity.LinkResult;
import dev.storyline.clean.Cleaner;
import dev.storyline.group.GroupDoc;
import dev.storyline.group.StoryGrouper;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.story.StoryBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole flow for one input set: clean → analyse → link entities → group into stories → build each
 * story's products. Each stage is a plain function over immutable data; a failure inside one article
 * becomes a {@link Problem} for that article and never stops the others.
 */
public final class Pipeline {
  private final Cleaner cleaner = new Cleaner();
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final EntityLinker linker = new EntityLinker();
  private final StoryGrouper grouper = new StoryGrouper();
  private final StoryBuilder stories;
  private final boolean grouping;

  public Pipeline() { this(Options.defaults()); }

  public Pipeline(Options options) {
    this.stories = new StoryBuilder(options.summarySyllables());
    this.grouping = options.grouping();
  }

  /**
   * @param summarySyllables summary length budget in syllables
   * @param grouping         group the input into several stories; false makes one story of everything
   */
  public record Options(int summarySyllables, boolean grouping) {
    public static Options defaults() { return new Options(StoryBuilder.DEFAULT_SUMMARY_SYLLABLES, true); }
  }

  public Storyline run(ReadResult input) {
    List<Problem> problems = new ArrayList<>(input.problems());
    List<AnalyzedArticle> analyzed = new ArrayList<>(input.articles().size());
    for (RawArticle raw : input.articles()) {
      AnalyzedArticle a = analyze(raw, problems);
      if (a != null) analyzed.add(a);
    }
    LinkResult linked = linker.link(analyzed);
    List<AnalyzedArticle> articles = linked.articles();
    List<List<Integer>> groups = grouping ? grouper.group(groupDocs(articles)) : allInOne(articles.size());
    List<Story> built = new ArrayList<>(groups.size());
    for (List<Integer> g : groups) {
      List<AnalyzedArticle> members = new ArrayList<>(g.size());
      for (int i : g) members.add(articles.get(i));
      built.add(stories.build("story-" + (built.size() + 1), members, linked.entities()));
    }
    return new Storyline(articles, linked.entities(), built, problems);
  }

  /** Clean and analyse one article; null (and a problem) when it has nothing left or hits a bug. */
  public AnalyzedArticle analyze(RawArticle raw, List<Problem> problems) {
    try {
      AnalyzedArticle a = analyzer.analyze(cleaner.clean(raw));
      if (a.text().isBlank()) {
        problems.add(new Problem(raw.source(), "article " + raw.id() + " has no text left after cleaning; skipped"));
        return null;
      }
      return a;
    } catch (RuntimeException e) {
      // A bug or an input we did not foresee must cost one article, not the run.
      problems.add(new Problem(raw.source(), "could not analyse article " + raw.id() + ": " + e));
      return null;
    }
  }

  private static List<GroupDoc> groupDocs(List<AnalyzedArticle> articles) {
    List<GroupDoc> docs = new ArrayList<>(articles.size());
    for (AnalyzedArticle a : articles) {
      Set<String> ids = new LinkedHashSet<>();
      for (EntityMention m : a.entities()) if (m.entity() != null) ids.add(m.entity());
      docs.add(new GroupDoc(a.id(), a.article().title(), a.text(), a.published(), List.copyOf(ids)));
    }
    return docs;
  }

  private static List<List<Integer>> allInOne(int n) {
    if (n == 0) return List.of();
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) all.add(i);
    return List.of(all);
  }
}
