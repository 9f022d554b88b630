package dev.storyline.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer only names vocabulary words; a matcher word missing from the vocabulary could never match. */
class VocabularyTest {
  @Test
  void everyWordLiteralOfTheMatchersIsInTheVocabulary() throws IOException {
    Path dir = Path.of("src/main/java/dev/storyline/analysis/time");
    assumeTrue(Files.isDirectory(dir), "run from the module directory");
    List<String> missing = new ArrayList<>();
    for (String file : List.of("TimeMatcher.java", "TemporalAnalyzer.java")) {
      String src = Files.readString(dir.resolve(file)).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
      int i = 0;
      while ((i = src.indexOf('"', i)) >= 0) {
        int j = src.indexOf('"', i + 1);
        String lit = src.substring(i + 1, j);
        i = j + 1;
        if (lit.isEmpty() || !lit.equals(lit.toLowerCase()) || !lit.chars().allMatch(Character::isLetter)) continue;
        if (lit.equals("given") || lit.equals("none")) continue; // evidence strings, not words
        if (!Tokens.VOCABULARY.contains(lit)) missing.add(lit);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void wordsOutsideTheVocabularyAreBlankAndCaseIsFolded() {
    Tokens t = new Tokens("NGÀY Hôm Xe 12,5");
    assertThat(t.low[0]).isEqualTo("ngày");
    assertThat(t.low[1]).isEqualTo("hôm");
    assertThat(t.cap[1]).isTrue();
    assertThat(t.low[2]).isEmpty();
    assertThat(t.val[3]).isEqualTo(12);
    assertThat(t.val[5]).isEqualTo(5);
  }
}
