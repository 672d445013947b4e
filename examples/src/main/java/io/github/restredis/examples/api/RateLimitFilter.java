package io.github.restredis.examples.api;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.github.restredis.Redis;
import io.github.restredis.ratelimit.FailMode;
import io.github.restredis.ratelimit.Limit;
import io.github.restredis.ratelimit.RateLimitResult;
import io.github.restredis.ratelimit.RateLimitResult.Reason;
import io.github.restredis.ratelimit.RateLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rate limits each client address before a request reaches its handler: one Redis request per
 * decision, shared by every instance of the service.
 *
 * <p>Every decided response carries {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and
 * {@code X-RateLimit-Reset}, the last in epoch <em>seconds</em>, rounded up (as GitHub's API
 * does): for an allowed request when the current window ends, for a denied one when the same
 * request could pass. A denied request gets 429 with {@code Retry-After} in seconds (at least 1)
 * and a JSON body.
 *
 * <p>When Redis cannot decide, the limiter's fail mode decides (see {@link #newLimiter}), and the
 * response carries no rate-limit headers, since there is no count to report.
 */
final class RateLimitFilter extends Filter {
  /** The body of a 429. */
  public record TooManyRequests(String error, String message, long retryAfterSeconds) {}

  private final RateLimiter limiter;
  private final boolean trustProxy;
  private final String description;
  private final Json json;
  private final Map<Reason, Counter> decisions = new EnumMap<>(Reason.class);

  RateLimitFilter(RateLimiter limiter, ApiSettings settings, Json json, MeterRegistry registry) {
    this.limiter = limiter;
    this.trustProxy = settings.trustProxy();
    this.description = settings.describeRateLimit() + " per client address";
    this.json = json;
    // The decisions by reason, next to the client's metrics: how often clients are turned away,
    // and whether Redis failed to decide (TIMEOUT, ERROR).
    for (Reason reason : Reason.values()) {
      decisions.put(reason, Counter.builder("api.ratelimit.decisions")
          .tag("reason", reason.name().toLowerCase(Locale.ROOT))
          .description("Rate limit decisions by reason")
          .register(registry));
    }
  }

  /** {@return the limiter: per client address, on keys of its own prefix} */
  static RateLimiter newLimiter(Redis redis, Limit limit) {
    return RateLimiter.builder(redis)
        .prefix("example-api:ratelimit")
        .limit(limit)
        // Fail open: this limit protects the service from bursts; it is not a quota anybody pays
        // for. If Redis is down, serving unchecked beats refusing everyone, and the cache falls
        // back to the repository anyway. Guard something costly (a paid upstream API, sign-ups)
        // with FailMode.CLOSED, the library's default, instead.
        .failMode(FailMode.OPEN)
        .build();
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    RateLimitResult result = limiter.limit("ip:" + ClientAddress.of(exchange, trustProxy));
    decisions.get(result.reason()).increment();
    Headers headers = exchange.getResponseHeaders();
    boolean undecided = result.reason() == Reason.TIMEOUT || result.reason() == Reason.ERROR;
    if (!undecided) {
      headers.set("X-RateLimit-Limit", Long.toString(result.limit()));
      headers.set("X-RateLimit-Remaining", Long.toString(result.remaining()));
      headers.set("X-RateLimit-Reset", Long.toString(Math.floorDiv(result.reset() + 999, 1000)));
    }
    if (result.allowed()) {
      chain.doFilter(exchange);
      return;
    }
    long retryAfter = Math.max(1, Math.floorDiv(result.reset() - System.currentTimeMillis() + 999, 1000));
    headers.set("Retry-After", Long.toString(retryAfter));
    try (exchange) {
      if (undecided) { // denied by the fail mode: the client did nothing wrong, so not a 429
        json.error(exchange, 503, "unavailable", "the rate limit cannot be checked right now");
      } else {
        json.send(exchange, 429, new TooManyRequests("rate_limited",
            "too many requests: " + description, retryAfter));
      }
    }
  }

  @Override
  public String description() {
    return "rate limit: " + description;
  }
}
