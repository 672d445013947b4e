package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 32 threads on one identifier: every algorithm admits exactly its limit, with rate 1 and 3. */
class ConcurrencyIT extends LimiterIT {
  static final int THREADS = 32;
  static final int LIMIT = 30;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (long rate : new long[] {1, 3}) {
      cases.add(Arguments.of(Limit.fixedWindow(LIMIT, Duration.ofSeconds(10)), rate));
      cases.add(Arguments.of(Limit.slidingWindow(LIMIT, Duration.ofSeconds(10)), rate));
      cases.add(Arguments.of(Limit.tokenBucket(LIMIT, Duration.ofSeconds(10), LIMIT), rate));
    }
    return cases.stream();
  }

  /** Units admitted when 32 threads each try {@code perThread} requests of {@code rate} at once. */
  long race(RateLimiter limiter, String id, long rate, int perThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      AtomicLong admitted = new AtomicLong();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            RateLimitResult r = limiter.limit(id, rate);
            assertThat(r.reason()).isIn(RateLimitResult.Reason.ALLOWED,
                RateLimitResult.Reason.DENIED, RateLimitResult.Reason.CACHE_BLOCKED);
            if (r.allowed()) {
              admitted.addAndGet(rate);
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
      return admitted.get();
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}, rate {1}")
  @MethodSource("cases")
  void exactlyTheLimitPerWindow(Limit limit, long rate) throws Exception {
    RateLimiter limiter = build(builder(limit).blockedCacheSize(0));
    int perThread = 3; // 96 requests for at most 30 units
    assertThat(race(limiter, "hot", rate, perThread)).isEqualTo(LIMIT);
    assertEveryKeyExpires();

    switch (limit.algorithm()) {
      case FIXED_WINDOW -> {
        clock.advance(10_000);
        assertThat(race(limiter, "hot", rate, perThread)).isEqualTo(LIMIT);
      }
      case SLIDING_WINDOW -> {
        clock.advance(15_000); // half into the next window: 15 of the previous 30 still count
        assertThat(race(limiter, "hot", rate, perThread)).isEqualTo(15);
        clock.advance(10_000); // half into the window after: 7 of those 15 still count
        long room = LIMIT - 7;
        assertThat(race(limiter, "hot", rate, perThread)).isEqualTo(room - room % rate);
      }
      case TOKEN_BUCKET -> {
        clock.advance(10_000); // one refill of 30
        assertThat(race(limiter, "hot", rate, perThread)).isEqualTo(LIMIT);
        clock.advance(9_999); // not yet the next one
        assertThat(race(limiter, "hot", rate, perThread)).isZero();
      }
    }
    assertEveryKeyExpires();
  }

  @ParameterizedTest(name = "{0}, rate {1}, with the local cache")
  @MethodSource("cases")
  void exactWithTheLocalCacheToo(Limit limit, long rate) throws Exception {
    RateLimiter limiter = limiter(limit);
    assertThat(race(limiter, "hot", rate, 3)).isEqualTo(LIMIT);
  }
}
