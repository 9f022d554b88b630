package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Removal;
import dev.storyline.model.RemovalReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawSpillTest {
  @TempDir Path dir;

  @Test
  void articlesComeBackEqualByIndexFromAnyThreadAndTheFileGoesOnClose() throws Exception {
    List<RawArticle> in = new ArrayList<>();
    in.add(new RawArticle("a1", "feed.xml", "Lũ ở miền Trung", "Ngày 3/10, nước sông Hương dâng cao.\n\nHàng trăm hộ dân di dời.",
        PartialDate.of(LocalDate.of(2025, 10, 3)), "https://example.vn/a1", "Báo Mẫu",
        List.of(new Removal("Ảnh: TTXVN", RemovalReason.PHOTO_CREDIT, 12))));
    in.add(new RawArticle("a2", "x.jsonl", "", "", null, "", "", List.of()));
    in.add(new RawArticle("a3 😀", "x.jsonl", "tiêu đề", "chữ ".repeat(20_000), PartialDate.parseIso("2024-03").orElseThrow(), "", "", List.of()));
    Path file;
    try (RawSpill spill = RawSpill.create(dir)) {
      for (RawArticle a : in) spill.add(a);
      spill.finish();
      assertThat(spill.size()).isEqualTo(3);
      try (var files = Files.list(dir)) {
        file = files.findFirst().orElseThrow();
      }
      for (int i = 0; i < in.size(); i++) assertThat(spill.apply(i)).isEqualTo(in.get(i));
      List<RawArticle> parallel = IntStream.range(0, 300).parallel().mapToObj(k -> spill.apply(k % 3)).toList();
      for (int k = 0; k < 300; k++) assertThat(parallel.get(k)).isEqualTo(in.get(k % 3));
      assertThatThrownBy(() -> spill.apply(3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> spill.add(in.get(0))).hasMessageContaining("finished");
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void readEachHandsOverTheArticlesReadWouldReturnAndKeepsNone() throws Exception {
    Path f = dir.resolve("few.jsonl");
    Files.writeString(f, """
        {"id": "x", "title": "Một", "text": "Ngày 3/10 mưa lớn ở Huế."}
        {"id": "x", "title": "Hai", "text": "Ngày 4/10 nước rút."}
        {"id": 5
        {"id": "y", "text": "Ba."}
        """, StandardCharsets.UTF_8);
    ReadResult all = new ArticleReader().read(List.of(f.toString()));
    List<RawArticle> each = new ArrayList<>();
    List<Problem> problems = new ArticleReader().readEach(List.of(f.toString()), each::add);
    assertThat(each).isEqualTo(all.articles()).extracting(RawArticle::id).containsExactly("x", "x#2", "y");
    assertThat(problems).isEqualTo(all.problems()).hasSize(2);
  }
}
