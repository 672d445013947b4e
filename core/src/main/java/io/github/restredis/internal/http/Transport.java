package io.github.restredis.internal.http;

import com.squareup.moshi.JsonReader;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.restredis.MetricsSnapshot;
import io.github.restredis.ReplyDecodeException;
import io.github.restredis.RequestTooLargeException;
import io.github.restredis.UpstashException;
import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.DecodeFailure;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link HttpCall}s: headers, per-attempt timeout and overall deadline, safe retries, reply
 * parsing, error mapping, metrics, listeners and logs. Thread-safe; one per client. Its parts, so
 * that the blocking and async paths share them: {@link ReplyBodies} reads bodies, {@link
 * AttemptFailures} decides what a failed attempt means, {@link RequestReporter} reports finished
 * requests and {@link Continuations} runs async completions and retries.
 */
public final class Transport implements Closeable {
  private static final Logger log = LoggerFactory.getLogger("io.github.restredis");

  private final Settings settings;
  private final OkHttpClient client;
  /** The dispatcher and pool this transport created or shares; null with the caller's client. */
  private final @Nullable HttpResources resources;
  private final Retry retry;
  private final RequestFactory requests;
  final ReplyBodies bodies;
  private final AttemptFailures failures;
  private final MetricsRecorder metrics = new MetricsRecorder();
  private final RequestReporter reporter;
  private final CommandBudget budget;
  /** When the pool's connections were last used, by the calls of every client sharing it. */
  private final IdleConnections idle;
  private final int maxAttempts;
  private final Continuations continuations;
  private final Object closeLock = new Object();
  private volatile boolean closed;
  private final Set<AutoCloseable> tracked = ConcurrentHashMap.newKeySet();

  /** Creates the transport and, unless the caller gave one, its own OkHttp client. */
  public Transport(Settings settings) {
    this(settings, null, null);
  }

  /** Creates the transport, sharing {@code parent}'s dispatcher and pool; see below. */
  public Transport(Settings settings, @Nullable HttpResources parent) {
    this(settings, parent, null);
  }

  /**
   * Creates the transport. Unless the caller gave an OkHttp client, it shares {@code parent}'s
   * dispatcher and connection pool while they are open (see {@link HttpResources}), else creates
   * its own. It counts its commands with {@code parentBudget} when its budget settings are that
   * counter's (see {@link CommandBudget#forClient}), else with a counter of its own.
   */
  public Transport(Settings settings, @Nullable HttpResources parent,
      @Nullable CommandBudget parentBudget) {
    this.settings = settings;
    this.maxAttempts = settings.retryPolicy().maxRetries() + 1;
    this.retry = Retry.of("restredis", RetryConfig.custom()
        .maxAttempts(maxAttempts)
        .retryOnException(t -> t instanceof AttemptFailure && ((AttemptFailure) t).retryable)
        .intervalBiFunction((attempt, either) ->
            either.isLeft() && either.getLeft() instanceof AttemptFailure
                ? ((AttemptFailure) either.getLeft()).waitMillis : 0L)
        .build());
    this.budget = CommandBudget.forClient(parentBudget, settings, Clock.systemUTC(), log);
    this.requests = new RequestFactory(settings);
    this.bodies = new ReplyBodies(requests, settings.base64());
    this.failures = new AttemptFailures(settings.retryPolicy(), requests, bodies);
    this.reporter = new RequestReporter(metrics, settings.listeners());
    // Last, so nothing can fail after the shared resources were counted for this transport.
    OkHttpClient base;
    OkHttpClient.Builder builder;
    OkHttpClient user = settings.userClient();
    if (user != null) {
      // A derived copy shares the caller's pool and dispatcher but never re-sends on its own.
      base = user;
      builder = user.newBuilder();
      resources = null;
    } else {
      resources = HttpResources.acquire(parent, settings.maxConcurrentRequests());
      base = resources.base();
      // The connect timeout belongs to the OkHttpClient, not to the pool: set per client.
      builder = base.newBuilder().connectTimeout(settings.connectTimeout());
    }
    this.idle = IdleConnections.of(base.connectionPool());
    this.client = builder
        .retryOnConnectionFailure(false)
        // A redirected POST would be sent again by OkHttp; the REST API never redirects.
        .followRedirects(false)
        .eventListenerFactory(WriteTracker.factory(base.eventListenerFactory(), idle))
        .build();
    this.continuations = new Continuations(client.dispatcher());
  }

  /** {@return the OkHttp client requests go through (derived: no silent re-sending)} */
  public OkHttpClient client() {
    return client;
  }

  /**
   * {@return the dispatcher and pool this transport uses, for clients derived from it to share;
   * null when they belong to the caller's OkHttp client}
   */
  public @Nullable HttpResources resources() {
    return resources;
  }

  /** {@return the daily command counter, for clients derived from this one to share} */
  public CommandBudget budget() {
    return budget;
  }

  /** {@return the counters so far} */
  public MetricsSnapshot metrics() {
    return metrics.snapshot();
  }

