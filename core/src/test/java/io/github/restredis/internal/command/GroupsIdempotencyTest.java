package io.github.restredis.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.BitFieldArgs;
import io.github.restredis.BitOperation;
import io.github.restredis.BitUnit;
import io.github.restredis.ExpireArgs;
import io.github.restredis.FlushMode;
import io.github.restredis.FunctionListArgs;
import io.github.restredis.GeoAddArgs;
import io.github.restredis.GeoCoordinates;
import io.github.restredis.GeoOrigin;
import io.github.restredis.GeoSearchArgs;
import io.github.restredis.GeoShape;
import io.github.restredis.GeoUnit;
import io.github.restredis.GetExArgs;
import io.github.restredis.SortArgs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Idempotency of the key, expiry, string, bitmap, HyperLogLog, server, function and geo
 * definitions: every command name they use is classified in {@link CommandTable} on purpose.
 */
class GroupsIdempotencyTest {
  @Test
  void keysAndExpiry() {
    assertThat(Keys.expire("EXPIREAT", "k", 1, ExpireArgs.Builder.gt()).idempotent()).isTrue();
    assertThat(Keys.expiretime("k").idempotent()).isTrue();
    assertThat(Keys.pexpiretime("k").idempotent()).isTrue();
    assertThat(Keys.objectEncoding("k").idempotent()).isTrue();
    for (String sub : List.of("FREQ", "IDLETIME", "REFCOUNT")) {
      assertThat(Keys.object(sub, "k").idempotent()).as(sub).isTrue();
    }
    assertThat(Keys.memoryUsage("k").idempotent()).isTrue();
    assertThat(Keys.sort("SORT", "k", SortArgs.none()).idempotent()).isTrue();
    assertThat(Keys.sort("SORT_RO", "k", SortArgs.none()).idempotent()).isTrue();
    // Storing the same sorted result twice leaves the same list.
    assertThat(Keys.sortStore("k", "d", SortArgs.none()).idempotent()).isTrue();
    assertThat(Keys.dump("k").idempotent()).isTrue();
    // A second attempt finds the key taken (RESTORE) or the destination taken (COPY).
    assertThat(Keys.restore("k", 0, new byte[] {1}).idempotent()).isFalse();
    assertThat(Keys.copy("a", "b", false).idempotent()).isFalse();
    assertThat(Keys.copy("a", "b", true).idempotent()).isTrue();
  }

  @Test
  void stringsAndBitmaps() {
    assertThat(Strings.getex("k", GetExArgs.Builder.ex(Duration.ofSeconds(1))).idempotent()).isTrue();
    assertThat(Strings.setex("SETEX", "k", 1, "v").idempotent()).isTrue();
    assertThat(Strings.setex("PSETEX", "k", 1, "v").idempotent()).isTrue();
    assertThat(Strings.lcs("a", "b").idempotent()).isTrue();
    assertThat(Strings.lcsIdx("a", "b", 0).idempotent()).isTrue();
    assertThat(Bitmaps.bitcount("k").idempotent()).isTrue();
    assertThat(Bitmaps.bitpos("k", true, null, null, null).idempotent()).isTrue();
    assertThat(Bitmaps.getbit("k", 1).idempotent()).isTrue();
    assertThat(Bitmaps.bitfieldRo("k", BitFieldArgs.Builder.get("u8", 0)).idempotent()).isTrue();
    // SETBIT and BITFIELD SET reply the old value; BITFIELD INCRBY steps; BITOP may read its destination.
    assertThat(Bitmaps.setbit("k", 1, true).idempotent()).isFalse();
    assertThat(Raw.command(List.of("SETBIT", "k", "1", "1")).idempotent()).isFalse();
    assertThat(Bitmaps.bitfield("k", BitFieldArgs.Builder.get("u8", 0)).idempotent()).isFalse();
    assertThat(Bitmaps.bitop(BitOperation.XOR, "d", List.of("d", "k")).idempotent()).isFalse();
  }

  @Test
  void hyperLogLogServerAndFunctions() {
    assertThat(HyperLogLogs.pfadd("k", List.of("a")).idempotent()).isTrue();
    assertThat(HyperLogLogs.pfcount(List.of("k")).idempotent()).isTrue();
    assertThat(HyperLogLogs.pfmerge("d", List.of("k")).idempotent()).isTrue();
    assertThat(Server.ping("m").idempotent()).isTrue();
    assertThat(Server.info(null).idempotent()).isTrue();
    assertThat(Server.flush("FLUSHALL", FlushMode.ASYNC).idempotent()).isTrue();
    assertThat(Functions.fcall("FCALL_RO", "f", List.of(), List.of()).idempotent()).isTrue();
    assertThat(Functions.list(FunctionListArgs.none()).idempotent()).isTrue();
    assertThat(Functions.stats().idempotent()).isTrue();
    assertThat(Functions.flush(null).idempotent()).isTrue();
    assertThat(Functions.load("code", true).idempotent()).isTrue();
    // A function may write; loading or deleting twice fails the second time.
    assertThat(Functions.fcall("FCALL", "f", List.of(), List.of()).idempotent()).isFalse();
    assertThat(Functions.load("code", false).idempotent()).isFalse();
    assertThat(Functions.delete("lib").idempotent()).isFalse();
    assertThat(Raw.command(List.of("function", "list")).idempotent()).isTrue();
    assertThat(Raw.command(List.of("function", "delete", "lib")).idempotent()).isFalse();
  }

