package io.github.restredis.ratelimit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockedCacheTest {
  @Test
  void blocksTheDeniedRateAndMoreUntilTheReset() {
    BlockedCache cache = new BlockedCache(10);
    cache.block("k", new BlockedCache.Entry(1000, 3, 10, 2), 0);
    assertThat(cache.blocked("k", 3, 999)).isNotNull();
    assertThat(cache.blocked("k", 5, 999)).isNotNull();
    assertThat(cache.blocked("k", 2, 999)).isNull();
    assertThat(cache.blocked("other", 3, 999)).isNull();
    assertThat(cache.blocked("k", 3, 1000)).isNull();
    assertThat(cache.size()).isZero(); // expired entries go when looked up
  }

  @Test
  void staysWithinItsBoundDroppingExpiredThenSoonestEntries() {
    BlockedCache cache = new BlockedCache(3);
    cache.block("a", new BlockedCache.Entry(100, 1, 1, 0), 0);
    cache.block("b", new BlockedCache.Entry(300, 1, 1, 0), 0);
    cache.block("c", new BlockedCache.Entry(200, 1, 1, 0), 0);
    cache.block("d", new BlockedCache.Entry(400, 1, 1, 0), 150); // "a" has expired
    assertThat(cache.size()).isEqualTo(3);
    cache.block("e", new BlockedCache.Entry(500, 1, 1, 0), 150); // "c" expires soonest
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.blocked("c", 1, 150)).isNull();
    assertThat(cache.blocked("b", 1, 150)).isNotNull();
    assertThat(cache.blocked("e", 1, 150)).isNotNull();
    cache.block("past", new BlockedCache.Entry(100, 1, 1, 0), 150);
    assertThat(cache.blocked("past", 1, 0)).isNull();
  }
}
