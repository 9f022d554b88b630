package dev.storyline.ingest;

import static dev.storyline.ingest.TestInputs.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.PartialDate;
import dev.storyline.model.Problem;
import dev.storyline.model.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML, RSS/Atom and WARC through ArticleReader: dispatch by extension and by sniffing, and what comes out. */
class FormatsTest {
  @TempDir Path dir;

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private Path write(String name, String content) throws IOException { return write(name, content.getBytes(StandardCharsets.UTF_8)); }

  private static ReadResult read(Path... paths) {
    return new ArticleReader().read(Arrays.stream(paths).map(Path::toString).toList());
  }

  private static List<String> reasons(ReadResult r) { return r.problems().stream().map(Problem::toString).toList(); }

  // ---------------------------------------------------------------- HTML

  @Test
  void htmlFileByExtension() throws IOException {
    Path p = write("bai.html", VI_PAGE);
    ReadResult r = read(p);
    assertThat(r.problems()).isEmpty();
    RawArticle a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("bai");
    assertThat(a.title()).isEqualTo("Nông dân thu hoạch lúa sớm");
    assertThat(a.text()).isEqualTo("Nông dân trong huyện đang khẩn trương gặt lúa để tránh đợt mưa lớn sắp tới.\n"
        + "Máy gặt được huy động từ các xã lân cận để kịp thu hoạch trong tuần này.");
  }

  @Test
  void htmlSniffedWithoutExtensionAndOnStdin() throws IOException {
    ReadResult r = read(write("trang", VI_PAGE));
    assertThat(r.articles()).singleElement().extracting(RawArticle::title).isEqualTo("Nông dân thu hoạch lúa sớm");
    ReadResult s = new ArticleReader().read("-", new ByteArrayInputStream(VI_PAGE_2.getBytes(StandardCharsets.UTF_8)));
    assertThat(s.articles()).singleElement().extracting(RawArticle::title).isEqualTo("Cầu mới nối hai bờ sông");
  }

  @Test
  void htmlSavedFixtureKeepsLeadFirstAndDate() throws IOException {
    byte[] html = HtmlArticleExtractorTest.class.getResourceAsStream("/html/vnexpress.html").readAllBytes();
    RawArticle a = read(write("vne.htm", html)).articles().get(0);
    assertThat(a.published()).isEqualTo(PartialDate.ofDay(2016, 5, 20));
    assertThat(a.outlet()).isEqualTo("VnExpress");
    assertThat(a.url()).isEqualTo("https://vnexpress.net/hang-tram-nguoi-nhat-rac-4700001.html");
    assertThat(a.text()).startsWith("Tình nguyện viên thu gom").doesNotContain("Ảnh: Minh Anh");
  }

  @Test
  void htmlWithoutArticleTextIsAProblem() throws IOException {
    ReadResult r = read(write("rong.html", "<html><body><nav><a>Trang chủ</a></nav></body></html>"));
    assertThat(r.articles()).isEmpty();
    assertThat(reasons(r)).singleElement().asString().contains("rong.html").contains("no article text");
  }

  @Test
  void htmlMetaCharsetIsHonoured() throws IOException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
        + "<body><div class='content'><p>Un café très crème, servi à la terrasse du marché.</p></div></body></html>";
    ReadResult r = read(write("latin.html", html.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles().get(0).text()).contains("café très crème");
  }

  // ---------------------------------------------------------------- feeds

