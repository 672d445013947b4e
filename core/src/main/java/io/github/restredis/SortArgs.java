package io.github.restredis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code SORT} and {@code SORT_RO}: sort by external keys (BY), a page (LIMIT), values
 * read from other keys (GET), the order (ASC/DESC) and lexicographic comparison (ALPHA).
 * Immutable; each method returns a new value.
 *
 * <pre>{@code
 * // user ids in a list, sorted by the age field of each user's hash, names returned
 * redis.sort("user-ids", SortArgs.Builder.by("user:*->age").get("user:*->name").desc().limit(0, 10));
 * }</pre>
 */
public final class SortArgs {
  private static final SortArgs NONE = new SortArgs(null, null, null, List.of(), false, false);

  private final @Nullable String by;
  private final @Nullable Long offset;
  private final @Nullable Long count;
  private final List<String> get;
  private final boolean desc;
  private final boolean alpha;

  private SortArgs(@Nullable String by, @Nullable Long offset, @Nullable Long count, List<String> get,
      boolean desc, boolean alpha) {
    this.by = by;
    this.offset = offset;
    this.count = count;
    this.get = get;
    this.desc = desc;
    this.alpha = alpha;
  }

  /** Static entry points, as in {@code SortArgs.Builder.alpha()}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that sort by the values of other keys (BY)}
     *
     * @param pattern a key pattern where {@code *} stands for the element, such as {@code
     *     weight_*} or {@code user:*->age}; {@code nosort} skips sorting
     */
    public static SortArgs by(String pattern) {
      return NONE.by(pattern);
    }

    /**
     * {@return options that return one page of the sorted elements (LIMIT)}
     *
     * @param offset how many elements to skip, zero or more
     * @param count how many elements to return, zero or more
     */
    public static SortArgs limit(long offset, long count) {
      return NONE.limit(offset, count);
    }

    /**
     * {@return options that return the values of other keys instead of the elements (GET)}
     *
     * @param patterns key patterns where {@code *} stands for the element; {@code #} is the
     *     element itself
     */
    public static SortArgs get(String... patterns) {
      return NONE.get(patterns);
    }

    /** {@return options that sort in descending order (DESC)} */
    public static SortArgs desc() {
      return NONE.desc();
    }

    /** {@return options that compare elements as strings rather than numbers (ALPHA)} */
    public static SortArgs alpha() {
      return NONE.alpha();
    }
  }

  /** {@return no options: the elements as numbers, ascending} */
  public static SortArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that sorts by the values of other keys}
   *
   * @param pattern a key pattern where {@code *} stands for the element
   */
  public SortArgs by(String pattern) {
    Objects.requireNonNull(pattern, "pattern == null");
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("BY pattern is empty");
    }
    return new SortArgs(pattern, offset, count, get, desc, alpha);
  }

  /**
   * {@return a copy that returns one page}
   *
   * @param offset how many elements to skip, zero or more
   * @param count how many elements to return, zero or more
   */
  public SortArgs limit(long offset, long count) {
    if (offset < 0 || count < 0) {
      throw new IllegalArgumentException("LIMIT needs a non-negative offset and count: " + offset + ", " + count);
    }
    return new SortArgs(by, offset, count, get, desc, alpha);
  }

  /**
   * {@return a copy that also returns the values of other keys; patterns add up, in order}
   *
   * @param patterns key patterns, at least one
   */
  public SortArgs get(String... patterns) {
    if (patterns.length == 0) {
      throw new IllegalArgumentException("GET needs at least one pattern");
    }
    List<String> all = new ArrayList<>(get);
    for (String pattern : patterns) {
      all.add(Objects.requireNonNull(pattern, "pattern == null"));
    }
    return new SortArgs(by, offset, count, Collections.unmodifiableList(all), desc, alpha);
  }

  /** {@return a copy that sorts in ascending order, the default} */
  public SortArgs asc() {
    return new SortArgs(by, offset, count, get, false, alpha);
  }

  /** {@return a copy that sorts in descending order} */
  public SortArgs desc() {
    return new SortArgs(by, offset, count, get, true, alpha);
  }

  /** {@return a copy that compares elements as strings} */
  public SortArgs alpha() {
    return new SortArgs(by, offset, count, get, desc, true);
  }

  /** {@return the BY pattern, or null} */
  public @Nullable String byPattern() {
    return by;
  }

  /** {@return the LIMIT offset, or null when there is no limit} */
  public @Nullable Long limitOffset() {
    return offset;
  }

  /** {@return the LIMIT count, or null when there is no limit} */
  public @Nullable Long limitCount() {
    return count;
  }

  /** {@return the GET patterns, in order; empty for none} */
  public List<String> getPatterns() {
    return get;
  }

  /** {@return whether the order is descending} */
  public boolean isDesc() {
    return desc;
  }

  /** {@return whether elements are compared as strings} */
  public boolean isAlpha() {
    return alpha;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SortArgs)) {
      return false;
    }
    SortArgs other = (SortArgs) o;
    return Objects.equals(by, other.by) && Objects.equals(offset, other.offset)
        && Objects.equals(count, other.count) && get.equals(other.get) && desc == other.desc
        && alpha == other.alpha;
  }

  @Override
  public int hashCode() {
    return Objects.hash(by, offset, count, get, desc, alpha);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("SortArgs{");
    if (by != null) {
      b.append(" BY ").append(by);
    }
    if (offset != null) {
      b.append(" LIMIT ").append(offset).append(' ').append(count);
    }
    for (String pattern : get) {
      b.append(" GET ").append(pattern);
    }
    b.append(desc ? " DESC" : "").append(alpha ? " ALPHA" : "");
    return b.append(" }").toString();
  }
}
