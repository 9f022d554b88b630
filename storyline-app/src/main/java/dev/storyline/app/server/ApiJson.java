package dev.storyline.app.server;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.Entity;
import dev.storyline.model.Sentence;
import dev.storyline.render.JsonReport;
import dev.storyline.store.ArticleHeader;
import dev.storyline.store.EntityView;
import dev.storyline.store.IngestReport;
import dev.storyline.store.SearchResult;
import dev.storyline.store.StoreStats;
import dev.storyline.store.StoredStory;
import dev.storyline.store.StorySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The REST API's JSON shapes, built field by field as plain maps (like core's JsonReport) so a change to a
 * model or store record never changes the API by accident. Keys are snake_case, enums upper-case names.
 */
final class ApiJson {
  private ApiJson() {}

  static Map<String, Object> error(int status, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status);
    m.put("error", message);
    return m;
  }

  static Map<String, Object> storySummary(StorySummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("articles", s.articles());
    m.put("first_date", s.firstDate());
    m.put("last_date", s.lastDate());
    m.put("actors", s.actors());
    return m;
  }

  static Map<String, Object> header(ArticleHeader h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("title", h.title());
    m.put("outlet", h.outlet());
    m.put("url", h.url());
    m.put("published", h.published());
    m.put("story_id", h.storyId());
    return m;
  }

  /**
   * A story with every citation carrying the text it points at (and the sentence around it), so a page can show
   * the source of a claim without fetching the article.
   *
   * @param articles looks up a cited article (the caller caches: one story cites few articles many times)
   */
  static Map<String, Object> story(StoredStory stored, Function<String, Optional<AnalyzedArticle>> articles) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (ArticleHeader h : stored.articles()) titles.put(h.id(), h.title());
    Function<Citation, Map<String, Object>> cite = c -> citation(c, articles.apply(c.article()), titles);
    Map<String, Object> m = JsonReport.story(stored.story(), cite);
    m.put("articles", map(stored.articles(), ApiJson::header)); // headers, not bare ids: the page names its sources
    return m;
  }

  /** {article, start, end, article_title, text, sentence}: text and sentence are "" when the article is gone. */
  static Map<String, Object> citation(Citation c, Optional<AnalyzedArticle> article, Map<String, String> titles) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("article", c.article());
    o.put("start", c.start());
    o.put("end", c.end());
    String title = titles.get(c.article());
    o.put("article_title", title != null ? title : article.map(a -> a.article().title()).orElse(""));
    String text = "", sentence = "";
    if (article.isPresent()) {
      AnalyzedArticle a = article.get();
      String t = a.text();
      int s = clamp(c.start(), t.length()), e = clamp(c.end(), t.length());
      if (s < e) {
        text = t.substring(s, e);
        sentence = enclosingSentence(a, s, e);
      }
    }
    o.put("text", text);
    o.put("sentence", sentence);
    return o;
  }

  /** The sentences overlapping [start, end), joined: the context of a short citation such as a number. */
  static String enclosingSentence(AnalyzedArticle a, int start, int end) {
    int from = -1, to = -1;
    for (Sentence s : a.sentences()) {
      if (s.end() <= start) continue;
      if (s.start() >= end) break;
      if (from < 0) from = s.start();
      to = s.end();
    }
    if (from < 0) return a.text().substring(start, end);
    return a.text().substring(Math.min(from, start), Math.max(to, end));
  }

  private static int clamp(int v, int max) { return Math.max(0, Math.min(v, max)); }

  /** An article with every annotation layer and what cleaning removed (the shape of docs/json-output.md). */
  static Map<String, Object> article(AnalyzedArticle a) {
    Map<String, Object> m = JsonReport.article(a);
    m.put("display_title", ArticleHeader.displayTitle(a)); // the title, or the opening words when there is none
    return m;
  }

  static Map<String, Object> entity(Entity e) { return JsonReport.entity(e); }

  static Map<String, Object> entityView(EntityView v) {
    Map<String, Object> m = entity(v.entity());
    m.put("total_mentions", v.totalMentions());
    m.put("mention_list", map(v.mentions(), x -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("article", x.article());
      o.put("start", x.start());
      o.put("end", x.end());
      o.put("text", x.text());
      o.put("sentence", x.sentence());
      return o;
    }));
    m.put("stories", map(v.stories(), ApiJson::storySummary));
    return m;
  }

  static Map<String, Object> searchResult(SearchResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    m.put("hits", map(r.hits(), ApiJson::hit));
    Map<String, Object> facets = new LinkedHashMap<>();
    r.facets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        facets.put(e.getKey(), map(e.getValue(), f -> {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("value", f.value());
          o.put("label", f.label());
          o.put("count", f.count());
          return o;
        })));
    m.put("facets", facets);
    m.put("facets_sampled", r.facetsSampled());
    m.put("facet_sample", r.facetSample());
    m.put("groups", map(r.groups(), g -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("story", g.story() == null ? null : storySummary(g.story()));
      o.put("hits", map(g.hits(), ApiJson::hit));
      return o;
    }));
    m.put("took_millis", r.tookMillis());
    return m;
  }

  private static Map<String, Object> hit(SearchResult.Hit h) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("article", header(h.article()));
    o.put("score", h.score());
    o.put("snippets", map(h.snippets(), s -> {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("start", s.start());
      p.put("text", s.text());
      List<Object> hl = new ArrayList<>(s.highlights().size());
      for (int[] r : s.highlights()) hl.add(List.of(r[0], r[1]));
      p.put("highlights", hl);
      return p;
    }));
    return o;
  }

  static Map<String, Object> ingestReport(IngestReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("added", r.added());
    m.put("duplicates", r.duplicates());
    m.put("problems", map(r.problems(), p -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("input", p.input());
      o.put("reason", p.reason());
      return o;
    }));
    m.put("stories_touched", r.storiesTouched());
    return m;
  }

  static Map<String, Object> stats(StoreStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", s.articles());
    m.put("stories", s.stories());
    m.put("entities", s.entities());
    return m;
  }

  static <T> List<Object> map(List<T> xs, Function<? super T, ?> f) {
    List<Object> out = new ArrayList<>(xs.size());
    for (T x : xs) out.add(f.apply(x));
    return out;
  }
}
