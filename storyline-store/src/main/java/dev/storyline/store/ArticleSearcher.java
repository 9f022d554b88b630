package dev.storyline.store;

import static dev.storyline.store.SearchFields.*;

import dev.storyline.store.SearchResult.FacetCount;
import dev.storyline.store.SearchResult.Hit;
import dev.storyline.store.SearchResult.StoryGroup;
import dev.storyline.store.search.QueryParts;
import dev.storyline.store.search.Snippets;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.SplittableRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Runs a {@link SearchRequest} over the article documents of an index: query, filters, facets, snippets, groups.
 *
 * <p>Each run of query syllables (see {@link QueryParts}) becomes one required clause: one syllable is a term,
 * an unquoted run of n syllables needs each of its n-1 adjacent pairs, a quoted run is a phrase of pairs. Each
 * clause sums title and text fields: folded fields (syllables, pairs) decide what matches (they hold every
 * article's syllables without diacritics), exact syllables only add score, so "ba" finds "bà" and "bá" but an
 * article with "ba" itself ranks above them. Title fields weigh 3× the text fields.
 *
 * <p>Facets count with lucene-facet's {@link StringValueFacetCounts} on the sorted-set doc values of the filter
 * fields: no taxonomy index and no FacetsConfig step at indexing (LuceneStore adds documents as they are), and the
 * per-reader ordinal maps are cached until the reader changes. Up to {@link #FACET_SAMPLE} matches they count every
 * match; past it they count a seeded random sample of about that many matches (one pick in each run of
 * total/{@code FACET_SAMPLE} consecutive matches, so every part of the index is represented) and scale each count
 * to the total, which the result says ({@link SearchResult#facetSample()}). Counting all of
 * a broad query's matches (a frequent syllable hits ~45% of a 1M-article index) costs hundreds of milliseconds;
 * a sample keeps the largest values and their proportions, which is what a facet list shows.
 *
 * <p>Top hits never come from the facet pass: they are found on their own, so Lucene can skip whole blocks of
 * matches that cannot reach the page (block-max WAND), and the facet pass collects matches without scoring them.
 */
public final class ArticleSearcher {
  static final float TITLE_BOOST = 3f, EXACT_BOOST = 2f, SYLLABLE_BONUS = 0.5f;
  static final int FACET_TOP = 50, SNIPPETS = 3;
  /** Matches counted exactly for facets; past this, a sample of this size is counted and scaled. */
  public static final int FACET_SAMPLE = 5_000;
  /**
   * A sampled facet value seen fewer times than this in the sample is left out: its estimate would be noise (a value
   * seen once in 5,000 of 447,000 matches scales to ~90, give or take as much). Measured at 1M articles
   * (docs/BENCHMARKS.md): what stays (entities, sources, types) is within ~2 % of the exact counts.
   */
  static final int MIN_SAMPLED = 10;
  /** Matches past which the facet fields are counted in parallel. */
  private static final int PARALLEL_FACETS = 2_000;
  /** Fixed seed: the same query on the same index gives the same facet estimates. */
  private static final long SAMPLE_SEED = 0x5EED_F00DL;
  static final String[] FACETS = {"source", "story", "entity", "type", "month"};
  private static final String[] FACET_FIELDS = {OUTLET, STORY, ENTITY, TYPE, MONTH};

  /** How the searcher gets a story's list line for facets and groups (from the store). */
  public interface StoryLookup {
    Optional<StorySummary> story(String id);
  }

  /** Entity display names for the entity facet. */
  public interface EntityNames {
    Optional<String> name(String entityId);
  }

  private record FacetStates(IndexReader reader, StringDocValuesReaderState[] states) {}

  private volatile FacetStates facetStates;
  private final int facetSample;

  /** A searcher that counts facets exactly up to {@link #FACET_SAMPLE} matches and on a sample past it. */
  public ArticleSearcher() { this(FACET_SAMPLE); }

  /** A searcher whose facets count every match up to {@code facetSample} matches, and a sample of that size past it. */
  public ArticleSearcher(int facetSample) {
    if (facetSample < 1) throw new IllegalArgumentException("facetSample must be positive");
    this.facetSample = facetSample;
  }

  /** Matches counted exactly for facets; past it, a sample of about this many. */
  public int facetSample() { return facetSample; }

  public SearchResult search(IndexSearcher searcher, SearchRequest request, StoryLookup stories, EntityNames names)
      throws IOException {
    long t0 = System.nanoTime();
    List<QueryParts.Run> runs = QueryParts.parse(request.query());
    Query query = build(request, runs);
    int n = request.offset() + request.limit();
    Sort newestFirst = new Sort(new SortField(PUBLISHED_SORT, SortField.Type.LONG, true));
    // Top hits only: Lucene may skip whole blocks of matches that cannot reach the top n.
    TopDocs top = runs.isEmpty() ? searcher.search(query, n, newestFirst) : searcher.search(query, n);
    long total, counted;
    Map<String, List<FacetCount>> facets;
    if (request.facets()) {
      // The total first: Lucene counts without visiting matches one by one where it can (milliseconds even for
      // half of a 1M-article index). Then one pass without scoring collects the matches for the facets, or one
      // random match in each run of total/facetSample of them.
      total = searcher.count(query);
      long bin = Math.max(1, (total + facetSample - 1) / facetSample);
      FacetsCollector fc = searcher.search(query, new SampleManager(bin));
      counted = Math.min(total, hitCount(fc.getMatchingDocs()));
      facets = facets(searcher.getIndexReader(), fc, total, counted, stories, names);
    } else {
      total = searcher.count(query); // cheap: no scoring, no doc values
      counted = 0;
      facets = Map.of();
    }

    List<Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    StoredFields stored = searcher.storedFields();
    Set<String> fields = Set.of(Fields.ID, H_TITLE, H_OUTLET, H_URL, H_PUBLISHED, H_STORY, H_TEXT);
    for (int i = request.offset(); i < docs.length; i++) {
      Document d = stored.document(docs[i].doc, fields);
      ArticleHeader header = new ArticleHeader(d.get(Fields.ID), d.get(H_TITLE), d.get(H_OUTLET), d.get(H_URL),
          d.get(H_PUBLISHED), emptyToNull(d.get(H_STORY)));
      float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
      String text = d.get(H_TEXT);
      hits.add(new Hit(header, score, Snippets.build(text == null ? "" : text, runs, SNIPPETS)));
    }

    List<StoryGroup> groups = request.groupByStory() ? group(hits, stories) : List.of();
    return new SearchResult(total, hits, facets, groups, (System.nanoTime() - t0) / 1_000_000, counted);
  }

  /** The Lucene query for a request: the text clauses (or all articles) with every filter as a FILTER clause. */
  static Query build(SearchRequest request, List<QueryParts.Run> runs) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), Occur.FILTER);
    if (runs.isEmpty()) b.add(new MatchAllDocsQuery(), Occur.MUST);
    for (QueryParts.Run run : runs) b.add(clause(run), Occur.MUST);
    if (request.from() != null || request.to() != null) {
      LocalDate from = request.from() == null ? LocalDate.of(1, 1, 1) : request.from();
      LocalDate to = request.to() == null ? LocalDate.of(9999, 12, 31) : request.to();
      String field = request.dateField() == SearchRequest.DateField.EVENT ? EVENT_RANGE : PUBLISHED_RANGE;
      b.add(IntRange.newIntersectsQuery(field, new int[] {(int) from.toEpochDay()}, new int[] {(int) to.toEpochDay()}),
          Occur.FILTER);
    }
    filter(b, ENTITY, request.entity());
    filter(b, TYPE, request.entityType() == null ? null : request.entityType().name());
    filter(b, OUTLET, request.source());
    filter(b, STORY, request.story());
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
  }

  private static Query clause(QueryParts.Run run) {
    int n = run.exact().size();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (n == 1) {
      String k = run.exact().get(0), f = run.folded().get(0);
      b.add(boost(new TermQuery(new Term(TITLE, k)), TITLE_BOOST * EXACT_BOOST), Occur.SHOULD);
      b.add(boost(new TermQuery(new Term(TITLE_F, f)), TITLE_BOOST), Occur.SHOULD);
      b.add(boost(new TermQuery(new Term(TEXT, k)), EXACT_BOOST), Occur.SHOULD);
      b.add(new TermQuery(new Term(TEXT_F, f)), Occur.SHOULD);
      return b.build();
    }
    // Pairs decide what matches, without diacritics (the store indexes folded pairs only: exact pairs doubled
    // the indexing cost for a ranking signal the exact syllables give as well). Exact syllables add score, so an
    // article that agrees with the diacritics the user typed ranks first ("bá đi chợ": "bá" over "ba", "bà").
    List<String> folded = pairs(run.folded());
    if (run.phrase()) {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(boost(phrase(TITLE_FB, folded), TITLE_BOOST), Occur.SHOULD);
      either.add(phrase(TEXT_FB, folded), Occur.SHOULD);
      b.add(either.build(), Occur.MUST);
    } else {
      for (String pair : folded) {
        BooleanQuery.Builder p = new BooleanQuery.Builder();
        p.add(boost(new TermQuery(new Term(TITLE_FB, pair)), TITLE_BOOST), Occur.SHOULD);
        p.add(new TermQuery(new Term(TEXT_FB, pair)), Occur.SHOULD);
        b.add(p.build(), Occur.MUST);
      }
    }
    for (String k : run.exact()) {
      b.add(boost(new TermQuery(new Term(TITLE, k)), TITLE_BOOST * EXACT_BOOST * SYLLABLE_BONUS), Occur.SHOULD);
      b.add(boost(new TermQuery(new Term(TEXT, k)), EXACT_BOOST * SYLLABLE_BONUS), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query boost(Query q, float boost) { return new BoostQuery(q, boost); }

  private static Query phrase(String field, List<String> pairs) {
    if (pairs.size() == 1) return new TermQuery(new Term(field, pairs.get(0)));
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    for (int i = 0; i < pairs.size(); i++) p.add(new Term(field, pairs.get(i)), i);
    return p.build();
  }

  private static List<String> pairs(List<String> syllables) {
    List<String> out = new ArrayList<>(syllables.size() - 1);
    for (int i = 0; i + 1 < syllables.size(); i++) out.add(syllables.get(i) + ' ' + syllables.get(i + 1));
    return out;
  }

  /**
   * Collects every match ({@code bin} 1) or one match drawn at random in each run of {@code bin} consecutive
   * matches (index order), with a fixed seed so a query gives the same sample on the same index. Drawing within
   * each run, rather than taking every bin-th match, keeps a regular pattern in the index (feeds ingested in
   * turn, say) from lining up with the step.
   */
  private record SampleManager(long bin) implements CollectorManager<FacetsCollector, FacetsCollector> {
    @Override
    public FacetsCollector newCollector() {
      if (bin == 1) return new FacetsCollector(false);
      return new FacetsCollector(false) {
        private final SplittableRandom random = new SplittableRandom(SAMPLE_SEED);
        private long seen, pick = random.nextLong(bin);

        @Override
        public void collect(int doc) throws IOException {
          long at = seen++ % bin;
          if (at == pick) super.collect(doc);
          if (at == bin - 1) pick = random.nextLong(bin);
        }
      };
    }

    @Override
    public FacetsCollector reduce(Collection<FacetsCollector> collectors) throws IOException {
      return new FacetsCollectorManager().reduce(collectors);
    }
  }

  private static long hitCount(List<FacetsCollector.MatchingDocs> docs) {
    long n = 0;
    for (FacetsCollector.MatchingDocs md : docs) n += md.totalHits();
    return n;
  }

  /**
   * Facet counts over the collector's matching docs (all matches, or the sample); when {@code counted < total}
   * each count is scaled by total / counted and rounded, and never exceeds total.
   */
  private Map<String, List<FacetCount>> facets(IndexReader reader, FacetsCollector fc, long total, long counted,
                                               StoryLookup stories, EntityNames names) throws IOException {
    double scale = counted > 0 && counted < total ? (double) total / counted : 1.0;
    FacetStates st = facetStates;
    if (st == null || st.reader() != reader) {
      StringDocValuesReaderState[] states = new StringDocValuesReaderState[FACET_FIELDS.length];
      for (int i = 0; i < states.length; i++) states[i] = new StringDocValuesReaderState(reader, FACET_FIELDS[i]);
      st = new FacetStates(reader, states);
      facetStates = st;
    }
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    // Counting reads every counted match's doc values once per field: past a few thousand matches the five
    // fields are counted at once on the common pool (the query's latency, not its CPU, is what a reader waits on).
    FacetStates states = st;
    FacetResult[] results = new FacetResult[FACETS.length];
    java.util.stream.IntStream fields = java.util.stream.IntStream.range(0, FACETS.length);
    (counted > PARALLEL_FACETS ? fields.parallel() : fields).forEach(i -> {
      try {
        results[i] = new StringValueFacetCounts(states.states()[i], fc).getTopChildren(FACET_TOP, FACET_FIELDS[i]);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    for (int i = 0; i < FACETS.length; i++) {
      List<FacetCount> counts = new ArrayList<>();
      FacetResult res = results[i];
      if (res != null) {
        for (LabelAndValue lv : res.labelValues) {
          if (scale != 1.0 && lv.value.longValue() < MIN_SAMPLED) continue;
          String value = lv.label;
          String label = switch (FACETS[i]) {
            case "story" -> stories == null ? value : stories.story(value).map(StorySummary::title).orElse(value);
            case "entity" -> names == null ? value : names.name(value).orElse(value);
            default -> value;
          };
          long count = scale == 1.0 ? lv.value.longValue() : Math.min(total, Math.round(lv.value.longValue() * scale));
          counts.add(new FacetCount(value, label, count));
        }
      }
      // largest first, then by value so equal counts come in a stable order
      counts.sort((x, y) -> x.count() != y.count() ? Long.compare(y.count(), x.count()) : x.value().compareTo(y.value()));
      out.put(FACETS[i], counts);
    }
    return out;
  }

  /**
   * The page's hits by story, groups in the order of their best hit. Hits without a story form one group each
   * with a null story, so the caller still sees them in rank order.
   */
  private static List<StoryGroup> group(List<Hit> hits, StoryLookup stories) {
    Map<String, List<Hit>> byStory = new LinkedHashMap<>();
    int loose = 0;
    for (Hit h : hits) {
      String key = h.article().storyId() == null ? "\u0000" + (loose++) : h.article().storyId();
      byStory.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
    }
    List<StoryGroup> out = new ArrayList<>();
    for (Map.Entry<String, List<Hit>> e : byStory.entrySet()) {
      String id = e.getKey();
      StorySummary s = null;
      if (id.charAt(0) != '\u0000') {
        s = (stories == null ? Optional.<StorySummary>empty() : stories.story(id))
            .orElse(new StorySummary(id, id, e.getValue().size(), "", "", List.of()));
      }
      out.add(new StoryGroup(s, e.getValue()));
    }
    return out;
  }

  private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }
}
