package io.github.restredis.internal.http;

import io.github.restredis.DailyBudgetWarning;
import io.github.restredis.RequestListener;
import io.github.restredis.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Everything the transport needs, validated by the public builder.
 *
 * @param url the REST URL, no trailing slash
 * @param token supplies the token for each request
 * @param userClient the caller's client to derive ours from, or null to create one
 * @param connectTimeout the connect timeout
 * @param attemptTimeout the default per-attempt timeout
 * @param deadline the default overall deadline, retries included
 * @param retryPolicy the retry policy
 * @param readYourWrites whether to send the newest sync token
 * @param base64 whether to ask for base64 replies
 * @param telemetry whether to send telemetry headers
 * @param maxRequestBytes the request size limit
 * @param maxConcurrentRequests the dispatcher and pool limit
 * @param env the environment used to detect the platform
 * @param listeners request listeners
 * @param dailyCommandBudget commands per day before warning, 0 for none
 * @param budgetWarnShare the share of the budget that triggers the warning
 * @param budgetCallback called with the warning, or null
 * @param freshConnectionAfterIdle how long a pooled connection may have been idle and still carry
 *     a request that cannot be retried
 */
public record Settings(
    HttpUrl url,
    Supplier<String> token,
    @Nullable OkHttpClient userClient,
    Duration connectTimeout,
    Duration attemptTimeout,
    Duration deadline,
    RetryPolicy retryPolicy,
    boolean readYourWrites,
    boolean base64,
    boolean telemetry,
    long maxRequestBytes,
    int maxConcurrentRequests,
    Map<String, String> env,
    List<RequestListener> listeners,
    long dailyCommandBudget,
    double budgetWarnShare,
    @Nullable Consumer<DailyBudgetWarning> budgetCallback,
    Duration freshConnectionAfterIdle) {

  /** The builder's default of {@link #freshConnectionAfterIdle}. */
  public static final Duration DEFAULT_FRESH_CONNECTION_AFTER_IDLE = Duration.ofSeconds(5);

  /** Settings with the default idle limit, as tests build them. */
  public Settings(HttpUrl url, Supplier<String> token, @Nullable OkHttpClient userClient,
      Duration connectTimeout, Duration attemptTimeout, Duration deadline, RetryPolicy retryPolicy,
      boolean readYourWrites, boolean base64, boolean telemetry, long maxRequestBytes,
      int maxConcurrentRequests, Map<String, String> env, List<RequestListener> listeners,
      long dailyCommandBudget, double budgetWarnShare,
      @Nullable Consumer<DailyBudgetWarning> budgetCallback) {
    this(url, token, userClient, connectTimeout, attemptTimeout, deadline, retryPolicy,
        readYourWrites, base64, telemetry, maxRequestBytes, maxConcurrentRequests, env, listeners,
        dailyCommandBudget, budgetWarnShare, budgetCallback, DEFAULT_FRESH_CONNECTION_AFTER_IDLE);
  }

  /** Settings without a budget callback, as most tests build them. */
  public Settings(HttpUrl url, Supplier<String> token, @Nullable OkHttpClient userClient,
      Duration connectTimeout, Duration attemptTimeout, Duration deadline, RetryPolicy retryPolicy,
      boolean readYourWrites, boolean base64, boolean telemetry, long maxRequestBytes,
      int maxConcurrentRequests, Map<String, String> env, List<RequestListener> listeners,
      long dailyCommandBudget, double budgetWarnShare) {
    this(url, token, userClient, connectTimeout, attemptTimeout, deadline, retryPolicy,
        readYourWrites, base64, telemetry, maxRequestBytes, maxConcurrentRequests, env, listeners,
        dailyCommandBudget, budgetWarnShare, null);
  }
}
