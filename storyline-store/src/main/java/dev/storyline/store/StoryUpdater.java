package dev.storyline.store;

import dev.storyline.Pipeline;
import dev.storyline.Workers;
import dev.storyline.analysis.entity.EntityLinker;
import dev.storyline.analysis.entity.LinkResult;
import dev.storyline.group.StoryGrouper;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityReference;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.Quote;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.story.StoryBuilder;
import dev.storyline.text.VietText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The backend-neutral half of an ingest (see docs/store.md, "How stories update"): drop duplicates, analyse,
 * load the window of stored articles, relink and regroup, keep story ids stable, build the stories and move the
 * entity mention counts. It reads the stored state through {@link StoredState} and returns a {@link Plan} of
 * documents to write and delete; the store applies the plan with its own writes ({@link LuceneStore}: one
 * commit; an OpenSearch store: bulk requests).
 *
 * <p>Deliberately free of any search-engine import: the OpenSearch backend loads this class without our Lucene.
 * Thread-safe after construction (the stages are); one plan at a time per store (the store serialises writes).
 */
public final class StoryUpdater {
  /** Days either side of the new articles' publication dates whose stored articles are regrouped with them. */
  public static final int WINDOW_DAYS = 28;

  /**
   * Stored articles a batch's date window may hold before it is replaced by a retrieval window: above it (a
   * national stream keeps hundreds of thousands of articles within 28 days), each new article brings in only the
   * stories its own heaviest words find among the stored articles of its weeks ({@link #STORIES_PER_ARTICLE}), best
   * matches first, until the window holds this many articles: a batch regroups about as many stored articles as this
   * whatever the store holds.
   */
  public static final int MAX_DATE_WINDOW = 20_000;

  /** Stories each new article brings into a retrieval window (the grouper compares an article with ~20 candidates). */
  public static final int STORIES_PER_ARTICLE = 8;

  /** -Dstoryline.store.timings=true prints each plan's stage times on stderr (for benchmarks). */
  private static final boolean TIMINGS = Boolean.getBoolean("storyline.store.timings");

  /** What the updater needs to read from a store. Implementations may be called from several threads at once. */
  public interface StoredState {
    /** The ids among these that are stored articles. */
    Set<String> storedArticleIds(Collection<String> ids);

    /** The content hashes among these that belong to stored articles. */
    Set<String> storedHashes(Collection<String> hashes);

    /** Story ids of the stored articles whose publication day (first epoch day) lies in [fromDay, toDay]. */
    Set<String> storiesPublishedBetween(long fromDay, long toDay);

    /**
     * How many stored articles were published in [fromDay, toDay]; a backend that cannot count cheaply may
     * return 0, and always gets the date window.
     */
    default long articlesPublishedBetween(long fromDay, long toDay) { return 0; }

    /**
     * At most {@code limit} story ids of the stored articles published in [fromDay, toDay] that best match
     * {@code article}'s title and lead (its rarest words first), best first (a set that keeps its order). The
     * default takes every story of those days, as the date window does.
     */
    default Set<String> storiesMatching(AnalyzedArticle article, long fromDay, long toDay, int limit) {
      return storiesPublishedBetween(fromDay, toDay);
    }

    /** Every stored article of these stories, with its story and hash. */
    List<StoredArticle> articlesOfStories(Set<String> storyIds);

    /** The stored stories with these ids (absent ones left out). */
    Map<String, Story> stories(Collection<String> ids);

    /** The stored entities with these ids (absent ones left out). */
    Map<String, Entity> entities(Collection<String> ids);

    /**
     * The story an editor put each of these articles in (merged or split by hand), for those that have one. A
     * backend without editing has none.
     */
    default Map<String, String> pins(Collection<String> articleIds) { return Map.of(); }
  }

  /** A stored article with its bookkeeping, as loaded for a window (or written by a plan). */
  public record StoredArticle(AnalyzedArticle article, String story, String hash) {}

  /**
   * A story to write with what a store indexes beside its JSON.
   *
   * @param summary  its list line
   * @param entities every linked entity id its articles mention, sorted
   * @param lastDay  epoch day of its newest article's end, {@link Long#MIN_VALUE} when none is dated
   */
  public record StoryWrite(Story story, StorySummary summary, List<String> entities, long lastDay) {
    public StoryWrite { entities = List.copyOf(entities); }
  }

