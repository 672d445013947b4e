package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.ReplyDecodeException;
import io.github.restredis.RetryPolicy;
import io.github.restredis.internal.command.Command;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A decoder or body parser that fails in a way nobody planned (a cast, an arithmetic overflow, a
 * date out of range) still ends in a {@link ReplyDecodeException} quoting the body, with the
 * original failure as its cause: callers are promised that type, whatever command is added later.
 * {@code DecodersFuzzTest} keeps today's decoders from needing this.
 */
class DecodeContractTest {
  private final MockWebServer server = new MockWebServer();
  private final Transport transport = new Transport(new Settings(
      server.url("/"), () -> "tok-contract", null, Duration.ofSeconds(5), Duration.ofSeconds(5),
      Duration.ofSeconds(10), RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1)),
      true, true, false, 10_000, 8, Map.of(), List.of(), 0, 0.8));

  @AfterEach
  void tearDown() throws Exception {
    transport.close();
    server.shutdown();
  }

  @Test
  void anUnplannedDecoderFailureIsAReplyDecodeException() {
    server.enqueue(new MockResponse().setBody("{\"result\":[1,2]}"));
    Command<Long> broken = Command.<Long>builder("BROKEN", reply -> (Long) reply).build();
    assertThatThrownBy(() -> transport.execute(broken, Duration.ofSeconds(5), Duration.ofSeconds(10)))
        .isInstanceOf(ReplyDecodeException.class)
        .hasMessageContaining("BROKEN")
        .hasMessageContaining("ClassCastException")
        .hasMessageContaining("{\"result\":[1,2]}")
        .hasCauseInstanceOf(ClassCastException.class);
  }

  @Test
  void anUnplannedParserFailureIsAReplyDecodeException() {
    server.enqueue(new MockResponse().setBody("{\"result\":1}"));
    Command<Long> incr = Command.<Long>builder("INCR", reply -> 1L).arg("k").build();
    assertThatThrownBy(() -> transport.send(HttpCall.single(incr), Duration.ofSeconds(5),
            Duration.ofSeconds(10), (reader, base64) -> {
              throw new ArithmeticException("overflow");
            }))
        .isInstanceOf(ReplyDecodeException.class)
        .hasMessageContaining("ArithmeticException")
        .hasCauseInstanceOf(ArithmeticException.class);
  }
}
