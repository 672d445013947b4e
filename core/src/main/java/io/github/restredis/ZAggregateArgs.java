package io.github.restredis;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of ZINTER, ZUNION, ZINTERSTORE and ZUNIONSTORE: a weight per input set (WEIGHTS) and how
 * the weighted scores of a member are combined (AGGREGATE SUM, MIN or MAX; SUM by default).
 * Immutable; each method returns a new value.
 *
 * <pre>{@code
 * // this week counts double
 * redis.zunionstore("total", ZAggregateArgs.Builder.weights(1, 2), "last-week", "this-week");
 * }</pre>
 */
public final class ZAggregateArgs {
  private static final ZAggregateArgs NONE = new ZAggregateArgs(null, null);

  private final double @Nullable [] weights;
  private final @Nullable String aggregate;

  private ZAggregateArgs(double @Nullable [] weights, @Nullable String aggregate) {
    this.weights = weights;
    this.aggregate = aggregate;
  }

  /** Static entry points, as in {@code ZAggregateArgs.Builder.max()}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return options that multiply each input set's scores by its weight (WEIGHTS)}
     *
     * @param weights one per input set, in the order of the keys
     */
    public static ZAggregateArgs weights(double... weights) {
      return NONE.weights(weights);
    }

    /** {@return options that add up a member's weighted scores (AGGREGATE SUM, the default)} */
    public static ZAggregateArgs sum() {
      return NONE.sum();
    }

    /** {@return options that keep a member's lowest weighted score (AGGREGATE MIN)} */
    public static ZAggregateArgs min() {
      return NONE.min();
    }

    /** {@return options that keep a member's highest weighted score (AGGREGATE MAX)} */
    public static ZAggregateArgs max() {
      return NONE.max();
    }
  }

  /** {@return no options: weight 1 for every set, scores added up} */
  public static ZAggregateArgs none() {
    return NONE;
  }

  /**
   * {@return a copy that multiplies each input set's scores by its weight}
   *
   * @param weights one per input set, in the order of the keys; not NaN
   */
  public ZAggregateArgs weights(double... weights) {
    Objects.requireNonNull(weights, "weights == null");
    if (weights.length == 0) {
      throw new IllegalArgumentException("WEIGHTS needs one weight per key");
    }
    for (double w : weights) {
      if (Double.isNaN(w)) {
        throw new IllegalArgumentException("a weight cannot be NaN");
      }
    }
    return new ZAggregateArgs(weights.clone(), aggregate);
  }

  /** {@return a copy that adds up a member's weighted scores} */
  public ZAggregateArgs sum() {
    return new ZAggregateArgs(weights, "SUM");
  }

  /** {@return a copy that keeps a member's lowest weighted score} */
  public ZAggregateArgs min() {
    return new ZAggregateArgs(weights, "MIN");
  }

  /** {@return a copy that keeps a member's highest weighted score} */
  public ZAggregateArgs max() {
    return new ZAggregateArgs(weights, "MAX");
  }

  /** {@return a copy of the weights, or null} */
  public double @Nullable [] weights() {
    return weights == null ? null : weights.clone();
  }

  /** {@return SUM, MIN, MAX, or null for the default} */
  public @Nullable String aggregate() {
    return aggregate;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ZAggregateArgs
        && Arrays.equals(weights, ((ZAggregateArgs) o).weights)
        && Objects.equals(aggregate, ((ZAggregateArgs) o).aggregate);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(weights) + Objects.hashCode(aggregate);
  }

  @Override
  public String toString() {
    return "ZAggregateArgs{" + (weights == null ? "" : "WEIGHTS " + Arrays.toString(weights))
        + (aggregate == null ? "" : (weights == null ? "" : " ") + "AGGREGATE " + aggregate) + '}';
  }
}
