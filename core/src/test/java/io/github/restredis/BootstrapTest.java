package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  private final MockServer mock = new MockServer();

  @AfterEach
  void tearDown() throws Exception {
    mock.close();
  }

  private String url() {
    return mock.server.url("/").toString();
  }

  @Test
  void fromEnvReadsUpstashVariables() throws Exception {
    try (Redis redis = Redis.fromEnv(Map.of("UPSTASH_REDIS_REST_URL", url(), "UPSTASH_REDIS_REST_TOKEN", "tok-1"))) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      redis.ping();
      assertThat(mock.take().getHeader("Authorization")).isEqualTo("Bearer tok-1");
    }
  }

  @Test
  void fromEnvFallsBackToVercelNames() throws Exception {
    try (Redis redis = Redis.fromEnv(Map.of("KV_REST_API_URL", url(), "KV_REST_API_TOKEN", "tok-kv"))) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      redis.ping();
      assertThat(mock.take().getHeader("Authorization")).isEqualTo("Bearer tok-kv");
    }
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    assertThatThrownBy(() -> Redis.fromEnv(Map.of("UPSTASH_REDIS_REST_TOKEN", "t")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UPSTASH_REDIS_REST_URL")
        .hasMessageContaining("KV_REST_API_URL");
    assertThatThrownBy(() -> Redis.fromEnv(Map.of("UPSTASH_REDIS_REST_URL", url())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UPSTASH_REDIS_REST_TOKEN");
  }

  @Test
  void builderFromEnvTakesOtherOptionsToo() throws Exception {
    Map<String, String> env = Map.of("UPSTASH_REDIS_REST_URL", url(), "UPSTASH_REDIS_REST_TOKEN", " tok-env\n");
    List<RequestEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Redis redis = new Redis.Builder(env).fromEnv()
        .telemetry(false)
        .retryPolicy(RetryPolicy.none())
        .listener(events::add)
        .build()) {
      mock.server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(503));
      assertThatThrownBy(() -> redis.get("k")).isInstanceOf(HttpStatusException.class);
      RecordedRequest request = mock.take();
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tok-env"); // trimmed
      assertThat(request.getHeader("Upstash-Telemetry-Sdk")).isNull();
      assertThat(mock.requestCount()).isEqualTo(1); // RetryPolicy.none(): the 503 is not retried
      assertThat(events).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(503));
      assertThat(redis.url()).isEqualTo(url().substring(0, url().length() - 1));
    }
  }

  @Test
  void builderFromEnvFallsBackToVercelNamesAndPrefersUpstashNames() throws Exception {
    try (Redis redis = new Redis.Builder(Map.of("UPSTASH_REDIS_REST_URL", " ", "KV_REST_API_URL", url(),
        "KV_REST_API_TOKEN", "tok-kv")).fromEnv().build()) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      redis.ping();
      assertThat(mock.take().getHeader("Authorization")).isEqualTo("Bearer tok-kv");
    }
    try (Redis redis = new Redis.Builder(Map.of("UPSTASH_REDIS_REST_URL", url(), "UPSTASH_REDIS_REST_TOKEN", "tok-up",
        "KV_REST_API_URL", "https://kv.example", "KV_REST_API_TOKEN", "tok-kv")).fromEnv().build()) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      redis.ping();
      assertThat(mock.take().getHeader("Authorization")).isEqualTo("Bearer tok-up");
    }
  }

  @Test
  void builderFromEnvNamesTheMissingVariableAndNeverTheToken() {
    String token = "tok-secret-4711";
    Redis.Builder noUrl = new Redis.Builder(Map.of("UPSTASH_REDIS_REST_TOKEN", token));
    assertThatThrownBy(noUrl::fromEnv)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("environment variable UPSTASH_REDIS_REST_URL (or KV_REST_API_URL) is not set");
    assertThat(noUrl.toString()).doesNotContain(token);
    Redis.Builder noToken = new Redis.Builder(Map.of("KV_REST_API_URL", url()));
    assertThatThrownBy(noToken::fromEnv)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("environment variable UPSTASH_REDIS_REST_TOKEN (or KV_REST_API_TOKEN) is not set");
    // With nothing set, the URL is named first.
    assertThatThrownBy(() -> new Redis.Builder(Map.of()).fromEnv())
        .hasMessageContaining("UPSTASH_REDIS_REST_URL");

    Redis.Builder ok = new Redis.Builder(Map.of("UPSTASH_REDIS_REST_URL", url(), "UPSTASH_REDIS_REST_TOKEN", token))
        .fromEnv();
    assertThat(ok.toString()).contains(url().substring(0, url().length() - 1)).doesNotContain(token);
    try (Redis redis = ok.build()) {
      assertThat(redis.toString()).doesNotContain(token);
      assertThat(redis.newBuilder().toString()).doesNotContain(token);
    }
    assertThatThrownBy(() -> new Redis.Builder(Map.of("UPSTASH_REDIS_REST_URL", url(),
        "UPSTASH_REDIS_REST_TOKEN", "tok\rsecret")).fromEnv())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
  }

  @Test
  void builderFromEnvKeepsTheEnvironmentsTelemetrySwitchAndALaterUrlWins() throws Exception {
    Map<String, String> env = Map.of("UPSTASH_REDIS_REST_URL", "https://eu1-example.upstash.io",
        "UPSTASH_REDIS_REST_TOKEN", "tok-env", "UPSTASH_DISABLE_TELEMETRY", "1");
    try (Redis redis = new Redis.Builder(env).fromEnv().url(url()).build()) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      redis.ping();
      RecordedRequest request = mock.take();
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tok-env");
      assertThat(request.getHeader("Upstash-Telemetry-Sdk")).isNull();
    }
  }

  @Test
  void httpsIsRequiredExceptForLoopback() {
    assertThatThrownBy(() -> Redis.builder().url("http://example.com").token("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
    Redis.builder().url("http://example.com").token("t").allowInsecureHttp(true).build().close();
    Redis.builder().url("https://example.com/").token("t").build().close();
    Redis.builder().url("http://localhost:1234").token("t").build().close();
    Redis.builder().url("http://127.0.0.1:1234").token("t").build().close();
    assertThatThrownBy(() -> Redis.builder().url("ftp://x").token("t").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Redis.builder().token("t").build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Redis.builder().url("https://x").build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void plainHttpToAHostThatOnlyLooksLikeLoopbackIsRefused() {
    // Names that start like a loopback address resolve wherever their owner wants.
    for (String url : List.of("http://127.0.0.1.nip.io", "http://127.evil.example:8080",
        "http://localhost.evil.example", "http://127.0.0.256", "http://127.0.0.1.", "http://10.0.0.1",
        "http://192.168.1.10", "http://0.0.0.0:8080", "http://[::2]", "http://[fe80::1]")) {
      assertThatThrownBy(() -> Redis.builder().url(url).token(MockServer.TOKEN).build())
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("https is required")
          .hasMessageNotContaining(MockServer.TOKEN);
      Redis.builder().url(url).token(MockServer.TOKEN).allowInsecureHttp(true).build().close();
    }
    for (String url : List.of("http://127.0.0.2:1234", "http://127.255.255.254", "http://[::1]:1234",
        "http://[0:0:0:0:0:0:0:1]:1234", "http://LOCALHOST:1234")) {
      Redis.builder().url(url).token(MockServer.TOKEN).build().close();
    }
  }

  @Test
  void crOrLfIsRefused() {
    assertThatThrownBy(() -> Redis.builder().url("https://x\r\nHost: evil").token("t"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Redis.builder().token("abc\ndef"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("abc");
  }

  @Test
  void tokenSupplierIsAskedPerRequestAndChecked() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (Redis redis = mock.builder().token(() -> calls.incrementAndGet() == 1 ? "first" : "bad\rtoken").build()) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      redis.ping();
      RecordedRequest request = mock.take();
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer first");
      assertThatThrownBy(redis::ping)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("CR or LF")
          .hasMessageNotContaining("bad");
      assertThat(mock.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void tokenNeverInToString() {
    Redis.Builder builder = Redis.builder().url(url()).token(MockServer.TOKEN);
    try (Redis redis = builder.build()) {
      assertThat(redis.toString()).contains(mock.server.getHostName()).doesNotContain(MockServer.TOKEN);
      assertThat(builder.toString()).doesNotContain(MockServer.TOKEN);
      assertThat(redis.newBuilder().toString()).doesNotContain(MockServer.TOKEN);
    }
  }

  @Test
  void newBuilderKeepsConfiguration() throws Exception {
    try (Redis first = mock.builder().telemetry(false).build();
        Redis second = first.newBuilder().readYourWrites(false).build()) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      second.ping();
      RecordedRequest request = mock.take();
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + MockServer.TOKEN);
      assertThat(request.getHeader("Upstash-Telemetry-Sdk")).isNull();
    }
  }

  @Test
  void closedClientRefusesCalls() {
    Redis redis = mock.client();
    redis.close();
    assertThatThrownBy(redis::ping).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    redis.close(); // idempotent
  }

  @Test
  void moshiIsConfigurable() {
    com.squareup.moshi.Moshi moshi = new com.squareup.moshi.Moshi.Builder().build();
    try (Redis redis = mock.builder().moshi(moshi).build()) {
      assertThat(redis.moshi()).isSameAs(moshi);
    }
  }
}
