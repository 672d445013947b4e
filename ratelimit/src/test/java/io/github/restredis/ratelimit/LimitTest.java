package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.Redis;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitTest {
  @Test
  void badNumbersAreRefusedWithTheirName() {
    assertThatThrownBy(() -> Limit.fixedWindow(0, Duration.ofSeconds(1))).hasMessageContaining("limit");
    assertThatThrownBy(() -> Limit.slidingWindow(1, Duration.ZERO)).hasMessageContaining("window");
    assertThatThrownBy(() -> Limit.fixedWindow(1, Duration.ofNanos(1_500_000))).hasMessageContaining("milliseconds");
    assertThatThrownBy(() -> Limit.tokenBucket(0, Duration.ofSeconds(1), 1)).hasMessageContaining("refillRate");
    assertThatThrownBy(() -> Limit.tokenBucket(1, Duration.ofSeconds(1), 0)).hasMessageContaining("maxTokens");
    assertThatThrownBy(() -> Limit.fixedWindow(1, Duration.ofSeconds(1)).withPrefix("")).hasMessageContaining("prefix");
  }

  @Test
  void valuesWithAccessors() {
    Limit bucket = Limit.tokenBucket(2, Duration.ofSeconds(3), 10).withPrefix("p");
    assertThat(bucket.algorithm()).isEqualTo(Limit.Algorithm.TOKEN_BUCKET);
    assertThat(bucket.limit()).isEqualTo(10);
    assertThat(bucket.refillRate()).isEqualTo(2);
    assertThat(bucket.period()).isEqualTo(Duration.ofSeconds(3));
    assertThat(bucket.prefix()).isEqualTo("p");
    assertThat(bucket).isEqualTo(Limit.tokenBucket(2, Duration.ofSeconds(3), 10).withPrefix("p"))
        .isNotEqualTo(Limit.tokenBucket(2, Duration.ofSeconds(3), 10));
    assertThat(bucket.toString()).isEqualTo("Limit{TOKEN_BUCKET, 2 per 3000 ms, max 10, prefix=p}");
  }

  @Test
  void builderAndCallArgumentsAreChecked() {
    try (Redis redis = Redis.builder().url("http://127.0.0.1:1").token("secret-token").build()) {
      assertThatThrownBy(() -> RateLimiter.builder(redis).build())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("no limit");
      try (RateLimiter limiter = RateLimiter.builder(redis)
          .limit(Limit.fixedWindow(1, Duration.ofSeconds(1))).checkEvictionPolicy(false).build()) {
        assertThatThrownBy(() -> limiter.limit("u", 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("getRemaining");
        assertThatThrownBy(() -> limiter.blockUntilReady("u", Duration.ZERO))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(limiter.toString()).doesNotContain("secret-token").contains("@upstash/ratelimit");
        assertThat(limiter.newBuilder().toString()).doesNotContain("secret-token");
      }
    }
  }
}
