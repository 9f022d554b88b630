package dev.storyline.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** TODO: being built. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Adds articles to the store in --data DIR: analysed, deduplicated, grouped into stories.")
final class IngestCommand implements Callable<Integer> {
  @Override
  public Integer call() { throw new UnsupportedOperationException("TODO"); }
}
