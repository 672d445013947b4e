package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of every endpoint: one method per route, an exact path match, and a JSON 500 instead
 * of a dropped connection when something unexpected is thrown (the JDK's server would just close
 * the exchange).
 *
 * <p>The JDK's server routes by prefix: a context {@code /health} also receives {@code /healthz}.
 * So a context ending in {@code /} (such as {@code /products/}) takes one path segment, the id,
 * and any other context must match the path exactly.
 */
abstract class ApiHandler implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

  final Json json;
  private final String method;

  ApiHandler(Json json, String method) {
    this.json = json;
    this.method = method;
  }

  /**
   * Answers a request with the right method and path.
   *
   * @param id the path segment after a context ending in {@code /}, else empty
   */
  abstract void serve(HttpExchange exchange, String id) throws Exception;

  @Override
  public final void handle(HttpExchange exchange) throws IOException {
    try {
      String context = exchange.getHttpContext().getPath();
      String rest = exchange.getRequestURI().getPath().substring(context.length());
      if (context.endsWith("/") ? rest.isEmpty() || rest.contains("/") : !rest.isEmpty()) {
        json.error(exchange, 404, "not_found", "no such endpoint");
      } else if (!exchange.getRequestMethod().equals(method)) {
        exchange.getResponseHeaders().set("Allow", method);
        json.error(exchange, 405, "method_not_allowed", "use " + method);
      } else {
        serve(exchange, rest);
      }
    } catch (Exception e) {
      log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
      if (exchange.getResponseCode() == -1) { // nothing sent yet: the client still gets an answer
        json.error(exchange, 500, "internal_error", "the request failed; see the server log");
      }
    } finally {
      exchange.close();
    }
  }
}
