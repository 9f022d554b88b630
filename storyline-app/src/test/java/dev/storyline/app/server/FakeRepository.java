package dev.storyline.app.server;

import dev.storyline.Pipeline;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Sentence;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.store.ArticleHeader;
import dev.storyline.store.EntityView;
import dev.storyline.store.IngestReport;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResult;
import dev.storyline.store.StoreStats;
import dev.storyline.store.StoredStory;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.StorySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory StoryRepository for the server's tests: the whole pipeline over its articles, rebuilt on every add;
 * search is an accent-folded substring match. Not fast, not clever: just the contract, so the API and the UI are
 * tested without the Lucene store.
 */
final class FakeRepository implements StoryRepository {
  private final Pipeline pipeline = new Pipeline();
  private final List<RawArticle> raws = new ArrayList<>();
  private Storyline storyline;
  private Map<String, AnalyzedArticle> byId = Map.of();
  private Map<String, String> storyOf = Map.of();

  FakeRepository(List<RawArticle> articles) {
    raws.addAll(articles);
    rebuild();
  }

  /** The project's examples/ folder plus {@code extra}. */
  static FakeRepository ofExamples(List<RawArticle> extra) {
    ReadResult read = new ArticleReader().read(List.of(examples().toString()));
    List<RawArticle> all = new ArrayList<>(read.articles());
    all.addAll(extra);
    return new FakeRepository(all);
  }

