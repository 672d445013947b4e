package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpExchange;
import io.github.restredis.Redis;
import io.github.restredis.cache.RedisCache;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code GET /products/{id}}: cache-aside in front of the slow repository. The first read of an
 * id waits for the repository and stores the product in Redis for about five minutes; later reads, from
 * this instance or any other sharing the database, come from Redis. An unknown id is answered 404,
 * and that absence is cached too (10 s, the cache's default), so that a client asking for missing
 * ids in a loop does not reach the repository each time.
 *
 * <p>The response tells how long the request took ({@code Server-Timing}, shown by browsers'
 * developer tools), not whether it was a cache hit: {@code RedisCache} does not report that per
 * read (a caller may, for instance, share another caller's load of the same id), and a header
 * guessing it would sometimes lie. {@code GET /cache/stats} has the exact counts.
 */
final class ProductHandler extends ApiHandler {
  /** Ids become part of Redis keys: only short, plain ones are accepted. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final RedisCache<Product> cache;
  private final ProductRepository repository;

  ProductHandler(Json json, RedisCache<Product> cache, ProductRepository repository) {
    super(json, "GET");
    this.cache = cache;
    this.repository = repository;
  }

  /** {@return the product cache: JSON in Redis under {@code example-api:products:...}} */
  static RedisCache<Product> newCache(Redis redis) {
    return RedisCache.builder(redis, "example-api:products", Product.class)
        .ttl(Duration.ofMinutes(5))
        .ttlJitter(0.1) // products loaded together do not all expire together
        .build();
  }

  @Override
  void serve(HttpExchange exchange, String id) throws Exception {
    if (!ID.matcher(id).matches()) {
      json.error(exchange, 400, "bad_id", "a product id is 1 to 64 letters, digits, '-' or '_'");
      return;
    }
    long start = System.nanoTime();
    // Never throws because of Redis: if Redis is down or slow, the repository answers.
    Product product = cache.get(id, repository::find);
    double millis = (System.nanoTime() - start) / 1e6;
    exchange.getResponseHeaders().set("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", millis));
    if (product == null) {
      json.error(exchange, 404, "not_found", "no product " + id);
    } else {
      json.send(exchange, 200, product);
    }
  }
}
