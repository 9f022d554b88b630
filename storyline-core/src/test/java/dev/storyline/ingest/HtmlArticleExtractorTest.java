package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Token multiset overlap: precision over extracted tokens, recall over expected tokens. */
  static double[] precisionRecall(String extracted, String expected) {
    Map<String, Integer> want = counts(expected);
    Map<String, Integer> got = counts(extracted);
    int common = 0, nGot = 0, nWant = 0;
    for (int c : got.values()) nGot += c;
    for (int c : want.values()) nWant += c;
    for (Map.Entry<String, Integer> e : got.entrySet()) common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    return new double[] {nGot == 0 ? 0 : (double) common / nGot, nWant == 0 ? 0 : (double) common / nWant};
  }

  private static Map<String, Integer> counts(String s) {
    Map<String, Integer> m = new HashMap<>();
    for (String t : s.toLowerCase().split("\\s+")) if (!t.isEmpty()) m.merge(t, 1, Integer::sum);
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "vnexpress   | Hàng trăm người nhặt rác trên bãi biển sau triều cường | 2016-05-20",
      "tuoitre     | Thư viện mới cho học trò vùng cao                      | 2019-09-07",
      "thanhnien   | Xe máy điện đổi pin tại cây xăng                       | 2023-03-15",
      "dantri      | Tiếp cận thôn bị cô lập sau mưa lớn                    | 2021-10-18",
      "vietnamplus | Xuất khẩu trái cây tăng mạnh nhờ sầu riêng             | 2022-10-20",
      "vov         | Rộn ràng lễ hội đua thuyền trên sông                   | 2016-05-20",
      "baochinhphu | Hỗ trợ chuyển đổi số cho hợp tác xã nông nghiệp        | 2024-01-09",
  })
  void fixtureBodyTitleAndDate(String site, String title, String date) throws IOException {
    HtmlArticleExtractor.Extracted x = extractor.extract(resource(site + ".html"), "");
    String expected = resource(site + ".expected.txt").strip();
    String got = String.join("\n", x.body());
    double[] pr = precisionRecall(got, expected);
    System.out.printf("html fixture %-12s precision %.3f recall %.3f paragraphs %d%n", site, pr[0], pr[1], x.body().size());
    assertThat(pr[0]).as(site + " precision\n" + got).isGreaterThanOrEqualTo(0.95);
    assertThat(pr[1]).as(site + " recall\n" + got).isGreaterThanOrEqualTo(0.95);
    assertThat(x.title()).isEqualTo(title);
    assertThat(x.published()).isEqualTo(PartialDate.parseIso(date).orElseThrow());
    assertThat(x.lead()).isNotEmpty();
    assertThat(got).doesNotContain("Ảnh:", "ẢNH:", "(Ảnh", "Tin liên quan", "Chia sẻ", "Facebook");
  }

  @Test
  void metadataAuthorSectionCanonicalOutlet() throws IOException {
    HtmlArticleExtractor.Extracted tt = extractor.extract(resource("tuoitre.html"), "");
    assertThat(tt.author()).isEqualTo("Lan Hương");
    assertThat(tt.section()).isEqualTo("Giáo dục");
    assertThat(tt.url()).startsWith("https://tuoitre.vn/");
    assertThat(tt.outlet()).isEqualTo("Tuổi Trẻ");
    HtmlArticleExtractor.Extracted vne = extractor.extract(resource("vnexpress.html"), "");
    assertThat(vne.outlet()).isEqualTo("VnExpress");
    assertThat(vne.lead()).startsWith("Tình nguyện viên thu gom");
    assertThat(vne.body()).noneMatch(p -> p.equals("Minh Anh")); // right-aligned byline
    HtmlArticleExtractor.Extracted vov = extractor.extract(resource("vov.html"), "");
    assertThat(vov.section()).isEqualTo("Văn hóa");
  }

  @Test
  void titleFallsBackToTitleTagWithoutSiteSuffix() {
    String html = "<html><head><title>Giá vàng lập đỉnh mới trong phiên sáng | Báo Mẫu</title></head><body>"
        + "<div><p>Giá vàng miếng tăng thêm nửa triệu đồng mỗi lượng chỉ sau một đêm.</p></div></body></html>";
    assertThat(extractor.extract(html, "").title()).isEqualTo("Giá vàng lập đỉnh mới trong phiên sáng");
  }

  @Test
  void unknownLayoutUsesTheDensestBlock() {
    String html = "<html><body><div class='menu-x'><p>Trang chủ</p></div>"
        + "<div class='sidebar'><p>Tin nổi bật hôm nay được nhiều người quan tâm nhất.</p></div>"
        + "<div class='khung'><div class='noi-dung'>"
        + "<p>Đoạn thứ nhất kể lại buổi họp báo kéo dài gần hai tiếng đồng hồ.</p>"
        + "<p>Đoạn thứ hai nêu các con số về sản lượng lúa của vụ đông xuân.</p>"
        + "<p>Đoạn thứ ba trích lời một nông dân nói về giá phân bón tăng cao.</p>"
        + "</div></div><div class='foot'><p>Bản quyền thuộc về tòa soạn mẫu, ghi rõ nguồn khi đăng lại.</p></div></body></html>";
    List<String> body = extractor.extract(html, "").body();
    assertThat(body).hasSize(3);
    assertThat(body.get(0)).startsWith("Đoạn thứ nhất");
  }

  @Test
  void captionsInsideAParagraphContainerAreDropped() {
    String html = "<html><body><div class='detail-content'>"
        + "<p>Mở đầu bài viết về chuyến tàu đêm chạy thử trên tuyến mới.</p>"
        + "<div class='image-caption'>Đoàn tàu rời ga lúc nửa đêm.</div>"
        + "<p class='desc-img'>Hành khách lên tàu.</p>"
        + "<p>Kết thúc bài viết với lịch chạy chính thức từ tháng sau.</p></div></body></html>";
    assertThat(extractor.extract(html, "").body())
        .containsExactly("Mở đầu bài viết về chuyến tàu đêm chạy thử trên tuyến mới.", "Kết thúc bài viết với lịch chạy chính thức từ tháng sau.");
  }

  @Test
  void deeplyNestedDivsDoNotOverflowTheStack() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder(depth * 12).append("<html><body>");
    sb.append("<div>".repeat(depth)).append("<p>Một đoạn văn nằm rất sâu trong cây tài liệu.</p>").append("</div>".repeat(depth));
    sb.append("</body></html>");
    HtmlArticleExtractor.Extracted x = extractor.extract(sb.toString(), "");
    // Every walk is iterative: no StackOverflowError, and the paragraph at the bottom is still found.
    assertThat(x.body()).containsExactly("Một đoạn văn nằm rất sâu trong cây tài liệu.");
  }
}
