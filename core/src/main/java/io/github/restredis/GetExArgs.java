package io.github.restredis;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code GETEX}: a new expiry for the key read, or none (PERSIST). Immutable; the last
 * option chosen wins.
 *
 * <pre>{@code
 * String session = redis.getex("session", GetExArgs.Builder.ex(Duration.ofMinutes(30)));
 * }</pre>
 */
public final class GetExArgs {
  private static final GetExArgs NONE = new GetExArgs(null, null);
  private static final GetExArgs PERSIST = new GetExArgs("PERSIST", null);

  private final @Nullable String kind;
  private final @Nullable Long value;

  private GetExArgs(@Nullable String kind, @Nullable Long value) {
    this.kind = kind;
    this.value = value;
  }

  /** Static entry points, as in {@code GetExArgs.Builder.persist()}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that expire the key after {@code ttl} (EX, or PX below one second's precision)}
     *
     * @param ttl the time to live, positive
     */
    public static GetExArgs ex(Duration ttl) {
      return NONE.ex(ttl);
    }

    /**
     * {@return options that expire the key at {@code at} (EXAT for whole seconds, else PXAT)}
     *
     * @param at the expiry instant
     */
    public static GetExArgs exAt(Instant at) {
      return NONE.exAt(at);
    }

    /** {@return options that remove the key's expiry (PERSIST)} */
    public static GetExArgs persist() {
      return PERSIST;
    }
  }

  /** {@return no options: GETEX then reads like GET} */
  public static GetExArgs none() {
    return NONE;
  }

  /**
   * {@return options that expire the key after {@code ttl}}
   *
   * @param ttl the time to live, positive; whole seconds go as EX, anything finer as PX
   */
  public GetExArgs ex(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl == null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
    boolean seconds = ttl.toMillis() % 1000 == 0;
    return new GetExArgs(seconds ? "EX" : "PX", seconds ? ttl.toSeconds() : ttl.toMillis());
  }

  /**
   * {@return options that expire the key at {@code at}}
   *
   * @param at the expiry instant; whole seconds go as EXAT, anything finer as PXAT
   */
  public GetExArgs exAt(Instant at) {
    Objects.requireNonNull(at, "at == null");
    long millis = at.toEpochMilli();
    return millis % 1000 == 0 ? new GetExArgs("EXAT", millis / 1000) : new GetExArgs("PXAT", millis);
  }

  /** {@return options that remove the key's expiry} */
  public GetExArgs persist() {
    return PERSIST;
  }

  /** {@return the option word (EX, PX, EXAT, PXAT or PERSIST), or null for none} */
  public @Nullable String kind() {
    return kind;
  }

  /** {@return the value in the unit of {@link #kind()}, or null for PERSIST and none} */
  public @Nullable Long value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GetExArgs && Objects.equals(kind, ((GetExArgs) o).kind)
        && Objects.equals(value, ((GetExArgs) o).value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  @Override
  public String toString() {
    return "GetExArgs{" + (kind == null ? "" : kind) + (value == null ? "" : " " + value) + '}';
  }
}
