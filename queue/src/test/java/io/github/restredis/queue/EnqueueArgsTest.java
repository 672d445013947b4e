package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnqueueArgsTest {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void aDelayOrAFutureTimeMakesTheJobWait() {
    assertThat(EnqueueArgs.Builder.delay(Duration.ofSeconds(5)).readyAt(NOW)).isEqualTo(NOW.plusSeconds(5));
    assertThat(EnqueueArgs.Builder.runAt(NOW.plusSeconds(9)).readyAt(NOW)).isEqualTo(NOW.plusSeconds(9));
    assertThat(EnqueueArgs.Builder.runAt(NOW.minusSeconds(9)).readyAt(NOW)).as("the past is now").isNull();
    assertThat(EnqueueArgs.Builder.delay(Duration.ZERO).readyAt(NOW)).isNull();
    assertThat(EnqueueArgs.none().readyAt(NOW)).isNull();
    assertThat(EnqueueArgs.Builder.delay(Duration.ofSeconds(5)).runAt(NOW).readyAt(NOW)).as("the last wins").isNull();
  }

  @Test
  void optionsCombineAndCompareByValue() {
    EnqueueArgs args = EnqueueArgs.Builder.priority(7).idempotencyKey("k").maxDeliveries(2);
    assertThat(args.priority()).isEqualTo(7);
    assertThat(args.idempotencyKey()).isEqualTo("k");
    assertThat(args.maxDeliveries()).isEqualTo(2);
    assertThat(args).isEqualTo(EnqueueArgs.Builder.maxDeliveries(2).priority(7).idempotencyKey("k"));
    assertThat(args.toString()).contains("priority=7", "idempotencyKey=k");
  }

  @Test
  void badValuesAreRefusedWithTheirValue() {
    assertThatThrownBy(() -> EnqueueArgs.Builder.priority(1001)).hasMessageContaining("1001");
    assertThatThrownBy(() -> EnqueueArgs.Builder.delay(Duration.ofSeconds(-1))).hasMessageContaining("PT-1S");
    assertThatThrownBy(() -> EnqueueArgs.Builder.idempotencyKey("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EnqueueArgs.Builder.idempotencyKey("x".repeat(201))).hasMessageContaining("201");
    assertThatThrownBy(() -> EnqueueArgs.Builder.maxDeliveries(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
