package dev.storyline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import dev.storyline.Pipeline;
import dev.storyline.model.PartialDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The core pipeline as a Spark job. Articles are read (JSONL or Parquet, any Hadoop file system), parsed by
 * core's own JSONL reader, keyed by a time window (publication month by default), shuffled so that each window
 * lands whole in one partition, and each window then goes through core's {@link Pipeline} unchanged: clean,
 * analyse, link, group, build stories. The job is the embedded pipeline, distributed by window; a story that
 * crosses a window edge comes out split (see docs/spark.md).
 *
 * <p>Output: Parquet tables {@code articles}, {@code annotations}, {@code stories} and {@code problems} under
 * the output directory. A bad input line becomes a problem row, never a failed job.
 */
public final class StorylineSparkJob {
  /** The output tables, each a Parquet directory under the output path. */
  public static final List<String> TABLES = List.of("articles", "annotations", "stories", "problems");

  private static final Set<String> INPUT_COLUMNS = Set.of("id", "text", "body", "content", "abstract", "title", "date",
      "url", "source");

  private StorylineSparkJob() {}

  /** How articles are cut into independent pipeline runs. */
  public enum Window {
    /** publication month ("2024-03"); articles dated only to the year get the year's window ("2024") */
    MONTH,
    /** publication year ("2024") */
    YEAR,
    /** one window for everything: one pipeline run in one task (small corpora, exact grouping) */
    ALL
  }

