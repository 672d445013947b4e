package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.restredis.FaultProxy.Action;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault against every surface, through {@link FaultProxy} in front of the local server: the
 * caller gets the documented outcome (the replies after a safe retry, or the right exception, the
 * same for every command of a failed request) before its deadline; Redis's own command statistics
 * show how often each command really ran, so a non-idempotent command running twice would show;
 * and afterwards OkHttp's dispatcher runs nothing, its pool holds no connection in use, its
 * threads stop and the retry scheduler thread ends with the client.
 */
class FaultMatrixIT extends RedisIT {
  private static final Duration ATTEMPT = Duration.ofSeconds(2);
  private static final Duration DEADLINE = Duration.ofSeconds(15);
  /** Not a timing assertion: only a bound past which the call counts as hung. */
  private static final Duration HANG_GUARD = DEADLINE.plusSeconds(15);

  /** Which requests the client sends again after the fault. */
  enum Retry { ALWAYS, IDEMPOTENT, NEVER }

  /** A fault, whether the server ran the faulted request, and what the client documents for it. */
  enum Fault {
    /** Connection refused once: nothing was sent, so even INCR is retried. */
    REFUSED_ONCE(false, Retry.ALWAYS, null),
    /** Connection refused on every attempt: retried until the retries run out. */
    REFUSED_ALWAYS(false, Retry.ALWAYS, TransportException.class),
    /** Reset as the request arrives (not read, not run): the client cannot know that. */
    RESET_BEFORE_READ(false, Retry.IDEMPOTENT, TransportException.class),
    /** Reset after the whole request was written and read, before it ran. */
    RESET_AFTER_WRITE(false, Retry.IDEMPOTENT, TransportException.class),
    /** The server ran it; the response is lost (reset). */
    RESPONSE_LOST(true, Retry.IDEMPOTENT, TransportException.class),
    /** The server ran it; the response stops halfway and the connection closes. */
    RESPONSE_CUT(true, Retry.IDEMPOTENT, TransportException.class),
    /** The server ran it; the response stops halfway and nothing more comes. */
    RESPONSE_STALLED(true, Retry.IDEMPOTENT, RequestTimeoutException.class),
    /** The server ran it; the response comes later than the attempt timeout. */
    RESPONSE_SLOW(true, Retry.IDEMPOTENT, RequestTimeoutException.class),
    HTTP_500(true, Retry.IDEMPOTENT, HttpStatusException.class),
    HTTP_502(true, Retry.IDEMPOTENT, HttpStatusException.class),
    HTTP_503(true, Retry.IDEMPOTENT, HttpStatusException.class),
    /** A 200 whose body is not JSON: never retried, whatever the commands. */
    NOT_JSON(true, Retry.NEVER, ReplyDecodeException.class),
    /** A 200 whose string reply is not base64. */
    BAD_BASE64(true, Retry.NEVER, ReplyDecodeException.class);

    final boolean applied;
    final Retry retry;
    final Class<? extends UpstashException> failure;

    Fault(boolean applied, Retry retry, Class<? extends UpstashException> failure) {
      this.applied = applied;
      this.retry = retry;
      this.failure = failure;
    }

    void inject(FaultProxy proxy, RefusingSockets sockets) {
      switch (this) {
        case REFUSED_ONCE -> sockets.refuseNext(1);
        case REFUSED_ALWAYS -> sockets.refuseNext(Integer.MAX_VALUE);
        case RESET_BEFORE_READ -> proxy.inject(FaultProxy.Fault.of(Action.RESET_ON_ARRIVAL));
        case RESET_AFTER_WRITE -> proxy.inject(FaultProxy.Fault.of(Action.RESET_AFTER_REQUEST));
        case RESPONSE_LOST -> proxy.inject(FaultProxy.Fault.of(Action.LOSE_RESPONSE));
        case RESPONSE_CUT -> proxy.inject(FaultProxy.Fault.of(Action.CUT_RESPONSE));
        case RESPONSE_STALLED -> proxy.inject(FaultProxy.Fault.of(Action.STALL_HALFWAY));
        case RESPONSE_SLOW -> proxy.inject(FaultProxy.Fault.delay(3 * ATTEMPT.toMillis()));
        case HTTP_500 -> proxy.inject(FaultProxy.Fault.status(500));
        case HTTP_502 -> proxy.inject(FaultProxy.Fault.status(502));
        case HTTP_503 -> proxy.inject(FaultProxy.Fault.status(503));
        case NOT_JSON -> proxy.inject(FaultProxy.Fault.body(path -> "<html>Bad Gateway</html>"));
        case BAD_BASE64 -> proxy.inject(FaultProxy.Fault.body(
            path -> path.equals("/") ? "{\"result\":\"@@not base64@@\"}" : "[{\"result\":\"@@\"}]"));
        default -> throw new AssertionError(this);
      }
    }

