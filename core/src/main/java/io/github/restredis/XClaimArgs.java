package io.github.restredis;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code XCLAIM}: the claimed entries' new idle time (IDLE or TIME), delivery count
 * (RETRYCOUNT), FORCE and LASTID. Immutable; each method returns a new value.
 *
 * <pre>{@code
 * redis.xclaim("events", "workers", "w2", Duration.ofMinutes(1),
 *     XClaimArgs.Builder.retryCount(5).force(), "1700000000000-0");
 * }</pre>
 */
public final class XClaimArgs {
  private static final XClaimArgs NONE = new XClaimArgs(null, null, null, false, null);

  private final @Nullable Long idleMillis;
  private final @Nullable Long timeMillis;
  private final @Nullable Long retryCount;
  private final boolean force;
  private final @Nullable String lastId;

  private XClaimArgs(@Nullable Long idleMillis, @Nullable Long timeMillis,
      @Nullable Long retryCount, boolean force, @Nullable String lastId) {
    this.idleMillis = idleMillis;
    this.timeMillis = timeMillis;
    this.retryCount = retryCount;
    this.force = force;
    this.lastId = lastId;
  }

  /** Static entry points, as in {@code XClaimArgs.Builder.force()}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that set the claimed entries' idle time (IDLE)}
     *
     * @param idle the idle time, millisecond precision, not negative
     */
    public static XClaimArgs idle(Duration idle) {
      return NONE.idle(idle);
    }

    /**
     * {@return options that set the claimed entries' last delivery time (TIME)}
     *
     * @param lastDelivery the instant, millisecond precision
     */
    public static XClaimArgs time(Instant lastDelivery) {
      return NONE.time(lastDelivery);
    }

    /**
     * {@return options that set the claimed entries' delivery count (RETRYCOUNT)}
     *
     * @param count the count, not negative
     */
    public static XClaimArgs retryCount(long count) {
      return NONE.retryCount(count);
    }

    /** {@return options that claim IDs even if they are not pending, if they exist (FORCE)} */
    public static XClaimArgs force() {
      return NONE.force();
    }

    /**
     * {@return options that also set the group's last delivered ID (LASTID)}
     *
     * @param id the ID
     */
    public static XClaimArgs lastId(String id) {
      return NONE.lastId(id);
    }
  }

  /** {@return no options} */
  public static XClaimArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that sets the idle time; replaces {@link #time(Instant)}}
   *
   * @param idle the idle time, not negative
   */
  public XClaimArgs idle(Duration idle) {
    Objects.requireNonNull(idle, "idle == null");
    if (idle.isNegative()) {
      throw new IllegalArgumentException("idle must not be negative: " + idle);
    }
    return new XClaimArgs(idle.toMillis(), null, retryCount, force, lastId);
  }

  /**
   * {@return a copy that sets the last delivery time; replaces {@link #idle(Duration)}}
   *
   * @param lastDelivery the instant
   */
  public XClaimArgs time(Instant lastDelivery) {
    Objects.requireNonNull(lastDelivery, "lastDelivery == null");
    return new XClaimArgs(null, lastDelivery.toEpochMilli(), retryCount, force, lastId);
  }

  /**
   * {@return a copy that sets the delivery count}
   *
   * @param count the count, not negative
   */
  public XClaimArgs retryCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("retry count must not be negative: " + count);
    }
    return new XClaimArgs(idleMillis, timeMillis, count, force, lastId);
  }

  /** {@return a copy that claims IDs that exist but are not pending} */
  public XClaimArgs force() {
    return new XClaimArgs(idleMillis, timeMillis, retryCount, true, lastId);
  }

  /**
   * {@return a copy that sets the group's last delivered ID}
   *
   * @param id the ID
   */
  public XClaimArgs lastId(String id) {
    return new XClaimArgs(idleMillis, timeMillis, retryCount, force,
        Objects.requireNonNull(id, "id == null"));
  }

  /** {@return the IDLE value in milliseconds, or null} */
  public @Nullable Long idleMillis() {
    return idleMillis;
  }

  /** {@return the TIME value in Unix milliseconds, or null} */
  public @Nullable Long timeMillis() {
    return timeMillis;
  }

  /** {@return the RETRYCOUNT, or null} */
  public @Nullable Long retryCount() {
    return retryCount;
  }

  /** {@return whether FORCE is set} */
  public boolean isForce() {
    return force;
  }

  /** {@return the LASTID, or null} */
  public @Nullable String lastId() {
    return lastId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XClaimArgs
        && Objects.equals(idleMillis, ((XClaimArgs) o).idleMillis)
        && Objects.equals(timeMillis, ((XClaimArgs) o).timeMillis)
        && Objects.equals(retryCount, ((XClaimArgs) o).retryCount)
        && force == ((XClaimArgs) o).force
        && Objects.equals(lastId, ((XClaimArgs) o).lastId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(idleMillis, timeMillis, retryCount, force, lastId);
  }

  @Override
  public String toString() {
    return "XClaimArgs{" + (idleMillis == null ? "" : " IDLE " + idleMillis)
        + (timeMillis == null ? "" : " TIME " + timeMillis)
        + (retryCount == null ? "" : " RETRYCOUNT " + retryCount) + (force ? " FORCE" : "")
        + (lastId == null ? "" : " LASTID " + lastId) + " }";
  }
}
