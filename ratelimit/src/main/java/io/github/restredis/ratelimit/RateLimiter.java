package io.github.restredis.ratelimit;

import io.github.restredis.MetricsSnapshot;
import io.github.restredis.Redis;
import io.github.restredis.RetryPolicy;
import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rate limiter on Redis: each decision is one HTTP request running one script, exact under any
 * number of concurrent callers. Immutable and thread-safe: build one per set of limits and share it.
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.builder(redis)
 *     .limit(Limit.slidingWindow(10, Duration.ofSeconds(10)))
 *     .build();
 *
 * RateLimitResult result = limiter.limit("user:42");
 * if (!result.allowed()) {
 *   // 429, Retry-After from result.reset()
 * }
 * }</pre>
 *
 * <p>A request is allowed only if every limit has room for it; a denied request consumes nothing.
 * Keys, stored values and the default prefix are those of {@code @upstash/ratelimit}, so a
 * TypeScript service and a Java service with the same prefix and limit share it.
 *
 * <p>Several limits decide together, all or nothing, still in one request:
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.builder(redis)
 *     .limit(Limit.fixedWindow(10, Duration.ofSeconds(1)).withPrefix("api:second"))
 *     .limit(Limit.fixedWindow(1_000, Duration.ofDays(1)).withPrefix("api:day"))
 *     .build();
 * limiter.limit("user:42");                     // 10 per second and 1,000 per day
 * limiter.limit(List.of("user:42", ip), 1);     // with per-identifier limits: one id per limit
 * }</pre>
 *
 * <p>The limiter talks to Redis through a client derived from the given one with {@link
 * Redis#newBuilder()}: no retries and a short timeout (default 1 s), since a late answer is worth
 * less than a quick one, over the same connections. When Redis does not answer in time or fails,
 * the {@link FailMode} decides (default {@link FailMode#CLOSED}: deny), and the result's reason
 * says so. Close the limiter when done with it; the shared connections stay open while a client
 * using them is.
 */
public final class RateLimiter implements AutoCloseable {
  /** The key prefix used unless another is set: that of {@code @upstash/ratelimit}. */
  public static final String DEFAULT_PREFIX = "@upstash/ratelimit";

  private final Builder config;
  private final Engine engine;
  private final RateLimiterAsync async;

  private RateLimiter(Builder config, Engine engine) {
    this.config = config;
    this.engine = engine;
    this.async = new RateLimiterAsync(this, engine);
  }

  /**
   * {@return a builder for a limiter on {@code redis}}
   *
   * @param redis the client; the limiter derives its own from it, without retries, sharing its
   *     connections
   */
  public static Builder builder(Redis redis) {
    return new Builder(Objects.requireNonNull(redis, "redis == null"));
  }

  /** {@return a builder holding this limiter's configuration, to build a different one} */
  public Builder newBuilder() {
    return config.copy();
  }

  /**
   * Decides one request of {@code id} under every limit: counts it if every limit has room.
   *
   * @param id the identifier: a user, an API key, an IP address
   * @return the decision
   */
  public RateLimitResult limit(String id) {
    return limit(id, 1);
  }

  /**
   * Decides a request that consumes {@code rate} units of {@code id}: all of them, or none.
   *
   * @param id the identifier
   * @param rate the units to consume; a negative rate gives units back (never beyond the limit)
   *     and is always allowed
   * @return the decision
   * @throws IllegalArgumentException if {@code rate} is 0
   */
  public RateLimitResult limit(String id, long rate) {
    return engine.limit(each(id), rate);
  }

  /**
   * Decides a request under several limits, each with its own identifier (per user and per IP).
   *
   * @param ids one identifier per limit, in the order the limits were added
   * @param rate the units to consume under each limit
   * @return the decision: allowed only if every limit has room
   * @throws IllegalArgumentException if the number of identifiers is not the number of limits
   */
  public RateLimitResult limit(List<String> ids, long rate) {
    return engine.limit(List.copyOf(ids), rate);
  }

  private List<String> each(String id) {
    return engine.each(id);
  }

  /**
   * Waits until a request of {@code id} is allowed, or until {@code timeout}; see {@link
   * #blockUntilReady(String, long, Duration)}.
   *
   * @param id the identifier
   * @param timeout the longest wait
   * @return the last decision
   */
  public RateLimitResult blockUntilReady(String id, Duration timeout) {
    return blockUntilReady(id, 1, timeout);
  }

  /**
   * Waits until a request of {@code rate} units of {@code id} is allowed: it asks, and when denied
   * sleeps until the time the denial names, then asks again. It returns at once, denied, when that
   * time is past the timeout, and returns failures ({@link Reason#TIMEOUT}, {@link Reason#ERROR})
   * as they come. An interrupt ends the wait with the last decision and the interrupt flag set.
   *
   * @param id the identifier
   * @param rate the units to consume, at least 1
   * @param timeout the longest wait, positive
   * @return the last decision
   */
  public RateLimitResult blockUntilReady(String id, long rate, Duration timeout) {
    checkWait(rate, timeout);
    long deadline = engine.now() + timeout.toMillis();
    // A second bound on the real time spent, should the limiter's clock not move (a test clock).
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      RateLimitResult result = limit(id, rate);
      long wait = engine.waitBefore(result, deadline, end);
      if (wait < 0) {
        return result;
      }
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return result;
      }
    }
  }

  static void checkWait(long rate, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero() || rate < 1) {
      throw new IllegalArgumentException("need a positive timeout and rate: " + timeout + ", " + rate);
    }
  }

  /**
   * Reads what is left for {@code id} without consuming anything, with a read-only script (one
   * request): the token bucket's count includes the refill since its last request.
   *
   * @param id the identifier
   * @return {@code allowed} tells whether one request would pass now; {@code remaining}, {@code
   *     limit} and {@code reset} are as a decision reports them
   * @throws io.github.restredis.UpstashException if Redis cannot be asked (no fail mode applies)
   */
  public RateLimitResult getRemaining(String id) {
    return engine.peek(each(id));
  }

  /**
   * Reads what is left under each limit for its identifier; see {@link #getRemaining(String)}.
   *
   * @param ids one identifier per limit, in order
   * @return what a one-unit request would see
   */
  public RateLimitResult getRemaining(List<String> ids) {
    return engine.peek(List.copyOf(ids));
  }

  /**
   * Forgets what {@code id} used under every limit: one DEL of its known keys (the windows around
   * now, or the bucket), never a scan of the keyspace. Dynamic limits stay.
   *
   * @param id the identifier
   * @throws io.github.restredis.UpstashException if Redis cannot be asked
   */
  public void reset(String id) {
    engine.reset(each(id));
  }

  /**
   * Forgets what each identifier used under its limit; see {@link #reset(String)}.
   *
   * @param ids one identifier per limit, in order
   */
  public void reset(List<String> ids) {
    engine.reset(List.copyOf(ids));
  }

  /**
   * {@return the dynamic limits of this limiter's only limit}
   *
   * @throws IllegalStateException if dynamic limits are off or the limiter has several limits
   */
  public DynamicLimits dynamicLimits() {
    if (engine.limits.size() != 1) {
      throw new IllegalStateException("this limiter has " + engine.limits.size()
          + " limits; name one with dynamicLimits(Limit)");
    }
    return dynamicLimits(engine.limits.get(0));
  }

  /**
   * {@return the dynamic limits of one of this limiter's limits}
   *
   * @param limit one of the limits this limiter was built with
   * @throws IllegalStateException if dynamic limits are off
   * @throws IllegalArgumentException if {@code limit} is not one of this limiter's
   */
  public DynamicLimits dynamicLimits(Limit limit) {
    if (!engine.dynamicLimits) {
      throw new IllegalStateException("dynamic limits are off; turn them on with Builder.dynamicLimits(true)");
    }
    int index = engine.limits.indexOf(Objects.requireNonNull(limit, "limit == null"));
    if (index < 0) {
      throw new IllegalArgumentException("not a limit of this limiter: " + limit);
    }
    return new DynamicLimits(engine.redis, engine.prefixes.get(index), engine.cache);
  }

  /** {@return the asynchronous view of this limiter: the same decisions as futures} */
  public RateLimiterAsync async() {
    return async;
  }

  /** {@return the limits, in the order they were added} */
  public List<Limit> limits() {
    return engine.limits;
  }

  /**
   * {@return the counters of the limiter's own client: requests, billed commands, failures} They
   * count the limiter's requests only, not those of the client it was built from, although the two
   * share connections. Publish them with {@code new RedisMetrics(limiter::metrics, Tags.of("client",
   * "ratelimit"))} ({@code io.github.restredis.micrometer}).
   */
  public MetricsSnapshot metrics() {
    return engine.redis.metrics();
  }

  /**
   * Closes the limiter's own client. The client it was built from stays open, and so do the
   * connections they share: they are released when the last client using them is closed.
   */
  @Override
  public void close() {
    engine.redis.close();
  }

  @Override
  public String toString() {
    return "RateLimiter{limits=" + engine.limits + ", prefixes=" + engine.prefixes
        + ", failMode=" + engine.failMode + (engine.serverClock ? ", serverClock" : "") + '}';
  }

  /**
   * Configures a {@link RateLimiter}. At least one {@link Limit} is required.
   *
   * <pre>{@code
   * RateLimiter limiter = RateLimiter.builder(redis)
   *     .limit(Limit.tokenBucket(5, Duration.ofSeconds(1), 20))
   *     .prefix("myapp:ratelimit")
   *     .timeout(Duration.ofMillis(300))
   *     .failMode(FailMode.OPEN)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Redis redis;
    private final List<Limit> limits = new ArrayList<>();
    private String prefix = DEFAULT_PREFIX;
    private Duration timeout = Duration.ofSeconds(1);
    private FailMode failMode = FailMode.CLOSED;
    private Clock clock = Clock.systemUTC();
    private boolean serverClock;
    private int blockedCacheSize = 10_000;
    private boolean dynamicLimits;
    private boolean checkEvictionPolicy = true;

    Builder(Redis redis) {
      this.redis = redis;
    }

    Builder copy() {
      Builder b = new Builder(redis);
      b.limits.addAll(limits);
      b.prefix = prefix;
      b.timeout = timeout;
      b.failMode = failMode;
      b.clock = clock;
      b.serverClock = serverClock;
      b.blockedCacheSize = blockedCacheSize;
      b.dynamicLimits = dynamicLimits;
      b.checkEvictionPolicy = checkEvictionPolicy;
      return b;
    }

    /**
     * Adds a limit; a request must fit every limit added.
     *
     * @param limit the limit; with several, give each but one its own {@link Limit#withPrefix}
     * @return this builder
     */
    public Builder limit(Limit limit) {
      limits.add(Objects.requireNonNull(limit, "limit == null"));
      return this;
    }

    /**
     * Sets the key prefix of limits without their own (default {@value RateLimiter#DEFAULT_PREFIX}).
     *
     * @param prefix the prefix, not empty
     * @return this builder
     */
    public Builder prefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix == null");
      if (prefix.isEmpty()) {
        throw new IllegalArgumentException("prefix is empty");
      }
      this.prefix = prefix;
      return this;
    }

    /**
     * Sets how long a decision may wait for Redis, one attempt without retries (default 1 s).
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets what happens when Redis cannot decide (default {@link FailMode#CLOSED}).
     *
     * @param failMode deny or allow
     * @return this builder
     */
    public Builder failMode(FailMode failMode) {
      this.failMode = Objects.requireNonNull(failMode, "failMode == null");
      return this;
    }

    /**
     * Sets the clock whose time picks windows and refills (default the system clock, as {@code
     * @upstash/ratelimit} does); with {@link #serverClock(boolean)} it only serves the local cache.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Uses the Redis server's clock ({@code TIME}, read inside the script) instead of the
     * caller's, for fleets whose clocks disagree (default false). Costs one more billed command
     * per decision and declares the windows on each side of the current one.
     *
     * @param enabled true for the server's clock
     * @return this builder
     */
    public Builder serverClock(boolean enabled) {
      this.serverClock = enabled;
      return this;
    }

    /**
     * Sets how many blocked identifiers are remembered locally until their reset, so that asking
     * again costs no request (default 10,000; 0 turns the cache off).
     *
     * @param size the most identifiers kept
     * @return this builder
     */
    public Builder blockedCacheSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("blockedCacheSize must not be negative: " + size);
      }
      this.blockedCacheSize = size;
      return this;
    }

    /**
     * Reads limits changed at run time from Redis at each decision (default false); see {@link
     * DynamicLimits}.
     *
     * @param enabled true to read them
     * @return this builder
     */
    public Builder dynamicLimits(boolean enabled) {
      this.dynamicLimits = enabled;
      return this;
    }

    /**
     * Asks Redis for its {@code maxmemory-policy} (INFO memory, one billed command) when
     * building, and logs a warning if it may evict keys (default true). A server that does not
     * tell is noted at DEBUG level only.
     *
     * @param enabled false to skip the request
     * @return this builder
     */
    public Builder checkEvictionPolicy(boolean enabled) {
      this.checkEvictionPolicy = enabled;
      return this;
    }

    /**
     * {@return the limiter}
     *
     * @throws IllegalStateException if no limit was added
     * @throws IllegalArgumentException if two limits would share a key prefix
     */
    public RateLimiter build() {
      if (limits.isEmpty()) {
        throw new IllegalStateException("no limit added; call limit(Limit) at least once");
      }
      List<String> prefixes = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Limit limit : limits) {
        String p = limit.prefix() != null ? limit.prefix() : prefix;
        if (!seen.add(p)) {
          throw new IllegalArgumentException("two limits share the key prefix \"" + p
              + "\"; give each its own with Limit.withPrefix");
        }
        prefixes.add(p);
      }
      Redis own = redis.newBuilder()
          .retryPolicy(RetryPolicy.none())
          .attemptTimeout(timeout)
          .deadline(timeout)
          .build();
      Engine engine = new Engine(own, List.copyOf(limits), List.copyOf(prefixes), failMode, clock,
          serverClock, dynamicLimits, blockedCacheSize);
      if (checkEvictionPolicy) {
        engine.warnIfEvicting();
      }
      return new RateLimiter(copy(), engine);
    }

    @Override
    public String toString() {
      return "RateLimiter.Builder{limits=" + limits + ", prefix=" + prefix + '}';
    }
  }
}
