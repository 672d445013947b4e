package io.github.restredis;

import static io.github.restredis.RecordingListener.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SUBSCRIBE and PSUBSCRIBE on the wire: the request the official SDK sends, the server-sent event
 * format (comments, multi-line data, CRLF), and what a failed or ended stream does.
 */
class SubscribeWireTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();
  private final RecordingListener listener = new RecordingListener();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  private static MockResponse events(String body) {
    return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body);
  }

  @Test
  void requestIsAPostPerChannelAsTheOfficialSdkSendsIt() throws Exception {
    mock.server.enqueue(events("data: subscribe,news/eu,1\n\n"));
    try (Subscription sub = redis.subscribe(List.of("news/eu"), listener)) {
      RecordedRequest request = mock.take();
      assertThat(request.getMethod()).isEqualTo("POST");
      // The channel is one path segment, so a slash in it is escaped.
      assertThat(request.getPath()).isEqualTo("/subscribe/news%2Feu");
      assertThat(request.getBody().readUtf8()).isEqualTo("[]");
      assertThat(request.getHeader("Accept")).isEqualTo("text/event-stream");
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + MockServer.TOKEN);
      // Event payloads are raw whatever the encoding header says, so none is asked for.
      assertThat(request.getHeader("Upstash-Encoding")).isNull();
      assertThat(request.getHeader("Upstash-Telemetry-Sdk")).startsWith("restredis-java@");
    }
  }

  @Test
  void parsesEventsAndReconnectsWhenTheStreamEnds() throws Exception {
    mock.server.enqueue(events(": ping\n\n"
        + "data: subscribe,ch,1\n\n"
        + "data: message,ch,hello\r\n\r\n"
        + "id: 7\nevent: whatever\ndata: message,ch,first line\ndata: second line\n\n"
        + ": ping\n\n"
        + "data: unsubscribe,ch,0\n\n"
        + "data: message,ch,cut off")); // no blank line: dropped with the stream's end
    mock.server.enqueue(events("data: subscribe,ch,1\n\ndata: message,ch,again\n\n"));
    try (Subscription sub = redis.subscribe(List.of("ch"), listener)) {
      assertThat(listener.next()).isEqualTo(new PubSubMessage("ch", "hello", null));
      assertThat(listener.next()).isEqualTo(new PubSubMessage("ch", "first line\nsecond line", null));
      assertThat(take(listener.disconnects, "a disconnect"))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("ended the event stream");
      assertThat(listener.next()).isEqualTo(new PubSubMessage("ch", "again", null));
      assertThat(listener.subscribed).containsExactly("ch", "ch");
      assertThat(mock.requestCount()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void patternMessagesSplitPatternChannelAndPayload() throws Exception {
    mock.server.enqueue(events("data: psubscribe,a.*,1\n\ndata: pmessage,a.*,a.b,x,y\n\n"));
    try (Subscription sub = redis.psubscribe(List.of("a.*"), listener)) {
      assertThat(mock.take().getPath()).isEqualTo("/psubscribe/a.*");
      assertThat(listener.next()).isEqualTo(new PubSubMessage("a.b", "x,y", "a.*"));
    }
  }

  @Test
  void serverErrorsAreRetriedAndReported() throws Exception {
    mock.enqueue(503, "{\"error\":\"unavailable\"}");
    mock.server.enqueue(events("data: subscribe,ch,1\n\n"));
    try (Subscription sub = redis.subscribe(List.of("ch"), listener)) {
      UpstashException cause = take(listener.disconnects, "a disconnect");
      assertThat(cause).isInstanceOf(HttpStatusException.class);
      assertThat(((HttpStatusException) cause).status()).isEqualTo(503);
      assertThat(listener.subscribed).containsExactly("ch");
    }
  }

  @Test
  void redisErrorsEndTheSubscription() throws Exception {
    mock.enqueue(400, "{\"error\":\"ERR wrong number of arguments for 'subscribe' command\"}");
    assertThatThrownBy(() -> redis.subscribe(List.of("ch"), listener))
        .isInstanceOfSatisfying(RedisErrorException.class,
            e -> assertThat(e.redisMessage()).startsWith("ERR wrong number"));
    assertThat(listener.closed.poll()).isInstanceOf(RedisErrorException.class);
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void aServerEchoingTheTokenDoesNotPutItInExceptions() throws Exception {
    mock.enqueue(400, "{\"error\":\"ERR bad token " + MockServer.TOKEN + "\"}");
    assertThatThrownBy(() -> redis.subscribe(List.of("ch"), listener))
        .isInstanceOf(RedisErrorException.class)
        .hasMessageNotContaining(MockServer.TOKEN)
        .hasMessageContaining("<token>");
  }

  @Test
  void noConfirmationWithinTheDeadlineFails() throws Exception {
    mock.server.enqueue(events(": ping\n\n"));
    try (Redis quick = mock.builder().deadline(Duration.ofMillis(300)).build()) {
      assertThatThrownBy(() -> quick.subscribe(List.of("ch"), listener))
          .isInstanceOf(RequestTimeoutException.class);
    }
    assertThat(listener.closed.poll()).isInstanceOf(RequestTimeoutException.class);
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheStream() throws Exception {
    mock.server.enqueue(events("data: subscribe,ch,1\n\ndata: message,ch,boom\n\ndata: message,ch,fine\n\n"));
    RecordingListener after = new RecordingListener();
    SubscriptionListener throwing = m -> {
      if (m.message().equals("boom")) {
        throw new IllegalStateException("listener bug");
      }
      after.onMessage(m);
    };
    try (Subscription sub = redis.subscribe(List.of("ch"), throwing)) {
      assertThat(after.next().message()).isEqualTo("fine");
    }
  }
}
