package dev.storyline.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Runs a {@link SearchRequest} over the article documents of an index: query, filters, facets, snippets, groups.
 *
 * <p>MINIMAL placeholder body (store branch): words in title or text, the story filter, no facets or snippets.
 * The search helper's version replaces it.
 */
public final class ArticleSearcher {

  /** How the searcher gets a story's list line for facets and groups (from the store). */
  public interface StoryLookup {
    Optional<StorySummary> story(String id);
  }

  /** Entity display names for the entity facet. */
  public interface EntityNames {
    Optional<String> name(String entityId);
  }

  public SearchResult search(IndexSearcher searcher, SearchRequest request, StoryLookup stories, EntityNames names)
      throws IOException {
    long t0 = System.nanoTime();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
    if (request.story() != null) q.add(new TermQuery(new Term(SearchFields.STORY, request.story())), BooleanClause.Occur.FILTER);
    List<String> words = tokens(request.query());
    if (!words.isEmpty()) {
      BooleanQuery.Builder text = new BooleanQuery.Builder();
      for (String w : words) {
        text.add(new TermQuery(new Term(SearchFields.TEXT, w)), BooleanClause.Occur.SHOULD);
        text.add(new TermQuery(new Term(SearchFields.TITLE, w)), BooleanClause.Occur.SHOULD);
      }
      q.add(text.build(), BooleanClause.Occur.MUST);
    } else {
      q.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    Query query = q.build();
    TopDocs top = searcher.search(query, request.offset() + request.limit());
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = request.offset(); i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = stored.document(sd.doc);
      hits.add(new SearchResult.Hit(new ArticleHeader(d.get(Fields.ID), d.get(SearchFields.TITLE), d.get(SearchFields.OUTLET),
          d.get(SearchFields.URL), d.get(SearchFields.PUBLISHED), d.get(SearchFields.STORY)), sd.score, List.of()));
    }
    return new SearchResult(top.totalHits.value(), hits, Map.of(), List.of(), (System.nanoTime() - t0) / 1_000_000);
  }

  private static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer a = SearchFields.analyzer(); TokenStream ts = a.tokenStream(SearchFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }
}
