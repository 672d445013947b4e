package io.github.restredis.queue;

import com.squareup.moshi.JsonAdapter;
import io.github.restredis.Redis;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link Queue}; start with {@link Queue#builder(Redis, String, Class)}. Every option
 * has a default.
 *
 * <pre>{@code
 * Queue<Render> renders = Queue.builder(redis, "renders", Render.class)
 *     .visibilityTimeout(Duration.ofMinutes(2))
 *     .maxDeliveries(3)
 *     .backoff(Backoff.exponential(Duration.ofSeconds(10), Duration.ofMinutes(30)))
 *     .build();
 * }</pre>
 *
 * <p>Every consumer and producer of one queue should use the same options: the scripts take
 * retention and backoff from the caller.
 *
 * @param <T> the payload type
 */
public final class QueueBuilder<T> {
  final Redis redis;
  final String name;
  final JsonAdapter<T> adapter;
  String keyPrefix = "rq";
  Duration visibilityTimeout = Duration.ofSeconds(30);
  int maxDeliveries = 5;
  Backoff backoff = Backoff.defaults();
  Duration statusRetention = Duration.ofHours(24);
  Duration deadRetention = Duration.ofDays(7);
  Duration idempotencyRetention = Duration.ofHours(24);
  @Nullable String sourceList;
  Clock clock = Clock.systemUTC();

  QueueBuilder(Redis redis, String name, JsonAdapter<T> adapter) {
    this.redis = redis;
    this.name = checkName(name, "name");
    this.adapter = adapter;
  }

  private static String checkName(String value, String what) {
    Objects.requireNonNull(value, what + " == null");
    if (value.isEmpty() || value.length() > 200 || value.indexOf('{') >= 0 || value.indexOf('}') >= 0) {
      throw new IllegalArgumentException(what + " must have 1 to 200 characters and no braces: " + value);
    }
    return value;
  }

  private static Duration atLeast(Duration value, Duration min, String what) {
    Objects.requireNonNull(value, what + " == null");
    if (value.compareTo(min) < 0) {
      throw new IllegalArgumentException(what + " must be at least " + min + ": " + value);
    }
    return value;
  }

  /**
   * Sets the first part of the queue's keys (default {@code rq}): keys are {@code
   * <prefix>:{<name>}:jobs}, {@code :ready}, {@code :timeline} and {@code :dead}.
   *
   * @param prefix 1 to 200 characters, no braces
   * @return this builder
   */
  public QueueBuilder<T> keyPrefix(String prefix) {
    this.keyPrefix = checkName(prefix, "prefix");
    return this;
  }

  /**
   * Sets how long a dequeued job stays leased before it is delivered again (default 30 s). A
   * {@link Worker} extends the leases of jobs that run longer.
   *
   * @param timeout at least 1 s
   * @return this builder
   */
  public QueueBuilder<T> visibilityTimeout(Duration timeout) {
    this.visibilityTimeout = atLeast(timeout, Duration.ofSeconds(1), "visibilityTimeout");
    return this;
  }

  /**
   * Sets the deliveries a job gets before it is dead-lettered (default 5); an expired lease counts.
   *
   * @param max at least 1
   * @return this builder
   */
  public QueueBuilder<T> maxDeliveries(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxDeliveries must be at least 1: " + max);
    }
    this.maxDeliveries = max;
    return this;
  }

  /**
   * Sets the wait before a failed job's next delivery (default {@link Backoff#defaults()}).
   *
   * @param backoff the backoff
   * @return this builder
   */
  public QueueBuilder<T> backoff(Backoff backoff) {
    this.backoff = Objects.requireNonNull(backoff, "backoff == null");
    return this;
  }

  /**
   * Sets how long succeeded and cancelled jobs stay readable by id (default 24 h). Records are
   * deleted on a grid of 1/48 of this (at most 30 min) after it, by a later dequeue.
   *
   * @param retention at least 1 min
   * @return this builder
   */
  public QueueBuilder<T> statusRetention(Duration retention) {
    this.statusRetention = atLeast(retention, Duration.ofMinutes(1), "statusRetention");
    return this;
  }

  /**
   * Sets how long dead-lettered jobs are kept, to be inspected and re-driven (default 7 days).
   *
   * @param retention at least 1 min
   * @return this builder
   */
  public QueueBuilder<T> deadRetention(Duration retention) {
    this.deadRetention = atLeast(retention, Duration.ofMinutes(1), "deadRetention");
    return this;
  }

  /**
   * Sets how long an idempotency key is remembered after its enqueue (default 24 h).
   *
   * @param retention at least 1 min
   * @return this builder
   */
  public QueueBuilder<T> idempotencyRetention(Duration retention) {
    this.idempotencyRetention = atLeast(retention, Duration.ofMinutes(1), "idempotencyRetention");
    return this;
  }

  /**
   * Makes consumers also take items from a plain list that other producers fill with {@code LPUSH}
   * of JSON, as the official SDKs' docs show: each item, oldest first, becomes a job of this queue
   * in the same script that leases it, so it is processed at least once like any other job.
   *
   * @param key the list's key
   * @return this builder
   */
  public QueueBuilder<T> sourceList(String key) {
    Objects.requireNonNull(key, "key == null");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("key is empty");
    }
    this.sourceList = key;
    return this;
  }

  /**
   * Sets the clock of lease deadlines, delays and retention (default {@link Clock#systemUTC()}).
   *
   * @param clock the clock
   * @return this builder
   */
  public QueueBuilder<T> clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return this;
  }

  /** {@return the queue; building sends nothing} */
  public Queue<T> build() {
    return new Queue<>(this);
  }
}
