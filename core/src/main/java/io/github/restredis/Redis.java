package io.github.restredis;

import com.squareup.moshi.Moshi;
import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Raw;
import io.github.restredis.internal.http.AutoPipeline;
import io.github.restredis.internal.http.Settings;
import io.github.restredis.internal.http.Transport;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A Redis client over the Upstash REST API. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * try (Redis redis = Redis.fromEnv()) {
 *   redis.set("greeting", "hello", SetArgs.Builder.ex(Duration.ofMinutes(5)));
 *   String greeting = redis.get("greeting");
 * }
 * }</pre>
 *
 * <p>Each method sends one command in one HTTP request and blocks until its reply. Failures are
 * {@link UpstashException}s. A request that fails before anything was written is retried; after
 * an uncertain failure (timeout, reset, 5xx, 429) it is retried only if all of its commands are
 * idempotent, so an {@code INCR} is never applied twice by this client (see {@link RetryPolicy}).
 *
 * <p>Defaults (see {@link Builder}): attempt timeout 10 s, deadline 30 s, 5 retries from 50 ms,
 * read-your-writes on, base64 replies on, telemetry headers on, 10 MiB request limit, up to 64
 * concurrent requests and pooled connections, and no request that cannot be retried on a
 * connection idle for 5 s or more ({@link Builder#freshConnectionAfterIdle(Duration)}).
 */
public final class Redis
    implements StringCommands, KeyCommands, HashCommands, ListCommands, SetCommands,
        SortedSetCommands, ServerCommands, ScriptCommands, ScanCommands, AutoCloseable,
        ExpiryCommands, BitmapCommands,
        StreamCommands, StreamGroupCommands,
        SortedSetRangeCommands, SortedSetAlgebraCommands,
        HyperLogLogCommands, FunctionCommands,
        HashFieldExpiryCommands,
        GeoCommands,
        PubSubCommands,
        JsonCommands, JsonCollectionCommands {
  private final RedisConfig config;
  private final Transport transport;
  private final Duration attemptTimeout;
  private final Duration deadline;
  private final boolean owner;
  private final RedisAsync async;
  private final JsonView json;

  private Redis(RedisConfig config, Transport transport, Duration attemptTimeout, Duration deadline,
      boolean owner) {
    this.config = config;
    this.transport = transport;
    this.attemptTimeout = attemptTimeout;
    this.deadline = deadline;
    this.owner = owner;
    this.async = new RedisAsync(this, config.autoPipelining
        ? new AutoPipeline(transport, config.maxBatchesInFlight, config.maxCommandsPerRequest,
            attemptTimeout, deadline)
        : null);
    this.json = new JsonView(this, config.moshi);
  }

  /**
   * {@return a client for the database named by the environment, with the default options}
   * Reads {@code UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN}, falling back to
   * Vercel's {@code KV_REST_API_URL} and {@code KV_REST_API_TOKEN}; telemetry is off when {@code
   * UPSTASH_DISABLE_TELEMETRY} is set. For other options as well, use {@code
   * Redis.builder().fromEnv()} (see {@link Builder#fromEnv()}).
   *
   * @throws IllegalStateException naming the variable that is missing
   */
  public static Redis fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * {@return a client configured from {@code env}, read as {@link #fromEnv()} reads the environment}
   *
   * @param env variable names to values
   * @throws IllegalStateException naming the variable that is missing
   */
  public static Redis fromEnv(Map<String, String> env) {
    return new Builder(env).fromEnv().build();
  }

  /**
   * {@return a builder with the documented defaults}
   * Its URL and token come from {@link Builder#url(String)} and {@link Builder#token(String)}, or
   * from the environment with {@link Builder#fromEnv()}.
   */
  public static Builder builder() {
    return new Builder(System.getenv());
  }

  /**
   * {@return a builder holding this client's configuration, to build a different one}
   * As with OkHttp's {@code newBuilder()}, the clients it builds share this client's connection
   * pool and dispatcher (its threads), so a variant opens no connections of its own: a {@code
   * RateLimiter} or {@link io.github.restredis.cache.RedisCache} built on this client, which derive
   * their clients this way, reuse the connections this one opened. Each shared resource is shut
   * down when the last client using it is closed, so the clients close in any order and none
   * breaks another. The {@linkplain Builder#dailyCommandBudget(long, double) daily command budget}
   * is shared too, as long as the new client keeps this one's budget settings and URL: Upstash
   * bills the database, so a client and its variants warn once for the commands they sent
   * together. Everything else stays per client: timeouts, deadline, retry policy, listeners,
   * {@linkplain #metrics() metrics} (each client counts its own requests) and the read-your-writes
   * token.
   *
   * <pre>{@code
   * Redis patient = redis.newBuilder().deadline(Duration.ofMinutes(2)).build(); // same connections
   * }</pre>
   *
   * <p>What changes sharing: {@link Builder#maxConcurrentRequests(int) maxConcurrentRequests} set
   * to another value gives the new client a dispatcher of its own with that limit (a shared
   * dispatcher's limits would change for every client), still sharing the connection pool; {@link
   * Builder#okHttpClient(OkHttpClient) okHttpClient} makes it use the given client's pool and
   * dispatcher instead. {@link Builder#connectTimeout(Duration) connectTimeout} applies to the new
   * client alone and keeps the pool. Once every client sharing a pool is closed, a builder taken
   * from one of them builds a client with a new pool and dispatcher.
   */
  public Builder newBuilder() {
    RedisConfig c = config.copy();
    c.shared = transport.resources();
    c.sharedBudget = transport.budget();
    return new Builder(c);
  }

  /**
   * {@return a view of this client whose calls use other timeouts}
   * The view shares this client's connections, metrics and sync token; closing it does nothing.
   *
   * <pre>{@code
   * String v = redis.withTimeouts(Duration.ofMillis(200), Duration.ofMillis(500)).get("k");
   * }</pre>
   *
   * @param attemptTimeout the limit of each HTTP attempt
   * @param deadline the limit of the whole call, retries and backoff included
   */
  public Redis withTimeouts(Duration attemptTimeout, Duration deadline) {
    return new Redis(config, transport, positive(attemptTimeout, "attemptTimeout"),
        positive(deadline, "deadline"), false);
  }

  /**
   * {@return the asynchronous view of this client: the same commands, returning futures}
   * The view shares this client's connections, timeouts and settings.
   */
  public RedisAsync async() {
    return async;
  }

  /**
   * {@return a new pipeline: commands queued, then sent in order by {@link Pipeline#exec()}}
   *
   * <pre>{@code
   * Pipeline p = redis.pipeline();
   * Response<Long> n = p.incr("n");
   * p.expire("n", Duration.ofMinutes(1));
   * p.exec();
   * }</pre>
   */
  public Pipeline pipeline() {
    return new Pipeline(this);
  }

  /**
   * {@return a new transaction: commands queued, then run atomically by {@link
   * Transaction#exec()} (MULTI/EXEC)}
   */
  public Transaction multi() {
    return new Transaction(this);
  }

  /**
   * Sends any command, given as strings, and returns its reply as a value tree.
   * Whether it is retried after an uncertain failure follows the command's idempotency entry.
   *
   * <pre>{@code
   * Reply reply = redis.command("OBJECT", "ENCODING", "counter");
   * }</pre>
   *
   * @param args the command name (one or more words) and its arguments
   * @return the decoded reply
   */
  public Reply command(String... args) {
    return execute(Raw.command(Arrays.asList(args)));
  }

  /**
   * Sends any command, given as a list of strings; see {@link #command(String...)}.
   *
   * @param args the command name and its arguments
   * @return the decoded reply
   */
  public Reply command(List<String> args) {
    return execute(Raw.command(args));
  }

  /**
   * Subscribes to channels (SUBSCRIBE over server-sent events) and returns once the server has
   * confirmed every one, so a message published after this returns is delivered. Dropped streams
   * reconnect with backoff until {@link Subscription#close()}; see {@link SubscriptionListener}.
   * Not a command: it exists on this synchronous client only.
   *
   * <pre>{@code
   * try (Subscription sub = redis.subscribe(List.of("orders"), m -> handle(m.message()))) {
   *   ...
   * }
   * }</pre>
   *
   * @param channels the channels, at least one; duplicates are ignored
   * @param listener receives messages and connection events
   * @return the running subscription
   * @throws UpstashException if the server refuses (401, a Redis error) or does not confirm
   *     within the client's deadline; nothing stays open then
   * @throws IllegalStateException if this client is closed
   */
  public Subscription subscribe(List<String> channels, SubscriptionListener listener) {
    return Subscription.open(this, false, channels, listener);
  }

  /**
   * Subscribes to channel patterns such as {@code news.*} (PSUBSCRIBE over server-sent events);
   * see {@link #subscribe(List, SubscriptionListener)}. Messages carry the matching pattern.
   *
   * @param patterns the glob-style patterns, at least one; duplicates are ignored
   * @param listener receives messages and connection events
   * @return the running subscription
   * @throws UpstashException if the server refuses or does not confirm within the deadline
   * @throws IllegalStateException if this client is closed
   */
  public Subscription psubscribe(List<String> patterns, SubscriptionListener listener) {
    return Subscription.open(this, true, patterns, listener);
  }

  /** {@return the client's counters: requests, billed commands, retries, failures, bytes, latency} */
  public MetricsSnapshot metrics() {
    return transport.metrics();
  }

  /** {@return the newest read-your-writes sync token received, or null before the first reply} */
  public @Nullable String syncToken() {
    return transport.syncToken();
  }

  /**
   * {@return the JSON view of this client: Java objects stored as JSON with {@link #moshi()}, read
   * and written as the official TypeScript SDK reads and writes values}
   *
   * <pre>{@code
   * redis.json().set("user:1", new User("Ada", 36));
   * User ada = redis.json().get("user:1", User.class);
   * }</pre>
   */
  public JsonView json() {
    return json;
  }

  /** {@return the Moshi instance configured for JSON values, shared with helper modules} */
  public Moshi moshi() {
    return config.moshi;
  }

  /** {@return the REST URL this client talks to} */
  public String url() {
    return config.url;
  }

  Transport transport() {
    return transport;
  }

  Duration attemptTimeout() {
    return attemptTimeout;
  }

  Duration deadline() {
    return deadline;
  }

  RetryPolicy retryPolicy() {
    return config.retryPolicy;
  }

  int maxCommandsPerRequest() {
    return config.maxCommandsPerRequest;
  }

  <T> T execute(Command<T> command) {
    return transport.execute(command, attemptTimeout, deadline);
  }

  /**
   * Closes this client. Its connection pool and dispatcher threads are released once no other
   * client shares them (see {@link #newBuilder()}); a caller-supplied OkHttp client stays open.
   */
  @Override
  public void close() {
    if (owner) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "Redis{url=" + config.url + "}";
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }

  /**
   * Configures a {@link Redis}. Only the URL and the token are required, given explicitly or read
   * from the environment by {@link #fromEnv()}.
   *
   * <pre>{@code
   * Redis redis = Redis.builder()
   *     .fromEnv()                                  // UPSTASH_REDIS_REST_URL and _TOKEN
   *     .retryPolicy(RetryPolicy.defaults().withMaxRetries(3))
   *     .build();
   * Redis other = Redis.builder()
   *     .url("https://eu1-example.upstash.io")
   *     .token(secrets.get("redis-token"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final RedisConfig config;

    Builder(Map<String, String> env) {
      this(new RedisConfig(env));
    }

    private Builder(RedisConfig config) {
      this.config = config;
    }

    /**
     * Sets the URL and the token from the environment, read as {@link Redis#fromEnv()} reads it,
     * so that a client named by the environment takes other options too, as the TypeScript SDK's
     * {@code Redis.fromEnv(options)} does:
     *
     * <pre>{@code
     * Redis redis = Redis.builder().fromEnv()
     *     .retryPolicy(RetryPolicy.defaults().withMaxRetries(2))
     *     .deadline(Duration.ofSeconds(5))
     *     .build();
     * }</pre>
     *
     * <p>{@code UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN} are read, each
     * falling back to Vercel's {@code KV_REST_API_URL} or {@code KV_REST_API_TOKEN} when missing or
     * blank; both are trimmed. It is a step of the builder rather than a second static factory so
     * that it combines with every option in any order, reads the environment the builder already
     * uses ({@code UPSTASH_DISABLE_TELEMETRY}, the platform), and leaves one way to start a
     * configuration; a later {@link #url(String)} or {@link #token(String)} replaces what it set.
     *
     * @return this builder
     * @throws IllegalStateException naming the variable that is missing (never a value)
     * @throws IllegalArgumentException if a value contains CR or LF
     */
    public Builder fromEnv() {
      String url = config.requireEnv("UPSTASH_REDIS_REST_URL", "KV_REST_API_URL");
      String token = config.requireEnv("UPSTASH_REDIS_REST_TOKEN", "KV_REST_API_TOKEN");
      url(url);
      return token(token);
    }

    /**
     * Sets the REST URL, such as {@code https://eu1-example.upstash.io}. Must be https, except for
     * loopback addresses or with {@link #allowInsecureHttp(boolean)}.
     *
     * @param url the URL; a trailing slash is dropped
     * @return this builder
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "url == null");
      if (url.indexOf('\r') >= 0 || url.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("url contains CR or LF");
      }
      config.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      return this;
    }

    /**
     * Sets a fixed token. It never appears in messages, logs or {@code toString()}.
     *
     * @param token the REST token
     * @return this builder
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token == null");
      RedisConfig.checkToken(token);
      config.token = () -> token;
      return this;
    }

    /**
     * Sets a token supplier, called before each request, for tokens that rotate.
     *
     * @param token supplies the current token
     * @return this builder
     */
    public Builder token(Supplier<String> token) {
      config.token = Objects.requireNonNull(token, "token == null");
      return this;
    }

    /**
     * Allows a plain {@code http} URL to a host that is not loopback (default false).
     *
     * @param allow true to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      config.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Uses (a derived copy of) the caller's OkHttp client, sharing its connection pool and
     * dispatcher. The copy never re-sends requests on its own ({@code retryOnConnectionFailure}
     * and {@code followRedirects} off, one-shot bodies); closing the Redis client leaves the
     * caller's client open. Its socket factory is kept as it is: give it one that sets {@code
     * TCP_NODELAY}, as the client's own does, or a request body larger than 8 KiB may wait for a
     * delayed ACK (40 ms on Linux). Its connect timeout and dispatcher limits apply, not {@link
     * #connectTimeout(Duration)} and {@link #maxConcurrentRequests(int)}. Clients built from
     * {@link Redis#newBuilder()} of this one share the caller's client too; on such a builder,
     * this replaces the pool and dispatcher it would share.
     *
     * @param client the client to derive from
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      config.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * Sets the connect timeout of the client this builder creates (default 10 s). A per-client
     * setting: a client from {@link Redis#newBuilder()} given another one still shares the pool.
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      config.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the limit of each HTTP attempt, connecting and reading included (default 10 s).
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder attemptTimeout(Duration timeout) {
      config.attemptTimeout = positive(timeout, "attemptTimeout");
      return this;
    }

    /**
     * Sets the limit of a whole call, retries and backoff included (default 30 s).
     *
     * @param deadline the deadline, positive
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      config.deadline = positive(deadline, "deadline");
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      config.retryPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sends the newest {@code upstash-sync-token} with each request, so a read sees this client's
     * earlier writes even on a replica (default true).
     *
     * @param enabled false to turn it off
     * @return this builder
     */
    public Builder readYourWrites(boolean enabled) {
      config.readYourWrites = enabled;
      return this;
    }

    /**
     * Asks for base64 replies, the only way to read bytes that are not UTF-8 exactly (default true).
     *
     * @param enabled false for plain JSON strings
     * @return this builder
     */
    public Builder base64Responses(boolean enabled) {
      config.base64 = enabled;
      return this;
    }

    /**
     * Sends the SDK, Java runtime and platform as telemetry headers (default true, unless the
     * environment variable {@code UPSTASH_DISABLE_TELEMETRY} is set).
     *
     * @param enabled false to send none
     * @return this builder
     */
    public Builder telemetry(boolean enabled) {
      config.telemetry = enabled;
      return this;
    }

    /**
     * Sets the largest request body sent; larger requests fail before sending (default 10 MiB).
     *
     * @param bytes the limit in bytes
     * @return this builder
     */
    public Builder maxRequestBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxRequestBytes must be positive: " + bytes);
      }
      config.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Sets how many requests may run at once and how many idle connections are kept, for the
     * client this builder creates (default 64; OkHttp's own default allows 5 per host). The limit
     * belongs to the OkHttp dispatcher, which clients from {@link Redis#newBuilder()} share, so
     * they share the limit too. On such a builder another value gives the new client a dispatcher
     * of its own with this limit; it still shares the connection pool, which keeps as many idle
     * connections as the client that created it set.
     *
     * @param max the limit, positive
     * @return this builder
     */
    public Builder maxConcurrentRequests(int max) {
      if (max <= 0) {
        throw new IllegalArgumentException("maxConcurrentRequests must be positive: " + max);
      }
      config.maxConcurrentRequests = max;
      return this;
    }

    /**
     * Sets the Moshi instance used to convert JSON values (default: a plain {@code Moshi}).
     *
     * @param moshi the instance
     * @return this builder
     */
    public Builder moshi(Moshi moshi) {
      config.moshi = Objects.requireNonNull(moshi, "moshi == null");
      return this;
    }

    /**
     * Adds a listener called after each request.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(RequestListener listener) {
      config.listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Logs a warning once a day (UTC) when this client has sent {@code warnShare} of {@code
     * commands} billed commands that day; the free tier allows 10,000 a day. Off by default.
     *
     * <p>Clients derived from this one with {@link Redis#newBuilder()}, such as the clients of a
     * {@code RateLimiter} or a {@link io.github.restredis.cache.RedisCache} built on it, share its
     * count: the warning comes once, when their commands together reach the share, since Upstash
     * counts the database's commands, not one client's. A derived client given another budget,
     * share, callback or URL counts its own commands alone. Other processes (other Lambda
     * containers) are not counted: give each its share of the quota.
     *
     * @param commands the daily budget, 0 to turn it off
     * @param warnShare the share that triggers the warning, in (0, 1]
     * @return this builder
     */
    public Builder dailyCommandBudget(long commands, double warnShare) {
      if (commands < 0 || !(warnShare > 0 && warnShare <= 1)) {
        throw new IllegalArgumentException("need commands >= 0 and 0 < warnShare <= 1");
      }
      config.dailyCommandBudget = commands;
      config.budgetWarnShare = warnShare;
      config.budgetCallback = null;
      return this;
    }

    /**
     * Like {@link #dailyCommandBudget(long, double)}, and also calls {@code onWarning} when the
     * warning is logged, so that a service can raise its own alert or shed optional Redis work:
     *
     * <pre>{@code
     * Redis.builder()...dailyCommandBudget(10_000, 0.8, w -> alerts.send("Redis: " + w.commands()
     *     + " of " + w.budget() + " commands used on " + w.day())).build();
     * }</pre>
     *
     * <p>It runs once per UTC day, on the thread whose request crossed the share, before that
     * request returns: keep it fast and hand slow work to an executor. An exception it throws is
     * logged and otherwise ignored. Clients derived with {@link Redis#newBuilder()} share the
     * count and the callback, so it runs once a day for all of them together (see {@link
     * #dailyCommandBudget(long, double)}).
     *
     * @param commands the daily budget, 0 to turn it off
     * @param warnShare the share that triggers the warning, in (0, 1]
     * @param onWarning called with the warning
     * @return this builder
     */
    public Builder dailyCommandBudget(long commands, double warnShare,
        Consumer<DailyBudgetWarning> onWarning) {
      Objects.requireNonNull(onWarning, "onWarning == null");
      dailyCommandBudget(commands, warnShare);
      config.budgetCallback = onWarning;
      return this;
    }

    /**
     * Batches the {@linkplain Redis#async() async view}'s commands issued while earlier requests
     * are in flight into {@code /pipeline} requests (default true). Off, each async command is a
     * request of its own.
     *
     * @param enabled false to send each async command alone
     * @return this builder
     */
    public Builder autoPipelining(boolean enabled) {
      config.autoPipelining = enabled;
      return this;
    }

    /**
     * Sets how many auto-pipelined requests may be in flight at once (default 4); commands issued
     * while all are out wait for the next one.
     *
     * @param max the limit, positive
     * @return this builder
     */
    public Builder maxBatchesInFlight(int max) {
      if (max <= 0) {
        throw new IllegalArgumentException("maxBatchesInFlight must be positive: " + max);
      }
      config.maxBatchesInFlight = max;
      return this;
    }

    /**
     * Sets the most commands one pipeline request carries (default 1,000): larger {@link
     * Pipeline}s are split, and auto-pipelined batches stop there. Transactions are never split.
     *
     * @param max the limit, positive
     * @return this builder
     */
    public Builder maxCommandsPerRequest(int max) {
      if (max <= 0) {
        throw new IllegalArgumentException("maxCommandsPerRequest must be positive: " + max);
      }
      config.maxCommandsPerRequest = max;
      return this;
    }

    /**
     * Sets how long a pooled connection may have been idle and still carry a request that cannot
     * be retried (default 5 s); past it, such a request goes out on a new connection.
     *
     * <p>A keep-alive connection can die without the client noticing: a serverless container
     * (AWS Lambda) is frozen between invocations, and the server, a load balancer or a NAT that
     * drops the idle connection meanwhile sends a FIN or RST that is never processed, or nothing
     * at all. The first request written to it then fails after it was sent, when nobody can tell
     * whether it ran, and a non-idempotent command ({@code INCR}, {@code LPUSH}, ...) is not
     * retried then (see {@link RetryPolicy}). OkHttp's own check does not cover it: before a POST
     * on a connection idle for 10 s or more it reads the socket for 1 ms, which finds a FIN or
     * RST that arrived, not a connection that died silently. So, before sending a request that
     * would not be retried after an uncertain failure, the client closes the pool's idle
     * connections when one of them has been idle this long (OkHttp's {@code evictAll()} leaves
     * connections in use alone). Idempotent requests keep reusing idle connections: a dead one
     * costs them a retry, not a wrong answer. After any failed attempt the connections idle this
     * long are closed too, so that a retry does not meet them one by one.
     *
     * <p>Idleness belongs to the connection pool, so it counts the calls of every client sharing
     * it ({@link Redis#newBuilder()}, a caller's {@link #okHttpClient(OkHttpClient)}, whose other
     * idle connections are closed with them). It is measured with both the monotonic and the wall
     * clock, the larger counting, in case a frozen machine stops one of them. The 5 s default is
     * below the shortest keep-alive timeout of common servers (Node.js closes after 5 s), so a
     * connection reused within it has almost always survived; past it, a new connection costs a
     * TCP and TLS handshake on the first non-idempotent request after a pause. The pool keeps
     * idle connections for 5 minutes regardless, for idempotent requests. {@link Duration#ZERO}
     * sends every non-idempotent request on a connection that is not idle; a duration longer
     * than any pause (such as a day) turns this off.
     *
     * @param idle the idle time past which a connection is not trusted, zero or more
     * @return this builder
     */
    public Builder freshConnectionAfterIdle(Duration idle) {
      Objects.requireNonNull(idle, "idle == null");
      if (idle.isNegative()) {
        throw new IllegalArgumentException("freshConnectionAfterIdle must not be negative: " + idle);
      }
      config.freshConnectionAfterIdle = idle;
      return this;
    }

    /**
     * {@return the client}
     *
     * @throws IllegalStateException if the URL or the token is missing
     * @throws IllegalArgumentException if the URL is invalid or insecure
     */
    public Redis build() {
      Settings settings = config.settings();
      RedisConfig snapshot = config.copy();
      // The client's own resources and counter are what its newBuilder() shares; these references
      // would only keep the parent's alive.
      snapshot.shared = null;
      snapshot.sharedBudget = null;
      return new Redis(snapshot, new Transport(settings, config.shared, config.sharedBudget),
          config.attemptTimeout, config.deadline, true);
    }

    /** {@return the configuration without the token} */
    @Override
    public String toString() {
      return "Redis.Builder{url=" + config.url + ", retryPolicy=" + config.retryPolicy + "}";
    }
  }
}
