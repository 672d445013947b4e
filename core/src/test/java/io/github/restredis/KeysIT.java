package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeysIT extends RedisIT {
  @Test
  void deleteAndExists() {
    redis.set(k("a"), "1");
    redis.set(k("b"), "2");
    redis.set(k("c"), "3");
    assertThat(redis.exists(k("a"), k("a"), k("missing"))).isEqualTo(2);
    assertThat(redis.touch(k("a"), k("missing"))).isEqualTo(1);
    assertThat(redis.del(k("a"), k("missing"))).isEqualTo(1);
    assertThat(redis.unlink(k("b"), k("c"))).isEqualTo(2);
    assertThat(redis.exists(k("a"), k("b"), k("c"))).isZero();
  }

  @Test
  void expiry() {
    redis.set(k("a"), "1");
    assertThat(redis.ttl(k("a"))).isEqualTo(-1);
    assertThat(redis.ttl(k("missing"))).isEqualTo(-2);
    assertThat(redis.expire(k("a"), 100)).isTrue();
    assertThat(redis.ttl(k("a"))).isBetween(1L, 100L);
    assertThat(redis.pexpire(k("a"), 50_000)).isTrue();
    assertThat(redis.pttl(k("a"))).isBetween(1L, 50_000L);
    assertThat(redis.expire(k("a"), Duration.ofMillis(40_500))).isTrue();
    assertThat(redis.pttl(k("a"))).isBetween(1L, 40_500L);
    assertThat(redis.expire(k("a"), Duration.ofSeconds(30))).isTrue();
    assertThat(redis.ttl(k("a"))).isBetween(1L, 30L);
    assertThat(redis.expireat(k("a"), Instant.now().plusSeconds(20))).isTrue();
    assertThat(redis.ttl(k("a"))).isBetween(1L, 20L);
    assertThat(redis.persist(k("a"))).isTrue();
    assertThat(redis.persist(k("a"))).isFalse();
    assertThat(redis.ttl(k("a"))).isEqualTo(-1);
    assertThat(redis.expire(k("missing"), 10)).isFalse();
  }

  @Test
  void typesAndRenames() {
    redis.set(k("s"), "v");
    redis.rpush(k("l"), "x");
    redis.sadd(k("set"), "x");
    redis.zadd(k("z"), 1, "x");
    redis.hset(k("h"), "f", "v");
    assertThat(redis.type(k("s"))).isEqualTo("string");
    assertThat(redis.type(k("l"))).isEqualTo("list");
    assertThat(redis.type(k("set"))).isEqualTo("set");
    assertThat(redis.type(k("z"))).isEqualTo("zset");
    assertThat(redis.type(k("h"))).isEqualTo("hash");
    assertThat(redis.type(k("missing"))).isEqualTo("none");
    redis.rename(k("s"), k("s2"));
    assertThat(redis.get(k("s2"))).isEqualTo("v");
    assertThat(redis.renamenx(k("s2"), k("l"))).isFalse();
    assertThat(redis.renamenx(k("s2"), k("s3"))).isTrue();
    assertThatThrownBy(() -> redis.rename(k("missing"), k("x")))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> assertThat(e.command()).isEqualTo("RENAME"));
  }

  @Test
  void keysAndRandomkey() {
    redis.set(k("user:1"), "a");
    redis.set(k("user:2"), "b");
    redis.set(k("other"), "c");
    assertThat(redis.keys(k("user:*"))).containsExactlyInAnyOrder(k("user:1"), k("user:2"));
    assertThat(redis.randomkey()).isNotNull();
  }
}
