package dev.storyline.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** TODO: being built. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the REST API and the web UI of a store at http://127.0.0.1:8080.")
final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() { throw new UnsupportedOperationException("TODO"); }
}
