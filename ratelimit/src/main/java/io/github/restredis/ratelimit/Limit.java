package io.github.restredis.ratelimit;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One limit a {@link RateLimiter} enforces: an algorithm, its numbers and, optionally, its own key
 * prefix. Immutable.
 *
 * <pre>{@code
 * Limit perSecond = Limit.fixedWindow(10, Duration.ofSeconds(1));
 * Limit smooth = Limit.slidingWindow(100, Duration.ofMinutes(1));
 * Limit bursty = Limit.tokenBucket(5, Duration.ofSeconds(1), 50);
 * Limit perDay = Limit.fixedWindow(1_000, Duration.ofDays(1)).withPrefix("api:day");
 * }</pre>
 *
 * <p>Keys and stored values are those of {@code @upstash/ratelimit}: a window counter at {@code
 * prefix:id:<window number>}, a token bucket hash at {@code prefix:id} with the fields {@code
 * refilledAt} and {@code tokens}. Services in any language that use the same prefix, algorithm
 * and numbers therefore share one limit.
 */
public final class Limit {
  /** The algorithm of a {@link Limit}. */
  public enum Algorithm {
    /** A counter per window of fixed length: up to {@code limit} per window. */
    FIXED_WINDOW,
    /** The current window's count plus the previous window's, weighted by how much of it overlaps. */
    SLIDING_WINDOW,
    /** Up to {@code limit} tokens, {@code refillRate} added back every interval. */
    TOKEN_BUCKET
  }

  private final Algorithm algorithm;
  private final long limit;
  private final long periodMillis;
  private final long refillRate;
  private final @Nullable String prefix;

  private Limit(Algorithm algorithm, long limit, long periodMillis, long refillRate,
      @Nullable String prefix) {
    this.algorithm = algorithm;
    this.limit = limit;
    this.periodMillis = periodMillis;
    this.refillRate = refillRate;
    this.prefix = prefix;
  }

  /**
   * {@return a limit of {@code limit} per window, windows aligned to the epoch}
   * Simple and cheap (one command per allowed decision), but a burst at the end of one window and
   * the start of the next can pass twice the limit within one window's length.
   *
   * @param limit the requests (tokens) allowed per window, at least 1
   * @param window the window, a whole number of milliseconds, at least 1 ms
   */
  public static Limit fixedWindow(long limit, Duration window) {
    return new Limit(Algorithm.FIXED_WINDOW, positive(limit, "limit"), millis(window, "window"), 0, null);
  }

  /**
   * {@return a limit of {@code limit} per sliding window}
   * Counts the current window plus the previous window in proportion to how much of it still
   * overlaps the last {@code window} (rounded down, as {@code @upstash/ratelimit} does), which
   * smooths the burst a fixed window allows at its boundary.
   *
   * @param limit the requests allowed per window, at least 1
   * @param window the window, a whole number of milliseconds, at least 1 ms
   */
  public static Limit slidingWindow(long limit, Duration window) {
    return new Limit(Algorithm.SLIDING_WINDOW, positive(limit, "limit"), millis(window, "window"), 0, null);
  }

  /**
   * {@return a token bucket holding up to {@code maxTokens}, refilled by {@code refillRate} every
   * {@code interval}} It starts full; refills happen in whole steps, counted from the first request.
   *
   * @param refillRate the tokens added back at each interval, at least 1
   * @param interval the refill interval, a whole number of milliseconds, at least 1 ms
   * @param maxTokens the capacity, at least 1
   */
  public static Limit tokenBucket(long refillRate, Duration interval, long maxTokens) {
    return new Limit(Algorithm.TOKEN_BUCKET, positive(maxTokens, "maxTokens"),
        millis(interval, "interval"), positive(refillRate, "refillRate"), null);
  }

  /**
   * {@return a copy whose keys start with {@code prefix} instead of the limiter's prefix}
   * Needed when a limiter has several limits: each needs its own key space.
   *
   * @param prefix the key prefix, not empty
   */
  public Limit withPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix == null");
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("prefix is empty");
    }
    return new Limit(algorithm, limit, periodMillis, refillRate, prefix);
  }

  /** {@return the algorithm} */
  public Algorithm algorithm() {
    return algorithm;
  }

  /** {@return the requests per window, or the bucket's capacity} */
  public long limit() {
    return limit;
  }

  /** {@return the window, or the token bucket's refill interval} */
  public Duration period() {
    return Duration.ofMillis(periodMillis);
  }

  /** {@return the tokens added per interval for a token bucket, 0 for windows} */
  public long refillRate() {
    return refillRate;
  }

  /** {@return this limit's own key prefix, or null to use the limiter's} */
  public @Nullable String prefix() {
    return prefix;
  }

  long periodMillis() {
    return periodMillis;
  }

  private static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
    return value;
  }

  private static long millis(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero() || d.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException(name + " must be a positive whole number of milliseconds: " + d);
    }
    return d.toMillis();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Limit)) {
      return false;
    }
    Limit that = (Limit) o;
    return algorithm == that.algorithm && limit == that.limit && periodMillis == that.periodMillis
        && refillRate == that.refillRate && Objects.equals(prefix, that.prefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, limit, periodMillis, refillRate, prefix);
  }

  @Override
  public String toString() {
    String numbers = algorithm == Algorithm.TOKEN_BUCKET
        ? refillRate + " per " + periodMillis + " ms, max " + limit
        : limit + " per " + periodMillis + " ms";
    return "Limit{" + algorithm + ", " + numbers + (prefix == null ? "" : ", prefix=" + prefix) + '}';
  }
}
