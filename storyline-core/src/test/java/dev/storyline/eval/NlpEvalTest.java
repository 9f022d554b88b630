package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.eval.NlpScoring.Accuracy;
import dev.storyline.eval.NlpScoring.Prf;
import dev.storyline.model.Article;
import dev.storyline.model.EntityMention;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quantity;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import dev.storyline.model.Span;
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

  static final String A1 = "Bộ Y tế họp.\nHà Nội mưa.";
  static final String A2 = "Ông Lê Văn Tám nói: \"Có 300 người đến.\" Khoảng 20 xe đỗ lại.";

  private static String row(String doc, String text, String sub, String... middle) {
    int s = text.indexOf(sub), e = s + sub.length();
    return "unc\t" + doc + "\t" + s + "\t" + e + "\t" + String.join("\t", middle) + "\t" + NlpEval.check(sub) + "\n";
  }

  private static Span at(String text, String sub) {
    int s = text.indexOf(sub);
    return new Span(s, s + sub.length());
  }

  /** a1 is dev, a2 is test; predictions are fixed so that every figure can be worked out by hand. */
  private NlpEval.Result runFake(String task) throws IOException {
    return runFake(task, false);
  }

  static final String A3 = "Hải Phòng có 40 tàu.";

  private NlpEval.Result runFake(String task, boolean withA3) throws IOException {
    return runFake(task, withA3, null);
  }

  private NlpEval.Result runFake(String task, boolean withA3, String entitiesOnly) throws IOException {
    return runFake(task, withA3, entitiesOnly, null);
  }

  private NlpEval.Result runFake(String task, boolean withA3, String entitiesOnly, String quotesOnly) throws IOException {
    Path shared = dir.resolve("shared2");
    Files.createDirectories(shared.resolve("unc"));
    Files.createDirectories(shared.resolve("vims"));
    Files.writeString(shared.resolve("unc/unc.jsonl"),
        "{\"doc_id\":\"a1\",\"date\":\"2021-05-02\",\"sentences\":[\"Bộ Y tế họp.\",\"Hà Nội mưa.\"]}\n"
            + "{\"doc_id\":\"a2\",\"date\":\"2021-05-03\",\"sentences\":[\"Ông Lê Văn Tám nói: \\\"Có 300 người đến.\\\" Khoảng 20 xe đỗ lại.\"]}\n"
            + "{\"doc_id\":\"a3\",\"date\":\"2021-05-04\",\"sentences\":[\"" + A3 + "\"]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(shared.resolve("vims/vims.jsonl"), "", StandardCharsets.UTF_8);
    Path gold = dir.resolve("gold2");
    Files.createDirectories(gold);
    Files.writeString(gold.resolve("entities.tsv"), "corpus\tdoc_id\tstart\tend\ttype\tsplit\tcheck\n"
        + row("a1", A1, "Bộ Y tế", "ORGANIZATION", "dev") + row("a1", A1, "Hà Nội", "LOCATION", "dev")
        + row("a2", A2, "Lê Văn Tám", "PERSON", "test"), StandardCharsets.UTF_8);
    String sp = at(A2, "Lê Văn Tám").start() + "\t" + at(A2, "Lê Văn Tám").end();
    Files.writeString(gold.resolve("quotes.tsv"), "corpus\tdoc_id\tstart\tend\tspeaker_start\tspeaker_end\tdirect\tsplit\tcheck\n"
        + row("a2", A2, "Có 300 người đến.", sp, "true", "test"), StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("quantities.tsv"), "corpus\tdoc_id\tstart\tend\tvalue\tunit\tqualifier\tsplit\tcheck\n"
        + row("a2", A2, "300 người", "300", "người", "", "test") + row("a2", A2, "Khoảng 20 xe", "20", "xe", "about", "test")
        + (withA3 ? row("a3", A3, "40 tàu", "40", "tàu", "", "dev") : ""),
        StandardCharsets.UTF_8);
    if (entitiesOnly != null) Files.writeString(gold.resolve("entities-only.tsv"), entitiesOnly, StandardCharsets.UTF_8);
    if (quotesOnly != null) Files.writeString(gold.resolve("quotes-only.tsv"), quotesOnly, StandardCharsets.UTF_8);
    NlpEval.Annotators fake = new NlpEval.Annotators() {
      public List<Sentence> sentences(String text) { return List.of(new Sentence(0, text.length())); }

      public List<EntityMention> entities(String text, List<Sentence> s) {
        if (text.equals(A1)) {
          return List.of(mention(A1, "Bộ Y tế", EntityType.ORGANIZATION), mention(A1, "Hà", EntityType.LOCATION));
        }
        if (text.equals(A3)) return List.of(mention(A3, "Hải Phòng", EntityType.LOCATION));
        return List.of(mention(A2, "Văn Tám", EntityType.PERSON), mention(A2, "xe", EntityType.MISC));
      }

      public List<Quote> quotes(String text, List<Sentence> s, List<EntityMention> e) {
        if (!text.equals(A2)) return List.of();
        Span c = at(A2, "Có 300 người");
        return List.of(new Quote(c.start(), c.end(), "Có 300 người", "ông Lê Văn Tám", null, "nói", true));
      }

      public List<Quantity> quantities(Article a, List<Sentence> s) {
        assertThat(a.published()).isNotNull();
        if (!a.text().equals(A2)) return List.of();
        Span q1 = at(A2, "300 người"), q2 = at(A2, "20 xe");
        return List.of(new Quantity(q1.start(), q1.end(), "300 người", 300, "người", null),
            new Quantity(q2.start(), q2.end(), "20 xe", 20, "xe", null));
      }
    };
    return NlpEval.run(task, gold, shared, fake);
  }

  private static EntityMention mention(String text, String sub, EntityType t) {
    Span s = at(text, sub);
    return new EntityMention(s.start(), s.end(), sub, t, null);
  }

  @Test
  void entityScoresPerSplitExactAndOverlap() throws IOException {
    NlpEval.Result r = runFake("entities");
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.splits().get("dev").prf().get("exact")).isEqualTo(new Prf(1, 1, 1));
    assertThat(r.splits().get("dev").prf().get("overlap")).isEqualTo(new Prf(2, 0, 0));
    assertThat(r.splits().get("test").prf().get("exact")).isEqualTo(new Prf(0, 2, 1));
    assertThat(r.splits().get("test").prf().get("overlap")).isEqualTo(new Prf(1, 1, 0));
    assertThat(r.splits().get("all").prf().get("exact")).isEqualTo(new Prf(1, 3, 2));
    assertThat(r.splits().get("all").prf().get("exact ORGANIZATION")).isEqualTo(new Prf(1, 0, 0));
    assertThat(r.splits().get("all").prf().get("exact MISC")).isEqualTo(new Prf(0, 1, 0));
  }

  @Test
  void entityTaskSkipsArticlesAnnotatedOnlyForQuotesAndQuantities() throws IOException {
    NlpEval.Result r = runFake("entities", true);
    assertThat(r.problems()).isEmpty();
    // a3 has a quantity row but no entity row: its predicted entities must not count as false positives
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.splits().get("all").prf().get("exact")).isEqualTo(new Prf(1, 3, 2));
    NlpEval.Result q = runFake("quantities", true);
    assertThat(q.documents()).isEqualTo(3);
    assertThat(q.splits().get("dev").prf().get("exact span")).isEqualTo(new Prf(0, 0, 1));
  }

  @Test
  void articlesListedAsEntitiesOnlyAreLeftOutOfQuotesAndQuantities() throws IOException {
    String only = "# annotated for entities only\ncorpus\tdoc_id\nunc\ta1\n";
    // a1 has entity rows only; listed, it no longer counts as a quote/quantity article with nothing in it.
    assertThat(runFake("quantities", false).documents()).isEqualTo(2);
    NlpEval.Result q = runFake("quantities", false, only);
    assertThat(q.problems()).isEmpty();
    assertThat(q.documents()).isEqualTo(1);
    assertThat(runFake("entities", false, only).documents()).isEqualTo(2);
  }

  @Test
  void articlesListedAsQuotesOnlyCountForQuotesEvenWithoutRowsAndAreLeftOutOfQuantities() throws IOException {
    // a3 has no row anywhere; listed as quotes-only it is a quote article with no quote; a2 (quote and quantity
    // rows) listed too: its quantities were never annotated, so the quantity task skips it.
    String only = "corpus\tdoc_id\tsplit\nunc\ta3\tdev\nunc\ta2\ttest\n";
    assertThat(runFake("quotes", false).documents()).isEqualTo(2);
    NlpEval.Result q = runFake("quotes", false, null, only);
    assertThat(q.problems()).isEmpty();
    assertThat(q.documents()).isEqualTo(3);
    assertThat(q.splits().get("all").accuracy().get("speaker (on matched)")).isEqualTo(new Accuracy(1, 1));
    NlpEval.Result n = runFake("quantities", false, null, only);
    assertThat(n.problems()).isEmpty();
    assertThat(n.documents()).isEqualTo(1);
    assertThat(n.splits().get("all").prf().get("exact span")).isEqualTo(new Prf(0, 0, 0));
    assertThat(runFake("entities", false, null, only).documents()).isEqualTo(2);
  }

  @Test
  void quantityScoresExactSpanAndValueOnMatched() throws IOException {
    NlpEval.Result r = runFake("quantities");
    assertThat(r.problems()).isEmpty();
    assertThat(r.splits().get("test").prf().get("exact span")).isEqualTo(new Prf(1, 1, 1));
    assertThat(r.splits().get("test").accuracy().get("value correct (on matched)")).isEqualTo(new Accuracy(1, 1));
    assertThat(r.splits().get("dev").prf().get("exact span")).isEqualTo(new Prf(0, 0, 0));
  }

  @Test
  void quoteScoresHalfOverlapAndSpeaker() throws IOException {
    NlpEval.Result r = runFake("quotes");
    assertThat(r.problems()).isEmpty();
    assertThat(r.splits().get("all").prf().get("content (>=50% of gold)")).isEqualTo(new Prf(1, 0, 0));
    assertThat(r.splits().get("all").accuracy().get("speaker (on matched)")).isEqualTo(new Accuracy(1, 1));
  }

  @Test
  void unknownTaskIsRejected() {
    assertThatThrownBy(() -> NlpEval.run("timex", dir, dir)).isInstanceOf(IllegalArgumentException.class);
  }
}
