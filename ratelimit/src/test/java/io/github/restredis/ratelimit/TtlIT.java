package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every key the limiter writes has a time to live, after every kind of write. */
class TtlIT extends LimiterIT {
  static Stream<Limit> limits() {
    return Stream.of(Limit.fixedWindow(4, Duration.ofSeconds(2)),
        Limit.slidingWindow(4, Duration.ofSeconds(2)),
        Limit.tokenBucket(1, Duration.ofSeconds(2), 4));
  }

  @ParameterizedTest
  @MethodSource("limits")
  void afterEveryWrite(Limit limit) {
    Limit other = Limit.fixedWindow(100, Duration.ofMinutes(1)).withPrefix(prefix + ":other");
    RateLimiter single = build(builder(limit).blockedCacheSize(0));
    RateLimiter pair = build(builder(limit, other).blockedCacheSize(0));
    List<Runnable> steps = List.of(
        () -> single.limit("u"),           // first write
        () -> single.limit("u", 2),        // later write
        () -> single.limit("u", 3),        // denied
        () -> single.limit("u", -1),       // refund
        () -> single.limit("u", -10),      // refund past zero
        () -> single.limit("u", 4),        // up to the limit
        () -> clock.advance(2_000),
        () -> single.limit("u"),           // next window, or refilled
        () -> single.limit("fresh", -1),   // refund of an identifier never seen
        () -> pair.limit("p"),             // two limits
        () -> pair.limit(List.of("p", "q"), 3),
        () -> pair.limit("p", 5),          // denied by the first, rolled back in the second
        () -> single.getRemaining("u"),
        () -> clock.advance(3_000),
        () -> single.limit("u", 4));
    for (Runnable step : steps) {
      step.run();
      assertEveryKeyExpires();
    }
    assertThat(redis.keys(prefix + "*")).isNotEmpty();
  }
}