  /**
   * What one add() must write. Applied as a whole it moves the store from the state read to the new one.
   *
   * @param report          what to tell the caller
   * @param articles        new articles and window articles whose links or story changed
   * @param stories         every story of the regrouped window that is new or changed (a story kept as stored, its
   *                        articles and their links unchanged, is not written again)
   * @param deletedStories  old stories no group took over
   * @param entities        entities whose record changed
   * @param deletedEntities stored entities whose mention count fell to zero
   * @param nextStory       the story counter after this plan
   * @param windowSize      stored articles regrouped (for timings)
   * @param rewritten       window articles rewritten (for timings)
   */
  public record Plan(IngestReport report, List<StoredArticle> articles, List<StoryWrite> stories,
                     List<String> deletedStories, List<Entity> entities, List<String> deletedEntities, long nextStory,
                     int windowSize, int rewritten) {
    public Plan {
      articles = List.copyOf(articles);
      stories = List.copyOf(stories);
      deletedStories = List.copyOf(deletedStories);
      entities = List.copyOf(entities);
      deletedEntities = List.copyOf(deletedEntities);
    }

    /** Nothing to write (no new article survived). */
    public boolean isEmpty() {
      return articles.isEmpty() && stories.isEmpty() && deletedStories.isEmpty() && entities.isEmpty()
          && deletedEntities.isEmpty();
    }
  }

  private final int threads;
  private final int maxDateWindow;
  private final boolean reuseUnchanged;
  /** Cleans and analyses new articles on every core, in input order whatever the scheduling. */
  private final Pipeline pipeline;
  private final EntityLinker linker = new EntityLinker();
  private final StoryGrouper grouper = new StoryGrouper();
  private final StoryBuilder builder = new StoryBuilder();

