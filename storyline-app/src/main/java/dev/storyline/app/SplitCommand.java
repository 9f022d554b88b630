package dev.storyline.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** An editor's correction: some articles of a story tell another story. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = {"Moves the given articles of STORY into a new story in the store; both are rebuilt, and they stay"
        + " apart when later articles are ingested. Prints the new story's id."})
final class SplitCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "STORY", description = "The story to split (e.g. story-3).")
  String story;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "ARTICLE", description = "Ids of the articles to move out.")
  List<String> articles;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    return StoryEdits.run(store, err, s -> {
      String id = s.splitStory(story, articles);
      out.println("split " + articles.size() + " article(s) of " + story + " into " + id);
      out.flush();
    });
  }
}
