package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.local.RequiresRedis;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** EXPIRE and friends with their Redis 7.0 conditions, and EXPIRETIME/PEXPIRETIME. */
@RequiresRedis("7.0")
class ExpiryIT extends RedisIT {
  @Test
  void conditionsOfExpire() {
    redis.set(k("a"), "1");
    assertThat(redis.expire(k("a"), 100, ExpireArgs.Builder.xx())).as("XX without expiry").isFalse();
    assertThat(redis.expire(k("a"), 100, ExpireArgs.Builder.gt())).as("GT: no expiry counts as never").isFalse();
    assertThat(redis.ttl(k("a"))).isEqualTo(-1);
    assertThat(redis.expire(k("a"), 100, ExpireArgs.Builder.nx())).isTrue();
    assertThat(redis.expire(k("a"), 200, ExpireArgs.Builder.nx())).as("NX with expiry").isFalse();
    assertThat(redis.expire(k("a"), 50, ExpireArgs.Builder.gt())).isFalse();
    assertThat(redis.expire(k("a"), 200, ExpireArgs.Builder.gt())).isTrue();
    assertThat(redis.ttl(k("a"))).isBetween(101L, 200L);
    assertThat(redis.expire(k("a"), 300, ExpireArgs.Builder.lt())).isFalse();
    assertThat(redis.expire(k("a"), 150, ExpireArgs.Builder.lt())).isTrue();
    assertThat(redis.ttl(k("a"))).isBetween(1L, 150L);
    assertThat(redis.expire(k("a"), 120, ExpireArgs.none())).isTrue();
    assertThat(redis.expire(k("missing"), 10, ExpireArgs.Builder.lt())).isFalse();
    // LT applies to a key without expiry: any expiry is earlier than never.
    redis.set(k("b"), "1");
    assertThat(redis.expire(k("b"), 100, ExpireArgs.Builder.lt())).isTrue();
  }

  @Test
  void conditionsOfDurationsAndMilliseconds() {
    redis.set(k("a"), "1");
    assertThat(redis.expire(k("a"), Duration.ofSeconds(100), ExpireArgs.Builder.xx())).isFalse();
    assertThat(redis.expire(k("a"), Duration.ofMillis(100_500), ExpireArgs.Builder.nx())).isTrue();
    assertThat(redis.pttl(k("a"))).isBetween(100_001L, 100_500L);
    assertThat(redis.pexpire(k("a"), 200_000, ExpireArgs.Builder.lt())).isFalse();
    assertThat(redis.pexpire(k("a"), 200_000, ExpireArgs.Builder.gt())).isTrue();
    assertThat(redis.expire(k("a"), Duration.ofSeconds(50), ExpireArgs.Builder.lt())).isTrue();
    assertThat(redis.ttl(k("a"))).isBetween(1L, 50L);
    assertThat(redis.pexpire(k("a"), 60_000)).isTrue();
    assertThat(redis.pttl(k("a"))).isBetween(50_001L, 60_000L);
  }

  @Test
  void absoluteExpiriesReadBackExactly() {
    long inAnHour = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
    redis.set(k("a"), "1");
    assertThat(redis.expiretime(k("a"))).isEqualTo(-1);
    assertThat(redis.pexpiretime(k("a"))).isEqualTo(-1);
    assertThat(redis.expiretime(k("missing"))).isEqualTo(-2);
    assertThat(redis.pexpiretime(k("missing"))).isEqualTo(-2);

    assertThat(redis.expireat(k("a"), inAnHour)).isTrue();
    assertThat(redis.expiretime(k("a"))).isEqualTo(inAnHour);
    assertThat(redis.pexpiretime(k("a"))).isEqualTo(inAnHour * 1000);
    assertThat(redis.expireat(k("a"), inAnHour + 10, ExpireArgs.Builder.lt())).isFalse();
    assertThat(redis.expireat(k("a"), inAnHour + 10, ExpireArgs.Builder.gt())).isTrue();
    assertThat(redis.expiretime(k("a"))).isEqualTo(inAnHour + 10);

    long millis = inAnHour * 1000 + 123;
    assertThat(redis.pexpireat(k("a"), millis, ExpireArgs.Builder.nx())).isFalse();
    assertThat(redis.pexpireat(k("a"), millis, ExpireArgs.Builder.xx())).isTrue();
    assertThat(redis.pexpiretime(k("a"))).isEqualTo(millis);
    assertThat(redis.pexpireat(k("a"), millis + 1)).isTrue();
    assertThat(redis.pexpiretime(k("a"))).isEqualTo(millis + 1);

    Instant at = Instant.ofEpochMilli(millis - 5_000);
    assertThat(redis.expireat(k("a"), at, ExpireArgs.Builder.gt())).isFalse();
    assertThat(redis.expireat(k("a"), at, ExpireArgs.Builder.lt())).isTrue();
    assertThat(redis.pexpiretime(k("a"))).isEqualTo(at.toEpochMilli());
    assertThat(redis.persist(k("a"))).isTrue();
    assertThat(redis.expiretime(k("a"))).isEqualTo(-1);
  }

  @Test
  void aPastExpiryDeletesTheKey() {
    redis.set(k("a"), "1");
    assertThat(redis.expireat(k("a"), Instant.now().minusSeconds(60).getEpochSecond())).isTrue();
    assertThat(redis.exists(k("a"))).isZero();
  }

  @Test
  void conditionsWorkInPipelinesAndAsync() throws Exception {
    redis.set(k("a"), "1");
    Pipeline p = redis.pipeline();
    Response<Boolean> xx = p.expire(k("a"), 100, ExpireArgs.Builder.xx());
    Response<Boolean> nx = p.expire(k("a"), 100, ExpireArgs.Builder.nx());
    Response<Long> time = p.expiretime(k("a"));
    p.exec();
    assertThat(xx.get()).isFalse();
    assertThat(nx.get()).isTrue();
    assertThat(time.get()).isGreaterThan(Instant.now().getEpochSecond());
    assertThat(redis.async().pexpire(k("a"), 1_000_000, ExpireArgs.Builder.gt()).get()).isTrue();
  }
}
