package dev.storyline.app;

import dev.storyline.Pipeline;
import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.Problem;
import dev.storyline.model.Storyline;
import dev.storyline.render.HtmlReport;
import dev.storyline.render.JsonReport;
import dev.storyline.render.MarkdownReport;
import dev.storyline.render.TextReport;
import dev.storyline.render.TimelineJsReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Read → pipeline → render, shared by analyze and demo. */
final class Runner {
  private Runner() {}

  /** Exit codes: 0 all inputs used, 1 nothing usable was read, 3 some inputs had problems but a storyline was made. */
  static final int OK = 0, NOTHING_READ = 1, PARTIAL = 3;

  static int run(List<String> inputs, OutputOptions options, PrintWriter out, PrintWriter err) throws IOException {
    ReadResult read = new ArticleReader().read(inputs);
    Storyline storyline = new Pipeline(new Pipeline.Options(options.summarySyllables, true), Runtime.getRuntime().availableProcessors()).run(read);
    for (Problem p : storyline.problems()) err.println("warning: " + p);
    if (storyline.articles().isEmpty()) {
      err.println("error: no usable article in " + String.join(", ", inputs));
      return NOTHING_READ;
    }
    if (!options.quiet) {
      StringBuilder b = new StringBuilder();
      switch (options.format) {
        case text -> new TextReport().write(storyline, b);
        case markdown -> new MarkdownReport().write(storyline, b);
        case json -> new JsonReport().write(storyline, b);
        case html -> new HtmlReport().write(storyline, b);
        case timelinejs -> new TimelineJsReport().write(storyline, b);
      }
      out.print(b);
      out.flush();
    }
    if (options.out != null) {
      Files.createDirectories(options.out);
      write(options.out.resolve("storyline.json"), storyline, new JsonReport()::write);
      write(options.out.resolve("storyline.md"), storyline, new MarkdownReport()::write);
      write(options.out.resolve("storyline.txt"), storyline, new TextReport()::write);
      write(options.out.resolve("storyline.html"), storyline, new HtmlReport()::write);
      write(options.out.resolve("timeline.json"), storyline, new TimelineJsReport()::write);
      err.println("wrote " + options.out.resolve("storyline.json") + ", storyline.md, storyline.txt, storyline.html, timeline.json");
    }
    return storyline.problems().isEmpty() ? OK : PARTIAL;
  }

  interface Renderer { void write(Storyline s, Appendable out) throws IOException; }

  private static void write(Path file, Storyline s, Renderer r) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      r.write(s, w);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
