package dev.storyline;

/** Runs one piece of work on several threads at once, the calling thread being one of them. */
public final class Workers {
  private Workers() {}

  /**
   * Runs {@code work} on {@code threads} threads (the caller plus {@code threads - 1} daemon threads named
   * {@code name-N}) and returns when all have finished. The work itself shares out its items.
   */
  public static void runOn(int threads, String name, Runnable work) {
    Thread[] pool = new Thread[Math.max(0, threads - 1)];
    for (int w = 0; w < pool.length; w++) {
      pool[w] = new Thread(work, name + "-" + (w + 1));
      pool[w].setDaemon(true);
      pool[w].start();
    }
    work.run();
    for (Thread t : pool) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for workers", e);
      }
    }
  }

  /**
   * Runs {@code task} for every index in [0, n) on up to {@code threads} threads (fewer when there is little work).
   * Indexes are handed out {@code chunk} at a time from a shared counter, which balances long and short items; a
   * task that writes only its own slot gives the caller the same result for any thread count. The first failure
   * stops the handing out and is rethrown in the caller.
   */
  public static void forEachIndex(int threads, String name, int n, int chunk, java.util.function.IntConsumer task) {
    int workers = Math.min(threads, Math.max(1, n / Math.max(1, chunk)));
    if (workers <= 1) {
      for (int i = 0; i < n; i++) task.accept(i);
      return;
    }
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
    runOn(workers, name, () -> {
      try {
        for (int from; failed.get() == null && (from = next.getAndAdd(chunk)) < n; ) {
          for (int i = from, to = Math.min(n, from + chunk); i < to; i++) task.accept(i);
        }
      } catch (Throwable e) { // an Error in a worker must not vanish with its thread
        failed.compareAndSet(null, e);
      }
    });
    Throwable e = failed.get();
    if (e instanceof Error err) throw err;
    if (e instanceof RuntimeException re) throw re;
    if (e != null) throw new IllegalStateException(e);
  }
}
