package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DynamicLimitsIT extends LimiterIT {
  private int admit(RateLimiter limiter, String id, int attempts) {
    int allowed = 0;
    for (int i = 0; i < attempts; i++) {
      allowed += limiter.limit(id).allowed() ? 1 : 0;
    }
    return allowed;
  }

  @Test
  void anIdentifiersOwnLimitWinsOverTheGlobalOneWhichWinsOverTheConfiguredOne() {
    RateLimiter limiter = build(builder(Limit.fixedWindow(3, Duration.ofMinutes(1))).dynamicLimits(true));
    DynamicLimits dynamic = limiter.dynamicLimits();
    dynamic.set("vip", 6);
    dynamic.setGlobal(2);
    assertThat(dynamic.get("vip")).isEqualTo(OptionalLong.of(6));
    assertThat(dynamic.get("other")).isEmpty();
    assertThat(dynamic.global()).isEqualTo(OptionalLong.of(2));
    // The global key is the one @upstash/ratelimit reads with dynamicLimits: true.
    assertThat(redis.get(prefix + ":dynamic:global")).isEqualTo("2");
    assertThat(admit(limiter, "vip", 10)).isEqualTo(6);
    assertThat(admit(limiter, "u", 10)).isEqualTo(2);
    assertThat(limiter.getRemaining("u").limit()).isEqualTo(2);

    dynamic.clearGlobal();
    assertThat(admit(limiter, "u", 10)).isEqualTo(1); // 3 configured, 2 used
    dynamic.clear("vip");
    assertThat(admit(limiter, "vip", 10)).isZero();
    assertThat(limiter.limit("vip").limit()).isEqualTo(3);
  }

  @Test
  void aRaisedLimitLiftsCachedBlocksAndOverridesCanExpire() {
    RateLimiter limiter = build(builder(Limit.tokenBucket(1, Duration.ofMinutes(1), 1)).dynamicLimits(true));
    assertThat(admit(limiter, "u", 3)).isEqualTo(1);
    limiter.dynamicLimits().set("u", 3, Duration.ofMinutes(5));
    assertThat(redis.pttl(prefix + ":dynamic:id:u")).isBetween(1L, 300_000L);
    // The stored bucket has 0 tokens; a larger capacity does not refill it by itself.
    assertThat(admit(limiter, "u", 3)).isZero();
    assertThat(limiter.getRemaining("fresh").remaining()).isEqualTo(1);
    assertThat(limiter.getRemaining("u").limit()).isEqualTo(3);
  }

  @Test
  void offUnlessEnabledAndNamedByLimit() {
    RateLimiter off = limiter(Limit.fixedWindow(3, Duration.ofMinutes(1)));
    assertThatThrownBy(off::dynamicLimits).isInstanceOf(IllegalStateException.class);
    Limit a = Limit.fixedWindow(1, Duration.ofSeconds(1)).withPrefix(prefix + ":a");
    Limit b = Limit.fixedWindow(5, Duration.ofSeconds(1)).withPrefix(prefix + ":b");
    RateLimiter two = build(builder(a, b).dynamicLimits(true));
    assertThatThrownBy(two::dynamicLimits).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> two.dynamicLimits(Limit.fixedWindow(1, Duration.ofSeconds(1))))
        .isInstanceOf(IllegalArgumentException.class);
    two.dynamicLimits(b).set("u", 1);
    assertThat(redis.get(prefix + ":b:dynamic:id:u")).isEqualTo("1");
    assertThat(two.limit("u").allowed()).isTrue();
    assertThat(two.limit("u").allowed()).isFalse();
  }
}
