package io.github.restredis.ratelimit;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one {@link RateLimiter} decision.
 *
 * <pre>{@code
 * RateLimitResult result = limiter.limit("user:42");
 * if (!result.allowed()) {
 *   long seconds = Math.max(1, (result.reset() - System.currentTimeMillis() + 999) / 1000);
 *   return tooManyRequests(seconds); // for a Retry-After header
 * }
 * }</pre>
 *
 * <p>With several limits, {@code limit}, {@code remaining} and {@code reset} describe the one that
 * decided: for an allowed request the limit with the fewest requests left, for a denied one the
 * limit that frees up last.
 *
 * @param allowed whether the request may proceed
 * @param limit the limit in force (after any dynamic override), or the bucket's capacity
 * @param remaining what is left after this decision, never negative
 * @param reset epoch milliseconds: for an allowed request the end of the current window or the
 *     next refill; for a denied one the earliest time the same request could pass if nobody else
 *     consumed in between; for a failure the time of the decision
 * @param reason why
 */
public record RateLimitResult(boolean allowed, long limit, long remaining, long reset, Reason reason) {
  /** Why a request was allowed or denied. */
  public enum Reason {
    /** Within the limit, counted in Redis. */
    ALLOWED,
    /** Over the limit, as Redis says; nothing was consumed. */
    DENIED,
    /** Over the limit as a previous answer said, until its reset; no request was sent. */
    CACHE_BLOCKED,
    /** Redis did not answer within the limiter's timeout; {@code allowed} follows the {@link FailMode}. */
    TIMEOUT,
    /** Redis could not be asked or failed; {@code allowed} follows the {@link FailMode}. */
    ERROR
  }

  /**
   * Checks the reason.
   *
   * @param allowed whether the request may proceed
   * @param limit the limit in force
   * @param remaining what is left
   * @param reset epoch milliseconds
   * @param reason why
   */
  public RateLimitResult {
    Objects.requireNonNull(reason, "reason == null");
  }

  /** {@return {@link #reset()} as an instant} */
  public Instant resetInstant() {
    return Instant.ofEpochMilli(reset);
  }
}
