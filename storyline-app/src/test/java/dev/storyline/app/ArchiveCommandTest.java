package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `storyline archive`: every readable article in exactly one story line; problems reported, the rest written. */
class ArchiveCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneJsonLinePerStoryWithEveryArticleOnceAndLeavesNoSpillBehind() throws Exception {
    Path spill = Files.createDirectory(dir.resolve("spill"));
    Path out = dir.resolve("stories.jsonl");
    CliTest.Run r = CliTest.run("archive", Examples.locate().toString(), "--out", out.toString(), "--spill-dir",
        spill.toString(), "--threads", "2");
    assertThat(r.code()).as(r.err()).isIn(0, 3);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSizeGreaterThan(1);
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    int articles = 0;
    for (String line : lines) {
      JsonNode story = json.readTree(line).path("story");
      assertThat(story.path("id").asText()).startsWith("story-");
      assertThat(story.path("summary").size()).isPositive();
      for (JsonNode id : story.path("articles")) {
        assertThat(ids.add(id.asText())).as(id.asText()).isTrue();
        articles++;
      }
    }
    assertThat(r.out()).contains(String.format("%,d articles, %,d stories", articles, lines.size()));
    assertThat(r.err()).contains("grouped ").contains(String.format("built %,d of %,d stories", lines.size(), lines.size()));
    try (var left = Files.list(spill)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void badLinesAreWarningsAndNothingReadableIsAnError() throws Exception {
    Path in = dir.resolve("few.jsonl");
    Files.writeString(in, """
        {"id": "a1", "title": "Mưa lớn ở Huế", "text": "Ngày 3/10, mưa lớn làm ngập nhiều tuyến phố ở Huế. Hàng trăm hộ dân phải di dời."}
        {"id": broken
        {"id": "a2", "title": "Lũ ở Quảng Trị", "text": "Ngày 4/10, lũ trên sông Thạch Hãn lên nhanh, nhiều xã ở Quảng Trị bị chia cắt."}
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    CliTest.Run r = CliTest.run("archive", in.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(Runner.PARTIAL);
    assertThat(r.err()).contains("warning: ").contains("few.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
    assertThat(String.join("\n", lines)).contains("\"a1\"").contains("\"a2\"");

    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    CliTest.Run none = CliTest.run("archive", empty.toString(), "--out", dir.resolve("none.jsonl").toString());
    assertThat(none.code()).isEqualTo(Runner.NOTHING_READ);
    assertThat(none.err()).contains("no article could be read");
    CliTest.Run badOut = CliTest.run("archive", in.toString(), "--out", dir.resolve("no/such/dir/out.jsonl").toString());
    assertThat(badOut.code()).isEqualTo(ArchiveCommand.CANNOT_WRITE);
    assertThat(badOut.err()).contains("cannot write").doesNotContain("\tat ");
  }
}