  @Test
  void rssItemsBecomeArticlesWithVietnamDates() throws IOException {
    ReadResult r = read(write("tin.rss", RSS));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).hasSize(2);
    RawArticle a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("tin-1");
    assertThat(a.title()).isEqualTo("Chợ phiên vùng cao đông vui ngày cuối tuần");
    assertThat(a.url()).isEqualTo("https://baomau.vn/cho-phien-1.html");
    assertThat(a.published()).isEqualTo(PartialDate.ofDay(2016, 5, 20)); // 20:00 UTC is 03:00 next day in Vietnam
    assertThat(a.text()).isEqualTo("Người dân bản xa mang rau rừng và gà đồi xuống chợ bán từ sáng sớm.\nPhiên chợ họp đến trưa thì tan.");
    assertThat(a.outlet()).isEqualTo("Báo Mẫu - Tin mới");
    assertThat(r.articles().get(1).published()).isEqualTo(PartialDate.ofDay(2016, 5, 20));
  }

  @Test
  void atomEntryWithHtmlContentAndUpdatedDate() throws IOException {
    ReadResult r = read(write("tin.atom", ATOM));
    assertThat(r.problems()).isEmpty();
    RawArticle a = r.articles().get(0);
    assertThat(a.url()).isEqualTo("https://baomau.vn/cay-xanh.html");
    assertThat(a.published()).isEqualTo(PartialDate.ofDay(2021, 6, 1));
    assertThat(a.text()).isEqualTo("Thành phố trồng thêm hai trăm cây bóng mát dọc các con phố cũ.");
  }

  @Test
  void xmlIsSniffedAsFeedOrRejected() throws IOException {
    assertThat(read(write("nguon.xml", RSS)).articles()).hasSize(2);
    ReadResult other = read(write("cauhinh.xml", "<?xml version=\"1.0\"?><config><a>1</a></config>"));
    assertThat(other.articles()).isEmpty();
    assertThat(reasons(other)).singleElement().asString().contains("not an RSS or Atom feed");
  }

  @Test
  void nonFeedXmlInAFolderIsIgnoredQuietly() throws IOException {
    Files.createDirectories(dir.resolve("kho"));
    write("kho/sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://baomau.vn/</loc></url></urlset>");
    write("kho/tin.xml", RSS);
    write("kho/trang.html", VI_PAGE);
    ReadResult r = read(dir.resolve("kho"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("tin-1", "tin-2", "trang");
  }

  @Test
  void warcHttpCharsetWinsOverAWrongMetaCharset() throws IOException {
    String html = VI_PAGE.replace("<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-1\">");
    byte[] rec = warcRecord("response", "https://baomau.vn/lua.html", "application/http; msgtype=response",
        httpResponse(200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8)), -1);
    ReadResult r = read(write("bo.warc", rec));
    assertThat(r.articles()).singleElement().extracting(RawArticle::title).isEqualTo("Nông dân thu hoạch lúa sớm");
    // Without an HTTP charset the meta one is used: the UTF-8 bytes turn to mojibake and the page is not Vietnamese.
    byte[] noHttp = warcRecord("response", "https://baomau.vn/lua.html", "application/http; msgtype=response",
        httpResponse(200, "text/html", html.getBytes(StandardCharsets.UTF_8)), -1);
    assertThat(read(write("meta.warc", noHttp)).articles()).isEmpty();
  }

  @Test
  void xmlBombIsRefusedAndOtherInputsStillRead() throws IOException {
    Path bomb = write("bom.rss", RSS_BOMB);
    Path good = write("tot.txt", "Một bài viết bình thường.");
    long t0 = System.nanoTime();
    ReadResult r = read(bomb, good);
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("tot");
    assertThat(reasons(r)).singleElement().asString().contains("bom.rss").contains("not a readable RSS/Atom feed");
  }

  // ---------------------------------------------------------------- WARC

  private byte[][] archiveRecords() {
    return new byte[][] {
        warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8), -1),
        warcRecord("request", "https://baomau.vn/lua.html", "application/http; msgtype=request",
            "GET /lua.html HTTP/1.1\r\nHost: baomau.vn\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), -1),
        htmlRecord("https://baomau.vn/lua.html", 200, VI_PAGE),
        warcRecord("response", "https://baomau.vn/anh.jpg", "application/http; msgtype=response",
            httpResponse(200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, 3}), -1),
        htmlRecord("https://example.com/farm.html", 200, EN_PAGE),
        htmlRecord("https://baomau.vn/mat.html", 404, VI_PAGE_2),
        htmlRecord("https://baomau.vn/cau.html", 200, VI_PAGE_2),
    };
  }

  @Test
  void warcKeepsVietnamese200HtmlResponsesOnly() throws IOException {
    ReadResult r = read(write("kho.warc", concat(archiveRecords())));
    assertThat(r.articles()).extracting(RawArticle::url).containsExactly("https://baomau.vn/lua.html", "https://baomau.vn/cau.html");
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("kho-3", "kho-7");
    assertThat(reasons(r)).singleElement().asString().contains("1 HTML page(s) without Vietnamese");
  }

  @Test
  void gzippedWarcGivesTheSameArticles() throws IOException {
    ReadResult plain = read(write("a.warc", concat(archiveRecords())));
    ReadResult gz = read(write("a.warc.gz", gzipEach(archiveRecords())));
    assertThat(gz.articles()).extracting(RawArticle::text).isEqualTo(plain.articles().stream().map(RawArticle::text).toList());
    assertThat(gz.articles()).hasSize(2);
  }

  @Test
  void warcSniffedWithoutExtension() throws IOException {
    assertThat(read(write("luutru", concat(archiveRecords()))).articles()).hasSize(2);
  }

  @Test
  void corruptRecordInTheMiddleKeepsEarlierRecords() throws IOException {
    byte[] bad = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nhieu\r\n\r\nrác".getBytes(StandardCharsets.UTF_8);
    Path p = write("hong.warc", concat(htmlRecord("https://baomau.vn/lua.html", 200, VI_PAGE), bad,
        htmlRecord("https://baomau.vn/cau.html", 200, VI_PAGE_2)));
    Path good = write("sau.txt", "Bài sau vẫn được đọc.");
    ReadResult r = read(p, good);
    assertThat(r.articles()).extracting(RawArticle::url).containsExactly("https://baomau.vn/lua.html", "");
    assertThat(reasons(r)).singleElement().asString().contains("hong.warc:2").contains("corrupt WARC record");
  }

  @Test
  void brokenGzipMemberDeepInAWarcGzKeepsEarlierRecords() throws IOException {
    // An incompressible image first, so the break lies well past the bytes read for sniffing.
    byte[] noise = new byte[64 * 1024];
    new java.util.Random(5).nextBytes(noise);
    byte[] image = warcRecord("response", "https://baomau.vn/anh.jpg", "application/http; msgtype=response",
        httpResponse(200, "image/jpeg", noise), -1);
    byte[] good = gzipEach(image, htmlRecord("https://baomau.vn/lua.html", 200, VI_PAGE));
    byte[] broken = gzip(htmlRecord("https://baomau.vn/cau.html", 200, VI_PAGE_2));
    broken = Arrays.copyOf(broken, broken.length / 2);
    ReadResult r = read(write("hong.warc.gz", concat(good, broken)), write("sau.txt", "Bài sau."));
    assertThat(r.articles()).extracting(RawArticle::id).containsExactly("hong-2", "sau");
    assertThat(reasons(r)).singleElement().asString().contains("hong.warc.gz:3").contains("kept 1 article");
  }

  @Test
  void lyingContentLengthIsReported() throws IOException {
    byte[] block = httpResponse(200, "text/html; charset=utf-8", VI_PAGE_2.getBytes(StandardCharsets.UTF_8));
    byte[] liar = warcRecord("response", "https://baomau.vn/cau.html", "application/http; msgtype=response", block, block.length + 10_000);
    ReadResult longer = read(write("dai.warc", concat(htmlRecord("https://baomau.vn/lua.html", 200, VI_PAGE), liar)));
    assertThat(longer.articles()).extracting(RawArticle::url).startsWith("https://baomau.vn/lua.html");
    assertThat(reasons(longer)).singleElement().asString().contains("dai.warc:2").contains("corrupt WARC record");
    byte[] shortLiar = warcRecord("response", "https://baomau.vn/cau.html", "application/http; msgtype=response", block, block.length / 2);
    ReadResult shorter = read(write("ngan.warc", concat(htmlRecord("https://baomau.vn/lua.html", 200, VI_PAGE), shortLiar,
        htmlRecord("https://baomau.vn/x.html", 200, VI_PAGE))));
    assertThat(shorter.articles()).extracting(RawArticle::url).startsWith("https://baomau.vn/lua.html");
    assertThat(reasons(shorter)).anyMatch(x -> x.contains("ngan.warc:") && x.contains("corrupt WARC record"));
  }

  @Test
  void notAWarcDespiteTheExtension() throws IOException {
    ReadResult r = read(write("gia.warc", "Đây không phải là tệp lưu trữ web."));
    assertThat(r.articles()).isEmpty();
    assertThat(reasons(r)).singleElement().asString().contains("not a WARC file");
  }
}
