package io.github.restredis.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.SetArgs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTableTest {
  @Test
  void readsAndStateSettingWritesAreIdempotent() {
    assertThat(Strings.get("k").idempotent()).isTrue();
    assertThat(Strings.set("k", "v", SetArgs.none()).idempotent()).isTrue();
    assertThat(Keys.del(List.of("k")).idempotent()).isTrue();
    assertThat(Keys.expire("k", 1).idempotent()).isTrue();
    assertThat(Hashes.hset("k", Map.of("f", "v")).idempotent()).isTrue();
    assertThat(SortedSets.zadd("k", Map.of("m", 1.0), io.github.restredis.ZAddArgs.none()).idempotent()).isTrue();
    assertThat(Sets.sadd("k", List.of("m")).idempotent()).isTrue();
  }

  @Test
  void conditionalWritesWhoseReplyIsTheDecisionAreNot() {
    assertThat(Strings.set("k", "v", SetArgs.Builder.nx()).idempotent()).isFalse();
    assertThat(Strings.set("k", "v", SetArgs.Builder.xx()).idempotent()).isFalse();
    assertThat(Strings.setnx("k", "v").idempotent()).isFalse();
    assertThat(Strings.msetnx(Map.of("k", "v")).idempotent()).isFalse();
    assertThat(Hashes.hsetnx("k", "f", "v").idempotent()).isFalse();
    assertThat(HashFieldExpiry.hsetex("k", Map.of("f", "v"), io.github.restredis.HSetExArgs.Builder.fnx())
        .idempotent()).isFalse();
    assertThat(HashFieldExpiry.hsetex("k", Map.of("f", "v"), io.github.restredis.HSetExArgs.Builder.ex(java.time.Duration.ofSeconds(5)))
        .idempotent()).isTrue();
  }

  @Test
  void stepWritesAreNot() {
    assertThat(Strings.incr("k").idempotent()).isFalse();
    assertThat(Strings.incrbyfloat("k", 1).idempotent()).isFalse();
    assertThat(Strings.append("k", "v").idempotent()).isFalse();
    assertThat(Strings.setGet("k", "v", SetArgs.none()).idempotent()).isFalse();
    assertThat(Strings.getdel("k").idempotent()).isFalse();
    assertThat(Lists.rpush("k", List.of("v")).idempotent()).isFalse();
    assertThat(Lists.lpop("k").idempotent()).isFalse();
    assertThat(Lists.lmove("a", "b", io.github.restredis.ListDirection.LEFT, io.github.restredis.ListDirection.LEFT).idempotent()).isFalse();
    assertThat(Keys.rename("a", "b").idempotent()).isFalse();
    assertThat(Hashes.hincrby("k", "f", 1).idempotent()).isFalse();
    assertThat(SortedSets.zincrby("k", 1, "m").idempotent()).isFalse();
    assertThat(Sets.spop("k").idempotent()).isFalse();
  }

  @Test
  void listAndSetCommandsAreClassified() {
    assertThat(Lists.lpos("k", "v", io.github.restredis.LPosArgs.Builder.rank(2)).idempotent()).isTrue();
    assertThat(Lists.lpos("k", "v", 0, io.github.restredis.LPosArgs.none()).idempotent()).isTrue();
    assertThat(Lists.lmpop(io.github.restredis.ListDirection.LEFT, 2L, List.of("k")).idempotent()).isFalse();
    assertThat(Sets.spop("k", 2).idempotent()).isFalse();
    assertThat(Sets.sintercard(0, List.of("a", "b")).idempotent()).isTrue();
  }

  @Test
  void sortedSetCommandsAreClassified() {
    io.github.restredis.ZAggregateArgs none = io.github.restredis.ZAggregateArgs.none();
    io.github.restredis.ZRangeArgs all = io.github.restredis.ZRangeArgs.none();
    assertThat(SortedSets.zadd("k", Map.of("m", 1.0), io.github.restredis.ZAddArgs.Builder.gt().ch()).idempotent())
        .isTrue();
    // ZADD is in the table, but INCR adds again on a second attempt.
    assertThat(SortedSets.zaddIncr("k", 1, "m", io.github.restredis.ZAddArgs.none()).idempotent()).isFalse();
    assertThat(SortedSets.zmscore("k", List.of("m")).idempotent()).isTrue();
    assertThat(SortedSets.rankWithScore("ZREVRANK", "k", "m").idempotent()).isTrue();
    assertThat(SortedSets.zrandmemberWithScores("k", 2).idempotent()).isTrue();
    assertThat(SortedSets.zpop("ZPOPMIN", "k").idempotent()).isFalse();
    assertThat(SortedSets.zmpop(io.github.restredis.MinMax.MAX, 2L, List.of("k")).idempotent()).isFalse();
    assertThat(SortedSetRanges.zrange("k", io.github.restredis.LexRange.all(), all).idempotent()).isTrue();
    assertThat(SortedSetRanges.zrangestore("d", "k", 0, 1, all).idempotent()).isTrue();
    assertThat(SortedSetRanges.zlexcount("k", io.github.restredis.LexRange.all()).idempotent()).isTrue();
    assertThat(SortedSetRanges.zremrangebylex("k", io.github.restredis.LexRange.all()).idempotent()).isTrue();
    assertThat(SortedSetAlgebra.zdiff(List.of("a")).idempotent()).isTrue();
    assertThat(SortedSetAlgebra.combine("ZINTER", none, List.of("a")).idempotent()).isTrue();
    assertThat(SortedSetAlgebra.combineWithScores("ZUNION", none, List.of("a")).idempotent()).isTrue();
    assertThat(SortedSetAlgebra.store("ZUNIONSTORE", "d", none, List.of("a")).idempotent()).isTrue();
    assertThat(SortedSetAlgebra.zintercard(0, List.of("a")).idempotent()).isTrue();
  }

  @Test
  void hashCommandsAreClassified() {
    List<String> f = List.of("f");
    io.github.restredis.ExpireArgs none = io.github.restredis.ExpireArgs.none();
    assertThat(Hashes.hmset("k", Map.of("f", "v")).idempotent()).isTrue();
    assertThat(Hashes.hrandfieldWithValues("k", -2).idempotent()).isTrue();
    // A second HGETDEL finds the fields gone and reports nils.
    assertThat(Hashes.hgetdel("k", f).idempotent()).isFalse();
    // Setting a field's expiry sets a state, as EXPIRE does for a key.
    assertThat(HashFieldExpiry.hexpire("k", java.time.Duration.ofMillis(1500), none, f).idempotent()).isTrue();
    assertThat(HashFieldExpiry.hexpire("k", java.time.Duration.ofSeconds(1), none, f).idempotent()).isTrue();
    assertThat(HashFieldExpiry.hexpireat("k", java.time.Instant.ofEpochMilli(1001), none, f).idempotent()).isTrue();
    assertThat(HashFieldExpiry.hexpireat("k", java.time.Instant.ofEpochSecond(1), none, f).idempotent()).isTrue();
    for (String name : List.of("HTTL", "HPTTL")) {
      assertThat(HashFieldExpiry.ttl(name, "k", f).idempotent()).as(name).isTrue();
    }
    for (String name : List.of("HEXPIRETIME", "HPEXPIRETIME")) {
      assertThat(HashFieldExpiry.expiretime(name, "k", f).idempotent()).as(name).isTrue();
    }
    assertThat(HashFieldExpiry.hpersist("k", f).idempotent()).isTrue();
    assertThat(HashFieldExpiry.hgetex("k", io.github.restredis.GetExArgs.Builder.persist(), f).idempotent()).isTrue();
    assertThat(HashFieldExpiry.hsetex("k", Map.of("f", "v"), io.github.restredis.HSetExArgs.none()).idempotent())
        .isTrue();
  }

  @Test
  void rawCommandsUseTheTableWithTwoWordEntries() {
    assertThat(Raw.command(List.of("get", "k")).idempotent()).isTrue();
    assertThat(Raw.command(List.of("incr", "k")).idempotent()).isFalse();
    assertThat(Raw.command(List.of("script", "load", "return 1")).idempotent()).isTrue();
    assertThat(Raw.command(List.of("SCRIPT", "FLUSH")).idempotent()).isFalse();
    assertThat(Raw.command(List.of("EVAL", "return 1", "0")).idempotent()).isFalse();
    assertThatThrownBy(() -> Raw.command(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void argumentsAreUtf8Bytes() {
    Command<?> command = Strings.set("ключ", "✓", SetArgs.none());
    assertThat(command.argCount()).isEqualTo(3);
    assertThat(command.arg(0)).isEqualTo("SET".getBytes(StandardCharsets.UTF_8));
    assertThat(command.arg(1)).isEqualTo("ключ".getBytes(StandardCharsets.UTF_8));
    assertThat(command.rawIndex()).isEqualTo(-1);
  }

  @Test
  void onlyTheLastArgumentMayBeRawBytes() {
    byte[] raw = {(byte) 0xff};
    assertThat(Strings.set("k", raw, SetArgs.none()).rawIndex()).isEqualTo(2);
    assertThatThrownBy(() -> Strings.set("k", raw, SetArgs.Builder.nx()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Utf8.isValid(new byte[] {(byte) 0xc3, (byte) 0xa9})).isTrue();
    assertThat(Utf8.isValid(new byte[] {(byte) 0xc3})).isFalse();
    assertThat(Utf8.isValid(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).isFalse(); // a surrogate
  }

  @Test
  void doublesInRedisForm() {
    assertThat(Doubles.format(1.0)).isEqualTo("1");
    assertThat(Doubles.format(-2.5)).isEqualTo("-2.5");
    assertThat(Doubles.format(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(Doubles.parse("inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> Doubles.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
