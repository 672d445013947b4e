package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code XREADGROUP}: COUNT and NOACK. BLOCK is absent on purpose: the REST API does
 * not serve blocking commands, so poll instead. Immutable; each method returns a new value.
 *
 * <pre>{@code
 * redis.xreadgroup("workers", "w1", Map.of("events", ">"), XReadGroupArgs.Builder.count(10));
 * }</pre>
 */
public final class XReadGroupArgs {
  private static final XReadGroupArgs NONE = new XReadGroupArgs(null, false);

  private final @Nullable Long count;
  private final boolean noack;

  private XReadGroupArgs(@Nullable Long count, boolean noack) {
    this.count = count;
    this.noack = noack;
  }

  /** Static entry points, as in {@code XReadGroupArgs.Builder.count(10)}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that read at most {@code count} entries per stream (COUNT)}
     *
     * @param count the limit, positive
     */
    public static XReadGroupArgs count(long count) {
      return NONE.count(count);
    }

    /** {@return options that do not add the entries read to the pending list (NOACK)} */
    public static XReadGroupArgs noack() {
      return NONE.noack();
    }
  }

  /** {@return no options} */
  public static XReadGroupArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that reads at most {@code count} entries per stream}
   *
   * @param count the limit, positive
   */
  public XReadGroupArgs count(long count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    return new XReadGroupArgs(count, noack);
  }

  /** {@return a copy that does not add the entries read to the pending list} */
  public XReadGroupArgs noack() {
    return new XReadGroupArgs(count, true);
  }

  /** {@return the COUNT, or null} */
  public @Nullable Long count() {
    return count;
  }

  /** {@return whether NOACK is set} */
  public boolean isNoack() {
    return noack;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XReadGroupArgs
        && Objects.equals(count, ((XReadGroupArgs) o).count)
        && noack == ((XReadGroupArgs) o).noack;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, noack);
  }

  @Override
  public String toString() {
    return "XReadGroupArgs{" + (count == null ? "" : "COUNT " + count) + (noack ? " NOACK" : "") + '}';
  }
}
