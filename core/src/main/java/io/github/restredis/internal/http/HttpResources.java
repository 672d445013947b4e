package io.github.restredis.internal.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The OkHttp dispatcher (its threads) and connection pool of a client that created its own, held
 * on behalf of one client. Clients derived with {@code Redis.newBuilder()} share them, as OkHttp's
 * own {@code newBuilder()} does, so a rate limiter or a cache built on a client opens no
 * connections of its own. Each of the two is counted: it is shut down (dispatcher threads
 * stopped, idle connections closed) when the last client using it closes, so clients close in any
 * order without breaking one another.
 *
 * <p>A derived client whose dispatcher limit differs gets a dispatcher of its own, since a
 * shared dispatcher's limits would change for every client; it still shares the pool.
 */
public final class HttpResources {
  private final OkHttpClient base;
  private final Counted dispatcher;
  private final Counted pool;
  private final int maxConcurrentRequests;
  private boolean released; // guarded by this

  private HttpResources(OkHttpClient base, Counted dispatcher, Counted pool,
      int maxConcurrentRequests) {
    this.base = base;
    this.dispatcher = dispatcher;
    this.pool = pool;
    this.maxConcurrentRequests = maxConcurrentRequests;
  }

  /**
   * {@return resources for a new client: those of {@code parent}, counted once more, where they
   * are still open and fit {@code maxConcurrentRequests}; new ones otherwise}
   */
  static HttpResources acquire(@Nullable HttpResources parent, int maxConcurrentRequests) {
    if (parent == null || !parent.pool.acquire()) {
      return create(maxConcurrentRequests);
    }
    if (parent.maxConcurrentRequests == maxConcurrentRequests && parent.dispatcher.acquire()) {
      return new HttpResources(parent.base, parent.dispatcher, parent.pool, maxConcurrentRequests);
    }
    Dispatcher own = dispatcher(maxConcurrentRequests);
    return new HttpResources(parent.base.newBuilder().dispatcher(own).build(),
        Counted.of(own), parent.pool, maxConcurrentRequests);
  }

  private static HttpResources create(int maxConcurrentRequests) {
    Dispatcher dispatcher = dispatcher(maxConcurrentRequests);
    ConnectionPool pool = new ConnectionPool(maxConcurrentRequests, 5, TimeUnit.MINUTES);
    OkHttpClient base = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(pool)
        .socketFactory(new NoDelaySocketFactory(SocketFactory.getDefault()))
        // The per-attempt timeout bounds each call as a whole; these would only cut it shorter.
        .readTimeout(Duration.ZERO)
        .writeTimeout(Duration.ZERO)
        .build();
    return new HttpResources(base, Counted.of(dispatcher), new Counted(pool::evictAll),
        maxConcurrentRequests);
  }

  private static Dispatcher dispatcher(int maxConcurrentRequests) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(maxConcurrentRequests);
    dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
    return dispatcher;
  }

  /**
   * {@return the OkHttp client holding the shared dispatcher and pool, with a socket factory that
   * sets TCP_NODELAY and no read or write timeouts; each client derives its own from it}
   */
  OkHttpClient base() {
    return base;
  }

  /** {@return whether the dispatcher this holder uses was shut down; for tests} */
  boolean dispatcherShutDown() {
    return dispatcher.isShutDown();
  }

  /** Lets go of the dispatcher and the pool, shutting down each that nobody else uses. Idempotent. */
  void release() {
    synchronized (this) {
      if (released) {
        return;
      }
      released = true;
    }
    dispatcher.release();
    pool.release();
  }

  /** A resource and how many clients use it; shut down once, when the count falls to zero. */
  private static final class Counted {
    private final Runnable shutdown;
    private int users = 1; // guarded by this
    private boolean shutDown; // guarded by this

    Counted(Runnable shutdown) {
      this.shutdown = shutdown;
    }

    static Counted of(Dispatcher dispatcher) {
      // Running calls finish; the threads then end, and new calls are refused.
      return new Counted(() -> dispatcher.executorService().shutdown());
    }

    /** {@return whether the caller is now counted; false once it was shut down} */
    synchronized boolean acquire() {
      if (shutDown) {
        return false;
      }
      users++;
      return true;
    }

    void release() {
      synchronized (this) {
        if (--users > 0) {
          return;
        }
        shutDown = true;
      }
      shutdown.run();
    }

    synchronized boolean isShutDown() {
      return shutDown;
    }
  }
}
