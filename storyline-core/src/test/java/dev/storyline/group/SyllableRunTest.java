package dev.storyline.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyllableRunTest {

  @Test
  void aRunHoldsTheHashesAndBreaksOfTheStringScanTitleFirst() {
    String title = "Giá XĂNG tăng, dầu giảm";
    String text = "Bộ Công Thương điều chỉnh giá\u00a0xăng RON-95 (tăng 1.000 đồng).\nNgười dân\tlo lắng";
    List<Long> hashes = new ArrayList<>();
    List<Boolean> breaks = new ArrayList<>();
    for (String part : List.of(title, text)) {
      Syllables.scan(Syllables.normalize(part), (syl, brk) -> { hashes.add(SyllableRun.hash(syl)); breaks.add(brk); });
    }
    SyllableRun run = SyllableRun.of(title, text);
    assertThat(run.titleEnd()).isEqualTo(5);
    assertThat(run.hashes()).containsExactly(hashes.stream().mapToLong(Long::longValue).toArray());
    boolean[] expected = new boolean[breaks.size()];
    for (int i = 0; i < expected.length; i++) expected[i] = breaks.get(i);
    assertThat(run.breakBefore()).containsExactly(expected);
    // The text's first syllable starts a new chain, like the title's.
    assertThat(run.breakBefore()[run.titleEnd()]).isTrue();
    assertThat(SyllableRun.of("", "  ,.; ").size()).isZero();
  }

  @Test
  void everyVietnameseSyllableShapeGetsItsOwnHash() {
    // Onsets x rhymes x tone marks: ~60k distinct lower-case syllables, many of whose letters sit 31 code
    // points apart (where a base-31 polynomial hash collides).
    String[] onsets = {"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "qu", "r", "s", "t", "th", "tr", "v", "x"};
    String[] rhymes = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "an", "ăn", "ân", "anh", "ao", "au", "ay", "âu",
        "ây", "em", "ên", "ênh", "eo", "iu", "inh", "oa", "oan", "oăn", "oi", "ôi", "ơi", "ong", "ông", "uân", "ui", "ưa", "ươi",
        "ương", "ươc", "uyên", "ưu", "yêu", "ac", "ăc", "âc", "ach", "ich", "oc", "ôc", "uc", "ưc", "iêt", "uôt", "ươt"};
    String[] marks = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
    Map<Long, String> seen = new HashMap<>();
    for (String o : onsets) for (String r : rhymes) for (String m : marks) for (String end : new String[] {"", "2", "9"}) {
      String syl = Syllables.normalize(o + r.charAt(0) + m + r.substring(1) + end);
      String before = seen.putIfAbsent(SyllableRun.hash(syl), syl);
      assertThat(before == null || before.equals(syl)).as("%s collides with %s", syl, before).isTrue();
    }
    assertThat(seen).hasSizeGreaterThan(20_000);
  }
}