  static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path e = p.resolve("examples");
      if (Files.isDirectory(e) && Files.exists(e.resolve("README.md"))) return e;
    }
    throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
  }

  private void rebuild() {
    storyline = pipeline.run(new ReadResult(raws, List.of()));
    Map<String, AnalyzedArticle> ids = new LinkedHashMap<>();
    for (AnalyzedArticle a : storyline.articles()) ids.put(a.id(), a);
    Map<String, String> stories = new HashMap<>();
    for (Story s : storyline.stories()) for (String a : s.articles()) stories.put(a, s.id());
    byId = ids;
    storyOf = stories;
  }

  @Override
  public synchronized IngestReport add(List<RawArticle> articles) {
    Set<String> known = new LinkedHashSet<>();
    for (RawArticle r : raws) known.add(r.id());
    int added = 0, dups = 0;
    List<String> addedIds = new ArrayList<>();
    for (RawArticle r : articles) {
      if (!known.add(r.id())) { dups++; continue; }
      raws.add(r);
      addedIds.add(r.id());
      added++;
    }
    rebuild();
    Set<String> touched = new LinkedHashSet<>();
    for (String id : addedIds) if (storyOf.containsKey(id)) touched.add(storyOf.get(id));
    return new IngestReport(added, dups, List.<Problem>of(), List.copyOf(touched));
  }

  @Override
  public synchronized List<StorySummary> stories(int offset, int limit) {
    List<StorySummary> all = new ArrayList<>();
    for (Story s : storyline.stories()) all.add(summary(s));
    all.sort(Comparator.comparing(StorySummary::lastDate).reversed().thenComparing(StorySummary::id));
    return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
  }

  private StorySummary summary(Story s) {
    String first = "", last = "";
    for (String id : s.articles()) {
      AnalyzedArticle a = byId.get(id);
      if (a == null || a.published() == null) continue;
      String d = a.published().iso();
      if (first.isEmpty() || d.compareTo(first) < 0) first = d;
      if (last.isEmpty() || d.compareTo(last) > 0) last = d;
    }
    List<String> actors = s.actors().stream().limit(5).map(Story.Actor::name).toList();
    return new StorySummary(s.id(), s.title(), s.articles().size(), first, last, actors);
  }

  @Override
  public synchronized Optional<StoredStory> story(String id) {
    for (Story s : storyline.stories()) {
      if (!s.id().equals(id)) continue;
      List<ArticleHeader> headers = new ArrayList<>();
      for (String a : s.articles()) if (byId.containsKey(a)) headers.add(header(byId.get(a)));
      return Optional.of(new StoredStory(s, headers));
    }
    return Optional.empty();
  }

  private ArticleHeader header(AnalyzedArticle a) {
    return new ArticleHeader(a.id(), a.article().title(), a.article().outlet(), a.article().url(),
        a.published() == null ? "" : a.published().iso(), storyOf.get(a.id()));
  }

  synchronized List<AnalyzedArticle> articles() { return storyline.articles(); }

  @Override
  public synchronized Optional<AnalyzedArticle> article(String id) { return Optional.ofNullable(byId.get(id)); }

  @Override
  public synchronized List<Entity> entities(String query, int limit) {
    String q = fold(query == null ? "" : query.strip());
    return storyline.entities().stream()
        .filter(e -> q.isEmpty() || fold(e.name()).contains(q) || e.aliases().stream().anyMatch(a -> fold(a).contains(q)))
        .sorted(Comparator.comparingInt(Entity::mentions).reversed())
        .limit(limit).toList();
  }

  @Override
  public synchronized Optional<EntityView> entity(String id) {
    Optional<Entity> e = storyline.entities().stream().filter(x -> x.id().equals(id)).findFirst();
    if (e.isEmpty()) return Optional.empty();
    List<EntityView.Mention> mentions = new ArrayList<>();
    Set<String> storyIds = new LinkedHashSet<>();
    for (AnalyzedArticle a : storyline.articles()) {
      for (EntityMention m : a.entities()) {
        if (!id.equals(m.entity())) continue;
        mentions.add(new EntityView.Mention(a.id(), m.start(), m.end(), m.text(), sentence(a, m.start())));
        if (storyOf.containsKey(a.id())) storyIds.add(storyOf.get(a.id()));
      }
    }
    List<StorySummary> stories = new ArrayList<>();
    for (Story s : storyline.stories()) if (storyIds.contains(s.id())) stories.add(summary(s));
    return Optional.of(new EntityView(e.get(), mentions.subList(0, Math.min(50, mentions.size())), mentions.size(), stories));
  }

  private static String sentence(AnalyzedArticle a, int at) {
    for (Sentence s : a.sentences()) if (s.start() <= at && at < s.end()) return a.text().substring(s.start(), s.end());
    return "";
  }

  @Override
  public synchronized SearchResult search(SearchRequest r) {
    String q = fold(r.query().strip());
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (AnalyzedArticle a : storyline.articles()) {
      if (r.source() != null && !r.source().equals(a.article().outlet())) continue;
      if (r.story() != null && !r.story().equals(storyOf.get(a.id()))) continue;
      if (r.entity() != null && a.entities().stream().noneMatch(m -> r.entity().equals(m.entity()))) continue;
      if (r.entityType() != null && a.entities().stream().noneMatch(m -> m.type() == r.entityType())) continue;
      if (r.from() != null || r.to() != null) {
        if (a.published() == null) continue;
        LocalDate d = a.published().start();
        if (r.from() != null && d.isBefore(r.from())) continue;
        if (r.to() != null && d.isAfter(r.to())) continue;
      }
      String folded = fold(a.text());
      int at = q.isEmpty() ? 0 : folded.indexOf(q);
      if (at < 0) continue;
      int from = Math.max(0, at - 60), to = Math.min(a.text().length(), at + q.length() + 60);
      List<int[]> hl = q.isEmpty() ? List.of() : List.<int[]>of(new int[] {at - from, at - from + q.length()});
      hits.add(new SearchResult.Hit(header(a), 1f, List.of(new SearchResult.Snippet(from, a.text().substring(from, to), hl))));
    }
    long total = hits.size();
    List<SearchResult.Hit> page = hits.subList(Math.min(r.offset(), hits.size()), Math.min(hits.size(), r.offset() + r.limit()));
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    Map<String, Long> sources = new LinkedHashMap<>();
    for (SearchResult.Hit h : hits) sources.merge(h.article().outlet(), 1L, Long::sum);
    facets.put("source", sources.entrySet().stream().map(e -> new SearchResult.FacetCount(e.getKey(), e.getKey(), e.getValue())).toList());
    List<SearchResult.StoryGroup> groups = new ArrayList<>();
    if (r.groupByStory()) {
      Map<String, List<SearchResult.Hit>> byStory = new LinkedHashMap<>();
      for (SearchResult.Hit h : page) byStory.computeIfAbsent(String.valueOf(h.article().storyId()), k -> new ArrayList<>()).add(h);
      for (var e : byStory.entrySet()) {
        StorySummary s = story(e.getKey()).map(st -> summary(st.story())).orElse(null);
        groups.add(new SearchResult.StoryGroup(s, e.getValue()));
      }
    }
    return new SearchResult(total, page, facets, groups, 0);
  }

  @Override
  public synchronized StoreStats stats() {
    return new StoreStats(storyline.articles().size(), storyline.stories().size(), storyline.entities().size());
  }

  @Override
  public void close() {}

  /** Lower case without diacritics (đ → d): same length as the input for Vietnamese NFC text. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'đ' || c == 'Đ') { b.append('d'); continue; }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      b.append(Character.toLowerCase(d.charAt(0)));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
