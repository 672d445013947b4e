package io.github.restredis.queue.internal;

import java.time.Duration;

/**
 * The wait between polls of a worker that finds nothing: it starts at the minimum and doubles up
 * to the maximum, and returns to the minimum as soon as a poll finds work.
 */
public final class IdlePolling {
  private final long minMillis;
  private final long maxMillis;
  private long current;

  public IdlePolling(Duration min, Duration max) {
    this.minMillis = min.toMillis();
    this.maxMillis = max.toMillis();
    this.current = minMillis;
  }

  /** {@return the wait after an empty poll, doubling the next one} */
  public long next() {
    long wait = current;
    current = Math.min(maxMillis, current * 2);
    return wait;
  }

  /** Starts again from the minimum, after a poll that found work. */
  public void reset() {
    current = minMillis;
  }

  /** {@return how many polls an idle hour costs from a reset on, the ramp included} */
  public static long pollsPerIdleHour(Duration min, Duration max) {
    IdlePolling polling = new IdlePolling(min, max);
    long elapsed = 0;
    long polls = 0;
    while (elapsed < 3_600_000) {
      polls++;
      elapsed += polling.next();
    }
    return polls;
  }
}
