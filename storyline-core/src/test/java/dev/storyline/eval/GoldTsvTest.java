package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldTsvTest {
  @TempDir Path dir;

  private static final List<String> NEED = List.of("doc", "start", "end");

  private List<String> read(String content, List<String> problems) throws Exception {
    Path f = dir.resolve("g.tsv");
    Files.writeString(f, content);
    return GoldTsv.read(f, problems, NEED, r -> r.get("doc") + "@" + r.integer("start") + "-" + r.integer("end"));
  }

  @Test
  void rowsAreReadByColumnNameInAnyOrder() throws Exception {
    List<String> problems = new ArrayList<>();
    assertThat(read("end\tdoc\tstart\n5\ta\t1\n\n9\tb\t7\n", problems)).containsExactly("a@1-5", "b@7-9");
    assertThat(problems).isEmpty();
  }

  @Test
  void aBadRowIsLeftOutWithItsLineAndTheOthersStay() throws Exception {
    List<String> problems = new ArrayList<>();
    assertThat(read("doc\tstart\tend\na\tx\t5\nb\t1\nc\t2\t3\n", problems)).containsExactly("c@2-3");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).contains("g.tsv line 2").contains("row skipped");
    assertThat(problems.get(1)).contains("line 3").contains("2 fields, expected 3");
  }

  @Test
  void aMissingFileColumnOrHeaderIsOneProblem() throws Exception {
    List<String> problems = new ArrayList<>();
    assertThat(read("doc\tstart\na\t1\n", problems)).isEmpty();
    assertThat(read("", problems)).isEmpty();
    assertThat(GoldTsv.read(dir.resolve("none.tsv"), problems, NEED, r -> r)).isEmpty();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).contains("no column 'end'");
    assertThat(problems.get(1)).contains("is empty");
    assertThat(problems.get(2)).contains("not found");
  }
}
