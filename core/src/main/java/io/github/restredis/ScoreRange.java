package io.github.restredis;

import io.github.restredis.internal.command.Doubles;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A range of sorted-set scores, each end included unless excluded, for ZRANGE … BYSCORE, ZCOUNT,
 * ZREMRANGEBYSCORE and ZRANGESTORE. Always given lowest to highest, also when reading in reverse.
 * Immutable.
 *
 * <pre>{@code
 * redis.zcount("board", ScoreRange.between(10, 20));        // 10 <= score <= 20
 * redis.zrange("board", ScoreRange.greaterThan(0));          // 0 < score
 * redis.zrange("board", ScoreRange.between(1, 5).excludeMax()); // 1 <= score < 5
 * }</pre>
 */
public final class ScoreRange {
  private static final ScoreRange ALL =
      new ScoreRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, false);

  private final double min;
  private final double max;
  private final boolean minExclusive;
  private final boolean maxExclusive;

  private ScoreRange(double min, double max, boolean minExclusive, boolean maxExclusive) {
    if (Double.isNaN(min) || Double.isNaN(max)) {
      throw new IllegalArgumentException("a score bound cannot be NaN");
    }
    if (min > max) {
      throw new IllegalArgumentException(
          "min > max: " + Doubles.format(min) + " > " + Doubles.format(max)
              + " (give the range lowest to highest, also with REV)");
    }
    this.min = min;
    this.max = max;
    this.minExclusive = minExclusive;
    this.maxExclusive = maxExclusive;
  }

  /**
   * {@return the scores from {@code min} to {@code max}, both included}
   *
   * @param min the lowest score; {@link Double#NEGATIVE_INFINITY} for no lower end
   * @param max the highest score; {@link Double#POSITIVE_INFINITY} for no upper end
   */
  public static ScoreRange between(double min, double max) {
    return new ScoreRange(min, max, false, false);
  }

  /** {@return every score, -inf to +inf} */
  public static ScoreRange all() {
    return ALL;
  }

  /**
   * {@return the scores from {@code min} up, {@code min} included}
   *
   * @param min the lowest score
   */
  public static ScoreRange atLeast(double min) {
    return new ScoreRange(min, Double.POSITIVE_INFINITY, false, false);
  }

  /**
   * {@return the scores above {@code min}}
   *
   * @param min the score that is excluded and everything below it
   */
  public static ScoreRange greaterThan(double min) {
    return new ScoreRange(min, Double.POSITIVE_INFINITY, true, false);
  }

  /**
   * {@return the scores up to {@code max}, {@code max} included}
   *
   * @param max the highest score
   */
  public static ScoreRange atMost(double max) {
    return new ScoreRange(Double.NEGATIVE_INFINITY, max, false, false);
  }

  /**
   * {@return the scores below {@code max}}
   *
   * @param max the score that is excluded and everything above it
   */
  public static ScoreRange lessThan(double max) {
    return new ScoreRange(Double.NEGATIVE_INFINITY, max, false, true);
  }

  /** {@return a copy without the lowest score itself} */
  public ScoreRange excludeMin() {
    return new ScoreRange(min, max, true, maxExclusive);
  }

  /** {@return a copy without the highest score itself} */
  public ScoreRange excludeMax() {
    return new ScoreRange(min, max, minExclusive, true);
  }

  /** {@return the lower end} */
  public double min() {
    return min;
  }

  /** {@return the upper end} */
  public double max() {
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
    return o instanceof ScoreRange
        && Double.compare(min, ((ScoreRange) o).min) == 0
        && Double.compare(max, ((ScoreRange) o).max) == 0
        && minExclusive == ((ScoreRange) o).minExclusive
        && maxExclusive == ((ScoreRange) o).maxExclusive;
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max, minExclusive, maxExclusive);
  }

  @Override
  public String toString() {
    return (minExclusive ? "(" : "[") + Doubles.format(min) + ", " + Doubles.format(max)
        + (maxExclusive ? ")" : "]");
  }
}
