package dev.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The summary's greedy choice: soft novelty, the hard repeat checks, the budget, the lazy queue. */
class SummarySelectionTest {
  private final StoryBuilder.Vocabulary vocab = new StoryBuilder.Vocabulary();
  private int next;

  private StoryBuilder.Sent sent(String text, double base) {
    StoryBuilder.Sent s = new StoryBuilder.Sent(0, next, next * 1000, next * 1000 + text.length(), text, vocab);
    next++;
    s.baseScore = base;
    return s;
  }

  private static StoryBuilder.Scoring scoring(double redundancy, double novelty, double noveltyExponent) {
    return new StoryBuilder.Scoring(SentenceScorer.defaults(), StoryBuilder.LENGTH_EXPONENT, redundancy, novelty,
        noveltyExponent);
  }

  @Test
  void valueFallsWithNoveltyAndIsTheBaseAloneAtExponentZero() {
    assertThat(StoryBuilder.value(0.8, 1.0, 1.5)).isEqualTo(0.8);
    assertThat(StoryBuilder.value(0.8, 0.25, 1.5)).isEqualTo(0.8 * 0.125, within(1e-12));
    assertThat(StoryBuilder.value(0.8, 0.0, 1.5)).isEqualTo(0.0);
    assertThat(StoryBuilder.value(0.8, 0.1, 0)).isEqualTo(0.8);
    // A negative base (a linear model can predict below 0) must fall too as the summary covers the sentence.
    assertThat(StoryBuilder.value(-0.2, 1.0, 1.5)).isEqualTo(-0.2);
    assertThat(StoryBuilder.value(-0.2, 0.5, 1.5)).isLessThan(-0.2);
    assertThat(StoryBuilder.value(-0.2, 0.0, 1.5)).isEqualTo(-0.4, within(1e-12));
  }

  @Test
  void softNoveltyPrefersAFreshSentenceOverAPartialRepeatOfTheSummary() {
    StoryBuilder.Sent first = sent("Đoàn xe cứu trợ chở gạo và nước sạch đã đến xã vùng lũ Tân Hòa.", 1.0);
    // Shares its first half with the first sentence, then says something new.
    StoryBuilder.Sent partial = sent("Đoàn xe cứu trợ chở gạo và nước sạch còn mang theo thuốc men cho trạm y tế.", 0.9);
    StoryBuilder.Sent fresh = sent("Trường tiểu học của xã mở cửa lại sau một tuần làm nơi tránh lũ.", 0.7);
    List<StoryBuilder.Sent> all = List.of(first, partial, fresh);
    int budget = first.syl.size() + 1; // room for exactly two sentences
    assertThat(StoryBuilder.select(all, budget, scoring(1.01, 0, 0), vocab.bigramIds)).containsExactly(first, partial);
    assertThat(StoryBuilder.select(all, budget, scoring(1.01, 0, 1.5), vocab.bigramIds)).containsExactly(first, fresh);
  }

  @Test
  void defaultScoringNeverRepeatsASentenceEvenWithRoomToSpare() {
    String t = "Mưa lớn làm ngập nhiều tuyến phố ở thị xã ven sông suốt hai ngày.";
    StoryBuilder.Sent original = sent(t, 0.9);
    StoryBuilder.Sent republished = sent(t, 0.9);
    StoryBuilder.Sent other = sent("Trường học được dùng làm nơi tránh lũ cho các hộ dân.", 0.2);
    List<StoryBuilder.Sent> chosen = StoryBuilder.select(List.of(original, republished, other), 10_000,
        StoryBuilder.Scoring.defaults(), vocab.bigramIds);
    assertThat(chosen).containsExactly(original, other);
    // Without the floor the soft factor alone only delays the copy: it comes last, but it comes.
    assertThat(StoryBuilder.select(List.of(original, republished, other), 10_000, scoring(1.01, 0, 1.5), vocab.bigramIds))
        .containsExactly(original, other, republished);
  }

