package io.github.restredis.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a failed job waits before its next delivery: exponential, capped, with jitter.
 * Immutable.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.exponential(Duration.ofSeconds(5), Duration.ofHours(1)).withJitter(0.1);
 * }</pre>
 *
 * <p>The delay after the n-th failed delivery is {@code min(max, initial * multiplier^(n-1))},
 * then scaled by a random factor in {@code [1 - jitter, 1 + jitter]} so that jobs that failed
 * together do not come back together.
 */
public final class Backoff {
  private static final Backoff DEFAULTS = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(10), 2.0, 0.2);

  private final Duration initial;
  private final Duration max;
  private final double multiplier;
  private final double jitter;

  private Backoff(Duration initial, Duration max, double multiplier, double jitter) {
    this.initial = initial;
    this.max = max;
    this.multiplier = multiplier;
    this.jitter = jitter;
  }

  /** {@return the default: 1 s, doubling, at most 10 min, ±20% jitter} */
  public static Backoff defaults() {
    return DEFAULTS;
  }

  /**
   * {@return an exponential backoff doubling from {@code initial} up to {@code max}, ±20% jitter}
   *
   * @param initial the delay after the first failure, zero or positive
   * @param max the longest delay, at least {@code initial}
   */
  public static Backoff exponential(Duration initial, Duration max) {
    Objects.requireNonNull(initial, "initial == null");
    Objects.requireNonNull(max, "max == null");
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 <= initial <= max: " + initial + ", " + max);
    }
    return new Backoff(initial, max, DEFAULTS.multiplier, DEFAULTS.jitter);
  }

  /**
   * {@return the same delay after every failure, without jitter}
   *
   * @param delay zero or positive
   */
  public static Backoff fixed(Duration delay) {
    return exponential(delay, delay).withMultiplier(1.0).withJitter(0);
  }

  /**
   * {@return a copy with another growth factor}
   *
   * @param multiplier at least 1
   */
  public Backoff withMultiplier(double multiplier) {
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
    }
    return new Backoff(initial, max, multiplier, jitter);
  }

  /**
   * {@return a copy with another jitter}
   *
   * @param jitter from 0 (none) to 1
   */
  public Backoff withJitter(double jitter) {
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be from 0 to 1: " + jitter);
    }
    return new Backoff(initial, max, multiplier, jitter);
  }

  /**
   * {@return the delay after the {@code failures}-th failed delivery}
   *
   * @param failures 1 for the first failure
   * @param random a number in [0, 1) that picks the jitter
   */
  public Duration delay(int failures, double random) {
    double base = initial.toMillis() * Math.pow(multiplier, Math.max(0, failures - 1));
    double capped = Math.min(max.toMillis(), base);
    double factor = 1 + jitter * (2 * random - 1);
    return Duration.ofMillis(Math.round(Math.min(max.toMillis(), capped * factor)));
  }

  @Override
  public String toString() {
    return "Backoff{initial=" + initial + ", max=" + max + ", multiplier=" + multiplier + ", jitter=" + jitter + '}';
  }
}
