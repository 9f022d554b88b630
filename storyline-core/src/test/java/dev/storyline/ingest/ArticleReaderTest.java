package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private static ReadResult read(Path... paths) {
    return new ArticleReader().read(java.util.Arrays.stream(paths).map(Path::toString).toList());
  }

  private static ReadResult stdin(String content) {
    return new ArticleReader().read("-", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> reasons(ReadResult r) { return r.problems().stream().map(Problem::toString).toList(); }

  // ---------------------------------------------------------------- plain text

  @Test
  void plainTextHeaderWithBodyOnTheSameLine() throws IOException {
    Path p = write("bao_001.txt", " date 2023-05 Mưa lớn gây ngập nhiều tuyến phố.\n\nNgười dân phải lội nước về nhà.\n");
    ReadResult r = read(p);
    assertThat(r.problems()).isEmpty();
    RawArticle a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("bao_001");
    assertThat(a.source()).isEqualTo(p.toString());
    assertThat(a.published()).isEqualTo(PartialDate.ofMonth(2023, 5));
    assertThat(a.text()).startsWith("Mưa lớn gây ngập").contains("\nNgười dân phải lội nước");
  }

  @Test
  void plainTextHeaderAloneOnFirstLineWithDay() throws IOException {
    Path p = write("tin.txt", "date 2022-11-08\nGiá xăng giảm lần thứ ba liên tiếp.\n");
    RawArticle a = read(p).articles().get(0);
    assertThat(a.published()).isEqualTo(PartialDate.ofDay(2022, 11, 8));
    assertThat(a.text()).startsWith("Giá xăng giảm");
  }

  @Test
  void plainTextWithoutHeaderKeepsAllText() throws IOException {
    Path p = write("khong-ngay", "Ngày mai trời nắng.\nNhiệt độ tăng nhẹ.");
    RawArticle a = read(p).articles().get(0);
    assertThat(a.id()).isEqualTo("khong-ngay");
    assertThat(a.published()).isNull();
    assertThat(a.text()).isEqualTo("Ngày mai trời nắng.\nNhiệt độ tăng nhẹ.");
  }

  @Test
  void impossibleHeaderDateKeepsArticleWithoutDate() throws IOException {
    Path a = write("a.txt", " date 2024-13 Tháng không tồn tại.");
    Path b = write("b.txt", "date 2023-02-30\nNgày không tồn tại.");
    ReadResult r = read(a, b);
    assertThat(r.articles()).hasSize(2).allSatisfy(x -> assertThat(x.published()).isNull());
    assertThat(r.articles().get(0).text()).isEqualTo("Tháng không tồn tại.");
    assertThat(r.problems()).extracting(Problem::input).containsExactly(a + ":1", b + ":1");
    assertThat(r.problems().get(0).reason()).contains("2024-13").contains("impossible");
    assertThat(r.problems().get(1).reason()).contains("2023-02-30");
  }

  @Test
  void textIsNormalised() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Hoa\u0300 bi\u0300nh\r\nlà\u200B mục tiêu.".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    RawArticle a = read(write("n.txt", all)).articles().get(0);
    assertThat(a.text()).isEqualTo("Hoà bình\nlà mục tiêu.");
  }

  // ---------------------------------------------------------------- JSONL

  @Test
  void jsonlGoodAndBadLines() throws IOException {
    String jsonl = String.join("\n",
        "{\"id\":\"a1\",\"title\":\"Tiêu đề một\",\"text\":\"Nội dung một.\",\"date\":\"2020-04-02\",\"url\":\"https://x.vn/1\",\"source\":\"Báo X\"}",
        "{\"id\":\"a2\",\"body\":\"Nội dung hai.\",\"date\":\"2020-04-02T08:30:00+07:00\"}",
        "{not json",
        "{\"id\":\"a3\"}",
        "{\"text\":\"thiếu id\"}",
        "{\"id\":\"a4\",\"text\":\"   \"}",
        "{\"id\":\"a5\",\"text\":42}",
        "[1,2]",
        "",
        "{\"id\":\"a6\",\"content\":\"Nội dung sáu.\",\"date\":\"ngày hội\"}",
        "{\"id\":\"a7\",\"text\":\"Nội dung bảy.\",\"date\":\"Thứ 6, 11:03, 20/05/2016\"}",
        "{\"id\":\"a1\",\"text\":\"Trùng mã.\"}",
        "{\"id\":7,\"text\":\"Mã số.\",\"date\":\"2019\"}");
    Path p = write("d.jsonl", jsonl);
    ReadResult r = read(p);
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("a1", "a2", "a6", "a7", "a1#2", "7");
    RawArticle a1 = r.articles().get(0);
    assertThat(a1.title()).isEqualTo("Tiêu đề một");
    assertThat(a1.outlet()).isEqualTo("Báo X");
    assertThat(a1.url()).isEqualTo("https://x.vn/1");
    assertThat(a1.source()).isEqualTo(p + ":1");
    assertThat(a1.published()).isEqualTo(PartialDate.ofDay(2020, 4, 2));
    assertThat(r.articles().get(1).published()).isEqualTo(PartialDate.ofDay(2020, 4, 2));
    assertThat(r.articles().get(2).published()).isNull();
    // a site's date format is read as the site meant it (day first, Vietnam time)
    assertThat(r.articles().get(3).published()).isEqualTo(PartialDate.ofDay(2016, 5, 20));
    assertThat(r.articles().get(5).published()).isEqualTo(PartialDate.ofYear(2019));
    assertThat(r.problems()).extracting(Problem::input).containsExactly(
        p + ":3", p + ":4", p + ":5", p + ":6", p + ":7", p + ":8", p + ":10", p + ":12");
    List<String> why = reasons(r);
    assertThat(why.get(0)).contains("malformed JSON");
    assertThat(why.get(1)).contains("missing \"text\"");
    assertThat(why.get(2)).contains("missing \"id\"");
    assertThat(why.get(3)).contains("empty");
    assertThat(why.get(4)).contains("\"text\" must be a string");
    assertThat(why.get(5)).contains("not a JSON object");
    assertThat(why.get(6)).contains("ngày hội").contains("kept");
    assertThat(why.get(7)).contains("duplicate id").contains("a1#2");
  }

  @Test
  void jsonlAbstractBecomesTheLeadParagraph() {
    ReadResult r = stdin("{\"id\":\"v1\",\"abstract\":\"Tóm tắt ngắn.\",\"body\":\"Thân bài dài.\"}\n"
        + "{\"id\":\"v2\",\"abstract\":\" \",\"body\":\"Chỉ có thân bài.\"}\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(RawArticle::text)
        .containsExactly("Tóm tắt ngắn.\nThân bài dài.", "Chỉ có thân bài.");
  }

  @Test
  void gzippedJsonl() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("{\"id\":\"z\",\"text\":\"Bản tin nén.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    ReadResult r = read(write("nen.jsonl.gz", bytes.toByteArray()));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(RawArticle::text).containsExactly("Bản tin nén.");
  }

  @Test
  void jsonlLineOverLimitIsSkippedAndReadingContinues() throws IOException {
    String big = "x".repeat(ArticleReader.MAX_JSONL_LINE_BYTES + 10);
    Path p = write("lon.jsonl", "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"nho\",\"text\":\"Ngắn.\"}\n");
    ReadResult r = read(p);
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("nho");
    assertThat(r.problems()).extracting(Problem::input).containsExactly(p + ":1");
    assertThat(r.problems().get(0).reason()).contains("over");
  }

  @Test
  void jsonArrayFile() throws IOException {
    Path p = write("mang.json", "[{\"id\":\"m1\",\"text\":\"Một.\"},{\"id\":\"m2\",\"text\":\"Hai.\"}]");
    assertThat(read(p).articles()).extracting(RawArticle::id).containsExactly("m1", "m2");
  }

  // ---------------------------------------------------------------- folders, globs, stdin

  @Test
  void directoryRecursesSortedSkipsHiddenAndUnsupported() throws IOException {
    write("kho/b.txt", "Bài B.");
    write("kho/a.txt", "Bài A.");
    write("kho/con/c.jsonl", "{\"id\":\"c\",\"text\":\"Bài C.\"}");
    write("kho/con/d", "Bài D.");
    write("kho/.an.txt", "Ẩn.");
    write("kho/.git/e.txt", "Ẩn nữa.");
    write("kho/anh.png", "không phải văn bản");
    ReadResult r = read(dir.resolve("kho"));
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("a", "b", "c", "d");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void directoryWithoutUsableFiles() throws IOException {
    write("rong/anh.png", "x");
    ReadResult r = read(dir.resolve("rong"));
    assertThat(r.articles()).isEmpty();
    assertThat(reasons(r)).singleElement().asString().contains("no usable file");
  }

  @Test
  void explicitUnsupportedFileIsReportedAsSkipped() throws IOException {
    ReadResult r = read(write("bang.csv", "a,b"));
    assertThat(r.articles()).isEmpty();
    assertThat(reasons(r)).singleElement().asString().contains("skipped");
  }

  @Test
  void globsIncludingDoubleStar() throws IOException {
    write("g/x1.txt", "Một.");
    write("g/sau/x2.txt", "Hai.");
    write("g/sau/sau/x3.txt", "Ba.");
    write("g/sau/y.jsonl", "{\"id\":\"y\",\"text\":\"Bốn.\"}");
    ArticleReader reader = new ArticleReader();
    String base = dir.resolve("g").toString();
    // Sorted by full path string: g/sau/sau/x3.txt < g/sau/x2.txt < g/x1.txt.
    assertThat(reader.read(List.of(base + "/**/*.txt")).articles()).extracting(RawArticle::id)
        .containsExactly("x3", "x2", "x1");
    assertThat(reader.read(List.of(base + "/*.txt")).articles()).extracting(RawArticle::id).containsExactly("x1");
    ReadResult none = reader.read(List.of(base + "/**/*.xml"));
    assertThat(none.articles()).isEmpty();
    assertThat(reasons(none)).singleElement().asString().contains("no files match");
  }

  @Test
  void stdinPlainTextAndJsonl() {
    ReadResult plain = stdin("\n date 2021-07 Bài từ bàn phím.\nDòng hai.");
    assertThat(plain.articles()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("stdin");
      assertThat(a.source()).isEqualTo("-");
      assertThat(a.published()).isEqualTo(PartialDate.ofMonth(2021, 7));
      assertThat(a.text()).isEqualTo("Bài từ bàn phím.\nDòng hai.");
    });
    ReadResult jsonl = stdin("  {\"id\":\"s1\",\"text\":\"Một.\"}\n{\"id\":\"s2\",\"text\":\"Hai.\"}\n");
    assertThat(jsonl.articles()).extracting(RawArticle::id).containsExactly("s1", "s2");
    assertThat(jsonl.articles().get(1).source()).isEqualTo("-:2");
  }

  @Test
  void dashInInputListReadsInjectedStdin() {
    InputStream in = new ByteArrayInputStream("Tin nhập tay.".getBytes(StandardCharsets.UTF_8));
    ReadResult r = new ArticleReader(in).read(List.of("-"));
    assertThat(r.articles()).extracting(RawArticle::text).containsExactly("Tin nhập tay.");
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void missingFile() {
    ReadResult r = new ArticleReader().read(List.of(dir.resolve("khong-co.txt").toString()));
    assertThat(r.articles()).isEmpty();
    assertThat(reasons(r)).singleElement().asString().contains("no such file");
  }

  @Test
  void binaryFileIsSkipped() throws IOException {
    byte[] bin = new byte[200];
    for (int i = 0; i < bin.length; i++) bin[i] = (byte) i;
    ReadResult r = read(write("anh", bin));
    assertThat(r.articles()).isEmpty();
    assertThat(reasons(r)).singleElement().asString().contains("binary");
  }

  @Test
  void controlHeavyFileWithoutNulIsBinary() throws IOException {
    byte[] b = "ab\u0001\u0002\u0003\u0004cd".getBytes(StandardCharsets.US_ASCII);
    assertThat(ArticleReader.binaryReason(b, b.length)).contains("control");
    byte[] ok = "Bình thường\tvới tab.\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleReader.binaryReason(ok, ok.length)).isNull();
  }

  @Test
  void emptyAndBlankFiles() throws IOException {
    Path empty = write("rong.txt", "");
    Path blank = write("trang.txt", "  \n\t\n");
    Path headerOnly = write("chi-ngay.txt", " date 2020-01\n");
    ReadResult r = read(empty, blank, headerOnly);
    assertThat(r.articles()).isEmpty();
    assertThat(reasons(r)).hasSize(3);
    assertThat(r.problems().get(0).reason()).contains("empty");
    assertThat(r.problems().get(1).reason()).contains("blank");
    assertThat(r.problems().get(2).reason()).contains("no article text");
  }

  @Test
  void invalidUtf8IsReportedAndMostlyTextKept() throws IOException {
    byte[] good = "Tin tức hôm nay rất dài và rõ ràng. ".repeat(5).getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, 10);
    bad[10] = (byte) 0xC3; // lead byte followed by an ASCII byte: malformed
    System.arraycopy(good, 10, bad, 11, good.length - 10);
    ReadResult r = read(write("hong.txt", bad));
    assertThat(r.articles()).hasSize(1);
    assertThat(r.articles().get(0).text()).contains("\uFFFD");
    assertThat(reasons(r)).singleElement().asString().contains("invalid UTF-8 at byte 10").contains("kept");
  }

  @Test
  void mostlyInvalidUtf8IsSkipped() throws IOException {
    byte[] latin1 = "Ðây là vãn bän cû dùng mã Latin-1 ðã hông".getBytes(StandardCharsets.ISO_8859_1);
    ReadResult r = read(write("cu.txt", latin1));
    assertThat(r.articles()).isEmpty();
    assertThat(reasons(r)).singleElement().asString().contains("invalid UTF-8").contains("skipped");
  }

  @Test
  void orderFollowsInputsAndNothingEscapes() throws IOException {
    Path b = write("b.txt", "Bài B.");
    Path a = write("a.txt", "Bài A.");
    ReadResult r = new ArticleReader().read(List.of(b.toString(), "\u0000bad", a.toString()));
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("b", "a");
    assertThat(r.problems()).hasSize(1);
  }

  @Test
  void sameFileNameInTwoFoldersGetsRenamedId() throws IOException {
    write("k1/tin.txt", "Một.");
    write("k2/tin.txt", "Hai.");
    ReadResult r = read(dir.resolve("k1"), dir.resolve("k2"));
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("tin", "tin#2");
    assertThat(reasons(r)).singleElement().asString().contains("duplicate id");
  }

  @Test
  void eachReadStartsFresh() throws IOException {
    Path p = write("lai.txt", "Đọc hai lần.");
    ArticleReader reader = new ArticleReader();
    reader.read(List.of(p.toString()));
    ReadResult again = reader.read(List.of(p.toString()));
    assertThat(again.articles()).extracting(RawArticle::id).containsExactly("lai");
    assertThat(again.problems()).isEmpty();
  }

  @Test
  void invalidUtf8InAJsonlLineIsReportedWithItsLine() throws IOException {
    byte[] line1 = "{\"id\":\"ok\",\"text\":\"Tốt.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] line2 = "{\"id\":\"x\",\"text\":\"ab\u00FF\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[line1.length + line2.length];
    System.arraycopy(line1, 0, all, 0, line1.length);
    System.arraycopy(line2, 0, all, line1.length, line2.length);
    Path p = write("u.jsonl", all);
    ReadResult r = read(p);
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("ok", "x");
    assertThat(r.articles().get(1).text()).isEqualTo("ab\uFFFD");
    assertThat(r.problems()).singleElement().satisfies(pr -> {
      assertThat(pr.input()).isEqualTo(p + ":2");
      assertThat(pr.reason()).contains("invalid UTF-8 at byte 20");
    });
  }

  @Test
  void gzippedPlainTextAndGzippedStdin() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(" date 2019-09-02 Tin nén dạng văn bản.".getBytes(StandardCharsets.UTF_8));
    }
    RawArticle a = read(write("nen.txt.gz", bytes.toByteArray())).articles().get(0);
    assertThat(a.id()).isEqualTo("nen");
    assertThat(a.published()).isEqualTo(PartialDate.ofDay(2019, 9, 2));
    ReadResult s = new ArticleReader().read("-", new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(s.articles()).extracting(RawArticle::text).containsExactly("Tin nén dạng văn bản.");
  }

  @Test
  void brokenHeaderShapeIsTreatedAsBody() throws IOException {
    RawArticle a = read(write("h.txt", "date của cuộc họp chưa được công bố.")).articles().get(0);
    assertThat(a.published()).isNull();
    assertThat(a.text()).startsWith("date của cuộc họp");
  }

  @Test
  void plainTextOverSizeLimitIsSkipped() throws IOException {
    byte[] big = new byte[(int) ArticleReader.MAX_TEXT_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    ReadResult r = read(write("to.txt", big), write("nho.txt", "Nhỏ."));
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("nho");
    assertThat(reasons(r)).singleElement().asString().contains("to.txt").contains("limit");
  }

  @Test
  void hiddenFoldersAreNotEnteredByGlobs() throws IOException {
    write("h/.an/x.txt", "Ẩn.");
    write("h/y.txt", "Hiện.");
    ReadResult r = new ArticleReader().read(List.of(dir.resolve("h") + "/**/*.txt"));
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("y");
  }
}
