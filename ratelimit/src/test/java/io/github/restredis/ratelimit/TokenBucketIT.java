package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenBucketIT extends LimiterIT {
  /** 5 tokens, 1 back per second. */
  private final Limit bucket = Limit.tokenBucket(1, Duration.ofSeconds(1), 5);

  private String key(String id) {
    return prefix + ":" + id;
  }

  @Test
  void startsFullAndStoresWhatTheOfficialSdkStores() {
    RateLimiter limiter = limiter(bucket);
    assertThat(limiter.limit("u")).isEqualTo(new RateLimitResult(true, 5, 4, T0 + 1000, Reason.ALLOWED));
    assertThat(redis.hgetall(key("u"))).isEqualTo(Map.of("refilledAt", Long.toString(T0), "tokens", "4"));
    // Time to refill completely: one interval per missing token.
    assertThat(redis.pttl(key("u"))).isBetween(1L, 1000L);
    for (int i = 0; i < 4; i++) {
      assertThat(limiter.limit("u").allowed()).isTrue();
    }
    assertThat(limiter.limit("u")).isEqualTo(new RateLimitResult(false, 5, 0, T0 + 1000, Reason.DENIED));
    assertThat(redis.pttl(key("u"))).isBetween(4001L, 5000L);
  }

  @Test
  void refillsInWholeStepsFromTheFirstRequestAndRemainingIncludesThem() {
    RateLimiter limiter = build(builder(bucket).blockedCacheSize(0));
    for (int i = 0; i < 5; i++) {
      limiter.limit("u");
    }
    clock.set(T0 + 2999); // two refills, the third is one millisecond away
    RateLimitResult remaining = limiter.getRemaining("u");
    assertThat(remaining).isEqualTo(new RateLimitResult(true, 5, 2, T0 + 3000, Reason.ALLOWED));
    // Reading wrote nothing.
    assertThat(redis.hgetall(key("u"))).containsEntry("tokens", "0").containsEntry("refilledAt", Long.toString(T0));
    assertThat(limiter.limit("u", 2)).isEqualTo(new RateLimitResult(true, 5, 0, T0 + 3000, Reason.ALLOWED));
    assertThat(redis.hgetall(key("u"))).containsEntry("refilledAt", Long.toString(T0 + 2000));
  }

  @Test
  void aRateAboveTheTokensLeftIsDeniedAndConsumesNothing() {
    RateLimiter limiter = build(builder(bucket).blockedCacheSize(0));
    limiter.limit("u", 3);
    RateLimitResult denied = limiter.limit("u", 3);
    assertThat(denied).isEqualTo(new RateLimitResult(false, 5, 2, T0 + 1000, Reason.DENIED));
    assertThat(redis.hget(key("u"), "tokens")).isEqualTo("2");
    clock.set(denied.reset() - 1);
    assertThat(limiter.limit("u", 3).allowed()).isFalse();
    clock.set(denied.reset());
    assertThat(limiter.limit("u", 3)).isEqualTo(new RateLimitResult(true, 5, 0, T0 + 2000, Reason.ALLOWED));
  }

  @Test
  void aDeniedResetWaitsForEnoughRefills() {
    RateLimiter limiter = build(builder(Limit.tokenBucket(2, Duration.ofSeconds(1), 10)).blockedCacheSize(0));
    limiter.limit("u", 10);
    RateLimitResult denied = limiter.limit("u", 5); // 3 refills of 2
    assertThat(denied.reset()).isEqualTo(T0 + 3000);
    clock.set(T0 + 2999);
    assertThat(limiter.limit("u", 5).allowed()).isFalse();
    clock.set(T0 + 3000);
    assertThat(limiter.limit("u", 5).remaining()).isEqualTo(1);
  }

  @Test
  void refundsStopAtTheCapacity() {
    RateLimiter limiter = limiter(bucket);
    limiter.limit("u", 2);
    assertThat(limiter.limit("u", -1).remaining()).isEqualTo(4);
    assertThat(redis.pttl(key("u"))).isPositive();
    // Full again: a full bucket is no key at all, as for one never used.
    assertThat(limiter.limit("u", -10).remaining()).isEqualTo(5);
    assertThat(redis.exists(key("u"))).isZero();
    int allowed = 0;
    for (int i = 0; i < 10; i++) {
      allowed += limiter.limit("u").allowed() ? 1 : 0;
    }
    assertThat(allowed).isEqualTo(5);
  }

  @Test
  void getRemainingOfAnUnknownIdentifierIsTheCapacity() {
    RateLimiter limiter = limiter(bucket);
    assertThat(limiter.getRemaining("nobody")).isEqualTo(new RateLimitResult(true, 5, 5, T0 + 1000, Reason.ALLOWED));
    assertThat(redis.exists(key("nobody"))).isZero();
  }
}