  /**
   * @param inputs       files, directories or globs; local paths, hdfs://, s3a:// ... (whatever Hadoop reads)
   * @param output       the directory that receives one Parquet directory per table
   * @param format       "jsonl", "parquet" or "auto" (parquet when every input ends in .parquet or is a directory
   *                     of Parquet files named so, jsonl otherwise)
   * @param window       how articles are windowed
   * @param partitions   shuffle partitions for the windowed stage; 0 means Spark's default parallelism
   * @param threads      threads each task gives core's Pipeline to analyse a window's articles (match it with
   *                     spark.task.cpus); 1 analyses in the task's thread
   * @param pipeline     core's options (summary length, grouping on or off)
   * @param overwrite    replace existing output tables instead of failing
   */
  public record Options(List<String> inputs, String output, String format, Window window, int partitions,
                        int threads, Pipeline.Options pipeline, boolean overwrite) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) throw new IllegalArgumentException("no input given");
      if (output == null || output.isBlank()) throw new IllegalArgumentException("no output directory given");
      format = format == null ? "auto" : format.toLowerCase(Locale.ROOT);
      if (!Set.of("auto", "jsonl", "parquet").contains(format))
        throw new IllegalArgumentException("format must be auto, jsonl or parquet, not " + format);
      if (window == null) window = Window.MONTH;
      if (partitions < 0) throw new IllegalArgumentException("partitions must be 0 or more");
      if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more");
      if (pipeline == null) pipeline = Pipeline.Options.defaults();
    }

    public static Options of(List<String> inputs, String output) {
      return new Options(inputs, output, "auto", Window.MONTH, 0, 1, Pipeline.Options.defaults(), false);
    }

    public Options withWindow(Window w) { return new Options(inputs, output, format, w, partitions, threads, pipeline, overwrite); }

    public Options withFormat(String f) { return new Options(inputs, output, f, window, partitions, threads, pipeline, overwrite); }

    public Options withPartitions(int p) { return new Options(inputs, output, format, window, p, threads, pipeline, overwrite); }

    public Options withThreads(int t) { return new Options(inputs, output, format, window, partitions, t, pipeline, overwrite); }

    public Options withOverwrite(boolean o) { return new Options(inputs, output, format, window, partitions, threads, pipeline, o); }

    boolean parquet() {
      if (format.equals("auto")) return inputs.stream().allMatch(i -> i.toLowerCase(Locale.ROOT).endsWith(".parquet"));
      return format.equals("parquet");
    }
  }

  /** Row counts of what the run wrote. */
  public record Summary(long articles, long annotations, long stories, long problems, long windows) {}

  /** The window key of a publication date; undated articles share the window {@link Rows#UNDATED}. */
  public static String windowOf(PartialDate published, Window window) {
    if (window == Window.ALL) return "all";
    if (published == null) return Rows.UNDATED;
    String iso = published.iso();
    if (window == Window.YEAR || published.month() == 0) return iso.substring(0, 4);
    return iso.substring(0, 7);
  }

  /** Runs the job in {@code spark} and writes the tables; returns their row counts. */
  public static Summary run(SparkSession spark, Options options) {
    if (!options.overwrite()) failIfAnyTableExists(spark, options.output());
    Dataset<Row> lines = input(spark, options)
        .withColumn("ord", monotonically_increasing_id());
    // Stage 1 (narrow): core's reader turns each line into a flat article row or a problem row, with its window.
    Dataset<Row> parsed = lines.flatMap(new Rows.Parse(options.window()), Encoders.row(Rows.PARSED));
    int partitions = options.partitions() > 0 ? options.partitions() : spark.sparkContext().defaultParallelism();
    // Stage 2 (shuffle): every window whole in one partition, in input order, so each pipeline run sees exactly
    // what core's Pipeline would see for that window's articles.
    Dataset<Row> windowed = parsed.repartition(partitions, col("window")).sortWithinPartitions("window", "ord");
    Dataset<Row> out = windowed.mapPartitions(new Rows.RunWindows(options.pipeline(), options.threads()), Encoders.row(Rows.OUT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // One pass runs the pipelines and fills the cache; the four writes then read the cache.
      Map<String, Long> counts = new HashMap<>();
      for (Row r : out.groupBy("kind").count().collectAsList()) counts.put(r.getString(0), r.getLong(1));
      long windows = out.filter(col("kind").equalTo("stories")).select("stories.window").distinct().count();
      SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      for (String table : TABLES) {
        out.filter(col("kind").equalTo(table)).select(col(table + ".*")).write().mode(mode)
            .parquet(child(options.output(), table));
      }
      return new Summary(counts.getOrDefault("articles", 0L), counts.getOrDefault("annotations", 0L),
          counts.getOrDefault("stories", 0L), counts.getOrDefault("problems", 0L), windows);
    } finally {
      out.unpersist();
    }
  }

  /** Fails before any work when an output table is already there (Spark would only notice after the run). */
  private static void failIfAnyTableExists(SparkSession spark, String output) {
    for (String table : TABLES) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(child(output, table));
      try {
        if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
          throw new IllegalArgumentException("output table " + p + " already exists; use --overwrite to replace it");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot check output " + p, e);
      }
    }
  }

  /** Input as (file, json, ord-less) rows: one JSON object per line, whatever the source format. */
  private static Dataset<Row> input(SparkSession spark, Options options) {
    String[] paths = options.inputs().toArray(String[]::new);
    if (options.parquet()) {
      Dataset<Row> table = spark.read().parquet(paths);
      // Only the reader's known fields travel; to_json renders dates and timestamps as ISO, which core parses.
      List<Column> known = new ArrayList<>();
      for (String c : table.columns()) if (INPUT_COLUMNS.contains(c)) known.add(col(c));
      if (known.isEmpty()) throw new IllegalArgumentException("Parquet input has none of the columns " + INPUT_COLUMNS);
      return table.select(input_file_name().as("file"), to_json(struct(known.toArray(Column[]::new))).as("json"));
    }
    // Spark decompresses .gz (and other Hadoop codecs) by extension.
    return spark.read().text(paths).select(input_file_name().as("file"), col("value").as("json"));
  }

  private static String child(String dir, String name) {
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  /**
   * {@code StorylineSparkJob [--format auto|jsonl|parquet] [--window month|year|all] [--partitions N]
   * [--threads N] [--summary-syllables N] [--no-grouping] [--overwrite] --output DIR INPUT...}. Without a master from
   * spark-submit or -Dspark.master, runs in local[*].
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("storyline-spark: " + e.getMessage());
      System.err.println("usage: StorylineSparkJob [--format auto|jsonl|parquet] [--window month|year|all] "
          + "[--partitions N] [--threads N] [--summary-syllables N] [--no-grouping] [--overwrite] --output DIR INPUT...");
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("storyline");
    if (!conf.contains("spark.master")) conf.setMaster("local[*]");
    if (!conf.contains("spark.ui.enabled")) conf.set("spark.ui.enabled", "false");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      long t0 = System.nanoTime();
      Summary s = run(spark, options);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "%d articles, %d annotations, %d stories in %d windows, %d problems; %.1f s (%.0f articles/s)%n",
          s.articles(), s.annotations(), s.stories(), s.windows(), s.problems(), secs, s.articles() / secs);
    } finally {
      spark.stop();
    }
  }

  static Options parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String format = "auto";
    Window window = Window.MONTH;
    int partitions = 0;
    int threads = 1;
    int syllables = Pipeline.Options.defaults().summarySyllables();
    boolean grouping = true;
    boolean overwrite = false;
    List<String> a = Arrays.asList(args);
    for (int i = 0; i < a.size(); i++) {
      String arg = a.get(i);
      switch (arg) {
        case "--output", "-o" -> output = value(a, ++i, arg);
        case "--format" -> format = value(a, ++i, arg);
        case "--window" -> {
          String w = value(a, ++i, arg);
          try {
            window = Window.valueOf(w.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--window must be month, year or all, not " + w);
          }
        }
        case "--partitions" -> partitions = number(value(a, ++i, arg), arg);
        case "--threads" -> threads = number(value(a, ++i, arg), arg);
        case "--summary-syllables" -> syllables = number(value(a, ++i, arg), arg);
        case "--no-grouping" -> grouping = false;
        case "--overwrite" -> overwrite = true;
        default -> {
          if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg);
          inputs.add(arg);
        }
      }
    }
    return new Options(inputs, output, format, window, partitions, threads, new Pipeline.Options(syllables, grouping), overwrite);
  }

  private static String value(List<String> a, int i, String option) {
    if (i >= a.size()) throw new IllegalArgumentException(option + " needs a value");
    return a.get(i);
  }

  private static int number(String s, String option) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, not " + s);
    }
  }
}
