package dev.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.Pipeline;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Story;
import dev.storyline.model.Storyline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorylineSparkJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;
  private static Path corpus;
  private static List<RawArticle> examples;
  /** One monthly run over the examples, shared by the tests that only read its output. */
  private static Path monthly;
  private static StorylineSparkJob.Summary monthlySummary;

  @TempDir static Path tmp;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("storyline-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    // The bundled examples (.txt and .jsonl) as one JSONL, plus two lines core's reader must refuse.
    examples = new ArticleReader().read(List.of(examplesDir().toString())).articles();
    assertThat(examples).hasSizeGreaterThan(20);
    List<String> lines = new ArrayList<>();
    for (RawArticle a : examples) lines.add(JSON.writeValueAsString(jsonOf(a)));
    lines.add(4, "{\"id\": \"hỏng\", \"text\": ");
    lines.add(9, "không phải JSON");
    corpus = tmp.resolve("corpus.jsonl");
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    monthly = tmp.resolve("monthly");
    monthlySummary = StorylineSparkJob.run(spark,
        StorylineSparkJob.Options.of(List.of(corpus.toString()), monthly.toString()).withPartitions(3));
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  @Test
  void monthlyWindowsGiveCoreArticlesAndStoryPartitionsPerWindow() {
    Path out = monthly;
    var summary = monthlySummary;

    // What core's Pipeline gives, window by window, over the same lines read by core's reader.
    ReadResult read = new ArticleReader().read(List.of(corpus.toString()));
    Map<String, List<RawArticle>> byWindow = new TreeMap<>();
    for (RawArticle a : read.articles()) {
      byWindow.computeIfAbsent(StorylineSparkJob.windowOf(a.published(), StorylineSparkJob.Window.MONTH),
          w -> new ArrayList<>()).add(a);
    }
    assertThat(byWindow).containsKey("undated").hasSizeGreaterThan(5);
    Map<String, Set<Set<String>>> expected = new TreeMap<>();
    int expectedArticles = 0;
    for (var e : byWindow.entrySet()) {
      Storyline s = new Pipeline().run(new ReadResult(e.getValue(), List.of()));
      expectedArticles += s.articles().size();
      expected.put(e.getKey(), partition(s.stories()));
    }

    Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
    Dataset<Row> stories = spark.read().parquet(out.resolve("stories").toString());
    assertThat(articles.count()).isEqualTo(expectedArticles).isEqualTo(summary.articles());
    Map<String, Set<Set<String>>> actual = new TreeMap<>();
    for (Row r : stories.collectAsList()) {
      actual.computeIfAbsent(r.getAs("window"), w -> new HashSet<>()).add(Set.copyOf(r.<String>getList(r.fieldIndex("article_ids"))));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(summary.windows()).isEqualTo(expected.size());

    // Every article points at the story that lists it.
    Map<String, String> storyOf = new LinkedHashMap<>();
    for (Row r : stories.collectAsList()) for (String a : r.<String>getList(r.fieldIndex("article_ids"))) storyOf.put(a, r.getAs("id"));
    for (Row r : articles.collectAsList()) assertThat((String) r.getAs("story_id")).isEqualTo(storyOf.get(r.<String>getAs("id")));
  }

  @Test
  void annotationsAndStoryProductsAreReadableBack() {
    Path out = monthly;
    Dataset<Row> ann = spark.read().parquet(out.resolve("annotations").toString());
    Set<String> layers = new HashSet<>();
    for (Row r : ann.select("layer").distinct().collectAsList()) layers.add(r.getString(0));
    assertThat(layers).contains("sentence", "time", "event_time", "entity", "quantity", "quote", "removed");
    // A span's text is the cleaned text between start and end.
    Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
    Map<String, String> textOf = new LinkedHashMap<>();
    for (Row r : articles.select("id", "text").collectAsList()) textOf.put(r.getString(0), r.getString(1));
    for (Row r : ann.filter("layer = 'entity'").collectAsList()) {
      String text = textOf.get(r.<String>getAs("article_id"));
      assertThat(text.substring(r.<Integer>getAs("start"), r.<Integer>getAs("end"))).isEqualTo(r.getAs("text"));
    }
    Row story = spark.read().parquet(out.resolve("stories").toString()).orderBy("id").first();
    assertThat((String) story.getAs("summary")).startsWith("[");
    assertThat((String) story.getAs("timeline")).startsWith("[");
  }

  @Test
  void malformedLinesBecomeProblemRowsNotAFailedJob() {
    Path out = monthly;
    var summary = monthlySummary;
    List<Row> problems = spark.read().parquet(out.resolve("problems").toString()).collectAsList();
    assertThat(problems).filteredOn(r -> r.<String>getAs("reason").contains("malformed JSON")).hasSize(2);
    assertThat(problems).allSatisfy(r -> assertThat((String) r.getAs("input")).contains("corpus.jsonl"));
    assertThat(summary.problems()).isEqualTo(problems.size());
    assertThat(summary.articles()).isEqualTo(examples.size());
  }

  @Test
  void parquetInputInOneWindowMatchesOnePipelineRun() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("title", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("date", DataTypes.StringType).add("url", DataTypes.StringType)
        .add("source", DataTypes.StringType).add("unrelated", DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (RawArticle a : examples) {
      rows.add(RowFactory.create(a.id(), a.title(), a.text(), a.published() == null ? null : a.published().iso(),
          a.url(), a.outlet(), 7));
    }
    Path in = tmp.resolve("input.parquet");
    spark.createDataFrame(rows, schema).write().parquet(in.toString());
    Path out = tmp.resolve("parquet-out");
    var summary = StorylineSparkJob.run(spark, StorylineSparkJob.Options.of(List.of(in.toString()), out.toString())
        .withWindow(StorylineSparkJob.Window.ALL));

    Storyline core = new Pipeline().run(new ArticleReader().read(List.of(corpus.toString())));
    assertThat(summary.articles()).isEqualTo(core.articles().size());
    Set<Set<String>> actual = new HashSet<>();
    for (Row r : spark.read().parquet(out.resolve("stories").toString()).collectAsList()) {
      actual.add(Set.copyOf(r.<String>getList(r.fieldIndex("article_ids"))));
    }
    assertThat(actual).isEqualTo(partition(core.stories()));
  }

  @Test
  void existingOutputIsKeptUnlessOverwriteIsAsked() throws IOException {
    Path small = tmp.resolve("small.jsonl");
    Files.writeString(small, "{\"id\": \"x1\", \"date\": \"2025-02-03\", \"text\": \"Sáng nay, thành phố Cần Thơ khai trương "
        + "một cây cầu mới bắc qua sông Hậu sau hai năm xây dựng.\"}\n");
    Path out = tmp.resolve("twice");
    var options = StorylineSparkJob.Options.of(List.of(small.toString()), out.toString())
        .withWindow(StorylineSparkJob.Window.YEAR);
    StorylineSparkJob.run(spark, options);
    assertThatThrownBy(() -> StorylineSparkJob.run(spark, options)).hasMessageContaining("already exists");
    var again = StorylineSparkJob.run(spark, options.withOverwrite(true));
    assertThat(again.articles()).isEqualTo(1);
    assertThat(spark.read().parquet(out.resolve("stories").toString()).first().<String>getAs("id")).isEqualTo("2025/story-1");
  }

  @Test
  void windowsAreMonthYearOrUndated() {
    var month = StorylineSparkJob.Window.MONTH;
    assertThat(StorylineSparkJob.windowOf(PartialDate.ofDay(2024, 3, 9), month)).isEqualTo("2024-03");
    assertThat(StorylineSparkJob.windowOf(PartialDate.ofYear(2024), month)).isEqualTo("2024");
    assertThat(StorylineSparkJob.windowOf(null, month)).isEqualTo("undated");
    assertThat(StorylineSparkJob.windowOf(PartialDate.ofDay(2024, 3, 9), StorylineSparkJob.Window.YEAR)).isEqualTo("2024");
    assertThat(StorylineSparkJob.windowOf(null, StorylineSparkJob.Window.ALL)).isEqualTo("all");
  }

  @Test
  void commandLineIsParsed() {
    var o = StorylineSparkJob.parse(new String[] {"--window", "year", "--partitions", "8", "--threads", "2", "--no-grouping",
        "--output", "s3a://b/out", "a.jsonl", "hdfs:///b.jsonl.gz"});
    assertThat(o.inputs()).containsExactly("a.jsonl", "hdfs:///b.jsonl.gz");
    assertThat(o.output()).isEqualTo("s3a://b/out");
    assertThat(o.window()).isEqualTo(StorylineSparkJob.Window.YEAR);
    assertThat(o.partitions()).isEqualTo(8);
    assertThat(o.threads()).isEqualTo(2);
    assertThat(o.pipeline().grouping()).isFalse();
    assertThat(o.parquet()).isFalse();
    assertThat(StorylineSparkJob.parse(new String[] {"-o", "x", "t.parquet"}).parquet()).isTrue();
    assertThatThrownBy(() -> StorylineSparkJob.parse(new String[] {"a.jsonl"})).hasMessageContaining("output");
    assertThatThrownBy(() -> StorylineSparkJob.parse(new String[] {"--window", "week", "-o", "x", "a"}))
        .hasMessageContaining("--window");
  }

  private static Set<Set<String>> partition(List<Story> stories) {
    Set<Set<String>> p = new HashSet<>();
    for (Story s : stories) p.add(Set.copyOf(s.articles()));
    return p;
  }

  private static Map<String, Object> jsonOf(RawArticle a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("date", a.published() == null ? null : a.published().iso());
    m.put("url", a.url());
    m.put("source", a.outlet());
    m.put("text", a.text());
    return m;
  }

  /** examples/ at the repository root, found by walking up from the module directory. */
  private static Path examplesDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path e = p.resolve("examples");
      if (Files.isDirectory(e) && Files.exists(e.resolve("more.jsonl"))) return e;
    }
    throw new IllegalStateException("no examples/ directory above " + Path.of("").toAbsolutePath());
  }
}
