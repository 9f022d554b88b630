package dev.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storyline.store.StoryRepository;
import dev.storyline.store.StorySummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists a store's stories, newest activity first. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "Lists the stories of a store, newest activity first.")
final class StoriesCommand implements Callable<Integer> {
  enum Format { text, markdown, json }

  @Mixin StoreOptions store;

  @Option(names = {"-f", "--format"}, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--offset", defaultValue = "0", description = "Stories to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = {"-n", "--limit"}, defaultValue = "50", description = "Stories to list (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (offset < 0 || limit < 0) {
      err.println("error: --offset and --limit must not be negative");
      return Runner.NOTHING_READ;
    }
    if (!store.valid(err)) return StoreOptions.USAGE;
    StoryRepository s = store.openExisting(err);
    if (s == null) return StoreOptions.STORE_UNUSABLE;
    List<StorySummary> stories;
    long total;
    try (s) {
      stories = s.stories(offset, limit);
      total = s.stats().stories();
    }
    StringBuilder b = new StringBuilder();
    switch (format) {
      case json -> b.append(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stories)).append('\n');
      case markdown -> {
        b.append("# Stories (").append(total).append(")\n\n");
        b.append("| Story | Title | Articles | Dates | Actors |\n|---|---|---|---|---|\n");
        for (StorySummary st : stories) {
          b.append("| ").append(cell(st.id())).append(" | ").append(cell(st.title())).append(" | ").append(st.articles())
              .append(" | ").append(span(st)).append(" | ").append(cell(String.join(", ", st.actors()))).append(" |\n");
        }
      }
      case text -> {
        for (StorySummary st : stories) {
          b.append(st.id()).append("  ").append(span(st)).append("  ").append(st.articles())
              .append(st.articles() == 1 ? " article  " : " articles  ").append(st.title());
          if (!st.actors().isEmpty()) b.append("  [").append(String.join(", ", st.actors())).append(']');
          b.append('\n');
        }
        b.append(stories.size()).append(" of ").append(total).append(" stories\n");
      }
    }
    out.print(b);
    out.flush();
    return Runner.OK;
  }

  private static String span(StorySummary s) {
    if (s.firstDate().isEmpty() && s.lastDate().isEmpty()) return "undated";
    return s.firstDate().equals(s.lastDate()) ? s.lastDate() : s.firstDate() + ".." + s.lastDate();
  }

  /** A Markdown table cell: pipes escaped, line breaks flattened. */
  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ');
  }
}
