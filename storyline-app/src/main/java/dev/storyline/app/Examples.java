package dev.storyline.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled example corpus: under storyline.home (set by the launcher), else in the working directory or
 * the nearest folder above it that has one. */
final class Examples {
  private Examples() {}

  static Path locate() {
    String home = System.getProperty("storyline.home");
    if (home != null) {
      Path p = Path.of(home, "examples");
      if (Files.isDirectory(p)) return p;
    }
    // From the checkout or any folder inside it (a module's directory, for instance).
    Path cwd = Path.of("").toAbsolutePath();
    for (Path dir = cwd; dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("examples");
      // Relative when possible: article sources then read "examples/a01-…txt" in every report.
      if (Files.isDirectory(p) && Files.exists(p.resolve("README.md"))) return cwd.relativize(p);
    }
    throw new IllegalStateException("cannot find the examples/ folder; run ./storyline from the project checkout");
  }
}
