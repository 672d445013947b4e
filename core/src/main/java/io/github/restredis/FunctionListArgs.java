package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code FUNCTION LIST}: which libraries (LIBRARYNAME) and whether with their source
 * (WITHCODE). Immutable; each method returns a new value.
 *
 * <pre>{@code
 * List<FunctionLibrary> libs = redis.functionList(FunctionListArgs.Builder.libraryName("billing*").withCode());
 * }</pre>
 */
public final class FunctionListArgs {
  private static final FunctionListArgs NONE = new FunctionListArgs(null, false);

  private final @Nullable String pattern;
  private final boolean withCode;

  private FunctionListArgs(@Nullable String pattern, boolean withCode) {
    this.pattern = pattern;
    this.withCode = withCode;
  }

  /** Static entry points, as in {@code FunctionListArgs.Builder.withCode()}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that list only libraries whose name matches {@code pattern} (LIBRARYNAME)}
     *
     * @param pattern a glob-style pattern such as {@code billing*}
     */
    public static FunctionListArgs libraryName(String pattern) {
      return NONE.libraryName(pattern);
    }

    /** {@return options that include each library's source (WITHCODE)} */
    public static FunctionListArgs withCode() {
      return NONE.withCode();
    }
  }

  /** {@return no options: every library, without source} */
  public static FunctionListArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that lists only libraries whose name matches {@code pattern}}
   *
   * @param pattern a glob-style pattern
   */
  public FunctionListArgs libraryName(String pattern) {
    Objects.requireNonNull(pattern, "pattern == null");
    return new FunctionListArgs(pattern, withCode);
  }

  /** {@return a copy that includes each library's source} */
  public FunctionListArgs withCode() {
    return new FunctionListArgs(pattern, true);
  }

  /** {@return the LIBRARYNAME pattern, or null for all libraries} */
  public @Nullable String libraryNamePattern() {
    return pattern;
  }

  /** {@return whether WITHCODE is set} */
  public boolean isWithCode() {
    return withCode;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FunctionListArgs && Objects.equals(pattern, ((FunctionListArgs) o).pattern)
        && withCode == ((FunctionListArgs) o).withCode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pattern, withCode);
  }

  @Override
  public String toString() {
    return "FunctionListArgs{" + (pattern == null ? "" : "LIBRARYNAME " + pattern)
        + (withCode ? " WITHCODE" : "") + '}';
  }
}
