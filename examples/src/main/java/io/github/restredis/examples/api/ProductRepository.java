package io.github.restredis.examples.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The source of truth the cache sits in front of: a catalogue in memory, made slow on purpose
 * (200 ms per lookup, like a busy database or a remote service), counting its lookups so that the
 * effect of the cache can be seen.
 */
public final class ProductRepository {
  private static final Duration LATENCY = Duration.ofMillis(200);

  private final Map<String, Product> products = Map.of(
      "1", new Product("1", "Espresso cup", 1_250),
      "2", new Product("2", "Milk jug, 600 ml", 2_400),
      "3", new Product("3", "Tamper \"Pro\" 58 mm", 3_900));
  private final AtomicLong lookups = new AtomicLong();

  /**
   * Looks a product up, slowly.
   *
   * @param id the product's id
   * @return the product, or null if there is none
   * @throws InterruptedException if the server shuts down meanwhile
   */
  public @Nullable Product find(String id) throws InterruptedException {
    lookups.incrementAndGet();
    Thread.sleep(LATENCY.toMillis());
    return products.get(id);
  }

  /** {@return how many lookups reached the repository so far} */
  public long lookups() {
    return lookups.get();
  }
}
