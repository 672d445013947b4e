package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  @Test
  void redisErrorNamesCommandNotArguments() {
    mock.enqueue(400, "{\"error\":\"WRONGTYPE Operation against a key holding the wrong kind of value\"}");
    assertThatThrownBy(() -> redis.hset("secret-key", "secret-field", "secret-value"))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> {
          assertThat(e.command()).isEqualTo("HSET");
          assertThat(e.redisMessage()).startsWith("WRONGTYPE");
          assertThat(e.getMessage()).doesNotContain("secret");
        });
  }

  @Test
  void argumentsQuotedByRedisAreCut() {
    mock.enqueue(400, "{\"error\":\"ERR unknown command 'FOO', with args beginning with: 'secret-arg' \"}");
    assertThatThrownBy(() -> redis.command("FOO", "secret-arg"))
        .isInstanceOfSatisfying(RedisErrorException.class, e -> {
          assertThat(e.getMessage()).contains("unknown command 'FOO'").doesNotContain("secret");
          assertThat(e.redisMessage()).doesNotContain("secret");
        });
  }

  @Test
  void errorInsideOkResponseIsRedisError() {
    mock.enqueue(200, "{\"error\":\"ERR something\"}");
    assertThatThrownBy(() -> redis.get("k")).isExactlyInstanceOf(RedisErrorException.class);
  }

  @Test
  void quotaErrors() {
    mock.enqueue(400, "{\"error\":\"ERR max daily request limit exceeded. Limit: 10000, Usage: 10000\"}");
    assertThatThrownBy(() -> redis.get("k")).isInstanceOf(QuotaExceededException.class);
    mock.enqueue(400, "{\"error\":\"ERR max request size exceeded\"}");
    assertThatThrownBy(() -> redis.get("k")).isInstanceOf(QuotaExceededException.class);
    mock.enqueue(400, "{\"error\":\"ERR DB capacity quota exceeded\"}");
    assertThatThrownBy(() -> redis.get("k")).isInstanceOf(QuotaExceededException.class);
  }

  @Test
  void authenticationErrorNeverShowsToken() {
    mock.enqueue(401, "{\"error\":\"WRONGPASS invalid token " + MockServer.TOKEN + "\"}");
    assertThatThrownBy(() -> redis.get("k"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("401")
        .hasMessageNotContaining(MockServer.TOKEN);
  }

  @Test
  void undecodableBodyIsQuotedAndCut() {
    String html = "<html>" + "x".repeat(500) + "</html>";
    mock.enqueue(200, html);
    assertThatThrownBy(() -> redis.get("k"))
        .isInstanceOfSatisfying(ReplyDecodeException.class, e -> {
          assertThat(e.getMessage()).contains("\"<html>xxx");
          assertThat(e.getMessage()).doesNotContain("</html>");
          assertThat(e.getMessage()).contains("x…\"");
        });
  }

  @Test
  void replyOfWrongShapeIsDecodeError() {
    mock.result("[1,2]");
    assertThatThrownBy(() -> redis.incr("k"))
        .isInstanceOfSatisfying(ReplyDecodeException.class, e -> {
          assertThat(e.command()).isEqualTo("INCR");
          assertThat(e.getMessage()).contains("expected an integer").contains("{\"result\":[1,2]}");
        });
    mock.result("\"not base64!\"");
    assertThatThrownBy(() -> redis.get("k")).isInstanceOf(ReplyDecodeException.class);
    mock.enqueue(200, "{}");
    assertThatThrownBy(() -> redis.get("k")).isInstanceOf(ReplyDecodeException.class);
  }

  @Test
  void nonJson400IsHttpStatus() {
    mock.enqueue(400, "Bad Request");
    assertThatThrownBy(() -> redis.get("k"))
        .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void everyTypeIsAnUpstashException() {
    assertThat(UpstashException.class).isAssignableFrom(RedisErrorException.class);
    assertThat(RedisErrorException.class).isAssignableFrom(QuotaExceededException.class);
    assertThat(TransportException.class).isAssignableFrom(RequestTimeoutException.class);
    assertThat(RuntimeException.class).isAssignableFrom(UpstashException.class);
  }
}
