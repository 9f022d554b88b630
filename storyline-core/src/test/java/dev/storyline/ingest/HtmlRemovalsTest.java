package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.clean.Cleaner;
import dev.storyline.model.Article;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Removal;
import dev.storyline.model.RemovalReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 7: what the HTML extractor leaves out of an article is in its removed[] audit trail, with a reason. */
class HtmlRemovalsTest {
  @TempDir Path dir;

  private static HtmlArticleExtractor.Extracted fixture(String site) throws IOException {
    try (InputStream in = HtmlRemovalsTest.class.getResourceAsStream("/html/" + site + ".html")) {
      return new HtmlArticleExtractor().extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), "");
    }
  }

  /**
   * Per fixture: the removals' reasons in page order, one removed text, and where it stood: the start of the kept
   * paragraph that followed it ("END" = after the last paragraph).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "vnexpress   | CAPTION TEASER SOURCE_LINE            | Tình nguyện viên gom rác trên bãi cát. Ảnh: Minh Anh | Theo ban tổ chức",
      "tuoitre     | CAPTION TEASER SOURCE_LINE            | Tủ sách cho trẻ em miền núi                          | Thư viện được lắp thêm",
      "thanhnien   | CAPTION TEASER WIDGET                 | Ô tô điện giá rẻ ra mắt Trạm sạc công cộng tăng nhanh | Giai đoạn đầu",
      "dantri      | CAPTION TEASER                        | Xuồng cứu hộ chở hàng vào thôn (Ảnh: Hoàng Nam).     | Lực lượng chức năng",
      "vietnamplus | CAPTION WIDGET SOURCE_LINE            | (TTXVN/Vietnam+)                                     | END",
      "vov         | CAPTION TEASER SOURCE_LINE            | Các đội thuyền trên vạch xuất phát.                  | Mỗi đội gồm",
      "baochinhphu | DUPLICATE_PARAGRAPH CAPTION SOURCE_LINE | Minh Khôi                                          | END",
  })
  void eachFixtureRecordsItsBoilerplate(String site, String reasons, String removedText, String next) throws IOException {
    HtmlArticleExtractor.Extracted x = fixture(site);
    String text = x.text();
    assertThat(x.removed()).extracting(r -> r.reason().name()).containsExactly(reasons.split(" "));
    Removal r = x.removed().stream().filter(z -> z.text().equals(removedText)).findFirst().orElseThrow(
        () -> new AssertionError(site + ": no removal with text " + removedText + " in " + x.removed()));
    if (next.equals("END")) assertThat(r.at()).isEqualTo(text.length());
    else assertThat(text.substring(r.at())).startsWith(next);
    int last = 0;
    for (Removal z : x.removed()) {
      // Every offset is a paragraph start of the text (or its end), in page order.
      assertThat(z.at()).isBetween(last, text.length());
      assertThat(z.at() == 0 || z.at() == text.length() || text.charAt(z.at() - 1) == '\n').as(z.toString()).isTrue();
      last = z.at();
      assertThat(z.text()).isNotBlank();
      // A cut piece is not also in the text (short ones, a tag word like "xuất khẩu", may occur in the prose).
      if (z.reason() != RemovalReason.DUPLICATE_PARAGRAPH && z.text().length() >= 20)
        assertThat(text).as(site).doesNotContain(z.text());
    }
  }

  private static final String PAGE = """
      <html><head><title>Chợ nổi mở lại sau mùa nước nổi</title>
      <meta property="article:published_time" content="2025-10-02T08:00:00+07:00"></head><body>
      <nav class="menu"><a>Trang chủ</a><a>Xã hội</a></nav>
      <div class="article-content">
      <nav class="breadcrumb-inner"><a>Xã hội</a></nav>
      <p>Sáng 2/10, các ghe hàng đã quay lại bến sau gần một tháng tạm nghỉ vì nước dâng cao.</p>
      <figure><img src="a.jpg"><figcaption>Ghe chở bí đỏ cập bến lúc rạng sáng.</figcaption></figure>
      <p>Bà Tư, người bán trái cây lâu năm ở đây, nói giá hàng đã giảm gần một nửa so với tuần trước.</p>
      <div class="ads-slot">Quảng cáo</div>
      <div class="related-news"><a>Giá lúa tăng nhẹ đầu vụ</a><a>Mở tuyến xe buýt đường sông</a></div>
      <p>Chính quyền địa phương cho biết sẽ nạo vét luồng lạch trước Tết để ghe lớn vào được.</p>
      <script>var x = 1;</script>
      <p style="text-align:right"><strong>Ngọc Hà</strong></p>
      <div class="box-comment"><p>Mong chợ giữ được nét xưa.</p></div>
      </div>
      <footer>Liên hệ tòa soạn</footer>
      </body></html>
      """;

  @Test
  void aSavedPageReachesTheArticleAuditTrailThroughTheCleaner() throws IOException {
    Path page = dir.resolve("cho-noi.html");
    Files.writeString(page, PAGE, StandardCharsets.UTF_8);
    ReadResult read = new ArticleReader().read(List.of(page.toString()));
    assertThat(read.problems()).isEmpty();
    RawArticle raw = read.articles().get(0);
    Article a = new Cleaner().clean(raw);

    assertThat(a.text()).contains("ghe hàng", "Bà Tư", "nạo vét").doesNotContain("Ghe chở bí đỏ", "Quảng cáo", "Giá lúa",
        "Ngọc Hà", "nét xưa", "var x");
    assertThat(a.removed()).extracting(Removal::reason, Removal::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(RemovalReason.WIDGET, "Xã hội"),
        org.assertj.core.groups.Tuple.tuple(RemovalReason.CAPTION, "Ghe chở bí đỏ cập bến lúc rạng sáng."),
        org.assertj.core.groups.Tuple.tuple(RemovalReason.WIDGET, "Quảng cáo"),
        org.assertj.core.groups.Tuple.tuple(RemovalReason.TEASER, "Giá lúa tăng nhẹ đầu vụ Mở tuyến xe buýt đường sông"),
        org.assertj.core.groups.Tuple.tuple(RemovalReason.SOURCE_LINE, "Ngọc Hà"),
        org.assertj.core.groups.Tuple.tuple(RemovalReason.WIDGET, "Mong chợ giữ được nét xưa."));
    // Outside the article container: the site menu and footer are not the article's and are not recorded.
    assertThat(a.removed()).noneMatch(r -> r.text().contains("Trang chủ") || r.text().contains("tòa soạn"));
    // The caption stood before the second paragraph of the raw text.
    Removal caption = a.removed().get(1);
    assertThat(raw.text().substring(caption.at())).startsWith("Bà Tư");
  }

  @Test
  void htmlRemovalsMergeWithTheCleanersInOffsetOrder() {
    String text = "Đoạn đầu của bài viết về chợ nổi miền Tây.\nReuters\nĐoạn cuối nói về kế hoạch nạo vét luồng lạch.";
    int second = text.indexOf("Đoạn cuối");
    RawArticle raw = new RawArticle("x", "x.html", "", text, null, "", "",
        List.of(new Removal("Ảnh minh họa chợ nổi.", RemovalReason.CAPTION, text.indexOf("Reuters")),
            new Removal("Tin liên quan", RemovalReason.TEASER, second)));
    Article a = new Cleaner().clean(raw);
    assertThat(a.removed()).extracting(Removal::text).containsExactly("Ảnh minh họa chợ nổi.", "Reuters", "Tin liên quan");
    assertThat(a.removed()).extracting(Removal::at).isSorted();
  }

  @Test
  void renamingADuplicateIdKeepsTheRemovals() {
    RawArticle raw = new RawArticle("a", "a.html", "", "Nội dung.", null, "", "",
        List.of(new Removal("Chú thích ảnh.", RemovalReason.CAPTION, 0)));
    assertThat(raw.withId("a#2").removed()).isEqualTo(raw.removed());
    assertThat(new RawArticle("b", "b.txt", "", "Nội dung.", null, "", "").removed()).isEmpty();
  }

  @Test
  void relatedLinksAreSeparatedInTheRemovedText() {
    org.jsoup.nodes.Element box = org.jsoup.Jsoup.parseBodyFragment("<div><a>Tin một</a><a>Tin hai</a><p>Ba</p>bốn</div>")
        .selectFirst("div");
    assertThat(HtmlArticleExtractor.cutText(box)).isEqualTo("Tin một Tin hai Ba bốn");
  }

  @Test
  void aPageUsingTheMarkerNameItselfIsReadNormally() {
    String html = "<html><body><div class=\"article-content\"><p>Đoạn một của bài viết về mùa lúa chín ở đồng bằng.</p>"
        + "<storyline-cut i=\"x\">lạ</storyline-cut><figure><figcaption>Cánh đồng lúa chín vàng.</figcaption></figure>"
        + "<p>Đoạn hai kể chuyện nông dân thu hoạch bằng máy gặt mới mua.</p></div></body></html>";
    HtmlArticleExtractor.Extracted x = new HtmlArticleExtractor().extract(html, "");
    assertThat(x.removed()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(RemovalReason.CAPTION);
      assertThat(x.text().substring(r.at())).startsWith("Đoạn hai");
    });
  }
}
