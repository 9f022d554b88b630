package dev.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanLinesTest {
  @Test
  void nonEmptyLinesAreTheSpans() {
    assertThat(Span.lines("Mưa lớn.\n\nNgập sâu\n")).containsExactly(new Span(0, 8), new Span(10, 18));
    assertThat(Span.lines("")).isEmpty();
    assertThat(Span.lines("một dòng")).containsExactly(new Span(0, 8));
  }
}
