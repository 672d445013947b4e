package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.Redis;
import io.github.restredis.UpstashException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redis slow, failing or dropping connections, as only a mock server produces them: callers get
 * the loader's values, nothing is thrown, failures are counted, and the breaker stops asking.
 */
class CacheFailureTest {
  private static final User ADA = new User("1", "Ada", 36);

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(CacheFixture.T0);
  private final AtomicInteger loads = new AtomicInteger();
  private final CacheLoader<User> loader = id -> {
    loads.incrementAndGet();
    return new User(id, "db", 1);
  };
  private volatile Mode mode = Mode.SILENT;
  private final Redis redis;

  private enum Mode { SILENT, UNAVAILABLE, DROP, WRONGTYPE, HEALTHY }

  CacheFailureTest() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().readUtf8();
        return switch (mode) {
          case SILENT -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
          case UNAVAILABLE -> new MockResponse().setResponseCode(503).setBody("unavailable");
          case DROP -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
          case WRONGTYPE -> new MockResponse().setResponseCode(400)
              .setBody("{\"error\":\"WRONGTYPE Operation against a key holding the wrong kind of value\"}");
          case HEALTHY -> new MockResponse().setBody(body.startsWith("[\"MGET\"")
              ? "{\"result\":[null]}" : "{\"result\":\"OK\"}");
        };
      }
    });
    server.start();
    redis = Redis.builder().url(server.url("/").toString()).token("t").build();
  }

  @AfterEach
  void tearDown() throws IOException {
    redis.close();
    server.shutdown();
  }

  /**
   * A cache whose Redis deadline is short only where the server stays silent: elsewhere a loaded
   * machine must not turn an answer into a timeout.
   */
  private RedisCache<User> cache() {
    return RedisCache.builder(redis, "users", User.class).clock(clock)
        .versionedNamespace(false)
        .redisTimeout(Duration.ofMillis(mode == Mode.SILENT ? 200 : 10_000))
        .circuitBreaker(3, Duration.ofSeconds(30))
        .build();
  }

  @Test
  void slowRedisGivesLoaderValuesAndTheBreakerStopsTheWaiting() {
    try (RedisCache<User> users = cache()) {
      for (int i = 0; i < 10; i++) {
        assertThat(users.get("k" + i, loader)).isEqualTo(new User("k" + i, "db", 1));
      }
      assertThat(loads).hasValue(10);
      // A request that timed out before it was written never reached the server, hence at most.
      assertThat(server.getRequestCount()).as("no retries; none once the breaker opened")
          .isLessThanOrEqualTo(3);
      CacheStats stats = users.stats();
      assertThat(stats.redisErrors()).isEqualTo(3);
      assertThat(stats.redisSkipped()).isEqualTo(7);
      assertThat(stats.misses()).isEqualTo(10);
      assertThat(stats.redisAvailable()).isFalse();
    }
  }

  @Test
  void theBreakerProbesAfterItsOpenTimeAndClosesWhenRedisAnswers() {
    mode = Mode.UNAVAILABLE;
    try (RedisCache<User> users = cache()) {
      for (int i = 0; i < 5; i++) {
        users.get("k", loader);
      }
      assertThat(server.getRequestCount()).isEqualTo(3);
      clock.advance(Duration.ofSeconds(29));
      users.get("k", loader);
      assertThat(server.getRequestCount()).isEqualTo(3);

      clock.advance(Duration.ofSeconds(1));
      users.get("k", loader);
      assertThat(server.getRequestCount()).as("one probe, which failed").isEqualTo(4);
      users.get("k", loader);
      assertThat(server.getRequestCount()).as("open again").isEqualTo(4);

      mode = Mode.HEALTHY;
      clock.advance(Duration.ofSeconds(30));
      assertThat(users.get("k", loader)).isEqualTo(new User("k", "db", 1));
      assertThat(server.getRequestCount()).as("probe MGET, then SET").isEqualTo(6);
      assertThat(users.stats().redisAvailable()).isTrue();
    }
  }

  @Test
  void droppedConnectionsAndHttpErrorsAreCountedNotThrown() {
    mode = Mode.DROP;
    try (RedisCache<User> users = cache()) {
      assertThat(users.get("a", loader)).isEqualTo(new User("a", "db", 1));
      mode = Mode.UNAVAILABLE;
      assertThat(users.get("b", loader)).isEqualTo(new User("b", "db", 1));
      assertThat(server.getRequestCount()).as("never retried").isEqualTo(2);
      assertThat(users.stats().redisErrors()).isEqualTo(2);
      assertThat(users.stats().redisAvailable()).isTrue();
    }
  }

  @Test
  void plainOperationsDegradeQuietlyButInvalidationsThrow() {
    mode = Mode.UNAVAILABLE;
    try (RedisCache<User> users = cache()) {
      assertThat(users.get("1")).isNull();
      assertThat(users.put("1", ADA)).isFalse();
      assertThat(users.putAll(Map.of("1", ADA, "2", ADA), Duration.ofSeconds(5))).isFalse();
      assertThat(users.getAll(List.of("1", "2"))).isEmpty();
      assertThatThrownBy(() -> users.delete("1")).isInstanceOf(UpstashException.class);
    }
  }

  @Test
  void errorRepliesAreCountedWithoutOpeningTheBreaker() {
    mode = Mode.WRONGTYPE;
    try (RedisCache<User> users = cache()) {
      for (int i = 0; i < 5; i++) {
        assertThat(users.get("k", loader)).isEqualTo(new User("k", "db", 1));
      }
      assertThat(users.stats().redisAvailable()).as("Redis answers; the key is wrong").isTrue();
      assertThat(users.stats().redisErrors()).isEqualTo(5);
      assertThat(server.getRequestCount()).as("a failed read skips the write").isEqualTo(5);
    }
  }

  @Test
  void aDownRedisStillGetsTheNearCacheShield() {
    mode = Mode.SILENT;
    try (RedisCache<User> users = RedisCache.builder(redis, "users", User.class).clock(clock)
        .redisTimeout(Duration.ofMillis(200)).nearCache(10, Duration.ofSeconds(5)).build()) {
      for (int i = 0; i < 5; i++) {
        assertThat(users.get("k", loader)).isEqualTo(new User("k", "db", 1));
      }
      assertThat(loads).hasValue(1);
      assertThat(users.stats().nearHits()).isEqualTo(4);
      assertThat(users.stats().redisErrors()).isEqualTo(1);
      assertThat(server.getRequestCount()).isLessThanOrEqualTo(1);
    }
  }
}
