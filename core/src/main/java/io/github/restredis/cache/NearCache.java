package io.github.restredis.cache;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The optional in-process layer: a bounded LRU map whose entries live at most {@code ttlMillis}
 * after they were read from (or written to) Redis, and never past the entry's own freshness.
 * It is invalidated by this process's writes and deletions only: a REST client cannot subscribe to
 * another process's invalidations, so they show here after at most {@code ttlMillis}.
 */
final class NearCache<V> {
  /** A cached value, null for a cached absence. */
  record Slot<V>(@Nullable V value, long expiresAt) {}

  private final long ttlMillis;
  private final Clock clock;
  private final LinkedHashMap<String, Slot<V>> map;

  NearCache(int maxEntries, long ttlMillis, Clock clock) {
    this.ttlMillis = ttlMillis;
    this.clock = clock;
    this.map = new LinkedHashMap<>(Math.min(maxEntries, 1024) * 2, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Slot<V>> eldest) {
        return size() > maxEntries;
      }
    };
  }

  synchronized @Nullable Slot<V> get(String key) {
    Slot<V> slot = map.get(key);
    if (slot == null) {
      return null;
    }
    if (clock.millis() >= slot.expiresAt()) {
      map.remove(key);
      return null;
    }
    return slot;
  }

  void put(String key, @Nullable V value, long freshUntil) {
    long now = clock.millis();
    long expiresAt = Math.min(now + ttlMillis, freshUntil);
    if (expiresAt <= now) {
      return;
    }
    synchronized (this) {
      map.put(key, new Slot<>(value, expiresAt));
    }
  }

  synchronized void invalidate(String key) {
    map.remove(key);
  }

  synchronized void invalidatePrefix(String prefix) {
    map.keySet().removeIf(k -> k.startsWith(prefix));
  }

  synchronized void clear() {
    map.clear();
  }

  synchronized int size() {
    return map.size();
  }
}
