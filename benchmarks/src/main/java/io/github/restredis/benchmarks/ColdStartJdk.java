package io.github.restredis.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cold-start baseline: a fresh JVM POSTs the same GET with {@code java.net.http} (HTTP/1.1,
 * the same Authorization and base64 encoding), takes the value out of {@code {"result":"…"}} with
 * string search and prints it. No JSON library, no retries, nothing else to load.
 */
public final class ColdStartJdk {
  private ColdStartJdk() {}

  public static void main(String[] args) throws Exception {
    String key = System.getenv(ColdStart.KEY_VARIABLE);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(System.getenv("UPSTASH_REDIS_REST_URL")))
        .header("Authorization", "Bearer " + System.getenv("UPSTASH_REDIS_REST_TOKEN"))
        .header("Upstash-Encoding", "base64")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("[\"GET\",\"" + key + "\"]"))
        .build();
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    String prefix = "{\"result\":\"";
    if (!body.startsWith(prefix) || !body.endsWith("\"}")) {
      throw new IllegalStateException("unexpected reply");
    }
    String value = body.substring(prefix.length(), body.length() - 2);
    System.out.println(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
    System.out.flush();
  }
}
