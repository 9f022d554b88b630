package dev.storyline.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersTest {
  @Test
  void agreesWithTheJdkOnEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Letters.isLetterOrDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit((char) c));
    }
  }

  @Test
  void vietnameseLettersAndSignsBesideThem() {
    assertThat(Letters.isLetterOrDigit('đ')).isTrue();
    assertThat(Letters.isLetterOrDigit('ỹ')).isTrue();
    assertThat(Letters.isLetterOrDigit('Ư')).isTrue();
    assertThat(Letters.isLetterOrDigit('×')).isFalse();
    assertThat(Letters.isLetterOrDigit('–')).isFalse();
  }
}
