package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench group` and `bench stream` on a few generated articles and on a small file: they run and report what they built. */
class ScaleBenchCommandsTest {
  @TempDir Path dir;

  private static int number(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Integer.parseInt(m.group(1).replace(",", ""));
  }

  @Test
  void aColdBenchAnalysesEveryCopyOfTheCorpusOnce() {
    CliTest.Run r = CliTest.run("bench", "--generate", "40", "--copies", "3", "--cold", "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("generated 40 articles (seed 42) x3", "warm-up 0 articles", "cold: one run")
        .contains("articles 120 ");
    assertThat(CliTest.run("bench", "--generate", "5", "--copies", "0").code()).isNotZero();
  }

  @Test
  void copiesRenameEveryIdButTheFirstCopy() {
    var one = new dev.storyline.model.RawArticle("a1", "s", "t", "x", null, "", "");
    var all = BenchCommand.copies(java.util.List.of(one), 3);
    assertThat(all).extracting(dev.storyline.model.RawArticle::id).containsExactly("a1", "a1#c1", "a1#c2");
    assertThat(all).extracting(dev.storyline.model.RawArticle::text).containsOnly("x");
  }

  @Test
  void streamBuildsStoriesForEveryGeneratedArticle() {
    CliTest.Run r = CliTest.run("bench", "stream", "--articles", "240", "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("generated 240 articles").contains("END TO END");
    assertThat(number(r.out(), "analysed ([\\d,]+)")).isEqualTo(240);
    int stories = number(r.out(), "stories ([\\d,]+)");
    assertThat(stories).isBetween(240 / 8 / 2, 240);
    assertThat(number(r.out(), "([\\d,]+) summary sentences")).isGreaterThanOrEqualTo(stories);
  }

  @Test
  void groupAndStreamReadAFileAndReportItsProblems() throws Exception {
    Path f = dir.resolve("few.jsonl");
    Files.writeString(f, """
        {"id": "a1", "title": "Mưa lớn ở Huế", "text": "Ngày 3/10, mưa lớn làm ngập nhiều tuyến phố ở Huế. Hàng trăm hộ dân phải di dời."}
        {"id": "a2", "title": "Huế ngập sâu", "text": "Nước sông Hương dâng cao ngày 4/10, nhiều tuyến phố ở Huế ngập sâu và hàng trăm hộ dân di dời."}
        not json
        """, StandardCharsets.UTF_8);
    CliTest.Run group = CliTest.run("bench", "group", f.toString());
    assertThat(group.code()).as(group.err()).isZero();
    assertThat(group.out()).contains("first 2 articles").contains("documents 2");
    assertThat(group.err()).contains("1 problems reading");
    CliTest.Run stream = CliTest.run("bench", "stream", f.toString());
    assertThat(stream.code()).as(stream.err()).isZero();
    assertThat(number(stream.out(), "analysed ([\\d,]+)")).isEqualTo(2);
    CliTest.Run none = CliTest.run("bench", "stream", dir.resolve("missing.jsonl").toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("missing.jsonl");
  }

  @Test
  void ingestSwitchesToTheRetrievalWindowWhenTheDateWindowOutgrowsItsLimit() {
    // 100 articles a day, batches of 100: batch 1 sees 100 stored articles of its weeks (date window), batch 2 sees
    // 200, above the limit of 150, and retrieves its window instead
    CliTest.Run r = CliTest.run("bench", "ingest", "--articles", "300", "--per-day", "100", "--batch", "100",
        "--max-date-window", "150");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("batch +0: +100 new, window +0 stored articles \\(date\\)")
        .containsPattern("batch +1: +\\d+ new, window +\\d+ stored articles \\(date\\)")
        .containsPattern("batch +2: +\\d+ new, window +\\d+ stored articles \\(retrieved\\)");
    assertThat(number(r.out(), "total: ([\\d,]+) articles stored")).isBetween(290, 300);
    assertThat(number(r.out(), "batch +2: +[\\d,]+ new, window +([\\d,]+)")).isPositive();
    assertThat(r.out()).containsPattern("stored stories vs the generator's: B-cubed P 0\\.\\d+ R 0\\.\\d+ F1 0\\.\\d+ \\(3\\d generated stories\\)");
  }
}
