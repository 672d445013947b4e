package io.github.restredis.examples.api;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Times every request as {@code http.server.requests}, tagged by route, method and status: the
 * service's own view next to the Redis client's. Tags take few values (the route template, not
 * the path with its ids), so that the number of series stays bounded.
 */
final class HttpMetricsFilter extends Filter {
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final MeterRegistry registry;
  private final String route;

  HttpMetricsFilter(MeterRegistry registry, String route) {
    this.registry = registry;
    this.route = route;
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    long start = System.nanoTime();
    try {
      chain.doFilter(exchange);
    } finally {
      String method = exchange.getRequestMethod();
      Timer.builder("http.server.requests")
          .tag("route", route)
          .tag("method", METHODS.contains(method) ? method : "OTHER")
          .tag("status", Integer.toString(exchange.getResponseCode()))
          .register(registry)
          .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public String description() {
    return "request timer for " + route;
  }
}
