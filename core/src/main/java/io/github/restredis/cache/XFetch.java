package io.github.restredis.cache;

/**
 * Probabilistic early expiration (Vattani, Chierichetti, Lowenstein, "Optimal Probabilistic Cache
 * Stampede Prevention", PVLDB 8(8), 2015). A reader recomputes early when {@code now - delta *
 * beta * ln(u) >= expiry}, with {@code u} uniform in (0, 1] and {@code delta} the time the last
 * recomputation took. The chance of that at {@code gap = expiry - now} is {@code exp(-gap / (delta
 * * beta))}: negligible far from expiry, rising to 1 at expiry; {@code beta > 1} refreshes earlier.
 */
final class XFetch {
  private XFetch() {}

  /**
   * {@return whether a reader at {@code now} recomputes early}
   *
   * @param u a uniform draw in (0, 1]
   */
  static boolean early(long now, long deltaMillis, long expiry, double beta, double u) {
    if (beta <= 0 || deltaMillis <= 0) {
      return false;
    }
    return now - deltaMillis * beta * Math.log(u) >= expiry;
  }

  /** {@return the probability that {@link #early} is true at {@code now}} */
  static double probability(long now, long deltaMillis, long expiry, double beta) {
    if (now >= expiry) {
      return 1.0;
    }
    if (beta <= 0 || deltaMillis <= 0) {
      return 0.0;
    }
    return Math.exp(-(expiry - now) / (deltaMillis * beta));
  }
}
