package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * With the server's clock, a caller whose clock is years off (the test clock) still counts in the
 * server's windows, and learns the offset from the first reply.
 */
class ServerClockIT extends LimiterIT {
  private RateLimiter serverClocked(Limit limit) {
    return build(builder(limit).serverClock(true));
  }

  @Test
  void windowsFollowTheServersClockAndTheOffsetIsLearnedOnce() {
    RateLimiter limiter = serverClocked(Limit.fixedWindow(5, Duration.ofMinutes(1)));
    long before = redis.time().toEpochMilli();
    long requests = requests(limiter);
    RateLimitResult first = limiter.limit("u");
    long after = redis.time().toEpochMilli();
    // The declared windows were around 2023: one reply to learn the server's time, one to count.
    assertThat(requests(limiter) - requests).isEqualTo(2);
    assertThat(first.allowed()).isTrue();
    assertThat(first.reset()).isBetween((before / 60_000 + 1) * 60_000, (after / 60_000 + 1) * 60_000);
    String key = prefix + ":u:" + (first.reset() / 60_000 - 1);
    assertThat(redis.get(key)).isEqualTo("1");

    requests = requests(limiter);
    server.resetCommandStats();
    RateLimitResult second = limiter.limit("u");
    assertThat(requests(limiter) - requests).isEqualTo(1);
    if (second.reset() == first.reset()) {
      assertThat(redis.get(key)).isEqualTo("2");
    }
    assertThat(commandsRun()).containsEntry("time", 1L).containsEntry("evalsha", 1L);
  }

  @Test
  void theBucketsRefillTimeIsTheServers() {
    RateLimiter limiter = serverClocked(Limit.tokenBucket(1, Duration.ofHours(1), 3));
    long before = redis.time().toEpochMilli();
    limiter.limit("u");
    long refilledAt = Long.parseLong(redis.hget(prefix + ":u", "refilledAt"));
    assertThat(refilledAt).isBetween(before, redis.time().toEpochMilli());
  }

  @Test
  void exactUnderConcurrency() throws Exception {
    RateLimiter bucket = serverClocked(Limit.tokenBucket(1, Duration.ofHours(1), 30));
    assertThat(race(bucket, 2).stream().filter(RateLimitResult::allowed).count()).isEqualTo(15);

    RateLimiter daily = serverClocked(Limit.fixedWindow(30, Duration.ofDays(1)).withPrefix(prefix + ":d"));
    List<RateLimitResult> results = race(daily, 1);
    long allowed = results.stream().filter(RateLimitResult::allowed).count();
    long windows = results.stream().filter(RateLimitResult::allowed).map(RateLimitResult::reset).distinct().count();
    // All in one window unless the test ran across midnight UTC.
    assertThat(allowed).isEqualTo(30 * windows);
  }

  @Test
  void theCacheUsesTheServersTimeToo() {
    RateLimiter limiter = serverClocked(Limit.fixedWindow(1, Duration.ofHours(1)));
    limiter.limit("u");
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.DENIED);
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.CACHE_BLOCKED);
  }

  private List<RateLimitResult> race(RateLimiter limiter, long rate) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<RateLimitResult>>> futures = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          List<RateLimitResult> mine = new ArrayList<>();
          for (int i = 0; i < 2; i++) {
            mine.add(limiter.limit("hot", rate));
          }
          return mine;
        }));
      }
      start.countDown();
      List<RateLimitResult> all = new ArrayList<>();
      for (Future<List<RateLimitResult>> f : futures) {
        all.addAll(f.get());
      }
      assertThat(all).allSatisfy(r -> assertThat(r.reason()).isIn(Reason.ALLOWED, Reason.DENIED, Reason.CACHE_BLOCKED));
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
