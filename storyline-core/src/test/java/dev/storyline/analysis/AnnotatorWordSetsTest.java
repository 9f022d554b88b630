package dev.storyline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The annotators look up nearly every token in many small word sets; {@code Set.of} and {@code Set.copyOf}
 * tables are several times slower to miss in than {@link WordSet} (see its comment), so the analysis
 * packages build their constant word sets with WordSet. An empty {@code Set.of()} is fine.
 */
class AnnotatorWordSetsTest {
  private static final Pattern SLOW_SET = Pattern.compile("(?<![\\w.])(?:java\\.util\\.)?Set\\.(?:of\\((?!\\))|copyOf\\()");

  @Test
  void constantWordSetsOfTheAnalysisPackagesAreWordSets() throws IOException {
    Path dir = Path.of("src/main/java/dev/storyline/analysis");
    assumeTrue(Files.isDirectory(dir), "run from the module directory");
    List<String> slow = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String[] lines = Files.readString(p).split("\n");
        for (int i = 0; i < lines.length; i++) {
          String code = lines[i].replaceAll("//.*", "");
          Matcher m = SLOW_SET.matcher(code);
          if (m.find()) slow.add(p.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertThat(slow).as("use WordSet.of / WordSet.copyOf for constant word sets").isEmpty();
  }
}
