package dev.storyline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
  @Test
  void containsExactlyItsWords() {
    WordSet s = WordSet.of("ông", "bà", "thủ tướng", "");
    assertThat(s).hasSize(4).containsExactly("ông", "bà", "thủ tướng", "");
    assertThat(s.contains(new String("thủ tướng"))).isTrue();
    assertThat(s.contains("")).isTrue();
    assertThat(s.contains("Ông")).isFalse();
    assertThat(s.contains("thủ")).isFalse();
    assertThat(s.contains(null)).isFalse();
    assertThat(s.contains(42)).isFalse();
  }

  @Test
  void agreesWithAHashSetOnManyWordsAndCollidingHashes() {
    // "Aa" and "BB" have the same String hash: equal hashes must still compare the words.
    Random r = new Random(7);
    List<String> words = new ArrayList<>(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB"));
    for (int i = 0; i < 2000; i++) words.add(Integer.toString(r.nextInt(100_000), 36));
    List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(words));
    WordSet s = WordSet.copyOf(words);
    Set<String> expected = new HashSet<>(distinct);
    assertThat(s).hasSize(expected.size()).containsExactlyElementsOf(distinct);
    for (int i = 0; i < 20_000; i++) {
      String q = Integer.toString(r.nextInt(120_000), 36);
      assertThat(s.contains(q)).as(q).isEqualTo(expected.contains(q));
    }
    assertThat(WordSet.copyOf(List.of("Aa")).contains("BB")).isFalse();
    assertThat(s).isEqualTo(expected);
    assertThat(s.hashCode()).isEqualTo(expected.hashCode());
  }

  @Test
  void rejectsWhatSetOfRejectsAndIsImmutable() {
    assertThatThrownBy(() -> WordSet.of("a", "b", "a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordSet.of("a", null)).isInstanceOf(NullPointerException.class);
    WordSet s = WordSet.of("a", "b");
    assertThatThrownBy(() -> s.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.removeIf(w -> true)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(s::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(WordSet.of()).isEmpty();
    assertThat(WordSet.copyOf(List.of())).isEmpty();
  }
}
