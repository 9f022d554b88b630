package dev.storyline;

import dev.storyline.analysis.entity.EntityLinker;
import dev.storyline.analysis.entity.LinkResult;
import dev.storyline.clean.Cleaner;
import dev.storyline.group.GroupDoc;
import dev.storyline.group.StoryGrouper;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.story.StoryBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The whole flow for a batch larger than memory (an archive of a million articles): group first, then analyse
 * story by story, so that no more than one block of stories' analysed articles is ever held.
 *
 * <ol>
 *   <li><b>group</b>: each article is cleaned and handed to {@link StoryGrouper#group(int, IntFunction)}, which
 *       reads the batch twice by index and keeps a few bytes per article, never the texts;</li>
 *   <li><b>analyse and build</b>: stories are taken in order, in blocks of about {@link #BLOCK_ARTICLES} articles;
 *       a block's articles are fetched again, cleaned and analysed in parallel, each story's entities are linked
 *       within the story and its products built ({@link StoryBuilder}); the block goes to the {@link Sink} in
 *       story order and is dropped.</li>
 * </ol>
 *
 * <p>What differs from {@link Pipeline#run}, which holds the whole batch: grouping sees the cleaned text and the
 * reader's publication date but no linked entity ids (story grouping is measured without them: docs/eval-stories.md),
 * and an entity is linked within its story. Entity ids are names made canonical, so the same person linked in two
 * stories gets the same id; {@link Result#entityMentions()} counts them over the batch. The source is read three
 * times (twice to group, once to analyse), so it must give the same article for an index every time and may be
 * called from several threads: a generator, a list, or an indexed file.
 */
public final class StreamingPipeline {
  /** Articles analysed and held at once (one block of whole stories; a larger story is a block of its own). */
  public static final int BLOCK_ARTICLES = 8_192;

  private final Cleaner cleaner = new Cleaner();
  private final Pipeline articles;
  private final EntityLinker linker = new EntityLinker();
  private final StoryGrouper grouper = new StoryGrouper();
  private final StoryBuilder stories;
  private final int threads;
  private final int blockArticles;

  /** Receives each story with its linked articles and entities, in story order, from one thread. */
  @FunctionalInterface
  public interface Sink {
    void story(Story story, List<AnalyzedArticle> articles, List<Entity> entities);
  }

  /** Hears how a long run goes: once when grouping is done, then after each block of stories. */
  public interface Progress {
    Progress NONE = new Progress() {};

    /** @param stories groups found (a group whose every article fails to analyse is no story in the end) */
    default void grouped(int articles, int stories, long nanos) {}

    /** @param groupsDone groups handled so far, of {@code groups}; {@code articlesDone} their articles */
    default void built(int groupsDone, int groups, int articlesDone) {}
  }

  /**
   * @param articles       articles read
   * @param analysed       articles cleaned, analysed and placed in a story
   * @param stories        stories given to the sink (a story whose every article failed is none)
   * @param entityMentions mentions per linked entity id over the batch
   * @param problems       one per article that could not be cleaned or analysed, in input order
   * @param groupingNanos  wall time of step 1
   * @param storiesNanos   wall time of step 2 (analysis, linking, building; the sink included)
   */
  public record Result(int articles, int analysed, int stories, Map<String, Integer> entityMentions,
                       List<Problem> problems, long groupingNanos, long storiesNanos) {}

  public StreamingPipeline(Pipeline.Options options, int threads) { this(options, threads, BLOCK_ARTICLES); }

  StreamingPipeline(Pipeline.Options options, int threads, int blockArticles) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    if (blockArticles < 1) throw new IllegalArgumentException("block must hold at least one article");
    this.blockArticles = blockArticles;
    this.stories = new StoryBuilder(options.summarySyllables());
    this.articles = new Pipeline(options, 1);
    this.threads = threads;
  }

  /** Runs the flow over articles 0 … n-1 of {@code source}. */
  public Result run(int n, IntFunction<RawArticle> source, Sink sink) { return run(n, source, sink, Progress.NONE); }

  /** {@link #run(int, IntFunction, Sink)}, telling {@code progress} how it goes (from the calling thread). */
  public Result run(int n, IntFunction<RawArticle> source, Sink sink, Progress progress) {
    long t0 = System.nanoTime();
    List<List<Integer>> groups = grouper.group(n, i -> groupDoc(source.apply(i)));
    long t1 = System.nanoTime();
    progress.grouped(n, groups.size(), t1 - t0);
    int articlesDone = 0;

    @SuppressWarnings("unchecked") List<Problem>[] trouble = new List[n];
    Map<String, Integer> mentions = new HashMap<>();
    int analysed = 0, emitted = 0;
    for (int from = 0; from < groups.size(); ) {
      int to = from, size = 0;
      while (to < groups.size() && (to == from || size + groups.get(to).size() <= blockArticles)) size += groups.get(to++).size();
      List<List<Integer>> block = groups.subList(from, to);

      // Analyse the block's articles in parallel, each into its own slot.
      int[] index = new int[size];
      int k = 0;
      for (List<Integer> g : block) for (int i : g) index[k++] = i;
      AnalyzedArticle[] done = new AnalyzedArticle[size];
      Workers.forEachIndex(threads, "storyline-stream", size, 8, j -> {
        List<Problem> mine = new ArrayList<>(0);
        done[j] = articles.analyze(source.apply(index[j]), mine);
        if (!mine.isEmpty()) trouble[index[j]] = mine;
      });

      // Link and build each story of the block in parallel.
      int stories = block.size();
      int[] first = new int[stories + 1];
      for (int s = 0; s < stories; s++) first[s + 1] = first[s] + block.get(s).size();
      Story[] built = new Story[stories];
      @SuppressWarnings("unchecked") List<AnalyzedArticle>[] members = new List[stories];
      @SuppressWarnings("unchecked") List<Entity>[] entities = new List[stories];
      int base = from;
      Workers.forEachIndex(threads, "storyline-stream", stories, 4, s -> {
        List<AnalyzedArticle> ok = new ArrayList<>(first[s + 1] - first[s]);
        for (int j = first[s]; j < first[s + 1]; j++) if (done[j] != null) ok.add(done[j]);
        if (ok.isEmpty()) return;
        LinkResult linked = linker.link(ok);
        members[s] = linked.articles();
        entities[s] = linked.entities();
        built[s] = this.stories.build("story-" + (base + s + 1), linked.articles(), linked.entities());
      });
      for (int s = 0; s < stories; s++) {
        if (built[s] == null) continue;
        analysed += members[s].size();
        emitted++;
        for (Entity e : entities[s]) mentions.merge(e.id(), e.mentions(), Integer::sum);
        sink.story(built[s], members[s], entities[s]);
      }
      articlesDone += size;
      progress.built(to, groups.size(), articlesDone);
      from = to;
    }
    List<Problem> problems = new ArrayList<>();
    for (List<Problem> p : trouble) if (p != null) problems.addAll(p);
    return new Result(n, analysed, emitted, mentions, List.copyOf(problems), t1 - t0, System.nanoTime() - t1);
  }

  /**
   * What the grouper sees of an article: its cleaned text and the reader's date. An article the cleaner cannot
   * handle is an empty document here (it opens a story of its own) and a problem in step 2.
   */
  GroupDoc groupDoc(RawArticle raw) {
    try {
      var a = cleaner.clean(raw);
      return new GroupDoc(raw.id(), a.title(), a.text(), raw.published(), List.of());
    } catch (RuntimeException e) {
      return new GroupDoc(raw.id(), "", "", raw.published(), List.of());
    }
  }
}
