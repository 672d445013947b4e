package io.github.restredis.examples.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON request and response bodies through Moshi (the client's own, {@code redis.moshi()}), so
 * that no body is ever put together by hand: a product name or a job's error message with a quote
 * in it stays valid JSON.
 */
final class Json {
  /** Larger request bodies are refused before parsing. */
  private static final int MAX_BODY_BYTES = 16 * 1024;

  /** The body of every error response. */
  public record ApiError(String error, String message) {}

  /** A body that does not fit: answered with 400. */
  static final class BadRequest extends Exception {
    BadRequest(String message) {
      super(message);
    }
  }

  private final Moshi moshi;
  private final JsonAdapter<Object> any;

  Json(Moshi moshi) {
    this.moshi = moshi;
    // The runtime class picks the adapter, so records and maps serialize as they are. Moshi's
    // record adapter needs public records: every body below is one.
    this.any = moshi.adapter(Object.class);
  }

  void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = any.toJson(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  void error(HttpExchange exchange, int status, String error, String message) throws IOException {
    send(exchange, status, new ApiError(error, message));
  }

  <T> T read(HttpExchange exchange, Class<T> type) throws IOException, BadRequest {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      throw new BadRequest("body larger than " + MAX_BODY_BYTES + " bytes");
    }
    try {
      T value = moshi.adapter(type).fromJson(new String(body, StandardCharsets.UTF_8));
      if (value == null) {
        throw new BadRequest("body is null");
      }
      return value;
    } catch (JsonDataException | IOException e) { // IOException: malformed or cut-off JSON
      throw new BadRequest("not a valid " + type.getSimpleName() + ": " + e.getMessage());
    }
  }
}
