package dev.storyline.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** TODO: being built. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "Shows one story of a store.")
final class StoryCommand implements Callable<Integer> {
  @Override
  public Integer call() { throw new UnsupportedOperationException("TODO"); }
}
