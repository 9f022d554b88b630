package dev.storyline.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** An editor's correction: two stories the grouper kept apart are one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merges story FROM into story INTO in the store: every article of both ends in INTO, whose timeline,"
        + " summary, facts and quotes are rebuilt, and they stay together when later articles are ingested."})
final class MergeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "INTO", description = "The story that stays (e.g. story-3).")
  String into;

  @Parameters(index = "1", paramLabel = "FROM", description = "The story merged into it, then gone.")
  String from;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    return StoryEdits.run(store, err, s -> {
      String id = s.mergeStories(into, from);
      out.println("merged " + from + " into " + id + " (" + s.story(id).map(x -> x.story().articles().size()).orElse(0)
          + " articles)");
      out.flush();
    });
  }
}
