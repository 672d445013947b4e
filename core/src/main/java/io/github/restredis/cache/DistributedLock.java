package io.github.restredis.cache;

import io.github.restredis.Reply;
import io.github.restredis.Script;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One load per key across processes: a short Redis lock ({@code <ns>#lock:<key>}, SET with PX
 * under a random token) taken by one process's single-flight leader. Others poll, with a bounded
 * wait, until the holder's value appears; if the holder vanishes its lock expires after the lease
 * and a waiter takes it; if the wait runs out the waiter loads without the lock.
 */
final class DistributedLock<V> {
  /** {1, value} if the caller holds the lock (now or already), else {0, value}; value may be nil. */
  static final Script ACQUIRE = Script.of("#!lua flags=allow-key-locking\n"
      + "local value = redis.call('GET', KEYS[2])\n"
      + "local holder = redis.call('GET', KEYS[1])\n"
      + "if holder == ARGV[1] then return {1, value} end\n"
      + "if holder then return {0, value} end\n"
      + "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])\n"
      + "return {1, value}").withIdempotent(true);

  /** Deletes the lock only if the caller still holds it. */
  static final Script RELEASE = Script.of("#!lua flags=allow-key-locking\n"
      + "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end\n"
      + "return 0").withIdempotent(true);

  /** Stores the loaded value and releases the lock in one request. */
  static final Script WRITE_RELEASE = Script.of("#!lua flags=allow-key-locking\n"
      + "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])\n"
      + "if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end\n"
      + "return 1").withIdempotent(true);

  private static final long FIRST_PAUSE_MILLIS = 10;
  private static final long MAX_PAUSE_MILLIS = 200;

  /**
   * What trying the lock gave: a fresh value someone else stored, the lock (its token), or
   * neither (the wait ran out).
   */
  record Outcome<V>(Codec.@Nullable Entry<V> found, @Nullable String token) {}

  private final Store store;
  private final Codec<V> codec;
  private final StatsRecorder stats;
  private final Clock clock;
  private final long leaseMillis;
  private final long maxWaitNanos;

  DistributedLock(Store store, Codec<V> codec, StatsRecorder stats, Clock clock, long leaseMillis,
      long maxWaitMillis) {
    this.store = store;
    this.codec = codec;
    this.stats = stats;
    this.clock = clock;
    this.leaseMillis = leaseMillis;
    this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
  }

  /**
   * Takes the lock of {@code key}, or finds the value its holder stored.
   *
   * @param wait whether to poll while another process holds it; false tries once
   * @param newerThan a stored value counts as found only if fresh beyond this instant (and now)
   * @throws Store.Unavailable if Redis cannot be asked
   */
  Outcome<V> acquire(String key, boolean wait, long newerThan) {
    String token = UUID.randomUUID().toString();
    long deadline = System.nanoTime() + maxWaitNanos;
    long pause = FIRST_PAUSE_MILLIS;
    boolean waited = false;
    while (true) {
      List<Reply> reply = store.acquire(key, token, leaseMillis);
      boolean held = reply.get(0).asLong() == 1;
      Codec.Entry<V> fresh = fresh(reply.get(1), newerThan);
      if (fresh != null) {
        if (held) {
          release(key, token);
        }
        return new Outcome<>(fresh, null);
      }
      if (held) {
        return new Outcome<>(null, token);
      }
      long remaining = deadline - System.nanoTime();
      if (!wait || remaining <= 0) {
        return new Outcome<>(null, null);
      }
      if (!waited) {
        stats.lockWaits.increment();
        waited = true;
      }
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(TimeUnit.MILLISECONDS.toNanos(pause), remaining));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome<>(null, null);
      }
      pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
    }
  }

  /** Releases the lock if still held; a failure only leaves it to expire after its lease. */
  void release(String key, String token) {
    try {
      store.release(key, token);
    } catch (Store.Unavailable e) {
      // Counted by the store; the lease bounds how long the lock outlives us.
    }
  }

  private Codec.@Nullable Entry<V> fresh(Reply stored, long newerThan) {
    if (stored.isNull()) {
      return null;
    }
    long now = clock.millis();
    try {
      Codec.Entry<V> entry = codec.decode(stored.asString(), now, Codec.TTL_UNKNOWN);
      return entry.freshUntil() > Math.max(now, newerThan) ? entry : null;
    } catch (IOException | RuntimeException e) {
      stats.redisErrors.increment();
      return null;
    }
  }
}
