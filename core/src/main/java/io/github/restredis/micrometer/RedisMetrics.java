package io.github.restredis.micrometer;

import io.github.restredis.MetricsSnapshot;
import io.github.restredis.Redis;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Publishes a client's {@link Redis#metrics()} as Micrometer meters, so a Prometheus registry
 * exports them without glue code. Meters read the snapshot when scraped; nothing is recorded on
 * the request path.
 *
 * <pre>{@code
 * new RedisMetrics(redis, Tags.of("db", "cache")).bindTo(registry);
 * }</pre>
 *
 * <p>Meters: {@code restredis.requests} (timer), {@code restredis.commands}, {@code
 * restredis.retries}, {@code restredis.failures} (tagged {@code type}, for the types seen so far
 * at binding time and the common ones), {@code restredis.bytes.sent}, {@code
 * restredis.bytes.received}.
 */
public final class RedisMetrics implements MeterBinder {
  private static final String[] FAILURE_TYPES = {
    "RedisErrorException", "QuotaExceededException", "AuthenticationException",
    "TransportException", "RequestTimeoutException", "HttpStatusException",
    "ReplyDecodeException", "RequestTooLargeException"
  };

  private final Redis redis;
  private final Tags tags;

  /**
   * Creates a binder for {@code redis}.
   *
   * @param redis the client to observe
   * @param tags tags added to every meter
   */
  public RedisMetrics(Redis redis, Iterable<Tag> tags) {
    this.redis = Objects.requireNonNull(redis, "redis == null");
    this.tags = Tags.of(tags);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionTimer.builder("restredis.requests", redis,
            r -> r.metrics().requests(),
            r -> r.metrics().totalLatency().toNanos(), TimeUnit.NANOSECONDS)
        .description("HTTP requests to the REST API, retries included in their latency")
        .tags(tags)
        .register(registry);
    counter(registry, "restredis.commands", "Commands billed by Upstash", MetricsSnapshot::commands, tags);
    counter(registry, "restredis.retries", "Retried attempts", MetricsSnapshot::retries, tags);
    counter(registry, "restredis.bytes.sent", "Request body bytes", MetricsSnapshot::bytesSent, tags);
    counter(registry, "restredis.bytes.received", "Response body bytes", MetricsSnapshot::bytesReceived, tags);
    for (String type : FAILURE_TYPES) {
      counter(registry, "restredis.failures", "Failed requests by exception type",
          s -> s.failures().getOrDefault(type, 0L), tags.and("type", type));
    }
  }

  private void counter(MeterRegistry registry, String name, String description,
      ToDoubleFunction<MetricsSnapshot> value, Tags meterTags) {
    FunctionCounter.builder(name, redis, r -> value.applyAsDouble(r.metrics()))
        .description(description)
        .tags(meterTags)
        .register(registry);
  }
}
