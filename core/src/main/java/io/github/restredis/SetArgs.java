package io.github.restredis;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code SET}: an expiry and a condition. Immutable; each method returns a new value.
 *
 * <pre>{@code
 * redis.set("session", "data", SetArgs.Builder.ex(Duration.ofMinutes(30)).nx());
 * }</pre>
 */
public final class SetArgs {
  private static final SetArgs NONE = new SetArgs(null, null, false, null);

  private final @Nullable String expiryKind;
  private final @Nullable Long expiry;
  private final boolean keepTtl;
  private final @Nullable String condition;

  private SetArgs(
      @Nullable String expiryKind, @Nullable Long expiry, boolean keepTtl,
      @Nullable String condition) {
    this.expiryKind = expiryKind;
    this.expiry = expiry;
    this.keepTtl = keepTtl;
    this.condition = condition;
  }

  /** Static entry points, as in {@code SetArgs.Builder.ex(Duration.ofSeconds(10))}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that expire the key after {@code ttl} (EX, or PX below one second's precision)}
     *
     * @param ttl the time to live, positive
     */
    public static SetArgs ex(Duration ttl) {
      return NONE.ex(ttl);
    }

    /**
     * {@return options that expire the key at {@code at} (PXAT)}
     *
     * @param at the expiry instant
     */
    public static SetArgs exAt(Instant at) {
      return NONE.exAt(at);
    }

    /** {@return options that keep the key's current time to live (KEEPTTL)} */
    public static SetArgs keepTtl() {
      return NONE.keepTtl();
    }

    /**
     * {@return options that set only if the key does not exist (NX)}
     * A SET with NX or XX is not retried after an uncertain failure: its reply is the decision.
     */
    public static SetArgs nx() {
      return NONE.nx();
    }

    /** {@return options that set only if the key exists (XX)} */
    public static SetArgs xx() {
      return NONE.xx();
    }
  }

  /** {@return no options} */
  public static SetArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that expires the key after {@code ttl}}
   *
   * @param ttl the time to live, positive; whole seconds go as EX, anything finer as PX
   */
  public SetArgs ex(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl == null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
    boolean seconds = ttl.toMillis() % 1000 == 0;
    return new SetArgs(seconds ? "EX" : "PX", seconds ? ttl.toSeconds() : ttl.toMillis(), false, condition);
  }

  /**
   * {@return a copy that expires the key at {@code at}}
   *
   * @param at the expiry instant, millisecond precision
   */
  public SetArgs exAt(Instant at) {
    Objects.requireNonNull(at, "at == null");
    return new SetArgs("PXAT", at.toEpochMilli(), false, condition);
  }

  /** {@return a copy that keeps the key's current time to live} */
  public SetArgs keepTtl() {
    return new SetArgs(null, null, true, condition);
  }

  /** {@return a copy that sets only if the key does not exist} */
  public SetArgs nx() {
    return new SetArgs(expiryKind, expiry, keepTtl, "NX");
  }

  /** {@return a copy that sets only if the key exists} */
  public SetArgs xx() {
    return new SetArgs(expiryKind, expiry, keepTtl, "XX");
  }

  /** {@return the expiry option (EX, PX or PXAT), or null} */
  public @Nullable String expiryKind() {
    return expiryKind;
  }

  /** {@return the expiry value in the unit of {@link #expiryKind()}, or null} */
  public @Nullable Long expiry() {
    return expiry;
  }

  /** {@return whether KEEPTTL is set} */
  public boolean isKeepTtl() {
    return keepTtl;
  }

  /** {@return the condition, NX or XX, or null} */
  public @Nullable String condition() {
    return condition;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SetArgs
        && Objects.equals(expiryKind, ((SetArgs) o).expiryKind)
        && Objects.equals(expiry, ((SetArgs) o).expiry)
        && keepTtl == ((SetArgs) o).keepTtl
        && Objects.equals(condition, ((SetArgs) o).condition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expiryKind, expiry, keepTtl, condition);
  }

  @Override
  public String toString() {
    return "SetArgs{" + (expiryKind == null ? "" : expiryKind + " " + expiry)
        + (keepTtl ? " KEEPTTL" : "") + (condition == null ? "" : " " + condition) + '}';
  }
}
