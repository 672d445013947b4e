package io.github.restredis.queue.internal;

import io.github.restredis.Redis;
import io.github.restredis.RedisErrorException;
import io.github.restredis.Reply;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the server's eviction policy where the server tells it. */
public final class EvictionCheck {
  private EvictionCheck() {}

  /**
   * {@return {@code maxmemory-policy} from CONFIG GET, else from INFO memory, else null}
   * Hosted databases often refuse CONFIG (the local server does, as Upstash may); that is no error.
   */
  public static @Nullable String policy(Redis redis) {
    try {
      List<Reply> pair = redis.command("CONFIG", "GET", "maxmemory-policy").asList();
      if (pair.size() == 2) {
        return pair.get(1).asString();
      }
    } catch (RedisErrorException e) {
      // refused over REST; INFO may still say
    }
    try {
      return fromInfo(redis.command("INFO", "memory").asString());
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
