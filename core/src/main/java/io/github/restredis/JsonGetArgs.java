package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Formatting of {@code JSON.GET}'s reply: INDENT, NEWLINE and SPACE. Immutable; each method
 * returns a new value.
 *
 * <pre>{@code
 * String pretty = redis.jsonGet("user:1", JsonGetArgs.Builder.indent("  ").newline("\n").space(" "));
 * }</pre>
 */
public final class JsonGetArgs {
  private static final JsonGetArgs NONE = new JsonGetArgs(null, null, null);

  private final @Nullable String indent;
  private final @Nullable String newline;
  private final @Nullable String space;

  private JsonGetArgs(@Nullable String indent, @Nullable String newline, @Nullable String space) {
    this.indent = indent;
    this.newline = newline;
    this.space = space;
  }

  /** Static entry points, as in {@code JsonGetArgs.Builder.indent("  ")}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return formatting that indents nested levels with {@code indent} (INDENT)}
     *
     * @param indent the indentation string
     */
    public static JsonGetArgs indent(String indent) {
      return NONE.indent(indent);
    }

    /**
     * {@return formatting that ends lines with {@code newline} (NEWLINE)}
     *
     * @param newline the line end
     */
    public static JsonGetArgs newline(String newline) {
      return NONE.newline(newline);
    }

    /**
     * {@return formatting that puts {@code space} between a key and its value (SPACE)}
     *
     * @param space the separator
     */
    public static JsonGetArgs space(String space) {
      return NONE.space(space);
    }
  }

  /** {@return no formatting: compact JSON} */
  public static JsonGetArgs none() {
    return NONE;
  }

  /**
   * {@return a copy with INDENT}
   *
   * @param indent the indentation string
   */
  public JsonGetArgs indent(String indent) {
    return new JsonGetArgs(Objects.requireNonNull(indent, "indent == null"), newline, space);
  }

  /**
   * {@return a copy with NEWLINE}
   *
   * @param newline the line end
   */
  public JsonGetArgs newline(String newline) {
    return new JsonGetArgs(indent, Objects.requireNonNull(newline, "newline == null"), space);
  }

  /**
   * {@return a copy with SPACE}
   *
   * @param space the separator
   */
  public JsonGetArgs space(String space) {
    return new JsonGetArgs(indent, newline, Objects.requireNonNull(space, "space == null"));
  }

  /** {@return the INDENT value, or null} */
  public @Nullable String indent() {
    return indent;
  }

  /** {@return the NEWLINE value, or null} */
  public @Nullable String newline() {
    return newline;
  }

  /** {@return the SPACE value, or null} */
  public @Nullable String space() {
    return space;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JsonGetArgs
        && Objects.equals(indent, ((JsonGetArgs) o).indent)
        && Objects.equals(newline, ((JsonGetArgs) o).newline)
        && Objects.equals(space, ((JsonGetArgs) o).space);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indent, newline, space);
  }

  @Override
  public String toString() {
    return "JsonGetArgs{" + (indent == null ? "" : "INDENT") + (newline == null ? "" : " NEWLINE")
        + (space == null ? "" : " SPACE") + '}';
  }
}