    boolean fails(boolean idempotent) {
      return this == REFUSED_ALWAYS || retry == Retry.NEVER
          || (retry == Retry.IDEMPOTENT && !idempotent);
    }

    /** {@return how often the server ran each command of the workload} */
    long runs(boolean idempotent) {
      if (this == REFUSED_ALWAYS) {
        return 0;
      }
      return (applied ? 1 : 0) + (fails(idempotent) ? 0 : 1);
    }

    long retries(boolean idempotent) {
      if (this == REFUSED_ALWAYS) {
        return RetryPolicy.defaults().maxRetries();
      }
      return fails(idempotent) ? 0 : 1;
    }
  }

  enum Surface { SINGLE, ASYNC, PIPELINE, TRANSACTION, AUTO_PIPELINED }

  private FaultProxy proxy;
  private String value;
  private String counter;

  @BeforeEach
  void startProxy() throws Exception {
    assumeFalse(againstUpstash(), "needs the local server behind a loopback proxy");
    proxy = new FaultProxy(server.url());
    value = k("value");
    counter = k("counter");
    redis.set(value, "v");
  }

  @AfterEach
  void stopProxy() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
  }

  static Stream<Arguments> cases() {
    return Arrays.stream(Fault.values()).flatMap(fault -> Arrays.stream(Surface.values())
        .flatMap(surface -> Stream.of(
            Arguments.of(fault, surface, true), Arguments.of(fault, surface, false))));
  }

  @ParameterizedTest(name = "{0} x {1}, idempotent={2}")
  @MethodSource("cases")
  void faultHasItsDocumentedOutcome(Fault fault, Surface surface, boolean idempotent)
      throws Exception {
    RefusingSockets sockets = new RefusingSockets();
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).build();
    Set<Thread> schedulersBefore = schedulerThreads();
    Redis client = Redis.builder().url(proxy.url()).token(server.token()).okHttpClient(http)
        .attemptTimeout(ATTEMPT).deadline(DEADLINE)
        .retryPolicy(RetryPolicy.defaults()
            .withInitialBackoff(Duration.ofMillis(1)).withMaxBackoff(Duration.ofMillis(5)))
        .autoPipelining(surface == Surface.AUTO_PIPELINED).maxBatchesInFlight(1)
        .build();
    server.resetCommandStats();

    List<Object> outcomes = assertTimeoutPreemptively(HANG_GUARD,
        () -> run(client, surface, idempotent, () -> fault.inject(proxy, sockets)));

    List<Object> expected = idempotent ? List.of("v", 1L) : List.of(1L, "v");
    if (surface == Surface.SINGLE || surface == Surface.ASYNC) {
      expected = expected.subList(0, 1);
    }
    if (fault.fails(idempotent)) {
      Object first = outcomes.get(0);
      assertThat(first).isInstanceOf(fault.failure);
      for (Object o : outcomes) {
        assertThat(o).as("every command of the request fails the same way").isSameAs(first);
      }
      if (first instanceof TransportException e) {
        assertThat(e.requestSent()).isEqualTo(fault != Fault.REFUSED_ALWAYS);
      }
      if (first instanceof HttpStatusException e) {
        assertThat(e.status()).isEqualTo(Integer.parseInt(fault.name().substring(5)));
      }
      assertThat(stackTrace((Throwable) first)).doesNotContain(server.token());
    } else {
      assertThat(outcomes).isEqualTo(expected);
    }

    long runs = fault.runs(idempotent);
    var stats = server.commandStats();
    boolean batch = surface != Surface.SINGLE && surface != Surface.ASYNC;
    assertThat(stats.getOrDefault("incr", 0L)).as("INCR runs").isEqualTo(idempotent ? 0 : runs);
    assertThat(stats.getOrDefault("get", 0L)).as("GET runs").isEqualTo(idempotent || batch ? runs : 0);
    assertThat(redis.get(counter)).isEqualTo(idempotent || runs == 0 ? null : Long.toString(runs));
    assertThat(client.metrics().retries()).isEqualTo(fault.retries(idempotent));

    assertNothingLeft(http);
    client.close();
    http.dispatcher().executorService().shutdown();
    assertThat(http.dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS))
        .as("OkHttp's dispatcher threads stop: none is stuck in a call").isTrue();
    eventually(() -> schedulerThreads().stream().allMatch(schedulersBefore::contains),
        "the client's retry scheduler thread ends when it is closed");
  }

  /**
   * Closing a client while a request is out and others wait behind it: the request out gets its
   * reply, every waiting future fails with "closed" instead of waiting forever, and no thread is
   * left behind.
   */
  @ParameterizedTest(name = "autoPipelining={0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void closingTheClientMidFlightCompletesEveryFuture(boolean autoPipelining) throws Exception {
    OkHttpClient http = new OkHttpClient.Builder().build();
    Set<Thread> schedulersBefore = schedulerThreads();
    Redis client = Redis.builder().url(proxy.url()).token(server.token()).okHttpClient(http)
        .autoPipelining(autoPipelining).maxBatchesInFlight(1).build();
    proxy.holdNext();
    CompletableFuture<Long> out = client.async().incr(counter);
    proxy.awaitArrivals(1);
    List<CompletableFuture<?>> waiting = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      waiting.add(client.async().get(value));
    }
    client.close();
    proxy.release();
    assertThat(out.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1L);
    for (Object outcome : outcomes(waiting)) {
      // Without auto-pipelining the GETs left before close(): they may have their replies.
      if (autoPipelining || !"v".equals(outcome)) {
        assertThat(outcome).isInstanceOf(IllegalStateException.class);
        assertThat(((Throwable) outcome).getMessage()).contains("closed");
      }
    }
    assertNothingLeft(http);
    http.dispatcher().executorService().shutdown();
    assertThat(http.dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    eventually(() -> schedulerThreads().stream().allMatch(schedulersBefore::contains),
        "the client's retry scheduler thread ends when it is closed");
  }

  /** Runs the workload on {@code surface}: each command's reply, or its failure. */
  private List<Object> run(Redis client, Surface surface, boolean idempotent, Runnable inject)
      throws Exception {
    switch (surface) {
      case SINGLE: {
        inject.run();
        try {
          return List.of(idempotent ? client.get(value) : client.incr(counter));
        } catch (UpstashException e) {
          return List.of(e);
        }
      }
      case ASYNC: {
        inject.run();
        CompletableFuture<?> f = idempotent ? client.async().get(value) : client.async().incr(counter);
        return outcomes(List.of(f));
      }
      case PIPELINE:
      case TRANSACTION: {
        Batch b = surface == Surface.PIPELINE ? client.pipeline() : client.multi();
        List<Response<?>> responses = idempotent
            ? List.of(b.get(value), b.exists(value))
            : List.of(b.incr(counter), b.get(value));
        inject.run();
        UpstashException thrown = null;
        try {
          b.exec();
        } catch (UpstashException e) {
          thrown = e;
        }
        List<Object> out = new ArrayList<>();
        for (Response<?> r : responses) {
          try {
            out.add(r.get());
          } catch (UpstashException e) {
            assertThat(e).as("exec() throws what the responses hold").isSameAs(thrown);
            out.add(e);
          }
        }
        return out;
      }
      case AUTO_PIPELINED: {
        // The first command leaves alone and is held at the proxy; the next ones queue behind
        // it (one batch in flight at most) and leave together, in one faulted request.
        RedisAsync async = client.async();
        proxy.holdNext();
        CompletableFuture<String> first = async.ping();
        proxy.awaitArrivals(1);
        List<CompletableFuture<?>> fs = idempotent
            ? List.of(async.get(value), async.exists(value))
            : List.of(async.incr(counter), async.get(value));
        inject.run();
        proxy.release();
        assertThat(first.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isEqualTo("PONG");
        return outcomes(fs);
      }
      default:
        throw new AssertionError(surface);
    }
  }

  /** Each future's reply or failure, as passed to callbacks: never wrapped. */
  private static List<Object> outcomes(List<CompletableFuture<?>> futures) throws Exception {
    List<Object> out = new ArrayList<>();
    for (CompletableFuture<?> f : futures) {
      AtomicReference<Object> seen = new AtomicReference<>();
      f.handle((v, t) -> {
        seen.set(t != null ? t : v);
        return null;
      }).get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
      out.add(seen.get());
    }
    return out;
  }

  /** The dispatcher runs and queues nothing, and every pooled connection is idle (none leaked). */
  private static void assertNothingLeft(OkHttpClient http) throws InterruptedException {
    eventually(() -> http.dispatcher().runningCallsCount() == 0
        && http.dispatcher().queuedCallsCount() == 0, "no call left running or queued");
    eventually(() -> http.connectionPool().connectionCount()
        == http.connectionPool().idleConnectionCount(), "no connection held by a call");
    http.connectionPool().evictAll();
    assertThat(http.connectionPool().connectionCount()).isZero();
  }

  /** Waits (bounded) for a condition that other threads make true shortly after a call ends. */
  static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not true after 10 s: " + what);
      }
      Thread.sleep(10);
    }
  }

  private static Set<Thread> schedulerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("restredis-retry-scheduler") && t.isAlive())
        .collect(Collectors.toSet());
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
