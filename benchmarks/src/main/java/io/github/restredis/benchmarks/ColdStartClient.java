package io.github.restredis.benchmarks;

import io.github.restredis.Redis;

/**
 * A cold start with our client: a fresh JVM builds a client and prints one GET. Started as a child
 * process by {@link ColdStart}, with the server's URL, token and the key in the environment.
 */
public final class ColdStartClient {
  private ColdStartClient() {}

  public static void main(String[] args) {
    try (Redis redis = Redis.builder()
        .url(System.getenv("UPSTASH_REDIS_REST_URL"))
        .token(System.getenv("UPSTASH_REDIS_REST_TOKEN"))
        .build()) {
      System.out.println(redis.get(System.getenv(ColdStart.KEY_VARIABLE)));
      System.out.flush();
    }
  }
}
