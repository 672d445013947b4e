package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedWindowIT extends LimiterIT {
  private final Limit threePerSecond = Limit.fixedWindow(3, Duration.ofSeconds(1));

  private String key(String id, long window) {
    return prefix + ":" + id + ":" + window;
  }

  @Test
  void admitsTheLimitPerWindowAndADenialConsumesNothing() {
    RateLimiter limiter = limiter(threePerSecond);
    long window = T0 / 1000;
    assertThat(limiter.limit("u")).isEqualTo(new RateLimitResult(true, 3, 2, T0 + 1000, Reason.ALLOWED));
    assertThat(limiter.limit("u").remaining()).isEqualTo(1);
    assertThat(limiter.limit("u").remaining()).isZero();
    assertThat(limiter.limit("u")).isEqualTo(new RateLimitResult(false, 3, 0, T0 + 1000, Reason.DENIED));
    // The official SDK counts denied requests (4 here); this one leaves the count at the limit.
    assertThat(redis.get(key("u", window))).isEqualTo("3");
    assertThat(redis.pttl(key("u", window))).isBetween(1L, 1000L);
  }

  @Test
  void windowBoundaries() {
    RateLimiter limiter = build(builder(threePerSecond).blockedCacheSize(0));
    clock.set(T0 + 999);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.limit("u").allowed()).isTrue();
    }
    assertThat(limiter.limit("u").allowed()).isFalse();
    clock.set(T0 + 1000); // the next window starts at its first millisecond
    RateLimitResult next = limiter.limit("u");
    assertThat(next).isEqualTo(new RateLimitResult(true, 3, 2, T0 + 2000, Reason.ALLOWED));
    assertThat(redis.get(key("u", T0 / 1000 + 1))).isEqualTo("1");
  }

  @Test
  void aRateAboveOneNeverCrossesTheLimit() {
    RateLimiter limiter = limiter(Limit.fixedWindow(10, Duration.ofSeconds(1)));
    assertThat(limiter.limit("u", 4).remaining()).isEqualTo(6);
    assertThat(limiter.limit("u", 4).remaining()).isEqualTo(2);
    RateLimitResult crossing = limiter.limit("u", 4);
    assertThat(crossing.allowed()).isFalse();
    assertThat(crossing.remaining()).isEqualTo(2);
    assertThat(redis.get(key("u", T0 / 1000))).isEqualTo("8");
    // A smaller request still fits, though a larger one was just denied (and cached).
    assertThat(limiter.limit("u", 2)).isEqualTo(new RateLimitResult(true, 10, 0, T0 + 1000, Reason.ALLOWED));
    assertThat(limiter.limit("u", 11).allowed()).isFalse();
  }

  @Test
  void aNegativeRateRefundsButNeverBelowZero() {
    RateLimiter limiter = limiter(Limit.fixedWindow(2, Duration.ofSeconds(1)));
    limiter.limit("u");
    limiter.limit("u");
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.DENIED);
    RateLimitResult refund = limiter.limit("u", -1);
    assertThat(refund.allowed()).isTrue();
    assertThat(refund.remaining()).isEqualTo(1);
    // The refund cleared the cached block: this goes to Redis and passes.
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.ALLOWED);
    assertThat(limiter.limit("u", -50).remaining()).isEqualTo(2);
    assertThat(redis.exists(key("u", T0 / 1000))).isZero();
    int allowed = 0;
    for (int i = 0; i < 10; i++) {
      allowed += limiter.limit("u").allowed() ? 1 : 0;
    }
    assertThat(allowed).isEqualTo(2);
  }

  @Test
  void aDeniedResetIsTheFirstMillisecondThatAdmits() {
    RateLimiter limiter = build(builder(threePerSecond).blockedCacheSize(0));
    clock.set(T0 + 400);
    for (int i = 0; i < 3; i++) {
      limiter.limit("u");
    }
    RateLimitResult denied = limiter.limit("u");
    assertThat(denied.reset()).isEqualTo(T0 + 1000);
    clock.set(denied.reset() - 1);
    assertThat(limiter.limit("u").allowed()).isFalse();
    clock.set(denied.reset());
    assertThat(limiter.limit("u").allowed()).isTrue();
  }

  @Test
  void anAllowedDecisionIsOneCommandAndOneRequest() {
    RateLimiter limiter = limiter(threePerSecond);
    limiter.limit("warm-up"); // loads the script
    limiter.limit("u");       // first write: INCRBY and PEXPIRE
    server.resetCommandStats();
    long before = requests(limiter);
    assertThat(limiter.limit("u").allowed()).isTrue();
    assertThat(requests(limiter) - before).isEqualTo(1);
    assertThat(commandsRun()).isEqualTo(Map.of("evalsha", 1L, "incrby", 1L));
  }
}
