package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlidingWindowIT extends LimiterIT {
  private final Limit tenPerSecond = Limit.slidingWindow(10, Duration.ofSeconds(1));

  private String key(String id, long window) {
    return prefix + ":" + id + ":" + window;
  }

  /** The weighted previous count exactly as the script (and @upstash/ratelimit) computes it. */
  private static long weighted(long previous, long millisIntoWindow, long window) {
    return (long) Math.floor((1 - (double) millisIntoWindow / window) * previous);
  }

  private int admit(RateLimiter limiter, String id, int attempts) {
    int allowed = 0;
    for (int i = 0; i < attempts; i++) {
      allowed += limiter.limit(id).allowed() ? 1 : 0;
    }
    return allowed;
  }

  @Test
  void thePreviousWindowCountsByItsOverlap() {
    RateLimiter limiter = build(builder(tenPerSecond).blockedCacheSize(0));
    assertThat(admit(limiter, "u", 15)).isEqualTo(10);
    clock.set(T0 + 1250); // a quarter into the next window: 7 of the previous 10 still count
    assertThat(weighted(10, 250, 1000)).isEqualTo(7);
    RateLimitResult first = limiter.limit("u");
    assertThat(first).isEqualTo(new RateLimitResult(true, 10, 2, T0 + 2000, Reason.ALLOWED));
    assertThat(admit(limiter, "u", 10)).isEqualTo(2);
    assertThat(redis.get(key("u", T0 / 1000))).isEqualTo("10");
    assertThat(redis.get(key("u", T0 / 1000 + 1))).isEqualTo("3");
    assertThat(redis.pttl(key("u", T0 / 1000 + 1))).isBetween(2000L, 3000L);
  }

  @Test
  void aDeniedResetIsTheFirstMillisecondThePreviousWindowHasFadedEnough() {
    RateLimiter limiter = build(builder(tenPerSecond).blockedCacheSize(0));
    admit(limiter, "u", 10);
    clock.set(T0 + 1250);
    admit(limiter, "u", 3);
    RateLimitResult denied = limiter.limit("u");
    assertThat(denied.allowed()).isFalse();
    long expected = 250;
    while (weighted(10, expected, 1000) + 3 + 1 > 10) {
      expected++;
    }
    assertThat(denied.reset()).isEqualTo(T0 + 1000 + expected);
    clock.set(denied.reset() - 1);
    assertThat(limiter.limit("u").allowed()).isFalse();
    clock.set(denied.reset());
    assertThat(limiter.limit("u").allowed()).isTrue();
  }

  @Test
  void aFullCurrentWindowResetsInTheNextOne() {
    RateLimiter limiter = build(builder(tenPerSecond).blockedCacheSize(0));
    clock.set(T0 + 100);
    admit(limiter, "u", 10);
    RateLimitResult denied = limiter.limit("u");
    // In the next window these 10 are the previous window: 1 fits once they weigh 9 or less.
    long expected = 0;
    while (weighted(10, expected, 1000) + 1 > 10) {
      expected++;
    }
    assertThat(denied.reset()).isEqualTo(T0 + 1000 + expected);
    clock.set(denied.reset() - 1);
    assertThat(limiter.limit("u").allowed()).isFalse();
    clock.set(denied.reset());
    assertThat(limiter.limit("u").allowed()).isTrue();
  }

  @Test
  void aRateAboveOneThatWouldCrossIsDeniedAndNotApplied() {
    RateLimiter limiter = limiter(tenPerSecond);
    assertThat(limiter.limit("u", 8).allowed()).isTrue();
    RateLimitResult crossing = limiter.limit("u", 3);
    assertThat(crossing.allowed()).isFalse();
    assertThat(crossing.remaining()).isEqualTo(2);
    assertThat(redis.get(key("u", T0 / 1000))).isEqualTo("8");
    assertThat(limiter.limit("u", 2).allowed()).isTrue();
  }

  @Test
  void aLimitOfOneAdmitsOne() {
    RateLimiter limiter = limiter(Limit.slidingWindow(1, Duration.ofSeconds(10)));
    assertThat(limiter.limit("u").allowed()).isTrue();
    assertThat(limiter.limit("u").allowed()).isFalse();
  }

  @Test
  void refundsComeOffTheCurrentWindowOnly() {
    RateLimiter limiter = build(builder(tenPerSecond).blockedCacheSize(0));
    admit(limiter, "u", 10);
    clock.set(T0 + 1500); // 5 of the previous still count
    admit(limiter, "u", 5);
    assertThat(limiter.limit("u", -2).remaining()).isEqualTo(2);
    assertThat(limiter.limit("u", -100).remaining()).isEqualTo(5);
    assertThat(redis.exists(key("u", T0 / 1000 + 1))).isZero();
    assertThat(redis.get(key("u", T0 / 1000))).isEqualTo("10");
  }
}
