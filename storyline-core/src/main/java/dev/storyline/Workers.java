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
}
