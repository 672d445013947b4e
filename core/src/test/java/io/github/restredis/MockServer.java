package io.github.restredis;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import java.util.concurrent.TimeUnit;

/** A MockWebServer and a client pointed at it, with fast retries. */
final class MockServer implements AutoCloseable {
  static final String TOKEN = "secret-token-123";

  final MockWebServer server = new MockWebServer();

  MockServer() {
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Redis.Builder builder() {
    return Redis.builder()
        .url(server.url("/").toString())
        .token(TOKEN)
        .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1)).withMaxBackoff(Duration.ofMillis(5)));
  }

  Redis client() {
    return builder().build();
  }

  void enqueue(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setBody(body));
  }

  void result(String json) {
    enqueue(200, "{\"result\":" + json + "}");
  }

  static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request arrived");
      }
      return request;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
