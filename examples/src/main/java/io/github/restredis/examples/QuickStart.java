package io.github.restredis.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The shortest tour: one command, a pipeline and a transaction over the REST protocol.
 *
 * <p>Run with {@code mvn -q -B -pl examples -am package -DskipTests exec:java}.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) throws Exception {
    try (Target target = Target.fromEnvOrLocal()) {
      HttpClient http = HttpClient.newHttpClient();
      send(http, target, "/", "[\"SET\",\"quickstart:greeting\",\"hello\",\"EX\",\"60\"]");
      send(http, target, "/", "[\"GET\",\"quickstart:greeting\"]");
      send(http, target, "/pipeline", "[[\"INCR\",\"quickstart:visits\"],[\"INCR\",\"quickstart:visits\"],"
          + "[\"EXPIRE\",\"quickstart:visits\",\"60\"]]");
      send(http, target, "/multi-exec", "[[\"HSET\",\"quickstart:user\",\"name\",\"Ada\"],"
          + "[\"HGETALL\",\"quickstart:user\"],[\"DEL\",\"quickstart:user\"]]");
    }
  }

  private static void send(HttpClient http, Target target, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(target.url + path))
        .header("Authorization", "Bearer " + target.token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    System.out.printf("POST %-11s %s%n  -> %d %s%n", path, body, response.statusCode(), response.body());
  }
}