  public StoryUpdater() {
    this(Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public StoryUpdater(int threads) {
    this(threads, MAX_DATE_WINDOW);
  }

  /** @param maxDateWindow stored articles a date window may hold before a retrieval window replaces it */
  public StoryUpdater(int threads, int maxDateWindow) {
    this(threads, maxDateWindow, true);
  }

  /** @param reuseUnchanged keep a stored story whose articles did not change instead of rebuilding it (tests turn it off) */
  StoryUpdater(int threads, int maxDateWindow, boolean reuseUnchanged) {
    this.threads = Math.max(1, threads);
    this.maxDateWindow = maxDateWindow;
    this.reuseUnchanged = reuseUnchanged;
    this.pipeline = new Pipeline(Pipeline.Options.defaults(), this.threads);
  }

  /**
   * Plans the ingest of {@code raws} against {@code state}; new stories are numbered from {@code nextStory}.
   * Reads only; the caller writes the plan.
   */
  public Plan plan(StoredState state, List<RawArticle> raws, long nextStory) {
    // 1. Duplicates: same id or same normalised text, stored already or earlier in this batch.
    List<String> rawHashes = new ArrayList<>(raws.size());
    List<String> rawIds = new ArrayList<>(raws.size());
    for (RawArticle raw : raws) {
      rawHashes.add(contentHash(raw.text()));
      rawIds.add(raw.id());
    }
    Set<String> storedIds = raws.isEmpty() ? Set.of() : state.storedArticleIds(rawIds);
    Set<String> storedHashes = raws.isEmpty() ? Set.of() : state.storedHashes(rawHashes);
    Set<String> ids = new HashSet<>(), hashes = new HashSet<>();
    List<RawArticle> fresh = new ArrayList<>();
    Map<String, String> hashOf = new HashMap<>();
    int duplicates = 0;
    for (int i = 0; i < raws.size(); i++) {
      RawArticle raw = raws.get(i);
      String hash = rawHashes.get(i);
      if (!ids.add(raw.id()) || !hashes.add(hash) || storedIds.contains(raw.id()) || storedHashes.contains(hash)) {
        duplicates++;
        continue;
      }
      fresh.add(raw);
      hashOf.put(raw.id(), hash);
    }

    // 2. Clean and analyse the new articles (a bad one becomes a problem).
    List<Problem> problems = new ArrayList<>();
    long t0 = System.nanoTime();
    List<AnalyzedArticle> added = pipeline.analyzeAll(fresh, problems);
    long t1 = System.nanoTime();
    if (added.isEmpty()) {
      return new Plan(new IngestReport(0, duplicates, problems, List.of(), 0, false), List.of(), List.of(), List.of(),
          List.of(), List.of(), nextStory, 0, 0);
    }

    // 3. The window of stored articles regrouped with them.
    Window w = window(state, added);
    Map<String, StoredArticle> window = w.articles();
    boolean retrieved = w.retrieved();

    // 4. Relink and regroup window + new.
    List<AnalyzedArticle> all = new ArrayList<>(window.size() + added.size());
    for (StoredArticle s : window.values()) all.add(s.article());
    all.addAll(added);
    long t2 = System.nanoTime();
    LinkResult linked = keepStoredIds(linker.link(all), window);
    List<AnalyzedArticle> articles = linked.articles();
    List<List<Integer>> grouped = grouper.group(Pipeline.groupDocs(articles));
    // An editor's merges and splits hold: pinned articles stay in their story whatever the grouper says.
    Map<String, String> pins = window.isEmpty() ? Map.of() : state.pins(window.keySet());
    Pinned pinned = pins.isEmpty() ? new Pinned(grouped, null) : applyPins(grouped, articles, pins);
    List<List<Integer>> groups = pinned.groups();
    String[] forced = pinned.ids();
    long[] counter = {nextStory};
    String[] groupIds = assignIds(groups, articles, window, counter, forced);
    long t3 = System.nanoTime();
    Map<String, Entity> linkedById = StoryBuilder.entitiesById(linked.entities());

    // 5. Stories: build each group's products in parallel; delete old stories no group took over. A stored story
    // whose articles are exactly the group's, none of them changed, is kept when its entity-derived parts agree:
    // a retrieval window brings in many stories the batch does not join, and building them again was the
    // costliest part of a plan after analysis.
    // Which window articles came out of relinking exactly as stored (a deep comparison: once, on every core).
    boolean[] asStored = new boolean[articles.size()];
    forEachIndex(articles.size(), i -> {
      StoredArticle before = window.get(articles.get(i).id());
      asStored[i] = before != null && before.article().equals(articles.get(i));
    });
    Map<String, Story> storedStories = state.stories(List.of(groupIds));
    Story[] built = new Story[groups.size()];
    boolean[] kept = new boolean[groups.size()];
    forEachIndex(groups.size(), k -> {
      List<AnalyzedArticle> members = new ArrayList<>();
      boolean unchanged = reuseUnchanged;
      for (int i : groups.get(k)) {
        AnalyzedArticle a = articles.get(i);
        members.add(a);
        if (unchanged) unchanged = asStored[i] && groupIds[k].equals(window.get(a.id()).story());
      }
      Story same = unchanged ? builder.reuse(storedStories.get(groupIds[k]), groupIds[k], members, linkedById) : null;
      kept[k] = same != null;
      built[k] = same != null ? same : builder.build(groupIds[k], members, linkedById);
    });
    long t4 = System.nanoTime();
    Set<String> oldStories = new HashSet<>();
    for (StoredArticle s : window.values()) if (s.story() != null) oldStories.add(s.story());
    Map<String, String> storyOf = new HashMap<>();
    for (int k = 0; k < built.length; k++) {
      for (int i : groups.get(k)) storyOf.put(articles.get(i).id(), groupIds[k]);
    }
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (AnalyzedArticle a : articles) byId.put(a.id(), a);
    StoryWrite[] writes = new StoryWrite[built.length];
    // A kept story's document is already stored as it would be written (same story, same articles).
    forEachIndex(built.length, k -> writes[k] = kept[k] ? null : storyWrite(built[k], byId));
    List<String> touched = new ArrayList<>();
    for (Story story : built) {
      oldStories.remove(story.id());
      Story old = storedStories.get(story.id());
      if (old == null || !old.equals(story)) touched.add(story.id());
    }
    List<String> deletedStories = new ArrayList<>(new TreeSet<>(oldStories));
    touched.addAll(deletedStories);

    // 6. Entities: adjust each touched entity's mention count by what the relinked articles changed.
    Map<String, Integer> delta = new LinkedHashMap<>();
    for (StoredArticle s : window.values()) countMentions(s.article(), delta, -1);
    for (AnalyzedArticle a : articles) countMentions(a, delta, +1);
    Map<String, Set<String>> newAliases = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      for (EntityMention m : a.entities()) {
        if (m.entity() != null) newAliases.computeIfAbsent(m.entity(), x -> new LinkedHashSet<>()).add(m.text());
      }
    }
    Map<String, Entity> storedEntities = delta.isEmpty() ? Map.of() : state.entities(delta.keySet());
    List<Entity> entityWrites = new ArrayList<>();
    List<String> entityDeletes = new ArrayList<>();
    for (Map.Entry<String, Integer> e : delta.entrySet()) {
      String id = e.getKey();
      int change = e.getValue();
      Entity old = storedEntities.get(id);
      int mentions = (old == null ? 0 : old.mentions()) + change;
      if (mentions <= 0) {
        if (old != null) entityDeletes.add(id);
        continue;
      }
      if (change == 0 && old != null && !linkedById.containsKey(id)) continue;
      Entity merged = mergeEntity(id, old, linkedById.get(id), newAliases.get(id), mentions);
      if (old != null && old.equals(merged)) continue;
      entityWrites.add(merged);
    }

    // 7. Articles: the new ones and every window article whose links or story changed.
    List<StoredArticle> articleWrites = new ArrayList<>();
    int rewritten = 0;
    for (int i = 0; i < articles.size(); i++) {
      AnalyzedArticle a = articles.get(i);
      StoredArticle before = window.get(a.id());
      String story = storyOf.get(a.id());
      if (asStored[i] && story.equals(before.story())) continue;
      if (before != null) rewritten++;
      String hash = before != null ? before.hash() : hashOf.get(a.id());
      articleWrites.add(new StoredArticle(a, story, hash));
    }
    if (TIMINGS) {
      int keptCount = 0;
      for (boolean b : kept) if (b) keptCount++;
      System.err.printf("store.plan: %d new, window %d (%d rewritten), %d stories (%d kept), analyse %d ms, window %d ms,"
              + " link+group %d ms, stories %d ms, rest %d ms%n",
          added.size(), window.size(), rewritten, built.length, keptCount, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (System.nanoTime() - t4) / 1_000_000);
    }
    return new Plan(new IngestReport(added.size(), duplicates, problems, touched, window.size(), retrieved), articleWrites,
        Arrays.stream(writes).filter(Objects::nonNull).toList(),
        deletedStories, entityWrites, entityDeletes, counter[0], window.size(), rewritten);
  }

  /** Runs task(i) for i in [0, n) on the updater's threads, each writing its own slot. */
  private void forEachIndex(int n, java.util.function.IntConsumer task) {
    Workers.forEachIndex(threads, "storyline-store", n, 1, task);
  }

  /**
   * Stored articles published within {@link #WINDOW_DAYS} of a new article, plus all articles of their stories,
   * keyed by id in a stable order. Undated new articles widen nothing.
   */
  /** The stored articles regrouped with a batch, by id, and whether they were retrieved (not a whole date window). */
  private record Window(Map<String, StoredArticle> articles, boolean retrieved) {}

  private Window window(StoredState state, List<AnalyzedArticle> added) {
    List<long[]> ranges = new ArrayList<>();
    long[] days = added.stream().filter(a -> a.published() != null)
        .mapToLong(a -> a.published().start().toEpochDay()).sorted().toArray();
    // Merge the per-article ranges so a batch spanning months does not pull in the gaps between its dates.
    for (long d : days) {
      long lo = d - WINDOW_DAYS, hi = d + WINDOW_DAYS;
      if (!ranges.isEmpty() && lo <= ranges.get(ranges.size() - 1)[1] + 1) ranges.get(ranges.size() - 1)[1] = hi;
      else ranges.add(new long[] {lo, hi});
    }
    long dated = 0;
    for (long[] r : ranges) dated += state.articlesPublishedBetween(r[0], r[1]);
    boolean retrieved = dated > maxDateWindow;
    List<StoredArticle> loaded = new ArrayList<>();
    if (!retrieved) {
      Set<String> stories = new TreeSet<>();
      for (long[] r : ranges) stories.addAll(state.storiesPublishedBetween(r[0], r[1]));
      if (!stories.isEmpty()) loaded.addAll(state.articlesOfStories(stories));
    } else {
      // Best matches first, loaded a few stories at a time until the window holds maxDateWindow articles: the
      // window stays bounded even when every new article finds its full share of stories.
      List<String> ranked = retrievedStories(state, added);
      for (int from = 0; from < ranked.size() && (from == 0 || loaded.size() < maxDateWindow); from += RETRIEVAL_CHUNK) {
        loaded.addAll(state.articlesOfStories(new TreeSet<>(ranked.subList(from, Math.min(ranked.size(), from + RETRIEVAL_CHUNK)))));
      }
    }
    Map<String, StoredArticle> out = new LinkedHashMap<>();
    // A stable order whatever order the backend returns them in: grouping and linking see the same input.
    loaded.sort(Comparator.comparing(s -> s.article().id()));
    for (StoredArticle s : loaded) out.put(s.article().id(), s);
    return new Window(out, retrieved);
  }

  /**
   * The linker names an entity after its fullest, most frequent form, so the same entity can come out of a
   * relinked window under another id (a longer name seen, a "-2" taken first). Each entity here takes the stored id
   * most of its window mentions had, largest overlaps first, each stored id once; the others keep their own id,
   * suffixed if a kept one holds it. Ids then stay put across batches (entity pages and links keep working), and
   * a window article whose entities did not change is not rewritten.
   */
  static LinkResult keepStoredIds(LinkResult linked, Map<String, StoredArticle> window) {
    Map<String, Map<String, Integer>> overlap = new HashMap<>();
    for (AnalyzedArticle a : linked.articles()) {
      StoredArticle before = window.get(a.id());
      if (before == null) continue;
      List<EntityMention> now = a.entities(), then = before.article().entities();
      if (now.size() != then.size()) continue; // the linker keeps every mention in order; anything else is not ours
      for (int m = 0; m < now.size(); m++) {
        String n = now.get(m).entity(), o = then.get(m).entity();
        if (n != null && o != null) overlap.computeIfAbsent(n, k -> new HashMap<>()).merge(o, 1, Integer::sum);
      }
    }
    if (overlap.isEmpty()) return linked;
    record Pair(String now, String then, int count) {}
    List<Pair> pairs = new ArrayList<>();
    overlap.forEach((n, olds) -> olds.forEach((o, c) -> pairs.add(new Pair(n, o, c))));
    pairs.sort(Comparator.comparingInt(Pair::count).reversed().thenComparing(Pair::now).thenComparing(Pair::then));
    Map<String, String> rename = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Pair p : pairs) {
      if (rename.containsKey(p.now()) || taken.contains(p.then())) continue;
      rename.put(p.now(), p.then());
      taken.add(p.then());
    }
    for (Entity e : linked.entities()) { // sorted by the linker: a stable order for the suffixes
      if (rename.containsKey(e.id())) continue;
      String id = e.id();
      for (int k = 2; taken.contains(id); k++) id = e.id() + "-" + k;
      rename.put(e.id(), id);
      taken.add(id);
    }
    boolean same = true;
    for (Map.Entry<String, String> r : rename.entrySet()) same &= r.getKey().equals(r.getValue());
    if (same) return linked;

    List<AnalyzedArticle> articles = new ArrayList<>(linked.articles().size());
    for (AnalyzedArticle a : linked.articles()) {
      List<EntityMention> ms = new ArrayList<>(a.entities().size());
      for (EntityMention m : a.entities()) ms.add(m.entity() == null ? m : m.withEntity(rename.getOrDefault(m.entity(), m.entity())));
      List<Quote> qs = new ArrayList<>(a.quotes().size());
      for (Quote q : a.quotes()) {
        qs.add(q.speakerEntity() == null ? q : q.withSpeakerEntity(rename.getOrDefault(q.speakerEntity(), q.speakerEntity())));
      }
      List<EntityReference> rs = new ArrayList<>(a.references().size());
      for (EntityReference r : a.references()) {
        rs.add(new EntityReference(r.start(), r.end(), r.text(), rename.getOrDefault(r.entity(), r.entity()),
            r.antecedentStart(), r.antecedentEnd()));
      }
      articles.add(a.withLinks(ms, qs, rs));
    }
    List<Entity> entities = new ArrayList<>(linked.entities().size());
    for (Entity e : linked.entities()) entities.add(new Entity(rename.get(e.id()), e.name(), e.type(), e.aliases(), e.mentions()));
    return new LinkResult(articles, entities);
  }

