package dev.storyline.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** TODO: being built. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "Lists the stories of a store, newest activity first.")
final class StoriesCommand implements Callable<Integer> {
  @Override
  public Integer call() { throw new UnsupportedOperationException("TODO"); }
}
