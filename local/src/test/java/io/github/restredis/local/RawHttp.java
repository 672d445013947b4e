package io.github.restredis.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A raw HTTP caller for conformance tests: exact bodies in, exact bodies out, no client library. */
final class RawHttp {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final LocalRedisServer server;

  RawHttp(LocalRedisServer server) {
    this.server = server;
  }

  /** The status, body and headers of one response. */
  record Reply(int status, String body, HttpResponse<byte[]> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply post(String path, String json, String... headers) {
    return send("POST", path, json.getBytes(StandardCharsets.UTF_8), withAuth(headers));
  }

  Reply postBase64(String path, String json) {
    return post(path, json, "Upstash-Encoding", "base64");
  }

  Reply send(String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body.length == 0 && !method.equals("POST")
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String[] withAuth(String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = "Bearer " + server.token();
    System.arraycopy(headers, 0, all, 2, headers.length);
    return all;
  }

  /** The server answers a plain PING: used after every bad input. */
  void assertStillServing() {
    Reply pong = post("/", "[\"PING\"]");
    if (pong.status() != 200 || !pong.body().equals("{\"result\":\"PONG\"}")) {
      throw new AssertionError("server stopped answering: " + pong.status() + " " + pong.body());
    }
  }
}