  @Test
  void stopsOnceTheBudgetIsReachedSoOnlyTheLastSentenceOvershoots() {
    List<StoryBuilder.Sent> all = new ArrayList<>();
    String[] texts = {
        "Công nhân hoàn thành tuyến đê biển mới trước mùa mưa bão.",
        "Cây cầu treo nối hai bản được sửa xong sau ba tháng thi công.",
        "Trạm bơm tiêu úng của huyện chạy thử thành công vào cuối tuần.",
        "Hệ thống kênh mương nội đồng được nạo vét để kịp vụ lúa mới.",
        "Nhà văn hóa thôn khánh thành với sự góp sức của người dân.",
        "Đường liên xã được trải nhựa giúp xe tải chở nông sản dễ dàng."};
    for (int i = 0; i < texts.length; i++) all.add(sent(texts[i], 1.0 - i * 0.1));
    for (int budget : new int[] {5, 20, 40}) {
      List<StoryBuilder.Sent> chosen = StoryBuilder.select(all, budget, StoryBuilder.Scoring.defaults(), vocab.bigramIds);
      int total = chosen.stream().mapToInt(s -> s.syl.size()).sum();
      assertThat(total).isGreaterThanOrEqualTo(budget);
      assertThat(total - chosen.get(chosen.size() - 1).syl.size()).isLessThan(budget);
    }
  }

  /** Reference: re-values every remaining candidate after each pick (what the lazy queue must reproduce). */
  private static List<StoryBuilder.Sent> eager(List<StoryBuilder.Sent> candidates, int budget, StoryBuilder.Scoring sc,
      BitSet bigramIds) {
    List<StoryBuilder.Sent> left = new ArrayList<>(candidates), chosen = new ArrayList<>();
    BitSet covered = new BitSet();
    int total = 0;
    Comparator<StoryBuilder.Sent> order = Comparator.comparingInt((StoryBuilder.Sent s) -> s.doc).thenComparingInt(s -> s.start);
    while (!left.isEmpty() && total < budget && chosen.size() < StoryBuilder.MAX_SUMMARY_SENTENCES) {
      StoryBuilder.Sent best = null;
      double bestValue = 0;
      for (StoryBuilder.Sent s : left) {
        double v = StoryBuilder.value(s.baseScore, StoryBuilder.novelty(s, covered, bigramIds), sc.noveltyExponent());
        if (best == null || v > bestValue || (v == bestValue && order.compare(s, best) < 0)) { best = s; bestValue = v; }
      }
      left.remove(best);
      if (StoryBuilder.novelty(best, covered, bigramIds) < sc.novelty()) continue;
      boolean redundant = false;
      for (StoryBuilder.Sent k : chosen) if (StoryBuilder.setCosine(best.feats, k.feats) >= sc.redundancy()) redundant = true;
      if (redundant) continue;
      chosen.add(best);
      total += best.syl.size();
      for (int f : best.feats) if (bigramIds.get(f)) covered.set(f);
    }
    return chosen;
  }

  @Test
  void lazyQueueChoosesWhatReValuingEveryCandidateChooses() {
    String[] words = {"mưa", "lũ", "đê", "sông", "xã", "dân", "gạo", "nước", "xe", "cứu", "trợ", "trường", "cầu", "đường",
        "ngập", "sạch"};
    for (long seed = 1; seed <= 30; seed++) {
      Random r = new Random(seed);
      List<StoryBuilder.Sent> cands = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        StringBuilder b = new StringBuilder();
        int n = 6 + r.nextInt(10);
        for (int w = 0; w < n; w++) b.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        cands.add(sent(b.toString(), r.nextDouble() * 1.1 - 0.1));
      }
      for (StoryBuilder.Scoring sc : List.of(scoring(1.01, 0, 1.5), scoring(0.6, 0.5, 1.5), scoring(0.3, 0.7, 0),
          scoring(1.01, 0.3, 2))) {
        int budget = 30 + r.nextInt(120);
        assertThat(StoryBuilder.select(cands, budget, sc, vocab.bigramIds))
            .as("seed %d, %s", seed, sc).containsExactlyElementsOf(eager(cands, budget, sc, vocab.bigramIds));
      }
    }
  }
}
