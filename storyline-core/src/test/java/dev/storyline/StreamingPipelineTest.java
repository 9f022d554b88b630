package dev.storyline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analysis.entity.EntityLinker;
import dev.storyline.analysis.entity.LinkResult;
import dev.storyline.group.GroupDoc;
import dev.storyline.group.StoryGrouper;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.story.StoryBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamingPipelineTest {
  private static List<RawArticle> examples() {
    return new ArticleReader().read(List.of(PipelineParallelTest.examples().toString())).articles();
  }

  private record Emitted(List<Story> stories, List<List<AnalyzedArticle>> members, List<List<Entity>> entities) {
    Emitted() { this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()); }

    void add(Story s, List<AnalyzedArticle> a, List<Entity> e) {
      stories.add(s);
      members.add(a);
      entities.add(e);
    }
  }

  private static Emitted run(List<RawArticle> raws, int threads, int block) {
    Emitted out = new Emitted();
    new StreamingPipeline(Pipeline.Options.defaults(), threads, block).run(raws.size(), raws::get, out::add);
    return out;
  }

  @Test
  void everyArticleLandsInExactlyOneStoryGroupedAsTheGrouperGroupsCleanedTexts() {
    List<RawArticle> raws = examples();
    Emitted out = run(raws, 2, 5);
    Set<String> seen = new HashSet<>();
    for (Story s : out.stories()) for (String id : s.articles()) assertThat(seen.add(id)).as(id).isTrue();
    assertThat(seen).hasSize(raws.size());

    // Step 1 is the grouper on each article's cleaned text and reader date, without entity ids.
    StreamingPipeline p = new StreamingPipeline(Pipeline.Options.defaults(), 1);
    List<GroupDoc> docs = raws.stream().map(p::groupDoc).toList();
    List<List<String>> expected = new ArrayList<>();
    for (List<Integer> g : new StoryGrouper().group(docs)) expected.add(g.stream().map(i -> raws.get(i).id()).sorted().toList());
    List<List<String>> actual = out.stories().stream().map(s -> s.articles().stream().sorted().toList()).toList();
    assertThat(actual).isEqualTo(expected);
    assertThat(expected.size()).isGreaterThan(1).isLessThan(raws.size());
  }

  @Test
  void eachStoryIsBuiltFromItsOwnArticlesLinkedWithinTheStory() {
    List<RawArticle> raws = examples();
    Emitted out = run(raws, 2, 7);
    Map<String, RawArticle> byId = new HashMap<>();
    for (RawArticle r : raws) byId.put(r.id(), r);
    Pipeline single = new Pipeline();
    for (int k = 0; k < out.stories().size(); k++) {
      Story s = out.stories().get(k);
      List<AnalyzedArticle> analysed = new ArrayList<>();
      for (String id : s.articles()) analysed.add(single.analyze(byId.get(id), new ArrayList<>()));
      // The sink's articles are in the grouper's order; the story lists them in its own (date) order.
      List<AnalyzedArticle> sinkOrder = new ArrayList<>();
      for (AnalyzedArticle a : out.members().get(k)) sinkOrder.add(single.analyze(byId.get(a.id()), new ArrayList<>()));
      LinkResult linked = new EntityLinker().link(sinkOrder);
      assertThat(out.members().get(k)).isEqualTo(linked.articles());
      assertThat(out.entities().get(k)).isEqualTo(linked.entities());
      Story expected = new StoryBuilder(StoryBuilder.DEFAULT_SUMMARY_SYLLABLES).build(s.id(), linked.articles(), linked.entities());
      assertThat(s).isEqualTo(expected);
      assertThat(analysed).hasSameSizeAs(s.articles());
    }
  }

  @Test
  void blockSizeAndThreadsDoNotChangeTheResult() {
    List<RawArticle> raws = examples();
    Emitted a = run(raws, 1, 1), b = run(raws, 3, 4), c = run(raws, 2, StreamingPipeline.BLOCK_ARTICLES);
    assertThat(b.stories()).isEqualTo(a.stories());
    assertThat(c.stories()).isEqualTo(a.stories());
    assertThat(c.members()).isEqualTo(a.members());
    assertThat(a.stories()).extracting(Story::id).startsWith("story-1", "story-2");
  }

  @Test
  void badArticlesAreProblemsAndTheRestIsStillBuilt() {
    List<RawArticle> raws = new ArrayList<>(examples());
    raws.add(3, new RawArticle("blank", "input-blank", "", "   \n ", null, "", ""));
    raws.add(new RawArticle("binary", "input-binary", "", "\t\n\n\u00a0", null, "", ""));
    List<Story> stories = new ArrayList<>();
    StreamingPipeline.Result r = new StreamingPipeline(Pipeline.Options.defaults(), 2, 6)
        .run(raws.size(), raws::get, (s, a, e) -> stories.add(s));
    assertThat(r.articles()).isEqualTo(raws.size());
    assertThat(r.analysed()).as(r.problems().toString()).isEqualTo(raws.size() - 2);
    assertThat(r.problems()).extracting(Problem::input).containsExactly("input-blank", "input-binary");
    assertThat(r.stories()).isEqualTo(stories.size());
    assertThat(stories).flatExtracting(Story::articles).doesNotContain("blank", "binary").hasSize(raws.size() - 2);
    assertThat(r.entityMentions()).isNotEmpty();
    assertThat(r.entityMentions().values()).allMatch(m -> m > 0);
  }

  @Test
  void progressHearsGroupingOnceThenEveryBlockUpToTheEnd() {
    List<RawArticle> raws = examples();
    List<int[]> grouped = new ArrayList<>(), built = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    new StreamingPipeline(Pipeline.Options.defaults(), 2, 5).run(raws.size(), raws::get, (s, a, e) -> stories.add(s),
        new StreamingPipeline.Progress() {
          @Override
          public void grouped(int articles, int groups, long nanos) { grouped.add(new int[] {articles, groups}); }

          @Override
          public void built(int done, int groups, int articles) { built.add(new int[] {done, groups, articles}); }
        });
    assertThat(grouped).hasSize(1);
    assertThat(grouped.get(0)).containsExactly(raws.size(), stories.size());
    assertThat(built.size()).isGreaterThan(1);
    for (int k = 1; k < built.size(); k++) assertThat(built.get(k)[0]).isGreaterThan(built.get(k - 1)[0]);
    assertThat(built.get(built.size() - 1)).containsExactly(stories.size(), stories.size(), raws.size());
  }
}