  /** {@return the newest read-your-writes sync token received, or null} */
  public @Nullable String syncToken() {
    return requests.syncToken();
  }

  /** {@return the decoded reply of {@code command}, sent alone} */
  public <T> T execute(Command<T> command, Duration attemptTimeout, Duration deadline) {
    HttpCall call = HttpCall.single(command);
    Received<ReplyReader.Item> received = send(call, attemptTimeout, deadline, ReplyReader::item);
    return decode(command, received.value, received);
  }

  /**
   * {@return one reply item decoded for {@code command}}
   * Pipelines and transactions decode each of their items with this, so a failed item fails only
   * its own command.
   *
   * @throws io.github.restredis.RedisErrorException if the item is an error reply
   * @throws ReplyDecodeException if the item does not have the shape the command expects
   */
  public <T> T decode(Command<T> command, ReplyReader.Item item, Received<?> received) {
    if (item.error != null) {
      throw failed(command, ErrorReplies.of(command.name(), requests.redact(item.error)));
    }
    try {
      return command.decoder().decode(item.result);
    } catch (DecodeFailure e) {
      throw failed(command, new ReplyDecodeException(
          command.name() + ": " + e.getMessage() + "; body: " + received.quotedBody(),
          command.name(), e));
    } catch (RuntimeException e) {
      // A decoder that trips over a shape nobody foresaw still fails the documented way.
      throw failed(command, new ReplyDecodeException(command.name() + ": cannot decode the reply ("
          + e.getClass().getSimpleName() + "); body: " + received.quotedBody(), command.name(), e));
    }
  }

  /**
   * {@return {@code failure}, counted: a command that fails on its own in a request that succeeded
   * (an error item of a batch) is a failure its caller sees, as a failed request is}
   */
  private <E extends UpstashException> E failed(Command<?> command, E failure) {
    if (!ErrorReplies.handled(command.handledError(), failure)) {
      metrics.failure(failure);
    }
    return failure;
  }

  /** Parses a 2xx body. */
  @FunctionalInterface
  public interface BodyParser<R> {
    /** {@return the parsed body} */
    R parse(JsonReader reader, boolean base64) throws IOException;
  }

  /** A parsed 2xx body and the start of its bytes, kept to quote when a decoder rejects it. */
  public static final class Received<R> {
    final R value;
    final ByteString head;
    final long size;
    private final ReplyBodies bodies;

    Received(R value, ByteString head, long size, ReplyBodies bodies) {
      this.value = value;
      this.head = head;
      this.size = size;
      this.bodies = bodies;
    }

    /** {@return the parsed body} */
    public R value() {
      return value;
    }

    /** {@return the start of the body, quoted for an error message, without the token} */
    public String quotedBody() {
      return bodies.quote(head, size);
    }
  }

