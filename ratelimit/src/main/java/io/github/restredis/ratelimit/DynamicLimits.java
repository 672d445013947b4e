package io.github.restredis.ratelimit;

import io.github.restredis.Redis;
import io.github.restredis.SetArgs;
import io.github.restredis.ratelimit.internal.BlockedCache;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Limits changed at run time, stored in Redis so that every instance sees them at its next
 * decision, for one {@link Limit} of a limiter built with {@link RateLimiter.Builder#dynamicLimits}.
 * An identifier's own limit wins over the global one, which wins over the configured one.
 *
 * <pre>{@code
 * limiter.dynamicLimits().set("user:42", 1_000);   // a customer on a bigger plan
 * limiter.dynamicLimits().setGlobal(50);            // everyone else, during an incident
 * }</pre>
 *
 * <p>The global limit is {@code @upstash/ratelimit}'s own key ({@code prefix:dynamic:global}), so
 * its limiters built with {@code dynamicLimits: true} follow it too; an identifier's limit is at
 * {@code prefix:dynamic:id:<id>}, which only this library reads. These are configuration, not
 * counters: they stay until cleared, unless set with a time to live. Each method is one request;
 * reading them costs each decision one command (one MGET shared with the window reads, if any).
 */
public final class DynamicLimits {
  private final Redis redis;
  private final String prefix;
  private final @Nullable BlockedCache cache;

  DynamicLimits(Redis redis, String prefix, @Nullable BlockedCache cache) {
    this.redis = redis;
    this.prefix = prefix;
    this.cache = cache;
  }

  static String idKey(String prefix, String id) {
    return prefix + ":dynamic:id:" + id;
  }

  static String globalKey(String prefix) {
    return prefix + ":dynamic:global";
  }

  /**
   * Sets the limit of one identifier (SET).
   *
   * @param id the identifier
   * @param limit its limit (or bucket capacity), 0 or more
   */
  public void set(String id, long limit) {
    redis.set(idKey(prefix, check(id)), Long.toString(nonNegative(limit)));
    forgetBlocks();
  }

  /**
   * Sets the limit of one identifier for a while (SET with EX or PX).
   *
   * @param id the identifier
   * @param limit its limit, 0 or more
   * @param ttl how long the override lasts
   */
  public void set(String id, long limit, Duration ttl) {
    redis.set(idKey(prefix, check(id)), Long.toString(nonNegative(limit)), SetArgs.Builder.ex(ttl));
    forgetBlocks();
  }

  /**
   * Removes the limit of one identifier (DEL); the global or configured one applies again.
   *
   * @param id the identifier
   */
  public void clear(String id) {
    redis.del(idKey(prefix, check(id)));
    forgetBlocks();
  }

  /**
   * Reads the limit of one identifier (GET).
   *
   * @param id the identifier
   * @return its own limit, or empty when it has none
   */
  public OptionalLong get(String id) {
    return parse(redis.get(idKey(prefix, check(id))));
  }

  /**
   * Sets the limit of every identifier without one of its own (SET).
   *
   * @param limit the limit, 0 or more
   */
  public void setGlobal(long limit) {
    redis.set(globalKey(prefix), Long.toString(nonNegative(limit)));
    forgetBlocks();
  }

  /** Removes the global limit (DEL); the configured one applies again. */
  public void clearGlobal() {
    redis.del(globalKey(prefix));
    forgetBlocks();
  }

  /** {@return the global limit (GET), or empty when none is set} */
  public OptionalLong global() {
    return parse(redis.get(globalKey(prefix)));
  }

  private void forgetBlocks() {
    // A raised limit may let blocked identifiers through before their cached reset.
    if (cache != null) {
      cache.clear();
    }
  }

  private static String check(String id) {
    return Objects.requireNonNull(id, "id == null");
  }

  private static long nonNegative(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return limit;
  }

  private static OptionalLong parse(@Nullable String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("the stored dynamic limit is not an integer: " + value, e);
    }
  }

  @Override
  public String toString() {
    return "DynamicLimits{prefix=" + prefix + '}';
  }
}
