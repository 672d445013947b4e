package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code GEOADD}: a condition (NX or XX) and what to count (CH). Immutable; each
 * method returns a new value, and the last condition chosen wins.
 *
 * <pre>{@code
 * long moved = redis.geoadd("fleet", positions, GeoAddArgs.Builder.xx().ch());
 * }</pre>
 */
public final class GeoAddArgs {
  private static final GeoAddArgs NONE = new GeoAddArgs(null, false);

  private final @Nullable String condition;
  private final boolean ch;

  private GeoAddArgs(@Nullable String condition, boolean ch) {
    this.condition = condition;
    this.ch = ch;
  }

  /** Static entry points, as in {@code GeoAddArgs.Builder.nx()}. */
  public static final class Builder {
    private Builder() {}

    /** {@return options that only add new members, never move existing ones (NX)} */
    public static GeoAddArgs nx() {
      return NONE.nx();
    }

    /** {@return options that only move existing members, never add new ones (XX)} */
    public static GeoAddArgs xx() {
      return NONE.xx();
    }

    /** {@return options that count moved members as well as added ones (CH)} */
    public static GeoAddArgs ch() {
      return NONE.ch();
    }
  }

  /** {@return no options} */
  public static GeoAddArgs none() {
    return NONE;
  }

  /** {@return a copy that only adds new members} */
  public GeoAddArgs nx() {
    return new GeoAddArgs("NX", ch);
  }

  /** {@return a copy that only moves existing members} */
  public GeoAddArgs xx() {
    return new GeoAddArgs("XX", ch);
  }

  /** {@return a copy whose reply counts moved members too} */
  public GeoAddArgs ch() {
    return new GeoAddArgs(condition, true);
  }

  /** {@return the condition, NX or XX, or null} */
  public @Nullable String condition() {
    return condition;
  }

  /** {@return whether CH is set} */
  public boolean isCh() {
    return ch;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GeoAddArgs && Objects.equals(condition, ((GeoAddArgs) o).condition)
        && ch == ((GeoAddArgs) o).ch;
  }

  @Override
  public int hashCode() {
    return Objects.hash(condition, ch);
  }

  @Override
  public String toString() {
    return "GeoAddArgs{" + (condition == null ? "" : condition) + (ch ? " CH" : "") + '}';
  }
}
