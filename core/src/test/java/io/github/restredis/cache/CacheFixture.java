package io.github.restredis.cache;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the cache integration suites: a client of the local server and a fresh namespace. */
@ExtendWith(LocalRedisExtension.class)
abstract class CacheFixture {
  static final long T0 = 1_700_000_000_000L;
  /**
   * The Redis deadline of the caches under test: long, so that a loaded build machine never turns
   * a slow answer into a fallback and a second load. The short default is tested with a mock server.
   */
  static final Duration PATIENT = Duration.ofSeconds(10);

  protected Redis redis;
  protected LocalRedisServer server;
  protected String ns;
  protected final MutableClock clock = new MutableClock(T0);
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @BeforeEach
  void connect(LocalRedisServer server) {
    this.server = server;
    this.redis = closing(Redis.builder().url(server.url()).token(server.token()).build());
    this.ns = "c" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void disconnect() throws Exception {
    for (int i = closeables.size() - 1; i >= 0; i--) {
      closeables.get(i).close();
    }
  }

  /** A builder on the shared clock whose refreshes run on the calling thread. */
  protected <V> RedisCache.Builder<V> builder(Class<V> type) {
    return RedisCache.builder(redis, ns, type).redisTimeout(PATIENT).clock(clock).refreshExecutor(Runnable::run);
  }

  protected <T extends AutoCloseable> T closing(T closeable) {
    closeables.add(closeable);
    return closeable;
  }

  protected <V> RedisCache<V> build(RedisCache.Builder<V> builder) {
    return closing(builder.build());
  }
}
