package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpExchange;
import io.github.restredis.cache.CacheStats;
import io.github.restredis.cache.RedisCache;

/** {@code GET /cache/stats}: the product cache's counters since this instance started. */
final class CacheStatsHandler extends ApiHandler {
  /**
   * The body. {@code hits} are reads Redis answered (a cached absence included, also counted in
   * {@code negativeHits}); {@code misses} went to the repository; {@code hitRate} is hits / reads.
   */
  public record Stats(long hits, long misses, double hitRate, long negativeHits, long staleHits,
      long loads, long loadFailures, double averageLoadMillis, long redisErrors,
      long redisSkipped, boolean redisAvailable) {}

  private final RedisCache<?> cache;

  CacheStatsHandler(Json json, RedisCache<?> cache) {
    super(json, "GET");
    this.cache = cache;
  }

  @Override
  void serve(HttpExchange exchange, String id) throws Exception {
    CacheStats s = cache.stats();
    json.send(exchange, 200, new Stats(s.hits(), s.misses(), s.hitRate(),
        s.negativeHits(), s.staleHits(), s.loads(), s.loadFailures(),
        s.averageLoadTime().toNanos() / 1e6, s.redisErrors(), s.redisSkipped(), s.redisAvailable()));
  }
}
