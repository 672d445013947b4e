package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: a client against the local REST server, a clock the test moves
 * (set to a whole minute, so windows start where the test expects), and a prefix of its own.
 */
@ExtendWith(LocalRedisExtension.class)
abstract class LimiterIT {
  /** A whole minute, far from the real time, so that only the test clock can pick windows. */
  static final long T0 = 1_700_000_040_000L;

  protected LocalRedisServer server;
  protected Redis redis;
  protected TestClock clock;
  protected String prefix;
  private final List<RateLimiter> limiters = new ArrayList<>();

  @BeforeEach
  void connect(LocalRedisServer server) {
    this.server = server;
    this.redis = Redis.builder().url(server.url()).token(server.token()).build();
    this.clock = new TestClock(T0);
    this.prefix = "rl-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void disconnect() {
    limiters.forEach(RateLimiter::close);
    redis.close();
  }

  /** {@return a builder with the test clock and prefix, its limiter closed after the test} */
  RateLimiter.Builder builder(Limit... limits) {
    RateLimiter.Builder b = RateLimiter.builder(redis).clock(clock).prefix(prefix);
    for (Limit limit : limits) {
      b.limit(limit);
    }
    return b;
  }

  RateLimiter build(RateLimiter.Builder builder) {
    RateLimiter limiter = builder.build();
    limiters.add(limiter);
    return limiter;
  }

  RateLimiter limiter(Limit... limits) {
    return build(builder(limits));
  }

  /** Every key of this test has a time to live. */
  void assertEveryKeyExpires() {
    for (String key : redis.keys(prefix + "*")) {
      assertThat(redis.pttl(key)).as("PTTL of %s", key).isPositive();
    }
  }

  /** {@return the commands Redis ran since {@code resetCommandStats}, without the reset itself} */
  Map<String, Long> commandsRun() {
    Map<String, Long> stats = new TreeMap<>(server.commandStats());
    stats.remove("config|resetstat");
    stats.remove("config");
    return stats;
  }

  long requests(RateLimiter limiter) {
    return limiter.metrics().requests();
  }
}
