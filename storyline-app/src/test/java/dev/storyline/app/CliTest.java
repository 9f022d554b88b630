package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: exit codes, warnings, and the files it writes. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void evalStoriesGivesTheGrouperEntityIdsByDefaultAndTextOnlyOnRequest() throws IOException {
    // Two invented clusters of two articles each, in the ViMs layout (one cluster per line).
    String doc = "{\"id\":\"%s\",\"title\":\"%s\",\"date\":\"2024-05-0%s\",\"lead\":\"\",\"text\":\"%s\"}";
    String c0 = "{\"cluster_id\":\"c0\",\"documents\":[" + String.format(doc, "1", "Đê sông Lam được gia cố", "2",
        "Ông Trần Quốc Hưng cho biết tỉnh Nghệ An gia cố ba km đê sông Lam trước mùa mưa.") + ","
        + String.format(doc, "2", "Nghệ An gia cố đê", "3", "Tỉnh Nghệ An đã gia cố xong ba km đê sông Lam, ông Trần Quốc Hưng nói.") + "]}";
    String c1 = "{\"cluster_id\":\"c1\",\"documents\":[" + String.format(doc, "1", "Cà Mau mở chợ nổi", "4",
        "Chợ nổi mới ở Cà Mau mở cửa sáng thứ bảy với bốn mươi ghe hàng.") + ","
        + String.format(doc, "2", "Chợ nổi Cà Mau đông khách", "5", "Hàng nghìn người đến chợ nổi mới của Cà Mau trong ngày đầu.") + "]}";
    Path f = write("vims.jsonl", c0 + "\n" + c1 + "\n");
    Run byDefault = run("eval", "stories", f.toString());
    assertThat(byDefault.code()).isZero();
    assertThat(byDefault.out()).contains("entity ids of the analysis stages").contains("all clusters");
    Run textOnly = run("eval", "stories", "--text-only", f.toString());
    assertThat(textOnly.code()).isZero();
    assertThat(textOnly.out()).contains("no entity ids");
    Run both = run("eval", "stories", "--text-only", "--entities", f.toString());
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("exclude each other");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private void twoArticles() throws IOException {
    write("a1.txt", " date 2025-03 Ngày 3/3, Ủy ban nhân dân tỉnh Quảng Trị cho biết khoảng 1.200 hộ dân đã được"
        + " di dời khỏi vùng ngập.\nÔng Lê Văn Hòa, Chủ tịch tỉnh, nói: \"Chúng tôi ưu tiên người già và trẻ em.\"\n"
        + "Bình luận\n");
    write("a2.txt", " date 2025-03 Sáng 4/3, lũ trên sông Thạch Hãn bắt đầu rút sau khi khoảng 1.200 hộ dân được"
        + " di dời.\nÔng Hòa cho biết tỉnh sẽ hỗ trợ 5 tỷ đồng cho các gia đình bị thiệt hại.\n");
  }

  @Test
  void analyzePrintsATextStorylineAndWritesAllFiveFormats() throws IOException {
    twoArticles();
    Path out = dir.resolve("out");
    Run r = run("analyze", dir.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Quảng Trị");
    assertThat(out.resolve("storyline.json")).exists();
    assertThat(out.resolve("storyline.md")).exists();
    assertThat(out.resolve("storyline.txt")).exists();
    assertThat(Files.readString(out.resolve("storyline.html"))).startsWith("<!DOCTYPE html>").contains("Quảng Trị");
    assertThat(new ObjectMapper().readTree(out.resolve("timeline.json").toFile()).get("events")).isNotEmpty();
    JsonNode json = new ObjectMapper().readTree(out.resolve("storyline.json").toFile());
    assertThat(json.get("articles")).hasSize(2);
    assertThat(json.get("stories").size()).isGreaterThanOrEqualTo(1);
    JsonNode first = json.get("articles").get(0);
    assertThat(first.get("published").asText()).isEqualTo("2025-03");
    // the widget label is removed, and kept in the audit trail
    assertThat(first.get("text").asText()).doesNotContain("Bình luận");
    assertThat(first.get("removed").toString()).contains("Bình luận");
  }

  @Test
  void badInputsAreReportedByNameAndTheRestIsUsed() throws IOException {
    twoArticles();
    Files.write(dir.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0});
    write("empty.txt", "");
    Run r = run("analyze", dir.toString(), dir.resolve("missing.txt").toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(Runner.PARTIAL);
    assertThat(r.err()).contains("broken.txt").contains("empty.txt").contains("missing.txt");
    assertThat(new ObjectMapper().readTree(r.out()).get("articles")).hasSize(2);
  }

  @Test
  void nothingUsableIsAnErrorExit() throws IOException {
    write("empty.txt", "   \n");
    Run r = run("analyze", dir.resolve("empty.txt").toString());
    assertThat(r.code()).isEqualTo(Runner.NOTHING_READ);
    assertThat(r.err()).contains("empty.txt");
  }

  @Test
  void summaryBudgetIsAUserSetting() throws IOException {
    twoArticles();
    Run small = run("analyze", dir.toString(), "--format", "json", "--summary-syllables", "10");
    Run large = run("analyze", dir.toString(), "--format", "json", "--summary-syllables", "500");
    JsonNode s = new ObjectMapper().readTree(small.out()).get("stories").get(0).get("summary");
    JsonNode l = new ObjectMapper().readTree(large.out()).get("stories").get(0).get("summary");
    assertThat(s.size()).isEqualTo(1);
    assertThat(l.size()).isGreaterThan(s.size());
  }

  @Test
  void markdownFormatHasHeadings() throws IOException {
    twoArticles();
    Run r = run("analyze", dir.toString(), "--format", "markdown");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("# ");
  }

  @Test
  void htmlFormatPrintsAStandaloneReport() throws IOException {
    twoArticles();
    Run r = run("analyze", dir.toString(), "--format", "html");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<h2>Nguồn</h2>").doesNotContain("<script");
  }

  @Test
  void timelinejsFormatPrintsTimelineJson() throws IOException {
    twoArticles();
    Run r = run("analyze", dir.toString(), "--format", "timelinejs");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.at("/title/text/headline").asText()).isNotBlank();
    assertThat(doc.get("events")).isNotEmpty();
    assertThat(doc.at("/events/0/start_date/year").asText()).isEqualTo("2025");
  }

  @Test
  void demoWritesTheReportsAndAStoreOfTheFourExampleStoriesAndStoresNothingTwice() throws IOException {
    Path out = dir.resolve("out"), data = dir.resolve("data");
    Run first = run("demo", "--quiet", "--out", out.toString(), "--data", data.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(out.resolve("storyline.html")).exists();
    Run stories = run("stories", "--data", data.toString(), "--format", "json");
    assertThat(stories.code()).as(stories.err()).isZero();
    JsonNode list = new ObjectMapper().readTree(stories.out());
    assertThat(list).hasSize(4);
    int articles = 0;
    for (JsonNode s : list) articles += s.get("articles").asInt();
    assertThat(articles).isEqualTo(27);

    Run again = run("demo", "--quiet", "--out", out.toString(), "--data", data.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(new ObjectMapper().readTree(run("stories", "--data", data.toString(), "--format", "json").out())).hasSize(4);
  }
}
