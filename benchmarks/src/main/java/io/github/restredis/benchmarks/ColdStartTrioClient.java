package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import io.github.restredis.cache.RedisCache;
import io.github.restredis.ratelimit.Limit;
import io.github.restredis.ratelimit.RateLimiter;
import java.time.Duration;

/**
 * A serverless cold start with the three clients a function typically holds: a fresh JVM builds a
 * {@link Redis}, a {@link RateLimiter} and a {@link RedisCache} on it, and makes one call through
 * each. Prints the milliseconds of each step on one line. Started by {@link ColdStartTrio}.
 */
public final class ColdStartTrioClient {
  private ColdStartTrioClient() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    try (Redis redis = Redis.builder()
        .url(System.getenv("UPSTASH_REDIS_REST_URL"))
        .token(System.getenv("UPSTASH_REDIS_REST_TOKEN"))
        .build()) {
      long t1 = System.nanoTime();
      String value = redis.get(ColdStart.KEY);
      long t2 = System.nanoTime();
      try (RateLimiter limiter = RateLimiter.builder(redis)
          .limit(Limit.fixedWindow(1_000_000, Duration.ofMinutes(1)))
          .checkEvictionPolicy(false)
          .build()) {
        long t3 = System.nanoTime();
        boolean allowed = limiter.limit("cold").allowed();
        long t4 = System.nanoTime();
        try (RedisCache<String> cache = RedisCache.builder(redis, "cold", String.class).build()) {
          long t5 = System.nanoTime();
          String cached = cache.get("k", k -> "loaded");
          long t6 = System.nanoTime();
          if (value == null || !allowed || cached == null) {
            throw new IllegalStateException("unexpected replies: " + value + " " + allowed + " "
                + cached);
          }
          System.out.println(ms(t1 - t0) + " " + ms(t2 - t1) + " " + ms(t3 - t2) + " "
              + ms(t4 - t3) + " " + ms(t5 - t4) + " " + ms(t6 - t5));
          System.out.flush();
        }
      }
    }
  }

  private static String ms(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
  }
}
