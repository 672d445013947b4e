package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** blockUntilReady on the real clock: the only tests here that wait. */
class BlockUntilReadyIT extends LimiterIT {
  private RateLimiter realTime(Limit limit) {
    return build(builder(limit).clock(Clock.systemUTC()));
  }

  @Test
  void waitsForTheResetThenPasses() {
    RateLimiter limiter = realTime(Limit.tokenBucket(1, Duration.ofMillis(200), 1));
    assertThat(limiter.limit("u").allowed()).isTrue();
    assertThat(limiter.limit("u").allowed()).isFalse();
    RateLimitResult ready = limiter.blockUntilReady("u", Duration.ofSeconds(10));
    assertThat(ready.reason()).isEqualTo(Reason.ALLOWED);
  }

  @Test
  void returnsDeniedAtOnceWhenTheResetIsBeyondTheTimeout() {
    RateLimiter limiter = realTime(Limit.fixedWindow(1, Duration.ofDays(1)));
    limiter.limit("u");
    RateLimitResult result = limiter.blockUntilReady("u", Duration.ofSeconds(30));
    assertThat(result.allowed()).isFalse();
    assertThat(result.reset()).isGreaterThan(System.currentTimeMillis() + 30_000 - 1);
  }

  @Test
  void aRateCountsWhileWaiting() {
    RateLimiter limiter = realTime(Limit.tokenBucket(2, Duration.ofMillis(150), 4));
    limiter.limit("u", 4);
    RateLimitResult ready = limiter.blockUntilReady("u", 3, Duration.ofSeconds(10));
    assertThat(ready.allowed()).isTrue();
    assertThat(ready.remaining()).isLessThanOrEqualTo(1);
  }
}
