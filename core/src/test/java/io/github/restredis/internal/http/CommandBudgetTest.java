package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CommandBudgetTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  };

  @Test
  void warnsOncePerDayAtTheShare() {
    CommandBudget budget = new CommandBudget(100, 0.8, clock, LoggerFactory.getLogger("test"));
    assertThat(budget.add(79)).isFalse();
    assertThat(budget.add(1)).isTrue();
    assertThat(budget.add(50)).isFalse();
    now.set(Instant.parse("2026-01-02T00:00:01Z"));
    assertThat(budget.add(79)).isFalse();
    assertThat(budget.add(5)).isTrue();
  }

  @Test
  void noBudgetNeverWarns() {
    CommandBudget budget = new CommandBudget(0, 0.8, clock, LoggerFactory.getLogger("test"));
    assertThat(budget.add(1_000_000)).isFalse();
  }

  @Test
  void platformDetection() {
    assertThat(Telemetry.platform(Map.of("AWS_LAMBDA_FUNCTION_NAME", "f"))).isEqualTo("aws-lambda");
    assertThat(Telemetry.platform(Map.of("K_SERVICE", "s"))).isEqualTo("google-cloud-run");
    assertThat(Telemetry.platform(Map.of("K_SERVICE", "s", "FUNCTION_TARGET", "f"))).isEqualTo("google-cloud-functions");
    assertThat(Telemetry.platform(Map.of("VERCEL", "1"))).isEqualTo("vercel");
    assertThat(Telemetry.platform(Map.of())).isEqualTo("unknown");
  }
}
