package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void doublesUpToTheMaximumWithJitterAroundIt() {
    Backoff backoff = Backoff.defaults();
    assertThat(backoff.delay(1, 0.5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.delay(2, 0.5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delay(4, 0.5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.delay(30, 0.5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.delay(1, 0.0)).isEqualTo(Duration.ofMillis(800));
    assertThat(backoff.delay(1, 0.999999)).isEqualTo(Duration.ofMillis(1200));
    assertThat(backoff.delay(30, 0.999999)).as("never above the maximum").isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void fixedIsTheSameEveryTime() {
    Backoff fixed = Backoff.fixed(Duration.ofSeconds(7));
    assertThat(fixed.delay(1, 0.1)).isEqualTo(fixed.delay(9, 0.9)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void badValuesAreRefused() {
    assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Backoff.defaults().withJitter(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Backoff.defaults().withMultiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
