package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
  @Test
  void identicalTextScoresOne() {
    Rouge.Scores s = Rouge.score("Mưa lớn ở Huế", List.of("mưa lớn ở huế."));
    assertThat(s.rouge1()).isEqualTo(1.0);
    assertThat(s.rouge2()).isEqualTo(1.0);
    assertThat(s.rougeL()).isEqualTo(1.0);
  }

  @Test
  void handComputedPartialOverlap() {
    // cand: a b c d (4 syllables); ref: a b e d c (5).
    // R1: overlap 4 -> P 1, R 4/5, F 8/9. R2: cand {ab, bc, cd}, ref {ab, be, ed, dc} -> overlap 1, P 1/3, R 1/4, F 2/7.
    // LCS(a b c d, a b e d c) = 3 (a b d or a b c) -> P 3/4, R 3/5, F 2/3.
    Rouge.Scores s = Rouge.score("mưa gió bão lũ", List.of("mưa gió rét lũ bão"));
    assertThat(s.rouge1()).isCloseTo(8.0 / 9, within(1e-12));
    assertThat(s.rouge2()).isCloseTo(2.0 / 7, within(1e-12));
    assertThat(s.rougeL()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void averagesOverReferences() {
    // Against "mưa gió": R1 F = 1. Against "nắng": 0. Average 0.5.
    Rouge.Scores s = Rouge.score("mưa gió", List.of("mưa gió", "nắng"));
    assertThat(s.rouge1()).isCloseTo(0.5, within(1e-12));
    assertThat(s.rougeL()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void clipsRepeatedNgramsAndIgnoresNormalForm() {
    // cand "lũ lũ lũ" vs ref "lũ về": clipped overlap 1, P 1/3, R 1/2, F 0.4.
    assertThat(Rouge.score("lũ lũ lũ", List.of("lũ về")).rouge1()).isCloseTo(0.4, within(1e-12));
    String nfd = Normalizer.normalize("Lũ về", Normalizer.Form.NFD);
    assertThat(Rouge.score(nfd, List.of("lũ về")).rouge1()).isEqualTo(1.0);
  }

  @Test
  void emptyCandidateScoresZero() {
    assertThat(Rouge.score("", List.of("mưa")).rouge1()).isZero();
  }
  @Test
  void bigramPrecisionIsTheShareOfTheCandidatesBigramsInTheReferenceClipped() {
    // cand "mưa gió mưa gió" has bigrams {mưa gió x2, gió mưa}; ref "mưa gió rét" has {mưa gió, gió rét}:
    // one "mưa gió" is matched (clipped), so 1 of 3.
    List<String> cand = List.of("mưa", "gió", "mưa", "gió");
    List<String> ref = List.of("mưa", "gió", "rét");
    assertThat(Rouge.ngramPrecision(cand, ref, 2)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(Rouge.ngramPrecision(List.of("mưa"), ref, 2)).isZero();
    assertThat(Rouge.ngramPrecision(ref, ref, 2)).isEqualTo(1.0);
  }
}
