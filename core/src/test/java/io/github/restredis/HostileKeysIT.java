package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keys and values that break naive clients ({@code /}, {@code ?}, {@code %}, CR/LF, NUL, emoji,
 * empty, 1 MiB, bytes that are not UTF-8) are stored and read back exactly on every surface, and
 * Redis's own STRLEN agrees on the byte count; what cannot be sent (too large, or not UTF-8 in a
 * batch) is refused with a clear error before any byte leaves, which the server's command counts
 * show.
 */
class HostileKeysIT extends RedisIT {
  private static final int MIB = 1024 * 1024;

  static final List<String> HOSTILE = List.of(
      "a/b/c", "/leading", "trailing/", "//", "?q=1&r=2#frag", "100%", "%2F%00%zz%", "%", "+plus+",
      "sp ace", "line\r\nbreak", "cr\r", "lf\n", "\r\n\r\nHTTP/1.1 200 OK\r\n", "nul\0byte", "\0",
      "emoji 😀 👩‍👩‍👧 🇺🇸", "é ü ß 中文 עברית", "quote\"back\\slash", "tab\t", ".", "..", "", " ",
      "\u2028\u2029", "{\"json\":[1]}", "\uFEFFbom", "OK", "bnVsbA==", "null", "-1");

  enum Surface { SYNC, RAW_COMMAND, ASYNC, ASYNC_NOT_PIPELINED, PIPELINE, TRANSACTION }

  /** Writes every pair on {@code surface}, then reads every key back on it. */
  private List<String> roundTrip(Surface surface, List<String> keys, List<String> values)
      throws Exception {
    List<String> out = new ArrayList<>();
    switch (surface) {
      case SYNC -> {
        for (int i = 0; i < keys.size(); i++) {
          assertThat(redis.set(keys.get(i), values.get(i))).isTrue();
        }
        keys.forEach(key -> out.add(redis.get(key)));
      }
      case RAW_COMMAND -> {
        for (int i = 0; i < keys.size(); i++) {
          assertThat(redis.command("SET", keys.get(i), values.get(i)).asString()).isEqualTo("OK");
        }
        keys.forEach(key -> out.add(redis.command(List.of("GET", key)).asString()));
      }
      case ASYNC, ASYNC_NOT_PIPELINED -> {
        try (Redis client = redis.newBuilder().autoPipelining(surface == Surface.ASYNC).build()) {
          List<CompletableFuture<Boolean>> sets = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            sets.add(client.async().set(keys.get(i), values.get(i)));
          }
          for (CompletableFuture<Boolean> set : sets) {
            assertThat(set.get(60, TimeUnit.SECONDS)).isTrue();
          }
          List<CompletableFuture<String>> gets = new ArrayList<>();
          keys.forEach(key -> gets.add(client.async().get(key)));
          for (CompletableFuture<String> get : gets) {
            out.add(get.get(60, TimeUnit.SECONDS));
          }
        }
      }
      case PIPELINE, TRANSACTION -> {
        Batch writes = surface == Surface.PIPELINE ? redis.pipeline() : redis.multi();
        List<Response<Boolean>> sets = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
          sets.add(writes.set(keys.get(i), values.get(i)));
        }
        writes.exec();
        sets.forEach(set -> assertThat(set.get()).isTrue());
        Batch reads = surface == Surface.PIPELINE ? redis.pipeline() : redis.multi();
        List<Response<String>> gets = new ArrayList<>();
        keys.forEach(key -> gets.add(reads.get(key)));
        reads.exec();
        gets.forEach(get -> out.add(get.get()));
      }
      default -> throw new AssertionError(surface);
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void hostileKeysAndValuesRoundTripExactly(Surface surface) throws Exception {
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      keys.add(k(HOSTILE.get(i)));
      values.add(HOSTILE.get((i + 7) % HOSTILE.size()) + HOSTILE.get(i));
    }
    keys.add(k("exact-empty-value"));
    values.add("");
    assertThat(roundTrip(surface, keys, values)).isEqualTo(values);
    for (int i = 0; i < keys.size(); i++) {
      // Redis's own count: nothing was re-encoded on the way (no U+FFFD, no CRLF folding).
      assertThat(redis.strlen(keys.get(i)))
          .isEqualTo(values.get(i).getBytes(StandardCharsets.UTF_8).length);
      assertThat(redis.getBytes(keys.get(i))).isEqualTo(values.get(i).getBytes(StandardCharsets.UTF_8));
    }
    // Every key is the exact key, not a neighbour that decoding collapsed it onto.
    assertThat(redis.keys(k("*"))).containsExactlyInAnyOrderElementsOf(keys);
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void oneMebibyteKeysAndValuesRoundTripExactly(Surface surface) throws Exception {
    String bigValue = mixedText(MIB, 1);
    String bigKey = k(mixedText(MIB, 2));
    List<String> keys = List.of(bigKey, k("small"));
    List<String> values = List.of(bigValue, bigValue.substring(0, 1000));
    assertThat(roundTrip(surface, keys, values)).isEqualTo(values);
    assertThat(redis.strlen(bigKey)).isEqualTo(bigValue.getBytes(StandardCharsets.UTF_8).length);
  }

