package io.github.restredis;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed request is sent again: exponential backoff with jitter, bounded by the call's
 * deadline, and only when sending twice is safe.
 *
 * <p>A request that failed before any of it was written (connection refused, DNS) is always
 * retried. A timeout, a connection reset after writing, a 5xx or a 429 is retried only when every
 * command in the request is idempotent (reads, SET without GET, DEL, EXPIRE…), unless {@link
 * #retryNonIdempotent()} is on. A Redis error reply, a 401 or any other 4xx is never retried, nor
 * is a 2xx reply the client cannot read (a {@link ReplyDecodeException}: not JSON, or a pipeline
 * or transaction reply without exactly one reply per command), whatever the commands: the server
 * answered, so they may have run.
 *
 * <p>The default makes up to 5 retries, waiting about 50 ms, 100 ms, 200 ms, 400 ms and 800 ms
 * (±50% jitter, at most 2 s each).
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.defaults().withMaxRetries(3).withInitialBackoff(Duration.ofMillis(20));
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(5, Duration.ofMillis(50), 2.0, 0.5, Duration.ofSeconds(2), false);

  private final int maxRetries;
  private final Duration initialBackoff;
  private final double multiplier;
  private final double jitter;
  private final Duration maxBackoff;
  private final boolean retryNonIdempotent;

  private RetryPolicy(
      int maxRetries,
      Duration initialBackoff,
      double multiplier,
      double jitter,
      Duration maxBackoff,
      boolean retryNonIdempotent) {
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.multiplier = multiplier;
    this.jitter = jitter;
    this.maxBackoff = maxBackoff;
    this.retryNonIdempotent = retryNonIdempotent;
  }

  /** {@return the default policy: 5 retries from 50 ms, doubling, idempotent requests only} */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a policy that never retries} */
  public static RetryPolicy none() {
    return DEFAULTS.withMaxRetries(0);
  }

  /** {@return the maximum number of retries after the first attempt} */
  public int maxRetries() {
    return maxRetries;
  }

  /** {@return the wait before the first retry, before jitter} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the factor between successive waits} */
  public double multiplier() {
    return multiplier;
  }

  /** {@return the jitter as a share of each wait, between 0 and 1} */
  public double jitter() {
    return jitter;
  }

  /** {@return the longest single wait} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return whether requests holding non-idempotent commands are retried after an uncertain failure} */
  public boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  /**
   * {@return a copy with another retry count}
   *
   * @param maxRetries retries after the first attempt, 0 for none
   */
  public RetryPolicy withMaxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
    }
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, jitter, maxBackoff, retryNonIdempotent);
  }

  /**
   * {@return a copy with another first wait}
   *
   * @param initialBackoff the wait before the first retry, positive
   */
  public RetryPolicy withInitialBackoff(Duration initialBackoff) {
    Objects.requireNonNull(initialBackoff, "initialBackoff == null");
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff must be positive: " + initialBackoff);
    }
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, jitter, maxBackoff, retryNonIdempotent);
  }

  /**
   * {@return a copy with another growth factor}
   *
   * @param multiplier the factor between successive waits, at least 1
   */
  public RetryPolicy withMultiplier(double multiplier) {
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("multiplier must be >= 1: " + multiplier);
    }
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, jitter, maxBackoff, retryNonIdempotent);
  }

  /**
   * {@return a copy with another jitter}
   *
   * @param jitter the random share of each wait, from 0 (none) to 1 (exclusive)
   */
  public RetryPolicy withJitter(double jitter) {
    if (!(jitter >= 0.0 && jitter < 1.0)) {
      throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
    }
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, jitter, maxBackoff, retryNonIdempotent);
  }

  /**
   * {@return a copy with another cap on each wait}
   *
   * @param maxBackoff the longest single wait
   */
  public RetryPolicy withMaxBackoff(Duration maxBackoff) {
    Objects.requireNonNull(maxBackoff, "maxBackoff == null");
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, jitter, maxBackoff, retryNonIdempotent);
  }

  /**
   * {@return a copy that also retries non-idempotent requests after an uncertain failure}
   * Such a retry can apply a write twice (an INCR counted twice); only opt in when that is acceptable.
   *
   * @param retryNonIdempotent true to retry every request
   */
  public RetryPolicy withRetryNonIdempotent(boolean retryNonIdempotent) {
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, jitter, maxBackoff, retryNonIdempotent);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", multiplier=" + multiplier + ", jitter=" + jitter + ", maxBackoff=" + maxBackoff
        + ", retryNonIdempotent=" + retryNonIdempotent + '}';
  }
}
