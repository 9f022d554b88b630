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
  private final int threads;

  public Pipeline() { this(Options.defaults()); }

  public Pipeline(Options options) { this(options, 1); }

  /**
   * @param threads how many threads analyse articles (clean + annotators); 1 analyses in the caller's thread.
   *                The result is identical for any count: articles and problems keep input order.
   */
  public Pipeline(Options options, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    this.stories = new StoryBuilder(options.summarySyllables());
    this.grouping = options.grouping();
    this.threads = threads;
  }

  /** Receives the wall time of each corpus-level step of {@link #run(ReadResult, Timings)}, in nanoseconds. */
  public interface Timings {
    Timings NONE = (stage, nanos) -> {};

    /** @param stage "analysis", "linking", "grouping" or "stories" */
    void record(String stage, long nanos);
  }

  /**
   * @param summarySyllables summary length budget in syllables
   * @param grouping         group the input into several stories; false makes one story of everything
   */
  public record Options(int summarySyllables, boolean grouping) {
    public static Options defaults() { return new Options(StoryBuilder.DEFAULT_SUMMARY_SYLLABLES, true); }
  }

  public Storyline run(ReadResult input) { return run(input, Timings.NONE); }

  public Storyline run(ReadResult input, Timings timings) {
    List<Problem> problems = new ArrayList<>(input.problems());
    long t0 = System.nanoTime();
    List<AnalyzedArticle> analyzed = analyzeAll(input.articles(), problems);
    long t1 = System.nanoTime();
    timings.record("analysis", t1 - t0);
    LinkResult linked = linker.link(analyzed);
    List<AnalyzedArticle> articles = linked.articles();
    long t2 = System.nanoTime();
    timings.record("linking", t2 - t1);
    List<List<Integer>> groups = grouping ? grouper.group(groupDocs(articles)) : allInOne(articles.size());
    long t3 = System.nanoTime();
    timings.record("grouping", t3 - t2);
    var entitiesById = StoryBuilder.entitiesById(linked.entities());
    // Stories are independent of each other: build them in parallel, each into its own slot.
    Story[] slots = new Story[groups.size()];
    forEachIndex(groups.size(), k -> {
      List<Integer> g = groups.get(k);
      List<AnalyzedArticle> members = new ArrayList<>(g.size());
      for (int i : g) members.add(articles.get(i));
      slots[k] = stories.build("story-" + (k + 1), members, entitiesById);
    });
    List<Story> built = java.util.Arrays.asList(slots);
    timings.record("stories", System.nanoTime() - t3);
    return new Storyline(articles, linked.entities(), built, problems);
  }

  /**
   * Cleans and analyses every article, in {@link #threads} threads when more than one. Each article's
   * outcome goes to its own slot, so the analysed list and the problems keep input order whatever the
   * scheduling: a parallel run gives exactly the sequential result.
   */
  public List<AnalyzedArticle> analyzeAll(List<RawArticle> raws, List<Problem> problems) {
    int n = raws.size();
    AnalyzedArticle[] done = new AnalyzedArticle[n];
    @SuppressWarnings("unchecked") List<Problem>[] trouble = new List[n];
    forEachIndex(n, i -> analyzeInto(raws, i, done, trouble));
    List<AnalyzedArticle> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (trouble[i] != null) problems.addAll(trouble[i]);
      if (done[i] != null) out.add(done[i]);
    }
    return out;
  }

  /**
   * Runs {@code task} for every index in [0, n), in {@link #threads} threads when there is enough work.
   * Indexes are handed out in small chunks from a shared counter, which balances long and short items;
   * each task writes only its own slot, so the caller sees the same result for any thread count.
   */
  private void forEachIndex(int n, java.util.function.IntConsumer task) {
    Workers.forEachIndex(threads, "storyline-worker", n, 8, task);
  }

  private void analyzeInto(List<RawArticle> raws, int i, AnalyzedArticle[] done, List<Problem>[] trouble) {
    List<Problem> mine = new ArrayList<>(0);
    done[i] = analyze(raws.get(i), mine);
    if (!mine.isEmpty()) trouble[i] = mine;
  }

  /** Clean and analyse one article; null (and a problem) when it has nothing left or hits a bug. */
  public AnalyzedArticle analyze(RawArticle raw, List<Problem> problems) {
    try {
      AnalyzedArticle a = analyzer.analyze(cleaner.clean(raw));
      if (!hasLetterOrDigit(a.text())) {
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

  /** False for a text of spaces, no-break spaces, punctuation or control characters only: nothing to analyse. */
  static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
    return false;
  }

  /** What the grouper sees of each linked article: id, title, text, date, linked entity ids and salient places. */
  public static List<GroupDoc> groupDocs(List<AnalyzedArticle> articles) {
    List<GroupDoc> docs = new ArrayList<>(articles.size());
    for (AnalyzedArticle a : articles) {
      docs.add(new GroupDoc(a.id(), a.article().title(), a.text(), a.published(), entityIds(a), salientPlaces(a)));
    }
    return docs;
  }

  /** The article's linked entity ids, in order of first mention. */
  public static List<String> entityIds(AnalyzedArticle a) {
    Set<String> ids = new LinkedHashSet<>();
    for (EntityMention m : a.entities()) if (m.entity() != null) ids.add(m.entity());
    return List.copyOf(ids);
  }

  /** Most salient places an article keeps as grouping evidence. */
  static final int MAX_SALIENT_PLACES = 4;

  /**
   * The places an article is about, as grouping evidence: linked places (entity ids of type location) that the
   * headline names or the text mentions at least twice; headline places first, then by mentions, then by first
   * mention; at most {@link #MAX_SALIENT_PLACES}. A place mentioned once in passing is not salient.
   */
  public static List<String> salientPlaces(AnalyzedArticle a) {
    String title = a.article().title();
    java.util.Map<String, int[]> stats = new java.util.LinkedHashMap<>(); // id -> {mentions, in headline, order}
    for (EntityMention m : a.entities()) {
      String id = m.entity();
      if (id == null || !id.startsWith(LOCATION_PREFIX)) continue;
      int[] st = stats.computeIfAbsent(id, k -> new int[] {0, 0, stats.size()});
      st[0]++;
      if (st[1] == 0 && !m.text().isEmpty() && title.contains(m.text())) st[1] = 1;
    }
    List<java.util.Map.Entry<String, int[]>> salient = new ArrayList<>();
    for (var e : stats.entrySet()) if (e.getValue()[1] == 1 || e.getValue()[0] >= 2) salient.add(e);
    salient.sort((x, y) -> x.getValue()[1] != y.getValue()[1] ? y.getValue()[1] - x.getValue()[1]
        : x.getValue()[0] != y.getValue()[0] ? y.getValue()[0] - x.getValue()[0] : x.getValue()[2] - y.getValue()[2]);
    List<String> out = new ArrayList<>();
    for (var e : salient) if (out.size() < MAX_SALIENT_PLACES) out.add(e.getKey());
    return List.copyOf(out);
  }

  private static final String LOCATION_PREFIX =
      dev.storyline.model.EntityType.LOCATION.name().toLowerCase(java.util.Locale.ROOT) + ":";

  private static List<List<Integer>> allInOne(int n) {
    if (n == 0) return List.of();
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) all.add(i);
    return List.of(all);
  }
}
