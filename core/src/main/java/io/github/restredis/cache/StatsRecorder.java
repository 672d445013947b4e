package io.github.restredis.cache;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters behind {@link CacheStats}. */
final class StatsRecorder {
  final LongAdder hits = new LongAdder();
  final LongAdder nearHits = new LongAdder();
  final LongAdder misses = new LongAdder();
  final LongAdder staleHits = new LongAdder();
  final LongAdder negativeHits = new LongAdder();
  final LongAdder loads = new LongAdder();
  final LongAdder loadFailures = new LongAdder();
  final LongAdder loadNanos = new LongAdder();
  final LongAdder earlyRefreshes = new LongAdder();
  final LongAdder redisErrors = new LongAdder();
  final LongAdder redisSkipped = new LongAdder();
  final LongAdder lockWaits = new LongAdder();
  final LongAdder valuesTooLarge = new LongAdder();

  void hit(boolean negative, boolean stale) {
    hits.increment();
    if (negative) {
      negativeHits.increment();
    }
    if (stale) {
      staleHits.increment();
    }
  }

  void nearHit(boolean negative) {
    nearHits.increment();
    if (negative) {
      negativeHits.increment();
    }
  }

  void load(long nanos, boolean failed) {
    loads.increment();
    loadNanos.add(nanos);
    if (failed) {
      loadFailures.increment();
    }
  }

  CacheStats snapshot(boolean redisAvailable) {
    return new CacheStats(hits.sum(), nearHits.sum(), misses.sum(), staleHits.sum(),
        negativeHits.sum(), loads.sum(), loadFailures.sum(), Duration.ofNanos(loadNanos.sum()),
        earlyRefreshes.sum(), redisErrors.sum(), redisSkipped.sum(), lockWaits.sum(),
        valuesTooLarge.sum(), redisAvailable);
  }
}
