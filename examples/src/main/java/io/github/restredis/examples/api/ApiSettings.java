package io.github.restredis.examples.api;

import io.github.restredis.ratelimit.Limit;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the example API runs: where it listens, whether it sits behind a proxy it trusts, and the
 * rate limit each client address gets.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param trustProxy whether {@code X-Forwarded-For} names the client (see {@link ClientAddress})
 * @param rateLimit the limit per client address
 */
public record ApiSettings(String host, int port, boolean trustProxy, Limit rateLimit) {
  /**
   * 10 requests per 10 s, sliding window. Sliding rather than fixed, so that a client cannot pass
   * twice the limit by bursting on both sides of a window boundary; it costs one Redis command
   * more per decision than a fixed window. Small enough to see a 429 with a curl loop.
   */
  public static final Limit DEFAULT_RATE_LIMIT = Limit.slidingWindow(10, Duration.ofSeconds(10));

  /**
   * Checks the values.
   *
   * @param host the address to listen on
   * @param port the port, 0 for any free one
   * @param trustProxy whether {@code X-Forwarded-For} names the client
   * @param rateLimit the limit per client address
   */
  public ApiSettings {
    Objects.requireNonNull(host, "host == null");
    Objects.requireNonNull(rateLimit, "rateLimit == null");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
  }

  /**
   * {@return the settings for {@code main}: the port from the first argument or {@code PORT}
   * (default 8080), the host from {@code HOST} (default 127.0.0.1, only this machine; 0.0.0.0 to
   * listen everywhere) and {@code TRUST_PROXY=true} behind a reverse proxy}
   *
   * @param args the command line
   * @param env the environment
   */
  public static ApiSettings fromEnv(String[] args, Map<String, String> env) {
    String port = args.length > 0 ? args[0] : env.getOrDefault("PORT", "8080");
    try {
      return new ApiSettings(env.getOrDefault("HOST", "127.0.0.1"), Integer.parseInt(port.trim()),
          Boolean.parseBoolean(env.get("TRUST_PROXY")), DEFAULT_RATE_LIMIT);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a port number: " + port, e);
    }
  }

  /**
   * {@return these settings with another rate limit}
   *
   * @param limit the limit per client address
   */
  public ApiSettings withRateLimit(Limit limit) {
    return new ApiSettings(host, port, trustProxy, limit);
  }

  /** {@return the rate limit in words, such as "10 requests per 10 s"} */
  String describeRateLimit() {
    Duration period = rateLimit.period();
    String per = period.toMillis() % 1000 == 0 ? period.toSeconds() + " s" : period.toMillis() + " ms";
    return rateLimit.limit() + " requests per " + per;
  }
}
