package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpEvalTest {
  @TempDir Path dir;

  private Path corpora() throws IOException {
    Path shared = dir.resolve("shared");
    Files.createDirectories(shared.resolve("unc"));
    Files.createDirectories(shared.resolve("vims"));
    // decomposed "ộ" (o + combining dot + circumflex) must come out NFC
    Files.writeString(shared.resolve("unc/unc.jsonl"),
        "{\"doc_id\":\"a1\",\"date\":\"2021-05-02\",\"sentences\":[\"Bo\\u0323\\u0302 Y tế họp.\",\"Hà Nội mưa.\"]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(shared.resolve("vims/vims.jsonl"),
        "{\"cluster_id\":\"Cluster_007\",\"documents\":[{\"id\":\"3\",\"date\":\"2016-05-20\",\"text\":\"Dòng một.\\r\\nDòng hai.\"}]}\n",
        StandardCharsets.UTF_8);
    return shared;
  }

  @Test
  void buildsArticleTextsLikeTheGoldTool() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> t = NlpEval.loadTexts(corpora(), problems);
    assertThat(problems).isEmpty();
    assertThat(t.get("unc:a1")).isEqualTo("Bộ Y tế họp.\nHà Nội mưa.");
    assertThat(t.get("vims:Cluster_007/3")).isEqualTo("Dòng một.\nDòng hai.");
  }

  @Test
  void checksumIsFirstEightHexOfSha1OfNfc() {
    // sha1("abc") = a9993e36...
    assertThat(NlpEval.check("abc")).isEqualTo("a9993e36");
    assertThat(NlpEval.check("Bo\u0323\u0302")).isEqualTo(NlpEval.check("Bộ"));
  }

  @Test
  void reportsChecksumMismatchMissingDocAndAnnotatorFailureWithoutThrowing() throws IOException {
    Path shared = corpora();
    Path gold = dir.resolve("gold");
    Files.createDirectories(gold);
    Files.writeString(gold.resolve("entities.tsv"), "corpus\tdoc_id\tstart\tend\ttype\tsplit\tcheck\n"
        + "unc\ta1\t0\t7\tORGANIZATION\tdev\t" + NlpEval.check("Bộ Y tế") + "\n"
        + "unc\ta1\t13\t19\tLOCATION\tdev\tdeadbeef\n"
        + "unc\tnope\t0\t3\tPERSON\ttest\t00000000\n", StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("quotes.tsv"),
        "corpus\tdoc_id\tstart\tend\tspeaker_start\tspeaker_end\tdirect\tsplit\tcheck\n", StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("quantities.tsv"),
        "corpus\tdoc_id\tstart\tend\tvalue\tunit\tqualifier\tsplit\tcheck\n", StandardCharsets.UTF_8);
    NlpEval.Result r = NlpEval.run("entities", gold, shared);
    assertThat(r.problems()).anyMatch(p -> p.contains("checksum mismatch") && p.contains("13..19"));
    assertThat(r.problems()).anyMatch(p -> p.contains("missing document unc:nope"));
    // the first row's check is of "Bộ Y" (0..5 is "Bộ Y ") only if offsets are right; it must not be flagged
    assertThat(r.problems()).noneMatch(p -> p.contains(" 0..7 "));
    assertThat(r.documents()).isEqualTo(1);
    StringBuilder out = new StringBuilder();
    NlpEval.print(r, out);
    assertThat(out).contains("NLP eval: entities").contains("[dev]").contains("[test]").contains("[all]").contains("Problems");
  }

  @Test
  void unknownTaskIsRejected() {
    assertThatThrownBy(() -> NlpEval.run("timex", dir, dir)).isInstanceOf(IllegalArgumentException.class);
  }
}
