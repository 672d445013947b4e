package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import java.net.URI;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a forked benchmark JVM finds the server the harness started: its URL and token come in
 * system properties, so the server (and its allocations and CPU) stays in the harness process and
 * out of the measured JVM.
 */
final class BenchTarget {
  static final String URL_PROPERTY = "restredis.bench.url";
  static final String TOKEN_PROPERTY = "restredis.bench.token";

  /** The 100-byte value every GET benchmark reads, so replies can be checked. */
  static final String VALUE = "v".repeat(90) + "0123456789";

  private BenchTarget() {}

  static String url() {
    String url = Objects.requireNonNull(System.getProperty(URL_PROPERTY),
        "run through " + RunAll.class.getName() + ", which starts the server and sets " + URL_PROPERTY);
    String host = URI.create(url).getHost();
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
      throw new IllegalArgumentException("loopback only: " + host);
    }
    return url;
  }

  static String token() {
    return Objects.requireNonNull(System.getProperty(TOKEN_PROPERTY), TOKEN_PROPERTY);
  }

  /** {@return a client with the defaults, as a user builds it} */
  static Redis.Builder client() {
    return Redis.builder().url(url()).token(token());
  }

  /** {@return the JSON body of a base64 GET reply of {@code value}, as the server sends it} */
  static String expectedGetBody(String value) {
    return "{\"result\":\"" + Base64.getEncoder().encodeToString(value.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)) + "\"}";
  }

  /** Fails loudly: a benchmark that measured wrong replies measured nothing. */
  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("wrong reply: " + what);
    }
  }
}
