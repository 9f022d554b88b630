package dev.storyline.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.Pipeline;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EventTime;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Removal;
import dev.storyline.model.Sentence;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import dev.storyline.model.TimeExpression;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Row schemas and the two functions the job ships to executors. Core's records are not Serializable, so only
 * rows of strings cross the shuffle; records are rebuilt inside the partition.
 */
final class Rows {
  static final String UNDATED = "undated";
  /** Problems found while reading travel in their own window key, so they never join an article window. */
  static final String READ_PROBLEMS = "\u0000problems";

  private Rows() {}

  /** Stage 1 output: an article as read (kind "article") or a reading problem (kind "problem"). */
  static final StructType PARSED = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("window", DataTypes.StringType, false)
      .add("ord", DataTypes.LongType, false)
      .add("id", DataTypes.StringType)
      .add("source", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("reason", DataTypes.StringType);

  static final StructType ARTICLES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("window", DataTypes.StringType, false)
      .add("story_id", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("source", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("published_inferred", DataTypes.BooleanType)
      .add("text", DataTypes.StringType);

  /** One flat row per annotation; fields a layer does not have are null. Spans index the cleaned text. */
  static final StructType ANNOTATIONS = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("window", DataTypes.StringType, false)
      .add("layer", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType)
      .add("text", DataTypes.StringType)
      .add("type", DataTypes.StringType)
      .add("value", DataTypes.StringType)
      .add("number", DataTypes.DoubleType)
      .add("unit", DataTypes.StringType)
      .add("mod", DataTypes.StringType)
      .add("entity", DataTypes.StringType)
      .add("speaker", DataTypes.StringType)
      .add("direct", DataTypes.BooleanType);

  static final StructType STORIES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("window", DataTypes.StringType, false)
      .add("title", DataTypes.StringType)
      .add("article_ids", DataTypes.createArrayType(DataTypes.StringType, false))
      .add("summary", DataTypes.StringType)
      .add("timeline", DataTypes.StringType)
      .add("facts", DataTypes.StringType)
      .add("actors", DataTypes.StringType)
      .add("quotes", DataTypes.StringType);

  static final StructType PROBLEMS = new StructType()
      .add("input", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("window", DataTypes.StringType);

  /** Stage 2 output: one of the four tables' rows, tagged by {@code kind} (the table name). */
  static final StructType OUT = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("articles", ARTICLES)
      .add("annotations", ANNOTATIONS)
      .add("stories", STORIES)
      .add("problems", PROBLEMS);

  // ---------------------------------------------------------------- stage 1: parse

  /** One input line (file, json, ord) through core's JSONL reader: article rows and problem rows. */
  static final class Parse implements FlatMapFunction<Row, Row> {
    private static final ArticleReader READER = new ArticleReader(InputStream.nullInputStream());
    private final StorylineSparkJob.Window window;

    Parse(StorylineSparkJob.Window window) { this.window = window; }

    @Override
    public Iterator<Row> call(Row in) {
      String file = in.getString(0);
      String json = in.isNullAt(1) ? "" : in.getString(1);
      long ord = in.getLong(2);
      if (json.isBlank()) return List.<Row>of().iterator(); // core's reader skips blank lines too
      String where = file + " (record " + ord + ")";
      // Core's reader sniffs the line; anything but an object would be taken for plain text, so say it here.
      char first = json.strip().charAt(0);
      if (first != '{' && first != '\uFEFF') {
        return List.of(problem(where, ord, "skipped: malformed JSON (not an object): " + snippet(json))).iterator();
      }
      ReadResult r = READER.read(file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
      List<Row> out = new ArrayList<>(1 + r.problems().size());
      for (Problem p : r.problems()) out.add(problem(where, ord, p.reason()));
      for (RawArticle a : r.articles()) {
        out.add(RowFactory.create("article", StorylineSparkJob.windowOf(a.published(), window), ord, a.id(), file,
            a.title(), a.text(), a.published() == null ? null : a.published().iso(), a.url(), a.outlet(), null));
      }
      return out.iterator();
    }

    private static Row problem(String where, long ord, String reason) {
      return RowFactory.create("problem", READ_PROBLEMS, ord, null, where, null, null, null, null, null, reason);
    }

    private static String snippet(String s) {
      String t = s.strip();
      return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }
  }

  // ---------------------------------------------------------------- stage 2: one pipeline run per window

  /**
   * Walks a partition sorted by (window, ord): collects one window's articles, runs core's Pipeline over them,
   * emits its rows, then moves to the next window. Only one window is held in memory at a time.
   */
  static final class RunWindows implements MapPartitionsFunction<Row, Row> {
    /** One Pipeline per executor JVM and options: it is thread-safe after construction and costly to build. */
    private static final Map<List<Object>, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    // Pipeline.Options is not Serializable: its two values travel instead.
    private final int summarySyllables;
    private final boolean grouping;
    private final int threads;

    RunWindows(Pipeline.Options options, int threads) {
      this.summarySyllables = options.summarySyllables();
      this.grouping = options.grouping();
      this.threads = threads;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      Pipeline pipeline = PIPELINES.computeIfAbsent(List.of(summarySyllables, grouping, threads),
          k -> new Pipeline(new Pipeline.Options(summarySyllables, grouping), threads));
      return new Iterator<>() {
        private Row pending = input.hasNext() ? input.next() : null;
        private Iterator<Row> current = List.<Row>of().iterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && pending != null) current = nextWindow().iterator();
          return current.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) throw new NoSuchElementException();
          return current.next();
        }

        private List<Row> nextWindow() {
          String window = pending.getAs("window");
          List<Row> out = new ArrayList<>();
          List<RawArticle> raws = new ArrayList<>();
          while (pending != null && window.equals(pending.getAs("window"))) {
            Row r = pending;
            pending = input.hasNext() ? input.next() : null;
            if ("problem".equals(r.getAs("kind"))) {
              out.add(problemRow(r.getAs("source"), r.getAs("reason"), null));
            } else {
              String published = r.getAs("published");
              raws.add(new RawArticle(r.getAs("id"), r.getAs("source"), r.getAs("title"), r.getAs("text"),
                  published == null ? null : PartialDate.parseIso(published).orElse(null), r.getAs("url"),
                  r.getAs("outlet")));
            }
          }
          if (!raws.isEmpty()) emit(window, pipeline.run(new ReadResult(raws, List.of())), out);
          return out;
        }
      };
    }
  }

  // ---------------------------------------------------------------- rows of one window's storyline

  private static final ObjectMapper JSON = new ObjectMapper();

  static void emit(String window, Storyline s, List<Row> out) {
    Map<String, String> storyOf = new HashMap<>();
    for (Story st : s.stories()) {
      String id = storyId(window, st.id());
      for (String a : st.articles()) storyOf.put(a, id);
      out.add(tagged("stories", RowFactory.create(id, window, st.title(), st.articles().toArray(String[]::new),
          json(st.summary()), json(st.timeline()), json(st.facts()), json(st.actors()), json(st.quotes()))));
    }
    for (AnalyzedArticle a : s.articles()) {
      Article art = a.article();
      out.add(tagged("articles", RowFactory.create(a.id(), window, storyOf.get(a.id()), art.title(), art.outlet(),
          art.url(), art.source(), a.published() == null ? null : a.published().iso(), a.publishedInferred(),
          art.text())));
      annotations(window, a, out);
    }
    for (Problem p : s.problems()) out.add(problemRow(p.input(), p.reason(), window));
  }

  /** A story's id in the output: its window, a slash, and core's id in that window ("2024-03/story-2"). */
  static String storyId(String window, String coreId) { return window + "/" + coreId; }

  private static void annotations(String window, AnalyzedArticle a, List<Row> out) {
    String id = a.id();
    String text = a.text();
    for (Sentence x : a.sentences()) {
      out.add(ann(id, window, "sentence", x.start(), x.end(), text.substring(x.start(), x.end()),
          null, null, null, null, null, null, null, null));
    }
    for (TimeExpression t : a.times()) {
      out.add(ann(id, window, "time", t.start(), t.end(), t.text(), name(t.type()), t.value(), null, null, t.mod(),
          null, null, null));
    }
    for (EventTime e : a.eventTimes()) {
      // An event time belongs to a sentence: its span is the sentence's; "number" is the time expression it came
      // from (-1: the publication date).
      Sentence x = e.sentence() >= 0 && e.sentence() < a.sentences().size() ? a.sentences().get(e.sentence()) : null;
      out.add(ann(id, window, "event_time", x == null ? null : x.start(), x == null ? null : x.end(), null,
          e.fromPublicationDate() ? "PUBLICATION" : "TIMEX", e.value(), (double) e.time(), null, null, null, null, null));
    }
    for (EntityMention m : a.entities()) {
      out.add(ann(id, window, "entity", m.start(), m.end(), m.text(), name(m.type()), null, null, null, null,
          m.entity(), null, null));
    }
    for (Quantity q : a.quantities()) {
      out.add(ann(id, window, "quantity", q.start(), q.end(), q.text(), null, null, q.value(), q.unit(),
          q.qualifier(), null, null, null));
    }
    for (Quote q : a.quotes()) {
      out.add(ann(id, window, "quote", q.start(), q.end(), q.text(), q.verb(), null, null, null, null,
          q.speakerEntity(), q.speaker(), q.direct()));
    }
    for (Removal r : a.article().removed()) {
      // A removal has no span in the cleaned text, only the offset where it was cut out.
      out.add(ann(id, window, "removed", r.at(), r.at(), r.text(), name(r.reason()), null, null, null, null,
          null, null, null));
    }
  }

  private static Row ann(String id, String window, String layer, Integer start, Integer end, String text,
                         String type, String value, Double number, String unit, String mod, String entity,
                         String speaker, Boolean direct) {
    return tagged("annotations", RowFactory.create(id, window, layer, start, end, text, type, value, number, unit,
        mod, entity, speaker, direct));
  }

  static Row problemRow(String input, String reason, String window) {
    return tagged("problems", RowFactory.create(input, reason, window));
  }

  private static Row tagged(String kind, Row row) {
    return RowFactory.create(kind,
        kind.equals("articles") ? row : null,
        kind.equals("annotations") ? row : null,
        kind.equals("stories") ? row : null,
        kind.equals("problems") ? row : null);
  }

  private static String name(Enum<?> e) { return e == null ? null : e.name(); }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write story part as JSON", e);
    }
  }
}
