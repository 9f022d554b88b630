package dev.storyline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyline.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkEvalTest {
  // Two invented articles of one story.
  static final String A = "Ông Lò Văn Khải và bà Lò Thị Mây đến Hà Lam. Ông Khải nói thêm.";
  static final String B = "Tại Hà Lam, Khải cho biết đoàn của Tổ chức Sen Vàng đã tới. Ông Vàng A Khải ở lại.";

  /** Mentions by "doc:start:end" with the system's entity id and type. */
  static LinkEval.Spans spans(Map<String, LinkEval.SysMention> m) {
    Map<String, String> docs = Map.of("c/1", A, "c/2", B);
    return new LinkEval.Spans() {
      public LinkEval.SysMention at(String doc, int s, int e) { return m.get(doc + ":" + s + ":" + e); }

      public String text(String doc, int s, int e) { return docs.get(doc).substring(s, e); }
    };
  }

  static LinkEval.Pair pair(String da, String ta, String textA, String db, String tb, String textB, String label, String split) {
    String a = da.equals("c/1") ? A : B, b = db.equals("c/1") ? A : B;
    int sa = a.indexOf(ta), sb = b.indexOf(tb);
    return new LinkEval.Pair(da, sa, sa + ta.length(), db, sb, sb + tb.length(), label, split, NlpEval.check(ta + "|" + tb));
  }

  @Test
  void scoresLinkedAndUnlinkedPairsPerSplitAndType() {
    int khai = A.indexOf("Lò Văn Khải"), may = A.indexOf("Lò Thị Mây"), khai2 = A.indexOf("Khải nói"), khaiB = B.indexOf("Khải");
    int hl = A.indexOf("Hà Lam"), hlB = B.indexOf("Hà Lam");
    Map<String, LinkEval.SysMention> sys = Map.of(
        "c/1:" + khai + ":" + (khai + 11), new LinkEval.SysMention("person:lo-van-khai", EntityType.PERSON, "Lò Văn Khải"),
        "c/1:" + may + ":" + (may + 10), new LinkEval.SysMention("person:lo-van-khai", EntityType.PERSON, "Lò Thị Mây"),
        "c/1:" + khai2 + ":" + (khai2 + 4), new LinkEval.SysMention("person:khai", EntityType.PERSON, "Khải"),
        "c/2:" + khaiB + ":" + (khaiB + 4), new LinkEval.SysMention("person:lo-van-khai", EntityType.PERSON, "Khải"),
        "c/1:" + hl + ":" + (hl + 6), new LinkEval.SysMention("location:ha-lam", EntityType.LOCATION, "Hà Lam"),
        "c/2:" + hlB + ":" + (hlB + 6), new LinkEval.SysMention("location:ha-lam", EntityType.LOCATION, "Hà Lam"));
    List<LinkEval.Pair> rows = List.of(
        pair("c/1", "Lò Văn Khải", "", "c/2", "Khải", "", "same", "dev"),          // linked, same: tp
        pair("c/1", "Lò Văn Khải", "", "c/1", "Lò Thị Mây", "", "different", "dev"), // linked, different: fp (no shared surname word at the end)
        pair("c/1", "Lò Văn Khải", "", "c/1", "Khải nói", "", "unclear", "dev"),    // not scored
        pair("c/1", "Hà Lam", "", "c/2", "Hà Lam", "", "same", "test"),              // tp, LOCATION
        pair("c/1", "Lò Thị Mây", "", "c/2", "Tổ chức Sen Vàng", "", "different", "test")); // no system mention: unmatched
    // the "Khải nói" row's span is "Khải nói", which the system does not have: fine, it is unclear
    List<String> problems = new ArrayList<>();
    LinkEval.Result r = LinkEval.score(rows, spans(sys), 1, problems);
    assertEquals(List.of(), problems);
    LinkEval.Counts dev = r.splits().get("dev").get("ALL");
    assertEquals(1, dev.tp());
    assertEquals(1, dev.fp());
    assertEquals(0, dev.fn());
    assertEquals(0, dev.surnameMerges());
    assertEquals(0.5, dev.prf().precision(), 1e-9);
    assertEquals(1, r.devErrors().size());
    LinkEval.Counts test = r.splits().get("test").get("ALL");
    assertEquals(1, test.tp());
    assertEquals(1, test.unmatched());
    assertEquals(1, r.splits().get("test").get("LOCATION").tp());
    assertEquals(2, r.splits().get("all").get("ALL").tp());
  }

  @Test
  void countsMergedPeopleSharingASurnameAndMissedLinks() {
    String a1 = "Lò Văn Khải", a2 = "Lò Thị Mây";
    int s1 = A.indexOf(a1), s2 = A.indexOf(a2), k = B.indexOf("Khải");
    Map<String, LinkEval.SysMention> sys = Map.of(
        "c/1:" + s1 + ":" + (s1 + a1.length()), new LinkEval.SysMention("person:x", EntityType.PERSON, "Lò Văn Khải"),
        "c/1:" + s2 + ":" + (s2 + a2.length()), new LinkEval.SysMention("person:y", EntityType.PERSON, "Lò Thị Mây"),
        "c/2:" + k + ":" + (k + 4), new LinkEval.SysMention("person:x", EntityType.PERSON, "Khải"));
    // the system links "Khải" (c/2) with "Lò Văn Khải" but the gold says they differ: a surname merge
    List<LinkEval.Pair> rows = List.of(pair("c/1", a1, "", "c/2", "Khải", "", "different", "dev"),
        pair("c/1", a1, "", "c/1", a2, "", "same", "dev"));
    LinkEval.Result r = LinkEval.score(rows, spans(sys), 1, new ArrayList<>());
    LinkEval.Counts dev = r.splits().get("dev").get("PERSON");
    assertEquals(1, dev.fp());
    assertEquals(1, dev.surnameMerges());
    assertEquals(0, dev.fullNameMerges());
    assertEquals(1, dev.fn());
    assertEquals(0, dev.tp());
  }

  @Test
  void countsTwoFullNamesSharingASurnameApart() {
    String a1 = "Lò Văn Khải", a2 = "Lò Thị Mây";
    int s1 = A.indexOf(a1), s2 = A.indexOf(a2);
    Map<String, LinkEval.SysMention> sys = Map.of(
        "c/1:" + s1 + ":" + (s1 + a1.length()), new LinkEval.SysMention("person:x", EntityType.PERSON, a1),
        "c/1:" + s2 + ":" + (s2 + a2.length()), new LinkEval.SysMention("person:x", EntityType.PERSON, a2));
    // two full names, gold different, linked by the system: not a surname merge (last words differ) ...
    LinkEval.Result r = LinkEval.score(List.of(pair("c/1", a1, "", "c/1", a2, "", "different", "dev")), spans(sys), 1,
        new ArrayList<>());
    assertEquals(0, r.splits().get("dev").get("PERSON").fullNameMerges());
    // ... whereas a full name against another full name ending in the same word is one
    String b1 = "Vàng A Khải";
    int k = B.indexOf(b1);
    Map<String, LinkEval.SysMention> sys2 = Map.of(
        "c/1:" + s1 + ":" + (s1 + a1.length()), new LinkEval.SysMention("person:x", EntityType.PERSON, a1),
        "c/2:" + k + ":" + (k + b1.length()), new LinkEval.SysMention("person:x", EntityType.PERSON, b1));
    r = LinkEval.score(List.of(pair("c/1", a1, "", "c/2", b1, "", "different", "dev")), spans(sys2), 1, new ArrayList<>());
    assertEquals(1, r.splits().get("dev").get("PERSON").surnameMerges());
    assertEquals(1, r.splits().get("dev").get("PERSON").fullNameMerges());
  }

  @Test
  void aSecondDrawCountsInItsSplitAndInItsOwnLine() {
    int hl = A.indexOf("Hà Lam"), hlB = B.indexOf("Hà Lam");
    Map<String, LinkEval.SysMention> sys = Map.of(
        "c/1:" + hl + ":" + (hl + 6), new LinkEval.SysMention("location:ha-lam", EntityType.LOCATION, "Hà Lam"),
        "c/2:" + hlB + ":" + (hlB + 6), new LinkEval.SysMention("location:ha-lam", EntityType.LOCATION, "Hà Lam"));
    LinkEval.Pair p1 = pair("c/1", "Hà Lam", "", "c/2", "Hà Lam", "", "same", "dev");
    LinkEval.Pair p2 = new LinkEval.Pair(p1.docA(), p1.startA(), p1.endA(), p1.docB(), p1.startB(), p1.endB(), "same",
        "dev", p1.check(), 2);
    LinkEval.Pair p3 = new LinkEval.Pair(p1.docA(), p1.startA(), p1.endA(), p1.docB(), p1.startB(), p1.endB(), "same",
        "dev", p1.check(), 3);
    LinkEval.Pair p4 = new LinkEval.Pair(p1.docA(), p1.startA(), p1.endA(), p1.docB(), p1.startB(), p1.endB(), "same",
        "dev", p1.check(), 4);
    LinkEval.Pair p5 = new LinkEval.Pair(p1.docA(), p1.startA(), p1.endA(), p1.docB(), p1.startB(), p1.endB(), "same",
        "dev", p1.check(), 5);
    LinkEval.Pair p7 = new LinkEval.Pair(p1.docA(), p1.startA(), p1.endA(), p1.docB(), p1.startB(), p1.endB(), "same",
        "dev", p1.check(), 7);
    LinkEval.Pair p8 = new LinkEval.Pair(p1.docA(), p1.startA(), p1.endA(), p1.docB(), p1.startB(), p1.endB(), "same",
        "dev", p1.check(), 8);
    LinkEval.Pair p10 = new LinkEval.Pair(p1.docA(), p1.startA(), p1.endA(), p1.docB(), p1.startB(), p1.endB(), "same",
        "dev", p1.check(), 10);
    LinkEval.Result r = LinkEval.score(List.of(p1, p2, p3, p4, p5, p7, p8, p10), spans(sys), 1, new ArrayList<>());
    assertEquals(8, r.splits().get("dev").get("ALL").tp());
    assertEquals(1, r.splits().get("dev r2").get("ALL").tp());
    assertEquals(1, r.splits().get("dev r3").get("ALL").tp());
    assertEquals(1, r.splits().get("dev r4").get("ALL").tp());
    assertEquals(1, r.splits().get("dev r5").get("ALL").tp());
    assertEquals(1, r.splits().get("dev r7").get("ALL").tp());
    assertEquals(1, r.splits().get("dev r8").get("ALL").tp());
    assertEquals(1, r.splits().get("dev r10").get("ALL").tp());
    assertTrue(r.splits().get("test r2").isEmpty());
    assertTrue(r.splits().get("test r3").isEmpty());
    assertTrue(r.splits().get("test r4").isEmpty());
    assertTrue(r.splits().get("test r5").isEmpty());
    assertTrue(r.splits().get("test r7").isEmpty());
    assertTrue(r.splits().get("test r8").isEmpty());
    assertTrue(r.splits().get("test r10").isEmpty());
    assertEquals(8, r.splits().get("all").get("ALL").tp());
  }

  @Test
  void reportsAChecksumMismatchAndSkipsTheRow() {
    LinkEval.Pair p = new LinkEval.Pair("c/1", 0, 3, "c/2", 0, 3, "same", "dev", "00000000");
    List<String> problems = new ArrayList<>();
    LinkEval.Result r = LinkEval.score(List.of(p), spans(Map.of()), 1, problems);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("checksum mismatch"));
    assertTrue(r.splits().get("dev").isEmpty());
  }

  @Test
  void surnamesAreTheLastWordOfEitherName() {
    assertTrue(LinkEval.shareSurname("Lò Văn Khải", "Khải"));
    assertTrue(LinkEval.shareSurname("Anna Romanowska", "anna romanowska"));
    assertFalse(LinkEval.shareSurname("Lò Văn Khải", "Lò Thị Mây"));
  }
}
