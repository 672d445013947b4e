package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of LPOS: which match to start from (RANK) and how many elements to scan (MAXLEN).
 * Immutable; each method returns a new value.
 *
 * <pre>{@code
 * Long lastA = redis.lpos("letters", "a", LPosArgs.Builder.rank(-1));
 * List<Long> firstTwo = redis.lpos("letters", "a", 2, LPosArgs.Builder.maxlen(1000));
 * }</pre>
 */
public final class LPosArgs {
  private static final LPosArgs NONE = new LPosArgs(null, null);

  private final @Nullable Long rank;
  private final @Nullable Long maxlen;

  private LPosArgs(@Nullable Long rank, @Nullable Long maxlen) {
    this.rank = rank;
    this.maxlen = maxlen;
  }

  /** Static entry points, as in {@code LPosArgs.Builder.rank(2)}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that skip to the {@code rank}-th match (RANK)}
     *
     * @param rank 1 for the first match, 2 for the second; negative counts from the tail
     */
    public static LPosArgs rank(long rank) {
      return NONE.rank(rank);
    }

    /**
     * {@return options that compare at most {@code maxlen} elements (MAXLEN)}
     *
     * @param maxlen how many elements to scan, 0 for all
     */
    public static LPosArgs maxlen(long maxlen) {
      return NONE.maxlen(maxlen);
    }
  }

  /** {@return no options: the first match from the head, scanning the whole list} */
  public static LPosArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that skips to the {@code rank}-th match}
   *
   * @param rank 1 for the first match; negative counts from the tail (-1 is the last match); not 0
   */
  public LPosArgs rank(long rank) {
    if (rank == 0 || rank == Long.MIN_VALUE) {
      throw new IllegalArgumentException("rank must be non-zero (negative counts from the tail): " + rank);
    }
    return new LPosArgs(rank, maxlen);
  }

  /**
   * {@return a copy that compares at most {@code maxlen} elements}
   *
   * @param maxlen how many elements to scan, 0 for all
   */
  public LPosArgs maxlen(long maxlen) {
    if (maxlen < 0) {
      throw new IllegalArgumentException("maxlen must be 0 (all) or positive: " + maxlen);
    }
    return new LPosArgs(rank, maxlen);
  }

  /** {@return the RANK, or null} */
  public @Nullable Long rankValue() {
    return rank;
  }

  /** {@return the MAXLEN, or null} */
  public @Nullable Long maxlenValue() {
    return maxlen;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LPosArgs
        && Objects.equals(rank, ((LPosArgs) o).rank)
        && Objects.equals(maxlen, ((LPosArgs) o).maxlen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rank, maxlen);
  }

  @Override
  public String toString() {
    return "LPosArgs{" + (rank == null ? "" : "RANK " + rank)
        + (maxlen == null ? "" : (rank == null ? "" : " ") + "MAXLEN " + maxlen) + '}';
  }
}
