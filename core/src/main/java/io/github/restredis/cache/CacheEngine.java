package io.github.restredis.cache;

import io.github.restredis.MetricsSnapshot;
import io.github.restredis.Redis;
import io.github.restredis.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@link RedisCache} does: the read, load, refresh and write paths. */
final class CacheEngine<V> implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger("io.github.restredis.cache");
  private static final int REFRESH_THREADS = 8;

  /** A loader's result and how long it took, the XFetch delta. */
  private record Loaded<V>(@Nullable V value, long deltaMillis) {}

  private enum Outcome { HIT, STALE, MISS }

  /** What one coalesced read gave every caller waiting on it. */
  private record Read<V>(@Nullable V value, Outcome outcome) {}

  final CacheConfig<V> cfg;
  final StatsRecorder stats = new StatsRecorder();
  final Breaker breaker;
  final Store store;
  final Codec<V> codec;
  final @Nullable NearCache<V> near;
  private final @Nullable DistributedLock<V> lock;
  private final SingleFlight<Read<V>> reads = new SingleFlight<>();
  private final SingleFlight<@Nullable V> refreshes = new SingleFlight<>();
  private final Redis fast;
  final Clock clock;
  private final Executor executor;
  private final @Nullable ExecutorService ownedExecutor;

  /** {@return the counters of the cache's own client} */
  MetricsSnapshot metrics() {
    return fast.metrics();
  }

  CacheEngine(CacheConfig<V> cfg, Redis redis) {
    this.cfg = cfg;
    this.clock = cfg.clock();
    Duration timeout = Duration.ofMillis(cfg.redisTimeoutMillis());
    // The cache's own client: a short deadline and no retries, since the loader is the fallback.
    // Derived, it shares the given client's connections and threads.
    this.fast = redis.newBuilder().retryPolicy(RetryPolicy.none())
        .attemptTimeout(timeout).deadline(timeout).build();
    this.breaker = new Breaker(cfg.namespace(), cfg.breakerFailures(), cfg.breakerOpenMillis(), clock);
    this.store = new Store(fast, redis, breaker, stats, cfg.namespace(), cfg.versioned());
    this.codec = Codec.of(cfg.format(), cfg.adapter());
    this.near = cfg.nearMaxEntries() > 0
        ? new NearCache<>(cfg.nearMaxEntries(), cfg.nearTtlMillis(), clock) : null;
    this.lock = cfg.lockLeaseMillis() > 0
        ? new DistributedLock<>(store, codec, stats, clock, cfg.lockLeaseMillis(), cfg.lockWaitMillis())
        : null;
    if (cfg.refreshExecutor() != null) {
      this.executor = cfg.refreshExecutor();
      this.ownedExecutor = null;
    } else {
      ExecutorService pool = refreshPool(cfg.namespace());
      this.executor = pool;
      this.ownedExecutor = pool;
    }
  }

  @Nullable V get(String key, CacheLoader<? extends V> loader) {
    if (!cfg.enabled()) {
      stats.misses.increment();
      return load(key, loader).value();
    }
    NearCache.Slot<V> slot = near == null ? null : near.get(key);
    if (slot != null) {
      stats.nearHit(slot.value() == null);
      return slot.value();
    }
    // Concurrent readers of one key share one Redis read and, on a miss, one load. The leader
    // writes before it completes, so a reader arriving after that finds the value in Redis.
    Read<V> read = reads.run(key, () -> readOrLoad(key, loader));
    switch (read.outcome()) {
      case HIT -> stats.hit(read.value() == null, false);
      case STALE -> stats.hit(read.value() == null, true);
      default -> stats.misses.increment();
    }
    return read.value();
  }

  private Read<V> readOrLoad(String key, CacheLoader<? extends V> loader) {
    Codec.Entry<V> entry;
    try {
      entry = readOne(key, cfg.beta() > 0);
    } catch (Store.Unavailable e) {
      return new Read<>(loadDetached(key, loader), Outcome.MISS);
    }
    if (entry != null) {
      long now = clock.millis();
      if (now < entry.freshUntil()) {
        if (XFetch.early(now, entry.deltaMillis(), entry.freshUntil(), cfg.beta(), uniform())
            && refresh(key, loader, entry)) {
          stats.earlyRefreshes.increment();
        }
        nearPut(key, entry);
        return new Read<>(entry.value(), Outcome.HIT);
      }
      if (cfg.graceMillis() > 0) {
        // Stale within the grace period: serve it while one caller refreshes.
        refresh(key, loader, entry);
        return new Read<>(entry.value(), Outcome.STALE);
      }
    }
    return new Read<>(loadAndStore(key, loader), Outcome.MISS);
  }

  long jitteredTtl() {
    long ttl = cfg.ttlMillis();
    if (cfg.ttlJitter() <= 0) {
      return ttl;
    }
    // Shortened by up to the jitter share, so entries written together expire apart.
    return Math.max(1, ttl - (long) (ttl * cfg.ttlJitter() * (1.0 - uniform())));
  }

  Codec.@Nullable Entry<V> readOne(String key, boolean withTtl) {
    Store.Stored stored = cfg.format() == StorageFormat.PLAIN_JSON && withTtl
        ? store.readWithTtl(key)
        : store.read(List.of(key)).get(0);
    return decode(stored);
  }

  Codec.@Nullable Entry<V> decode(Store.@Nullable Stored stored) {
    if (stored == null) {
      return null;
    }
    try {
      return codec.decode(stored.value(), clock.millis(), stored.pttl());
    } catch (IOException | RuntimeException e) {
      // A value of another shape (an old class version, another writer): reload and overwrite it.
      stats.redisErrors.increment();
      log.debug("cache {}: cannot decode a stored value: {}", cfg.namespace(), e.toString());
      return null;
    }
  }

  /** The single-flight leader's miss path: the lock if configured, the loader, the write. */
  private @Nullable V loadAndStore(String key, CacheLoader<? extends V> loader) {
    String token = null;
    if (lock != null) {
      try {
        DistributedLock.Outcome<V> outcome = lock.acquire(key, true, 0);
        if (outcome.found() != null) {
          nearPut(key, outcome.found());
          return outcome.found().value();
        }
        token = outcome.token();
      } catch (Store.Unavailable e) {
        // Redis cannot be asked: load without the lock.
      }
    }
    Loaded<V> loaded;
    try {
      loaded = load(key, loader);
    } catch (RuntimeException | Error e) {
      release(key, token);
      throw e;
    }
    write(key, loaded, token);
    return loaded.value();
  }

  /** Redis is down or the breaker open: load, keep it in the near cache only. */
  private @Nullable V loadDetached(String key, CacheLoader<? extends V> loader) {
    Loaded<V> loaded = load(key, loader);
    long ttl = loaded.value() == null ? cfg.negativeTtlMillis() : cfg.ttlMillis();
    if (near != null && ttl > 0) {
      near.put(key, loaded.value(), clock.millis() + ttl);
    }
    return loaded.value();
  }

  /**
   * Starts one background refresh of {@code key} unless one runs; a failing loader leaves the
   * current value in place, to be served until its grace period ends.
   */
  private boolean refresh(String key, CacheLoader<? extends V> loader, Codec.Entry<V> current) {
    return refreshes.runAsync(key, executor, () -> {
      String token = null;
      if (lock != null) {
        try {
          // Plain JSON stores no expiry to compare, so there only the lock decides.
          long newer = cfg.format() == StorageFormat.ENVELOPE ? current.freshUntil() : Long.MAX_VALUE;
          DistributedLock.Outcome<V> outcome = lock.acquire(key, false, newer);
          if (outcome.found() != null) {
            return outcome.found().value();
          }
          if (outcome.token() == null) {
            return current.value();
          }
          token = outcome.token();
        } catch (Store.Unavailable e) {
          return current.value();
        }
      }
      try {
        Loaded<V> loaded = load(key, loader);
        write(key, loaded, token);
        return loaded.value();
      } catch (RuntimeException | Error e) {
        release(key, token);
        log.debug("cache {}: refresh failed, serving the stale value: {}", cfg.namespace(), e.toString());
        return current.value();
      }
    });
  }

  private Loaded<V> load(String key, CacheLoader<? extends V> loader) {
    long start = System.nanoTime();
    long startMillis = clock.millis();
    try {
      V value = loader.load(key);
      long nanos = System.nanoTime() - start;
      stats.load(nanos, false);
      // The clock's reading when it is injected; at least the measured time, rounded up.
      long delta = Math.max(clock.millis() - startMillis, (nanos + 999_999) / 1_000_000);
      codec.loadTook(delta);
      return new Loaded<>(value, delta);
    } catch (RuntimeException e) {
      stats.load(System.nanoTime() - start, true);
      throw e;
    } catch (Exception e) {
      stats.load(System.nanoTime() - start, true);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new CacheLoadException("the loader of cache " + cfg.namespace() + " failed", e);
    }
  }

  private void write(String key, Loaded<V> loaded, @Nullable String token) {
    V value = loaded.value();
    long ttl = value == null ? cfg.negativeTtlMillis() : jitteredTtl();
    if (ttl <= 0) {
      release(key, token);
      return;
    }
    long freshUntil = clock.millis() + ttl;
    String encoded;
    try {
      encoded = codec.encode(value, freshUntil, loaded.deltaMillis());
    } catch (RuntimeException e) {
      // The adapter cannot write this value: the caller still gets it, nothing is cached.
      log.warn("cache {}: cannot convert a loaded value to JSON: {}", cfg.namespace(), e.toString());
      release(key, token);
      return;
    }
    if (Codec.utf8Length(encoded) > cfg.maxValueBytes()) {
      stats.valuesTooLarge.increment();
      release(key, token);
      return;
    }
    long px = ttl + grace();
    try {
      if (token != null) {
        store.writeAndRelease(key, encoded, px, token);
      } else {
        store.set(key, encoded, px);
      }
    } catch (Store.Unavailable e) {
      // Counted by the store; the caller still gets the loaded value.
    }
    if (near != null) {
      near.put(key, value, freshUntil);
    }
  }

  private void release(String key, @Nullable String token) {
    if (token != null && lock != null) {
      lock.release(key, token);
    }
  }

  void nearPut(String key, Codec.Entry<V> entry) {
    if (near != null) {
      near.put(key, entry.value(), entry.freshUntil());
    }
  }

  long grace() {
    return cfg.format() == StorageFormat.ENVELOPE ? cfg.graceMillis() : 0;
  }

  /** {@return a uniform draw in (0, 1]} */
  double uniform() {
    RandomGenerator random = cfg.random();
    return 1.0 - (random != null ? random : ThreadLocalRandom.current()).nextDouble();
  }

  private static ExecutorService refreshPool(String namespace) {
    AtomicInteger n = new AtomicInteger();
    // Up to a few refreshes at once; beyond that a refresh is skipped and the next reader retries.
    return new ThreadPoolExecutor(0, REFRESH_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, "restredis-cache-" + namespace + "-refresh-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  @Override
  public void close() {
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
    fast.close();
  }
}
