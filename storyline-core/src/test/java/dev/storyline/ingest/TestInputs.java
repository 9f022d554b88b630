package dev.storyline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builders for HTML pages, feeds and WARC records used by the ingest tests. Text is our own. */
final class TestInputs {
  private TestInputs() {}

  static String page(String title, String... paragraphs) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title></head><body><div class=\"article-body\">");
    for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
    return sb.append("</div></body></html>").toString();
  }

  static final String VI_PAGE = page("Nông dân thu hoạch lúa sớm",
      "Nông dân trong huyện đang khẩn trương gặt lúa để tránh đợt mưa lớn sắp tới.",
      "Máy gặt được huy động từ các xã lân cận để kịp thu hoạch trong tuần này.");
  static final String VI_PAGE_2 = page("Cầu mới nối hai bờ sông",
      "Cây cầu mới giúp người dân hai xã không còn phải đi đò qua sông mỗi sáng.",
      "Công trình được xây trong mười tám tháng với vốn của tỉnh và người dân đóng góp.");
  static final String EN_PAGE = page("Farmers harvest early",
      "Farmers in the district are hurrying to bring in the rice before heavy rain arrives.",
      "Harvesters were brought in from nearby villages to finish the work this week.");

  static byte[] httpResponse(int status, String contentType, byte[] body) {
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
  }

  private static int recordNo;

  /** One WARC record; {@code declaredLength < 0} means the true length. */
  static byte[] warcRecord(String type, String uri, String contentType, byte[] block, long declaredLength) {
    long len = declaredLength < 0 ? block.length : declaredLength;
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
        + String.format("%012d", ++recordNo) + ">\r\nWARC-Date: 2024-03-01T08:00:00Z\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n") + "Content-Type: " + contentType
        + "\r\nContent-Length: " + len + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] htmlRecord(String uri, int status, String html) {
    return warcRecord("response", uri, "application/http; msgtype=response",
        httpResponse(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)), -1);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  /** Each record gzipped on its own, as .warc.gz files are written. */
  static byte[] gzipEach(byte[]... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) out.writeBytes(gzip(r));
    return out.toByteArray();
  }

  static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
        gz.write(b);
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Báo Mẫu - Tin mới</title><link>https://baomau.vn</link>
      <item><title>Chợ phiên vùng cao đông vui ngày cuối tuần</title>
        <link>https://baomau.vn/cho-phien-1.html</link>
        <pubDate>Thu, 19 May 2016 20:00:00 +0000</pubDate>
        <description><![CDATA[<p>Người dân bản xa mang rau rừng và gà đồi xuống chợ bán từ sáng sớm.</p><p>Phiên chợ họp đến trưa thì tan.</p>]]></description>
      </item>
      <item><title>Mở thêm tuyến xe buýt ra sân bay</title>
        <link>https://baomau.vn/xe-buyt-2.html</link>
        <pubDate>Fri, 20 May 2016 08:00:00 +0700</pubDate>
        <description>Tuyến xe buýt mới chạy mười lăm phút một chuyến.</description>
      </item>
      </channel></rss>
      """;

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Báo Mẫu Atom</title><id>urn:baomau</id>
      <updated>2021-06-01T00:00:00Z</updated>
      <entry><title>Trồng thêm cây xanh trên phố cũ</title><id>urn:baomau:1</id>
        <link href="https://baomau.vn/cay-xanh.html"/>
        <updated>2021-05-31T18:30:00Z</updated>
        <content type="html">&lt;p&gt;Thành phố trồng thêm hai trăm cây bóng mát dọc các con phố cũ.&lt;/p&gt;&lt;figure&gt;&lt;figcaption&gt;Ảnh minh họa&lt;/figcaption&gt;&lt;/figure&gt;</content>
      </entry></feed>
      """;

  /** The billion-laughs shape: a DOCTYPE with nested entities. Must be refused, never expanded. */
  static final String RSS_BOMB = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [
        <!ENTITY a "hahahahahahahahahaha">
        <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
        <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
        <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
        <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
        <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
        <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
      ]>
      <rss version="2.0"><channel><title>bom</title><item><title>&i;</title><description>&i;</description></item></channel></rss>
      """;
}
