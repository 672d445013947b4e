package io.github.restredis.ratelimit.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Identifiers Redis denied, until the time the script said the same request could pass: asking
 * again before then can only be denied, unless someone refunds, resets or raises the limit. A
 * denial of {@code rate} blocks requests of that rate or more; a smaller one is still asked.
 *
 * <p>Bounded: when full, expired entries go first, then the one that expires soonest. Thread-safe.
 */
public final class BlockedCache {
  /**
   * One blocked key.
   *
   * @param until epoch ms (in the limiter's time) from which the request may pass
   * @param rate the smallest rate this entry blocks
   * @param limit the limit Redis reported
   * @param remaining what Redis reported left
   */
  public record Entry(long until, long rate, long limit, long remaining) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final int maxSize;

  /**
   * Creates an empty cache.
   *
   * @param maxSize the most keys kept, at least 1
   */
  public BlockedCache(int maxSize) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("maxSize must be at least 1: " + maxSize);
    }
    this.maxSize = maxSize;
  }

  /** {@return the entry blocking {@code rate} on {@code key} at {@code now}, or null} */
  public @Nullable Entry blocked(String key, long rate, long now) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (entry.until <= now) {
      entries.remove(key, entry);
      return null;
    }
    return rate >= entry.rate ? entry : null;
  }

  /** Blocks {@code rate} and more on {@code key} until {@code until}, replacing an older entry. */
  public void block(String key, Entry entry, long now) {
    if (entry.until <= now) {
      return;
    }
    if (entries.size() >= maxSize && !entries.containsKey(key)) {
      makeRoom(now);
    }
    entries.put(key, entry);
  }

  private void makeRoom(long now) {
    entries.values().removeIf(e -> e.until <= now);
    // Under concurrent inserts the size can pass maxSize by the number of threads, never more.
    while (entries.size() >= maxSize) {
      String soonest = null;
      long until = Long.MAX_VALUE;
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        if (e.getValue().until < until) {
          until = e.getValue().until;
          soonest = e.getKey();
        }
      }
      if (soonest == null) {
        return;
      }
      entries.remove(soonest);
    }
  }

  /** Forgets {@code key}, after a refund or a reset. */
  public void remove(String key) {
    entries.remove(key);
  }

  /** Forgets everything, after a limit changed. */
  public void clear() {
    entries.clear();
  }

  /** {@return the number of keys held} */
  public int size() {
    return entries.size();
  }
}
