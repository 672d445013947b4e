package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryRulesTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  private void dropAfterRequest() {
    mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
  }

  @Test
  void incrWhoseResponseIsLostIsNotSentAgain() {
    dropAfterRequest();
    mock.result("2"); // would be the reply to a second INCR, which must never be sent
    assertThatThrownBy(() -> redis.incr("counter"))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.requestSent()).isTrue();
          assertThat(e.command()).isEqualTo("INCR");
        });
    assertThat(mock.requestCount()).isEqualTo(1);
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"INCR\",\"counter\"]");
    assertThat(redis.metrics().retries()).isZero();
  }

  @Test
  void getWhoseResponseIsLostIsRetriedAndSucceeds() {
    dropAfterRequest();
    mock.result("\"" + MockServer.b64("v") + "\"");
    assertThat(redis.get("k")).isEqualTo("v");
    assertThat(mock.requestCount()).isEqualTo(2);
    assertThat(mock.take().getHeader("Upstash-Telemetry-Retry")).isNull();
    assertThat(mock.take().getHeader("Upstash-Telemetry-Retry")).isEqualTo("1");
    assertThat(redis.metrics().retries()).isEqualTo(1);
    assertThat(redis.metrics().requests()).isEqualTo(1);
  }

  @Test
  void userClientThatWouldRetrySilentlyIsDerivedWithoutIt() throws Exception {
    OkHttpClient user = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    try (Redis derived = mock.builder().okHttpClient(user).build()) {
      dropAfterRequest();
      mock.result("2");
      assertThatThrownBy(() -> derived.incr("counter")).isInstanceOf(TransportException.class);
      assertThat(mock.requestCount()).isEqualTo(1);
    }
    assertThat(user.retryOnConnectionFailure()).isTrue(); // the caller's client is untouched
  }

  @Test
  void optInRetriesNonIdempotentCommands() throws Exception {
    try (Redis all = mock.builder()
        .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1)).withRetryNonIdempotent(true))
        .build()) {
      dropAfterRequest();
      mock.result("2");
      assertThat(all.incr("counter")).isEqualTo(2);
      assertThat(mock.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void failureBeforeWritingIsRetriedEvenForIncr() throws Exception {
    RefusingSockets sockets = new RefusingSockets();
    sockets.refuseNext(1);
    OkHttpClient user = new OkHttpClient.Builder().socketFactory(sockets).build();
    try (Redis client = mock.builder().okHttpClient(user).build()) {
      mock.result("1");
      assertThat(client.incr("counter")).isEqualTo(1);
      assertThat(mock.requestCount()).isEqualTo(1);
      assertThat(sockets.connects.get()).isEqualTo(2);
      assertThat(client.metrics().retries()).isEqualTo(1);
    }
  }

  @Test
  void serverErrorsRetryOnlyIdempotentRequests() {
    mock.enqueue(503, "unavailable");
    mock.enqueue(429, "slow down");
    mock.result("\"" + MockServer.b64("v") + "\"");
    assertThat(redis.get("k")).isEqualTo("v");
    assertThat(mock.requestCount()).isEqualTo(3);

    mock.enqueue(500, "{\"error\":\"ERR boom\"}");
    mock.result("5");
    assertThatThrownBy(() -> redis.incr("n"))
        .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(500));
    assertThat(mock.requestCount()).isEqualTo(4);
  }

  @Test
  void okHttpNeverResendsOnItsOwn() {
    // OkHttp re-sends a request by itself on a 503 with Retry-After: 0, a 408 or a redirect;
    // only our retry rule may decide that. Each case queues the reply a re-send would get.
    int[] statuses = {503, 408, 307};
    int expectedRequests = 0;
    for (int status : statuses) {
      MockResponse bad = new MockResponse().setResponseCode(status)
          .addHeader("Retry-After", "0").addHeader("Location", "/elsewhere");
      mock.server.enqueue(bad);
      mock.result("1");
      assertThatThrownBy(() -> redis.incr("n"))
          .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(status));
      assertThat(mock.requestCount()).isEqualTo(++expectedRequests);
      assertThat(redis.command("PING").asLong()).isEqualTo(1); // takes the reply a re-send would have had
      expectedRequests++;
    }
  }

  @Test
  void retriesStopAfterMaxRetries() throws Exception {
    try (Redis two = mock.builder()
        .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1)).withMaxRetries(2))
        .build()) {
      for (int i = 0; i < 4; i++) {
        mock.enqueue(502, "bad gateway");
      }
      assertThatThrownBy(() -> two.get("k")).isInstanceOf(HttpStatusException.class);
      assertThat(mock.requestCount()).isEqualTo(3);
      assertThat(two.metrics().retries()).isEqualTo(2);
    }
  }

  @Test
  void redisErrorsAndOther4xxAreNeverRetried() {
    mock.enqueue(400, "{\"error\":\"WRONGTYPE Operation against a key holding the wrong kind of value\"}");
    assertThatThrownBy(() -> redis.get("k")).isInstanceOf(RedisErrorException.class);
    mock.enqueue(404, "not found");
    assertThatThrownBy(() -> redis.get("k"))
        .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
    mock.enqueue(401, "{\"error\":\"WRONGPASS invalid or missing auth token\"}");
    assertThatThrownBy(() -> redis.get("k")).isInstanceOf(AuthenticationException.class);
    assertThat(mock.requestCount()).isEqualTo(3);
  }

  @Test
  void attemptTimeoutIsRetriedForReadsAndReported() throws Exception {
    try (Redis fast = mock.builder().attemptTimeout(Duration.ofMillis(300)).build()) {
      mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      mock.result("\"" + MockServer.b64("v") + "\"");
      assertThat(fast.get("k")).isEqualTo("v");
      assertThat(mock.requestCount()).isEqualTo(2);

      mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      assertThatThrownBy(() -> fast.incr("n"))
          .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
            assertThat(e.requestSent()).isTrue();
            assertThat(e.getMessage()).contains("attempt timeout");
          });
      assertThat(mock.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void deadlineBoundsRetries() throws Exception {
    try (Redis bounded = mock.builder()
        .attemptTimeout(Duration.ofSeconds(5))
        .deadline(Duration.ofMillis(400))
        .build()) {
      for (int i = 0; i < 6; i++) {
        mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      }
      assertThatThrownBy(() -> bounded.get("k"))
          .isInstanceOfSatisfying(RequestTimeoutException.class,
              e -> assertThat(e.getMessage()).contains("deadline"));
      assertThat(mock.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void perCallTimeoutOverride() {
    mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    Redis quick = redis.withTimeouts(Duration.ofMillis(200), Duration.ofMillis(300));
    assertThatThrownBy(() -> quick.incr("n")).isInstanceOf(RequestTimeoutException.class);
    quick.close(); // a view: closing it leaves the client open
    mock.result("\"" + MockServer.b64("PONG") + "\"");
    assertThat(redis.ping()).isEqualTo("PONG");
  }

  @Test
  void rawCommandsFollowTheIdempotencyTable() {
    dropAfterRequest();
    mock.result("\"" + MockServer.b64("v") + "\"");
    assertThat(redis.command("get", "k").asString()).isEqualTo("v");
    assertThat(mock.requestCount()).isEqualTo(2);
    dropAfterRequest();
    assertThatThrownBy(() -> redis.command("LPUSH", "l", "x")).isInstanceOf(TransportException.class);
    assertThat(mock.requestCount()).isEqualTo(3);
  }
}
