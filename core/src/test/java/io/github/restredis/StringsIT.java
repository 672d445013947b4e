package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.restredis.local.RequiresRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringsIT extends RedisIT {
  @Test
  void getSetAndMissing() {
    assertThat(redis.get(k("missing"))).isNull();
    assertThat(redis.set(k("a"), "héllo wörld ✓")).isTrue();
    assertThat(redis.get(k("a"))).isEqualTo("héllo wörld ✓");
    assertThat(redis.strlen(k("a"))).isEqualTo("héllo wörld ✓".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  @Test
  void setOptions() {
    assertThat(redis.set(k("a"), "1", SetArgs.Builder.nx())).isTrue();
    assertThat(redis.set(k("a"), "2", SetArgs.Builder.nx())).isFalse();
    assertThat(redis.set(k("b"), "1", SetArgs.Builder.xx())).isFalse();
    assertThat(redis.set(k("a"), "3", SetArgs.Builder.ex(Duration.ofSeconds(100)).xx())).isTrue();
    assertThat(redis.ttl(k("a"))).isBetween(1L, 100L);
    assertThat(redis.set(k("a"), "4", SetArgs.Builder.keepTtl())).isTrue();
    assertThat(redis.ttl(k("a"))).isBetween(1L, 100L);
    assertThat(redis.set(k("a"), "5", SetArgs.Builder.ex(Duration.ofMillis(90_500)))).isTrue();
    assertThat(redis.pttl(k("a"))).isBetween(1L, 90_500L);
    assertThat(redis.set(k("c"), "x", SetArgs.Builder.exAt(java.time.Instant.now().plusSeconds(60)))).isTrue();
    assertThat(redis.ttl(k("c"))).isBetween(1L, 60L);
    assertThat(redis.setGet(k("a"), "6", SetArgs.none())).isEqualTo("5");
    assertThat(redis.setGet(k("new"), "1", SetArgs.none())).isNull();
    assertThat(redis.get(k("a"))).isEqualTo("6");
  }

  @Test
  void multiKey() {
    redis.mset(Map.of(k("a"), "1", k("b"), "2"));
    assertThat(redis.mget(k("a"), k("missing"), k("b"))).isEqualTo(Arrays.asList("1", null, "2"));
    assertThat(redis.msetnx(Map.of(k("a"), "x", k("c"), "3"))).isFalse();
    assertThat(redis.get(k("c"))).isNull();
    assertThat(redis.msetnx(Map.of(k("c"), "3", k("d"), "4"))).isTrue();
    assertThat(redis.setnx(k("c"), "z")).isFalse();
    assertThat(redis.setnx(k("e"), "z")).isTrue();
  }

  @Test
  void counters() {
    assertThat(redis.incr(k("n"))).isEqualTo(1);
    assertThat(redis.incrby(k("n"), 9_223_372_036_854_775_000L)).isEqualTo(9_223_372_036_854_775_001L);
    assertThat(redis.decrby(k("n"), 1_000L)).isEqualTo(9_223_372_036_854_774_001L);
    assertThat(redis.decr(k("m"))).isEqualTo(-1);
    assertThat(redis.incrbyfloat(k("f"), 1.25)).isCloseTo(1.25, within(1e-9));
    assertThat(redis.incrbyfloat(k("f"), -0.5)).isCloseTo(0.75, within(1e-9));
    redis.set(k("s"), "abc");
    assertThatThrownBy(() -> redis.incr(k("s")))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> {
          assertThat(e.command()).isEqualTo("INCR");
          assertThat(e.redisMessage()).contains("not an integer");
        });
  }

  @Test
  void stringEditing() {
    assertThat(redis.append(k("s"), "Hello")).isEqualTo(5);
    assertThat(redis.append(k("s"), " World")).isEqualTo(11);
    assertThat(redis.getrange(k("s"), 0, 4)).isEqualTo("Hello");
    assertThat(redis.getrange(k("s"), -5, -1)).isEqualTo("World");
    assertThat(redis.setrange(k("s"), 6, "Redis")).isEqualTo(11);
    assertThat(redis.get(k("s"))).isEqualTo("Hello Redis");
    assertThat(redis.getset(k("s"), "new")).isEqualTo("Hello Redis");
    assertThat(redis.getdel(k("s"))).isEqualTo("new");
    assertThat(redis.exists(k("s"))).isZero();
  }

  @Test
  void valuesThatLookLikeOtherTypesStayStrings() {
    redis.set(k("num"), "12345678901234567890123");
    redis.set(k("json"), "{\"a\":1}");
    redis.set(k("ok"), "OK");
    assertThat(redis.get(k("num"))).isEqualTo("12345678901234567890123");
    assertThat(redis.get(k("json"))).isEqualTo("{\"a\":1}");
    assertThat(redis.get(k("ok"))).isEqualTo("OK");
  }

  @Test
  void rangesAtTheEdges() {
    assertThat(redis.getrange(k("missing"), 0, -1)).isEmpty();
    assertThat(redis.setrange(k("pad"), 3, "x")).as("zero bytes pad a new value").isEqualTo(4);
    assertThat(redis.getBytes(k("pad"))).isEqualTo(new byte[] {0, 0, 0, 'x'});
    redis.set(k("s"), "Hello");
    assertThat(redis.getrange(k("s"), 10, 20)).isEmpty();
    assertThat(redis.getrange(k("s"), 3, 100)).isEqualTo("lo");
    assertThat(redis.setrange(k("s"), 0, "")).as("an empty write changes nothing").isEqualTo(5);
    assertThat(redis.setrange(k("s"), 7, "!")).isEqualTo(8);
    assertThat(redis.getBytes(k("s"))).isEqualTo(new byte[] {'H', 'e', 'l', 'l', 'o', 0, 0, '!'});
  }

  @Test
  void getexSetsOrRemovesTheExpiry() {
    redis.set(k("a"), "v");
    assertThat(redis.getex(k("a"), GetExArgs.none())).isEqualTo("v");
    assertThat(redis.ttl(k("a"))).isEqualTo(-1);
    assertThat(redis.getex(k("a"), GetExArgs.Builder.ex(Duration.ofSeconds(100)))).isEqualTo("v");
    assertThat(redis.ttl(k("a"))).isBetween(1L, 100L);
    assertThat(redis.getex(k("a"), GetExArgs.Builder.persist())).isEqualTo("v");
    assertThat(redis.ttl(k("a"))).isEqualTo(-1);
    assertThat(redis.getex(k("a"), GetExArgs.Builder.ex(Duration.ofMillis(80_500)))).isEqualTo("v");
    assertThat(redis.pttl(k("a"))).isBetween(1L, 80_500L);
    assertThat(redis.getex(k("missing"), GetExArgs.Builder.ex(Duration.ofSeconds(1)))).isNull();
    assertThat(redis.exists(k("missing"))).isZero();
  }

  @Test
  @RequiresRedis("7.0") // EXPIRETIME reads the instants back exactly
  void getexAtAnInstant() {
    redis.set(k("a"), "v");
    Instant whole = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 3600);
    assertThat(redis.getex(k("a"), GetExArgs.Builder.exAt(whole))).isEqualTo("v");
    assertThat(redis.expiretime(k("a"))).isEqualTo(whole.getEpochSecond());
    Instant fine = whole.plusMillis(250);
    assertThat(redis.getex(k("a"), GetExArgs.Builder.persist().exAt(fine))).isEqualTo("v");
    assertThat(redis.pexpiretime(k("a"))).isEqualTo(fine.toEpochMilli());
  }

  @Test
  void setexAndPsetex() {
    redis.setex(k("a"), 100, "v");
    assertThat(redis.get(k("a"))).isEqualTo("v");
    assertThat(redis.ttl(k("a"))).isBetween(1L, 100L);
    redis.psetex(k("b"), 90_500, "w");
    assertThat(redis.get(k("b"))).isEqualTo("w");
    assertThat(redis.pttl(k("b"))).isBetween(1L, 90_500L);
    redis.setex(k("b"), 50, "x");
    assertThat(redis.get(k("b"))).isEqualTo("x");
    assertThat(redis.ttl(k("b"))).isBetween(1L, 50L);
    assertThatThrownBy(() -> redis.setex(k("c"), 0, "v")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.psetex(k("c"), -5, "v")).isInstanceOf(IllegalArgumentException.class);
    assertThat(redis.exists(k("c"))).isZero();
  }

  @Test
  @RequiresRedis("7.0")
  void longestCommonSubsequence() {
    redis.set(k("a"), "ohmytext");
    redis.set(k("b"), "mynewtext");
    assertThat(redis.lcs(k("a"), k("b"))).isEqualTo("mytext");
    assertThat(redis.lcsLen(k("a"), k("b"))).isEqualTo(6);
    assertThat(redis.lcsIdx(k("a"), k("b"), 0)).isEqualTo(new LcsResult(
        List.of(new LcsMatch(4, 7, 5, 8, 4), new LcsMatch(2, 3, 0, 1, 2)), 6));
    assertThat(redis.lcsIdx(k("a"), k("b"), 4)).isEqualTo(new LcsResult(List.of(new LcsMatch(4, 7, 5, 8, 4)), 6));
    assertThat(redis.lcs(k("a"), k("missing"))).isEmpty();
    assertThat(redis.lcsIdx(k("a"), k("missing"), 0)).isEqualTo(new LcsResult(List.of(), 0));
    assertThatThrownBy(() -> redis.lcsIdx(k("a"), k("b"), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
