package io.github.restredis.queue;

import io.github.restredis.queue.internal.Scores;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of an enqueue: a delay, a priority, an idempotency key, a limit of deliveries.
 * Immutable; each method returns a new value.
 *
 * <pre>{@code
 * queue.enqueue(mail, EnqueueArgs.Builder.delay(Duration.ofMinutes(5)).priority(10));
 * queue.enqueue(mail, EnqueueArgs.Builder.idempotencyKey("order-1234-receipt"));
 * }</pre>
 */
public final class EnqueueArgs {
  private static final EnqueueArgs NONE = new EnqueueArgs(null, null, 0, null, null);

  private final @Nullable Duration delay;
  private final @Nullable Instant runAt;
  private final int priority;
  private final @Nullable String idempotencyKey;
  private final @Nullable Integer maxDeliveries;

  private EnqueueArgs(@Nullable Duration delay, @Nullable Instant runAt, int priority,
      @Nullable String idempotencyKey, @Nullable Integer maxDeliveries) {
    this.delay = delay;
    this.runAt = runAt;
    this.priority = priority;
    this.idempotencyKey = idempotencyKey;
    this.maxDeliveries = maxDeliveries;
  }

  /** Static entry points, as in {@code EnqueueArgs.Builder.delay(Duration.ofSeconds(30))}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that make the job ready after {@code delay}}
     *
     * @param delay zero or positive
     */
    public static EnqueueArgs delay(Duration delay) {
      return NONE.delay(delay);
    }

    /**
     * {@return options that make the job ready at {@code at}}
     *
     * @param at the time; a time in the past means now
     */
    public static EnqueueArgs runAt(Instant at) {
      return NONE.runAt(at);
    }

    /**
     * {@return options with a priority}
     *
     * @param priority from -1000 to 1000; higher runs first
     */
    public static EnqueueArgs priority(int priority) {
      return NONE.priority(priority);
    }

    /**
     * {@return options with an idempotency key}
     *
     * @param key at most 200 characters
     */
    public static EnqueueArgs idempotencyKey(String key) {
      return NONE.idempotencyKey(key);
    }

    /**
     * {@return options with a limit of deliveries}
     *
     * @param max at least 1
     */
    public static EnqueueArgs maxDeliveries(int max) {
      return NONE.maxDeliveries(max);
    }
  }

  /** {@return no options: ready now, priority 0, no idempotency key, the queue's delivery limit} */
  public static EnqueueArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that makes the job ready after {@code delay}, counted from the enqueue}
   *
   * @param delay zero or positive
   */
  public EnqueueArgs delay(Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return new EnqueueArgs(delay, null, priority, idempotencyKey, maxDeliveries);
  }

  /**
   * {@return a copy that makes the job ready at {@code at}}
   *
   * @param at the time, millisecond precision; a time in the past means now
   */
  public EnqueueArgs runAt(Instant at) {
    Objects.requireNonNull(at, "at == null");
    return new EnqueueArgs(null, at, priority, idempotencyKey, maxDeliveries);
  }

  /**
   * {@return a copy with a priority: among ready jobs, higher priority is taken first, then older first}
   *
   * @param priority from -1000 to 1000 (default 0)
   */
  public EnqueueArgs priority(int priority) {
    if (priority < Scores.MIN_PRIORITY || priority > Scores.MAX_PRIORITY) {
      throw new IllegalArgumentException("priority must be from -1000 to 1000: " + priority);
    }
    return new EnqueueArgs(delay, runAt, priority, idempotencyKey, maxDeliveries);
  }

  /**
   * {@return a copy with an idempotency key: another enqueue with the same key within the queue's
   * idempotency retention adds nothing and reports the first job's id}
   * In {@link Queue#enqueueAll(java.util.List, EnqueueArgs)} the i-th job gets {@code key + ":" + i}.
   *
   * @param key 1 to 200 characters
   */
  public EnqueueArgs idempotencyKey(String key) {
    Objects.requireNonNull(key, "key == null");
    if (key.isEmpty() || key.length() > 200) {
      throw new IllegalArgumentException("idempotency key must have 1 to 200 characters, has " + key.length());
    }
    return new EnqueueArgs(delay, runAt, priority, key, maxDeliveries);
  }

  /**
   * {@return a copy with a limit of deliveries for this job, instead of the queue's}
   *
   * @param max at least 1; after that many deliveries without an ack the job is dead-lettered
   */
  public EnqueueArgs maxDeliveries(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxDeliveries must be at least 1: " + max);
    }
    return new EnqueueArgs(delay, runAt, priority, idempotencyKey, max);
  }

  /** {@return the priority} */
  public int priority() {
    return priority;
  }

  /** {@return the idempotency key, or null} */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /** {@return the delivery limit, or null for the queue's} */
  public @Nullable Integer maxDeliveries() {
    return maxDeliveries;
  }

  /**
   * {@return when the job becomes ready, or null for at once}
   *
   * @param now the enqueue time
   */
  public @Nullable Instant readyAt(Instant now) {
    Instant at = delay != null ? now.plus(delay) : runAt;
    return at == null || !at.isAfter(now) ? null : at;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EnqueueArgs
        && Objects.equals(delay, ((EnqueueArgs) o).delay)
        && Objects.equals(runAt, ((EnqueueArgs) o).runAt)
        && priority == ((EnqueueArgs) o).priority
        && Objects.equals(idempotencyKey, ((EnqueueArgs) o).idempotencyKey)
        && Objects.equals(maxDeliveries, ((EnqueueArgs) o).maxDeliveries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(delay, runAt, priority, idempotencyKey, maxDeliveries);
  }

  @Override
  public String toString() {
    return "EnqueueArgs{" + (delay != null ? "delay=" + delay + " " : "")
        + (runAt != null ? "runAt=" + runAt + " " : "") + "priority=" + priority
        + (idempotencyKey != null ? " idempotencyKey=" + idempotencyKey : "")
        + (maxDeliveries != null ? " maxDeliveries=" + maxDeliveries : "") + '}';
  }
}
