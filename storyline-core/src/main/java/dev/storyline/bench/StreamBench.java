package dev.storyline.bench;

import dev.storyline.Pipeline;
import dev.storyline.StreamingPipeline;
import dev.storyline.model.RawArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Times the whole flow for batches larger than memory ({@link StreamingPipeline}: clean, group, analyse, link,
 * build every story) over n articles fetched by index, generated on demand or taken from a list. Reports wall
 * time per step, process CPU, the heap peak, and what was built.
 */
public final class StreamBench {

  public record Result(int articles, int analysed, int stories, int entities, int problems, long groupingNanos,
                       long storiesNanos, long cpuNanos, long peakHeapBytes, long maxHeapBytes, long summarySentences,
                       long timelineEntries) {
    public String format() {
      double g = groupingNanos / 1e9, s = storiesNanos / 1e9, all = g + s;
      return String.format(Locale.ROOT,
          "articles %,d  analysed %,d  stories %,d  entities %,d  problems %,d%n"
              + "grouping (clean + group)          %8.1f s  %,8.0f articles/s%n"
              + "stories (analyse + link + build)  %8.1f s  %,8.0f articles/s%n"
              + "END TO END                        %8.1f s  %,8.0f articles/s  (%.1f min)%n"
              + "process cpu %.1f s; peak heap %,d MB of %,d MB; %,d summary sentences, %,d timeline entries%n",
          articles, analysed, stories, entities, problems, g, articles / Math.max(g, 1e-9), s,
          articles / Math.max(s, 1e-9), all, articles / Math.max(all, 1e-9), all / 60, cpuNanos / 1e9,
          peakHeapBytes >> 20, maxHeapBytes >> 20, summarySentences, timelineEntries);
    }
  }

  /** Runs the flow once over articles 0 … n-1 with {@code threads} threads. */
  public Result run(int n, IntFunction<RawArticle> source, int threads) {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long[] built = new long[2];
    StreamingPipeline.Result r = new StreamingPipeline(Pipeline.Options.defaults(), threads).run(n, source, (story, articles, entities) -> {
      built[0] += story.summary().size();
      built[1] += story.timeline().size();
    });
    long cpu = os.getProcessCpuTime() - cpu0;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
    return new Result(n, r.analysed(), r.stories(), r.entityMentions().size(), r.problems().size(), r.groupingNanos(),
        r.storiesNanos(), cpu, peak, Runtime.getRuntime().maxMemory(), built[0], built[1]);
  }
}
