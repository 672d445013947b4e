package io.github.restredis.examples.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import io.github.restredis.ratelimit.Limit;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the example API against the local server, as {@code main} does without Upstash
 * variables, and uses it over HTTP as a client would. Each test starts its own instance on a free
 * port; the extension empties Redis before each test.
 */
@ExtendWith(LocalRedisExtension.class)
class ExampleApiIT {
  /** For tests that are not about the limit: never reached. */
  private static final Limit GENEROUS = Limit.slidingWindow(1_000, Duration.ofHours(1));

  private static final JsonAdapter<Map<String, Object>> JSON = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<ExampleApi> started = new ArrayList<>();
  private LocalRedisServer server;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    this.server = server;
  }

  @AfterEach
  void stopAll() {
    started.forEach(ExampleApi::close);
  }

  @Test
  void aBurstFromOneAddressGets429sWithConsistentHeaders() throws Exception {
    // Windows are aligned to the epoch: a one-hour window keeps the burst inside one of them, so
    // the counts below do not depend on when the test runs.
    ExampleApi api = start(true, Limit.slidingWindow(5, Duration.ofHours(1)));
    long before = System.currentTimeMillis() / 1000;
    List<HttpResponse<String>> burst = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      burst.add(get(api, "/products/1"));
    }
    long after = System.currentTimeMillis() / 1000;

    String reset = burst.get(0).headers().firstValue("X-RateLimit-Reset").orElseThrow();
    assertThat(Long.parseLong(reset)).isGreaterThan(before);
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> allowed = burst.get(i);
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
      assertThat(allowed.headers().firstValue("X-RateLimit-Remaining")).hasValue(Integer.toString(4 - i));
      assertThat(allowed.headers().firstValue("X-RateLimit-Reset")).hasValue(reset); // the window's end
      assertThat(allowed.headers().firstValue("Retry-After")).isEmpty();
    }
    for (HttpResponse<String> denied : burst.subList(5, 8)) {
      assertThat(denied.statusCode()).isEqualTo(429);
      assertThat(denied.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
      assertThat(denied.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
      long deniedReset = Long.parseLong(denied.headers().firstValue("X-RateLimit-Reset").orElseThrow());
      long retryAfter = Long.parseLong(denied.headers().firstValue("Retry-After").orElseThrow());
      assertThat(deniedReset).isGreaterThan(after);
      assertThat(retryAfter).isBetween(1L, 3600L);
      // Both say when the request could pass: Reset as a time, Retry-After as a wait from the
      // moment of the answer, which lies within the burst (each rounded up to whole seconds).
      assertThat(deniedReset - retryAfter).isBetween(before - 1, after + 1);
      Map<String, Object> body = json(denied);
      assertThat(body).containsEntry("error", "rate_limited")
          .containsEntry("retryAfterSeconds", (double) retryAfter);
      assertThat((String) body.get("message")).contains("5 requests per 3600 s per client address");
    }
    assertThat(api.repositoryLookups()).isEqualTo(1); // denied requests never reached the handler

    // Another client behind the trusted proxy has a limit of its own.
    HttpResponse<String> other = get(api, "/products/1", "X-Forwarded-For", "203.0.113.9, 198.51.100.7");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("X-RateLimit-Remaining")).hasValue("4");

    // An instance that trusts no proxy ignores the header: same database, same spent limit of
    // 127.0.0.1, so claiming another address does not help.
    ExampleApi direct = start(false, Limit.slidingWindow(5, Duration.ofHours(1)));
    HttpResponse<String> spoofed = get(direct, "/products/1", "X-Forwarded-For", "198.51.100.8");
    assertThat(spoofed.statusCode()).isEqualTo(429);
  }

  @Test
  void productsComeFromTheRepositoryOnceThenFromTheCache() throws Exception {
    ExampleApi api = start(false, GENEROUS);

    HttpResponse<String> first = get(api, "/products/1");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json(first)).containsEntry("id", "1").containsEntry("name", "Espresso cup")
        .containsEntry("priceCents", 1250.0);
    assertThat(first.headers().firstValue("Server-Timing").orElseThrow()).matches("app;dur=\\d+\\.\\d");
    assertThat(api.repositoryLookups()).isEqualTo(1);

    HttpResponse<String> second = get(api, "/products/1");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(api.repositoryLookups()).isEqualTo(1);

    HttpResponse<String> quoted = get(api, "/products/3");
    assertThat(json(quoted)).containsEntry("name", "Tamper \"Pro\" 58 mm");
    assertThat(api.repositoryLookups()).isEqualTo(2);

    assertThat(get(api, "/products/42").statusCode()).isEqualTo(404);
    assertThat(json(get(api, "/products/42"))).containsEntry("error", "not_found");
    assertThat(api.repositoryLookups()).isEqualTo(3); // the absence was cached
    assertThat(get(api, "/products/no%20spaces").statusCode()).isEqualTo(400);
    assertThat(get(api, "/products/").statusCode()).isEqualTo(404);
    assertThat(api.repositoryLookups()).isEqualTo(3);

    // Reads: 1 (miss), 1 (hit), 3 (miss), 42 (miss), 42 (hit, cached absence).
    Map<String, Object> stats = json(get(api, "/cache/stats"));
    assertThat(stats).containsEntry("hits", 2.0).containsEntry("misses", 3.0)
        .containsEntry("negativeHits", 1.0).containsEntry("loads", 3.0)
        .containsEntry("hitRate", 0.4).containsEntry("redisErrors", 0.0)
        .containsEntry("redisAvailable", true);
    assertThat((Double) stats.get("averageLoadMillis")).isPositive();

    HttpResponse<String> health = get(api, "/health");
    assertThat(health.statusCode()).isEqualTo(200);
    Map<String, Object> body = json(health);
    assertThat(body).containsEntry("status", "UP").containsEntry("cache", Map.of("redisAvailable", true));
    @SuppressWarnings("unchecked")
    Map<String, Object> redis = (Map<String, Object>) body.get("redis");
    assertThat(redis).containsEntry("reachable", true).doesNotContainKey("error");
    assertThat((Double) redis.get("pingMillis")).isNotNegative();

    HttpResponse<String> metrics = get(api, "/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    String text = metrics.body();
    // The shared client sent at least the health check's PING.
    assertThat(sample(text, "restredis_requests_seconds_count", "client=\"api\"")).isPositive();
    assertThat(sample(text, "restredis_commands_total", "client=\"api\"")).isPositive();
    // The limiter's and the cache's own clients: one request per decision at least (7 below), the
    // cache's reads and writes.
    assertThat(sample(text, "restredis_requests_seconds_count", "client=\"ratelimit\"")).isGreaterThanOrEqualTo(7);
    assertThat(sample(text, "restredis_commands_total", "client=\"ratelimit\"")).isGreaterThanOrEqualTo(7);
    assertThat(sample(text, "restredis_requests_seconds_count", "client=\"cache\"")).isPositive();
    assertThat(sample(text, "restredis_commands_total", "client=\"cache\"")).isPositive();
    // A healthy start fails nothing: the scripts' first EVALSHA meets NOSCRIPT, which Script
    // answers with EVAL and which is no failure; the eviction checks read INFO, not CONFIG.
    for (String client : List.of("api", "ratelimit", "cache")) {
      for (String type : List.of("RedisErrorException", "TransportException", "RequestTimeoutException")) {
        assertThat(sample(text, "restredis_failures_total", "client=\"" + client + "\"", "type=\"" + type + "\""))
            .as("%s failures of client %s", type, client).isZero();
      }
    }
    assertThat(text).contains("restredis_bytes_sent_total", "restredis_retries_total", "jvm_memory_used_bytes");
    assertThat(sample(text, "http_server_requests_seconds_count", "route=\"/products/{id}\"", "status=\"200\""))
        .isEqualTo(3);
    assertThat(sample(text, "http_server_requests_seconds_count", "route=\"/products/{id}\"", "status=\"404\""))
        .isEqualTo(3);
    // Every /products request above went through the limiter, the 400 and the bare /products/ too.
    assertThat(sample(text, "api_ratelimit_decisions_total", "reason=\"allowed\"")).isEqualTo(7);
  }

  @Test
  void jobsRunInTheBackgroundAndTheirStatusIsPolled() throws Exception {
    ExampleApi api = start(false, GENEROUS);

    HttpResponse<String> accepted = post(api, "/jobs", "{\"customer\":\"acme\",\"months\":6}");
    assertThat(accepted.statusCode()).isEqualTo(202);
    String id = (String) json(accepted).get("id");
    assertThat(accepted.headers().firstValue("Location")).hasValue("/jobs/" + id);
    assertThat(json(accepted)).containsEntry("created", true).containsEntry("status", "/jobs/" + id);

    Map<String, Object> done = pollUntil(api, "/jobs/" + id, s -> "SUCCEEDED".equals(s.get("state")));
    assertThat(done).containsEntry("id", id).containsEntry("attempts", 1.0)
        .containsEntry("progress", Map.of("percent", 100.0))
        .containsEntry("result", Map.of("customer", "acme", "months", 6.0, "rows", 6000.0,
            "url", "/reports/" + id + ".csv"))
        .doesNotContainKey("error");

    HttpResponse<String> tooLong = post(api, "/jobs", "{\"customer\":\"acme\",\"months\":36}");
    assertThat(tooLong.statusCode()).isEqualTo(202);
    String failingId = (String) json(tooLong).get("id");
    Map<String, Object> failed = pollUntil(api, "/jobs/" + failingId, s -> "FAILED".equals(s.get("state")));
    assertThat((String) failed.get("error")).contains("only 24 months of history are kept, 36 asked for");
    assertThat(failed).containsEntry("attempts", 1.0).doesNotContainKey("result");

    // A repeated submission with the same idempotency key names the first job.
    String first = (String) json(post(api, "/jobs", "{\"customer\":\"zeta\",\"months\":1}", "k-1")).get("id");
    Map<String, Object> again = json(post(api, "/jobs", "{\"customer\":\"zeta\",\"months\":1}", "k-1"));
    assertThat(again).containsEntry("id", first).containsEntry("created", false);

    assertThat(get(api, "/jobs/0000000000000000000x").statusCode()).isEqualTo(404);
    assertThat(post(api, "/jobs", "{\"customer\":").statusCode()).isEqualTo(400);
    assertThat(post(api, "/jobs", "{\"customer\":\"acme\",\"months\":0}").statusCode()).isEqualTo(400);
    assertThat(post(api, "/jobs", "{\"customer\":\"acme\"}").statusCode()).isEqualTo(400);
    assertThat(get(api, "/jobs").statusCode()).isEqualTo(405);
  }

  @Test
  void healthIs503WhileRedisIsUnreachableAndProductsStillLoad() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    ExampleApi api = started(ExampleApi.start("http://127.0.0.1:" + closedPort, "unused-token",
        new ApiSettings("127.0.0.1", 0, false, GENEROUS)));

    HttpResponse<String> health = get(api, "/health");
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(json(health)).containsEntry("status", "DOWN")
        .containsEntry("redis", Map.of("reachable", false, "error", "TransportException"));

    // The limiter fails open and the cache falls back to the repository: still served.
    HttpResponse<String> product = get(api, "/products/2");
    assertThat(product.statusCode()).isEqualTo(200);
    assertThat(json(product)).containsEntry("name", "Milk jug, 600 ml");
    assertThat(product.headers().firstValue("X-RateLimit-Limit")).isEmpty();
    assertThat(api.repositoryLookups()).isEqualTo(1);
    assertThat((Double) json(get(api, "/cache/stats")).get("redisErrors")).isPositive();
    assertThat(sample(get(api, "/metrics").body(), "api_ratelimit_decisions_total", "reason=\"error\""))
        .isEqualTo(1);
  }

  private ExampleApi start(boolean trustProxy, Limit limit) throws IOException {
    return started(ExampleApi.start(server.url(), server.token(),
        new ApiSettings("127.0.0.1", 0, trustProxy, limit)));
  }

  private ExampleApi started(ExampleApi api) {
    started.add(api);
    return api;
  }

  private HttpResponse<String> get(ExampleApi api, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url() + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(ExampleApi api, String path, String body, String... idempotencyKey)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (String key : idempotencyKey) {
      request.header("Idempotency-Key", key);
    }
    return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Polls as a client would, with a deadline rather than a fixed wait. */
  private Map<String, Object> pollUntil(ExampleApi api, String path, Predicate<Map<String, Object>> done)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      HttpResponse<String> response = get(api, path);
      assertThat(response.statusCode()).isEqualTo(200);
      Map<String, Object> status = json(response);
      if (done.test(status)) {
        return status;
      }
      if (System.nanoTime() > deadline) {
        fail("still not done after 30 s: " + status);
      }
      Thread.sleep(50);
    }
  }

  private static Map<String, Object> json(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return JSON.fromJson(response.body());
  }

  /** The value of the one sample of {@code name} whose labels include every one given. */
  private static double sample(String text, String name, String... labels) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{(.*)} (\\S+)$").matcher(text);
    List<Double> values = new ArrayList<>();
    while (m.find()) {
      String found = m.group(1);
      if (List.of(labels).stream().allMatch(found::contains)) {
        values.add(Double.parseDouble(m.group(2)));
      }
    }
    assertThat(values).as("samples of %s with %s in:%n%s", name, List.of(labels), text).hasSize(1);
    return values.get(0);
  }
}
