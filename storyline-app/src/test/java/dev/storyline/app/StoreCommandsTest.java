package dev.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.store.LuceneStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, stories and story as a user runs them. */
class StoreCommandsTest {
  @TempDir Path dir;

  private Path data() { return dir.resolve("data"); }

  private void twoArticles() throws IOException {
    Files.writeString(dir.resolve("a1.txt"), " date 2025-03-03 Ngày 3/3, Ủy ban nhân dân tỉnh Quảng Trị cho biết khoảng"
        + " 1.200 hộ dân huyện Hải Lăng đã được di dời khỏi vùng ngập do lũ.\nÔng Lê Văn Hòa, Chủ tịch tỉnh, nói:"
        + " \"Chúng tôi ưu tiên người già và trẻ em.\"\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a2.txt"), " date 2025-03-04 Sáng 4/3, lũ ở tỉnh Quảng Trị bắt đầu rút sau khi khoảng"
        + " 1.200 hộ dân huyện Hải Lăng được di dời.\nÔng Lê Văn Hòa cho biết tỉnh sẽ hỗ trợ 5 tỷ đồng cho các gia đình"
        + " bị thiệt hại vì lũ.\n", StandardCharsets.UTF_8);
  }

  @Test
  void ingestStoresReportsProgressAndIsIdempotent() throws IOException {
    twoArticles();
    CliTest.Run r = CliTest.run("ingest", dir.resolve("a1.txt").toString(), dir.resolve("a2.txt").toString(),
        "--data", data().toString(), "--batch", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("ingest: 1/2 articles (50%)").contains("ingest: 2/2 articles (100%)").contains("ETA");
    assertThat(r.out()).contains("stored 2 new article(s), 0 duplicate(s)");
    CliTest.Run again = CliTest.run("ingest", dir.resolve("a1.txt").toString(), dir.resolve("a2.txt").toString(),
        "--data", data().toString(), "--quiet");
    assertThat(again.code()).isZero();
    assertThat(again.err()).doesNotContain("ingest:");
    assertThat(again.out()).isEmpty();
    try (LuceneStore s = LuceneStore.open(data())) {
      assertThat(s.stats().articles()).isEqualTo(2);
    }
  }

  @Test
  void splitAndMergeCorrectAStoryAndRefuseBadEditsWithAReason() throws IOException {
    twoArticles();
    assertThat(CliTest.run("ingest", dir.toString(), "--data", data().toString(), "--quiet").code()).isZero();
    String story;
    try (LuceneStore s = LuceneStore.open(data())) {
      story = s.storyOf("a1").orElseThrow();
      assertThat(s.storyOf("a2")).contains(story);
    }
    CliTest.Run split = CliTest.run("split", story, "a2", "--data", data().toString());
    assertThat(split.code()).as(split.err()).isZero();
    String created = split.out().strip().substring(split.out().strip().lastIndexOf(' ') + 1);
    assertThat(split.out()).startsWith("split 1 article(s) of " + story + " into story-");
    try (LuceneStore s = LuceneStore.open(data())) {
      assertThat(s.storyOf("a2")).contains(created);
      assertThat(s.stats().stories()).isEqualTo(2);
    }
    CliTest.Run refused = CliTest.run("split", story, "a1", "--data", data().toString());
    assertThat(refused.code()).isEqualTo(Runner.NOTHING_READ);
    assertThat(refused.err()).contains("some but not all").contains("nothing was changed");
    CliTest.Run merge = CliTest.run("merge", story, created, "--data", data().toString());
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("merged " + created + " into " + story + " (2 articles)");
    CliTest.Run noStore = CliTest.run("merge", story, created, "--data", dir.resolve("nowhere").toString());
    assertThat(noStore.code()).isEqualTo(StoreOptions.STORE_UNUSABLE);
    assertThat(noStore.err()).contains("no store in");
  }

  @Test
  void ingestWarnsAboutBadInputsAndStoresTheRest() throws IOException {
    twoArticles();
    Files.writeString(dir.resolve("empty.txt"), "  \n", StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("ingest", dir.toString(), dir.resolve("missing.txt").toString(), "--data", data().toString());
    assertThat(r.code()).isEqualTo(Runner.PARTIAL);
    assertThat(r.err()).contains("warning:").contains("empty.txt").contains("missing.txt");
    assertThat(r.out()).contains("stored 2 new article(s)");
  }

  @Test
  void ingestOfNothingUsableIsAnErrorAndALockedStoreIsNamed() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "  \n", StandardCharsets.UTF_8);
    assertThat(CliTest.run("ingest", dir.resolve("empty.txt").toString(), "--data", data().toString()).code())
        .isEqualTo(Runner.NOTHING_READ);
    twoArticles();
    try (LuceneStore held = LuceneStore.open(data())) {
      CliTest.Run r = CliTest.run("ingest", dir.resolve("a1.txt").toString(), "--data", data().toString());
      assertThat(r.code()).isEqualTo(StoreOptions.STORE_UNUSABLE);
      assertThat(r.err()).contains(data().toString()).contains("in use");
    }
  }

  @Test
  void storiesListsInEveryFormat() throws IOException {
    twoArticles();
    CliTest.run("ingest", dir.toString(), "--data", data().toString(), "--quiet");
    CliTest.Run text = CliTest.run("stories", "--data", data().toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("story-1").contains("2025-03-03..2025-03-04").contains("2 articles").contains("1 of 1 stories");
    CliTest.Run json = CliTest.run("stories", "--data", data().toString(), "--format", "json");
    JsonNode list = new ObjectMapper().readTree(json.out());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asText()).isEqualTo("story-1");
    assertThat(list.get(0).get("articles").asInt()).isEqualTo(2);
    CliTest.Run md = CliTest.run("stories", "--data", data().toString(), "--format", "markdown");
    assertThat(md.out()).contains("# Stories (1)").contains("| story-1 |");
  }

  @Test
  void storiesOnAMissingStoreIsAnError() {
    CliTest.Run r = CliTest.run("stories", "--data", data().toString());
    assertThat(r.code()).isEqualTo(StoreOptions.STORE_UNUSABLE);
    assertThat(r.err()).contains("no store in").contains(data().toString());
    assertThat(data().resolve("index")).doesNotExist();
  }

  @Test
  void storyRendersOneStoredStoryWithItsArticles() throws IOException {
    twoArticles();
    CliTest.run("ingest", dir.toString(), "--data", data().toString(), "--quiet");
    CliTest.Run json = CliTest.run("story", "story-1", "--data", data().toString(), "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode s = new ObjectMapper().readTree(json.out());
    assertThat(s.get("articles")).hasSize(2);
    assertThat(s.get("stories")).hasSize(1);
    assertThat(s.get("stories").get(0).get("id").asText()).isEqualTo("story-1");
    assertThat(s.get("entities").toString()).contains("Quảng Trị");
    CliTest.Run text = CliTest.run("story", "story-1", "--data", data().toString());
    assertThat(text.out()).contains("Quảng Trị");
    CliTest.Run md = CliTest.run("story", "story-1", "--data", data().toString(), "-f", "markdown", "--out", dir.resolve("out").toString());
    assertThat(md.out()).contains("# ");
    assertThat(dir.resolve("out/story-1.json")).exists();
    assertThat(dir.resolve("out/story-1.md")).exists();
    CliTest.Run missing = CliTest.run("story", "story-9", "--data", data().toString());
    assertThat(missing.code()).isEqualTo(Runner.NOTHING_READ);
    assertThat(missing.err()).contains("no story story-9");
  }

  @Test
  void searchFindsWordsWithoutDiacriticsAsAdjacentWordsAndMarksThem() throws IOException {
    twoArticles();
    assertThat(CliTest.run("ingest", dir.toString(), "--data", data().toString(), "--quiet").code()).isZero();

    CliTest.Run r = CliTest.run("search", "hai", "lang", "--data", data().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("2 articles").contains("«Hải Lăng»");

    // "hộ dân" are adjacent in both; "dân ... hộ" adjacent in none.
    assertThat(CliTest.run("search", "dan", "ho", "--data", data().toString()).out()).startsWith("0 articles");
    CliTest.Run json = CliTest.run("search", "ho dan", "--from", "2025-03-04", "--data", data().toString(), "--format", "json",
        "--facets");
    JsonNode result = new ObjectMapper().readTree(json.out());
    assertThat(result.get("total").asInt()).isEqualTo(1);
    assertThat(result.get("hits").get(0).get("article").get("id").asText()).isEqualTo("a2");
    assertThat(result.get("facets").get("source")).isNotNull();
    JsonNode plain = new ObjectMapper().readTree(CliTest.run("search", "ho dan", "--data", data().toString(), "--format", "json").out());
    assertThat(plain.get("facets")).isEmpty(); // not asked for: not counted
    assertThat(plain.get("total").asInt()).isEqualTo(2);
  }

  @Test
  void searchRejectsABadRangeAndAMissingStore() throws IOException {
    CliTest.Run bad = CliTest.run("search", "x", "--from", "2025-03-05", "--to", "2025-03-01", "--data", data().toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("--from is after --to");
    CliTest.Run none = CliTest.run("search", "x", "--data", data().toString());
    assertThat(none.code()).isEqualTo(StoreOptions.STORE_UNUSABLE);
    assertThat(none.err()).contains("no store in");
  }

  @Test
  void readingCommandsWorkWhileAnotherWriterHoldsTheStoreAndSeeItsCommits() throws IOException {
    twoArticles();
    try (LuceneStore writer = LuceneStore.open(data())) {
      writer.add(new dev.storyline.ingest.ArticleReader().read(java.util.List.of(dir.resolve("a1.txt").toString())).articles());
      CliTest.Run first = CliTest.run("search", "--data", data().toString());
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).startsWith("1 article");
      writer.add(new dev.storyline.ingest.ArticleReader().read(java.util.List.of(dir.resolve("a2.txt").toString())).articles());
      assertThat(CliTest.run("search", "--data", data().toString()).out()).startsWith("2 articles");
      assertThat(CliTest.run("stories", "--data", data().toString()).code()).isZero();
    }
  }
}
