package io.github.restredis;

import com.squareup.moshi.Moshi;
import io.github.restredis.internal.http.CommandBudget;
import io.github.restredis.internal.http.HttpResources;
import io.github.restredis.internal.http.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The options a {@link Redis.Builder} collects, with their defaults, and what they become: the
 * transport's {@link Settings}. A client keeps a copy, which {@link Redis#newBuilder()} starts from;
 * kept apart so the public builder holds only its documented setters.
 */
final class RedisConfig {
  final Map<String, String> env;
  @Nullable String url;
  @Nullable Supplier<String> token;
  @Nullable OkHttpClient client;
  /** The dispatcher and pool to share, when the builder came from {@link Redis#newBuilder()}. */
  @Nullable HttpResources shared;
  /** The daily command counter to share, when the builder came from {@link Redis#newBuilder()}. */
  @Nullable CommandBudget sharedBudget;
  boolean allowInsecureHttp;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration attemptTimeout = Duration.ofSeconds(10);
  Duration deadline = Duration.ofSeconds(30);
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  boolean readYourWrites = true;
  boolean base64 = true;
  boolean telemetry;
  long maxRequestBytes = 10L * 1024 * 1024;
  int maxConcurrentRequests = 64;
  Moshi moshi = new Moshi.Builder().build();
  final List<RequestListener> listeners = new ArrayList<>();
  long dailyCommandBudget;
  double budgetWarnShare = 0.8;
  @Nullable Consumer<DailyBudgetWarning> budgetCallback;
  boolean autoPipelining = true;
  int maxBatchesInFlight = 4;
  int maxCommandsPerRequest = 1000;
  Duration freshConnectionAfterIdle = Settings.DEFAULT_FRESH_CONNECTION_AFTER_IDLE;

  RedisConfig(Map<String, String> env) {
    this.env = Map.copyOf(env);
    this.telemetry = !env.containsKey("UPSTASH_DISABLE_TELEMETRY");
  }

  RedisConfig copy() {
    RedisConfig c = new RedisConfig(env);
    c.url = url;
    c.token = token;
    c.client = client;
    c.shared = shared;
    c.sharedBudget = sharedBudget;
    c.allowInsecureHttp = allowInsecureHttp;
    c.connectTimeout = connectTimeout;
    c.attemptTimeout = attemptTimeout;
    c.deadline = deadline;
    c.retryPolicy = retryPolicy;
    c.readYourWrites = readYourWrites;
    c.base64 = base64;
    c.telemetry = telemetry;
    c.maxRequestBytes = maxRequestBytes;
    c.maxConcurrentRequests = maxConcurrentRequests;
    c.moshi = moshi;
    c.listeners.addAll(listeners);
    c.dailyCommandBudget = dailyCommandBudget;
    c.budgetWarnShare = budgetWarnShare;
    c.budgetCallback = budgetCallback;
    c.autoPipelining = autoPipelining;
    c.maxBatchesInFlight = maxBatchesInFlight;
    c.maxCommandsPerRequest = maxCommandsPerRequest;
    c.freshConnectionAfterIdle = freshConnectionAfterIdle;
    return c;
  }

  /** {@return the trimmed value of {@code name}, else of {@code fallback}, when not blank} */
  String requireEnv(String name, String fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      value = env.get(fallback);
    }
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "environment variable " + name + " (or " + fallback + ") is not set");
    }
    return value.trim();
  }

  static void checkToken(String token) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException("token is empty");
    }
    if (token.indexOf('\r') >= 0 || token.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("token contains CR or LF");
    }
  }

  /**
   * {@return the transport settings, once the URL and the token are known good}
   *
   * @throws IllegalStateException if the URL or the token is missing
   * @throws IllegalArgumentException if the URL is invalid or insecure
   */
  Settings settings() {
    if (url == null) {
      throw new IllegalStateException("url is not set");
    }
    if (token == null) {
      throw new IllegalStateException("token is not set");
    }
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("not an http or https URL: " + url);
    }
    if (!parsed.isHttps() && !allowInsecureHttp && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException("https is required for " + parsed.host()
          + "; call allowInsecureHttp(true) to send the token in clear text anyway");
    }
    return new Settings(parsed, token, client, connectTimeout, attemptTimeout,
        deadline, retryPolicy, readYourWrites, base64, telemetry, maxRequestBytes,
        maxConcurrentRequests, env, List.copyOf(listeners), dailyCommandBudget, budgetWarnShare,
        budgetCallback, freshConnectionAfterIdle);
  }

  /**
   * Whether {@code host}, as {@link HttpUrl} canonicalizes it ({@code ::1} for IPv6 literals), is
   * loopback: localhost, ::1 or a dotted-quad 127.x.y.z. A name is never judged by its first
   * characters: {@code 127.0.0.1.example.com} is somebody else's host.
   */
  static boolean isLoopback(String host) {
    if (host.equals("localhost") || host.equals("::1")) {
      return true;
    }
    String[] octets = host.split("\\.", -1);
    if (octets.length != 4 || !octets[0].equals("127")) {
      return false;
    }
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3
          || !octet.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }
}
