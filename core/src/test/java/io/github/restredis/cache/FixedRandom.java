package io.github.restredis.cache;

import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;

/** A random source whose draws tests choose: the cache's uniform draw U = 1 - nextDouble(). */
final class FixedRandom implements RandomGenerator {
  private final DoubleSupplier u;

  private FixedRandom(DoubleSupplier u) {
    this.u = u;
  }

  /** {@return a source whose XFetch draws U come from {@code u}, each in (0, 1]} */
  static FixedRandom drawingU(DoubleSupplier u) {
    return new FixedRandom(u);
  }

  @Override
  public double nextDouble() {
    return 1.0 - u.getAsDouble();
  }

  @Override
  public long nextLong() {
    throw new UnsupportedOperationException("only nextDouble is drawn");
  }
}
