package io.github.restredis.ratelimit.internal;

import org.jspecify.annotations.Nullable;

/**
 * One limit applied to one identifier in a decision.
 *
 * @param kind {@link #FIXED}, {@link #SLIDING} or {@link #BUCKET}
 * @param limit the configured limit or capacity
 * @param periodMillis the window or refill interval
 * @param refillRate tokens per interval (buckets only)
 * @param baseKey {@code prefix:id}
 * @param dynamicKey the identifier's dynamic-limit key, or null when dynamic limits are off
 * @param globalDynamicKey the prefix's global dynamic-limit key, or null when they are off
 */
public record Part(int kind, long limit, long periodMillis, long refillRate, String baseKey,
    @Nullable String dynamicKey, @Nullable String globalDynamicKey) {
  /** A fixed window. */
  public static final int FIXED = 1;
  /** A sliding window. */
  public static final int SLIDING = 2;
  /** A token bucket. */
  public static final int BUCKET = 3;

  /** {@return the key of window {@code window}} */
  public String windowKey(long window) {
    return baseKey + ':' + window;
  }

  /** {@return whether this is a fixed or sliding window} */
  public boolean windowed() {
    return kind != BUCKET;
  }
}
