package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of ZADD: add or update only (NX, XX), update only towards greater or lesser scores (GT,
 * LT), and count changed rather than added members (CH). Immutable; each method returns a new
 * value. Redis refuses NX together with GT or LT, and so does this class.
 *
 * <pre>{@code
 * // keep each player's best score, and learn how many changed
 * long changed = redis.zadd("best", scores, ZAddArgs.Builder.gt().ch());
 * }</pre>
 */
public final class ZAddArgs {
  private static final ZAddArgs NONE = new ZAddArgs(null, null, false);

  private final @Nullable String condition;
  private final @Nullable String comparison;
  private final boolean ch;

  private ZAddArgs(@Nullable String condition, @Nullable String comparison, boolean ch) {
    if ("NX".equals(condition) && comparison != null) {
      throw new IllegalArgumentException("NX cannot be combined with " + comparison);
    }
    this.condition = condition;
    this.comparison = comparison;
    this.ch = ch;
  }

  /** Static entry points, as in {@code ZAddArgs.Builder.nx()}. */
  public static final class Builder {
    private Builder() {}

    /** {@return options that only add new members, never update scores (NX)} */
    public static ZAddArgs nx() {
      return NONE.nx();
    }

    /** {@return options that only update existing members, never add (XX)} */
    public static ZAddArgs xx() {
      return NONE.xx();
    }

    /** {@return options that update a score only to a greater one; new members are still added (GT)} */
    public static ZAddArgs gt() {
      return NONE.gt();
    }

    /** {@return options that update a score only to a lesser one; new members are still added (LT)} */
    public static ZAddArgs lt() {
      return NONE.lt();
    }

    /** {@return options under which ZADD counts changed members, added or updated (CH)} */
    public static ZAddArgs ch() {
      return NONE.ch();
    }
  }

  /** {@return no options: add or update every member} */
  public static ZAddArgs none() {
    return NONE;
  }

  /** {@return a copy that only adds new members; replaces XX} */
  public ZAddArgs nx() {
    return new ZAddArgs("NX", comparison, ch);
  }

  /** {@return a copy that only updates existing members; replaces NX} */
  public ZAddArgs xx() {
    return new ZAddArgs("XX", comparison, ch);
  }

  /** {@return a copy that updates a score only to a greater one; replaces LT} */
  public ZAddArgs gt() {
    return new ZAddArgs(condition, "GT", ch);
  }

  /** {@return a copy that updates a score only to a lesser one; replaces GT} */
  public ZAddArgs lt() {
    return new ZAddArgs(condition, "LT", ch);
  }

  /** {@return a copy under which ZADD counts changed members, not only added ones} */
  public ZAddArgs ch() {
    return new ZAddArgs(condition, comparison, true);
  }

  /** {@return NX, XX, or null} */
  public @Nullable String condition() {
    return condition;
  }

  /** {@return GT, LT, or null} */
  public @Nullable String comparison() {
    return comparison;
  }

  /** {@return whether CH is set} */
  public boolean isCh() {
    return ch;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ZAddArgs
        && Objects.equals(condition, ((ZAddArgs) o).condition)
        && Objects.equals(comparison, ((ZAddArgs) o).comparison)
        && ch == ((ZAddArgs) o).ch;
  }

  @Override
  public int hashCode() {
    return Objects.hash(condition, comparison, ch);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ZAddArgs{");
    if (condition != null) {
      b.append(condition);
    }
    if (comparison != null) {
      b.append(b.length() > 9 ? " " : "").append(comparison);
    }
    if (ch) {
      b.append(b.length() > 9 ? " " : "").append("CH");
    }
    return b.append('}').toString();
  }
}