  /**
   * Sends {@code call} like {@link #send}, through OkHttp's dispatcher without blocking: the
   * future completes with the parsed 2xx body or exceptionally with the {@link UpstashException}
   * {@link #send} would throw. Futures complete on the dispatcher's executor, after the attempt
   * has released its dispatcher slot, so a caller that blocks in a callback cannot starve it.
   */
  public <R> CompletableFuture<Received<R>> sendAsync(
      HttpCall call, Duration attemptTimeout, Duration deadline, BodyParser<R> parser) {
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("client is closed"));
    }
    if (call.size() > settings.maxRequestBytes()) {
      return CompletableFuture.failedFuture(
          new RequestTooLargeException(call.label(), call.size(), settings.maxRequestBytes()));
    }
    return new AsyncSend<>(this, continuations, call, attemptTimeout, deadline, parser,
        maxAttempts).start();
  }

  /** {@return the request size limit in bytes} */
  public long maxRequestBytes() {
    return settings.maxRequestBytes();
  }

  boolean isClosed() {
    return closed;
  }

  /**
   * Sends {@code call} with retries and returns its parsed 2xx body; every other outcome is an
   * {@link UpstashException}. Pipelines and transactions use this with {@link ReplyReader#batch}.
   */
  public <R> Received<R> send(
      HttpCall call, Duration attemptTimeout, Duration deadline, BodyParser<R> parser) {
    if (closed) {
      throw new IllegalStateException("client is closed");
    }
    if (call.size() > settings.maxRequestBytes()) {
      throw new RequestTooLargeException(call.label(), call.size(), settings.maxRequestBytes());
    }
    long start = System.nanoTime();
    long deadlineNanos = start + deadline.toNanos();
    Attempts attempts = new Attempts();
    UpstashException failure = null;
    try {
      return retry.executeCheckedSupplier(
          () -> attempt(call, attempts, attemptTimeout, deadlineNanos, deadline, parser));
    } catch (AttemptFailure f) {
      failure = f.failure;
      throw f.failure;
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    } finally {
      finish(call, attempts, System.nanoTime() - start, failure);
    }
  }

  /** Mutable per-request state; used by one thread at a time. */
  static final class Attempts {
    int count;
    int status;
    long bytesSent;
    long bytesReceived;
  }

  private <R> Received<R> attempt(
      HttpCall call, Attempts attempts, Duration attemptTimeout, long deadlineNanos,
      Duration deadline, BodyParser<R> parser) {
    int n = attempts.count++;
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      throw deadlinePassed(call, deadline, n);
    }
    boolean deadlineBound = remaining < attemptTimeout.toNanos();
    WriteMark mark = new WriteMark();
    Call okCall = newCall(call, n, mark, Math.min(remaining, attemptTimeout.toNanos()));
    attempts.status = 0;
    attempts.bytesReceived = 0;
    boolean counted = false;
    try (Response response = okCall.execute()) {
      attempts.bytesSent += call.size();
      counted = true;
      return received(call, attempts, response, parser, n, deadlineNanos);
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) {
        if (mark.started && !counted) {
          attempts.bytesSent += call.size();
        }
        throw failures.interrupted(call, mark.started, e);
      }
      throw ioFailure(call, attempts, e, mark.started, counted, deadlineBound, attemptTimeout,
          deadline, n, deadlineNanos);
    }
  }

  AttemptFailure deadlinePassed(HttpCall call, Duration deadline, int n) {
    return failures.deadlinePassed(call, deadline, n);
  }

  Call newCall(HttpCall call, int n, WriteMark mark, long timeoutNanos) {
    Request request = requests.request(call, n, mark);
    if (!call.idempotent && !settings.retryPolicy().retryNonIdempotent()) {
      // Nothing could send it again if it met a connection that died while idle (see
      // IdleConnections): after the idle limit, it goes out on a new one.
      idle.evictIfIdleFor(client.connectionPool(), settings.freshConnectionAfterIdle());
    }
    Call okCall = client.newCall(request);
    okCall.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
    return okCall;
  }

  /** Reads and handles a response; its body read failing is an {@link IOException}. */
  <R> Received<R> received(HttpCall call, Attempts attempts, Response response,
      BodyParser<R> parser, int n, long deadlineNanos) throws IOException {
    requests.received(response);
    attempts.status = response.code();
    Buffer body = new Buffer();
    ResponseBody responseBody = response.body();
    if (responseBody != null) {
      body.writeAll(responseBody.source());
    }
    attempts.bytesReceived = body.size();
    metrics.attempt(0, body.size(), call.commandNames.size());
    budget.add(call.commandNames.size());
    if (response.code() >= 200 && response.code() < 300) {
      return bodies.parse(call, body, parser);
    }
    throw failures.status(call, response.code(), body, n, deadlineNanos);
  }

  /** {@return the attempt's I/O failure classified, after accounting for what it sent} */
  AttemptFailure ioFailure(HttpCall call, Attempts attempts, IOException e, boolean sent,
      boolean counted, boolean deadlineBound, Duration attemptTimeout, Duration deadline, int n,
      long deadlineNanos) {
    if (sent && !counted) {
      attempts.bytesSent += call.size();
    }
    // Other connections idle past the limit may have died with the one that just failed (in the
    // same freeze): the retry should not meet them one by one.
    idle.evictIfIdleFor(client.connectionPool(), settings.freshConnectionAfterIdle());
    return failures.io(call, e, sent, deadlineBound, attemptTimeout, deadline, n, deadlineNanos);
  }

  void finish(HttpCall call, Attempts attempts, long nanos, @Nullable UpstashException failure) {
    reporter.finish(call, attempts, nanos, failure);
  }

  /**
   * {@return a call that opens the event stream of {@code kind} ({@code subscribe} or {@code
   * psubscribe}) for {@code name}; it has no timeout, as the stream stays open}
   *
   * @throws IllegalStateException if the client is closed
   */
  public Call newEventStreamCall(String kind, String name) {
    if (closed) {
      throw new IllegalStateException("client is closed");
    }
    return client.newCall(requests.eventStream(kind, name));
  }

  /** {@return {@code text} from the server or the network, with the token cut out} */
  public String redact(String text) {
    return requests.redact(text);
  }

  /** Closes {@code resource} (an open subscription) when this transport closes. */
  public void track(AutoCloseable resource) {
    tracked.add(resource);
    if (closed) {
      closeTracked();
    }
  }

  /** Forgets a resource that closed on its own. */
  public void untrack(AutoCloseable resource) {
    tracked.remove(resource);
  }

  private void closeTracked() {
    for (AutoCloseable resource : List.copyOf(tracked)) {
      try {
        resource.close();
      } catch (Exception e) {
        log.warn("closing {} failed", resource.getClass().getSimpleName(), e);
      }
    }
  }

  /**
   * Stops this transport and lets go of its dispatcher and pool: they are shut down once no other
   * transport shares them. A caller's OkHttp client is never shut down.
   */
  @Override
  public void close() {
    synchronized (closeLock) {
      // Atomic, so two racing close() calls cannot both let go of the shared resources.
      if (closed) {
        return;
      }
      closed = true;
    }
    closeTracked();
    continuations.shutdown();
    if (resources != null) {
      resources.release();
    }
  }
}
