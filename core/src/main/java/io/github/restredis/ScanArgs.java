package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of SCAN, HSCAN, SSCAN and ZSCAN: a MATCH pattern, a COUNT hint and (SCAN only) a TYPE.
 * Immutable; each method returns a new value.
 *
 * <pre>{@code
 * redis.scanStream(ScanArgs.Builder.match("session:*").count(500).type("hash"))
 *     .forEach(key -> ...);
 * }</pre>
 */
public final class ScanArgs {
  private static final ScanArgs NONE = new ScanArgs(null, null, null);

  private final @Nullable String pattern;
  private final @Nullable Long count;
  private final @Nullable String type;

  private ScanArgs(@Nullable String pattern, @Nullable Long count, @Nullable String type) {
    this.pattern = pattern;
    this.count = count;
    this.type = type;
  }

  /** Static entry points, as in {@code ScanArgs.Builder.match("user:*")}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that keep only elements matching {@code pattern} (MATCH)}
     *
     * @param pattern a glob-style pattern such as {@code user:*}
     */
    public static ScanArgs match(String pattern) {
      return NONE.match(pattern);
    }

    /**
     * {@return options that ask for about {@code count} elements per page (COUNT)}
     *
     * @param count the hint, positive
     */
    public static ScanArgs count(long count) {
      return NONE.count(count);
    }

    /**
     * {@return options that keep only keys of one type (TYPE, SCAN only)}
     *
     * @param type a type name as TYPE returns it, such as {@code string} or {@code hash}
     */
    public static ScanArgs type(String type) {
      return NONE.type(type);
    }
  }

  /** {@return no options: every element, the server's default page size} */
  public static ScanArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that keeps only elements matching {@code pattern}}
   * The filter runs on the server after a page is read, so pages may be empty.
   *
   * @param pattern a glob-style pattern
   */
  public ScanArgs match(String pattern) {
    Objects.requireNonNull(pattern, "pattern == null");
    return new ScanArgs(pattern, count, type);
  }

  /**
   * {@return a copy that asks for about {@code count} elements per page}
   *
   * @param count the hint, positive
   */
  public ScanArgs count(long count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    return new ScanArgs(pattern, count, type);
  }

  /**
   * {@return a copy that keeps only keys of one type; only SCAN accepts it}
   *
   * @param type a type name such as {@code string}, {@code list}, {@code set}, {@code zset},
   *     {@code hash} or {@code stream}
   */
  public ScanArgs type(String type) {
    Objects.requireNonNull(type, "type == null");
    if (type.isEmpty()) {
      throw new IllegalArgumentException("type is empty");
    }
    return new ScanArgs(pattern, count, type);
  }

  /** {@return the MATCH pattern, or null} */
  public @Nullable String pattern() {
    return pattern;
  }

  /** {@return the COUNT hint, or null} */
  public @Nullable Long countHint() {
    return count;
  }

  /** {@return the TYPE filter, or null} */
  public @Nullable String keyType() {
    return type;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScanArgs
        && Objects.equals(pattern, ((ScanArgs) o).pattern)
        && Objects.equals(count, ((ScanArgs) o).count)
        && Objects.equals(type, ((ScanArgs) o).type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pattern, count, type);
  }

  @Override
  public String toString() {
    return "ScanArgs{" + (pattern == null ? "" : "MATCH " + pattern)
        + (count == null ? "" : " COUNT " + count) + (type == null ? "" : " TYPE " + type) + '}';
  }
}
