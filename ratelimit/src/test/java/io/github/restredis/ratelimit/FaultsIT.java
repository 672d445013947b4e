package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisServer;
import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A real local server that stops answering; the slow server is in {@link FailModeTest}. */
class FaultsIT extends LimiterIT {
  @Test
  void aStoppedServerGetsEachFailMode() {
    LocalRedisServer own = LocalRedisServer.start();
    boolean running = true;
    try (Redis client = Redis.builder().url(own.url()).token(own.token()).build();
        RateLimiter closed = RateLimiter.builder(client).limit(Limit.fixedWindow(5, Duration.ofMinutes(1))).build();
        RateLimiter open = closed.newBuilder().failMode(FailMode.OPEN).build()) {
      assertThat(closed.limit("u").reason()).isEqualTo(Reason.ALLOWED);
      assertThat(open.limit("u").reason()).isEqualTo(Reason.ALLOWED);
      own.close();
      running = false;
      assertThat(closed.limit("u")).extracting(RateLimitResult::allowed, RateLimitResult::reason)
          .containsExactly(false, Reason.ERROR);
      assertThat(open.limit("u")).extracting(RateLimitResult::allowed, RateLimitResult::reason)
          .containsExactly(true, Reason.ERROR);
      assertThat(closed.metrics().retries()).isZero();
    } finally {
      if (running) {
        own.close();
      }
    }
  }

  @Test
  void theEvictionPolicyComesFromInfoWithoutAFailureOnAServerThatRefusesConfig() {
    assertThat(Engine.evictionPolicy(redis)).isEqualTo("noeviction");
    redis.scriptFlush(); // so that the first decision meets NOSCRIPT
    RateLimiter limiter = limiter(Limit.fixedWindow(5, Duration.ofMinutes(1)));
    assertThat(limiter.metrics().requests()).as("the check, when building").isEqualTo(1);
    assertThat(limiter.limit("u").allowed()).isTrue();
    // The check and the first decision (EVALSHA answered NOSCRIPT, then EVAL) failed nothing.
    assertThat(limiter.metrics().requests()).isEqualTo(3);
    assertThat(limiter.metrics().failures()).isEmpty();
  }
}
