package dev.storyline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import java.util.HashMap;
import java.util.Map;

/** Invariants every storyline must satisfy, whatever the input: every claim points at real text. */
final class StorylineAssertions {
  private StorylineAssertions() {}

  static void everyCitationPointsIntoItsArticle(Storyline s) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (AnalyzedArticle a : s.articles()) byId.put(a.id(), a);
    for (Story story : s.stories()) {
      assertThat(story.articles()).isNotEmpty();
      for (String id : story.articles()) assertThat(byId).containsKey(id);
      for (Story.SummarySentence line : story.summary()) {
        assertThat(line.citations()).as("summary sentence is cited: %s", line.text()).isNotEmpty();
        for (Citation c : line.citations()) {
          String cited = cited(byId, c);
          assertThat(line.text()).as("summary text comes from its citation").isEqualTo(cited.strip());
        }
      }
      for (Story.TimelineEntry e : story.timeline()) {
        assertThat(e.citations()).isNotEmpty();
        for (Citation c : e.citations()) cited(byId, c);
        assertThat(e.sources()).isEqualTo((int) e.citations().stream().map(Citation::article).distinct().count());
      }
      for (Story.Fact f : story.facts()) for (Citation c : f.citations()) cited(byId, c);
      for (Story.StoryQuote q : story.quotes()) cited(byId, q.citation());
    }
    for (AnalyzedArticle a : s.articles()) {
      int len = a.text().length();
      a.sentences().forEach(x -> assertThat(x.end()).isBetween(x.start(), len));
      a.times().forEach(t -> assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.text()));
      a.entities().forEach(m -> assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text()));
      a.quantities().forEach(q -> assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text()));
      a.quotes().forEach(q -> assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text()));
    }
  }

  private static String cited(Map<String, AnalyzedArticle> byId, Citation c) {
    AnalyzedArticle a = byId.get(c.article());
    assertThat(a).as("cited article %s exists", c.article()).isNotNull();
    assertThat(c.start()).isGreaterThanOrEqualTo(0);
    assertThat(c.end()).isGreaterThan(c.start()).isLessThanOrEqualTo(a.text().length());
    return a.text().substring(c.start(), c.end());
  }
}
