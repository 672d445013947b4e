package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpExchange;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code GET /metrics}: every meter of the registry in the Prometheus text format, for a scraper. */
final class MetricsHandler extends ApiHandler {
  private final PrometheusMeterRegistry registry;

  MetricsHandler(Json json, PrometheusMeterRegistry registry) {
    super(json, "GET");
    this.registry = registry;
  }

  @Override
  void serve(HttpExchange exchange, String id) throws Exception {
    byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
