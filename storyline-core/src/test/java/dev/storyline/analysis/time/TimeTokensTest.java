package dev.storyline.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeTokensTest {
  @Test
  void lowerAgreesWithTheLibraryForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Tokens.lower((char) c) != Character.toLowerCase((char) c)) {
        throw new AssertionError("U+" + Integer.toHexString(c));
      }
    }
    assertThat(Tokens.lower('Q')).isEqualTo('q');
    assertThat(Tokens.lower('Đ')).isEqualTo('đ');
  }
}
