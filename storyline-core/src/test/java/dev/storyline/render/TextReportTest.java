package dev.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Storyline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private final Storyline storyline = ReportFixtures.storyline();
  private final String out = ReportFixtures.render(storyline, new TextReport()::write);

  @Test
  void hasEverySectionInOrder() {
    List<String> sections = List.of("Tóm tắt", "Dòng thời gian", "Nhân vật", "Phát ngôn", "Con số", "Nguồn", "Vấn đề");
    int at = -1;
    for (String s : sections) {
      int i = out.indexOf("\n" + s + "\n");
      assertThat(i).as(s).isGreaterThan(at);
      at = i;
    }
    assertThat(out).startsWith("═").contains(storyline.stories().get(0).title()).contains("4 bài · 08/09/2024 – 11/09/2024");
  }

  @Test
  void formatsDatesTheVietnameseWay() {
    assertThat(out).contains("  năm 2017 ").contains("  tháng 09/2024 ").contains("  07/09/2024 ")
        .doesNotContain("2024-09-07");
    assertThat(out).contains("Trần Văn Hùng, 08/09/2024: \"");
  }

  @Test
  void marksCitationsAndListsSourcesInNumberOrder() {
    assertThat(out).contains("[1][2]");
    int one = out.indexOf("  [1] a — 08/09/2024"), two = out.indexOf("  [2] b — 09/09/2024"),
        three = out.indexOf("  [3] c — 10/09/2024");
    assertThat(one).isPositive().isLessThan(two);
    assertThat(two).isLessThan(three);
    assertThat(out).contains("[4] d — ~11/09/2024").contains("test/a.txt").contains("https://example.vn/a");
  }

  @Test
  void showsActorTypesFactsAndConflicts() {
    assertThat(out).contains("Quảng Ninh (Địa điểm)").contains("Bộ Nông nghiệp (Tổ chức)").contains("Trần Văn Hùng (Người)");
    assertThat(out).contains("15 người đã thiệt mạng — 2 nguồn [1][3]").contains("⚠ nguồn khác: 18 người đã thiệt mạng [2]");
    assertThat(out).contains("12.000 người dân — 2 nguồn");
    assertThat(out).contains("hỏng.txt: tệp rỗng, đã bỏ qua");
  }

  @Test
  void wrapsAtOneHundredColumnsWithoutAnsiAndKeepsMarksOnTheirSentence() {
    for (String line : out.split("\n", -1)) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(TextReport.WIDTH);
      assertThat(line).doesNotContain("\u001b").doesNotContain("\u0001").doesNotStartWith("  [1] Ông");
    }
    assertThat(out).contains("\n                 ");
  }

  @Test
  void wrapsLongWordsWithoutBreakingThem() {
    List<String> lines = Reports.wrap("một " + "x".repeat(120) + " hai", 100, "  ", "  ");
    assertThat(lines).containsExactly("  một", "  " + "x".repeat(120), "  hai");
  }

  @Test
  void formatsVietnameseNumbers() {
    assertThat(Reports.vnNumber(12000)).isEqualTo("12.000");
    assertThat(Reports.vnNumber(2_500_000)).isEqualTo("2.500.000");
    assertThat(Reports.vnNumber(1.5)).isEqualTo("1,5");
    assertThat(Reports.vnNumber(999)).isEqualTo("999");
  }

  @Test
  void saysSoWhenThereIsNoStory() {
    String empty = ReportFixtures.render(new Storyline(List.of(), List.of(), List.of(), List.of()), new TextReport()::write);
    assertThat(empty).contains("Không có câu chuyện nào.");
  }
}
