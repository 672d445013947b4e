package io.github.restredis.queue.internal;

import io.github.restredis.Redis;
import io.github.restredis.RedisErrorException;
import org.jspecify.annotations.Nullable;

/** Reads the server's eviction policy where the server tells it. */
public final class EvictionCheck {
  private EvictionCheck() {}

  /**
   * {@return {@code maxmemory_policy} from INFO memory, or null when the server does not say}
   * Not CONFIG GET: the REST API refuses CONFIG, so asking would cost a billed command and a
   * failure in the client's metrics on every start, for nothing.
   */
  public static @Nullable String policy(Redis redis) {
    try {
      return fromInfo(redis.info("memory"));
    } catch (RedisErrorException | IllegalStateException e) {
      return null;
    }
  }

  static @Nullable String fromInfo(String info) {
    for (String line : info.split("\r?\n")) {
      if (line.startsWith("maxmemory_policy:")) {
        return line.substring("maxmemory_policy:".length()).trim();
      }
    }
    return null;
  }

  /** {@return whether a database with this policy may evict the queue's keys, which have no expiry} */
  public static boolean evictsPersistentKeys(String policy) {
    return policy.startsWith("allkeys-");
  }
}
