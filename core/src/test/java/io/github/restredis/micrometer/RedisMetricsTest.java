package io.github.restredis.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.MetricsSnapshot;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The binder over a supplier of snapshots, as for a rate limiter's or a cache's own client. */
class RedisMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final AtomicReference<MetricsSnapshot> current = new AtomicReference<>(snapshot(0, 0, Map.of()));

  private static MetricsSnapshot snapshot(long requests, long commands, Map<String, Long> failures) {
    return new MetricsSnapshot(requests, commands, requests / 2, failures, 10 * requests,
        20 * requests, Duration.ofMillis(3 * requests), Duration.ofMillis(requests == 0 ? 0 : 5));
  }

  @Test
  void metersFollowTheSupplier() {
    new RedisMetrics(current::get, Tags.of("client", "ratelimit")).bindTo(registry);
    FunctionTimer requests = registry.get("restredis.requests").tag("client", "ratelimit").functionTimer();
    FunctionCounter commands = registry.get("restredis.commands").tag("client", "ratelimit").functionCounter();
    FunctionCounter errors = registry.get("restredis.failures")
        .tags("client", "ratelimit", "type", "RedisErrorException").functionCounter();
    assertThat(requests.count()).isZero();
    assertThat(commands.count()).isZero();
    assertThat(errors.count()).isZero();

    current.set(snapshot(4, 7, Map.of("RedisErrorException", 1L, "TransportException", 2L)));
    assertThat(requests.count()).isEqualTo(4);
    assertThat(requests.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(12);
    assertThat(commands.count()).isEqualTo(7);
    assertThat(errors.count()).isEqualTo(1);
    assertThat(registry.get("restredis.failures").tag("type", "TransportException").functionCounter().count())
        .isEqualTo(2);
    assertThat(registry.get("restredis.failures").tag("type", "RequestTimeoutException").functionCounter().count())
        .as("a type not seen yet is published as zero").isZero();
    assertThat(registry.get("restredis.retries").functionCounter().count()).isEqualTo(2);
    assertThat(registry.get("restredis.bytes.sent").functionCounter().count()).isEqualTo(40);
    assertThat(registry.get("restredis.bytes.received").functionCounter().count()).isEqualTo(80);
  }

  @Test
  void twoSourcesWithTheirOwnTagsArePublishedApart() {
    AtomicReference<MetricsSnapshot> other = new AtomicReference<>(snapshot(9, 9, Map.of()));
    new RedisMetrics(current::get, Tags.of("client", "ratelimit")).bindTo(registry);
    new RedisMetrics(other::get, Tags.of("client", "cache")).bindTo(registry);
    current.set(snapshot(3, 3, Map.of()));
    assertThat(registry.get("restredis.requests").tag("client", "ratelimit").functionTimer().count()).isEqualTo(3);
    assertThat(registry.get("restredis.requests").tag("client", "cache").functionTimer().count()).isEqualTo(9);
  }

  @Test
  void theRegistryKeepsASupplierNothingElseReferences() {
    // Micrometer holds a meter's object weakly: a method reference bound and dropped would read
    // NaN after a collection if the binder did not keep it reachable.
    new RedisMetrics(supplierOnlyTheBinderHolds(), Tags.of("client", "gone")).bindTo(registry);
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    assertThat(registry.get("restredis.commands").tag("client", "gone").functionCounter().count()).isEqualTo(5);
    assertThat(registry.get("restredis.requests").tag("client", "gone").functionTimer().count()).isEqualTo(5);
  }

  private static Supplier<MetricsSnapshot> supplierOnlyTheBinderHolds() {
    MetricsSnapshot fixed = snapshot(5, 5, Map.of());
    return () -> fixed;
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> new RedisMetrics((Supplier<MetricsSnapshot>) null, Tags.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("metrics == null");
    assertThatThrownBy(() -> new RedisMetrics((io.github.restredis.Redis) null, Tags.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("redis == null");
  }
}
