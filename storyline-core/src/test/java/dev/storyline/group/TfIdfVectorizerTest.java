package dev.storyline.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfVectorizerTest {
  static final String[] FILLER = {"cam", "quýt", "bưởi", "mận", "đào", "lê", "táo", "nho", "dứa", "xoài"};

  static List<GroupDoc> batch(int n, int withTerm) {
    List<GroupDoc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = FILLER[i % FILLER.length] + i + " " + FILLER[(i + 3) % FILLER.length] + (i * 7);
      if (i < withTerm) text += " lụt";
      docs.add(new GroupDoc("d" + i, "", text, null, List.of()));
    }
    return docs;
  }

  static boolean hasTerm(SparseVector v, SparseVector without) {
    return v.size() > without.size();
  }

  @Test
  void aTermInTenPercentOfASmallBatchIsKept() {
    // 4 of 40 documents (10%) is above the 5% ratio but below the small-batch floor, so it stays.
    SparseVector[] v = new TfIdfVectorizer(TfIdfVectorizer.Options.defaults()).vectorize(batch(40, 4));
    assertThat(v[0].size()).isGreaterThan(0);
    assertThat(v[0].dot(v[1])).isGreaterThan(0.5);
  }

  @Test
  void aTermInMostOfALargeBatchIsDropped() {
    // 300 of 400 documents: above both the ratio and the floor.
    SparseVector[] v = new TfIdfVectorizer(TfIdfVectorizer.Options.defaults()).vectorize(batch(400, 300));
    assertThat(v[0].dot(v[1])).isZero();
  }

  @Test
  void vectorsAreUnitLength() {
    SparseVector[] v = new TfIdfVectorizer(TfIdfVectorizer.Options.defaults()).vectorize(StoryGrouperTest.corpus());
    for (SparseVector x : v) assertThat(x.norm()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void theOneScanVectoriserGivesTheReferenceVectorsBitForBit() throws Exception {
    List<List<GroupDoc>> batches = new ArrayList<>();
    batches.add(StoryGrouperTest.corpus());
    batches.add(StoryGrouperScoringTest.synthetic(700, 30, 3)); // entities, dates, more than one scan chunk of nothing
    List<GroupDoc> generated = new ArrayList<>();
    java.nio.file.Path ex = null;
    for (java.nio.file.Path p = java.nio.file.Path.of("").toAbsolutePath(); p != null && ex == null; p = p.getParent()) {
      if (java.nio.file.Files.isDirectory(p.resolve("examples"))) ex = p.resolve("examples");
    }
    assertThat(ex).isNotNull();
    var raw = new dev.storyline.ingest.ArticleReader().read(List.of(ex.toString())).articles();
    for (var a : new dev.storyline.bench.CorpusGenerator(raw, 5).generate(TfIdfVectorizer.SCAN_CHUNK + 300)) {
      generated.add(new GroupDoc(a.id(), a.title(), a.text(), a.published(), List.of(a.title().split(" ")[0])));
    }
    batches.add(generated);
    for (var options : List.of(TfIdfVectorizer.Options.defaults(), new TfIdfVectorizer.Options(0.5, 0.2, 1, false))) {
      for (List<GroupDoc> docs : batches) {
        SparseVector[] expected = new TfIdfVectorizerReference(options).vectorize(docs);
        SparseVector[] actual = new TfIdfVectorizer(options).vectorize(docs);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
          assertThat(actual[i].ids()).as("doc %d ids", i).isEqualTo(expected[i].ids());
          assertThat(actual[i].weights()).as("doc %d weights", i).isEqualTo(expected[i].weights());
        }
      }
    }
  }
}
