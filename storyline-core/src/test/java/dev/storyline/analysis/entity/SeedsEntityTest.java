package dev.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.model.AnalyzedArticle;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs recognizer and linker over the shared seed articles when they are present on this machine. */
class SeedsEntityTest {
  private static LinkResult linked;

  static Path seedsDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path shared = p.resolveSibling("shared");
      if (Files.isDirectory(shared.resolve("seeds"))) return shared.resolve("seeds");
    }
    return null;
  }

  @BeforeAll
  static void linkSeeds() throws IOException {
    Path dir = seedsDir();
    assumeTrue(dir != null, "no shared seeds here");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    EntityRecognizer recognizer = new EntityRecognizer();
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (Path f : files) {
      String text = Normalizer.normalize(Files.readString(f), Normalizer.Form.NFC).replace("\r\n", "\n");
      text = stripDateHeader(text);
      List<EntityMention> ms = recognizer.find(text, EntityRecognizerTest.sentences(text));
      articles.add(EntityLinkerTest.analyzed(f.getFileName().toString(), text, ms, List.of()));
    }
    linked = new EntityLinker().link(articles);
  }

  /** " date 2024-03 " at the very start is metadata, not text. */
  static String stripDateHeader(String text) {
    String t = text.stripLeading();
    if (t.startsWith("date ") && t.length() >= 12 && Character.isDigit(t.charAt(5)) && t.charAt(9) == '-') {
      return t.substring(12).stripLeading();
    }
    return text;
  }

  private static List<EntityMention> mentions(String surface) {
    return linked.articles().stream().flatMap(a -> a.entities().stream())
        .filter(m -> m.text().equals(surface)).toList();
  }

  private static void assertType(String surface, EntityType type) {
    List<EntityMention> ms = mentions(surface);
    assertThat(ms).as(surface).isNotEmpty();
    assertThat(ms).as(surface).allSatisfy(m -> assertThat(m.type()).isEqualTo(type));
  }

  @Test
  void people() {
    for (String p : List.of("Alina Romanowski", "Mohammed Shia al-Sudani", "John Kirby", "Lloyd Austin",
        "Anthony Blinken", "Fuad Hussein", "Yahya Rasool", "Mathew Miller")) {
      assertType(p, EntityType.PERSON);
    }
  }

  @Test
  void places() {
    for (String p : List.of("Baghdad", "Iraq", "Anbar", "Ain al-Assad", "Washington")) assertType(p, EntityType.LOCATION);
  }

  @Test
  void organisations() {
    for (String o : List.of("IS", "IRCC", "Lầu Năm Góc", "Kataib Hezbollah", "Bộ Quốc phòng Mỹ")) {
      assertType(o, EntityType.ORGANIZATION);
    }
  }

  @Test
  void spellingVariantsOfTheIraqiPrimeMinisterAreOneEntity() {
    String a = mentions("Mohammed Shia al-Sudani").get(0).entity();
    assertThat(mentions("Mohamed Shia al-Sudani")).isNotEmpty().allSatisfy(m -> assertThat(m.entity()).isEqualTo(a));
  }

  @Test
  void surnameAfterTitleLinksToTheFullName() {
    String full = mentions("Alina Romanowski").get(0).entity();
    List<EntityMention> titled = new ArrayList<>();
    for (AnalyzedArticle a : linked.articles()) {
      for (EntityMention m : a.entities()) {
        if (m.text().equals("Romanowski") && m.start() >= 3
            && a.text().substring(m.start() - 3, m.start()).equalsIgnoreCase("bà ")) {
          titled.add(m);
        }
      }
    }
    assertThat(titled).isNotEmpty().allSatisfy(m -> assertThat(m.entity()).isEqualTo(full));
  }
}
