package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.local.RequiresRedis;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BitmapsIT extends RedisIT {
  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void singleBits() {
    assertThat(redis.setbit(k("b"), 7, true)).isFalse();
    assertThat(redis.setbit(k("b"), 7, true)).isTrue();
    assertThat(redis.getbit(k("b"), 7)).isTrue();
    assertThat(redis.getbit(k("b"), 6)).isFalse();
    assertThat(redis.getbit(k("b"), 1_000)).as("past the end").isFalse();
    assertThat(redis.getbit(k("missing"), 0)).isFalse();
    assertThat(redis.getBytes(k("b"))).isEqualTo(bytes(1));
    assertThat(redis.setbit(k("b"), 7, false)).isTrue();
    assertThat(redis.setbit(k("b"), 20, true)).isFalse();
    assertThat(redis.getBytes(k("b"))).isEqualTo(bytes(0, 0, 0x08));
  }

  @Test
  void bitcountWholeAndRanges() {
    redis.set(k("s"), "foobar");
    assertThat(redis.bitcount(k("s"))).isEqualTo(26);
    assertThat(redis.bitcount(k("s"), 0, 0)).isEqualTo(4);
    assertThat(redis.bitcount(k("s"), 1, 1)).isEqualTo(6);
    assertThat(redis.bitcount(k("s"), -2, -1)).isEqualTo(7);
    assertThat(redis.bitcount(k("missing"))).isZero();
  }

  @Test
  @RequiresRedis("7.0")
  void bitcountInBits() {
    redis.set(k("s"), "foobar");
    assertThat(redis.bitcount(k("s"), 1, 1, BitUnit.BYTE)).isEqualTo(6);
    assertThat(redis.bitcount(k("s"), 5, 30, BitUnit.BIT)).isEqualTo(17);
  }

  @Test
  void bitopAndOrXorNot() {
    redis.set(k("a"), bytes(0xff, 0x0f));
    redis.set(k("b"), bytes(0x0f));
    assertThat(redis.bitop(BitOperation.AND, k("and"), k("a"), k("b"))).isEqualTo(2);
    assertThat(redis.getBytes(k("and"))).isEqualTo(bytes(0x0f, 0x00));
    assertThat(redis.bitop(BitOperation.OR, k("or"), k("a"), k("b"))).isEqualTo(2);
    assertThat(redis.getBytes(k("or"))).isEqualTo(bytes(0xff, 0x0f));
    assertThat(redis.bitop(BitOperation.XOR, k("xor"), k("a"), k("b"), k("missing"))).isEqualTo(2);
    assertThat(redis.getBytes(k("xor"))).isEqualTo(bytes(0xf0, 0x0f));
    assertThat(redis.bitop(BitOperation.NOT, k("not"), k("a"))).isEqualTo(2);
    assertThat(redis.getBytes(k("not"))).isEqualTo(bytes(0x00, 0xf0));
    assertThat(redis.bitop(BitOperation.AND, k("empty"), k("missing"))).isZero();
    assertThat(redis.exists(k("empty"))).isZero();
  }

  @Test
  void bitopKeyCountsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> redis.bitop(BitOperation.NOT, k("d"), k("a"), k("b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> redis.bitop(BitOperation.DIFF, k("d"), k("a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    assertThatThrownBy(() -> redis.bitop(BitOperation.AND, k("d")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(redis.metrics().requests()).isZero();
  }

  @Test
  @RequiresRedis("8.2")
  void bitopOperationsOfRedis82() {
    redis.set(k("x"), bytes(0b1111_0000));
    redis.set(k("y1"), bytes(0b1100_1100));
    redis.set(k("y2"), bytes(0b0000_0011));
    redis.bitop(BitOperation.DIFF, k("d"), k("x"), k("y1"), k("y2"));
    assertThat(redis.getBytes(k("d"))).isEqualTo(bytes(0b0011_0000));
    redis.bitop(BitOperation.DIFF1, k("d"), k("x"), k("y1"), k("y2"));
    assertThat(redis.getBytes(k("d"))).isEqualTo(bytes(0b0000_1111));
    redis.bitop(BitOperation.ANDOR, k("d"), k("x"), k("y1"), k("y2"));
    assertThat(redis.getBytes(k("d"))).isEqualTo(bytes(0b1100_0000));
    redis.bitop(BitOperation.ONE, k("d"), k("x"), k("y1"), k("y2"));
    assertThat(redis.getBytes(k("d"))).isEqualTo(bytes(0b0011_1111));
  }

  @Test
  void bitposInBytes() {
    redis.set(k("a"), bytes(0xff, 0xf0, 0x00));
    assertThat(redis.bitpos(k("a"), false)).isEqualTo(12);
    redis.set(k("b"), bytes(0x00, 0xff, 0xf0));
    assertThat(redis.bitpos(k("b"), true)).isEqualTo(8);
    assertThat(redis.bitpos(k("b"), true, 0)).isEqualTo(8);
    assertThat(redis.bitpos(k("b"), true, 2)).isEqualTo(16);
    assertThat(redis.bitpos(k("b"), true, 2, -1)).isEqualTo(16);
    assertThat(redis.bitpos(k("b"), true, 0, 0)).isEqualTo(-1);
    redis.set(k("ones"), bytes(0xff));
    assertThat(redis.bitpos(k("ones"), false)).as("first bit past the end").isEqualTo(8);
    assertThat(redis.bitpos(k("ones"), false, 0, 0)).as("an explicit end finds none").isEqualTo(-1);
    assertThat(redis.bitpos(k("missing"), true)).isEqualTo(-1);
    assertThat(redis.bitpos(k("missing"), false)).isZero();
  }

  @Test
  @RequiresRedis("7.0")
  void bitposInBits() {
    redis.set(k("b"), bytes(0x00, 0xff, 0xf0));
    assertThat(redis.bitpos(k("b"), true, 2, -1, BitUnit.BYTE)).isEqualTo(16);
    assertThat(redis.bitpos(k("b"), true, 7, 15, BitUnit.BIT)).isEqualTo(8);
    assertThat(redis.bitpos(k("b"), true, 9, 15, BitUnit.BIT)).isEqualTo(9);
    redis.set(k("z"), bytes(0, 0, 0));
    assertThat(redis.bitpos(k("z"), true, 7, -3, BitUnit.BIT)).isEqualTo(-1);
  }

  @Test
  void bitfieldGetSetIncrbyAndOffsets() {
    assertThat(redis.bitfield(k("f"), BitFieldArgs.Builder.incrby("i5", 100, 1).get("u4", 0)))
        .containsExactly(1L, 0L);
    assertThat(redis.bitfield(k("g"), BitFieldArgs.Builder.set("u8", "#1", 200).set("i8", 0, -1)))
        .containsExactly(0L, 0L);
    assertThat(redis.getBytes(k("g"))).isEqualTo(bytes(0xff, 200));
    assertThat(redis.bitfield(k("g"), BitFieldArgs.Builder.get("u8", 0).get("i8", "#0").get("u8", 8)
        .set("u8", "#1", 7))).containsExactly(255L, -1L, 200L, 200L);
    assertThat(redis.bitfield(k("g"), BitFieldArgs.Builder.get("u16", 0))).containsExactly(0xff07L);
    assertThat(redis.bitfield(k("h"), BitFieldArgs.Builder.set("i64", 0, Long.MIN_VALUE).get("i64", 0)))
        .containsExactly(0L, Long.MIN_VALUE);
    assertThat(redis.bitfield(k("h"), BitFieldArgs.Builder.get("u63", 1))).containsExactly(0L);
  }

  @Test
  void bitfieldOverflowModes() {
    BitFieldArgs step = BitFieldArgs.Builder.incrby("u2", 100, 1).overflowSat().incrby("u2", 102, 1);
    assertThat(redis.bitfield(k("o"), step)).containsExactly(1L, 1L);
    assertThat(redis.bitfield(k("o"), step)).containsExactly(2L, 2L);
    assertThat(redis.bitfield(k("o"), step)).containsExactly(3L, 3L);
    assertThat(redis.bitfield(k("o"), step)).as("WRAP, then SAT").containsExactly(0L, 3L);
    List<Long> fail = redis.bitfield(k("o"), BitFieldArgs.Builder.overflowFail().incrby("u2", 102, 1)
        .overflowWrap().incrby("u2", 102, 1));
    assertThat(fail).isEqualTo(Arrays.asList(null, 0L));
    assertThat(redis.bitfield(k("o"), BitFieldArgs.Builder.overflowFail().set("i4", 0, 100)))
        .as("a SET that overflows under FAIL").isEqualTo(Arrays.asList((Long) null));
  }

  @Test
  void bitfieldReadOnly() {
    redis.bitfield(k("g"), BitFieldArgs.Builder.set("u8", "#1", 200));
    assertThat(redis.bitfieldRo(k("g"), BitFieldArgs.Builder.get("u8", "#1").get("u4", 8)))
        .containsExactly(200L, 12L);
    assertThat(redis.bitfieldRo(k("missing"), BitFieldArgs.Builder.get("i8", 0))).containsExactly(0L);
  }

  @Test
  void badBitfieldsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> redis.bitfieldRo(k("g"), BitFieldArgs.Builder.get("u8", 0).incrby("u8", 0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BITFIELD_RO");
    assertThatThrownBy(() -> redis.bitfield(k("g"), BitFieldArgs.Builder.overflowSat()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    for (String type : List.of("u64", "i65", "i0", "x8", "u", "U8", "i08")) {
      assertThatThrownBy(() -> BitFieldArgs.Builder.get(type, 0)).as(type)
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (String offset : List.of("-1", "#", "#-1", "1#", "", "#1x")) {
      assertThatThrownBy(() -> BitFieldArgs.Builder.get("u8", offset)).as(offset)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> BitFieldArgs.Builder.get("u8", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(redis.metrics().requests()).isZero();
  }

  @Test
  void bitmapsInATransaction() {
    Transaction tx = redis.multi();
    Response<Boolean> old = tx.setbit(k("t"), 3, true);
    Response<Long> count = tx.bitcount(k("t"));
    Response<List<Long>> fields = tx.bitfield(k("t"), BitFieldArgs.Builder.get("u8", 0));
    tx.exec();
    assertThat(old.get()).isFalse();
    assertThat(count.get()).isEqualTo(1);
    assertThat(fields.get()).containsExactly(16L);
  }
}
