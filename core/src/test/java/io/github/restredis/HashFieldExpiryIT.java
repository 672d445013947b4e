package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.local.RequiresRedis;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hash field expiry against a real Redis. The local Redis may be older than 7.4 (field expiry) or
 * 8.0 (HGETEX, HSETEX); those tests then skip, and {@link HashFieldExpiryWireTest} covers the wire
 * format and the decoding of the replies. Nothing here waits for an expiry to happen: expiry in the
 * past or a zero time to live shows deletion without depending on timing.
 */
class HashFieldExpiryIT extends RedisIT {
  @BeforeEach
  void hash() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("a", "1");
    fields.put("b", "2");
    fields.put("c", "3");
    redis.hset(k("h"), fields);
  }

  @Test
  @RequiresRedis("7.4")
  void expireAndRead() {
    assertThat(redis.hexpire(k("h"), Duration.ofHours(1), "a", "nope"))
        .containsExactly(Map.entry("a", FieldExpiryResult.SET), Map.entry("nope", FieldExpiryResult.NO_SUCH_FIELD));
    assertThat(redis.hexpire(k("h"), Duration.ofMillis(3_600_500), "b"))
        .containsExactly(Map.entry("b", FieldExpiryResult.SET));
    Map<String, FieldTtl> ttl = redis.httl(k("h"), "a", "b", "c", "nope");
    assertThat(ttl.get("a").ttl()).isBetween(Duration.ofSeconds(3590), Duration.ofHours(1));
    assertThat(ttl.get("b").expires()).isTrue();
    assertThat(ttl.get("c")).isEqualTo(FieldTtl.NO_EXPIRY);
    assertThat(ttl.get("nope")).isEqualTo(FieldTtl.NO_SUCH_FIELD);
    assertThat(redis.hpttl(k("h"), "b").get("b").ttl())
        .isBetween(Duration.ofSeconds(3590), Duration.ofMillis(3_600_500));
    assertThat(redis.httl(k("missing"), "a")).containsExactly(Map.entry("a", FieldTtl.NO_SUCH_FIELD));
    assertThat(redis.hget(k("h"), "a")).isEqualTo("1");
  }

  @Test
  @RequiresRedis("7.4")
  void conditions() {
    assertThat(redis.hexpire(k("h"), Duration.ofSeconds(100), ExpireArgs.Builder.xx(), "a"))
        .containsEntry("a", FieldExpiryResult.CONDITION_NOT_MET);
    assertThat(redis.hexpire(k("h"), Duration.ofSeconds(100), ExpireArgs.Builder.nx(), "a"))
        .containsEntry("a", FieldExpiryResult.SET);
    assertThat(redis.hexpire(k("h"), Duration.ofSeconds(200), ExpireArgs.Builder.nx(), "a"))
        .containsEntry("a", FieldExpiryResult.CONDITION_NOT_MET);
    assertThat(redis.hexpire(k("h"), Duration.ofSeconds(50), ExpireArgs.Builder.gt(), "a"))
        .containsEntry("a", FieldExpiryResult.CONDITION_NOT_MET);
    assertThat(redis.hexpire(k("h"), Duration.ofSeconds(500), ExpireArgs.Builder.gt(), "a"))
        .containsEntry("a", FieldExpiryResult.SET);
    assertThat(redis.hexpire(k("h"), Duration.ofSeconds(50), ExpireArgs.Builder.lt(), "a", "b"))
        .containsExactly(Map.entry("a", FieldExpiryResult.SET), Map.entry("b", FieldExpiryResult.SET));
    assertThat(redis.hexpire(k("h"), Duration.ofSeconds(60), ExpireArgs.Builder.xx(), "a", "c"))
        .containsExactly(Map.entry("a", FieldExpiryResult.SET), Map.entry("c", FieldExpiryResult.CONDITION_NOT_MET));
    assertThat(redis.httl(k("h"), "a").get("a").ttl()).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));
  }

  @Test
  @RequiresRedis("7.4")
  void zeroOrPastDeletes() {
    assertThat(redis.hexpire(k("h"), Duration.ZERO, "a")).containsEntry("a", FieldExpiryResult.DELETED);
    assertThat(redis.hexpireat(k("h"), Instant.now().minus(1, ChronoUnit.HOURS), "b"))
        .containsEntry("b", FieldExpiryResult.DELETED);
    assertThat(redis.hexpireat(k("h"), Instant.ofEpochSecond(1), ExpireArgs.Builder.lt(), "c"))
        .containsEntry("c", FieldExpiryResult.DELETED);
    assertThat(redis.exists(k("h"))).isZero();
  }

  @Test
  @RequiresRedis("7.4")
  void expireAtAndExpireTime() {
    Instant seconds = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Instant millis = seconds.plusMillis(250);
    assertThat(redis.hexpireat(k("h"), seconds, "a")).containsEntry("a", FieldExpiryResult.SET);
    assertThat(redis.hexpireat(k("h"), millis, ExpireArgs.Builder.nx(), "b", "a"))
        .containsExactly(Map.entry("b", FieldExpiryResult.SET), Map.entry("a", FieldExpiryResult.CONDITION_NOT_MET));
    assertThat(redis.hexpiretime(k("h"), "a", "b", "c", "nope")).containsExactly(
        Map.entry("a", new FieldExpireTime(true, seconds)),
        Map.entry("b", new FieldExpireTime(true, seconds)),
        Map.entry("c", FieldExpireTime.NO_EXPIRY),
        Map.entry("nope", FieldExpireTime.NO_SUCH_FIELD));
    assertThat(redis.hpexpiretime(k("h"), "b").get("b").expiresAt()).isEqualTo(millis);
  }

  @Test
  @RequiresRedis("7.4")
  void persist() {
    redis.hexpire(k("h"), Duration.ofHours(1), "a");
    assertThat(redis.hpersist(k("h"), "a", "b", "nope")).containsExactly(
        Map.entry("a", FieldPersistResult.PERSISTED),
        Map.entry("b", FieldPersistResult.NO_EXPIRY),
        Map.entry("nope", FieldPersistResult.NO_SUCH_FIELD));
    assertThat(redis.httl(k("h"), "a")).containsEntry("a", FieldTtl.NO_EXPIRY);
  }

  @Test
  @RequiresRedis("8.0") // HGETEX
  void getWithExpiry() {
    assertThat(redis.hgetex(k("h"), GetExArgs.Builder.ex(Duration.ofHours(1)), "a", "nope"))
        .isEqualTo(Arrays.asList("1", null));
    assertThat(redis.httl(k("h"), "a").get("a").expires()).isTrue();
    assertThat(redis.hgetex(k("h"), GetExArgs.Builder.persist(), "a")).containsExactly("1");
    assertThat(redis.httl(k("h"), "a")).containsEntry("a", FieldTtl.NO_EXPIRY);
    Instant at = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
    assertThat(redis.hgetex(k("h"), GetExArgs.Builder.exAt(at), "b")).containsExactly("2");
    assertThat(redis.hpexpiretime(k("h"), "b").get("b").expiresAt()).isEqualTo(at);
    assertThat(redis.hgetex(k("h"), GetExArgs.none(), "c")).containsExactly("3");
    assertThat(redis.hgetex(k("missing"), GetExArgs.none(), "a")).isEqualTo(Arrays.asList((String) null));
    assertThat(redis.hgetex(k("h"), GetExArgs.Builder.exAt(Instant.ofEpochSecond(1)), "c")).containsExactly("3");
    assertThat(redis.hexists(k("h"), "c")).isFalse();
  }

  @Test
  @RequiresRedis("8.0") // HSETEX
  void setWithExpiry() {
    assertThat(redis.hsetex(k("s"), Map.of("x", "1"), HSetExArgs.Builder.ex(Duration.ofHours(1)))).isTrue();
    assertThat(redis.httl(k("s"), "x").get("x").expires()).isTrue();
    assertThat(redis.hsetex(k("s"), Map.of("x", "2"), HSetExArgs.Builder.keepTtl())).isTrue();
    assertThat(redis.httl(k("s"), "x").get("x").expires()).isTrue();
    assertThat(redis.hget(k("s"), "x")).isEqualTo("2");
    // FNX: nothing is set if any field exists.
    assertThat(redis.hsetex(k("s"), Map.of("x", "3", "y", "3"), HSetExArgs.Builder.fnx())).isFalse();
    assertThat(redis.hexists(k("s"), "y")).isFalse();
    assertThat(redis.hsetex(k("s"), Map.of("y", "4"), HSetExArgs.Builder.fnx().ex(Duration.ofMillis(90_500)))).isTrue();
    assertThat(redis.hpttl(k("s"), "y").get("y").ttl()).isBetween(Duration.ofSeconds(80), Duration.ofMillis(90_500));
    // FXX: nothing is set unless every field exists.
    assertThat(redis.hsetex(k("s"), Map.of("x", "5", "z", "5"), HSetExArgs.Builder.fxx())).isFalse();
    assertThat(redis.hsetex(k("s"), Map.of("x", "5", "y", "5"), HSetExArgs.Builder.fxx())).isTrue();
    Instant at = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    assertThat(redis.hsetex(k("s"), Map.of("z", "6"), HSetExArgs.Builder.exAt(at))).isTrue();
    assertThat(redis.hexpiretime(k("s"), "z").get("z").expiresAt()).isEqualTo(at);
  }

  @Test
  void badArgumentsAreRefusedBeforeSending() {
    server.resetCommandStats();
    assertThatThrownBy(() -> redis.hexpire(k("h"), Duration.ofSeconds(-1), "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.hexpire(k("h"), Duration.ofNanos(500), "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("millisecond");
    assertThatThrownBy(() -> redis.hexpire(k("h"), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one field");
    assertThatThrownBy(() -> redis.hexpireat(k("h"), Instant.ofEpochSecond(-5), "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.httl(k("h"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.hpersist(k("h"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.hgetex(k("h"), GetExArgs.none())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.hsetex(k("h"), Map.of(), HSetExArgs.none())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HSetExArgs.Builder.ex(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    // The hash is untouched and nothing reached Redis but this read.
    assertThat(redis.hlen(k("h"))).isEqualTo(3);
    assertThat(server.commandStats()).containsKey("hlen")
        .allSatisfy((command, calls) -> assertThat(command).isIn("hlen", "config|resetstat"));
  }
}
