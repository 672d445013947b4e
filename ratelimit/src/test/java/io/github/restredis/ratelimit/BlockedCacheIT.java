package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The local cache of blocked identifiers: no request until the reset Redis named. */
class BlockedCacheIT extends LimiterIT {
  @Test
  void aBlockedIdentifierCostsNoRequestUntilItsReset() {
    RateLimiter limiter = limiter(Limit.fixedWindow(2, Duration.ofSeconds(1)));
    limiter.limit("u");
    limiter.limit("u");
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.DENIED);
    long before = requests(limiter);
    RateLimitResult cached = limiter.limit("u");
    assertThat(cached).isEqualTo(new RateLimitResult(false, 2, 0, T0 + 1000, Reason.CACHE_BLOCKED));
    clock.set(T0 + 999);
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.CACHE_BLOCKED);
    assertThat(limiter.limit("u", 5).reason()).isEqualTo(Reason.CACHE_BLOCKED);
    assertThat(requests(limiter) - before).isZero();
    // Other identifiers are not affected.
    assertThat(limiter.limit("v").reason()).isEqualTo(Reason.ALLOWED);
    clock.set(T0 + 1000);
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.ALLOWED);
    assertThat(requests(limiter) - before).isEqualTo(2);
  }

  @Test
  void aSmallerRequestThanTheDeniedOneStillAsks() {
    RateLimiter limiter = limiter(Limit.tokenBucket(1, Duration.ofSeconds(1), 5));
    limiter.limit("u", 3);
    assertThat(limiter.limit("u", 3).reason()).isEqualTo(Reason.DENIED);
    assertThat(limiter.limit("u", 4).reason()).isEqualTo(Reason.CACHE_BLOCKED);
    assertThat(limiter.limit("u", 2).reason()).isEqualTo(Reason.ALLOWED);
  }

  @Test
  void aResetOrARefundClearsTheBlock() {
    RateLimiter limiter = limiter(Limit.slidingWindow(1, Duration.ofMinutes(1)));
    limiter.limit("u");
    limiter.limit("u");
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.CACHE_BLOCKED);
    limiter.reset("u");
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.ALLOWED);
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.DENIED);
    assertThat(limiter.limit("u", -1).allowed()).isTrue();
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.ALLOWED);
  }

  @Test
  void aRequestLargerThanTheLimitIsDeniedButNotCached() {
    RateLimiter limiter = limiter(Limit.fixedWindow(2, Duration.ofSeconds(1)));
    assertThat(limiter.limit("u", 3).reason()).isEqualTo(Reason.DENIED);
    assertThat(limiter.limit("u", 3).reason()).isEqualTo(Reason.DENIED);
    assertThat(limiter.limit("u", 2).reason()).isEqualTo(Reason.ALLOWED);
  }
}
