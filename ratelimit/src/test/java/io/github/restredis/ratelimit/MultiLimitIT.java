package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.ratelimit.RateLimitResult.Reason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several limits on one decision: one request, all or nothing. */
class MultiLimitIT extends LimiterIT {
  private final Limit perSecond = Limit.fixedWindow(3, Duration.ofSeconds(1)).withPrefix("s");
  private final Limit perMinute = Limit.slidingWindow(5, Duration.ofMinutes(1)).withPrefix("m");

  private Limit prefixed(Limit limit, String name) {
    return limit.withPrefix(prefix + ":" + name);
  }

  @Test
  void everyLimitMustHaveRoomAndADenialConsumesFromNone() {
    Limit second = prefixed(perSecond, "s");
    Limit minute = prefixed(perMinute, "m");
    Limit bucket = prefixed(Limit.tokenBucket(1, Duration.ofHours(1), 4), "b");
    RateLimiter limiter = build(builder(second, minute, bucket).blockedCacheSize(0));
    long before = requests(limiter);
    assertThat(limiter.limit("u")).isEqualTo(new RateLimitResult(true, 3, 2, T0 + 1000, Reason.ALLOWED));
    assertThat(requests(limiter) - before).isEqualTo(1);
    limiter.limit("u");
    // The second has 0 left, the minute 2, the bucket 1: the lowest is reported.
    assertThat(limiter.limit("u").remaining()).isZero();
    RateLimitResult denied = limiter.limit("u");
    assertThat(denied).isEqualTo(new RateLimitResult(false, 3, 0, T0 + 1000, Reason.DENIED));
    assertThat(redis.get(prefix + ":s:u:" + T0 / 1000)).isEqualTo("3");
    assertThat(redis.get(prefix + ":m:u:" + T0 / 60_000)).isEqualTo("3");
    assertThat(redis.hget(prefix + ":b:u", "tokens")).isEqualTo("1");

    clock.advance(1000); // the second has room again; the bucket has 1 token, the minute 2
    assertThat(limiter.limit("u", 2).allowed()).isFalse();
    assertThat(redis.get(prefix + ":s:u:" + (T0 / 1000 + 1))).isNull();
    assertThat(limiter.limit("u").remaining()).isZero();
    assertThat(limiter.limit("u").reason()).isEqualTo(Reason.DENIED);
    assertEveryKeyExpires();
  }

  @Test
  void aDenialReportsTheLimitThatFreesUpLast() {
    Limit second = prefixed(perSecond, "s");
    Limit bucket = prefixed(Limit.tokenBucket(1, Duration.ofSeconds(10), 2), "b");
    RateLimiter limiter = build(builder(second, bucket).blockedCacheSize(0));
    limiter.limit("u", 2);
    RateLimitResult denied = limiter.limit("u", 2);
    // The second would take it now; the bucket only after two refills of 10 s.
    assertThat(denied).isEqualTo(new RateLimitResult(false, 2, 0, T0 + 20_000, Reason.DENIED));
  }

  @Test
  void perUserAndPerIpWithOneIdentifierEach() {
    Limit user = prefixed(Limit.fixedWindow(2, Duration.ofMinutes(1)), "user");
    Limit ip = prefixed(Limit.fixedWindow(3, Duration.ofMinutes(1)), "ip");
    RateLimiter limiter = limiter(user, ip);
    assertThat(limiter.limit(List.of("alice", "10.0.0.1"), 1).allowed()).isTrue();
    assertThat(limiter.limit(List.of("bob", "10.0.0.1"), 1).allowed()).isTrue();
    assertThat(limiter.limit(List.of("alice", "10.0.0.1"), 1).allowed()).isTrue();
    // The IP is used up: carol is denied though she has used nothing, and is charged nothing.
    assertThat(limiter.limit(List.of("carol", "10.0.0.1"), 1).allowed()).isFalse();
    assertThat(limiter.getRemaining(List.of("carol", "10.0.0.2")).remaining()).isEqualTo(2);
    assertThat(limiter.limit(List.of("alice", "10.0.0.2"), 1).allowed()).isFalse();
    assertThat(redis.get(prefix + ":ip:10.0.0.2:" + T0 / 60_000)).isNull();
  }

  @Test
  void limitsNeedTheirOwnPrefixesAndOneIdentifierEach() {
    assertThatThrownBy(() -> builder(perSecond.withPrefix("x"), perMinute.withPrefix("x")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"x\"");
    assertThatThrownBy(() -> builder(Limit.fixedWindow(1, Duration.ofSeconds(1)),
        Limit.fixedWindow(2, Duration.ofSeconds(1))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(prefix);
    RateLimiter limiter = limiter(prefixed(perSecond, "s"), prefixed(perMinute, "m"));
    assertThatThrownBy(() -> limiter.limit(List.of("only-one"), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 limit(s)");
  }
}
