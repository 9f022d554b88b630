package dev.storyline.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** TODO: being built. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Searches the articles of a store, with or without diacritics.")
final class SearchCommand implements Callable<Integer> {
  @Override
  public Integer call() { throw new UnsupportedOperationException("TODO"); }
}
