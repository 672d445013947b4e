package io.github.restredis.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The operations without a loader: plain reads, writes and invalidations. */
final class DirectOps<V> {
  private final CacheEngine<V> engine;

  DirectOps(CacheEngine<V> engine) {
    this.engine = engine;
  }

  @Nullable V getIfPresent(String key) {
    if (!engine.cfg.enabled()) {
      engine.stats.misses.increment();
      return null;
    }
    NearCache.Slot<V> slot = engine.near == null ? null : engine.near.get(key);
    if (slot != null) {
      engine.stats.nearHit(slot.value() == null);
      return slot.value();
    }
    try {
      Codec.Entry<V> entry = engine.readOne(key, false);
      if (entry != null && engine.clock.millis() < entry.freshUntil()) {
        engine.stats.hit(entry.value() == null, false);
        engine.nearPut(key, entry);
        return entry.value();
      }
    } catch (Store.Unavailable e) {
      // Counted by the store; a miss for the caller.
    }
    engine.stats.misses.increment();
    return null;
  }

  Map<String, V> getAll(Collection<String> keys) {
    LinkedHashSet<String> unique = new LinkedHashSet<>(keys);
    unique.forEach(k -> Objects.requireNonNull(k, "key == null"));
    Map<String, V> found = new HashMap<>();
    List<String> remote = new ArrayList<>();
    for (String key : unique) {
      NearCache.Slot<V> slot = !engine.cfg.enabled() || engine.near == null ? null : engine.near.get(key);
      if (slot == null) {
        remote.add(key);
      } else {
        engine.stats.nearHit(slot.value() == null);
        if (slot.value() != null) {
          found.put(key, slot.value());
        }
      }
    }
    if (!remote.isEmpty() && engine.cfg.enabled()) {
      try {
        List<Store.@Nullable Stored> stored = engine.store.read(remote);
        long now = engine.clock.millis();
        for (int i = 0; i < remote.size(); i++) {
          Codec.Entry<V> entry = engine.decode(stored.get(i));
          if (entry != null && now < entry.freshUntil()) {
            engine.stats.hit(entry.value() == null, false);
            engine.nearPut(remote.get(i), entry);
            if (entry.value() != null) {
              found.put(remote.get(i), entry.value());
            }
          } else {
            engine.stats.misses.increment();
          }
        }
        remote.clear();
      } catch (Store.Unavailable e) {
        // Everything not found in the near cache is a miss.
      }
    }
    engine.stats.misses.add(remote.size());
    Map<String, V> out = new LinkedHashMap<>();
    for (String key : unique) {
      V value = found.get(key);
      if (value != null) {
        out.put(key, value);
      }
    }
    return out;
  }

  boolean put(String key, V value, long ttlMillis) {
    return putAll(Map.of(key, value), ttlMillis);
  }

  boolean putAll(Map<String, ? extends V> values, long ttlMillis) {
    long freshUntil = engine.clock.millis() + ttlMillis;
    Map<String, String> encoded = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends V> e : values.entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), "key == null");
      V value = Objects.requireNonNull(e.getValue(), "value == null");
      String stored = engine.codec.encode(value, freshUntil, 0);
      int size = Codec.utf8Length(stored);
      if (size > engine.cfg.maxValueBytes()) {
        throw new IllegalArgumentException("value of " + key + " takes " + size
            + " bytes stored; the cache's maximum is " + engine.cfg.maxValueBytes());
      }
      encoded.put(key, stored);
    }
    if (!engine.cfg.enabled() || encoded.isEmpty()) {
      return false;
    }
    long px = ttlMillis + engine.grace();
    try {
      if (encoded.size() == 1) {
        Map.Entry<String, String> only = encoded.entrySet().iterator().next();
        engine.store.set(only.getKey(), only.getValue(), px);
      } else {
        engine.store.setAll(encoded, px);
      }
    } catch (Store.Unavailable e) {
      if (engine.near != null) {
        values.keySet().forEach(engine.near::invalidate);
      }
      return false;
    }
    if (engine.near != null) {
      values.forEach((k, v) -> engine.near.put(k, v, freshUntil));
    }
    return true;
  }

  boolean delete(String key) {
    if (engine.near != null) {
      engine.near.invalidate(key);
    }
    boolean deleted = engine.store.delete(key);
    if (engine.near != null) {
      engine.near.invalidate(key);
    }
    return deleted;
  }

  void invalidateAll() {
    if (engine.cfg.versioned()) {
      engine.store.bumpVersion();
    } else {
      engine.store.deleteByPrefix("");
    }
    if (engine.near != null) {
      engine.near.clear();
    }
  }

  long deleteByPrefix(String prefix) {
    long deleted = engine.store.deleteByPrefix(prefix);
    if (engine.near != null) {
      engine.near.invalidatePrefix(prefix);
    }
    return deleted;
  }
}
