package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.DailyBudgetWarning;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
  void callbackGetsEachDaysWarningOnce() {
    List<DailyBudgetWarning> warnings = new ArrayList<>();
    CommandBudget budget = new CommandBudget(100, 0.8, clock, LoggerFactory.getLogger("test"), warnings::add);
    budget.add(79);
    assertThat(warnings).isEmpty();
    budget.add(3);
    budget.add(50);
    assertThat(warnings).containsExactly(new DailyBudgetWarning(LocalDate.parse("2026-01-01"), 82, 100, 0.8));
    // 23:59:59 UTC is still the same day; one second later the count starts again.
    now.set(Instant.parse("2026-01-01T23:59:59Z"));
    budget.add(1_000);
    now.set(Instant.parse("2026-01-02T00:00:00Z"));
    budget.add(80);
    assertThat(warnings).containsExactly(
        new DailyBudgetWarning(LocalDate.parse("2026-01-01"), 82, 100, 0.8),
        new DailyBudgetWarning(LocalDate.parse("2026-01-02"), 80, 100, 0.8));
  }

  @Test
  void aThrowingCallbackStillCountsAsWarned() {
    List<Long> calls = new ArrayList<>();
    CommandBudget budget = new CommandBudget(10, 0.5, clock, LoggerFactory.getLogger("test"), w -> {
      calls.add(w.commands());
      throw new IllegalStateException("alerting is down");
    });
    assertThat(budget.add(5)).isTrue();
    assertThat(budget.add(5)).isFalse();
    assertThat(calls).containsExactly(5L);
  }

  private static Settings settings(String url, long budget, double share,
      java.util.function.Consumer<DailyBudgetWarning> callback) {
    return new Settings(okhttp3.HttpUrl.get(url), () -> "tok", null, java.time.Duration.ofSeconds(1),
        java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), io.github.restredis.RetryPolicy.defaults(),
        true, true, false, 10_000, 8, Map.of(), List.of(), budget, share, callback);
  }

  @Test
  void aClientWithTheSameDatabaseAndBudgetSharesTheCounterAnyOtherGetsItsOwn() {
    List<DailyBudgetWarning> warnings = new ArrayList<>();
    java.util.function.Consumer<DailyBudgetWarning> callback = warnings::add;
    org.slf4j.Logger log = LoggerFactory.getLogger("test");
    CommandBudget parent = CommandBudget.forClient(null, settings("https://a.example", 10, 0.5, callback), clock, log);
    assertThat(CommandBudget.forClient(parent, settings("https://a.example/", 10, 0.5, callback), clock, log))
        .isSameAs(parent);
    for (Settings other : List.of(settings("https://b.example", 10, 0.5, callback),
        settings("https://a.example", 11, 0.5, callback), settings("https://a.example", 10, 0.6, callback),
        settings("https://a.example", 10, 0.5, warnings::add), settings("https://a.example", 10, 0.5, null))) {
      assertThat(CommandBudget.forClient(parent, other, clock, log)).as(other.toString()).isNotSameAs(parent);
    }
    CommandBudget child = CommandBudget.forClient(parent, settings("https://a.example", 10, 0.5, callback), clock, log);
    assertThat(parent.add(4)).isFalse();
    assertThat(child.add(1)).isTrue();
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.commands()).isEqualTo(5));
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
