package io.github.restredis.cache;

import org.jspecify.annotations.Nullable;

/**
 * Loads the value of a key from the source of truth (a database, a service) when the cache has
 * none. Return null when the source has no value: the absence is cached briefly (negative
 * caching) so that repeated reads of a missing id do not reach the source.
 *
 * <pre>{@code
 * User user = users.get("42", id -> userRepository.findById(id).orElse(null));
 * }</pre>
 *
 * @param <V> the value type
 */
@FunctionalInterface
public interface CacheLoader<V> {
  /**
   * Loads a value.
   *
   * @param key the cache key, without the namespace
   * @return the value, or null if the source has none
   * @throws Exception any failure; the caller gets it as is if unchecked, else wrapped in a
   *     {@link CacheLoadException}
   */
  @Nullable V load(String key) throws Exception;
}
