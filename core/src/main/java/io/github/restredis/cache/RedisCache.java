package io.github.restredis.cache;

import com.squareup.moshi.JsonAdapter;
import io.github.restredis.MetricsSnapshot;
import io.github.restredis.Redis;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Cache-aside on Redis for values of one type in one namespace: read Redis, else load from the
 * source of truth and store with a TTL, without stampedes and without failing when Redis does.
 * Thread-safe; build one per namespace and share it.
 *
 * <pre>{@code
 * RedisCache<User> users = RedisCache.builder(redis, "users", User.class)
 *     .ttl(Duration.ofMinutes(10)).ttlJitter(0.1).grace(Duration.ofMinutes(30)).build();
 * User user = users.get(id, key -> repository.findById(key).orElse(null));
 * }</pre>
 *
 * <p>{@link #get(String, CacheLoader)} loads once per key per process at a time (callers of one
 * key share one Redis read and one load), and once across processes with {@link
 * Builder#distributedLock}. It refreshes early in the background by XFetch (probability {@code
 * exp(-(expiry - now) / (delta * beta))}, delta being the last load's duration), serves an expired
 * value within the {@linkplain Builder#grace grace period} while one refresh runs or while the
 * loader fails, and caches a loader's null {@linkplain Builder#negativeTtl briefly}. Each Redis
 * call has the cache's own short deadline and no retries, and a circuit breaker stops asking
 * Redis after repeated failures: the loader's value is returned, and the failure counted in
 * {@link #stats()}, never thrown.
 *
 * <p>Staleness: fresh for the TTL, then stale for at most the grace period (only through a
 * loader). The optional near cache shows another process's writes and invalidations after at most
 * its TTL; this process's own apply at once. A load that started before an invalidation may still
 * store what it read, as in any cache-aside. Invalidations ({@link #delete}, {@link
 * #invalidateAll}, {@link #deleteByPrefix}) use the given client, with its retries, and throw
 * {@link io.github.restredis.UpstashException} on failure, since a lost one would leave stale data.
 *
 * <p>The switch: the system property {@code restredis.cache.<namespace>.enabled}, else {@code
 * restredis.cache.enabled}, else the environment variable {@code RESTREDIS_CACHE_ENABLED}, read at
 * {@link Builder#build()}, overrides {@link Builder#enabled}. Off, every read calls the loader,
 * writes are dropped, and invalidations still reach Redis, so that nothing stale is served once
 * it is back on.
 *
 * @param <V> the value type, converted to JSON with the client's {@link Redis#moshi() Moshi}
 */
public final class RedisCache<V> implements AutoCloseable {
  /** System property turning every cache on or off. */
  public static final String ENABLED_PROPERTY = "restredis.cache.enabled";
  /** Environment variable turning every cache on or off, below the system properties. */
  public static final String ENABLED_ENV = "RESTREDIS_CACHE_ENABLED";

  private final CacheEngine<V> engine;
  private final DirectOps<V> direct;

  private RedisCache(CacheEngine<V> engine) {
    this.engine = engine;
    this.direct = new DirectOps<>(engine);
  }

  /**
   * {@return a builder for a cache of {@code type} values in {@code namespace}}
   *
   * @param redis the client; the cache derives a short-deadline client from it with {@link
   *     Redis#newBuilder()}, which shares its connections
   * @param namespace the key prefix, such as {@code users}; must not contain {@code #}
   * @param type the value class, converted with {@code redis.moshi()}
   * @param <V> the value type
   */
  public static <V> Builder<V> builder(Redis redis, String namespace, Class<V> type) {
    Objects.requireNonNull(redis, "redis == null");
    Objects.requireNonNull(type, "type == null");
    return new Builder<>(redis, namespace, redis.moshi().adapter(type));
  }

  /**
   * {@return a builder for a cache whose values {@code adapter} converts, such as a generic type}
   *
   * <pre>{@code
   * JsonAdapter<List<String>> adapter =
   *     redis.moshi().adapter(Types.newParameterizedType(List.class, String.class));
   * RedisCache<List<String>> tags = RedisCache.builder(redis, "tags", adapter).build();
   * }</pre>
   *
   * @param redis the client
   * @param namespace the key prefix; must not contain {@code #}
   * @param adapter converts values to and from JSON
   * @param <V> the value type
   */
  public static <V> Builder<V> builder(Redis redis, String namespace, JsonAdapter<V> adapter) {
    Objects.requireNonNull(redis, "redis == null");
    Objects.requireNonNull(adapter, "adapter == null");
    return new Builder<>(redis, namespace, adapter);
  }

  /**
   * Gets a fresh value, or loads, stores and returns it: the cache-aside read.
   *
   * @param key the key within the namespace
   * @param loader called on a miss, or in the background to refresh; its null is cached briefly
   * @return the cached or loaded value, null if the source has none
   * @throws CacheLoadException if the loader threw a checked exception (unchecked ones as is) and
   *     no stale value could be served
   */
  public @Nullable V get(String key, CacheLoader<? extends V> loader) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(loader, "loader == null");
    return engine.get(key, loader);
  }

  /**
   * Gets a fresh value without loading (one MGET, or none on a near-cache hit).
   *
   * @param key the key
   * @return the value, or null if absent, expired, a cached absence, or Redis unavailable
   */
  public @Nullable V get(String key) {
    Objects.requireNonNull(key, "key == null");
    return direct.getIfPresent(key);
  }

  /**
   * Gets the fresh values of several keys in one request (MGET).
   *
   * @param keys the keys
   * @return the keys that have a value, in the order given, with their values
   */
  public Map<String, V> getAll(Collection<String> keys) {
    Objects.requireNonNull(keys, "keys == null");
    return direct.getAll(keys);
  }

  /**
   * Stores a value with the cache's TTL (jittered).
   *
   * @param key the key
   * @param value the value
   * @return true if Redis stored it, false if Redis was unavailable or the cache is off
   * @throws IllegalArgumentException if the stored form exceeds the maximum value size
   */
  public boolean put(String key, V value) {
    Objects.requireNonNull(value, "value == null");
    return direct.put(Objects.requireNonNull(key, "key == null"), value, engine.jitteredTtl());
  }

  /**
   * Stores a value with its own TTL.
   *
   * @param key the key
   * @param value the value
   * @param ttl the time it stays fresh, positive
   * @return true if Redis stored it, false if Redis was unavailable or the cache is off
   * @throws IllegalArgumentException if the stored form exceeds the maximum value size
   */
  public boolean put(String key, V value, Duration ttl) {
    Objects.requireNonNull(value, "value == null");
    return direct.put(Objects.requireNonNull(key, "key == null"), value, positiveMillis(ttl, "ttl"));
  }

  /**
   * Stores several values with one TTL in one request: a MULTI/EXEC transaction of {@code SET …
   * PX}, so other readers see all of them or none. Every value is checked before anything is sent.
   *
   * @param values keys and values
   * @param ttl the time they stay fresh, positive
   * @return true if Redis stored them, false if Redis was unavailable, the cache is off or
   *     {@code values} is empty
   * @throws IllegalArgumentException if a stored form exceeds the maximum value size
   * @throws io.github.restredis.RequestTooLargeException if they do not fit in one request (the
   *     client's {@code maxRequestBytes}); nothing is stored
   */
  public boolean putAll(Map<String, ? extends V> values, Duration ttl) {
    Objects.requireNonNull(values, "values == null");
    return direct.putAll(values, positiveMillis(ttl, "ttl"));
  }

  /**
   * Deletes one entry (UNLINK), here and in this process's near cache.
   *
   * @param key the key
   * @return true if Redis held an entry for it
   * @throws io.github.restredis.UpstashException if Redis could not be asked
   */
  public boolean delete(String key) {
    return direct.delete(Objects.requireNonNull(key, "key == null"));
  }

  /**
   * Invalidates the whole namespace with one command (INCR of its version counter): later reads
   * use new keys, and the old entries expire on their own. Without versioning, falls back to
   * {@link #deleteByPrefix deleteByPrefix("")}.
   *
   * @throws io.github.restredis.UpstashException if Redis could not be asked
   */
  public void invalidateAll() {
    direct.invalidateAll();
  }

  /**
   * Deletes the entries whose key starts with {@code prefix}, by SCAN and UNLINK in batches of
   * 500; costs about one request per 1,000 keys of the whole database scanned.
   *
   * @param prefix the start of the keys, within the namespace; empty for all
   * @return the number of entries deleted
   * @throws io.github.restredis.UpstashException if Redis could not be asked
   */
  public long deleteByPrefix(String prefix) {
    return direct.deleteByPrefix(Objects.requireNonNull(prefix, "prefix == null"));
  }

  /**
   * {@return a function that caches {@code function}'s results: the decorator written by hand}
   *
   * <pre>{@code
   * Function<Long, Price> price = prices.memoize(id -> "price:" + id, pricingService::quote);
   * }</pre>
   *
   * @param key maps an argument to its cache key
   * @param function computes a result on a miss; null results are cached briefly
   * @param <A> the argument type
   */
  public <A> Function<A, @Nullable V> memoize(
      Function<? super A, String> key, Function<? super A, ? extends @Nullable V> function) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(function, "function == null");
    return argument -> get(key.apply(argument), k -> function.apply(argument));
  }

  /** {@return the counters so far and whether Redis is being asked} */
  public CacheStats stats() {
    return engine.stats.snapshot(engine.breaker.closed());
  }

  /**
   * {@return the counters of the cache's own client: requests, billed commands, failures}
   * The cache reads, writes and locks through a client it derives from the one given (see {@link
   * #builder(Redis, String, Class)}), which counts its requests apart from that one's; its
   * invalidations go through the client given and are counted there. Publish them with {@code new
   * RedisMetrics(cache::metrics, Tags.of("client", "cache"))}. {@link #stats()} tells what those
   * requests achieved (hits, misses, errors).
   */
  public MetricsSnapshot metrics() {
    return engine.metrics();
  }

  /** {@return whether caching is on (see the switch in the class description)} */
  public boolean isEnabled() {
    return engine.cfg.enabled();
  }

  /** {@return the namespace, the prefix of every key} */
  public String namespace() {
    return engine.cfg.namespace();
  }

  CacheEngine<V> engine() {
    return engine;
  }

  /**
   * Closes the cache's derived client and stops its refresh threads; the {@link Redis} given stays
   * open, and so do the connections the two share.
   */
  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return "RedisCache{namespace=" + engine.cfg.namespace() + ", enabled=" + engine.cfg.enabled() + '}';
  }

  static long positiveMillis(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return Math.max(1, d.toMillis());
  }

  static long nonNegativeMillis(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + d);
    }
    return d.toMillis();
  }

  /**
   * Configures a {@link RedisCache}. Defaults: TTL 5 min without jitter, absences cached 10 s,
   * values up to 1 MiB stored, XFetch with beta 1, no grace period, no distributed lock, no near
   * cache, a 500 ms Redis deadline, the breaker opening for 30 s after 5 consecutive failures,
   * {@link StorageFormat#ENVELOPE} and a versioned namespace.
   *
   * @param <V> the value type
   */
  public static final class Builder<V> {
    private final Redis redis;
    private final String namespace;
    private final JsonAdapter<V> adapter;
    private long ttl = Duration.ofMinutes(5).toMillis();
    private double jitter;
    private long negativeTtl = Duration.ofSeconds(10).toMillis();
    private int maxValueBytes = 1024 * 1024;
    private double beta = 1.0;
    private long grace;
    private long lockLease;
    private long lockWait;
    private int nearMax;
    private long nearTtl;
    private long redisTimeout = 500;
    private int breakerFailures = 5;
    private long breakerOpen = Duration.ofSeconds(30).toMillis();
    private StorageFormat format = StorageFormat.ENVELOPE;
    private boolean versioned = true;
    private boolean enabled = true;
    private Clock clock = Clock.systemUTC();
    private @Nullable RandomGenerator random;
    private @Nullable Executor refreshExecutor;
    private Function<String, @Nullable String> properties = System::getProperty;
    private Function<String, @Nullable String> env = System::getenv;

    Builder(Redis redis, String namespace, JsonAdapter<V> adapter) {
      Objects.requireNonNull(namespace, "namespace == null");
      if (namespace.isEmpty() || namespace.indexOf('#') >= 0) {
        throw new IllegalArgumentException("namespace must be non-empty and without '#': " + namespace);
      }
      this.redis = redis;
      this.namespace = namespace;
      this.adapter = adapter;
    }

    /**
     * Sets how long a loaded or {@link #put(String, Object) put} value stays fresh (default 5 min).
     *
     * @param ttl the time to live, positive
     * @return this builder
     */
    public Builder<V> ttl(Duration ttl) {
      this.ttl = positiveMillis(ttl, "ttl");
      return this;
    }

    /**
     * Shortens each default TTL by a random share of up to {@code jitter}, so that entries loaded
     * together do not expire together (default 0; 0.1 is a good choice).
     *
     * @param jitter the share, from 0 to 1 (exclusive)
     * @return this builder
     */
    public Builder<V> ttlJitter(double jitter) {
      if (!(jitter >= 0 && jitter < 1)) {
        throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets how long a loader's null is cached (default 10 s); zero stores nothing.
     *
     * @param ttl the time to live of a cached absence, zero or positive
     * @return this builder
     */
    public Builder<V> negativeTtl(Duration ttl) {
      this.negativeTtl = nonNegativeMillis(ttl, "negativeTtl");
      return this;
    }

    /**
     * Sets the largest stored form, in UTF-8 bytes (default 1 MiB). A larger loaded value is
     * returned but not stored; a larger {@code put} is refused.
     *
     * @param bytes the limit, positive
     * @return this builder
     */
    public Builder<V> maxValueBytes(int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxValueBytes must be positive: " + bytes);
      }
      this.maxValueBytes = bytes;
      return this;
    }

    /**
     * Sets XFetch's beta (default 1, as in the paper): above 1 refreshes earlier, 0 turns early
     * refresh off.
     *
     * @param beta zero or positive
     * @return this builder
     */
    public Builder<V> earlyRefreshBeta(double beta) {
      if (!(beta >= 0) || Double.isInfinite(beta)) {
        throw new IllegalArgumentException("beta must be finite and >= 0: " + beta);
      }
      this.beta = beta;
      return this;
    }

    /**
     * Keeps values this long past their TTL, served stale while one refresh runs and for the whole
     * period if the loader fails (default 0: nothing stale). {@link StorageFormat#PLAIN_JSON}
     * ignores it.
     *
     * @param grace zero or positive
     * @return this builder
     */
    public Builder<V> grace(Duration grace) {
      this.grace = nonNegativeMillis(grace, "grace");
      return this;
    }

    /**
     * Makes a miss load once across processes: a Redis lock held for at most {@code lease}, for
     * which other processes wait at most {@code maxWait} before loading themselves.
     *
     * @param lease how long a lock lives if its holder vanishes, positive; longer than a load
     * @param maxWait the longest wait for another process's load, zero or positive
     * @return this builder
     */
    public Builder<V> distributedLock(Duration lease, Duration maxWait) {
      this.lockLease = positiveMillis(lease, "lease");
      this.lockWait = nonNegativeMillis(maxWait, "maxWait");
      return this;
    }

    /**
     * Adds an in-process near cache: up to {@code maxEntries} values (least recently used ones
     * leave first), each kept at most {@code ttl}, and never past its own expiry. Another
     * process's writes and invalidations show here after at most {@code ttl}. Values are shared
     * instances: treat them as immutable.
     *
     * @param maxEntries the bound, positive
     * @param ttl how long a value is served without asking Redis, positive
     * @return this builder
     */
    public Builder<V> nearCache(int maxEntries, Duration ttl) {
      if (maxEntries <= 0) {
        throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
      }
      this.nearMax = maxEntries;
      this.nearTtl = positiveMillis(ttl, "ttl");
      return this;
    }

    /**
     * Sets the deadline of each Redis call the cache makes, which is never retried (default 500 ms).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder<V> redisTimeout(Duration timeout) {
      this.redisTimeout = positiveMillis(timeout, "timeout");
      return this;
    }

    /**
     * Sets when the circuit breaker opens (after {@code failures} consecutive Redis failures) and
     * for how long it stops asking Redis before one probe (default 5, 30 s).
     *
     * @param failures consecutive failures, positive
     * @param open how long Redis is not asked, positive
     * @return this builder
     */
    public Builder<V> circuitBreaker(int failures, Duration open) {
      if (failures <= 0) {
        throw new IllegalArgumentException("failures must be positive: " + failures);
      }
      this.breakerFailures = failures;
      this.breakerOpen = positiveMillis(open, "open");
      return this;
    }

    /**
     * Sets how values are stored (default {@link StorageFormat#ENVELOPE}).
     *
     * @param format the format
     * @return this builder
     */
    public Builder<V> storageFormat(StorageFormat format) {
      this.format = Objects.requireNonNull(format, "format == null");
      return this;
    }

    /**
     * Puts a version counter in every key ({@code <ns>:<version>:<key>}, default true), so that
     * {@link #invalidateAll()} takes one command. Turn it off for keys other SDKs read by name
     * ({@code <ns>:<key>}); {@code invalidateAll()} then scans.
     *
     * @param versioned whether keys carry the namespace version
     * @return this builder
     */
    public Builder<V> versionedNamespace(boolean versioned) {
      this.versioned = versioned;
      return this;
    }

    /**
     * Turns caching on or off (default on); the system properties and the environment variable
     * named in {@link RedisCache} override it.
     *
     * @param enabled false to call the loader on every read
     * @return this builder
     */
    public Builder<V> enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Sets the clock of expiry, XFetch and the breaker (default UTC system clock), for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder<V> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets the random source of XFetch and jitter (default {@code ThreadLocalRandom}), for tests.
     *
     * @param random a thread-safe generator
     * @return this builder
     */
    public Builder<V> random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /**
     * Sets where background refreshes run (default: up to 8 daemon threads of the cache's own;
     * a refresh finding them all busy is skipped).
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder<V> refreshExecutor(Executor executor) {
      this.refreshExecutor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    Builder<V> switches(Function<String, @Nullable String> properties,
        Function<String, @Nullable String> env) {
      this.properties = properties;
      this.env = env;
      return this;
    }

    /** {@return the cache; it derives its own client from the {@link Redis} given} */
    public RedisCache<V> build() {
      return new RedisCache<>(new CacheEngine<>(new CacheConfig<>(namespace, adapter, ttl, jitter,
          negativeTtl, maxValueBytes, beta, grace, lockLease, lockWait, nearMax, nearTtl,
          redisTimeout, breakerFailures, breakerOpen, format, versioned, switchedOn(), clock,
          random, refreshExecutor), redis));
    }

    private boolean switchedOn() {
      String value = properties.apply("restredis.cache." + namespace + ".enabled");
      if (value == null) {
        value = properties.apply(ENABLED_PROPERTY);
      }
      if (value == null) {
        value = env.apply(ENABLED_ENV);
      }
      return value == null || value.isBlank() ? enabled : !value.trim().equalsIgnoreCase("false");
    }
  }
}
