package dev.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Article;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Removal;
import dev.storyline.model.RemovalReason;
import dev.storyline.model.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private final Cleaner cleaner = new Cleaner();

  private static final String BODY1 = "Chính quyền thành phố công bố kế hoạch chống ngập mới vào sáng thứ Hai.";
  private static final String BODY2 = "Theo kế hoạch, ba trạm bơm lớn sẽ được xây dựng trước mùa mưa năm sau.";
  private static final String BODY3 = "Người dân ở các quận ven sông bày tỏ hy vọng tình trạng ngập sẽ giảm.";

  private Article clean(String... lines) { return withTitle("", String.join("\n", lines)); }

  private Article withTitle(String title, String text) {
    return cleaner.clean(new RawArticle("t1", "test", title, text, PartialDate.ofMonth(2024, 5), "u", "o"));
  }

  private static List<String> paragraphs(Article a) {
    return a.paragraphs().stream().map(s -> a.text().substring(s.start(), s.end())).toList();
  }

  private static List<RemovalReason> reasons(Article a) { return a.removed().stream().map(Removal::reason).toList(); }

  @Test
  void plainArticleIsKeptVerbatimWithSpans() {
    Article a = clean(BODY1, "", "  " + BODY2 + "  ", "", "", BODY3);
    assertThat(a.text()).isEqualTo(BODY1 + "\n" + BODY2 + "\n" + BODY3);
    assertThat(a.paragraphs()).containsExactly(new Span(0, BODY1.length()),
        new Span(BODY1.length() + 1, BODY1.length() + 1 + BODY2.length()),
        new Span(BODY1.length() + BODY2.length() + 2, a.text().length()));
    assertThat(a.removed()).isEmpty();
    assertThat(a.title()).isEmpty();
    assertThat(a.id()).isEqualTo("t1");
    assertThat(a.published()).isEqualTo(PartialDate.ofMonth(2024, 5));
    assertThat(a.outlet()).isEqualTo("o");
  }

  @Test
  void paragraphEndingWithQuoteOrBracketIsKept() {
    String q1 = "Ông Minh nói: \"Chúng tôi sẽ hoàn thành đúng hạn\"";
    String q2 = "Bà Lan khẳng định “dự án không đội vốn”";
    String q3 = "Dự án do Bộ Giao thông quản lý (gọi tắt là Bộ GTVT)";
    Article a = clean(BODY1, q1, q2, q3, "Kết quả thật bất ngờ!", "Ai sẽ chịu trách nhiệm?");
    assertThat(paragraphs(a)).containsExactly(BODY1, q1, q2, q3, "Kết quả thật bất ngờ!", "Ai sẽ chịu trách nhiệm?");
    assertThat(a.removed()).isEmpty();
  }

  // ---------------------------------------------------------------- credits and captions

  @Test
  void bracketedPhotoCreditEndingOneSentenceMakesACaption() {
    String caption = "Công nhân gia cố đê bao ở phía nam thành phố. (Ảnh: Minh Tuấn/TTXVN)";
    Article a = clean(BODY1, caption, BODY2);
    assertThat(paragraphs(a)).containsExactly(BODY1, BODY2);
    assertThat(a.removed()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(RemovalReason.CAPTION);
      assertThat(r.text()).isEqualTo(caption);
      assertThat(r.at()).isEqualTo(BODY1.length() + 1);
    });
  }

  @Test
  void unbracketedCreditAfterShortSentenceMakesACaption() {
    Article a = clean(BODY1, "Bộ trưởng Tài chính phát biểu tại hội nghị. Ảnh: Reuters", BODY2);
    assertThat(paragraphs(a)).containsExactly(BODY1, BODY2);
    assertThat(reasons(a)).containsExactly(RemovalReason.CAPTION);
  }

  @Test
  void creditInsideALongBodyParagraphIsStrippedOnly() {
    String body = "Mưa kéo dài từ đêm qua khiến nhiều tuyến đường bị ngập sâu. Lực lượng chức năng đã phân luồng "
        + "giao thông tại các điểm nóng. Nhiều trường học cho học sinh nghỉ để đảm bảo an toàn, trong khi các "
        + "doanh nghiệp cho phép nhân viên làm việc tại nhà. (Ảnh minh họa)";
    Article a = clean(BODY1, body);
    assertThat(paragraphs(a).get(1)).endsWith("làm việc tại nhà.").doesNotContain("Ảnh");
    assertThat(a.removed()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(RemovalReason.PHOTO_CREDIT);
      assertThat(r.text()).isEqualTo("(Ảnh minh họa)");
      assertThat(r.at()).isEqualTo(BODY1.length() + 1 + body.indexOf("(Ảnh"));
    });
  }

  @Test
  void sourceCreditMidParagraphIsStrippedAndSpacingRepaired() {
    String p = "Giá gạo xuất khẩu tăng 5% (Nguồn: Bộ Công Thương) so với cùng kỳ năm ngoái.";
    Article a = clean(p);
    assertThat(a.text()).isEqualTo("Giá gạo xuất khẩu tăng 5% so với cùng kỳ năm ngoái.");
    assertThat(a.removed()).extracting(Removal::text).containsExactly("(Nguồn: Bộ Công Thương)");
  }

  @Test
  void sourceCreditAfterOneSentenceIsNotACaption() {
    // "Nguồn" cites a source; only "Ảnh" credits describe a photo.
    Article a = clean("Lạm phát tháng này ở mức thấp. (Nguồn: Tổng cục Thống kê)");
    assertThat(a.text()).isEqualTo("Lạm phát tháng này ở mức thấp.");
    assertThat(reasons(a)).containsExactly(RemovalReason.PHOTO_CREDIT);
  }

  @Test
  void wordContainingAnhIsNotACredit() {
    String p = "Bối cảnh kinh tế khó khăn khiến doanh nghiệp thận trọng, theo ông Khánh";
    Article a = clean(BODY1, p + ".");
    assertThat(a.removed()).isEmpty();
  }

  // ---------------------------------------------------------------- source lines

  @Test
  void loneSourceLineAndTheCaptionBeforeIt() {
    String caption = "Xe cứu hỏa có mặt tại hiện trường vụ cháy chợ đêm";
    Article a = clean(BODY1, caption, "AFP", BODY2);
    assertThat(paragraphs(a)).containsExactly(BODY1, BODY2);
    assertThat(reasons(a)).containsExactly(RemovalReason.CAPTION, RemovalReason.SOURCE_LINE);
  }

  @Test
  void sourceLineVariants() {
    for (String line : List.of("Reuters", "Ảnh: AFP/TTXVN", "(Ảnh: Getty Images)", "Tân Hoa Xã", "EPA-EFE",
        "ảnh : reuters.", "AP / Bloomberg", "Theo VnExpress")) {
      Article a = clean(BODY1, line, BODY2);
      assertThat(reasons(a)).as(line).containsExactly(RemovalReason.SOURCE_LINE);
    }
  }

  @Test
  void paragraphBeforeSourceLineWithPunctuationIsKept() {
    Article a = clean(BODY1, "Reuters", BODY2);
    assertThat(paragraphs(a)).containsExactly(BODY1, BODY2);
    assertThat(reasons(a)).containsExactly(RemovalReason.SOURCE_LINE);
  }

  @Test
  void shortLinkLineIsSourceLineButMakesNoCaption() {
    String before = "Tỷ số dự đoán: 1-0";
    Article a = clean(BODY1, before, "Nguồn: https://vi.example.org/bai-viet-123");
    assertThat(paragraphs(a)).containsExactly(BODY1, before);
    assertThat(reasons(a)).containsExactly(RemovalReason.SOURCE_LINE);
  }

  @Test
  void lonePhotographerCreditIsPhotoCredit() {
    Article a = clean(BODY1, "Ảnh: Hoàng Long", BODY2);
    assertThat(reasons(a)).containsExactly(RemovalReason.PHOTO_CREDIT);
  }

  @Test
  void agencyNameInsideASentenceIsKept() {
    String p = "Reuters dẫn nguồn tin giấu tên cho biết cuộc đàm phán sẽ tiếp tục.";
    assertThat(clean(BODY1, p).removed()).isEmpty();
  }

  // ---------------------------------------------------------------- duplicates

  @Test
  void repeatedParagraphIsRemovedFirstKept() {
    Article a = clean(BODY1, BODY2, BODY1, BODY3);
    assertThat(paragraphs(a)).containsExactly(BODY1, BODY2, BODY3);
    assertThat(a.removed()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(RemovalReason.DUPLICATE_PARAGRAPH);
      assertThat(r.at()).isEqualTo(BODY1.length() + BODY2.length() + 2);
    });
  }

  @Test
  void duplicateIgnoresCaseSpacingAndTonePlacement() {
    String a1 = "Hai bên nhất trí hòa giải và thúc đẩy hợp tác về thủy lợi trong năm tới.";
    String a2 = "hai bên  nhất trí hoà giải và thúc đẩy hợp tác về thuỷ lợi trong năm tới.";
    assertThat(reasons(clean(a1, a2))).containsExactly(RemovalReason.DUPLICATE_PARAGRAPH);
  }

  @Test
  void longParagraphContainedInAnEarlierOneIsDuplicate() {
    String part = "Các chuyên gia cho rằng cần có giải pháp tổng thể để xử lý tình trạng ngập úng kéo dài.";
    Article a = clean(BODY1 + " " + part + " " + BODY2, part);
    assertThat(reasons(a)).containsExactly(RemovalReason.DUPLICATE_PARAGRAPH);
  }

  @Test
  void shortParagraphContainedInAnEarlierOneIsKept() {
    Article a = clean(BODY1, "Trạm bơm lớn.");
    assertThat(a.removed()).isEmpty();
  }

  // ---------------------------------------------------------------- teasers

  @Test
  void endMarkerStripsSlashAndRemovesTheRest() {
    String last = "Hội nghị sẽ kết thúc vào cuối tuần này./.";
    String glued = "Giá vàng lập đỉnh mới trong phiên sáng nay";
    Article a = clean(BODY1, last + " " + glued, BODY2, "Bình luận");
    assertThat(paragraphs(a)).containsExactly(BODY1, "Hội nghị sẽ kết thúc vào cuối tuần này.");
    assertThat(a.removed()).extracting(Removal::reason).containsExactly(
        RemovalReason.OTHER, RemovalReason.TEASER, RemovalReason.TEASER, RemovalReason.WIDGET);
    assertThat(a.removed().get(0).text()).isEqualTo("/.");
    assertThat(a.removed().get(1).text()).isEqualTo(glued);
    assertThat(a.removed().get(0).at()).isEqualTo(BODY1.length() + 1 + last.length() - 2);
  }

  @Test
  void teaserLabels() {
    for (String t : List.of("Xem thêm: Những điều cần biết về thuế thu nhập cá nhân",
        "Đọc thêm: Giá điện tăng từ tháng sau?", "Tin liên quan: Bão số 3 đổ bộ",
        "Bài liên quan : Hà Nội mở thêm tuyến buýt")) {
      Article a = clean(BODY1, t, BODY2);
      assertThat(reasons(a)).as(t).containsExactly(RemovalReason.TEASER);
    }
  }

  @Test
  void gluedHeadlinesWithMidQuestionMarkAreTeaser() {
    String t = "Thị trường: Vì sao giá thép tăng mạnh? Xuất khẩu nông sản lập kỷ lục";
    assertThat(reasons(clean(BODY1, t, BODY2))).containsExactly(RemovalReason.TEASER);
  }

  @Test
  void topicLabelWithHeadlineFragmentsIsTeaser() {
    String t = "Tiêu điểm: Bầu cử ở châu Âu | Lãi suất giảm • Mùa lúa bội thu";
    assertThat(reasons(clean(BODY1, t, BODY2))).containsExactly(RemovalReason.TEASER);
  }

  @Test
  void questionInsideNormalParagraphIsKept() {
    String p = "Câu hỏi đặt ra là ai sẽ trả tiền? Chính quyền chưa trả lời.";
    String q = "Đội hình xuất phát: Minh, Hùng, Nam, Tuấn, Long";
    assertThat(clean(BODY1, p, q, BODY2).removed()).isEmpty();
  }

  // ---------------------------------------------------------------- widgets

  @Test
  void widgetLabels() {
    for (String w : List.of("Bình luận", "bình luận (12)", "Chia sẻ:", "Xem thêm", "Theo dõi", "Tags",
        "In bài", "Quay lại", "Lên đầu trang", "Facebook", "Twitter", "Zalo", "BÌNH LUẬN 3",
        "Từ khoá: bão lũ, miền Trung")) {
      Article a = clean(BODY1, w, BODY2);
      assertThat(reasons(a)).as(w).containsExactly(RemovalReason.WIDGET);
      assertThat(paragraphs(a)).as(w).containsExactly(BODY1, BODY2);
    }
  }

  @Test
  void widgetWordInsideSentenceIsKept() {
    assertThat(clean(BODY1, "Bình luận về việc này, ông Dũng cho rằng cần thận trọng.").removed()).isEmpty();
  }

  // ---------------------------------------------------------------- titles

  @Test
  void shortUnpunctuatedFirstParagraphBecomesTitle() {
    Article a = clean("Thành phố khởi công ba trạm bơm chống ngập", BODY1, BODY2);
    assertThat(a.title()).isEqualTo("Thành phố khởi công ba trạm bơm chống ngập");
    assertThat(paragraphs(a)).containsExactly(BODY1, BODY2);
    assertThat(a.removed()).isEmpty();
  }

  @Test
  void givenTitleIsNotReplaced() {
    Article a = withTitle("Tiêu đề có sẵn", "Dòng đầu không có dấu chấm\n" + BODY1);
    assertThat(a.title()).isEqualTo("Tiêu đề có sẵn");
    assertThat(paragraphs(a)).hasSize(2);
  }

  @Test
  void firstParagraphIsNotTitleWhenPunctuatedLongOrAlone() {
    assertThat(clean(BODY1, BODY2).title()).isEmpty();
    assertThat(clean("Chỉ một dòng không có dấu chấm").title()).isEmpty();
    String longLine = "từ ".repeat(30).strip();
    assertThat(clean(longLine, BODY1).title()).isEmpty();
  }

  // ---------------------------------------------------------------- invariants

  @Test
  void nothingIsSilentlyLost() {
    String raw = String.join("\n", "Tiêu đề bài viết về giao thông", BODY1,
        "Cầu mới nối hai bờ sông. (Ảnh: Lê Hưng)", BODY2 + " (Nguồn: Sở GTVT) Dự án dài 3 km.",
        "Ảnh chụp cầu từ trên cao", "Reuters", BODY1, "Xem thêm: Cầu cũ sẽ bị tháo dỡ",
        BODY3 + "./. Tin khác ở cuối", "Chia sẻ");
    Article a = withTitle("", raw);
    assertThat(charCounts(a.title() + a.text() + a.removed().stream().map(Removal::text).reduce("", String::concat)))
        .isEqualTo(charCounts(raw));
    assertThat(a.removed()).isSortedAccordingTo(java.util.Comparator.comparingInt(Removal::at));
    for (Removal r : a.removed()) assertThat(raw.startsWith(r.text(), r.at())).as(r.toString()).isTrue();
  }

  private static Map<Character, Integer> charCounts(String s) {
    Map<Character, Integer> m = new TreeMap<>();
    for (char c : s.toCharArray()) if (!Character.isWhitespace(c)) m.merge(c, 1, Integer::sum);
    return m;
  }
}
