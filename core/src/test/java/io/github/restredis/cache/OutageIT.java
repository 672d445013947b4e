package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The local server stopped under a running cache: loader values, nothing thrown, breaker open. */
class OutageIT {
  @Test
  void aStoppedServerFallsBackToTheLoaderAndTheBreakerStopsAsking() {
    MutableClock clock = new MutableClock(CacheFixture.T0);
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger loads = new AtomicInteger();
    CacheLoader<User> loader = id -> {
      loads.incrementAndGet();
      return new User(id, "db", loads.get());
    };
    LocalRedisServer server = LocalRedisServer.start();
    boolean stopped = false;
    try (Redis redis = Redis.builder().url(server.url()).token(server.token())
            .listener(e -> requests.incrementAndGet()).build();
        RedisCache<User> users = RedisCache.builder(redis, "users", User.class).redisTimeout(CacheFixture.PATIENT).clock(clock)
            .circuitBreaker(5, Duration.ofSeconds(30)).build()) {
      assertThat(users.get("1", loader)).isEqualTo(new User("1", "db", 1));
      assertThat(users.get("1", loader)).as("cached").isEqualTo(new User("1", "db", 1));

      server.close();
      stopped = true;
      requests.set(0);
      for (int i = 0; i < 20; i++) {
        assertThat(users.get("1", loader).name()).isEqualTo("db");
      }
      assertThat(loads).hasValue(21);
      assertThat(requests).as("five failed reads, then the breaker").hasValue(5);
      CacheStats stats = users.stats();
      assertThat(stats.redisErrors()).isEqualTo(5);
      assertThat(stats.redisSkipped()).isEqualTo(15);
      assertThat(stats.redisAvailable()).isFalse();
      assertThat(users.get("1")).isNull();
      assertThat(users.put("1", new User("1", "x", 0))).isFalse();
    } finally {
      if (!stopped) {
        server.close();
      }
    }
  }
}
