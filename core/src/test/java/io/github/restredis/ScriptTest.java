package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScriptTest {
  // printf 'return 1' | sha1sum
  private static final String RETURN_1_SHA = "e0e1f9fabfc9d4800c877a703b823ac0578ff8db";
  private static final String NOSCRIPT = "{\"error\":\"NOSCRIPT No matching script. Please use EVAL.\"}";

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

  private void dropAfterRequest() {
    mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
  }

  @Test
  void sha1IsComputedLocally() {
    Script script = Script.of("return 1");
    assertThat(script.sha1()).isEqualTo(RETURN_1_SHA);
    assertThat(Script.of("return 'ü'").sha1()).isEqualTo("6525d79efad372e76e479c926e4deabde9e8b86a");
    assertThat(script.toString()).contains(RETURN_1_SHA).doesNotContain("return");
    assertThat(mock.requestCount()).isZero();
  }

  @Test
  void evalshaSucceedsWithoutEval() {
    mock.result("1");
    Reply reply = Script.of("return 1").eval(redis, List.of("k1", "k2"), List.of("a ✓"));
    assertThat(reply.asLong()).isEqualTo(1);
    assertThat(body()).isEqualTo("[\"EVALSHA\",\"" + RETURN_1_SHA + "\",\"2\",\"k1\",\"k2\",\"a ✓\"]");
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void noscriptFallsBackToOneEval() {
    mock.enqueue(400, NOSCRIPT);
    mock.result("\"" + MockServer.b64("hello") + "\"");
    Reply reply = Script.of("return 1").eval(redis, List.of("k"), List.of());
    assertThat(reply.asString()).isEqualTo("hello");
    assertThat(body()).isEqualTo("[\"EVALSHA\",\"" + RETURN_1_SHA + "\",\"1\",\"k\"]");
    assertThat(body()).isEqualTo("[\"EVAL\",\"return 1\",\"1\",\"k\"]");
    assertThat(mock.requestCount()).isEqualTo(2);
  }

  @Test
  void otherErrorsAreThrownWithoutEval() {
    mock.enqueue(400, "{\"error\":\"ERR Error running script: boom\"}");
    assertThatThrownBy(() -> Script.of("return 1").eval(redis))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> {
          assertThat(e.command()).isEqualTo("EVALSHA");
          assertThat(e.redisMessage()).contains("boom");
        });
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void evalFailureAfterNoscriptIsThrown() {
    mock.enqueue(400, NOSCRIPT);
    mock.enqueue(400, "{\"error\":\"ERR Error compiling script\"}");
    assertThatThrownBy(() -> Script.of("return 1").eval(redis))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> assertThat(e.command()).isEqualTo("EVAL"));
    assertThat(mock.requestCount()).isEqualTo(2);
  }

  @Test
  void readOnlyScriptUsesRoCommands() {
    mock.enqueue(400, NOSCRIPT);
    mock.result("[1,null,\"" + MockServer.b64("x") + "\"]");
    Reply reply = Script.readOnly("return 1").eval(redis, List.of("k"), List.of("a"));
    assertThat(reply.asList()).containsExactly(Reply.ofLong(1), Reply.ofNull(), Reply.ofBytes("x".getBytes(StandardCharsets.UTF_8)));
    assertThat(body()).isEqualTo("[\"EVALSHA_RO\",\"" + RETURN_1_SHA + "\",\"1\",\"k\",\"a\"]");
    assertThat(body()).isEqualTo("[\"EVAL_RO\",\"return 1\",\"1\",\"k\",\"a\"]");
  }

  @Test
  void writingScriptIsNotRetriedAfterUncertainFailure() {
    dropAfterRequest();
    mock.result("2"); // would answer a second EVALSHA, which must never be sent
    assertThatThrownBy(() -> Script.of("return redis.call('INCR', KEYS[1])").eval(redis, List.of("n"), List.of()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.requestSent()).isTrue();
          assertThat(e.command()).isEqualTo("EVALSHA");
        });
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void readOnlyScriptIsRetriedAfterUncertainFailure() {
    dropAfterRequest();
    mock.result("7");
    assertThat(Script.readOnly("return 1").eval(redis).asLong()).isEqualTo(7);
    assertThat(mock.requestCount()).isEqualTo(2);
    assertThat(body()).isEqualTo(body());
  }

  @Test
  void idempotentWritingScriptIsRetriedAfterUncertainFailure() {
    Script script = Script.of("return redis.call('SET', KEYS[1], ARGV[1])").withIdempotent(true);
    assertThat(script.isIdempotent()).isTrue();
    assertThat(script.isReadOnly()).isFalse();
    dropAfterRequest();
    mock.result("\"OK\"");
    assertThat(script.eval(redis, List.of("k"), List.of("v")).asString()).isEqualTo("OK");
    assertThat(mock.requestCount()).isEqualTo(2);
    assertThat(body()).startsWith("[\"EVALSHA\",");
  }

  @Test
  void readOnlyScriptCannotBeMarkedNotIdempotent() {
    assertThatThrownBy(() -> Script.readOnly("return 1").withIdempotent(false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytesTravelExactly() {
    mock.result("1");
    Script.of("return 1").evalBytes(redis, List.of("k".getBytes(StandardCharsets.UTF_8)),
        List.of("v".getBytes(StandardCharsets.UTF_8)));
    assertThat(body()).isEqualTo("[\"EVALSHA\",\"" + RETURN_1_SHA + "\",\"1\",\"k\",\"v\"]");
  }

  @Test
  void plainScriptCommandsOnTheWire() {
    mock.result("\"" + MockServer.b64(RETURN_1_SHA) + "\"");
    assertThat(redis.scriptLoad("return 1")).isEqualTo(RETURN_1_SHA);
    assertThat(body()).isEqualTo("[\"SCRIPT\",\"LOAD\",\"return 1\"]");
    mock.result("[1,0]");
    assertThat(redis.scriptExists(RETURN_1_SHA, "00")).containsExactly(true, false);
    assertThat(body()).isEqualTo("[\"SCRIPT\",\"EXISTS\",\"" + RETURN_1_SHA + "\",\"00\"]");
    mock.result("\"OK\"");
    redis.scriptFlush();
    assertThat(body()).isEqualTo("[\"SCRIPT\",\"FLUSH\"]");
    mock.result("3");
    assertThat(redis.eval("return #KEYS", List.of("a"), List.of("b")).asLong()).isEqualTo(3);
    assertThat(body()).isEqualTo("[\"EVAL\",\"return #KEYS\",\"1\",\"a\",\"b\"]");
    mock.result("3");
    redis.evalsha(RETURN_1_SHA, List.of(), List.of());
    assertThat(body()).isEqualTo("[\"EVALSHA\",\"" + RETURN_1_SHA + "\",\"0\"]");
    mock.result("3");
    redis.evalRo("return 1", List.of(), List.of());
    assertThat(body()).isEqualTo("[\"EVAL_RO\",\"return 1\",\"0\"]");
    mock.result("3");
    redis.evalshaRo(RETURN_1_SHA, List.of("k"), List.of());
    assertThat(body()).isEqualTo("[\"EVALSHA_RO\",\"" + RETURN_1_SHA + "\",\"1\",\"k\"]");
  }

  @Test
  void plainEvalIsNotRetriedButEvalRoIs() {
    dropAfterRequest();
    assertThatThrownBy(() -> redis.eval("return 1", List.of(), List.of())).isInstanceOf(TransportException.class);
    assertThat(mock.requestCount()).isEqualTo(1);
    dropAfterRequest();
    mock.result("1");
    assertThat(redis.evalRo("return 1", List.of(), List.of()).asLong()).isEqualTo(1);
    assertThat(mock.requestCount()).isEqualTo(3);
  }
}
