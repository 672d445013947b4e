package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The on/off switch: system properties and an environment variable read at build. */
class SwitchTest {
  private final MockWebServer server = new MockWebServer();
  private final Redis redis;

  SwitchTest() throws IOException {
    server.start();
    redis = Redis.builder().url(server.url("/").toString()).token("t").build();
  }

  @AfterEach
  void tearDown() throws IOException {
    redis.close();
    server.shutdown();
  }

  private boolean enabled(Map<String, String> properties, Map<String, String> env, boolean inCode) {
    try (RedisCache<User> cache = RedisCache.builder(redis, "users", User.class).enabled(inCode)
        .switches(properties::get, env::get).build()) {
      return cache.isEnabled();
    }
  }

  @Test
  void propertiesThenEnvironmentOverrideTheCode() {
    assertThat(enabled(Map.of(), Map.of(), true)).isTrue();
    assertThat(enabled(Map.of(), Map.of(), false)).isFalse();
    assertThat(enabled(Map.of(), Map.of("RESTREDIS_CACHE_ENABLED", "false"), true)).isFalse();
    assertThat(enabled(Map.of("restredis.cache.enabled", "true"),
        Map.of("RESTREDIS_CACHE_ENABLED", "false"), true)).isTrue();
    assertThat(enabled(Map.of("restredis.cache.enabled", "FALSE"), Map.of(), true)).isFalse();
    assertThat(enabled(Map.of("restredis.cache.users.enabled", "true",
        "restredis.cache.enabled", "false"), Map.of(), false)).isTrue();
    assertThat(enabled(Map.of("restredis.cache.other.enabled", "false"), Map.of(), true)).isTrue();
  }

  @Test
  void offMeansTheLoaderAnswersAndRedisIsNotAsked() {
    AtomicInteger loads = new AtomicInteger();
    try (RedisCache<User> cache = RedisCache.builder(redis, "users", User.class)
        .switches(Map.of("restredis.cache.enabled", "false")::get, name -> null).build()) {
      for (int i = 0; i < 3; i++) {
        assertThat(cache.get("1", id -> new User(id, "db", loads.incrementAndGet()))).isNotNull();
      }
      assertThat(cache.get("1")).isNull();
      assertThat(cache.put("1", new User("1", "x", 0))).isFalse();
      assertThat(cache.getAll(List.of("1"))).isEmpty();
      assertThat(loads).hasValue(3);
      assertThat(cache.stats().misses()).isEqualTo(5);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theRealSystemPropertyIsRead() {
    System.setProperty("restredis.cache.switchtest.enabled", "false");
    try (RedisCache<User> cache = RedisCache.builder(redis, "switchtest", User.class).build()) {
      assertThat(cache.isEnabled()).isFalse();
    } finally {
      System.clearProperty("restredis.cache.switchtest.enabled");
    }
  }
}
