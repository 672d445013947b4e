package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Byte-exact round trips: writes of non-UTF-8 bytes go path-style, reads come back base64. */
class BinaryIT extends RedisIT {
  private static byte[] allBytes() {
    byte[] bytes = new byte[256 * 4];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  @Test
  void everyByteValueRoundTripsThroughSet() {
    byte[] value = allBytes();
    assertThat(redis.set(k("bin"), value)).isTrue();
    assertThat(redis.getBytes(k("bin"))).isEqualTo(value);
    assertThat(redis.strlen(k("bin"))).isEqualTo(value.length);
  }

  @Test
  void randomBinaryRoundTripsThroughHashesAndLists() {
    byte[] value = new byte[10_000];
    new Random(42).nextBytes(value);
    assertThat(redis.hset(k("h"), "field with space/and slash", value)).isEqualTo(1);
    assertThat(redis.hgetBytes(k("h"), "field with space/and slash")).isEqualTo(value);
    byte[] second = {(byte) 0xc3, (byte) 0x28, 0, (byte) 0xff};
    redis.rpush(k("l"), value);
    redis.rpush(k("l"), second);
    assertThat(redis.lrangeBytes(k("l"), 0, -1)).containsExactly(value, second);
  }

  @Test
  void keysWithReservedCharactersStayExact() {
    String key = k("we?ird #key/with%25 spaces+plus");
    byte[] value = {(byte) 0x80, (byte) 0x81};
    redis.set(key, value);
    assertThat(redis.getBytes(key)).isEqualTo(value);
    assertThat(redis.exists(key)).isEqualTo(1);
  }

  @Test
  void utf8TextIsExactToo() {
    String text = "emoji 😀, CJK 漢字, combining é, nul \u0000 end";
    redis.set(k("t"), text);
    assertThat(redis.get(k("t"))).isEqualTo(text);
    assertThat(redis.getBytes(k("t"))).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    redis.set(k("u"), text.getBytes(StandardCharsets.UTF_8));
    assertThat(redis.get(k("u"))).isEqualTo(text);
  }

  @Test
  void utf8BytesWithOptions() {
    byte[] value = "grüße".getBytes(StandardCharsets.UTF_8);
    assertThat(redis.set(k("o"), value, SetArgs.Builder.ex(java.time.Duration.ofSeconds(60)).nx())).isTrue();
    assertThat(redis.set(k("o"), value, SetArgs.Builder.nx())).isFalse();
    assertThat(redis.getBytes(k("o"))).isEqualTo(value);
    assertThat(redis.ttl(k("o"))).isBetween(1L, 60L);
  }

  @Test
  void emptyValue() {
    redis.set(k("e"), new byte[0]);
    assertThat(redis.getBytes(k("e"))).isEmpty();
  }
}
