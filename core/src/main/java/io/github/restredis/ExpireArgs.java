package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The condition of {@code EXPIRE}, {@code PEXPIRE}, {@code EXPIREAT} and {@code PEXPIREAT} (Redis
 * 7.0): set the expiry only if the key has none (NX), has one (XX), or if the new expiry is later
 * (GT) or earlier (LT) than the current one. Immutable; one condition at a time, the last one
 * chosen wins.
 *
 * <pre>{@code
 * redis.expire("session", Duration.ofMinutes(30), ExpireArgs.Builder.gt()); // only ever extend
 * }</pre>
 *
 * <p>For GT and LT a key without an expiry counts as expiring never: GT then never applies to it,
 * and LT always does.
 */
public final class ExpireArgs {
  private static final ExpireArgs NONE = new ExpireArgs(null);
  private static final ExpireArgs NX = new ExpireArgs("NX");
  private static final ExpireArgs XX = new ExpireArgs("XX");
  private static final ExpireArgs GT = new ExpireArgs("GT");
  private static final ExpireArgs LT = new ExpireArgs("LT");

  private final @Nullable String condition;

  private ExpireArgs(@Nullable String condition) {
    this.condition = condition;
  }

  /** Static entry points, as in {@code ExpireArgs.Builder.nx()}. */
  public static final class Builder {
    private Builder() {}

    /** {@return a condition: only if the key has no expiry (NX)} */
    public static ExpireArgs nx() {
      return NX;
    }

    /** {@return a condition: only if the key has an expiry (XX)} */
    public static ExpireArgs xx() {
      return XX;
    }

    /** {@return a condition: only if the new expiry is later than the current one (GT)} */
    public static ExpireArgs gt() {
      return GT;
    }

    /** {@return a condition: only if the new expiry is earlier than the current one (LT)} */
    public static ExpireArgs lt() {
      return LT;
    }
  }

  /** {@return no condition: the expiry is always set} */
  public static ExpireArgs none() {
    return NONE;
  }

  /** {@return the condition NX: only if the key has no expiry} */
  public ExpireArgs nx() {
    return NX;
  }

  /** {@return the condition XX: only if the key has an expiry} */
  public ExpireArgs xx() {
    return XX;
  }

  /** {@return the condition GT: only if the new expiry is later than the current one} */
  public ExpireArgs gt() {
    return GT;
  }

  /** {@return the condition LT: only if the new expiry is earlier than the current one} */
  public ExpireArgs lt() {
    return LT;
  }

  /** {@return the condition word (NX, XX, GT or LT), or null for none} */
  public @Nullable String condition() {
    return condition;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExpireArgs && Objects.equals(condition, ((ExpireArgs) o).condition);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(condition);
  }

  @Override
  public String toString() {
    return "ExpireArgs{" + (condition == null ? "" : condition) + '}';
  }
}
