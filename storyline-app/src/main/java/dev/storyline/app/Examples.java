package dev.storyline.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled example corpus: under storyline.home (set by the launcher), else under the working directory. */
final class Examples {
  private Examples() {}

  static Path locate() {
    String home = System.getProperty("storyline.home");
    if (home != null) {
      Path p = Path.of(home, "examples");
      if (Files.isDirectory(p)) return p;
    }
    Path here = Path.of("examples");
    if (Files.isDirectory(here)) return here;
    throw new IllegalStateException("cannot find the examples/ folder; run ./storyline from the project checkout");
  }
}
