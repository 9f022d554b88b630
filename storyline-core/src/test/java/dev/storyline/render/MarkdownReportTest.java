package dev.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private final String out = ReportFixtures.render(ReportFixtures.storyline(), new MarkdownReport()::write);

  @Test
  void hasHeadingsForEverySection() {
    assertThat(out).startsWith("# Storyline\n");
    for (String h : new String[] {"### Tóm tắt", "### Dòng thời gian", "### Nhân vật", "### Phát ngôn", "### Con số", "## Nguồn", "## Vấn đề"})
      assertThat(out).contains("\n" + h + "\n");
    assertThat(out).contains("## Bão số 3 đổ bộ Quảng Ninh, hàng nghìn nhà tốc mái");
  }

  @Test
  void linksCitationsToSourceAnchors() {
    assertThat(out).contains("[\\[1\\]](#nguon-1)[\\[2\\]](#nguon-2)");
    assertThat(out).contains("1. <a id=\"nguon-1\"></a>`a` — 08/09/2024 — Báo Mẫu — [Bão số 3 đổ bộ Quảng Ninh, hàng nghìn nhà tốc mái](<https://example.vn/a>)");
    assertThat(out).contains("<a id=\"nguon-4\"></a>`d` — ~11/09/2024");
  }

  @Test
  void listsTimelineWithVietnameseDatesAndFactsWithConflicts() {
    assertThat(out).contains("- **năm 2017** — Năm 2017, một cơn bão tương tự");
    assertThat(out).contains("- **tháng 09/2024** — ");
    assertThat(out).contains("- **Quảng Ninh** (Địa điểm): 6 lần nhắc, 4 bài");
    assertThat(out).contains("  - ⚠ nguồn khác: 18 người đã thiệt mạng [\\[2\\]](#nguon-2)");
    assertThat(out).contains("“Chúng tôi ưu tiên khôi phục điện và nước sạch cho người dân”");
  }

  @Test
  void escapesMarkup() {
    assertThat(MarkdownReport.esc("a*b_c [d] <e> #f")).isEqualTo("a\\*b\\_c \\[d\\] \\<e\\> \\#f");
  }
}
