package io.github.restredis.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of a {@linkplain Queue#drain drain}: a time budget, a number of jobs, how many run
 * at once, and the time a job needs. Immutable; each method returns a new value.
 *
 * <pre>{@code
 * // in a function with a 60 s timeout, run every minute
 * DrainResult result = queue.drain(handler, DrainArgs.Builder.budget(Duration.ofSeconds(50)).maxJobs(20));
 * }</pre>
 */
public final class DrainArgs {
  private final Duration budget;
  private final int maxJobs;
  private final int concurrency;
  private final Duration reserve;

  private DrainArgs(Duration budget, int maxJobs, int concurrency, Duration reserve) {
    this.budget = budget;
    this.maxJobs = maxJobs;
    this.concurrency = concurrency;
    this.reserve = reserve;
  }

  /** Static entry points, as in {@code DrainArgs.Builder.budget(Duration.ofSeconds(50))}. */
  public static final class Builder {
    private Builder() {}

    /**
     * {@return limits with a time budget, at most 100 jobs, one at a time}
     *
     * @param budget how long the drain may take, positive
     */
    public static DrainArgs budget(Duration budget) {
      return new DrainArgs(Duration.ofSeconds(1), 100, 1, Duration.ZERO).withBudget(budget);
    }
  }

  private DrainArgs withBudget(Duration budget) {
    Objects.requireNonNull(budget, "budget == null");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    return new DrainArgs(budget, maxJobs, concurrency, reserve);
  }

  /**
   * {@return a copy that takes at most {@code max} jobs}
   *
   * @param max at least 1
   */
  public DrainArgs maxJobs(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxJobs must be at least 1: " + max);
    }
    return new DrainArgs(budget, max, concurrency, reserve);
  }

  /**
   * {@return a copy that runs up to {@code n} jobs at once}
   *
   * @param n 1 to 500
   */
  public DrainArgs concurrency(int n) {
    if (n < 1 || n > Queue.MAX_BATCH) {
      throw new IllegalArgumentException("concurrency must be from 1 to " + Queue.MAX_BATCH + ": " + n);
    }
    return new DrainArgs(budget, maxJobs, n, reserve);
  }

  /**
   * {@return a copy that takes no new job when less than {@code reserve} of the budget is left}
   * Set it to the time a job usually needs, so that jobs are not taken only to be handed back.
   *
   * @param reserve zero or positive, less than the budget
   */
  public DrainArgs reserve(Duration reserve) {
    Objects.requireNonNull(reserve, "reserve == null");
    if (reserve.isNegative() || reserve.compareTo(budget) >= 0) {
      throw new IllegalArgumentException("reserve must be from 0 to less than the budget: " + reserve);
    }
    return new DrainArgs(budget, maxJobs, concurrency, reserve);
  }

  /** {@return the time budget} */
  public Duration budget() {
    return budget;
  }

  /** {@return the most jobs taken} */
  public int maxJobs() {
    return maxJobs;
  }

  /** {@return how many jobs run at once} */
  public int concurrency() {
    return concurrency;
  }

  /** {@return the budget left under which no job is taken} */
  public Duration reserve() {
    return reserve;
  }

  @Override
  public String toString() {
    return "DrainArgs{budget=" + budget + ", maxJobs=" + maxJobs + ", concurrency=" + concurrency
        + ", reserve=" + reserve + '}';
  }
}
