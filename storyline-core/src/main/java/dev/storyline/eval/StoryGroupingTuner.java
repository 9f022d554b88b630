package dev.storyline.eval;

import dev.storyline.group.StoryGrouper;
import dev.storyline.group.TfIdfVectorizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Grid search for {@link StoryGrouper.Config} and the baseline threshold on the TUNING half of the
 * clusters only (even line index), mean B-cubed F1 over {@link StoryGroupingEval#SEEDS}. The held-out
 * half is never looked at here. Usage: {@code StoryGroupingTuner FILE}.
 */
public final class StoryGroupingTuner {
  private StoryGroupingTuner() {}

  public static void main(String[] args) {
    List<StoryGroupingEval.Doc> tune = StoryGroupingEval.subset(
        StoryGroupingEval.load(Path.of(args[0])), StoryGroupingEval.TUNE);
    record Scored(String name, double f1) {}
    List<Scored> results = new ArrayList<>();
    for (double t = 0.12; t <= 0.441; t += 0.04) {
      double th = t;
      double f = mean(tune, docs -> new BaselineGrouper(th).group(docs));
      results.add(new Scored(String.format(Locale.ROOT, "baseline t=%.2f", th), f));
    }
    StoryGrouper.Config base = StoryGrouper.Config.defaults();
    for (double maxDf : new double[] {0.03, 0.05, 0.1, 0.2, 0.3}) {
      for (double entity : new double[] {1.0}) {
        for (int[] time : new int[][] {{0, 0}, {3, 7}, {14, 60}}) {
          for (double t = 0.14; t <= 0.241; t += 0.02) {
            StoryGrouper.Config c = base.withThreshold(t)
                .withVectors(new TfIdfVectorizer.Options(entity, maxDf, 2, true))
                .withTime(time[0], time[1]);
            StoryGrouper g = new StoryGrouper(c);
            double f = mean(tune, g::group);
            results.add(new Scored(String.format(Locale.ROOT, "grouper t=%.2f maxDf=%.1f decay=%d half=%d",
                t, maxDf, time[0], time[1]), f));
          }
        }
      }
    }
    results.sort((a, b) -> Double.compare(b.f1(), a.f1()));
    for (Scored s : results.subList(0, Math.min(25, results.size()))) System.out.printf(Locale.ROOT, "%.4f %s%n", s.f1(), s.name());
    System.out.println("baseline:");
    results.stream().filter(s -> s.name().startsWith("baseline")).limit(3)
        .forEach(s -> System.out.printf(Locale.ROOT, "%.4f %s%n", s.f1(), s.name()));
  }

  private static double mean(List<StoryGroupingEval.Doc> docs,
      java.util.function.Function<List<dev.storyline.group.GroupDoc>, List<List<Integer>>> grouper) {
    double s = 0;
    for (long seed : StoryGroupingEval.SEEDS) s += StoryGroupingEval.evaluate("tune", "x", seed, docs, grouper).scores().f1();
    return s / StoryGroupingEval.SEEDS.length;
  }
}
