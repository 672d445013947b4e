package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code XGROUP CREATE}: MKSTREAM and ENTRIESREAD. Immutable; each method returns a
 * new value.
 *
 * <pre>{@code
 * redis.xgroupCreate("events", "workers", "$", XGroupCreateArgs.Builder.mkstream());
 * }</pre>
 */
public final class XGroupCreateArgs {
  private static final XGroupCreateArgs NONE = new XGroupCreateArgs(false, null);

  private final boolean mkstream;
  private final @Nullable Long entriesRead;

  private XGroupCreateArgs(boolean mkstream, @Nullable Long entriesRead) {
    this.mkstream = mkstream;
    this.entriesRead = entriesRead;
  }

  /** Static entry points, as in {@code XGroupCreateArgs.Builder.mkstream()}. */
  public static final class Builder {
    private Builder() {}

    /** {@return options that create the stream, empty, if it does not exist (MKSTREAM)} */
    public static XGroupCreateArgs mkstream() {
      return NONE.mkstream();
    }

    /**
     * {@return options that set the group's entries-read counter, so XINFO can tell its lag
     * (ENTRIESREAD, Redis 7.0)}
     *
     * @param entriesRead the number of entries the group has read
     */
    public static XGroupCreateArgs entriesRead(long entriesRead) {
      return NONE.entriesRead(entriesRead);
    }
  }

  /** {@return no options} */
  public static XGroupCreateArgs none() {
    return NONE;
  }

  /** {@return a copy that creates a missing stream} */
  public XGroupCreateArgs mkstream() {
    return new XGroupCreateArgs(true, entriesRead);
  }

  /**
   * {@return a copy that sets the entries-read counter}
   *
   * @param entriesRead the counter; Redis also accepts -1 (unknown)
   */
  public XGroupCreateArgs entriesRead(long entriesRead) {
    return new XGroupCreateArgs(mkstream, entriesRead);
  }

  /** {@return whether MKSTREAM is set} */
  public boolean isMkstream() {
    return mkstream;
  }

  /** {@return the ENTRIESREAD value, or null} */
  public @Nullable Long entriesRead() {
    return entriesRead;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XGroupCreateArgs
        && mkstream == ((XGroupCreateArgs) o).mkstream
        && Objects.equals(entriesRead, ((XGroupCreateArgs) o).entriesRead);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mkstream, entriesRead);
  }

  @Override
  public String toString() {
    return "XGroupCreateArgs{" + (mkstream ? "MKSTREAM" : "")
        + (entriesRead == null ? "" : " ENTRIESREAD " + entriesRead) + '}';
  }
}
