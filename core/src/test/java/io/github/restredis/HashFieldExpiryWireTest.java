package io.github.restredis;

import static io.github.restredis.MockServer.b64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exact requests of the hash field expiry commands (Redis 7.4) and of HGETDEL, HGETEX and HSETEX
 * (Redis 8.0), and the decoding of their per-field replies, so they are tested where the local
 * Redis is too old to run them. The replies are those Redis documents (one integer code or value
 * per requested field, in order) as Upstash sends them: integers as JSON numbers, strings base64.
 */
class HashFieldExpiryWireTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  private String body() {
    return mock.take().getBody().readUtf8();
  }

  @Test
  void expireCodesPerField() {
    mock.result("[1,0,2,-2]");
    assertThat(redis.hexpire("h", Duration.ofSeconds(30), ExpireArgs.Builder.nx(), "a", "b", "c", "d"))
        .containsExactly(
            Map.entry("a", FieldExpiryResult.SET),
            Map.entry("b", FieldExpiryResult.CONDITION_NOT_MET),
            Map.entry("c", FieldExpiryResult.DELETED),
            Map.entry("d", FieldExpiryResult.NO_SUCH_FIELD));
    assertThat(body()).isEqualTo("[\"HEXPIRE\",\"h\",\"30\",\"NX\",\"FIELDS\",\"4\",\"a\",\"b\",\"c\",\"d\"]");
  }

  @Test
  void precisionPicksTheCommand() {
    mock.result("[1]");
    redis.hexpire("h", Duration.ofMillis(1500), "a");
    assertThat(body()).isEqualTo("[\"HPEXPIRE\",\"h\",\"1500\",\"FIELDS\",\"1\",\"a\"]");
    mock.result("[1]");
    redis.hexpire("h", Duration.ZERO, ExpireArgs.Builder.gt(), "a");
    assertThat(body()).isEqualTo("[\"HEXPIRE\",\"h\",\"0\",\"GT\",\"FIELDS\",\"1\",\"a\"]");
    mock.result("[1]");
    redis.hexpireat("h", Instant.ofEpochSecond(1754846600), "a");
    assertThat(body()).isEqualTo("[\"HEXPIREAT\",\"h\",\"1754846600\",\"FIELDS\",\"1\",\"a\"]");
    mock.result("[0]");
    assertThat(redis.hexpireat("h", Instant.ofEpochMilli(1754846600250L), ExpireArgs.Builder.lt(), "a"))
        .containsEntry("a", FieldExpiryResult.CONDITION_NOT_MET);
    assertThat(body()).isEqualTo("[\"HPEXPIREAT\",\"h\",\"1754846600250\",\"LT\",\"FIELDS\",\"1\",\"a\"]");
  }

  @Test
  void ttlAndExpireTime() {
    mock.result("[3599,-1,-2]");
    Map<String, FieldTtl> ttl = redis.httl("h", "a", "b", "c");
    assertThat(ttl).containsExactly(
        Map.entry("a", new FieldTtl(true, Duration.ofSeconds(3599))),
        Map.entry("b", FieldTtl.NO_EXPIRY),
        Map.entry("c", FieldTtl.NO_SUCH_FIELD));
    assertThat(ttl.get("a").expires()).isTrue();
    assertThat(ttl.get("b").exists()).isTrue();
    assertThat(ttl.get("b").expires()).isFalse();
    assertThat(ttl.get("c").exists()).isFalse();
    assertThat(body()).isEqualTo("[\"HTTL\",\"h\",\"FIELDS\",\"3\",\"a\",\"b\",\"c\"]");
    mock.result("[1250]");
    assertThat(redis.hpttl("h", "a").get("a").ttl()).isEqualTo(Duration.ofMillis(1250));
    assertThat(body()).isEqualTo("[\"HPTTL\",\"h\",\"FIELDS\",\"1\",\"a\"]");
    mock.result("[1754846600,-1,-2]");
    assertThat(redis.hexpiretime("h", "a", "b", "c")).containsExactly(
        Map.entry("a", new FieldExpireTime(true, Instant.ofEpochSecond(1754846600))),
        Map.entry("b", FieldExpireTime.NO_EXPIRY),
        Map.entry("c", FieldExpireTime.NO_SUCH_FIELD));
    assertThat(body()).isEqualTo("[\"HEXPIRETIME\",\"h\",\"FIELDS\",\"3\",\"a\",\"b\",\"c\"]");
    mock.result("[1754846600250]");
    assertThat(redis.hpexpiretime("h", "a").get("a").expiresAt()).isEqualTo(Instant.ofEpochMilli(1754846600250L));
    assertThat(body()).isEqualTo("[\"HPEXPIRETIME\",\"h\",\"FIELDS\",\"1\",\"a\"]");
  }

  @Test
  void persistCodes() {
    mock.result("[1,-1,-2]");
    assertThat(redis.hpersist("h", "a", "b", "c")).containsExactly(
        Map.entry("a", FieldPersistResult.PERSISTED),
        Map.entry("b", FieldPersistResult.NO_EXPIRY),
        Map.entry("c", FieldPersistResult.NO_SUCH_FIELD));
    assertThat(body()).isEqualTo("[\"HPERSIST\",\"h\",\"FIELDS\",\"3\",\"a\",\"b\",\"c\"]");
  }

  @Test
  void codesAreCheckedAgainstTheRequest() {
    mock.result("[1]");
    assertThatThrownBy(() -> redis.hexpire("h", Duration.ofSeconds(1), "a", "b"))
        .isInstanceOf(ReplyDecodeException.class).hasMessageContaining("expected 2 codes");
    mock.result("[7]");
    assertThatThrownBy(() -> redis.hpersist("h", "a"))
        .isInstanceOf(ReplyDecodeException.class).hasMessageContaining("unexpected code 7");
    mock.result("null");
    assertThatThrownBy(() -> redis.httl("h", "a")).isInstanceOf(ReplyDecodeException.class);
  }

  @Test
  void getDelete() {
    mock.result("[\"" + b64("1") + "\",null]");
    assertThat(redis.hgetdel("h", "a", "nope")).isEqualTo(Arrays.asList("1", null));
    assertThat(body()).isEqualTo("[\"HGETDEL\",\"h\",\"FIELDS\",\"2\",\"a\",\"nope\"]");
  }

  @Test
  void getWithExpiry() {
    mock.result("[\"" + b64("1") + "\",null]");
    assertThat(redis.hgetex("h", GetExArgs.Builder.ex(Duration.ofSeconds(10)), "a", "b"))
        .isEqualTo(Arrays.asList("1", null));
    assertThat(body()).isEqualTo("[\"HGETEX\",\"h\",\"EX\",\"10\",\"FIELDS\",\"2\",\"a\",\"b\"]");
    mock.result("[null]");
    assertThat(redis.hgetex("h", GetExArgs.Builder.persist(), "a")).isEqualTo(Arrays.asList((String) null));
    assertThat(body()).isEqualTo("[\"HGETEX\",\"h\",\"PERSIST\",\"FIELDS\",\"1\",\"a\"]");
    mock.result("[\"" + b64("v") + "\"]");
    redis.hgetex("h", GetExArgs.Builder.exAt(Instant.ofEpochMilli(1754846600250L)), "a");
    assertThat(body()).isEqualTo("[\"HGETEX\",\"h\",\"PXAT\",\"1754846600250\",\"FIELDS\",\"1\",\"a\"]");
    mock.result("[\"" + b64("v") + "\"]");
    redis.hgetex("h", GetExArgs.Builder.ex(Duration.ofMillis(10_000_500)), "a");
    assertThat(body()).isEqualTo("[\"HGETEX\",\"h\",\"PX\",\"10000500\",\"FIELDS\",\"1\",\"a\"]");
    mock.result("[\"" + b64("v") + "\",\"" + b64("w") + "\"]");
    assertThatThrownBy(() -> redis.hgetex("h", GetExArgs.none(), "a"))
        .isInstanceOf(ReplyDecodeException.class).hasMessageContaining("one per field");
  }

  @Test
  void setWithExpiry() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("a", "1");
    fields.put("b", "2");
    mock.result("1");
    assertThat(redis.hsetex("h", fields, HSetExArgs.Builder.fnx().ex(Duration.ofSeconds(60)))).isTrue();
    assertThat(body())
        .isEqualTo("[\"HSETEX\",\"h\",\"FNX\",\"EX\",\"60\",\"FIELDS\",\"2\",\"a\",\"1\",\"b\",\"2\"]");
    mock.result("0");
    assertThat(redis.hsetex("h", Map.of("a", "1"), HSetExArgs.Builder.fxx().keepTtl())).isFalse();
    assertThat(body()).isEqualTo("[\"HSETEX\",\"h\",\"FXX\",\"KEEPTTL\",\"FIELDS\",\"1\",\"a\",\"1\"]");
    mock.result("1");
    redis.hsetex("h", Map.of("a", "1"), HSetExArgs.Builder.exAt(Instant.ofEpochSecond(1754846600)));
    assertThat(body()).isEqualTo("[\"HSETEX\",\"h\",\"EXAT\",\"1754846600\",\"FIELDS\",\"1\",\"a\",\"1\"]");
    mock.result("1");
    redis.hsetex("h", Map.of("a", "1"), HSetExArgs.Builder.ex(Duration.ofMillis(250)));
    assertThat(body()).isEqualTo("[\"HSETEX\",\"h\",\"PX\",\"250\",\"FIELDS\",\"1\",\"a\",\"1\"]");
    mock.result("1");
    redis.hsetex("h", Map.of("a", "1"), HSetExArgs.Builder.exAt(Instant.ofEpochMilli(1754846600250L)));
    assertThat(body()).isEqualTo("[\"HSETEX\",\"h\",\"PXAT\",\"1754846600250\",\"FIELDS\",\"1\",\"a\",\"1\"]");
    mock.result("1");
    redis.hsetex("h", Map.of("a", "1"), HSetExArgs.none());
    assertThat(body()).isEqualTo("[\"HSETEX\",\"h\",\"FIELDS\",\"1\",\"a\",\"1\"]");
  }

  @Test
  void everySurfaceSendsTheSameCommand() throws Exception {
    try (Redis direct = mock.builder().autoPipelining(false).build()) {
      mock.result("[1]");
      assertThat(direct.async().hpersist("h", "a").get()).containsEntry("a", FieldPersistResult.PERSISTED);
      assertThat(body()).isEqualTo("[\"HPERSIST\",\"h\",\"FIELDS\",\"1\",\"a\"]");
    }
    mock.enqueue(200, "[{\"result\":[3599]},{\"result\":1}]");
    Pipeline p = redis.pipeline();
    Response<Map<String, FieldTtl>> ttl = p.httl("h", "a");
    Response<Boolean> set = p.hsetex("h", Map.of("a", "1"), HSetExArgs.Builder.keepTtl());
    p.exec();
    assertThat(ttl.get().get("a").ttl()).isEqualTo(Duration.ofSeconds(3599));
    assertThat(set.get()).isTrue();
    assertThat(body()).isEqualTo(
        "[[\"HTTL\",\"h\",\"FIELDS\",\"1\",\"a\"],[\"HSETEX\",\"h\",\"KEEPTTL\",\"FIELDS\",\"1\",\"a\",\"1\"]]");
  }
}