  /** Stories loaded at a time into a retrieval window. */
  private static final int RETRIEVAL_CHUNK = 64;

  /**
   * The retrieval window's stories, best first: per dated new article, the stories its words find within its own
   * weeks; every article's best story before any article's second best, and so on.
   */
  private List<String> retrievedStories(StoredState state, List<AnalyzedArticle> added) {
    @SuppressWarnings("unchecked")
    List<String>[] found = new List[added.size()];
    forEachIndex(added.size(), i -> {
      AnalyzedArticle a = added.get(i);
      if (a.published() == null) {
        found[i] = List.of(); // undated: no weeks to search, as in the date window
        return;
      }
      long d = a.published().start().toEpochDay();
      found[i] = List.copyOf(state.storiesMatching(a, d - WINDOW_DAYS, d + WINDOW_DAYS, STORIES_PER_ARTICLE));
    });
    Set<String> out = new LinkedHashSet<>();
    for (int rank = 0; rank < STORIES_PER_ARTICLE; rank++) {
      for (List<String> f : found) if (rank < f.size()) out.add(f.get(rank));
    }
    return List.copyOf(out);
  }

  /**
   * Story ids for the new groups: each old story goes to the group holding most of its articles (largest
   * overlaps first, ties by the older story id); groups left over get new ids from {@code counter[0]}.
   */
  /** Groups after the editor's pins, and the pinned story id of each group (null for a group with no pin). */
  record Pinned(List<List<Integer>> groups, String[] ids) {}

