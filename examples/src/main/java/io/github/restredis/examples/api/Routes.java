package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;

/** The plumbing of the routing table: every route is timed, the public ones are rate limited. */
final class Routes {
  private final HttpServer server;
  private final MeterRegistry registry;
  private final RateLimitFilter rateLimit;

  Routes(HttpServer server, MeterRegistry registry, RateLimitFilter rateLimit) {
    this.server = server;
    this.registry = registry;
    this.rateLimit = rateLimit;
  }

  /** A route of the public API: timed, then rate limited. */
  Routes limited(String path, ApiHandler handler) {
    add(path, handler).getFilters().add(rateLimit);
    return this;
  }

  /** A route for the operator's probes and scraper: timed, never limited. */
  Routes open(String path, ApiHandler handler) {
    add(path, handler);
    return this;
  }

  private HttpContext add(String path, ApiHandler handler) {
    HttpContext context = server.createContext(path, handler);
    // Timed first, so that the 429s the limiter answers are timed and counted too.
    context.getFilters().add(new HttpMetricsFilter(registry, path.endsWith("/") ? path + "{id}" : path));
    return context;
  }
}
