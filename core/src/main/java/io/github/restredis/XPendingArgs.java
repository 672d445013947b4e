package io.github.restredis;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the extended {@code XPENDING}: a minimum idle time (IDLE) and one consumer.
 * Immutable; each method returns a new value.
 *
 * <pre>{@code
 * redis.xpending("events", "workers", "-", "+", 10, XPendingArgs.Builder.idle(Duration.ofMinutes(5)));
 * }</pre>
 */
public final class XPendingArgs {
  private static final XPendingArgs NONE = new XPendingArgs(null, null);

  private final @Nullable Long idleMillis;
  private final @Nullable String consumer;

  private XPendingArgs(@Nullable Long idleMillis, @Nullable String consumer) {
    this.idleMillis = idleMillis;
    this.consumer = consumer;
  }

  /** Static entry points, as in {@code XPendingArgs.Builder.consumer("w1")}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return filters that keep entries idle for at least {@code minIdle} (IDLE)}
     *
     * @param minIdle the minimum idle time, millisecond precision, not negative
     */
    public static XPendingArgs idle(Duration minIdle) {
      return NONE.idle(minIdle);
    }

    /**
     * {@return filters that keep the entries of one consumer}
     *
     * @param consumer the consumer name
     */
    public static XPendingArgs consumer(String consumer) {
      return NONE.consumer(consumer);
    }
  }

  /** {@return no filters} */
  public static XPendingArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that keeps entries idle for at least {@code minIdle}}
   *
   * @param minIdle the minimum idle time, not negative
   */
  public XPendingArgs idle(Duration minIdle) {
    Objects.requireNonNull(minIdle, "minIdle == null");
    if (minIdle.isNegative()) {
      throw new IllegalArgumentException("minIdle must not be negative: " + minIdle);
    }
    return new XPendingArgs(minIdle.toMillis(), consumer);
  }

  /**
   * {@return a copy that keeps the entries of one consumer}
   *
   * @param consumer the consumer name
   */
  public XPendingArgs consumer(String consumer) {
    return new XPendingArgs(idleMillis, Objects.requireNonNull(consumer, "consumer == null"));
  }

  /** {@return the IDLE value in milliseconds, or null} */
  public @Nullable Long idleMillis() {
    return idleMillis;
  }

  /** {@return the consumer, or null for all} */
  public @Nullable String consumer() {
    return consumer;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XPendingArgs
        && Objects.equals(idleMillis, ((XPendingArgs) o).idleMillis)
        && Objects.equals(consumer, ((XPendingArgs) o).consumer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(idleMillis, consumer);
  }

  @Override
  public String toString() {
    return "XPendingArgs{" + (idleMillis == null ? "" : "IDLE " + idleMillis)
        + (consumer == null ? "" : " consumer " + consumer) + '}';
  }
}
