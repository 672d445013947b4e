package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.RedisErrorException;
import io.github.restredis.RetryPolicy;
import io.github.restredis.TransportException;
import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Strings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batch path that pipelines and transactions build on: one body, per-item decoding. */
class BatchWireTest {
  private final MockWebServer server = new MockWebServer();
  private final Transport transport = new Transport(new Settings(
      server.url("/"), () -> "tok", null, Duration.ofSeconds(5), Duration.ofSeconds(5),
      Duration.ofSeconds(10), RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1)),
      true, true, false, 10_000, 8, Map.of(), List.of(), 0, 0.8));

  @AfterEach
  void tearDown() throws Exception {
    transport.close();
    server.shutdown();
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void pipelineBodyAndPerItemDecoding() throws Exception {
    server.enqueue(new MockResponse().setBody(
        "[{\"result\":\"" + b64("v") + "\"},{\"error\":\"ERR value is not an integer\"},{\"result\":3}]"));
    Command<String> get = Strings.get("a");
    Command<Long> badIncr = Strings.incr("s");
    Command<Long> incr = Strings.incr("n");
    List<Command<?>> commands = List.of(get, badIncr, incr);
    HttpCall call = HttpCall.batch("pipeline", commands);
    Transport.Received<List<ReplyReader.Item>> received = transport.send(
        call, Duration.ofSeconds(5), Duration.ofSeconds(10), ReplyReader.batch(call));
    List<ReplyReader.Item> items = received.value();
    assertThat(transport.decode(get, items.get(0), received)).isEqualTo("v");
    assertThatThrownBy(() -> transport.decode(badIncr, items.get(1), received))
        .isInstanceOf(RedisErrorException.class).hasMessageContaining("INCR");
    assertThat(transport.decode(incr, items.get(2), received)).isEqualTo(3L);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/pipeline");
    assertThat(request.getBody().readUtf8()).isEqualTo("[[\"GET\",\"a\"],[\"INCR\",\"s\"],[\"INCR\",\"n\"]]");
    assertThat(transport.metrics().commands()).isEqualTo(3);
  }

  @Test
  void batchIsRetriedOnlyIfEveryCommandIsIdempotent() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("[{\"result\":null},{\"result\":1}]"));
    HttpCall mixed = HttpCall.batch("multi-exec", List.of(Strings.get("a"), Strings.incr("n")));
    assertThatThrownBy(() -> transport.send(mixed, Duration.ofSeconds(5), Duration.ofSeconds(10), ReplyReader.batch(mixed)))
        .isInstanceOf(TransportException.class).hasMessageContaining("GET,INCR");
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("[{\"result\":null},{\"result\":null}]"));
    HttpCall reads = HttpCall.batch("pipeline", List.of(Strings.get("a"), Strings.get("b")));
    assertThat(transport.send(reads, Duration.ofSeconds(5), Duration.ofSeconds(10), ReplyReader.batch(reads)).value()).hasSize(2);
  }

  @Test
  void emptyOrBinaryBatchesAreRefused() {
    assertThatThrownBy(() -> HttpCall.batch("pipeline", List.of())).isInstanceOf(IllegalArgumentException.class);
    Command<Boolean> binary = Strings.set("k", new byte[] {(byte) 0xff}, io.github.restredis.SetArgs.none());
    assertThatThrownBy(() -> HttpCall.batch("pipeline", List.of(binary)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("on its own");
  }
}
