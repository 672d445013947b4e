package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.restredis.local.RequiresRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
    assertThat(redis.keys(k("nothing:*"))).isEmpty();
  }

  @Test
  void randomkeyOfAnEmptyDatabaseIsNull() {
    assumeFalse(againstUpstash(), "needs an empty database");
    assertThat(redis.dbsize()).isZero();
    assertThat(redis.randomkey()).isNull();
    redis.set(k("only"), "1");
    assertThat(redis.randomkey()).isEqualTo(k("only"));
  }

  @Test
  void copyWithAndWithoutReplace() {
    redis.set(k("a"), "1", SetArgs.Builder.ex(Duration.ofSeconds(100)));
    assertThat(redis.copy(k("a"), k("b"))).isTrue();
    assertThat(redis.get(k("b"))).isEqualTo("1");
    assertThat(redis.ttl(k("b"))).as("COPY keeps the expiry").isBetween(1L, 100L);
    redis.set(k("a"), "2");
    assertThat(redis.copy(k("a"), k("b"))).as("destination exists").isFalse();
    assertThat(redis.get(k("b"))).isEqualTo("1");
    assertThat(redis.copy(k("a"), k("b"), false)).isFalse();
    assertThat(redis.copy(k("a"), k("b"), true)).isTrue();
    assertThat(redis.get(k("b"))).isEqualTo("2");
    assertThat(redis.copy(k("missing"), k("c"), true)).isFalse();
    redis.rpush(k("l"), "x", "y");
    assertThat(redis.copy(k("l"), k("l2"))).isTrue();
    assertThat(redis.lrange(k("l2"), 0, -1)).containsExactly("x", "y");
  }

  @Test
  void objectIntrospection() {
    redis.set(k("int"), "12345");
    redis.set(k("short"), "abc");
    redis.set(k("long"), "x".repeat(100));
    assertThat(redis.objectEncoding(k("int"))).isEqualTo("int");
    assertThat(redis.objectEncoding(k("short"))).isEqualTo("embstr");
    assertThat(redis.objectEncoding(k("long"))).isEqualTo("raw");
    redis.sadd(k("set"), "1", "2");
    assertThat(redis.objectEncoding(k("set"))).isEqualTo("intset");
    assertThat(redis.objectEncoding(k("missing"))).isNull();
    assertThat(redis.objectRefcount(k("short"))).isEqualTo(1);
    assertThat(redis.objectRefcount(k("missing"))).isNull();
    assertThat(redis.objectIdletime(k("short"))).isNotNull().isNotNegative();
    assertThat(redis.objectIdletime(k("missing"))).isNull();
    assertThat(redis.memoryUsage(k("long"))).isNotNull().isGreaterThan(100L);
    assertThat(redis.memoryUsage(k("missing"))).isNull();
  }

  @Test
  void objectFreqNeedsAnLfuPolicy() {
    assumeFalse(againstUpstash(), "the local Redis runs without an LFU eviction policy");
    redis.set(k("a"), "1");
    // Redis answers nil for a missing key before it checks the policy.
    assertThat(redis.objectFreq(k("missing"))).isNull();
    assertThatThrownBy(() -> redis.objectFreq(k("a")))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> {
          assertThat(e.command()).isEqualTo("OBJECT FREQ");
          assertThat(e.redisMessage()).contains("LFU");
        });
  }

  @Test
  void sortNumbersStringsAndPages() {
    redis.rpush(k("n"), "3", "10", "1", "2");
    assertThat(redis.sort(k("n"))).containsExactly("1", "2", "3", "10");
    assertThat(redis.sort(k("n"), SortArgs.Builder.desc())).containsExactly("10", "3", "2", "1");
    assertThat(redis.sort(k("n"), SortArgs.Builder.alpha())).containsExactly("1", "10", "2", "3");
    assertThat(redis.sort(k("n"), SortArgs.Builder.limit(1, 2))).containsExactly("2", "3");
    assertThat(redis.sort(k("n"), SortArgs.Builder.desc().limit(0, 1).asc())).containsExactly("1");
    redis.sadd(k("words"), "pear", "apple", "fig");
    assertThat(redis.sort(k("words"), SortArgs.Builder.alpha().desc())).containsExactly("pear", "fig", "apple");
    assertThatThrownBy(() -> redis.sort(k("words")))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> assertThat(e.redisMessage()).contains("double"));
    assertThat(redis.sort(k("missing"))).isEmpty();
  }

  @Test
  void sortByAndGetOtherKeys() {
    redis.rpush(k("ids"), "1", "2", "3");
    redis.mset(Map.of(k("w_1"), "30", k("w_2"), "10", k("w_3"), "20"));
    redis.hset(k("user:1"), "name", "ann");
    redis.hset(k("user:2"), "name", "bob");
    assertThat(redis.sort(k("ids"), SortArgs.Builder.by(k("w_*")))).containsExactly("2", "3", "1");
    assertThat(redis.sort(k("ids"), SortArgs.Builder.by(k("w_*")).get("#", k("user:*->name"))))
        .containsExactly("2", "bob", "3", null, "1", "ann");
    assertThat(redis.sort(k("ids"), SortArgs.Builder.by("nosort").get(k("w_*"))))
        .containsExactly("30", "10", "20");
    assertThat(redis.sortStore(k("ids"), k("sorted"), SortArgs.Builder.by(k("w_*")).desc())).isEqualTo(3);
    assertThat(redis.lrange(k("sorted"), 0, -1)).containsExactly("1", "3", "2");
    assertThat(redis.sortStore(k("missing"), k("sorted"), SortArgs.none())).isZero();
    assertThat(redis.exists(k("sorted"))).as("an empty result deletes the destination").isZero();
  }

  @Test
  @RequiresRedis("7.0")
  void sortReadOnly() {
    redis.rpush(k("n"), "3", "1", "2");
    redis.mset(Map.of(k("v_1"), "one", k("v_2"), "two", k("v_3"), "three"));
    assertThat(redis.sortRo(k("n"), SortArgs.none())).containsExactly("1", "2", "3");
    assertThat(redis.sortRo(k("n"), SortArgs.Builder.get(k("v_*")).desc().limit(0, 2)))
        .containsExactly("three", "two");
  }

  @Test
  void dumpAndRestoreRoundTripExactBytes() {
    byte[] value = new byte[512];
    new java.util.Random(7).nextBytes(value);
    redis.set(k("bin"), value);
    byte[] payload = redis.dump(k("bin"));
    assertThat(payload).isNotNull();
    assertThat(redis.dump(k("missing"))).isNull();
    redis.restore(k("copy"), Duration.ZERO, payload);
    assertThat(redis.getBytes(k("copy"))).isEqualTo(value);
    assertThat(redis.ttl(k("copy"))).isEqualTo(-1);
    assertThatThrownBy(() -> redis.restore(k("copy"), Duration.ZERO, payload))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> assertThat(e.redisMessage()).startsWith("BUSYKEY"));

    redis.rpush(k("l"), "a", "b", "c");
    byte[] list = redis.dump(k("l"));
    redis.restore(k("l2"), Duration.ofSeconds(100), list);
    assertThat(redis.lrange(k("l2"), 0, -1)).containsExactly("a", "b", "c");
    assertThat(redis.ttl(k("l2"))).isBetween(1L, 100L);

    byte[] corrupt = list.clone();
    corrupt[corrupt.length - 1] ^= 0x01;
    assertThatThrownBy(() -> redis.restore(k("l3"), Duration.ZERO, corrupt))
        .isInstanceOf(RedisErrorException.class);
    assertThat(redis.exists(k("l3"))).isZero();
    assertThatThrownBy(() -> redis.restore(k("l3"), Duration.ofMillis(-1), list))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void restoreOfBinaryPayloadIsRefusedInAPipelineBeforeSending() {
    redis.rpush(k("l"), "a");
    byte[] payload = redis.dump(k("l"));
    Pipeline p = redis.pipeline();
    assertThatThrownBy(() -> p.restore(k("l2"), Duration.ZERO, payload))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RESTORE");
    assertThat(p.size()).isZero();
  }
}
