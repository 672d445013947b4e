package io.github.restredis.cache;

import java.time.Duration;

/**
 * A cache's counters at one moment, since it was built; what a service's health and cache-stats
 * endpoints show. See {@link RedisCache#stats()}.
 *
 * @param hits reads answered from Redis: fresh, stale (within the grace period) or a cached absence
 * @param nearHits reads answered from the in-process near cache, with no request
 * @param misses reads that found nothing usable, including reads that could not ask Redis
 * @param staleHits the hits served after expiry, within the grace period, while a refresh ran
 * @param negativeHits the hits and near hits that were a cached absence (null returned)
 * @param loads loader calls, background refreshes included
 * @param loadFailures loader calls that threw
 * @param loadTime the time spent in loader calls, all together
 * @param earlyRefreshes refreshes started before expiry by XFetch
 * @param redisErrors Redis calls that failed (timeout, transport, HTTP status, error reply) or
 *     entries that could not be decoded
 * @param redisSkipped Redis calls not made because the circuit breaker was open
 * @param lockWaits loads that waited for another process's lock
 * @param valuesTooLarge loaded values not stored because they exceeded the maximum size
 * @param redisAvailable whether the circuit breaker is closed, so Redis is being asked
 */
public record CacheStats(
    long hits,
    long nearHits,
    long misses,
    long staleHits,
    long negativeHits,
    long loads,
    long loadFailures,
    Duration loadTime,
    long earlyRefreshes,
    long redisErrors,
    long redisSkipped,
    long lockWaits,
    long valuesTooLarge,
    boolean redisAvailable) {

  /** {@return the share of reads answered without the loader: (hits + near hits) / reads, 0 if none} */
  public double hitRate() {
    long reads = hits + nearHits + misses;
    return reads == 0 ? 0.0 : (double) (hits + nearHits) / reads;
  }

  /** {@return the mean duration of a loader call, zero if there was none} */
  public Duration averageLoadTime() {
    return loads == 0 ? Duration.ZERO : loadTime.dividedBy(loads);
  }
}
