package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.ReplyDecodeException;
import io.github.restredis.RetryPolicy;
import io.github.restredis.internal.command.Strings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reply body is parsed by consuming it (so its segments return to Okio's pool instead of costing
 * a fresh 8 KiB per request), while messages still quote its start as it arrived.
 */
class ReceivedTest {
  private final Transport transport = new Transport(new Settings(
      HttpUrl.get("http://127.0.0.1:1/"), () -> "secret-token", null, Duration.ofSeconds(1),
      Duration.ofSeconds(1), Duration.ofSeconds(1), RetryPolicy.defaults(), true, true, false,
      10_000, 8, Map.of(), List.of(), 0, 0.8));

  @AfterEach
  void tearDown() {
    transport.close();
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parsingConsumesTheBodyAndKeepsItsStartForQuotes() {
    String json = "{\"result\":\"" + b64("x".repeat(3_000)) + "\"}";
    Buffer body = new Buffer().writeUtf8(json);
    String quoted = transport.bodies.quote(body);

    Transport.Received<ReplyReader.Item> received =
        transport.bodies.parse(HttpCall.single(Strings.get("k")), body, ReplyReader::item);

    assertThat(body.size()).isZero();
    assertThat((byte[]) received.value().result())
        .isEqualTo("x".repeat(3_000).getBytes(StandardCharsets.UTF_8));
    assertThat(received.head.size()).isEqualTo(800);
    assertThat(received.size).isEqualTo(json.length());
    assertThat(received.quotedBody())
        .isEqualTo(quoted)
        .isEqualTo("\"" + json.substring(0, 200) + "…\"");
  }

  @Test
  void aBodyRejectedHalfwayIsQuotedFromItsStartWithoutTheToken() {
    String json = "[{\"result\":\"secret-token\"}," + "{\"result\":1},".repeat(100) + "oops]";
    Buffer body = new Buffer().writeUtf8(json);

    HttpCall call = HttpCall.batch("pipeline", List.of(Strings.get("a"), Strings.get("b")));

    assertThatThrownBy(() -> transport.bodies.parse(call, body, ReplyReader.batch(call)))
        .isInstanceOfSatisfying(AttemptFailure.class, f -> {
          assertThat(f.failure).isInstanceOf(ReplyDecodeException.class);
          assertThat(f.failure.getMessage())
              .startsWith("GET,GET: cannot decode the reply")
              .contains("body: \"[{\"result\":\"<token>\"},{\"result\":1},")
              .doesNotContain("secret-token");
        });
    assertThat(body.size()).isZero();
  }

  @Test
  void shortBodyIsQuotedWhole() {
    Buffer body = new Buffer().writeUtf8("{\"result\":1}");

    Transport.Received<ReplyReader.Item> received =
        transport.bodies.parse(HttpCall.single(Strings.incr("n")), body, ReplyReader::item);

    assertThat(received.value().result()).isEqualTo(1L);
    assertThat(received.quotedBody()).isEqualTo("\"{\"result\":1}\"");
  }
}
