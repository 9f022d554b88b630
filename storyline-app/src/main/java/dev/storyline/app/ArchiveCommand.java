package dev.storyline.app;

import dev.storyline.Pipeline;
import dev.storyline.StreamingPipeline;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.RawSpill;
import dev.storyline.model.Problem;
import dev.storyline.store.StoreJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The whole pipeline over an archive larger than memory: the inputs are read once into a spill file (an offset per
 * article stays in memory), grouped, then analysed and built story by story ({@link StreamingPipeline}); each story
 * is written as one JSON line as soon as it is built.
 */
@Command(name = "archive", mixinStandardHelpOptions = true,
    description = "Build the stories of an archive larger than memory (files, folders, globs; JSONL, text, HTML, feeds,"
        + " WARC) and write them as JSON lines: grouped first, then analysed story by story.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:nothing could be read", "2:bad options",
        "3:some inputs or articles had problems, the rest was written", "4:the output or the spill file cannot be written"})
final class ArchiveCommand implements Callable<Integer> {
  static final int CANNOT_WRITE = 4;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or globs; '-' reads stdin.")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
      description = "Where the stories go: one JSON object per line (the story, with its article ids and citations).")
  Path out;

  @Option(names = "--spill-dir", paramLabel = "DIR",
      description = "Directory of the temporary file holding the raw articles (default: the system's temporary directory).")
  Path spillDir;

  @Option(names = "--threads", paramLabel = "T", description = "Analysis threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--summary-syllables", paramLabel = "N", defaultValue = "" + dev.storyline.story.StoryBuilder.DEFAULT_SUMMARY_SYLLABLES,
      description = "Summary length budget per story in syllables (default ${DEFAULT-VALUE}).")
  int summarySyllables = dev.storyline.story.StoryBuilder.DEFAULT_SUMMARY_SYLLABLES;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** One line when grouping is done, then at most one every ten seconds while stories are built (stderr). */
  private static StreamingPipeline.Progress progress(PrintWriter err) {
    long start = System.nanoTime();
    return new StreamingPipeline.Progress() {
      long last = start;

      @Override
      public void grouped(int articles, int groups, long nanos) {
        err.printf(Locale.ROOT, "grouped %,d articles into %,d stories in %.1f s; analysing story by story%n", articles,
            groups, nanos / 1e9);
        err.flush();
      }

      @Override
      public void built(int done, int groups, int articles) {
        long now = System.nanoTime();
        if (now - last < 10_000_000_000L && done < groups) return;
        last = now;
        err.printf(Locale.ROOT, "built %,d of %,d stories (%,d articles), %.0f s in%n", done, groups, articles,
            (now - start) / 1e9);
        err.flush();
      }
    };
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr(), stdout = spec.commandLine().getOut();
    if (summarySyllables < 1) {
      err.println("error: --summary-syllables must be at least 1");
      return 2;
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    long t0 = System.nanoTime();
    try (RawSpill spill = RawSpill.create(spillDir)) {
      List<Problem> readProblems = new ArticleReader().readEach(inputs, spill::add);
      spill.finish();
      for (Problem p : readProblems) err.println("warning: " + p);
      if (spill.size() == 0) {
        err.println("error: no article could be read from " + String.join(", ", inputs));
        return Runner.NOTHING_READ;
      }
      err.printf(Locale.ROOT, "read %,d articles into %s%n", spill.size(), spillDir == null ? "a temporary file" : spillDir);
      StreamingPipeline.Result r;
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        r = new StreamingPipeline(new Pipeline.Options(summarySyllables, true), t).run(spill.size(), spill,
            (story, articles, entities) -> {
              Map<String, Object> line = new LinkedHashMap<>();
              line.put("story", story);
              line.put("entities", entities);
              try {
                w.write(StoreJson.write(line));
                w.newLine();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }, progress(err));
      }
      for (Problem p : r.problems()) err.println("warning: " + p);
      stdout.printf(Locale.ROOT, "%,d articles, %,d stories, %,d entities written to %s in %.1f s; %,d problem(s)%n",
          r.analysed(), r.stories(), r.entityMentions().size(), out, (System.nanoTime() - t0) / 1e9,
          readProblems.size() + r.problems().size());
      return readProblems.isEmpty() && r.problems().isEmpty() ? Runner.OK : Runner.PARTIAL;
    } catch (IOException e) {
      err.println("error: cannot write " + out + ": " + e.getMessage());
      return CANNOT_WRITE;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return CANNOT_WRITE;
    }
  }
}
