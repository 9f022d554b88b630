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
}
