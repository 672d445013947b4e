package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of ZRANGE and ZRANGESTORE: reverse order (REV) and a page of a score or lex range
 * (LIMIT). Immutable; each method returns a new value.
 *
 * <pre>{@code
 * // the ten best scores, highest first
 * redis.zrangeWithScores("board", 0, 9, ZRangeArgs.Builder.rev());
 * // the second page of 20 members scoring at least 100, highest first
 * redis.zrange("board", ScoreRange.atLeast(100), ZRangeArgs.Builder.rev().limit(20, 20));
 * }</pre>
 */
public final class ZRangeArgs {
  private static final ZRangeArgs NONE = new ZRangeArgs(false, null, null);

  private final boolean rev;
  private final @Nullable Long offset;
  private final @Nullable Long count;

  private ZRangeArgs(boolean rev, @Nullable Long offset, @Nullable Long count) {
    this.rev = rev;
    this.offset = offset;
    this.count = count;
  }

  /** Static entry points, as in {@code ZRangeArgs.Builder.rev()}. */
  public static final class Builder {
    private Builder() {}

    /** {@return options that read highest score (or member) first (REV)} */
    public static ZRangeArgs rev() {
      return NONE.rev();
    }

    /**
     * {@return options that return one page of the matches (LIMIT); only with a score or lex range}
     *
     * @param offset how many matches to skip
     * @param count how many to return at most; negative for all after the offset
     */
    public static ZRangeArgs limit(long offset, long count) {
      return NONE.limit(offset, count);
    }
  }

  /** {@return no options: lowest first, every match} */
  public static ZRangeArgs none() {
    return NONE;
  }

  /** {@return a copy that reads highest score (or member) first; the range itself stays lowest to highest} */
  public ZRangeArgs rev() {
    return new ZRangeArgs(true, offset, count);
  }

  /**
   * {@return a copy that returns one page of the matches; only with a score or lex range}
   *
   * @param offset how many matches to skip, not negative
   * @param count how many to return at most; negative for all after the offset
   */
  public ZRangeArgs limit(long offset, long count) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    return new ZRangeArgs(rev, offset, count);
  }

  /** {@return whether REV is set} */
  public boolean isRev() {
    return rev;
  }

  /** {@return the LIMIT offset, or null} */
  public @Nullable Long offset() {
    return offset;
  }

  /** {@return the LIMIT count, or null} */
  public @Nullable Long count() {
    return count;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ZRangeArgs
        && rev == ((ZRangeArgs) o).rev
        && Objects.equals(offset, ((ZRangeArgs) o).offset)
        && Objects.equals(count, ((ZRangeArgs) o).count);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rev, offset, count);
  }

  @Override
  public String toString() {
    return "ZRangeArgs{" + (rev ? "REV" : "")
        + (offset == null ? "" : (rev ? " " : "") + "LIMIT " + offset + " " + count) + '}';
  }
}
