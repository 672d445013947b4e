package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WireFormatTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  @Test
  void sendsJsonArrayWithExactHeaders() {
    mock.result("\"" + MockServer.b64("bar") + "\"");
    assertThat(redis.get("foo")).isEqualTo("bar");
    RecordedRequest request = mock.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/");
    assertThat(request.getBody().readUtf8()).isEqualTo("[\"GET\",\"foo\"]");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + MockServer.TOKEN);
    assertThat(request.getHeader("Upstash-Encoding")).isEqualTo("base64");
    assertThat(request.getHeader("Upstash-Telemetry-Sdk")).startsWith("restredis-java@").doesNotContain("${");
    assertThat(request.getHeader("Upstash-Telemetry-Runtime")).isEqualTo("java@" + System.getProperty("java.version"));
    assertThat(request.getHeader("Upstash-Telemetry-Platform")).isNotEmpty();
    assertThat(request.getHeader("Upstash-Telemetry-Retry")).isNull();
    assertThat(request.getHeader("upstash-sync-token")).isNull();
  }

  @Test
  void writesOptionsAsStrings() {
    mock.result("\"OK\"");
    assertThat(redis.set("k", "v \"quoted\" ü", SetArgs.Builder.ex(java.time.Duration.ofSeconds(100)).nx())).isTrue();
    assertThat(mock.take().getBody().readUtf8())
        .isEqualTo("[\"SET\",\"k\",\"v \\\"quoted\\\" ü\",\"EX\",\"100\",\"NX\"]");
  }

  @Test
  void setWithUnmetConditionIsFalse() {
    mock.result("null");
    assertThat(redis.set("k", "v", SetArgs.Builder.nx())).isFalse();
  }

  @Test
  void sendsNewestSyncToken() {
    mock.server.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("{\"result\":\"OK\"}").addHeader("upstash-sync-token", "token-1"));
    mock.server.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("{\"result\":\"OK\"}").addHeader("upstash-sync-token", "token-2"));
    mock.result("\"OK\"");
    redis.set("a", "1");
    redis.set("b", "2");
    redis.set("c", "3");
    assertThat(mock.take().getHeader("upstash-sync-token")).isNull();
    assertThat(mock.take().getHeader("upstash-sync-token")).isEqualTo("token-1");
    assertThat(mock.take().getHeader("upstash-sync-token")).isEqualTo("token-2");
    assertThat(redis.syncToken()).isEqualTo("token-2");
  }

  @Test
  void readYourWritesOffSendsNoToken() throws Exception {
    try (Redis off = mock.builder().readYourWrites(false).base64Responses(false).build()) {
      mock.server.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("{\"result\":\"OK\"}").addHeader("upstash-sync-token", "token-1"));
      mock.result("\"plain\"");
      off.set("a", "1");
      assertThat(off.get("a")).isEqualTo("plain");
      mock.take();
      RecordedRequest second = mock.take();
      assertThat(second.getHeader("upstash-sync-token")).isNull();
      assertThat(second.getHeader("Upstash-Encoding")).isNull();
    }
  }

  @Test
  void decodesExact64BitIntegers() {
    mock.result("9223372036854775807");
    mock.result("-9223372036854775808");
    assertThat(redis.incr("n")).isEqualTo(Long.MAX_VALUE);
    assertThat(redis.decr("n")).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void decodesBase64ToExactBytes() {
    byte[] binary = {(byte) 0xff, 0, (byte) 0x80, 'a', (byte) 0xc3};
    mock.result("\"" + Base64.getEncoder().encodeToString(binary) + "\"");
    assertThat(redis.getBytes("bin")).isEqualTo(binary);
  }

  @Test
  void okStaysOkAndNestedArraysAreDecoded() {
    mock.result("[\"" + MockServer.b64("a") + "\",null,[\"" + MockServer.b64("x") + "\",7]]");
    Reply reply = redis.command("weird", "cmd");
    assertThat(reply.asList()).hasSize(3);
    assertThat(reply.asList().get(0).asString()).isEqualTo("a");
    assertThat(reply.asList().get(1).isNull()).isTrue();
    assertThat(reply.asList().get(2).asList().get(1).asLong()).isEqualTo(7);
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"WEIRD\",\"cmd\"]");
  }

  @Test
  void decodesMapsScoresAndTime() {
    mock.result("[\"" + MockServer.b64("f1") + "\",\"" + MockServer.b64("v1") + "\",\"" + MockServer.b64("f2") + "\",\"" + MockServer.b64("v2") + "\"]");
    assertThat(redis.hgetall("h")).containsExactly(Map.entry("f1", "v1"), Map.entry("f2", "v2"));
    mock.result("[\"" + MockServer.b64("m") + "\",\"" + MockServer.b64("1.5") + "\",\"" + MockServer.b64("n") + "\",\"" + MockServer.b64("inf") + "\"]");
    assertThat(redis.zrangeWithScores("z", 0, -1))
        .containsExactly(new ScoredValue("m", 1.5), new ScoredValue("n", Double.POSITIVE_INFINITY));
    mock.result("[\"" + MockServer.b64("1700000000") + "\",\"" + MockServer.b64("250") + "\"]");
    assertThat(redis.time()).isEqualTo(Instant.ofEpochSecond(1700000000, 250_000));
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"HGETALL\",\"h\"]");
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"ZRANGE\",\"z\",\"0\",\"-1\",\"WITHSCORES\"]");
  }

  @Test
  void binaryValueGoesAsPathStyleRawBody() {
    byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1, '/', (byte) 0x80};
    mock.result("\"OK\"");
    assertThat(redis.set("a key/with?odd%chars", binary)).isTrue();
    RecordedRequest request = mock.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/set/a%20key%2Fwith%3Fodd%25chars");
    assertThat(request.getBody().readByteArray()).isEqualTo(binary);
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + MockServer.TOKEN);
  }

  @Test
  void pathSegmentsKeepOnlyRfc3986SegmentCharacters() {
    // OkHttp alone would leave [ and ] as they are, which strict servers refuse.
    byte[] binary = {(byte) 0xff};
    mock.result("\"OK\"");
    redis.set("{\"j\":[1]}!*'():@&=+$,;~-_.é😀\r\n\0 /?#%", binary);
    assertThat(mock.take().getPath()).isEqualTo("/set/%7B%22j%22:%5B1%5D%7D!*'():@&=+$,;~-_."
        + "%C3%A9%F0%9F%98%80%0D%0A%00%20%2F%3F%23%25");
  }

  @Test
  void utf8BytesGoAsJson() {
    mock.result("1");
    redis.rpush("l", "héllo".getBytes(StandardCharsets.UTF_8));
    RecordedRequest request = mock.take();
    assertThat(request.getPath()).isEqualTo("/");
    assertThat(request.getBody().readUtf8()).isEqualTo("[\"RPUSH\",\"l\",\"héllo\"]");
  }

  @Test
  void nonUtf8BytesElsewhereAreRefusedBeforeSending() {
    byte[] binary = {(byte) 0xff};
    assertThatThrownBy(() -> redis.set("k", binary, SetArgs.Builder.ex(java.time.Duration.ofSeconds(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SET")
        .hasMessageContaining("last argument");
    assertThat(mock.requestCount()).isZero();
  }

  @Test
  void emptyArgumentListsAreRefused() {
    assertThatThrownBy(() -> redis.del()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.mset(Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(mock.requestCount()).isZero();
  }

  @Test
  void largeRequestIsRefusedWithItsSize() throws Exception {
    try (Redis small = mock.builder().maxRequestBytes(100).build()) {
      String value = "x".repeat(200);
      assertThatThrownBy(() -> small.set("k", value))
          .isInstanceOf(RequestTooLargeException.class)
          .hasMessageContaining("SET")
          .hasMessageContaining("214 bytes")
          .hasMessageContaining("100 bytes")
          .hasMessageNotContaining("xxxx");
      assertThat(mock.requestCount()).isZero();
    }
  }

  @Test
  void multiWordResultListsKeepNulls() {
    mock.result("[\"" + MockServer.b64("1") + "\",null]");
    assertThat(redis.mget("a", "b")).isEqualTo(java.util.Arrays.asList("1", null));
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"MGET\",\"a\",\"b\"]");
  }

  @Test
  void telemetryOffThroughBuilderOrEnvironment() throws Exception {
    try (Redis off = mock.builder().telemetry(false).build();
        Redis envOff = Redis.fromEnv(Map.of(
            "UPSTASH_REDIS_REST_URL", mock.server.url("/").toString(),
            "UPSTASH_REDIS_REST_TOKEN", "t0ken", "UPSTASH_DISABLE_TELEMETRY", "1"))) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      assertThat(off.ping()).isEqualTo("PONG");
      assertThat(envOff.ping()).isEqualTo("PONG");
      for (int i = 0; i < 2; i++) {
        RecordedRequest request = mock.take();
        assertThat(request.getHeaders().names()).noneMatch(h -> h.toLowerCase().startsWith("upstash-telemetry"));
      }
    }
  }

  @Test
  void listHelpersBuildExpectedCommands() {
    mock.result("\"" + MockServer.b64("x") + "\"");
    redis.lmove("src", "dst", ListDirection.LEFT, ListDirection.RIGHT);
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"LMOVE\",\"src\",\"dst\",\"LEFT\",\"RIGHT\"]");
    mock.result("1");
    redis.zadd("z", Map.of("m", 2.5));
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"ZADD\",\"z\",\"2.5\",\"m\"]");
    mock.result("[]");
    assertThat(redis.zrange("z", ScoreRange.atMost(3))).isEqualTo(List.of());
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"ZRANGE\",\"z\",\"-inf\",\"3\",\"BYSCORE\"]");
  }
}
