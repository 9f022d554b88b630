package dev.storyline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordMapTest {
  @Test
  void getsWhatTheSourceMapHoldsInItsOrder() {
    Map<String, Integer> src = new LinkedHashMap<>();
    src.put("tháng", 1);
    src.put("Aa", 2); // same String hash as "BB"
    src.put("BB", 3);
    src.put("", 4);
    WordMap<Integer> m = WordMap.copyOf(src);
    assertThat(m).containsExactlyEntriesOf(src);
    assertThat(m.get(new String("tháng"))).isEqualTo(1);
    assertThat(m.get("BB")).isEqualTo(3);
    assertThat(m.get("")).isEqualTo(4);
    assertThat(m.get("Tháng")).isNull();
    assertThat(m.get(null)).isNull();
    assertThat(m.getOrDefault("năm", 9)).isEqualTo(9);
    assertThat(m.containsKey("Aa")).isTrue();
    assertThat(m.containsKey("AaAa")).isFalse();
    assertThat(m).isEqualTo(src);
  }

  @Test
  void agreesWithAHashMapOnManyKeys() {
    Random r = new Random(11);
    Map<String, Integer> src = new HashMap<>();
    for (int i = 0; i < 3000; i++) src.put(Integer.toString(r.nextInt(50_000), 36), i);
    WordMap<Integer> m = WordMap.copyOf(src);
    assertThat(m).hasSameSizeAs(src);
    for (int i = 0; i < 20_000; i++) {
      String q = Integer.toString(r.nextInt(60_000), 36);
      assertThat(m.get(q)).as(q).isEqualTo(src.get(q));
    }
  }

  @Test
  void isImmutableAndRejectsNulls() {
    WordMap<String> m = WordMap.copyOf(Map.of("a", "b"));
    assertThatThrownBy(() -> m.put("c", "d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
    Map<String, String> withNull = new HashMap<>();
    withNull.put("a", null);
    assertThatThrownBy(() -> WordMap.copyOf(withNull)).isInstanceOf(NullPointerException.class);
    assertThat(WordMap.copyOf(Map.of())).isEmpty();
  }
}
