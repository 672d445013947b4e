package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpExchange;
import io.github.restredis.Redis;
import io.github.restredis.UpstashException;
import io.github.restredis.cache.RedisCache;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /health}: 200 while Redis answers a PING, 503 when it does not, for a load balancer
 * or an orchestrator's probe. The body says how long the PING took and whether the product cache
 * is asking Redis or falling back to the repository (its circuit breaker is open).
 */
final class HealthHandler extends ApiHandler {
  /** The body: {@code status} is UP, DEGRADED (Redis answers, the cache has not gone back to it yet) or DOWN. */
  public record Health(String status, RedisHealth redis, CacheHealth cache) {}

  /** Null fields are left out of the JSON: no latency without an answer, no error with one. */
  public record RedisHealth(boolean reachable, @Nullable Double pingMillis, @Nullable String error) {}

  public record CacheHealth(boolean redisAvailable) {}

  private final Redis redis;
  private final RedisCache<?> cache;

  HealthHandler(Json json, Redis redis, RedisCache<?> cache) {
    super(json, "GET");
    // A view of the shared client (same connections and metrics) that gives up within a second:
    // a probe has its own timeout (Kubernetes: 1 s by default) and a late answer is a failed probe.
    this.redis = redis.withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1));
    this.cache = cache;
  }

  @Override
  void serve(HttpExchange exchange, String id) throws Exception {
    RedisHealth redisHealth;
    long start = System.nanoTime();
    try {
      redis.ping();
      double millis = (System.nanoTime() - start) / 1e6;
      redisHealth = new RedisHealth(true, Math.round(millis * 10) / 10.0, null);
    } catch (UpstashException e) {
      // The exception type only: its message names the database URL, no business of a public probe.
      redisHealth = new RedisHealth(false, null, e.getClass().getSimpleName());
    }
    boolean cacheAvailable = cache.stats().redisAvailable();
    String status = !redisHealth.reachable() ? "DOWN" : cacheAvailable ? "UP" : "DEGRADED";
    json.send(exchange, redisHealth.reachable() ? 200 : 503,
        new Health(status, redisHealth, new CacheHealth(cacheAvailable)));
  }
}
