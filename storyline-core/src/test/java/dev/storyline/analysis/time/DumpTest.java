package dev.storyline.analysis.time;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DumpTest {
  @Test
  void dump() throws Exception {
    Path dir = TimeTestSupport.seedsDir();
    try (var s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        var seed = TimeTestSupport.seed(f);
        var r = TimeTestSupport.analyze(seed.text(), seed.published());
        System.out.println("=== " + f.getFileName() + " pub=" + r.published() + " inf=" + r.inferred() + " ev=" + r.evidence());
        r.times().forEach(x -> System.out.println("  " + x.type() + " [" + x.text() + "] " + x.value() + " " + x.mod()));
        r.eventTimes().forEach(x -> System.out.println("  ev s" + x.sentence() + " " + x.value() + " " + x.time()));
      }
    }
  }
}
