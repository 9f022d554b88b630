package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.eval.NlpScoring.Accuracy;
import dev.storyline.eval.NlpScoring.Item;
import dev.storyline.eval.NlpScoring.Match;
import dev.storyline.eval.NlpScoring.Prf;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NlpScoringTest {
  // gold: 3 mentions; predictions: one exact, one with the wrong type, one shifted span, one spurious
  final List<Item> gold = List.of(new Item(0, 5, "PERSON"), new Item(10, 20, "LOCATION"), new Item(30, 40, "ORGANIZATION"));
  final List<Item> pred = List.of(new Item(0, 5, "PERSON"), new Item(10, 20, "ORGANIZATION"),
      new Item(32, 40, "ORGANIZATION"), new Item(50, 55, "MISC"));

  @Test
  void exactSpanAndTypeCountsOnlyIdenticalItems() {
    Prf p = NlpScoring.score(gold, pred, Match.EXACT);
    assertThat(p).isEqualTo(new Prf(1, 3, 2));
    assertThat(p.precision()).isCloseTo(0.25, within(1e-12));
    assertThat(p.recall()).isCloseTo(1.0 / 3, within(1e-12));
    // F1 = 2 * 0.25 * 0.3333 / 0.5833 = 0.285714...
    assertThat(p.f1()).isCloseTo(2.0 / 7, within(1e-12));
  }

  @Test
  void overlapNeedsSameTypeButNotSameBounds() {
    assertThat(NlpScoring.score(gold, pred, Match.OVERLAP)).isEqualTo(new Prf(2, 2, 1));
  }

  @Test
  void exactSpanIgnoresLabel() {
    assertThat(NlpScoring.score(gold, pred, Match.EXACT_SPAN)).isEqualTo(new Prf(2, 2, 1));
  }

  @Test
  void perLabelScoresCoverEveryLabelSeen() {
    Map<String, Prf> by = NlpScoring.scoreByLabel(gold, pred);
    assertThat(by).containsOnlyKeys("PERSON", "LOCATION", "ORGANIZATION", "MISC");
    assertThat(by.get("PERSON")).isEqualTo(new Prf(1, 0, 0));
    assertThat(by.get("LOCATION")).isEqualTo(new Prf(0, 0, 1));
    assertThat(by.get("ORGANIZATION")).isEqualTo(new Prf(0, 2, 1));
    assertThat(by.get("MISC")).isEqualTo(new Prf(0, 1, 0));
  }

  @Test
  void onePredictionMatchesOnlyOneGoldItem() {
    List<Item> g = List.of(new Item(0, 10, "X"), new Item(5, 15, "X"));
    List<Item> p = List.of(new Item(0, 15, "X"));
    assertThat(NlpScoring.score(g, p, Match.OVERLAP)).isEqualTo(new Prf(1, 0, 1));
    assertThat(NlpScoring.align(g, p, Match.OVERLAP)).containsExactly(0, -1);
  }

  @Test
  void halfOfGoldRuleAcceptsHalfAndRejectsLess() {
    List<Item> g = List.of(new Item(100, 200, null));
    assertThat(NlpScoring.score(g, List.of(new Item(150, 400, null)), Match.HALF_OF_GOLD)).isEqualTo(new Prf(1, 0, 0));
    assertThat(NlpScoring.score(g, List.of(new Item(151, 400, null)), Match.HALF_OF_GOLD)).isEqualTo(new Prf(0, 1, 1));
  }

  @Test
  void emptyCountsGiveZeroNotNaN() {
    assertThat(Prf.ZERO.precision()).isZero();
    assertThat(Prf.ZERO.recall()).isZero();
    assertThat(Prf.ZERO.f1()).isZero();
    assertThat(new Prf(2, 1, 3).plus(new Prf(1, 1, 1))).isEqualTo(new Prf(3, 2, 4));
    assertThat(new Accuracy(3, 4).plus(new Accuracy(1, 4)).value()).isCloseTo(0.5, within(1e-12));
    assertThat(Accuracy.ZERO.value()).isZero();
  }

  @Test
  void valuesCompareWithRelativeTolerance() {
    assertThat(NlpScoring.sameValue(2_500_000, 2.5e6)).isTrue();
    assertThat(NlpScoring.sameValue(1.5, 1.5000001)).isFalse();
    assertThat(NlpScoring.sameValue(0.1 + 0.2, 0.3)).isTrue();
  }

  @Test
  void speakerMatchesByOverlapOrByText() {
    String text = "Ông Trần Văn Bình nói rằng cầu sẽ xong. Bình cũng nói thêm.";
    int gs = text.indexOf("Trần Văn Bình"), ge = gs + "Trần Văn Bình".length();
    assertThat(NlpScoring.speakerCorrect(text, gs, ge, "ông Trần Văn Bình")).isTrue();
    assertThat(NlpScoring.speakerCorrect(text, gs, ge, "Trần Văn Bình")).isTrue();
    assertThat(NlpScoring.speakerCorrect(text, gs, ge, "Bình")).isTrue();
    assertThat(NlpScoring.speakerCorrect(text, gs, ge, "Bộ Xây dựng")).isFalse();
    assertThat(NlpScoring.speakerCorrect(text, gs, ge, null)).isFalse();
    assertThat(NlpScoring.speakerCorrect(text, 0, 0, null)).isTrue();
    assertThat(NlpScoring.speakerCorrect(text, 0, 0, "Bình")).isFalse();
  }
}