  /**
   * Applies the editor's pins to the grouper's groups: every article pinned to a story ends in that story's
   * group; an unpinned article goes with the pin holding most of its group's pinned articles (ties: the older
   * story), so a new article joins the story its group joined; groups with no pinned article are unchanged.
   */
  static Pinned applyPins(List<List<Integer>> groups, List<AnalyzedArticle> articles, Map<String, String> pins) {
    Map<String, List<Integer>> byPin = new LinkedHashMap<>();
    List<List<Integer>> free = new ArrayList<>();
    for (List<Integer> g : groups) {
      Map<String, Integer> counts = new HashMap<>();
      for (int i : g) {
        String pin = pins.get(articles.get(i).id());
        if (pin != null) counts.merge(pin, 1, Integer::sum);
      }
      if (counts.isEmpty()) {
        free.add(g);
        continue;
      }
      String host = null;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (host == null || e.getValue() > counts.get(host)
            || e.getValue().equals(counts.get(host)) && storyNumber(e.getKey()) < storyNumber(host)) host = e.getKey();
      }
      for (int i : g) {
        String pin = pins.get(articles.get(i).id());
        byPin.computeIfAbsent(pin == null ? host : pin, x -> new ArrayList<>()).add(i);
      }
    }
    List<List<Integer>> out = new ArrayList<>(byPin.size() + free.size());
    List<String> ids = new ArrayList<>(byPin.size() + free.size());
    for (Map.Entry<String, List<Integer>> e : byPin.entrySet()) {
      List<Integer> members = new ArrayList<>(e.getValue());
      Collections.sort(members);
      out.add(members);
      ids.add(e.getKey());
    }
    for (List<Integer> g : free) {
      out.add(g);
      ids.add(null);
    }
    return new Pinned(out, ids.toArray(String[]::new));
  }

  private static String[] assignIds(List<List<Integer>> groups, List<AnalyzedArticle> articles,
                                    Map<String, StoredArticle> window, long[] counter, String[] forced) {
    record Overlap(int group, String story, int count) {}
    List<Overlap> overlaps = new ArrayList<>();
    for (int k = 0; k < groups.size(); k++) {
      Map<String, Integer> counts = new HashMap<>();
      for (int i : groups.get(k)) {
        StoredArticle s = window.get(articles.get(i).id());
        if (s != null && s.story() != null) counts.merge(s.story(), 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> e : counts.entrySet()) overlaps.add(new Overlap(k, e.getKey(), e.getValue()));
    }
    overlaps.sort(Comparator.comparingInt(Overlap::count).reversed()
        .thenComparing(o -> storyNumber(o.story())).thenComparingInt(Overlap::group));
    String[] ids = new String[groups.size()];
    Set<String> taken = new HashSet<>();
    if (forced != null) {
      for (int k = 0; k < ids.length; k++) {
        if (forced[k] == null) continue;
        ids[k] = forced[k];
        taken.add(forced[k]);
      }
    }
    for (Overlap o : overlaps) {
      if (ids[o.group()] != null || taken.contains(o.story())) continue;
      ids[o.group()] = o.story();
      taken.add(o.story());
    }
    for (int k = 0; k < ids.length; k++) if (ids[k] == null) ids[k] = "story-" + counter[0]++;
    return ids;
  }

  private static long storyNumber(String id) {
    int dash = id.lastIndexOf('-');
    try {
      return Long.parseLong(id.substring(dash + 1));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static void countMentions(AnalyzedArticle a, Map<String, Integer> delta, int sign) {
    for (EntityMention m : a.entities()) if (m.entity() != null) delta.merge(m.entity(), sign, Integer::sum);
  }

  /** The relinked entity's name and type when this batch linked it, the stored one's otherwise; aliases unite. */
  private static Entity mergeEntity(String id, Entity old, Entity linked, Set<String> seen, int mentions) {
    Entity base = linked != null ? linked : old;
    Set<String> aliases = new LinkedHashSet<>();
    if (old != null) {
      aliases.add(old.name());
      aliases.addAll(old.aliases());
    }
    if (linked != null) aliases.addAll(linked.aliases());
    if (seen != null) aliases.addAll(seen);
    aliases.remove(base.name());
    return new Entity(id, base.name(), base.type(), List.copyOf(aliases), mentions);
  }

  /** The story with its list line, its entity ids and the day of its newest article. */
  static StoryWrite storyWrite(Story story, Map<String, AnalyzedArticle> articles) {
    PartialDate first = null, last = null;
    for (String id : story.articles()) {
      AnalyzedArticle a = articles.get(id);
      PartialDate p = a == null ? null : a.published();
      if (p == null) continue;
      if (first == null || p.compareTo(first) < 0) first = p;
      if (last == null || p.end().isAfter(last.end())) last = p;
    }
    List<String> actors = story.actors().stream().limit(5).map(Story.Actor::name).toList();
    StorySummary summary = new StorySummary(story.id(), story.title(), story.articles().size(),
        first == null ? "" : first.iso(), last == null ? "" : last.iso(), actors);
    Set<String> entities = new TreeSet<>();
    for (String id : story.articles()) {
      AnalyzedArticle a = articles.get(id);
      if (a != null) for (EntityMention m : a.entities()) if (m.entity() != null) entities.add(m.entity());
    }
    return new StoryWrite(story, summary, List.copyOf(entities), last == null ? Long.MIN_VALUE : last.end().toEpochDay());
  }

  /** The list line of a stored article. */
  public static ArticleHeader header(AnalyzedArticle a, String story) {
    return new ArticleHeader(a.id(), ArticleHeader.displayTitle(a), a.article().outlet(), a.article().url(),
        a.published() == null ? "" : a.published().iso(), story);
  }

  /** SHA-256 (first 128 bits, hex) of the text after {@link VietText#collapsedMatchKey}: equal content, equal hash. */
  public static String contentHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(VietText.collapsedMatchKey(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lower-cased, tone-placement-unified, accent-free words: "Hoà Bình" and "hoa binh" give the same words. */
  public static List<String> words(String text) {
    String folded = VietText.foldDiacritics(VietText.matchKey(text));
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (word && start < 0) start = i;
      else if (!word && start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** The entity's search words: those of its name and of every alias. */
  public static Set<String> entityWords(Entity e) {
    Set<String> words = new LinkedHashSet<>(words(e.name()));
    for (String alias : e.aliases()) words.addAll(words(alias));
    return words;
  }
}
