package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.local.internal.RedisProcess;
import io.github.restredis.local.internal.RespConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every event stream's Redis connection is closed once its HTTP client goes away.
 *
 * <p>Runs on a Redis of its own, so that Redis's {@code connected_clients} counts only this server's
 * connections and ours, and on a server with the smallest thread pool, so that streams left
 * waiting for their next heartbeat would starve ordinary requests if they held pool threads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStreamLeakIT {
  private static final int CYCLES = 1_000;

  private RedisProcess redis;
  private LocalRedisServer server;
  private RespConnection admin;

  @BeforeAll
  void start() throws IOException {
    Path binary = RedisProcess.findOnPath();
    redis = RedisProcess.start(binary != null ? binary : RedisProcess.embeddedBinary());
    server = LocalRedisServer.builder()
        .redisUrl("redis://" + redis.endpoint().host() + ":" + redis.endpoint().port())
        .maxThreads(4)
        .start();
    admin = RespConnection.open(redis.endpoint(), 5_000);
  }

  @AfterAll
  void stop() {
    if (admin != null) {
      admin.close();
    }
    if (server != null) {
      server.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void thousandSubscribeDisconnectCyclesLeaveNoRedisConnection() throws Exception {
    assertThat(ping()).isEqualTo("{\"result\":\"PONG\"}");
    long baseline = connectedClients();

    // The count does see open streams: five of them are five more clients.
    List<EventStreamConnection> open = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      EventStreamConnection events = EventStreamConnection.open(server, "POST", "/subscribe/held");
      assertThat(events.nextData()).isEqualTo("subscribe,held,1");
      open.add(events);
    }
    assertThat(connectedClients()).isEqualTo(baseline + 5);
    for (EventStreamConnection events : open) {
      events.close();
    }
    assertThat(awaitConnectedClients(baseline)).isEqualTo(baseline);

    for (int i = 0; i < CYCLES; i++) {
      String path = i % 2 == 0 ? "/subscribe/leak" : "/psubscribe/leak.*";
      try (EventStreamConnection events = EventStreamConnection.open(server, "POST", path)) {
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.nextData()).endsWith(",1");
      }
      if (i % 100 == 0) {
        // Ordinary requests keep being served while disconnected streams wait for their heartbeat.
        assertThat(ping()).isEqualTo("{\"result\":\"PONG\"}");
      }
    }
    assertThat(awaitConnectedClients(baseline)).isEqualTo(baseline);
    assertThat(ping()).isEqualTo("{\"result\":\"PONG\"}");
  }

  @Test
  void closingTheServerClosesOpenStreams() throws Exception {
    long baseline = connectedClients();
    try (LocalRedisServer other = LocalRedisServer.builder()
        .redisUrl("redis://" + redis.endpoint().host() + ":" + redis.endpoint().port())
        .start()) {
      EventStreamConnection events = EventStreamConnection.open(other, "POST", "/subscribe/closing");
      assertThat(events.nextData()).isEqualTo("subscribe,closing,1");
      assertThat(connectedClients()).isGreaterThan(baseline);
    }
    assertThat(awaitConnectedClients(baseline)).isEqualTo(baseline);
  }

  @Test
  void unreachableRedisIs500WithAnErrorBody() throws Exception {
    RedisProcess doomed = RedisProcess.start(
        RedisProcess.findOnPath() != null ? RedisProcess.findOnPath() : RedisProcess.embeddedBinary());
    try (LocalRedisServer orphan = LocalRedisServer.builder()
        .redisUrl("redis://" + doomed.endpoint().host() + ":" + doomed.endpoint().port())
        .start()) {
      doomed.close();
      for (String path : new String[] {"/get/k", "/subscribe/ch", "/monitor"}) {
        try (EventStreamConnection response = EventStreamConnection.open(orphan, "POST", path)) {
          assertThat(response.status()).as(path).isEqualTo(500);
          assertThat(response.body()).as(path).startsWith("{\"error\":\"ERR ");
        }
      }
    } finally {
      doomed.close();
    }
  }

  /** Polls until Redis reports {@code expected} clients or a minute passes; returns the last count. */
  private long awaitConnectedClients(long expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    long count = connectedClients();
    while (count != expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
      count = connectedClients();
    }
    return count;
  }

  private long connectedClients() throws IOException {
    Object info = admin.call(List.of(bytes("INFO"), bytes("clients")));
    for (String line : new String((byte[]) info, StandardCharsets.UTF_8).split("\r\n")) {
      if (line.startsWith("connected_clients:")) {
        return Long.parseLong(line.substring("connected_clients:".length()));
      }
    }
    throw new AssertionError("no connected_clients in " + info);
  }

  private String ping() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    // A timeout, so that a starved thread pool fails the test instead of hanging it.
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/ping"))
            .header("Authorization", "Bearer " + server.token()).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
