package dev.storyline.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.Citation;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityReference;
import dev.storyline.model.EventTime;
import dev.storyline.model.Problem;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
import dev.storyline.model.Removal;
import dev.storyline.model.Sentence;
import dev.storyline.model.Span;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.model.TimeExpression;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a storyline as the stable JSON described in docs/json-output.md. The document is built
 * from explicit maps, field by field, so renaming or extending a model record never changes the
 * output by accident. Keys are snake_case; enums are their upper-case names (PERSON, DATE, CAPTION), as TIMEX3 and the schema write them; text is UTF-8 without
 * ASCII escaping.
 */
public final class JsonReport {
  private static final ObjectWriter WRITER = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  public void write(Storyline storyline, Appendable out) throws IOException {
    out.append(WRITER.writeValueAsString(document(storyline))).append('\n');
  }

  /** The whole document as plain maps and lists. */
  static Map<String, Object> document(Storyline s) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("articles", map(s.articles(), JsonReport::article));
    doc.put("entities", map(s.entities(), JsonReport::entity));
    doc.put("stories", map(s.stories(), JsonReport::story));
    doc.put("problems", map(s.problems(), JsonReport::problem));
    return doc;
  }

  /** One article with every annotation layer (the shape of docs/json-output.md); a mutable map callers may extend. */
  public static Map<String, Object> article(AnalyzedArticle a) {
    Article art = a.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", art.id());
    m.put("source", art.source());
    m.put("url", art.url());
    m.put("outlet", art.outlet());
    m.put("published", a.published() == null ? null : a.published().iso());
    m.put("published_inferred", a.publishedInferred());
    m.put("published_evidence", a.publishedEvidence());
    m.put("title", art.title());
    m.put("text", art.text());
    m.put("paragraphs", map(art.paragraphs(), (Span p) -> span(p.start(), p.end())));
    m.put("removed", map(art.removed(), JsonReport::removal));
    m.put("sentences", map(a.sentences(), (Sentence x) -> span(x.start(), x.end())));
    m.put("times", map(a.times(), JsonReport::time));
    m.put("event_times", map(a.eventTimes(), JsonReport::eventTime));
    m.put("entities", map(a.entities(), JsonReport::mention));
    m.put("quantities", map(a.quantities(), JsonReport::quantity));
    m.put("quotes", map(a.quotes(), JsonReport::quote));
    m.put("references", map(a.references(), JsonReport::reference));
    return m;
  }

  private static Map<String, Object> reference(EntityReference r) {
    Map<String, Object> m = span(r.start(), r.end());
    m.put("text", r.text());
    m.put("entity", r.entity());
    m.put("evidence", span(r.antecedentStart(), r.antecedentEnd()));
    return m;
  }

  private static Map<String, Object> span(int start, int end) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", start);
    m.put("end", end);
    return m;
  }

  private static Map<String, Object> removal(Removal r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", r.text());
    m.put("reason", name(r.reason()));
    m.put("at", r.at());
    return m;
  }

  private static Map<String, Object> time(TimeExpression t) {
    Map<String, Object> m = span(t.start(), t.end());
    m.put("text", t.text());
    m.put("type", name(t.type()));
    m.put("value", t.value());
    m.put("mod", t.mod());
    return m;
  }

  private static Map<String, Object> eventTime(EventTime e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sentence", e.sentence());
    m.put("value", e.value());
    m.put("time", e.time());
    m.put("event", e.reportsEvent());
    return m;
  }

  private static Map<String, Object> mention(EntityMention e) {
    Map<String, Object> m = span(e.start(), e.end());
    m.put("text", e.text());
    m.put("type", name(e.type()));
    m.put("entity", e.entity());
    return m;
  }

  private static Map<String, Object> quantity(Quantity q) {
    Map<String, Object> m = span(q.start(), q.end());
    m.put("text", q.text());
    m.put("value", number(q.value()));
    m.put("unit", q.unit());
    m.put("qualifier", q.qualifier());
    return m;
  }

  private static Map<String, Object> quote(Quote q) {
    Map<String, Object> m = span(q.start(), q.end());
    m.put("text", q.text());
    m.put("speaker", q.speaker());
    m.put("speaker_entity", q.speakerEntity());
    m.put("verb", q.verb());
    m.put("direct", q.direct());
    return m;
  }

  /** One merged entity; a mutable map callers may extend. */
  public static Map<String, Object> entity(Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("type", name(e.type()));
    m.put("aliases", List.copyOf(e.aliases()));
    m.put("mentions", e.mentions());
    return m;
  }

  private static Map<String, Object> story(Story s) { return story(s, JsonReport::citation); }

  /**
   * One story; each citation is written by {@code cite} (the API adds the cited text to each). A mutable map
   * callers may extend.
   */
  public static Map<String, Object> story(Story s, java.util.function.Function<Citation, ?> cite) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("articles", List.copyOf(s.articles()));
    m.put("summary", map(s.summary(), x -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("text", x.text());
      o.put("citations", map(x.citations(), cite::apply));
      return o;
    }));
    m.put("timeline", map(s.timeline(), x -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("date", x.date());
      o.put("text", x.text());
      o.put("citations", map(x.citations(), cite::apply));
      o.put("sources", x.sources());
      return o;
    }));
    m.put("facts", map(s.facts(), f -> fact(f, cite)));
    m.put("actors", map(s.actors(), x -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("entity", x.entity());
      o.put("name", x.name());
      o.put("type", name(x.type()));
      o.put("mentions", x.mentions());
      o.put("articles", x.articles());
      return o;
    }));
    m.put("quotes", map(s.quotes(), x -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("speaker", x.speaker());
      o.put("speaker_entity", x.speakerEntity());
      o.put("text", x.text());
      o.put("date", x.date());
      o.put("citation", x.citation() == null ? null : cite.apply(x.citation()));
      o.put("citations", map(x.citations(), cite::apply));
      return o;
    }));
    return m;
  }

  private static Map<String, Object> fact(Story.Fact f, java.util.function.Function<Citation, ?> cite) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("text", f.text());
    o.put("value", number(f.value()));
    o.put("unit", f.unit());
    o.put("citations", map(f.citations(), cite::apply));
    o.put("conflicts", map(f.conflicts(), c -> fact(c, cite)));
    return o;
  }

  private static Map<String, Object> citation(Citation c) {
    if (c == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", c.article());
    m.put("start", c.start());
    m.put("end", c.end());
    return m;
  }

  private static Map<String, Object> problem(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", p.input());
    m.put("reason", p.reason());
    return m;
  }

  /** Whole numbers as JSON integers (2500, not 2500.0). */
  private static Object number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v;
    return v;
  }

  private static String name(Enum<?> e) { return e == null ? null : e.name(); }

  private static <T> List<Object> map(List<T> in, java.util.function.Function<T, Object> f) {
    List<Object> out = new ArrayList<>(in.size());
    for (T t : in) out.add(f.apply(t));
    return out;
  }
}
