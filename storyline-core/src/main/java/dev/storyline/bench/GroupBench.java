package dev.storyline.bench;

import dev.storyline.group.GroupDoc;
import dev.storyline.group.StoryGrouper;
import dev.storyline.model.RawArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Times {@link StoryGrouper} alone on a batch of n documents fetched by index (generated on demand or
 * taken from a list), so that a million documents can be grouped without holding their texts: the
 * grouper reads each document twice and keeps only its own state. Reports wall time, process CPU,
 * the heap peak and the number of stories, and for generated corpora the B-cubed F1 against the
 * generator's stories ({@link CorpusGenerator#STORY_SIZE} consecutive articles).
 */
public final class GroupBench {

  /** @param labels the true story of each document, or null when unknown */
  public record Result(int documents, int stories, long wallNanos, long cpuNanos, long peakHeapBytes, long maxHeapBytes,
                       double bcubedF1) {
    public String format() {
      double secs = wallNanos / 1e9;
      return String.format(Locale.ROOT,
          "documents %,d  stories %,d  wall %.1f s  (%,.0f documents/s)  process cpu %.1f s  peak heap %,d MB of %,d MB%s%n",
          documents, stories, secs, documents / Math.max(secs, 1e-9), cpuNanos / 1e9, peakHeapBytes >> 20,
          maxHeapBytes >> 20, Double.isNaN(bcubedF1) ? "" : String.format(Locale.ROOT, "  B-cubed F1 vs generator %.4f", bcubedF1));
    }
  }

  /** Generated documents: article i of the generator as a document without entities. */
  public static IntFunction<GroupDoc> generated(CorpusGenerator generator) {
    return i -> of(generator.article(i));
  }

  /** What the grouper sees of a raw article (no analysis: no entity ids). */
  public static GroupDoc of(RawArticle a) {
    return new GroupDoc(a.id(), a.title(), a.text(), a.published(), List.of());
  }

  /**
   * Groups n documents once.
   *
   * @param labels the true story of each document (for B-cubed), or null
   */
  public Result run(int n, IntFunction<GroupDoc> docs, IntFunction<Integer> labels) {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime(), t0 = System.nanoTime();
    List<List<Integer>> groups = new StoryGrouper().group(n, docs);
    long wall = System.nanoTime() - t0, cpu = os.getProcessCpuTime() - cpu0;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
    double f1 = labels == null ? Double.NaN : bcubed(n, groups, labels);
    return new Result(n, groups.size(), wall, cpu, peak, Runtime.getRuntime().maxMemory(), f1);
  }

  /** B-cubed F1 of the groups against the labels, in O(n) with counts per (group, label) pair. */
  static double bcubed(int n, List<List<Integer>> groups, IntFunction<Integer> labels) {
    int[] label = new int[n];
    java.util.Map<Integer, Integer> labelSize = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      label[i] = labels.apply(i);
      labelSize.merge(label[i], 1, Integer::sum);
    }
    double p = 0, r = 0;
    for (List<Integer> g : groups) {
      java.util.Map<Integer, Integer> inGroup = new java.util.HashMap<>();
      for (int i : g) inGroup.merge(label[i], 1, Integer::sum);
      for (var e : inGroup.entrySet()) {
        double both = e.getValue();
        // Each of the `both` items sees `both` correct items in its group and in its label.
        p += both * both / g.size();
        r += both * both / labelSize.get(e.getKey());
      }
    }
    p /= n;
    r /= n;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
