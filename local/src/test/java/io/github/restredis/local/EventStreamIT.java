package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pub/sub and MONITOR over server-sent events, with messages published by other clients. */
@ExtendWith(LocalRedisExtension.class)
class EventStreamIT {
  private static final HttpClient http = HttpClient.newHttpClient();

  private final LocalRedisServer server;

  EventStreamIT(LocalRedisServer server) {
    this.server = server;
  }

  @Test
  void subscriberReceivesMessagesPublishedByAnotherClient() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "POST", "/subscribe/chat")) {
      assertThat(events.status()).isEqualTo(200);
      assertThat(events.header("Content-Type")).isEqualTo("text/event-stream");
      assertThat(events.header("upstash-sync-token")).isNotNull();
      assertThat(events.nextData()).isEqualTo("subscribe,chat,1");

      assertThat(json("[\"PUBLISH\",\"chat\",\"hello\"]")).isEqualTo("{\"result\":1}");
      assertThat(events.nextData()).isEqualTo("message,chat,hello");

      assertThat(path("/publish/chat/hi%20there%2C%20you")).isEqualTo("{\"result\":1}");
      assertThat(events.nextData()).isEqualTo("message,chat,hi there, you");
    }
  }

  @Test
  void payloadsAreRawEvenWhenBase64IsAsked() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "POST", "/subscribe/raw",
        "Authorization: Bearer " + server.token() + "\r\nUpstash-Encoding: base64\r\n")) {
      assertThat(events.nextData()).isEqualTo("subscribe,raw,1");
      // Published as raw bytes through a path-style body: 0xC3 0xA9 is UTF-8 for e-acute.
      assertThat(path("/publish/raw/caf%C3%A9")).isEqualTo("{\"result\":1}");
      String data = events.nextData();
      assertThat(data.getBytes(StandardCharsets.ISO_8859_1))
          .isEqualTo("message,raw,caf\u00e9".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void payloadWithLineFeedsIsSeveralDataLines() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "POST", "/subscribe/lines")) {
      assertThat(events.nextData()).isEqualTo("subscribe,lines,1");
      path("/publish/lines/one%0Atwo");
      assertThat(events.nextEvent()).containsExactly("data: message,lines,one", "data: two");
    }
  }

  @Test
  void severalChannelsInOnePath() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "GET", "/subscribe/a/b")) {
      assertThat(events.nextData()).isEqualTo("subscribe,a,1");
      assertThat(events.nextData()).isEqualTo("subscribe,b,2");
      path("/publish/b/to-b");
      path("/publish/a/to-a");
      assertThat(events.nextData()).isEqualTo("message,b,to-b");
      assertThat(events.nextData()).isEqualTo("message,a,to-a");
    }
  }

  @Test
  void patternSubscriberReceivesPmessages() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "POST", "/psubscribe/news.*")) {
      assertThat(events.nextData()).isEqualTo("psubscribe,news.*,1");
      assertThat(json("[\"PUBLISH\",\"news.tech\",\"java 17\"]")).isEqualTo("{\"result\":1}");
      assertThat(json("[\"PUBLISH\",\"sports\",\"ignored\"]")).isEqualTo("{\"result\":0}");
      assertThat(json("[\"PUBLISH\",\"news.eu\",\"x,y\"]")).isEqualTo("{\"result\":1}");
      assertThat(events.nextData()).isEqualTo("pmessage,news.*,news.tech,java 17");
      assertThat(events.nextData()).isEqualTo("pmessage,news.*,news.eu,x,y");
    }
  }

  @Test
  void monitorShowsOtherClientsCommands() throws Exception {
    for (String method : new String[] {"POST", "GET"}) {
      try (EventStreamConnection events = EventStreamConnection.open(server, method, "/monitor")) {
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.nextData()).isEqualTo("\"OK\"");
        json("[\"SET\",\"watched\",\"value " + method + "\"]");
        String line = events.nextData();
        while (!line.contains("\"watched\"")) {
          line = events.nextData();
        }
        assertThat(line).matches("\\d+\\.\\d+ \\[0 0\\.0\\.0\\.0:0] \"SET\" \"watched\" \"value " + method + "\"");
      }
    }
  }

  @Test
  void standardClientReadsTheStream() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/subscribe/std"))
        .header("Authorization", "Bearer " + server.token())
        .header("Accept", "text/event-stream")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString("[]"))
        .build();
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      assertThat(nextDataLine(lines)).isEqualTo("data: subscribe,std,1");
      path("/publish/std/first");
      assertThat(nextDataLine(lines)).isEqualTo("data: message,std,first");
    }
  }

  @Test
  void streamsNeedTheToken() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "POST", "/subscribe/x", "")) {
      assertThat(events.status()).isEqualTo(401);
      assertThat(events.body()).startsWith("{\"error\":\"");
    }
    try (EventStreamConnection events = EventStreamConnection.open(
        server, "POST", "/subscribe/x?_token=" + server.token(), "")) {
      assertThat(events.status()).isEqualTo(200);
      assertThat(events.nextData()).isEqualTo("subscribe,x,1");
    }
  }

  @Test
  void subscribeWithoutChannelIsRedisArityError() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "POST", "/subscribe")) {
      assertThat(events.status()).isEqualTo(400);
      assertThat(events.body())
          .isEqualTo("{\"error\":\"ERR wrong number of arguments for 'subscribe' command\"}");
    }
  }

  @Test
  void headCannotOpenAStream() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "HEAD", "/subscribe/x")) {
      assertThat(events.status()).isEqualTo(400);
    }
  }

  @Test
  void subscribeOutsideEventStreamsIsRefused() throws Exception {
    assertThat(json("[\"SUBSCRIBE\",\"chat\"]")).isEqualTo("{\"error\":\"ERR Command is not available: 'SUBSCRIBE'\"}");
    assertThat(json("[\"MONITOR\"]")).isEqualTo("{\"error\":\"ERR Command is not available: 'MONITOR'\"}");
  }

  @Test
  void idleStreamsSendHeartbeatComments() throws Exception {
    try (EventStreamConnection events = EventStreamConnection.open(server, "POST", "/subscribe/quiet")) {
      assertThat(events.nextData()).isEqualTo("subscribe,quiet,1");
      assertThat(events.nextBlock()).containsExactly(": ping");
    }
  }

  private static String nextDataLine(BufferedReader lines) throws Exception {
    String line;
    do {
      line = lines.readLine();
    } while (line != null && !line.startsWith("data: "));
    return line;
  }

  private String json(String command) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url()))
            .header("Authorization", "Bearer " + server.token())
            .POST(HttpRequest.BodyPublishers.ofString(command)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private String path(String rawPath) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + rawPath))
            .header("Authorization", "Bearer " + server.token())
            .POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
