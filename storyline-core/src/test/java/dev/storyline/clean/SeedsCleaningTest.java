package dev.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.ArticleReader;
import dev.storyline.ingest.ReadResult;
import dev.storyline.model.Article;
import dev.storyline.model.PartialDate;
import dev.storyline.model.RawArticle;
import dev.storyline.model.Removal;
import dev.storyline.model.RemovalReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real seed articles (when ../shared/seeds exists) and checks the cleaner against the quirks they
 * are known to contain. Seeds are located by file-name prefix or header date; text is matched by short
 * fragments only.
 */
class SeedsCleaningTest {
  private static Map<String, Article> byFile; // file-name prefix "000".."004" → cleaned article
  private static Map<String, RawArticle> rawByFile;

  @BeforeAll
  static void readSeeds() throws IOException {
    Path seeds = findSeeds();
    Assumptions.assumeTrue(seeds != null, "no shared/seeds directory");
    ReadResult r = new ArticleReader().read(List.of(seeds.toString()));
    assertThat(r.problems()).isEmpty();
    byFile = new LinkedHashMap<>();
    rawByFile = new LinkedHashMap<>();
    Cleaner cleaner = new Cleaner();
    for (RawArticle raw : r.articles()) {
      String prefix = raw.id().substring(0, 3);
      rawByFile.put(prefix, raw);
      byFile.put(prefix, cleaner.clean(raw));
    }
    try (var files = Files.list(seeds)) {
      assertThat(byFile).hasSize((int) files.filter(p -> p.toString().endsWith(".txt")).count());
    }
  }

  private static Path findSeeds() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path s = d.resolve("shared").resolve("seeds");
      if (Files.isDirectory(s)) return s;
    }
    return null;
  }

  private static Article seedDated(int year, int month) {
    return byFile.values().stream().filter(a -> Objects.equals(a.published(), PartialDate.ofMonth(year, month)))
        .findFirst().orElseThrow();
  }

  private static List<Removal> removed(Article a, RemovalReason reason) {
    return a.removed().stream().filter(r -> r.reason() == reason).toList();
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
    return n;
  }

  @Test
  void repeatedLeadOfMarch2024SeedIsKeptOnce() {
    Article a = seedDated(2024, 3);
    List<Removal> dups = removed(a, RemovalReason.DUPLICATE_PARAGRAPH);
    assertThat(dups).singleElement().satisfies(d -> {
      assertThat(d.text()).startsWith("Trong cuộc trả lời");
      assertThat(occurrences(a.text(), d.text())).isEqualTo(1);
      assertThat(a.text()).startsWith(d.text());
    });
  }

  @Test
  void captionAndTeaserOfMarch2024SeedAreRemoved() {
    Article a = seedDated(2024, 3);
    assertThat(removed(a, RemovalReason.CAPTION)).singleElement()
        .satisfies(r -> assertThat(r.text()).endsWith("(Ảnh: AFP/TTXVN)"));
    assertThat(a.text()).doesNotContain("AFP/TTXVN").doesNotContain("./.").endsWith("quan trọng khác.");
    assertThat(removed(a, RemovalReason.TEASER)).singleElement()
        .satisfies(r -> assertThat(r.text()).startsWith("Iraq nối lại đàm phán"));
    assertThat(a.text()).doesNotContain("Iraq nối lại đàm phán");
  }

  @Test
  void loneReutersLineOfFebruary2024SeedAndItsCaption() {
    Article a = seedDated(2024, 2);
    Removal source = removed(a, RemovalReason.SOURCE_LINE).stream().findFirst().orElseThrow();
    assertThat(source.text()).isEqualTo("Reuters");
    List<Removal> captions = removed(a, RemovalReason.CAPTION);
    assertThat(captions).singleElement().satisfies(c -> {
      assertThat(c.at()).isLessThan(source.at());
      assertThat(c.text()).contains("Kataib Hezbollah");
      // Nothing but whitespace between the caption and the source line.
      String raw = rawByFile.values().stream().filter(r -> r.id().equals(a.id())).findFirst().orElseThrow().text();
      assertThat(raw.substring(c.at() + c.text().length(), source.at())).isBlank();
    });
    assertThat(a.text()).contains("theo Reuters.");
  }

  @Test
  void widgetAndTeaserOfSeed003() {
    Article a = byFile.get("003");
    Removal last = a.removed().get(a.removed().size() - 1);
    assertThat(last.reason()).isEqualTo(RemovalReason.WIDGET);
    assertThat(last.text()).isEqualTo("Bình luận");
    assertThat(removed(a, RemovalReason.TEASER)).singleElement()
        .satisfies(r -> assertThat(r.text()).startsWith("Điểm xung đột:"));
    assertThat(a.text()).doesNotContain("Điểm xung đột").doesNotEndWith("Bình luận");
  }

  @Test
  void apCaptionOfNovember2021SeedIsRemoved() {
    Article a = seedDated(2021, 11);
    assertThat(removed(a, RemovalReason.CAPTION)).singleElement()
        .satisfies(r -> assertThat(r.text()).endsWith("Ảnh: AP"));
    assertThat(a.text()).doesNotContain("Ảnh: AP");
    assertThat(a.text()).contains("hoà bình"); // old tone placement kept verbatim in the text
  }

  @Test
  void noOrdinaryBodyParagraphIsRemoved() {
    // Kept paragraph counts after reading the seeds by hand: every line that ends like a sentence stays,
    // except the repeated lead and the teaser glued after "./." in 000.
    Map<String, Integer> expected = Map.of("000", 11, "001", 9, "002", 10, "003", 11, "004", 9);
    for (var e : byFile.entrySet()) {
      assertThat(e.getValue().paragraphs()).as(e.getKey()).hasSize(expected.get(e.getKey()));
    }
    for (Article a : byFile.values()) {
      assertThat(a.title()).as(a.id()).isEmpty();
      for (Removal r : a.removed()) {
        boolean sentenceLike = Cleaner.endsTerminal(r.text()) && Cleaner.words(r.text()) > 12;
        if (sentenceLike) {
          assertThat(r.reason()).as(a.id() + ": " + r.text())
              .isIn(RemovalReason.DUPLICATE_PARAGRAPH, RemovalReason.CAPTION, RemovalReason.TEASER);
        }
      }
    }
  }

  @Test
  void everyRemovalPointsAtItsRawText() {
    for (var e : byFile.entrySet()) {
      String raw = rawByFile.get(e.getKey()).text();
      for (Removal r : e.getValue().removed()) {
        assertThat(raw.startsWith(r.text(), r.at())).as(e.getKey() + " " + r).isTrue();
      }
    }
  }
}
