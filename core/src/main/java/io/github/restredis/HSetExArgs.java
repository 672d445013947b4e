package io.github.restredis;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of HSETEX (Redis 8.0): a condition on the fields (FNX: none of them exists; FXX: all of
 * them exist) and an expiry for the fields set (EX, PX, EXAT, PXAT), or keeping their current one
 * (KEEPTTL). Immutable; within each kind the last option chosen wins.
 *
 * <pre>{@code
 * redis.hsetex("session", Map.of("token", t), HSetExArgs.Builder.ex(Duration.ofMinutes(30)).fnx());
 * }</pre>
 */
public final class HSetExArgs {
  private static final HSetExArgs NONE = new HSetExArgs(null, null, null);

  private final @Nullable String condition;
  private final @Nullable String expiryKind;
  private final @Nullable Long expiry;

  private HSetExArgs(@Nullable String condition, @Nullable String expiryKind, @Nullable Long expiry) {
    this.condition = condition;
    this.expiryKind = expiryKind;
    this.expiry = expiry;
  }

  /** Static entry points, as in {@code HSetExArgs.Builder.fnx()}. */
  public static final class Builder {
    private Builder() {}

    /** {@return options that set the fields only if none of them exists (FNX)} */
    public static HSetExArgs fnx() {
      return NONE.fnx();
    }

    /** {@return options that set the fields only if all of them exist (FXX)} */
    public static HSetExArgs fxx() {
      return NONE.fxx();
    }

    /**
     * {@return options that expire the fields after {@code ttl} (EX, or PX below one second's precision)}
     *
     * @param ttl the time to live, positive
     */
    public static HSetExArgs ex(Duration ttl) {
      return NONE.ex(ttl);
    }

    /**
     * {@return options that expire the fields at {@code at} (EXAT for whole seconds, else PXAT)}
     *
     * @param at the expiry instant
     */
    public static HSetExArgs exAt(Instant at) {
      return NONE.exAt(at);
    }

    /** {@return options that keep the fields' current expiry (KEEPTTL)} */
    public static HSetExArgs keepTtl() {
      return NONE.keepTtl();
    }
  }

  /** {@return no options: no condition and no expiry option} */
  public static HSetExArgs none() {
    return NONE;
  }

  /** {@return a copy that sets the fields only if none of them exists; replaces FXX} */
  public HSetExArgs fnx() {
    return new HSetExArgs("FNX", expiryKind, expiry);
  }

  /** {@return a copy that sets the fields only if all of them exist; replaces FNX} */
  public HSetExArgs fxx() {
    return new HSetExArgs("FXX", expiryKind, expiry);
  }

  /**
   * {@return a copy that expires the fields after {@code ttl}}
   *
   * @param ttl the time to live, positive; whole seconds go as EX, anything finer as PX
   */
  public HSetExArgs ex(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl == null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
    boolean seconds = ttl.toMillis() % 1000 == 0;
    return new HSetExArgs(condition, seconds ? "EX" : "PX", seconds ? ttl.toSeconds() : ttl.toMillis());
  }

  /**
   * {@return a copy that expires the fields at {@code at}}
   *
   * @param at the expiry instant; whole seconds go as EXAT, anything finer as PXAT
   */
  public HSetExArgs exAt(Instant at) {
    Objects.requireNonNull(at, "at == null");
    long millis = at.toEpochMilli();
    return millis % 1000 == 0
        ? new HSetExArgs(condition, "EXAT", millis / 1000)
        : new HSetExArgs(condition, "PXAT", millis);
  }

  /** {@return a copy that keeps the fields' current expiry} */
  public HSetExArgs keepTtl() {
    return new HSetExArgs(condition, "KEEPTTL", null);
  }

  /** {@return FNX, FXX, or null} */
  public @Nullable String condition() {
    return condition;
  }

  /** {@return EX, PX, EXAT, PXAT, KEEPTTL, or null} */
  public @Nullable String expiryKind() {
    return expiryKind;
  }

  /** {@return the expiry in the unit of {@link #expiryKind()}, or null for KEEPTTL and none} */
  public @Nullable Long expiry() {
    return expiry;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HSetExArgs
        && Objects.equals(condition, ((HSetExArgs) o).condition)
        && Objects.equals(expiryKind, ((HSetExArgs) o).expiryKind)
        && Objects.equals(expiry, ((HSetExArgs) o).expiry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(condition, expiryKind, expiry);
  }

  @Override
  public String toString() {
    return "HSetExArgs{" + (condition == null ? "" : condition)
        + (expiryKind == null ? "" : (condition == null ? "" : " ") + expiryKind)
        + (expiry == null ? "" : " " + expiry) + '}';
  }
}