  @Test
  void geo() {
    Map<String, GeoCoordinates> one = Map.of("m", new GeoCoordinates(1, 2));
    GeoOrigin from = GeoOrigin.member("m");
    GeoShape by = GeoShape.radius(1, GeoUnit.KM);
    // GEOADD sets positions as ZADD sets scores; GEOSEARCHSTORE replaces its destination.
    assertThat(Geo.geoadd("k", one, GeoAddArgs.Builder.ch()).idempotent()).isTrue();
    assertThat(Geo.geodist("k", "a", "b", null).idempotent()).isTrue();
    assertThat(Geo.geohash("k", List.of("a")).idempotent()).isTrue();
    assertThat(Geo.geopos("k", List.of("a")).idempotent()).isTrue();
    assertThat(Geo.geosearch("k", from, by).idempotent()).isTrue();
    assertThat(Geo.geosearch("k", from, by, GeoSearchArgs.Builder.withDist()).idempotent()).isTrue();
    assertThat(Geo.geosearchstore("d", "k", from, by, GeoSearchArgs.none(), true).idempotent()).isTrue();
    assertThat(words(Geo.geosearch("k", GeoOrigin.lonLat(15, 37.5), GeoShape.box(2.5, 3, GeoUnit.MI),
        GeoSearchArgs.Builder.withHash().withDist().withCoord().countAny(4).desc())))
        .containsExactly("GEOSEARCH", "k", "FROMLONLAT", "15", "37.5", "BYBOX", "2.5", "3", "mi", "COUNT", "4",
            "ANY", "DESC", "WITHCOORD", "WITHDIST", "WITHHASH");
    assertThat(words(Geo.geoadd("k", one, GeoAddArgs.Builder.ch().xx())))
        .containsExactly("GEOADD", "k", "XX", "CH", "1", "2", "m");
  }

  @Test
  void definitionsSendTheArgumentsInRedisOrder() {
    assertThat(words(Strings.getex("k", GetExArgs.Builder.exAt(Instant.ofEpochSecond(100)))))
        .containsExactly("GETEX", "k", "EXAT", "100");
    assertThat(words(Strings.getex("k", GetExArgs.Builder.exAt(Instant.ofEpochMilli(100_001)))))
        .containsExactly("GETEX", "k", "PXAT", "100001");
    assertThat(words(Strings.getex("k", GetExArgs.Builder.ex(Duration.ofMillis(1500)))))
        .containsExactly("GETEX", "k", "PX", "1500");
    assertThat(words(Strings.getex("k", GetExArgs.Builder.persist()))).containsExactly("GETEX", "k", "PERSIST");
    assertThat(words(Strings.lcsIdx("a", "b", 3)))
        .containsExactly("LCS", "a", "b", "IDX", "MINMATCHLEN", "3", "WITHMATCHLEN");
    assertThat(words(Bitmaps.bitfield("k", BitFieldArgs.Builder.overflowFail().incrby("i5", "#2", -3).get("u1", 9))))
        .containsExactly("BITFIELD", "k", "OVERFLOW", "FAIL", "INCRBY", "i5", "#2", "-3", "GET", "u1", "9");
    assertThat(words(Bitmaps.bitpos("k", false, 1L, -1L, BitUnit.BIT)))
        .containsExactly("BITPOS", "k", "0", "1", "-1", "BIT");
    assertThat(words(Keys.sortStore("k", "d", SortArgs.Builder.alpha().get("#", "w_*").by("x_*").limit(1, 2).desc())))
        .containsExactly("SORT", "k", "BY", "x_*", "LIMIT", "1", "2", "GET", "#", "GET", "w_*", "DESC", "ALPHA",
            "STORE", "d");
    assertThat(words(Keys.expire("PEXPIRE", "k", 5, ExpireArgs.Builder.nx().lt())))
        .containsExactly("PEXPIRE", "k", "5", "LT");
  }

  static List<String> words(Command<?> command) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < command.argCount(); i++) {
      out.add(new String(command.arg(i), StandardCharsets.UTF_8));
    }
    return out;
  }
}
