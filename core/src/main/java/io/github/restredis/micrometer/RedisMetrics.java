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
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Publishes a client's {@link Redis#metrics()} as Micrometer meters, so a Prometheus registry
 * exports them without glue code. Meters read the snapshot when scraped; nothing is recorded on
 * the request path.
 *
 * <pre>{@code
 * new RedisMetrics(redis, Tags.of("client", "api")).bindTo(registry);
 * // Clients derived inside the library count their own requests: bind them with their own tag.
 * new RedisMetrics(limiter::metrics, Tags.of("client", "ratelimit")).bindTo(registry);
 * new RedisMetrics(cache::metrics, Tags.of("client", "cache")).bindTo(registry);
 * }</pre>
 *
 * <p>Meters: {@code restredis.requests} (timer), {@code restredis.commands}, {@code
 * restredis.retries}, {@code restredis.failures} (tagged {@code type}, one meter for each of the
 * library's exception types), {@code restredis.bytes.sent}, {@code restredis.bytes.received}.
 *
 * <p>Give each bound client tags of its own: a registry keeps the first meter of a name and tags,
 * so a second binder with the same tags would publish nothing. Use the same tag keys for all of
 * them, as Prometheus expects of meters that share a name. The registry holds the binder's
 * source for as long as the meters are registered, so a closed client keeps its last counts.
 */
public final class RedisMetrics implements MeterBinder {
  private static final String[] FAILURE_TYPES = {
    "RedisErrorException", "QuotaExceededException", "AuthenticationException",
    "TransportException", "RequestTimeoutException", "HttpStatusException",
    "ReplyDecodeException", "RequestTooLargeException"
  };

  private final Supplier<MetricsSnapshot> metrics;
  private final Tags tags;

  /**
   * Creates a binder for {@code redis}.
   *
   * @param redis the client to observe
   * @param tags tags added to every meter
   */
  public RedisMetrics(Redis redis, Iterable<Tag> tags) {
    this(Objects.requireNonNull(redis, "redis == null")::metrics, tags);
  }

  /**
   * Creates a binder for any source of snapshots, such as {@code RateLimiter::metrics} or {@link
   * io.github.restredis.cache.RedisCache#metrics() RedisCache::metrics}, whose clients are not
   * handed out. The supplier is called on every scrape, once for each value a meter reports
   * (twice for the request timer), from the registry's threads: it has to be cheap and
   * thread-safe, as {@link Redis#metrics()} is.
   *
   * @param metrics returns the counters now; the counts it returns must never decrease
   * @param tags tags added to every meter
   */
  public RedisMetrics(Supplier<MetricsSnapshot> metrics, Iterable<Tag> tags) {
    this.metrics = Objects.requireNonNull(metrics, "metrics == null");
    this.tags = Tags.of(Objects.requireNonNull(tags, "tags == null"));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    // Micrometer holds a meter's object weakly and reports NaN once it is collected. A method
    // reference such as limiter::metrics is reachable from nothing but this binder, which callers
    // drop after bindTo: the functions capture the supplier, so the registry keeps it alive.
    Supplier<MetricsSnapshot> source = metrics;
    FunctionTimer.builder("restredis.requests", source,
            s -> source.get().requests(),
            s -> source.get().totalLatency().toNanos(), TimeUnit.NANOSECONDS)
        .description("HTTP requests to the REST API, retries included in their latency")
        .tags(tags)
        .register(registry);
    counter(registry, "restredis.commands", "Commands billed by Upstash", MetricsSnapshot::commands, tags);
    counter(registry, "restredis.retries", "Retried attempts", MetricsSnapshot::retries, tags);
    counter(registry, "restredis.bytes.sent", "Request body bytes", MetricsSnapshot::bytesSent, tags);
    counter(registry, "restredis.bytes.received", "Response body bytes", MetricsSnapshot::bytesReceived, tags);
    for (String type : FAILURE_TYPES) {
      counter(registry, "restredis.failures", "Failed requests and failed commands of batches, by exception type",
          s -> s.failures().getOrDefault(type, 0L), tags.and("type", type));
    }
  }

  private void counter(MeterRegistry registry, String name, String description,
      ToDoubleFunction<MetricsSnapshot> value, Tags meterTags) {
    Supplier<MetricsSnapshot> source = metrics;
    FunctionCounter.builder(name, source, s -> value.applyAsDouble(source.get()))
        .description(description)
        .tags(meterTags)
        .register(registry);
  }
}
