package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.ratelimit.RateLimitResult.Reason;
import io.github.restredis.ratelimit.internal.DecideScript;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a real server cannot easily do: answer late, answer 500, and the exact request sent. */
class FailModeTest {
  private static final long NOW = 1_700_000_040_000L;
  private MockWebServer mock;
  private Redis redis;

  @BeforeEach
  void start() throws Exception {
    mock = new MockWebServer();
    mock.start();
    redis = Redis.builder().url(mock.url("/").toString()).token("secret-token").base64Responses(false).build();
  }

  @AfterEach
  void stop() throws Exception {
    redis.close();
    mock.shutdown();
  }

  private RateLimiter limiter(FailMode mode) {
    return RateLimiter.builder(redis)
        .limit(Limit.fixedWindow(10, Duration.ofSeconds(1)))
        .clock(new TestClock(NOW))
        .timeout(Duration.ofMillis(200))
        .failMode(mode)
        .checkEvictionPolicy(false)
        .build();
  }

  @ParameterizedTest
  @EnumSource(FailMode.class)
  void aServerSlowerThanTheTimeoutGetsOneRequestAndTheFailMode(FailMode mode) throws Exception {
    mock.enqueue(new MockResponse().setBody("{\"result\":[1," + NOW + ",1,10,9," + (NOW + 1000) + "]}")
        .setHeadersDelay(1, TimeUnit.SECONDS));
    try (RateLimiter limiter = limiter(mode)) {
      RateLimitResult result = limiter.limit("u");
      assertThat(result).isEqualTo(new RateLimitResult(mode == FailMode.OPEN, 10, 0, NOW, Reason.TIMEOUT));
      assertThat(limiter.metrics().retries()).isZero();
      assertThat(limiter.metrics().failures()).containsOnlyKeys("RequestTimeoutException");
    }
    assertThat(mock.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(FailMode.class)
  void asyncDecisionsCompleteWithTheFailModeNotExceptionally(FailMode mode) throws Exception {
    mock.enqueue(new MockResponse().setBody("{\"result\":[1," + NOW + ",1,10,9," + (NOW + 1000) + "]}")
        .setHeadersDelay(1, TimeUnit.SECONDS));
    try (RateLimiter limiter = limiter(mode)) {
      RateLimitResult result = limiter.async().limit("u").get(10, TimeUnit.SECONDS);
      assertThat(result).isEqualTo(new RateLimitResult(mode == FailMode.OPEN, 10, 0, NOW, Reason.TIMEOUT));
    }
    assertThat(mock.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(FailMode.class)
  void aStoppedServerGetsTheFailMode(FailMode mode) throws Exception {
    try (RateLimiter limiter = limiter(mode)) {
      mock.shutdown();
      RateLimitResult result = limiter.limit("u");
      assertThat(result).isEqualTo(new RateLimitResult(mode == FailMode.OPEN, 10, 0, NOW, Reason.ERROR));
      assertThat(limiter.metrics().retries()).isZero();
    }
  }

  @Test
  void anErrorIsNotRetriedAndTheNextAnswerCountsAgain() throws Exception {
    mock.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":\"ERR down\"}"));
    mock.enqueue(new MockResponse().setBody("{\"result\":[1," + NOW + ",1,10,9," + (NOW + 1000) + "]}"));
    try (RateLimiter limiter = limiter(FailMode.CLOSED)) {
      assertThat(limiter.limit("u")).isEqualTo(new RateLimitResult(false, 10, 0, NOW, Reason.ERROR));
      assertThat(limiter.limit("u")).isEqualTo(new RateLimitResult(true, 10, 9, NOW + 1000, Reason.ALLOWED));
    }
    assertThat(mock.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theRequestIsOneEvalshaDeclaringTheWindowKey() throws Exception {
    mock.enqueue(new MockResponse().setBody("{\"result\":[0," + NOW + ",0,10,0," + (NOW + 1000) + "]}"));
    try (RateLimiter limiter = limiter(FailMode.CLOSED)) {
      assertThat(limiter.limit("user:42").reason()).isEqualTo(Reason.DENIED);
    }
    RecordedRequest request = mock.takeRequest();
    assertThat(request.getPath()).isEqualTo("/");
    assertThat(request.getBody().readUtf8()).isEqualTo("[\"EVALSHA\",\"" + DecideScript.LIMIT.sha1()
        + "\",\"1\",\"@upstash/ratelimit:user:42:" + NOW / 1000 + "\",\"limit\",\"" + NOW
        + "\",\"1\",\"1\",\"1\",\"10\",\"1000\",\"0\",\"" + NOW / 1000 + "\",\"1\",\"0\"]");
  }

  @Test
  void theEvictionPolicyIsReadFromInfoWhenTheServerTellsIt() throws Exception {
    mock.enqueue(new MockResponse().setBody(
        "{\"result\":\"# Memory\\r\\nused_memory:1\\r\\nmaxmemory_policy:allkeys-lru\\r\\n\"}"));
    assertThat(Engine.evictionPolicy(redis)).isEqualTo("allkeys-lru");
    assertThat(mock.takeRequest().getBody().readUtf8()).isEqualTo("[\"INFO\",\"memory\"]");
    mock.enqueue(new MockResponse().setBody("{\"result\":\"# Memory\\r\\nused_memory:1\\r\\n\"}"));
    assertThat(Engine.evictionPolicy(redis)).isNull();
    mock.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"error\":\"ERR Command is not available: 'INFO'\"}"));
    assertThat(Engine.evictionPolicy(redis)).isNull();
  }

  @Test
  void scriptsStartWithUpstashsKeyLockingFlag() {
    assertThat(DecideScript.LIMIT.source()).startsWith("#!lua flags=allow-key-locking\n");
    assertThat(DecideScript.PEEK.source()).startsWith("#!lua flags=allow-key-locking,no-writes\n");
    assertThat(DecideScript.PEEK.isReadOnly()).isTrue();
  }
}
