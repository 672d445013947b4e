package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code XADD}: an explicit ID, NOMKSTREAM, and trimming. Immutable; each method
 * returns a new value.
 *
 * <pre>{@code
 * redis.xadd("events", Map.of("type", "click"),
 *     XAddArgs.Builder.trim(XTrimArgs.Builder.maxlen(10_000).approximate()));
 * }</pre>
 */
public final class XAddArgs {
  private static final XAddArgs NONE = new XAddArgs("*", false, null);

  private final String id;
  private final boolean nomkstream;
  private final @Nullable XTrimArgs trim;

  private XAddArgs(String id, boolean nomkstream, @Nullable XTrimArgs trim) {
    this.id = id;
    this.nomkstream = nomkstream;
    this.trim = trim;
  }

  /** Static entry points, as in {@code XAddArgs.Builder.nomkstream()}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that add the entry with ID {@code id} instead of one Redis generates}
     *
     * @param id an ID greater than the stream's last, such as {@code 5-1}, or {@code 5-*}
     */
    public static XAddArgs id(String id) {
      return NONE.id(id);
    }

    /** {@return options that do not create a missing stream (NOMKSTREAM): XADD then returns null} */
    public static XAddArgs nomkstream() {
      return NONE.nomkstream();
    }

    /**
     * {@return options that trim the stream after adding}
     *
     * @param trim how to trim
     */
    public static XAddArgs trim(XTrimArgs trim) {
      return NONE.trim(trim);
    }
  }

  /** {@return no options: a generated ID ({@code *}), stream created if missing, no trimming} */
  public static XAddArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that adds the entry with ID {@code id}}
   *
   * @param id an explicit ID, {@code <ms>-*}, or {@code *} for a generated one
   */
  public XAddArgs id(String id) {
    Objects.requireNonNull(id, "id == null");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("id is empty");
    }
    return new XAddArgs(id, nomkstream, trim);
  }

  /** {@return a copy that does not create a missing stream} */
  public XAddArgs nomkstream() {
    return new XAddArgs(id, true, trim);
  }

  /**
   * {@return a copy that trims the stream after adding}
   *
   * @param trim how to trim
   */
  public XAddArgs trim(XTrimArgs trim) {
    return new XAddArgs(id, nomkstream, Objects.requireNonNull(trim, "trim == null"));
  }

  /** {@return the entry ID to use, {@code *} for a generated one} */
  public String id() {
    return id;
  }

  /** {@return whether NOMKSTREAM is set} */
  public boolean isNomkstream() {
    return nomkstream;
  }

  /** {@return the trimming, or null} */
  public @Nullable XTrimArgs trim() {
    return trim;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XAddArgs
        && id.equals(((XAddArgs) o).id)
        && nomkstream == ((XAddArgs) o).nomkstream
        && Objects.equals(trim, ((XAddArgs) o).trim);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, nomkstream, trim);
  }

  @Override
  public String toString() {
    return "XAddArgs{id=" + id + (nomkstream ? " NOMKSTREAM" : "") + (trim == null ? "" : " " + trim)
        + '}';
  }
}
