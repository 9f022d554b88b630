package dev.storyline.app;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.Problem;
import dev.storyline.model.Storyline;
import dev.storyline.render.HtmlReport;
import dev.storyline.render.JsonReport;
import dev.storyline.render.TimelineJsReport;
import dev.storyline.render.MarkdownReport;
import dev.storyline.render.TextReport;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.StoredStory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** One stored story as a storyline of that story and its articles, rendered like analyze renders. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "Shows one story of a store.")
final class StoryCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The story id (see: storyline stories).")
  String id;

  @Mixin StoreOptions store;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (!store.valid(err)) return StoreOptions.USAGE;
    StoryRepository s = store.openExisting(err);
    if (s == null) return StoreOptions.STORE_UNUSABLE;
    Storyline storyline;
    try (s) {
      Optional<Storyline> found = storyline(s, id);
      if (found.isEmpty()) {
        err.println("error: no story " + id + " in " + store.describe() + " (see: storyline stories " + store.hint() + ")");
        return Runner.NOTHING_READ;
      }
      storyline = found.get();
    }
    if (!output.quiet) {
      StringBuilder b = new StringBuilder();
      if (!render(storyline, output.format, b, err)) return Runner.NOTHING_READ;
      out.print(b);
      out.flush();
    }
    if (output.out != null) {
      Files.createDirectories(output.out);
      for (OutputOptions.Format f : OutputOptions.Format.values()) {
        String ext = switch (f) {
          case json -> "json";
          case markdown -> "md";
          case text -> "txt";
          case html -> "html";
          case timelinejs -> "timeline.json";
        };
        Path file = output.out.resolve(id + "." + ext), tmp = output.out.resolve(id + "." + ext + ".tmp");
        StringBuilder b = new StringBuilder();
        render(storyline, f, b, err);
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          w.append(b);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      err.println("wrote " + output.out.resolve(id + ".json") + ", " + id + ".md, " + id + ".txt, " + id + ".html, "
          + id + ".timeline.json");
    }
    return Runner.OK;
  }

  /** The storyline of one stored story: its articles in the story's order, the entities they mention, the story. */
  static Optional<Storyline> storyline(StoryRepository store, String id) {
    Optional<StoredStory> story = store.story(id);
    if (story.isEmpty()) return Optional.empty();
    List<AnalyzedArticle> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> entityIds = new LinkedHashSet<>();
    for (String a : story.get().story().articles()) {
      Optional<AnalyzedArticle> article = store.article(a);
      if (article.isEmpty()) {
        problems.add(new Problem(a, "article listed by story " + id + " is not in the store"));
        continue;
      }
      articles.add(article.get());
      for (EntityMention m : article.get().entities()) if (m.entity() != null) entityIds.add(m.entity());
    }
    return Optional.of(new Storyline(articles, StoreOptions.entitiesById(store, entityIds), List.of(story.get().story()), problems));
  }

  /** Renders with the core renderer of the format; false (and a message) for a format this command cannot write. */
  static boolean render(Storyline s, OutputOptions.Format format, Appendable b, PrintWriter err) throws IOException {
    switch (format) {
      case text -> new TextReport().write(s, b);
      case markdown -> new MarkdownReport().write(s, b);
      case json -> new JsonReport().write(s, b);
      case html -> new HtmlReport().write(s, b);
      case timelinejs -> new TimelineJsReport().write(s, b);
    }
    return true;
  }
}