  @ParameterizedTest
  @EnumSource(value = Surface.class, names = {"PIPELINE", "ASYNC"})
  void batchesLargerThanOneRequestAreSplitAndAllStored(Surface surface) throws Exception {
    // Twelve values of 1 MiB: more than the 10 MiB request limit together, so several requests.
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      keys.add(k("split" + i));
      values.add(mixedText(MIB, 10 + i));
    }
    assertThat(roundTrip(surface, keys, values)).isEqualTo(values);
  }

  @ParameterizedTest
  @EnumSource(Surface.class)
  void requestsOverTheLimitAreRefusedBeforeSending(Surface surface) throws Exception {
    assumeFalse(againstUpstash(), "counts commands on the local server");
    String tooLarge = "x".repeat(10 * MIB + 1); // over the default 10 MiB limit on its own
    server.resetCommandStats();
    Throwable refused = catchFailure(() -> roundTrip(surface, List.of(k("big")), List.of(tooLarge)));
    assertThat(refused).isInstanceOfSatisfying(RequestTooLargeException.class, e -> {
      assertThat(e.limit()).isEqualTo(10L * MIB);
      assertThat(e.size()).isGreaterThan(10L * MIB);
      assertThat(e.getMessage()).contains("SET").contains("not sent").doesNotContain("xxxx");
    });
    assertThat(server.commandStats()).doesNotContainKey("set");
    assertThat(redis.exists(k("big"))).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = Surface.class, names = {"SYNC", "ASYNC", "ASYNC_NOT_PIPELINED"})
  void bytesThatAreNotUtf8UnderHostileKeysGoPathStyleAndRoundTrip(Surface surface)
      throws Exception {
    byte[] value = {(byte) 0xff, 0, (byte) 0xc3, 0x28, '\r', '\n', '/', '?', '%', (byte) 0x80};
    List<String> keys = new ArrayList<>();
    for (String h : HOSTILE) {
      if (!h.equals(".") && !h.equals("..") && !h.isEmpty()) {
        keys.add(k(h));
      }
    }
    try (Redis client = redis.newBuilder().autoPipelining(surface == Surface.ASYNC).build()) {
      for (String key : keys) {
        boolean stored = surface == Surface.SYNC
            ? client.set(key, value) : client.async().set(key, value).get(30, TimeUnit.SECONDS);
        assertThat(stored).isTrue();
      }
    }
    for (String key : keys) {
      assertThat(redis.getBytes(key)).as(key).isEqualTo(value);
    }
    assertThat(redis.keys(k("*"))).containsExactlyInAnyOrderElementsOf(keys);
  }

  @ParameterizedTest
  @EnumSource(value = Surface.class, names = {"PIPELINE", "TRANSACTION"})
  void bytesThatAreNotUtf8AreRefusedInBatchesBeforeSending(Surface surface) {
    assumeFalse(againstUpstash(), "counts commands on the local server");
    server.resetCommandStats();
    Batch batch = surface == Surface.PIPELINE ? redis.pipeline() : redis.multi();
    Response<Boolean> ok = batch.set(k("fine"), "text");
    assertThatThrownBy(() -> batch.set(k("bin"), new byte[] {(byte) 0xff}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid UTF-8")
        .hasMessageContaining("on its own");
    batch.exec(); // the refused command was never queued; the rest still goes
    assertThat(ok.get()).isTrue();
    assertThat(server.commandStats()).containsEntry("set", 1L);
    assertThat(redis.exists(k("bin"))).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = Surface.class, names = {"SYNC", "ASYNC", "ASYNC_NOT_PIPELINED"})
  void pathSegmentsAUrlWouldRewriteAreRefusedBeforeSending(Surface surface) {
    assumeFalse(againstUpstash(), "counts commands on the local server");
    server.resetCommandStats();
    byte[] value = {(byte) 0xff};
    try (Redis client = redis.newBuilder().autoPipelining(surface == Surface.ASYNC).build()) {
      // "." and ".." are normalized away by URLs; an empty last segment is dropped by the server.
      for (String key : List.of(".", "..", "")) {
        Throwable refused = catchFailure(() -> surface == Surface.SYNC
            ? client.set(key, value) : client.async().set(key, value).get(30, TimeUnit.SECONDS));
        assertThat(refused).as("key \"%s\"", key).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("path-style");
      }
    }
    assertThat(server.commandStats()).doesNotContainKey("set");
  }

  /** Text of about {@code bytes} UTF-8 bytes mixing ASCII, CR/LF, NUL, accents and emoji. */
  private static String mixedText(int bytes, long seed) {
    String[] parts = {"abc", "/", "?", "%", "\r\n", "\0", "é", "中", "😀", " ", "\"", "\\"};
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    int size = 0;
    while (size < bytes) {
      String p = parts[random.nextInt(parts.length)];
      out.append(p);
      size += p.getBytes(StandardCharsets.UTF_8).length;
    }
    return out.toString();
  }

  interface Call {
    Object run() throws Exception;
  }

  private static Throwable catchFailure(Call call) {
    try {
      call.run();
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected a failure");
  }
}
