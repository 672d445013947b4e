/**
 * Cache-aside on Redis over the REST API: {@link io.github.restredis.cache.RedisCache} reads
 * through Redis to a loader, with single flight per key, an optional cross-process lock, XFetch
 * early refresh, stale-while-revalidate, negative caching, an optional near cache, and a short
 * deadline with a circuit breaker so that a Redis outage never fails the caller.
 */
@NullMarked
package io.github.restredis.cache;

import org.jspecify.annotations.NullMarked;
