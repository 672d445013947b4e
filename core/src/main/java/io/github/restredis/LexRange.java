package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A range of sorted-set members in byte order, for ZRANGE … BYLEX, ZLEXCOUNT, ZREMRANGEBYLEX and
 * ZRANGESTORE; meaningful when all members have the same score. Each end is included unless
 * excluded, or open. Always given lowest to highest, also when reading in reverse. Immutable.
 *
 * <pre>{@code
 * redis.zrange("names", LexRange.between("a", "c"));            // [a, c]
 * redis.zrange("names", LexRange.atLeast("b").excludeMin());    // (b, +
 * redis.zlexcount("names", LexRange.all());
 * }</pre>
 */
public final class LexRange {
  private static final LexRange ALL = new LexRange(null, null, false, false);

  private final @Nullable String min;
  private final @Nullable String max;
  private final boolean minExclusive;
  private final boolean maxExclusive;

  private LexRange(@Nullable String min, @Nullable String max, boolean minExclusive, boolean maxExclusive) {
    this.min = min;
    this.max = max;
    this.minExclusive = minExclusive;
    this.maxExclusive = maxExclusive;
  }

  /**
   * {@return the members from {@code min} to {@code max}, both included}
   *
   * @param min the lowest member
   * @param max the highest member
   */
  public static LexRange between(String min, String max) {
    return new LexRange(Objects.requireNonNull(min, "min == null"), Objects.requireNonNull(max, "max == null"),
        false, false);
  }

  /** {@return every member ({@code -} to {@code +})} */
  public static LexRange all() {
    return ALL;
  }

  /**
   * {@return the members from {@code min} up, {@code min} included}
   *
   * @param min the lowest member
   */
  public static LexRange atLeast(String min) {
    return new LexRange(Objects.requireNonNull(min, "min == null"), null, false, false);
  }

  /**
   * {@return the members up to {@code max}, {@code max} included}
   *
   * @param max the highest member
   */
  public static LexRange atMost(String max) {
    return new LexRange(null, Objects.requireNonNull(max, "max == null"), false, false);
  }

  /** {@return a copy without the lowest member itself; the lower end must not be open} */
  public LexRange excludeMin() {
    if (min == null) {
      throw new IllegalStateException("the lower end is open: there is no member to exclude");
    }
    return new LexRange(min, max, true, maxExclusive);
  }

  /** {@return a copy without the highest member itself; the upper end must not be open} */
  public LexRange excludeMax() {
    if (max == null) {
      throw new IllegalStateException("the upper end is open: there is no member to exclude");
    }
    return new LexRange(min, max, minExclusive, true);
  }

  /** {@return the lower end, or null if open} */
  public @Nullable String min() {
    return min;
  }

  /** {@return the upper end, or null if open} */
  public @Nullable String max() {
    return max;
  }

  /** {@return whether the lower end itself is excluded} */
  public boolean isMinExclusive() {
    return minExclusive;
  }

  /** {@return whether the upper end itself is excluded} */
  public boolean isMaxExclusive() {
    return maxExclusive;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LexRange
        && Objects.equals(min, ((LexRange) o).min)
        && Objects.equals(max, ((LexRange) o).max)
        && minExclusive == ((LexRange) o).minExclusive
        && maxExclusive == ((LexRange) o).maxExclusive;
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max, minExclusive, maxExclusive);
  }

  @Override
  public String toString() {
    return "LexRange{" + (min == null ? "-" : (minExclusive ? "(" : "[") + min) + " "
        + (max == null ? "+" : (maxExclusive ? "(" : "[") + max) + '}';
  }
}
