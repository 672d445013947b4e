package io.github.restredis.ratelimit;

/**
 * What a {@link RateLimiter} decides when Redis cannot: the request timed out, the server is down
 * or answered with an error. Either way the result says why ({@link
 * RateLimitResult.Reason#TIMEOUT} or {@link RateLimitResult.Reason#ERROR}) and the failure is
 * logged; it is never a silent allow.
 */
public enum FailMode {
  /** Deny: no request passes while the limit cannot be checked (the default). */
  CLOSED,
  /** Allow: requests pass unchecked while Redis is unreachable, as {@code @upstash/ratelimit} does. */
  OPEN
}
