package io.github.restredis.queue.internal;

/**
 * How a worker's poller measures and spends the time between polls: waiting until a time passes
 * or until {@link #wake()}. This is elapsed time, apart from the queue's clock of leases and
 * delays. Tests replace it with one that moves a virtual clock instead, to run an idle hour in a
 * moment.
 */
public interface Sleeper {
  /** {@return monotonic milliseconds, for intervals only} */
  long millis();

  /** Waits up to {@code millis}, less if woken; a wake before the call ends the next wait at once. */
  void sleep(long millis) throws InterruptedException;

  /** Ends the current or next wait. */
  void wake();

  /** {@return a sleeper on the real clock} */
  static Sleeper system() {
    return new Sleeper() {
      private boolean woken;

      @Override
      public long millis() {
        return System.nanoTime() / 1_000_000;
      }

      @Override
      public synchronized void sleep(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!woken) {
          long left = (end - System.nanoTime()) / 1_000_000;
          if (left <= 0) {
            break;
          }
          wait(left);
        }
        woken = false;
      }

      @Override
      public synchronized void wake() {
        woken = true;
        notifyAll();
      }
    };
  }
}
