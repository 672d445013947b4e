package io.github.restredis.internal.http;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.Connection;
import okhttp3.ConnectionPool;

/**
 * How long each connection of one OkHttp pool has been idle, from the calls of every client using
 * the pool, so that a connection that may have died unnoticed is not trusted with a request that
 * cannot be retried.
 *
 * <p>OkHttp itself only notices a pooled connection whose close already arrived: a POST on a
 * connection idle for 10 s or more first reads it with a 1 ms timeout, which finds a FIN or RST
 * that reached the socket. A connection that died without either reaching it (the server, a load
 * balancer or a NAT forgot it while a serverless container was frozen; a firewall dropped its
 * state) passes that check, and the request written to it fails afterwards, when nobody can tell
 * whether it ran. Idleness is measured here with both the monotonic and the wall clock, taking the
 * larger, since a frozen virtual machine may stop the one and a clock step may move the other.
 *
 * <p>Thread-safe. One instance per pool ({@link #of}), whoever created the pool.
 */
final class IdleConnections {
  /** Guarded by itself. Weak keys: a pool nobody uses any more takes its entry with it. */
  private static final Map<ConnectionPool, IdleConnections> BY_POOL = new WeakHashMap<>();
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  /** Guarded by this. Weak keys: a connection the pool dropped is forgotten with it. */
  private final Map<Connection, Use> uses = new WeakHashMap<>();
  private final LongSupplier nanoTime;
  private final LongSupplier wallMillis;

  IdleConnections(LongSupplier nanoTime, LongSupplier wallMillis) {
    this.nanoTime = nanoTime;
    this.wallMillis = wallMillis;
  }

  /** {@return the tracker of {@code pool}, shared by every client whose calls use it} */
  static IdleConnections of(ConnectionPool pool) {
    synchronized (BY_POOL) {
      return BY_POOL.computeIfAbsent(pool,
          p -> new IdleConnections(System::nanoTime, System::currentTimeMillis));
    }
  }

  /** One connection: how many calls hold it, and since when nobody has. */
  private static final class Use {
    int holders;
    long idleSinceNanos;
    long idleSinceMillis;
  }

  synchronized void acquired(Connection connection) {
    uses.computeIfAbsent(connection, c -> new Use()).holders++;
  }

  synchronized void released(Connection connection) {
    Use use = uses.get(connection);
    if (use == null || --use.holders > 0) {
      return;
    }
    use.holders = 0;
    use.idleSinceNanos = nanoTime.getAsLong();
    use.idleSinceMillis = wallMillis.getAsLong();
  }

  /**
   * {@return whether some open connection that no call holds has been idle for {@code limit} or
   * longer}
   */
  synchronized boolean anyIdleFor(Duration limit) {
    // Durations past Long.MAX_VALUE nanoseconds (292 years) mean never.
    long limitNanos = limit.compareTo(LONGEST) >= 0 ? Long.MAX_VALUE : limit.toNanos();
    long nowNanos = nanoTime.getAsLong();
    long nowMillis = wallMillis.getAsLong();
    for (Iterator<Map.Entry<Connection, Use>> it = uses.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Connection, Use> entry = it.next();
      Use use = entry.getValue();
      if (use.holders > 0) {
        continue;
      }
      if (entry.getKey().socket().isClosed()) {
        it.remove(); // evicted or failed: the pool will not hand it out again
        continue;
      }
      long idle = Math.max(nowNanos - use.idleSinceNanos,
          TimeUnit.MILLISECONDS.toNanos(nowMillis - use.idleSinceMillis));
      if (idle >= limitNanos) {
        return true;
      }
    }
    return false;
  }

  /**
   * Closes {@code pool}'s idle connections if one of them has been idle for {@code limit} or
   * longer, so that the next call opens a new one. OkHttp's {@code evictAll()} leaves connections
   * in use alone, so no call of another client is broken.
   *
   * @return whether it evicted
   */
  boolean evictIfIdleFor(ConnectionPool pool, Duration limit) {
    if (!anyIdleFor(limit)) {
      return false;
    }
    pool.evictAll();
    return true;
  }
}
