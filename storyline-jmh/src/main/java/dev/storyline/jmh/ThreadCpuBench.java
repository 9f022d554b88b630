package dev.storyline.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@link StageBenchmarks} stages timed by the calling thread's CPU time instead of the wall clock, in passes over
 * the corpus. On a shared host the wall clock moves with other jobs; CPU time moves less, and two jars run at the same
 * time on the two cores (paired-bench.sh) meet the same host, so their difference is the code's.
 *
 * <pre>java -cp storyline-jmh/target/benchmarks.jar dev.storyline.jmh.ThreadCpuBench ARTICLES PASSES [annotators,time]</pre>
 *
 * Prints one line per pass: "STAGE pass N: R articles per CPU-second". The first pass includes the JIT's warm-up.
 */
public final class ThreadCpuBench {
  private ThreadCpuBench() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ThreadCpuBench ARTICLES PASSES [annotators,time]");
      System.exit(2);
    }
    StageBenchmarks b = new StageBenchmarks();
    b.path = "";
    b.articles = Integer.parseInt(args[0]);
    int passes = Integer.parseInt(args[1]);
    b.load();
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (String stage : (args.length > 2 ? args[2] : "annotators,time").split(",")) {
      for (int pass = 0; pass < passes; pass++) {
        long c0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < b.articles; i++) {
          switch (stage) {
            case "annotators" -> b.annotators(bh);
            case "time" -> bh.consume(b.time());
            default -> throw new IllegalArgumentException("unknown stage " + stage + " (annotators, time)");
          }
        }
        double s = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("%s pass %d: %.0f articles per CPU-second%n", stage, pass, b.articles / s);
      }
    }
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }
}
