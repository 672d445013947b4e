package io.github.restredis.examples.api;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking, for the per-client rate limit.
 *
 * <p>By default the socket's peer address: the one thing a client cannot choose. Behind a reverse
 * proxy or a load balancer every connection comes from the proxy, so all clients would share one
 * limit; the proxy then names the client in {@code X-Forwarded-For}. That header is believed only
 * when the service is told it runs behind a proxy ({@code TRUST_PROXY=true}): anybody can send
 * it, and a client reaching the service directly could claim a new address, and get a fresh limit,
 * on every request.
 */
final class ClientAddress {
  /** IPv4 or IPv6 text: nothing else may become part of a Redis key. */
  private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private ClientAddress() {}

  static String of(HttpExchange exchange, boolean trustProxy) {
    if (trustProxy) {
      String forwarded = lastForwarded(exchange.getRequestHeaders().get("X-Forwarded-For"));
      if (forwarded != null) {
        return forwarded;
      }
    }
    return exchange.getRemoteAddress().getAddress().getHostAddress();
  }

  /**
   * The right-most entry: the one our proxy appended, the address it saw. Entries to its left were
   * sent by the client (or proxies we know nothing about) and can be forged. With a chain of N
   * trusted proxies, skip N - 1 entries from the right instead.
   */
  private static @Nullable String lastForwarded(@Nullable List<String> headers) {
    if (headers == null || headers.isEmpty()) {
      return null;
    }
    String last = headers.get(headers.size() - 1);
    String entry = last.substring(last.lastIndexOf(',') + 1).trim();
    return IP.matcher(entry).matches() ? entry : null;
  }
}
