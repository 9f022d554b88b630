package dev.storyline.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Citation;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Story;
import dev.storyline.model.Story.TimelineEntry;
import dev.storyline.model.Storyline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the timeline as TimelineJS 3 JSON ({@code {title, events: [{start_date, text, group}]}}) so a newsroom can
 * embed it. One story gives its own timeline; several give every timeline in one document, each event grouped
 * under its story's title.
 *
 * <p>Dates keep their precision: a month-only entry has {@code year} and {@code month} and no {@code day}, so
 * TimelineJS does not invent a first-of-month. TimelineJS renders {@code text.headline} and {@code text.text} as
 * HTML, so every piece of article text is HTML-escaped; links are only emitted for http(s) URLs. An entry whose
 * date is not a calendar date (a TIMEX3 week or season) is left out: TimelineJS has no way to place it.
 */
public final class TimelineJsReport {
  private static final ObjectWriter WRITER = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writerWithDefaultPrettyPrinter();
  /** Headlines longer than this many characters are cut at a word boundary; the full line is in text. */
  static final int HEADLINE_CHARS = 90;

  public void write(Storyline storyline, Appendable out) throws IOException {
    out.append(WRITER.writeValueAsString(document(storyline))).append('\n');
  }

  static Map<String, Object> document(Storyline s) {
    Reports.Sources src = new Reports.Sources(s);
    List<Story> stories = s.stories();
    boolean grouped = stories.size() > 1;
    Map<String, Object> doc = new LinkedHashMap<>();
    String headline = stories.size() == 1 ? stories.get(0).title() : "Storyline";
    String intro = stories.size() == 1 ? summary(stories.get(0)) : stories.size() + " câu chuyện, "
        + s.articles().size() + " bài";
    doc.put("title", Map.of("text", text(Html.esc(headline), intro)));
    List<Object> events = new ArrayList<>();
    for (Story story : stories) {
      int i = 0;
      for (TimelineEntry e : story.timeline()) {
        i++;
        Optional<PartialDate> d = PartialDate.parseIso(e.date());
        if (d.isEmpty()) continue;
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("start_date", date(d.get()));
        ev.put("display_date", Reports.vnDate(d.get()));
        ev.put("text", text(Html.esc(headline(e.text())), "<p>" + Html.esc(e.text()) + "</p>" + sources(e.citations(), src)));
        if (grouped) ev.put("group", story.title());
        ev.put("unique_id", story.id() + "-" + i);
        events.add(ev);
      }
    }
    doc.put("events", events);
    return doc;
  }

  /** {year, month?, day?} as strings, the form of TimelineJS's own examples; absent parts stay absent. */
  static Map<String, Object> date(PartialDate d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", Integer.toString(d.year()));
    if (d.month() != 0) m.put("month", Integer.toString(d.month()));
    if (d.day() != 0) m.put("day", Integer.toString(d.day()));
    return m;
  }

  private static Map<String, Object> text(String headline, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("headline", headline);
    m.put("text", text);
    return m;
  }

  private static String summary(Story story) {
    StringBuilder b = new StringBuilder();
    for (Story.SummarySentence x : story.summary()) {
      if (!b.isEmpty()) b.append(' ');
      b.append(Html.esc(x.text()));
    }
    return b.isEmpty() ? "" : "<p>" + b + "</p>";
  }

  /** The line cut at a word boundary with "…" past {@link #HEADLINE_CHARS}. */
  static String headline(String text) {
    String t = text == null ? "" : text.strip();
    if (t.length() <= HEADLINE_CHARS) return t;
    int cut = t.lastIndexOf(' ', HEADLINE_CHARS);
    if (cut < HEADLINE_CHARS / 2) cut = HEADLINE_CHARS;
    return t.substring(0, cut).strip() + "…";
  }

  /** "Nguồn: outlet (date), …" with a link per article that has an http(s) URL. */
  private static String sources(List<Citation> citations, Reports.Sources src) {
    Set<String> ids = new LinkedHashSet<>();
    for (Citation c : citations) ids.add(c.article());
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      AnalyzedArticle a = src.byId.get(id);
      if (a == null) continue;
      String name = !a.article().outlet().isBlank() ? a.article().outlet()
          : !a.article().title().isBlank() ? a.article().title() : a.id();
      String label = Html.esc(name) + " (" + Html.esc(Reports.published(a)) + ")";
      b.append(b.isEmpty() ? "" : ", ");
      String url = Html.safeUrl(a.article().url());
      if (url == null) b.append(label);
      else b.append("<a href=\"").append(Html.esc(url)).append("\" rel=\"noopener\">").append(label).append("</a>");
    }
    return b.isEmpty() ? "" : "<p>Nguồn: " + b + "</p>";
  }
}
