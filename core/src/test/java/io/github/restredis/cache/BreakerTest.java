package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreakerTest {
  private final MutableClock clock = new MutableClock(0);
  private final Breaker breaker = new Breaker("t", 3, 10_000, clock);

  @Test
  void opensAfterConsecutiveFailuresOnly() {
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    breaker.failure();
    assertThat(breaker.allow()).isTrue();
    breaker.failure();
    assertThat(breaker.closed()).isFalse();
    assertThat(breaker.allow()).isFalse();
  }

  @Test
  void halfOpenLetsOneProbeThrough() {
    for (int i = 0; i < 3; i++) {
      breaker.failure();
    }
    clock.advance(Duration.ofMillis(9_999));
    assertThat(breaker.allow()).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(breaker.allow()).as("the probe").isTrue();
    assertThat(breaker.allow()).as("only one at a time").isFalse();
    breaker.failure();
    assertThat(breaker.allow()).as("a failed probe reopens it").isFalse();
    clock.advance(Duration.ofMillis(10_000));
    assertThat(breaker.allow()).isTrue();
    breaker.success();
    assertThat(breaker.closed()).isTrue();
    assertThat(breaker.allow()).isTrue();
    assertThat(breaker.allow()).isTrue();
  }
}
