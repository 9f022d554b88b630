package dev.storyline.store;

import dev.storyline.Workers;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded store: one data directory DIR whose {@code DIR/index} is one Lucene index of article, story and
 * entity documents (see docs/store.md).
 *
 * <p>Writes are serialised and each {@link #add} ends in exactly one {@code IndexWriter.commit}: a crash at any
 * moment leaves the last committed state. Readers go through a {@link SearcherManager} over the directory's
 * commits, refreshed after each commit, so they only ever see committed states; any number of threads may read
 * while one writes.
 *
 * <p>Stories are updated incrementally: the new articles plus the stored "window" (articles published within
 * {@link #WINDOW_DAYS} days of them, and every article of a story that has one there) are relinked and regrouped
 * together; new groups take the id of the old story they share most articles with, so ids stay stable.
 */
public final class LuceneStore implements StoryRepository {
  /** Days either side of the new articles' publication dates whose stored articles are regrouped with them. */
  public static final int WINDOW_DAYS = StoryUpdater.WINDOW_DAYS;
  /** Mentions {@link #entity} returns at most. */
  public static final int MAX_MENTIONS = 200;
  /** Stories {@link #entity} returns at most (the most recently active). */
  public static final int MAX_ENTITY_STORIES = 100;

  /** -Dstoryline.store.timings=true prints each add()'s stage times on stderr (for benchmarks). */
  private static final boolean TIMINGS = Boolean.getBoolean("storyline.store.timings");

  private final Path dir;
  private final Directory directory;
  private final ReentrantLock writeLock = new ReentrantLock();
  private IndexWriter writer;
  private final SearcherManager searchers;
  /** The ingest logic (dedup, analysis, window, relink, regroup, stable ids, products, entity counts). */
  private StoryUpdater updater = new StoryUpdater();
  /** One searcher for the store's life: it caches facet state per index reader. */
  private final ArticleSearcher searcher = new ArticleSearcher();
  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private long nextStory = 1;
  private long commits;
  private volatile boolean closed;
  private final boolean readOnly;
  /**
   * This store with another limit above which a batch's date window gives way to the retrieval window (default
   * {@link StoryUpdater#MAX_DATE_WINDOW}); for benchmarks and tests comparing the two.
   */
  public LuceneStore withMaxDateWindow(int maxDateWindow) {
    updater = new StoryUpdater(threads, maxDateWindow);
    return this;
  }

  /** Test hook: runs after an add()'s documents are written and before its commit. */
  volatile Runnable beforeCommit = () -> {};

  private LuceneStore(Path dir) throws IOException { this(dir, false); }

  private LuceneStore(Path dir, boolean readOnly) throws IOException {
    this.dir = dir;
    this.readOnly = readOnly;
    if (readOnly) {
      // No IndexWriter, so no write.lock: a reader runs beside a serve or an ingest, and sees their commits.
      if (!Files.isDirectory(dir.resolve("index"))) throw new IllegalStateException("no store in " + dir);
      this.directory = FSDirectory.open(dir.resolve("index"));
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IllegalStateException("no store in " + dir + " (its index has no commit yet)");
      }
      this.searchers = new SearcherManager(directory, null);
      return;
    }
    Files.createDirectories(dir.resolve("index"));
    this.directory = FSDirectory.open(dir.resolve("index"));
    try {
      this.writer = newWriter();
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IllegalStateException("the store in " + dir + " is in use by another process (its index/write.lock is held);"
          + " stop that process (ingest or serve) first", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    if (!DirectoryReader.indexExists(directory)) {
      writer.setLiveCommitData(userData().entrySet());
      writer.commit();
    }
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      Map<String, String> data = r.getIndexCommit().getUserData();
      nextStory = Long.parseLong(data.getOrDefault(StoreFields.NEXT_STORY, "1"));
      commits = Long.parseLong(data.getOrDefault(StoreFields.COMMITS, "0"));
    }
    this.searchers = new SearcherManager(directory, null);
  }

  /**
   * Opens an existing store for reading only. It takes no lock, so it works while another process (serve, ingest)
   * writes the store, and each read sees that process's latest commit. {@link #add} is refused.
   */
  public static LuceneStore openReadOnly(Path dir) {
    try {
      return new LuceneStore(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Opens the store in {@code dir}, creating it when absent. */
  public static LuceneStore open(Path dir) {
    try {
      return new LuceneStore(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The data directory. */
  public Path dir() { return dir; }

  private IndexWriter newWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(SearchFields.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    return new IndexWriter(directory, config);
  }

  private Map<String, String> userData() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(StoreFields.NEXT_STORY, Long.toString(nextStory));
    m.put(StoreFields.COMMITS, Long.toString(commits));
    return m;
  }

  // ---------------------------------------------------------------- writing

  @Override
  public IngestReport add(List<RawArticle> articles) {
    if (readOnly) throw new IllegalStateException("the store in " + dir + " was opened read-only");
    writeLock.lock();
    try {
      ensureOpen();
      long savedNext = nextStory;
      try {
        IngestReport report = addLocked(articles);
        beforeCommit.run();
        commits++;
        writer.setLiveCommitData(userData().entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        return report;
      } catch (IOException | RuntimeException | Error e) {
        // All or nothing: drop every change of this call and go on from the last commit.
        nextStory = savedNext;
        rollback();
        if (e instanceof IOException io) throw new UncheckedIOException("could not store the articles in " + dir, io);
        if (e instanceof Error err) throw err;
        throw (RuntimeException) e;
      }
    } finally {
      writeLock.unlock();
    }
  }

  // ---------------------------------------------------------------- editing

  /**
   * Merges story {@code from} into story {@code into}: every article of both ends in {@code into}, whose timeline,
   * summary, facts and quotes are rebuilt; {@code from} is gone. The articles are pinned there, so later ingests
   * regroup new articles around them but never take them apart. One commit.
   *
   * @throws IllegalArgumentException when a story does not exist or both are the same
   */
  @Override
  public String mergeStories(String into, String from) {
    return edit(state -> StoryEdit.merge(state, into, from, nextStory, dir.toString()));
  }

  /**
   * Splits the given articles out of story {@code story} into a new story, whose id is returned; both stories are
   * rebuilt and their articles pinned (later ingests keep them apart). One commit.
   *
   * @throws IllegalArgumentException when the story does not exist, an article is not in it, or no article would
   *                                  be left in it
   */
  @Override
  public String splitStory(String story, java.util.Collection<String> articleIds) {
    return edit(state -> StoryEdit.split(state, story, articleIds, nextStory, dir.toString()));
  }

  /**
   * Runs an edit as one commit: the pinned articles are moved to their stories, those stories rebuilt from their
   * articles (the articles themselves, their links and the entities are unchanged), the deleted ones removed.
   */
  private String edit(java.util.function.Function<StoryUpdater.StoredState, StoryEdit> plan) {
    if (readOnly) throw new IllegalStateException("the store in " + dir + " was opened read-only");
    writeLock.lock();
    try {
      ensureOpen();
      long savedNext = nextStory;
      IndexSearcher searcher = ioGet(searchers::acquire);
      try {
        StoryEdit e = plan.apply(new SearcherState(searcher));
        for (StoryUpdater.StoredArticle a : e.moved()) {
          writer.updateDocument(new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_ARTICLE, a.article().id())),
              articleDocument(a.article(), a.story(), a.hash()));
        }
        for (StoryUpdater.StoryWrite w : e.stories()) {
          writer.updateDocument(new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_STORY, w.story().id())),
              storyDocument(w));
        }
        for (String gone : e.deleted()) {
          writer.deleteDocuments(new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_STORY, gone)));
        }
        for (Map.Entry<String, String> p : e.pins().entrySet()) {
          Document pin = new Document();
          pin.add(new StringField(Fields.KIND, Fields.KIND_PIN, Field.Store.NO));
          pin.add(new StringField(StoreFields.KEY, StoreFields.key(Fields.KIND_PIN, p.getKey()), Field.Store.NO));
          pin.add(new StringField(Fields.ID, p.getKey(), Field.Store.YES));
          pin.add(new StoredField(StoreFields.PIN_STORY, p.getValue()));
          writer.updateDocument(new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_PIN, p.getKey())), pin);
        }
        nextStory = e.nextStory();
        beforeCommit.run();
        commits++;
        writer.setLiveCommitData(userData().entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        return e.result();
      } catch (IOException | RuntimeException | Error ex) {
        nextStory = savedNext;
        rollback();
        if (ex instanceof IOException io) throw new UncheckedIOException("could not edit the stories in " + dir, io);
        if (ex instanceof Error err) throw err;
        throw (RuntimeException) ex;
      } finally {
        io(() -> searchers.release(searcher));
      }
    } finally {
      writeLock.unlock();
    }
  }

  private void rollback() {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException ignored) {
      // the writer is closed either way; a new one starts from the last commit
    }
    try {
      writer = newWriter();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen the store in " + dir + " after a failed ingest", e);
    }
  }

  private IngestReport addLocked(List<RawArticle> raws) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return addWith(searcher, raws);
    } finally {
      searchers.release(searcher);
    }
  }

  private IngestReport addWith(IndexSearcher searcher, List<RawArticle> raws) throws IOException {
    StoryUpdater.Plan plan = updater.plan(new SearcherState(searcher), raws, nextStory);
    long t0 = System.nanoTime();
    // Documents are built and written in parallel: IndexWriter takes documents from many threads at once, and
    // building them (JSON, four analysed forms of the text) is most of an ingest's cost.
    List<StoryUpdater.StoryWrite> stories = plan.stories();
    forEachIndex(stories.size(), k -> io(() -> {
      StoryUpdater.StoryWrite w = stories.get(k);
      writer.updateDocument(new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_STORY, w.story().id())),
          storyDocument(w));
    }));
    for (String gone : plan.deletedStories()) {
      writer.deleteDocuments(new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_STORY, gone)));
    }
    for (String gone : plan.deletedEntities()) {
      writer.deleteDocuments(new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_ENTITY, gone)));
    }
    List<Entity> entities = plan.entities();
    forEachIndex(entities.size(), k -> io(() -> writer.updateDocument(
        new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_ENTITY, entities.get(k).id())),
        entityDocument(entities.get(k)))));
    // The articles go to segments of their own: a segment where every document has the text fields keeps their
    // norms dense. Mixed with the story and entity documents they were sparse, and writing the postings (which
    // reads a norm per document of every term, for the skip data's impacts) then scanned the sparse blocks again
    // for each term: 17 % of an ingest's CPU on the 30k corpus (JFR). flush() writes segments, it commits nothing.
    if (!plan.articles().isEmpty() && (!stories.isEmpty() || !entities.isEmpty())) writer.flush();
    List<StoryUpdater.StoredArticle> articles = plan.articles();
    forEachIndex(articles.size(), k -> io(() -> {
      StoryUpdater.StoredArticle a = articles.get(k);
      writer.updateDocument(new Term(StoreFields.KEY, StoreFields.key(Fields.KIND_ARTICLE, a.article().id())),
          articleDocument(a.article(), a.story(), a.hash()));
    }));
    nextStory = plan.nextStory();
    if (TIMINGS && !plan.isEmpty()) {
      System.err.printf("store.add: %d window articles rewritten, %d stories, write %d ms%n", plan.rewritten(),
          stories.size(), (System.nanoTime() - t0) / 1_000_000);
    }
    return plan.report();
  }

  /** Runs task(i) for i in [0, n) on the store's threads, each writing its own slot. */
  private void forEachIndex(int n, java.util.function.IntConsumer task) {
    Workers.forEachIndex(threads, "storyline-store", n, 1, task);
  }

  private interface IoTask { void run() throws IOException; }

  /** Runs an index write inside a worker lambda; its IOException comes back out of forEachIndex unchecked. */
  private static void io(IoTask task) {
    try {
      task.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored state the updater plans against: the last commit, through one searcher. */
  private final class SearcherState implements StoryUpdater.StoredState {
    private final IndexSearcher searcher;

    // Document frequencies of retrieval pairs, shared by the batch's articles (one searcher, so they cannot change;
    // a batch's articles share many pairs, and each look-up seeks every segment).
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> docFreqs = new java.util.concurrent.ConcurrentHashMap<>();

    SearcherState(IndexSearcher searcher) { this.searcher = searcher; }

    @Override
    public Set<String> storedArticleIds(java.util.Collection<String> ids) {
      Set<String> out = new HashSet<>();
      for (String id : ids) {
        if (ioGet(() -> exists(searcher, StoreFields.KEY, StoreFields.key(Fields.KIND_ARTICLE, id)))) out.add(id);
      }
      return out;
    }

    @Override
    public Set<String> storedHashes(java.util.Collection<String> hashes) {
      Set<String> out = new HashSet<>();
      for (String h : hashes) if (ioGet(() -> exists(searcher, Fields.HASH, h))) out.add(h);
      return out;
    }

    @Override
    public Set<String> storiesPublishedBetween(long fromDay, long toDay) {
      return ioGet(() -> {
        Set<String> stories = new TreeSet<>();
        for (String s : storiesOf(searcher, allDocs(searcher, publishedBetween(fromDay, toDay)))) {
          if (s != null) stories.add(s);
        }
        return stories;
      });
    }

    @Override
    public long articlesPublishedBetween(long fromDay, long toDay) {
      return ioGet(() -> searcher.count(publishedBetween(fromDay, toDay)));
    }

    @Override
    public Set<String> storiesMatching(AnalyzedArticle article, long fromDay, long toDay, int limit) {
      return ioGet(() -> {
        List<String> terms = rarestPairs(searcher, article, RETRIEVAL_TERMS, docFreqs);
        if (terms.isEmpty()) return Set.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(publishedBetween(fromDay, toDay), BooleanClause.Occur.FILTER);
        for (String t : terms) q.add(new TermQuery(new Term(SearchFields.TEXT_FB, t)), BooleanClause.Occur.SHOULD);
        TopDocs top = searcher.search(q.build(), 4 * limit);
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) docs[i] = top.scoreDocs[i].doc;
        Set<String> stories = new LinkedHashSet<>();
        for (String s : storiesOf(searcher, docs)) {
          if (s != null && stories.add(s) && stories.size() == limit) break;
        }
        return stories;
      });
    }

    @Override
    public List<StoryUpdater.StoredArticle> articlesOfStories(Set<String> storyIds) {
      return ioGet(() -> {
        List<BytesRef> terms = storyIds.stream().sorted().map(BytesRef::new).toList();
        Query q = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
            .add(new TermInSetQuery(StoreFields.STORY, terms), BooleanClause.Occur.FILTER).build();
        int[] docs = allDocs(searcher, q);
        StoredFields stored = searcher.storedFields();
        Document[] raw = new Document[docs.length];
        for (int i = 0; i < docs.length; i++) raw[i] = stored.document(docs[i]);
        StoryUpdater.StoredArticle[] loaded = new StoryUpdater.StoredArticle[docs.length];
        forEachIndex(docs.length, i -> loaded[i] = new StoryUpdater.StoredArticle(
            StoreJson.read(raw[i].get(Fields.JSON), AnalyzedArticle.class), raw[i].get(StoreFields.STORY),
            raw[i].get(Fields.HASH)));
        return List.of(loaded);
      });
    }

    @Override
    public Map<String, Story> stories(java.util.Collection<String> ids) {
      List<String> list = List.copyOf(ids);
      Story[] found = new Story[list.size()];
      forEachIndex(list.size(), k -> found[k] = ioGet(() -> storyDoc(searcher, list.get(k)).orElse(null)));
      Map<String, Story> out = new HashMap<>();
      for (Story s : found) if (s != null) out.put(s.id(), s);
      return out;
    }

    @Override
    public Map<String, String> pins(java.util.Collection<String> articleIds) {
      return ioGet(() -> {
        List<BytesRef> keys = articleIds.stream().sorted().map(id -> new BytesRef(StoreFields.key(Fields.KIND_PIN, id))).toList();
        int[] docs = allDocs(searcher, new TermInSetQuery(StoreFields.KEY, keys));
        StoredFields stored = searcher.storedFields();
        Map<String, String> out = new HashMap<>();
        for (int d : docs) {
          Document doc = stored.document(d, Set.of(Fields.ID, StoreFields.PIN_STORY));
          out.put(doc.get(Fields.ID), doc.get(StoreFields.PIN_STORY));
        }
        return out;
      });
    }

    @Override
    public Map<String, Entity> entities(java.util.Collection<String> ids) {
      List<String> list = List.copyOf(ids);
      Entity[] found = new Entity[list.size()];
      forEachIndex(list.size(), k -> found[k] = ioGet(() -> entityDoc(searcher, list.get(k)).orElse(null)));
      Map<String, Entity> out = new HashMap<>();
      for (Entity e : found) if (e != null) out.put(e.id(), e);
      return out;
    }
  }

  private interface IoGet<T> { T get() throws IOException; }

  private static <T> T ioGet(IoGet<T> body) {
    try {
      return body.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String contentHash(String text) { return StoryUpdater.contentHash(text); }

  private Document articleDocument(AnalyzedArticle a, String story, String hash) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
    doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    doc.add(new StringField(StoreFields.KEY, StoreFields.key(Fields.KIND_ARTICLE, a.id()), Field.Store.NO));
    doc.add(new StringField(Fields.HASH, hash, Field.Store.YES));
    doc.add(new StoredField(Fields.JSON, StoreJson.write(a)));
    doc.add(new StringField(StoreFields.STORY, story, Field.Store.YES));
    doc.add(new SortedDocValuesField(StoreFields.STORY_DV, new BytesRef(story)));
    if (a.published() != null) {
      long day = a.published().start().toEpochDay();
      doc.add(new LongPoint(StoreFields.DAY, day));
      doc.add(new NumericDocValuesField(StoreFields.DAY, day));
    }
    Set<String> entities = new LinkedHashSet<>();
    for (EntityMention m : a.entities()) if (m.entity() != null) entities.add(m.entity());
    for (String e : entities) doc.add(new StringField(StoreFields.ENTITY, e, Field.Store.NO));
    doc.add(new StoredField(StoreFields.HEADER, StoreJson.write(StoryUpdater.header(a, story))));
    SearchFields.add(doc, a, story);
    return doc;
  }

  private static Document storyDocument(StoryUpdater.StoryWrite w) {
    Story story = w.story();
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_STORY, Field.Store.NO));
    doc.add(new StringField(Fields.ID, story.id(), Field.Store.YES));
    doc.add(new StringField(StoreFields.KEY, StoreFields.key(Fields.KIND_STORY, story.id()), Field.Store.NO));
    doc.add(new StoredField(Fields.JSON, StoreJson.write(story)));
    doc.add(new StoredField(StoreFields.SUMMARY, StoreJson.write(w.summary())));
    doc.add(new NumericDocValuesField(StoreFields.LAST, w.lastDay()));
    doc.add(new SortedDocValuesField(StoreFields.SORT_ID, new BytesRef(story.id())));
    for (String e : w.entities()) doc.add(new StringField(StoreFields.ENTITY, e, Field.Store.NO));
    return doc;
  }

  private static Document entityDocument(Entity e) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_ENTITY, Field.Store.NO));
    doc.add(new StringField(Fields.ID, e.id(), Field.Store.YES));
    doc.add(new StringField(StoreFields.KEY, StoreFields.key(Fields.KIND_ENTITY, e.id()), Field.Store.NO));
    doc.add(new StoredField(Fields.JSON, StoreJson.write(e)));
    for (String w : StoryUpdater.entityWords(e)) doc.add(new StringField(StoreFields.WORD, w, Field.Store.NO));
    doc.add(new NumericDocValuesField(StoreFields.MENTIONS, e.mentions()));
    doc.add(new SortedDocValuesField(StoreFields.SORT_ID, new BytesRef(e.id())));
    return doc;
  }

  /** Lower-cased, tone-placement-unified, accent-free words: "Hoà Bình" and "hoa binh" give the same words. */
  static List<String> words(String text) { return StoryUpdater.words(text); }

  // ---------------------------------------------------------------- reading

  @FunctionalInterface
  private interface Read<T> { T apply(IndexSearcher s) throws IOException; }

  private <T> T read(Read<T> body) {
    ensureOpen();
    try {
      if (readOnly) searchers.maybeRefresh(); // another process may have committed since
      IndexSearcher s = searchers.acquire();
      try {
        return body.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the store in " + dir, e);
    }
  }

  /** Words (folded syllable pairs) a retrieval-window query asks for. */
  static final int RETRIEVAL_TERMS = 24;

  private static Query publishedBetween(long fromDay, long toDay) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
        .add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(StoreFields.DAY, fromDay, toDay),
            NumericDocValuesField.newSlowRangeQuery(StoreFields.DAY, fromDay, toDay)), BooleanClause.Occur.FILTER).build();
  }

  /**
   * The story of each document (articles only; null for others), in the order given. Read from the story's doc
   * values, one forward pass per segment; a document written before they existed falls back to its stored field.
   */
  static String[] storiesOf(IndexSearcher s, int[] docs) throws IOException {
    String[] out = new String[docs.length];
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    StoredFields stored = null;
    int leaf = -1;
    SortedDocValues values = null;
    for (int i : order) {
      int doc = docs[i];
      while (leaf + 1 < leaves.size() && leaves.get(leaf + 1).docBase <= doc) {
        leaf++;
        values = leaves.get(leaf).reader().getSortedDocValues(StoreFields.STORY_DV);
      }
      int local = doc - leaves.get(leaf).docBase;
      if (values != null && values.advanceExact(local)) {
        out[i] = values.lookupOrd(values.ordValue()).utf8ToString();
      } else {
        if (stored == null) stored = s.storedFields();
        out[i] = stored.document(doc, Set.of(StoreFields.STORY)).get(StoreFields.STORY);
      }
    }
    return out;
  }

  /**
   * The article's title and lead as the store indexes them (folded syllable pairs), rarest in the store first,
   * at most {@code max}; pairs the store has never seen are left out (they cannot find anything). Document
   * frequencies are remembered in {@code docFreqs}, valid for this searcher only.
   */
  static List<String> rarestPairs(IndexSearcher s, AnalyzedArticle a, int max, Map<String, Integer> docFreqs)
      throws IOException {
    String text = a.article().text();
    String lead = (a.article().title() == null ? "" : a.article().title()) + "\n" + text.substring(0, Math.min(text.length(), 800));
    Set<String> pairs = new LinkedHashSet<>();
    try (TokenStream ts = SearchFields.analyzer().tokenStream(SearchFields.TEXT_FB, lead)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) pairs.add(term.toString());
      ts.end();
    }
    record Df(String term, int df) {}
    List<Df> known = new ArrayList<>();
    for (String p : pairs) {
      Integer known0 = docFreqs.get(p);
      int df = known0 != null ? known0 : s.getIndexReader().docFreq(new Term(SearchFields.TEXT_FB, p));
      if (known0 == null) docFreqs.put(p, df);
      if (df > 0) known.add(new Df(p, df));
    }
    known.sort(Comparator.comparingInt(Df::df).thenComparing(Df::term));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(max, known.size()); i++) out.add(known.get(i).term());
    return out;
  }

  private static boolean exists(IndexSearcher s, String field, String value) throws IOException {
    return s.count(new TermQuery(new Term(field, value))) > 0;
  }

  private static int[] allDocs(IndexSearcher s, Query q) throws IOException {
    int n = s.count(q);
    if (n == 0) return new int[0];
    TopDocs top = s.search(q, n);
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) docs[i] = top.scoreDocs[i].doc;
    Arrays.sort(docs);
    return docs;
  }

  private static Optional<Document> byKey(IndexSearcher s, String kind, String id, Set<String> fields) throws IOException {
    int doc = docByKey(s, new BytesRef(StoreFields.key(kind, id)));
    return doc < 0 ? Optional.empty() : Optional.of(s.storedFields().document(doc, fields));
  }

  /**
   * The live document holding this unique key, or -1: a term seek per segment. A TermQuery through
   * IndexSearcher.search does the same seeks plus a weight, a scorer and a collector per call, which was most of
   * the cost of loading a batch's entities one by one (JFR, store ingest of the 30k corpus).
   */
  private static int docByKey(IndexSearcher s, BytesRef key) throws IOException {
    for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
      Terms terms = ctx.reader().terms(StoreFields.KEY);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      if (!te.seekExact(key)) continue;
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      Bits live = ctx.reader().getLiveDocs();
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) return ctx.docBase + d;
      }
    }
    return -1;
  }

  private static Optional<Story> storyDoc(IndexSearcher s, String id) throws IOException {
    return byKey(s, Fields.KIND_STORY, id, Set.of(Fields.JSON)).map(d -> StoreJson.read(d.get(Fields.JSON), Story.class));
  }

  private static Optional<Entity> entityDoc(IndexSearcher s, String id) throws IOException {
    return byKey(s, Fields.KIND_ENTITY, id, Set.of(Fields.JSON)).map(d -> StoreJson.read(d.get(Fields.JSON), Entity.class));
  }

  private static Optional<StorySummary> summaryDoc(IndexSearcher s, String id) throws IOException {
    return byKey(s, Fields.KIND_STORY, id, Set.of(StoreFields.SUMMARY))
        .map(d -> StoreJson.read(d.get(StoreFields.SUMMARY), StorySummary.class));
  }

  @Override
  public List<StorySummary> stories(int offset, int limit) {
    if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must not be negative");
    if (limit == 0) return List.of();
    return read(s -> {
      Sort sort = new Sort(new SortField(StoreFields.LAST, SortField.Type.LONG, true),
          new SortField(StoreFields.SORT_ID, SortField.Type.STRING));
      TopDocs top = s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_STORY)), offset + limit, sort);
      StoredFields stored = s.storedFields();
      List<StorySummary> out = new ArrayList<>();
      for (int i = offset; i < top.scoreDocs.length; i++) {
        out.add(StoreJson.read(stored.document(top.scoreDocs[i].doc, Set.of(StoreFields.SUMMARY)).get(StoreFields.SUMMARY),
            StorySummary.class));
      }
      return out;
    });
  }

  @Override
  public Optional<StoredStory> story(String id) {
    return read(s -> {
      Optional<Story> story = storyDoc(s, id);
      if (story.isEmpty()) return Optional.<StoredStory>empty();
      Map<String, ArticleHeader> headers = new HashMap<>();
      StoredFields stored = s.storedFields();
      for (int doc : allDocs(s, new TermQuery(new Term(StoreFields.STORY, id)))) {
        ArticleHeader h = StoreJson.read(stored.document(doc, Set.of(StoreFields.HEADER)).get(StoreFields.HEADER),
            ArticleHeader.class);
        headers.put(h.id(), h);
      }
      List<ArticleHeader> ordered = new ArrayList<>();
      for (String a : story.get().articles()) if (headers.containsKey(a)) ordered.add(headers.get(a));
      return Optional.of(new StoredStory(story.get(), ordered));
    });
  }

  @Override
  public Optional<AnalyzedArticle> article(String id) {
    return read(s -> byKey(s, Fields.KIND_ARTICLE, id, Set.of(Fields.JSON))
        .map(d -> StoreJson.read(d.get(Fields.JSON), AnalyzedArticle.class)));
  }

  @Override
  public Optional<String> storyOf(String articleId) {
    return read(s -> byKey(s, Fields.KIND_ARTICLE, articleId, Set.of(StoreFields.STORY)).map(d -> d.get(StoreFields.STORY)));
  }

  @Override
  public List<Entity> entitiesById(java.util.Collection<String> ids) {
    return read(s -> {
      List<Entity> out = new ArrayList<>();
      for (String id : new LinkedHashSet<>(ids)) entityDoc(s, id).ifPresent(out::add);
      return out;
    });
  }

  @Override
  public List<Entity> entities(String query, int limit) {
    if (limit <= 0) return List.of();
    return read(s -> {
      BooleanQuery.Builder q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ENTITY)), BooleanClause.Occur.FILTER);
      // Every typed word must start a word of the name or an alias: "biden" finds "Joe Biden", "ha n" finds "Hà Nội".
      for (String w : words(query == null ? "" : query)) {
        q.add(new PrefixQuery(new Term(StoreFields.WORD, w)), BooleanClause.Occur.FILTER);
      }
      Sort sort = new Sort(new SortField(StoreFields.MENTIONS, SortField.Type.LONG, true),
          new SortField(StoreFields.SORT_ID, SortField.Type.STRING));
      TopDocs top = s.search(q.build(), limit, sort);
      StoredFields stored = s.storedFields();
      List<Entity> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(StoreJson.read(stored.document(sd.doc, Set.of(Fields.JSON)).get(Fields.JSON), Entity.class));
      }
      return out;
    });
  }

  @Override
  public Optional<EntityView> entity(String id) {
    return read(s -> {
      Optional<Entity> entity = entityDoc(s, id);
      if (entity.isEmpty()) return Optional.<EntityView>empty();
      StoredFields stored = s.storedFields();
      // Mentions from the newest articles first; every article holds at least one, so MAX_MENTIONS articles suffice.
      Query articles = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(StoreFields.ENTITY, id)), BooleanClause.Occur.FILTER).build();
      SortField byDay = new SortField(StoreFields.DAY, SortField.Type.LONG, true);
      byDay.setMissingValue(Long.MIN_VALUE);
      List<EntityView.Mention> mentions = new ArrayList<>();
      for (ScoreDoc sd : s.search(articles, MAX_MENTIONS, new Sort(byDay, SortField.FIELD_DOC)).scoreDocs) {
        if (mentions.size() >= MAX_MENTIONS) break;
        AnalyzedArticle a = StoreJson.read(stored.document(sd.doc, Set.of(Fields.JSON)).get(Fields.JSON), AnalyzedArticle.class);
        for (EntityMention m : a.entities()) {
          if (!id.equals(m.entity()) || mentions.size() >= MAX_MENTIONS) continue;
          mentions.add(EntityView.Mention.of(a, m));
        }
      }
      // Stories carry the entity ids of their articles: newest activity first, at most MAX_ENTITY_STORIES.
      Query storyQuery = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_STORY)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(StoreFields.ENTITY, id)), BooleanClause.Occur.FILTER).build();
      Sort recent = new Sort(new SortField(StoreFields.LAST, SortField.Type.LONG, true),
          new SortField(StoreFields.SORT_ID, SortField.Type.STRING));
      List<StorySummary> stories = new ArrayList<>();
      for (ScoreDoc sd : s.search(storyQuery, MAX_ENTITY_STORIES, recent).scoreDocs) {
        stories.add(StoreJson.read(stored.document(sd.doc, Set.of(StoreFields.SUMMARY)).get(StoreFields.SUMMARY),
            StorySummary.class));
      }
      return Optional.of(new EntityView(entity.get(), mentions, entity.get().mentions(), stories));
    });
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return read(s -> searcher.search(s, request,
        id -> {
          try {
            return summaryDoc(s, id);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        id -> {
          try {
            return entityDoc(s, id).map(Entity::name);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
  }

  @Override
  public StoreStats stats() {
    return read(s -> new StoreStats(
        s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE))),
        s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_STORY))),
        s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ENTITY)))));
  }

  /** How many add() calls have committed since the store was created. */
  public long commits() {
    writeLock.lock();
    try {
      return commits;
    } finally {
      writeLock.unlock();
    }
  }

  /** Bytes the index takes on disk. */
  public long sizeOnDisk() {
    try (var files = Files.walk(dir.resolve("index"))) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureOpen() {
    if (closed) throw new IllegalStateException("the store in " + dir + " is closed");
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) return;
      closed = true;
      try {
        searchers.close();
      } finally {
        try {
          if (writer != null) writer.rollback(); // every add() has committed already; nothing pending to keep
        } finally {
          directory.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the store in " + dir, e);
    } finally {
      writeLock.unlock();
    }
  }
}
