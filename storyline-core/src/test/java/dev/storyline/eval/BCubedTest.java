package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
  @Test
  void perfectClusteringScoresOne() {
    BCubed.Scores s = BCubed.score(new int[] {7, 7, 3}, new int[] {0, 0, 1});
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void handComputedExample() {
    // Gold {0,1,2} {3,4}; predicted {0,1} {2,3,4}.
    // Precision: items 0,1 -> 2/2; items 2 -> 1/3; items 3,4 -> 2/3. Mean = (1+1+1/3+2/3+2/3)/5 = 11/15.
    // Recall: items 0,1 -> 2/3; item 2 -> 1/3; items 3,4 -> 2/2. Mean = (2/3+2/3+1/3+1+1)/5 = 11/15.
    BCubed.Scores s = BCubed.score(List.of(List.of(0, 1), List.of(2, 3, 4)), new int[] {0, 0, 0, 1, 1});
    assertThat(s.precision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.recall()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.f1()).isCloseTo(11.0 / 15, within(1e-12));
  }

  @Test
  void allInOneClusterHasFullRecallLowPrecision() {
    // Gold {0,1} {2} {3}: precision = (2/4+2/4+1/4+1/4)/4 = 3/8, recall 1, F1 = 2*(3/8)/(11/8) = 6/11.
    BCubed.Scores s = BCubed.score(new int[] {0, 0, 0, 0}, new int[] {0, 0, 1, 2});
    assertThat(s.precision()).isCloseTo(3.0 / 8, within(1e-12));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isCloseTo(6.0 / 11, within(1e-12));
  }

  @Test
  void singletonsHaveFullPrecision() {
    // Gold {0,1,2}: each singleton has recall 1/3.
    BCubed.Scores s = BCubed.score(new int[] {0, 1, 2}, new int[] {5, 5, 5});
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.f1()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void rejectsMissingOrRepeatedIndexes() {
    assertThatThrownBy(() -> BCubed.labels(List.of(List.of(0)), 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BCubed.labels(List.of(List.of(0, 1), List.of(1)), 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
