package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AsyncIT extends LimiterIT {
  @Test
  void manyDecisionsInFlightAdmitExactlyTheLimitInFewerRequests() {
    for (Limit limit : List.of(Limit.fixedWindow(30, Duration.ofSeconds(10)),
        Limit.slidingWindow(30, Duration.ofSeconds(10)),
        Limit.tokenBucket(1, Duration.ofSeconds(10), 30))) {
      RateLimiter limiter = build(builder(limit.withPrefix(prefix + ":" + limit.algorithm())).blockedCacheSize(0));
      limiter.limit("warm-up");
      long before = requests(limiter);
      List<CompletableFuture<RateLimitResult>> futures = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        futures.add(limiter.async().limit("hot", 3));
      }
      long admitted = futures.stream().map(CompletableFuture::join).filter(RateLimitResult::allowed).count();
      assertThat(admitted).as("%s", limit).isEqualTo(10);
      assertThat(requests(limiter) - before).as("%s", limit).isBetween(1L, 100L);
      assertEveryKeyExpires();
    }
  }

  @Test
  void sameAnswersAsTheSynchronousMethods() {
    RateLimiter limiter = limiter(Limit.fixedWindow(2, Duration.ofSeconds(1)));
    RateLimiterAsync async = limiter.async();
    assertThat(async.sync()).isSameAs(limiter);
    assertThat(async.limit("u").join()).isEqualTo(new RateLimitResult(true, 2, 1, T0 + 1000, Reason.ALLOWED));
    assertThat(async.getRemaining("u").join().remaining()).isEqualTo(1);
    assertThat(async.limit("u", 2).join().reason()).isEqualTo(Reason.DENIED);
    long before = requests(limiter);
    assertThat(async.limit("u", 2).join().reason()).isEqualTo(Reason.CACHE_BLOCKED);
    assertThat(requests(limiter)).isEqualTo(before);
    async.reset("u").join();
    assertThat(async.limit("u", 2).join().reason()).isEqualTo(Reason.ALLOWED);
    assertThat(async.limit(List.of("v"), -1).join().remaining()).isEqualTo(2);
  }

  @Test
  void blockUntilReadyWaitsOnATimer() {
    RateLimiter limiter = build(builder(Limit.tokenBucket(1, Duration.ofMillis(200), 1)).clock(Clock.systemUTC()));
    assertThat(limiter.limit("u").allowed()).isTrue();
    assertThat(limiter.async().blockUntilReady("u", Duration.ofSeconds(10)).join().reason())
        .isEqualTo(Reason.ALLOWED);
  }
}
