package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @upstash/ratelimit} 2.2.0 under Node and this limiter take turns on one identifier, with
 * the same prefix and limit: together they admit exactly the limit, and read the same state.
 * Both use the real clock, with day-long windows (a run across midnight UTC is recognised by the
 * reset times and skipped).
 */
class InteropIT extends LimiterIT {
  @BeforeAll
  static void nodeAndPackage() throws Exception {
    assumeTrue(NodeLimiter.available(),
        "node (and interop/node_modules, or npm to install it) is needed to run @upstash/ratelimit");
  }

  static Stream<Arguments> algorithms() {
    return Stream.of(
        Arguments.of("fixed", Limit.fixedWindow(10, Duration.ofDays(1))),
        Arguments.of("sliding", Limit.slidingWindow(10, Duration.ofDays(1))),
        Arguments.of("token", Limit.tokenBucket(1, Duration.ofDays(1), 10)));
  }

  private Map<String, String> config(String algorithm, boolean dynamic) {
    return Map.of("RL_ALGORITHM", algorithm, "RL_LIMIT", "10", "RL_REFILL", "1",
        "RL_WINDOW", "1 d", "RL_PREFIX", prefix, "RL_DYNAMIC", dynamic ? "1" : "0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("algorithms")
  void takingTurnsTheyAdmitExactlyTheLimit(String algorithm, Limit limit) throws Exception {
    RateLimiter java = build(builder(limit).clock(Clock.systemUTC()));
    try (NodeLimiter node = new NodeLimiter(server, config(algorithm, false))) {
      int allowed = 0;
      Set<Long> resets = new HashSet<>();
      for (int i = 0; i < 30; i++) {
        if (i % 2 == 0) {
          RateLimitResult r = java.limit("shared");
          if (r.allowed()) {
            allowed++;
            resets.add(r.reset());
          }
        } else {
          Map<String, Object> r = node.limit("shared");
          if ((Boolean) r.get("success")) {
            allowed++;
            resets.add(((Double) r.get("reset")).longValue());
          }
        }
        if (i == 5) {
          // Three each: both read 4 left from what either wrote.
          assertThat(java.getRemaining("shared").remaining()).isEqualTo(4);
          assertThat(((Double) node.remaining("shared").get("remaining")).longValue()).isEqualTo(4);
        }
      }
      assumeTrue(resets.size() == 1, "the run crossed midnight UTC, where the windows change");
      assertThat(allowed).isEqualTo(10);
      assertThat(java.getRemaining("shared").remaining()).isZero();
      assertThat(((Double) node.remaining("shared").get("remaining")).longValue()).isZero();
      assertEveryKeyExpires();
    }
  }

  @Test
  void theGlobalDynamicLimitSetHereBindsThemToo() throws Exception {
    RateLimiter java = build(builder(Limit.slidingWindow(10, Duration.ofDays(1)))
        .clock(Clock.systemUTC()).dynamicLimits(true));
    java.dynamicLimits().setGlobal(3);
    try (NodeLimiter node = new NodeLimiter(server, config("sliding", true))) {
      int allowed = 0;
      for (int i = 0; i < 10; i++) {
        allowed += i % 2 == 0
            ? (java.limit("shared").allowed() ? 1 : 0)
            : ((Boolean) node.limit("shared").get("success") ? 1 : 0);
      }
      assertThat(allowed).isEqualTo(3);
      assertThat(((Double) node.limit("other").get("limit")).longValue()).isEqualTo(3);
    }
  }
}
