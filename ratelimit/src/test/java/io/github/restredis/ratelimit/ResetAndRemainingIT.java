package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResetAndRemainingIT extends LimiterIT {
  @Test
  void resetDeletesTheIdentifiersKeysWithOneDelAndNoScan() {
    Limit fixed = Limit.fixedWindow(2, Duration.ofSeconds(1)).withPrefix(prefix + ":f");
    Limit sliding = Limit.slidingWindow(2, Duration.ofSeconds(1)).withPrefix(prefix + ":s");
    Limit bucket = Limit.tokenBucket(1, Duration.ofSeconds(1), 2).withPrefix(prefix + ":b");
    RateLimiter limiter = limiter(fixed, sliding, bucket);
    limiter.limit("u");
    clock.advance(1000); // keys in two windows now
    assertThat(limiter.limit("u").allowed()).isTrue();
    limiter.limit("other");
    assertThat(limiter.limit("u").allowed()).isFalse();
    server.resetCommandStats();
    limiter.reset("u");
    assertThat(commandsRun()).isEqualTo(Map.of("del", 1L));
    assertThat(redis.keys(prefix + "*u*")).isEmpty();
    assertThat(redis.keys(prefix + "*other*")).hasSize(3);
    assertThat(limiter.limit("u", 2).allowed()).isTrue();
  }

  @Test
  void getRemainingReadsWithoutWriting() {
    RateLimiter limiter = limiter(Limit.slidingWindow(10, Duration.ofSeconds(1)));
    limiter.limit("u", 4);
    clock.set(T0 + 1500);
    limiter.limit("u", 2);
    String current = prefix + ":u:" + (T0 / 1000 + 1);
    long ttl = redis.pttl(current);
    limiter.getRemaining("warm-up"); // loads the read-only script
    server.resetCommandStats();
    long before = requests(limiter);
    RateLimitResult remaining = limiter.getRemaining("u");
    // 2 of the previous 4 still count, and 2 now.
    assertThat(remaining).isEqualTo(new RateLimitResult(true, 10, 6, T0 + 2000, Reason.ALLOWED));
    assertThat(requests(limiter) - before).isEqualTo(1);
    assertThat(commandsRun()).containsOnlyKeys("evalsha_ro", "mget");
    assertThat(redis.get(current)).isEqualTo("2");
    assertThat(redis.pttl(current)).isLessThanOrEqualTo(ttl);
    assertThat(limiter.getRemaining("nobody").remaining()).isEqualTo(10);
    assertThat(redis.keys(prefix + ":nobody*")).isEmpty();
  }

  @Test
  void getRemainingOfAFullWindowSaysARequestWouldBeDenied() {
    RateLimiter limiter = limiter(Limit.fixedWindow(1, Duration.ofSeconds(1)));
    limiter.limit("u");
    assertThat(limiter.getRemaining("u")).isEqualTo(new RateLimitResult(false, 1, 0, T0 + 1000, Reason.DENIED));
  }
}
