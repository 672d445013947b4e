package io.github.restredis.queue.internal;

import java.time.Duration;

/** Sorted-set scores, computed here exactly as the scripts compute them. */
public final class Scores {
  /** The lowest priority; the highest is the negation. */
  public static final int MIN_PRIORITY = -1000;
  /** The highest priority. */
  public static final int MAX_PRIORITY = 1000;
  private static final long BAND = 1L << 42; // more milliseconds than until the year 2109

  private Scores() {}

  /** {@return the ready-set score: higher priority first, then earlier first; below 2^53, so exact in a double} */
  public static long ready(int priority, long epochMillis) {
    return (MAX_PRIORITY - priority) * BAND + epochMillis;
  }

  /**
   * {@return when a record kept for {@code retention} may be deleted: rounded up to a grid of
   * {@code retention / 48} (1 s to 30 min), so that expiries fall together and an idle worker
   * wakes for them at most twice an hour}
   */
  public static long expiry(long now, Duration retention) {
    long grid = Math.max(1_000, Math.min(30 * 60_000, retention.toMillis() / 48));
    long at = now + retention.toMillis();
    return (at + grid - 1) / grid * grid;
  }
}
