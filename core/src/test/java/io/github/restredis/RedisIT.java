package io.github.restredis;

import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration suites: a client against the local REST server, or against a real
 * Upstash database when {@code UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN} are set.
 * Keys are prefixed per test so a shared database is not disturbed.
 */
@ExtendWith(LocalRedisExtension.class)
abstract class RedisIT {
  protected Redis redis;
  protected LocalRedisServer server;
  private String prefix;

  static boolean againstUpstash() {
    Map<String, String> env = System.getenv();
    return env.containsKey("UPSTASH_REDIS_REST_URL") && env.containsKey("UPSTASH_REDIS_REST_TOKEN");
  }

  @BeforeEach
  void connect(LocalRedisServer server) {
    this.server = server;
    this.redis = againstUpstash()
        ? Redis.fromEnv()
        : Redis.builder().url(server.url()).token(server.token()).build();
    this.prefix = "it:" + UUID.randomUUID().toString().substring(0, 8) + ":";
  }

  @AfterEach
  void disconnect() {
    redis.close();
  }

  /** {@return a key unique to this test} */
  protected String k(String name) {
    return prefix + name;
  }
}
