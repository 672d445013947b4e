package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.restredis.FaultProxy.Forget;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pooled connection that died while idle, without the client being told (as after a Lambda
 * freeze): {@link FaultProxy#forgetConnections} keeps the client's connection open but resets, or
 * swallows, the next request on it, which never reaches the server. Redis's own command
 * statistics show how often INCR really ran.
 *
 * <p>No timing is asserted: the idle limit is either far longer than the test (a day: the old
 * behaviour, no eviction) or shorter than a pause the test makes itself.
 */
@ExtendWith(LocalRedisExtension.class)
class StaleConnectionIT {
  /** The idle limit of most tests; each waits {@link #PAUSE} to pass it. */
  private static final Duration LIMIT = Duration.ofMillis(100);
  private static final long PAUSE = 3 * LIMIT.toMillis();

  private final LocalRedisServer server;
  private final FaultProxy proxy;

  StaleConnectionIT(LocalRedisServer server) throws Exception {
    this.server = server;
    this.proxy = new FaultProxy(server.url());
  }

  @AfterEach
  void closeProxy() throws Exception {
    proxy.releaseAll();
    proxy.close();
  }

  private Redis.Builder viaProxy(Duration freshAfterIdle) {
    return Redis.builder().url(proxy.url()).token(server.token())
        .freshConnectionAfterIdle(freshAfterIdle)
        .attemptTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1))
            .withMaxBackoff(Duration.ofMillis(5)));
  }

  private long incrRuns() {
    return server.commandStats().getOrDefault("incr", 0L);
  }

  /** What the client did before this limit existed, and does with a limit longer than the pause. */
  @Test
  void withinTheLimitAnIncrOnAForgottenConnectionFailsUnappliedAndIsNotRetried() {
    try (Redis redis = viaProxy(Duration.ofDays(1)).build()) {
      redis.set("n", "0");
      proxy.forgetConnections(Forget.RESET);
      server.resetCommandStats();

      Throwable failure = catchThrowable(() -> redis.incr("n"));

      assertThat(failure).isInstanceOfSatisfying(TransportException.class,
          e -> assertThat(e.requestSent()).isTrue()); // the caller cannot tell it never ran
      assertThat(proxy.forgottenRequests.get()).isEqualTo(1);
      assertThat(incrRuns()).isZero();
      assertThat(redis.metrics().retries()).isZero();
      assertThat(redis.get("n")).isEqualTo("0");
    }
  }

  @Test
  void pastTheLimitAnIncrGoesOutOnANewConnectionAndRunsOnce() throws Exception {
    try (Redis redis = viaProxy(LIMIT).build()) {
      redis.set("n", "0");
      proxy.forgetConnections(Forget.RESET);
      server.resetCommandStats();
      Thread.sleep(PAUSE);

      assertThat(redis.incr("n")).isEqualTo(1);

      assertThat(proxy.forgottenRequests.get()).isZero(); // never sent on the dead connection
      assertThat(proxy.connections.get()).isEqualTo(2);
      assertThat(incrRuns()).isEqualTo(1);
      assertThat(redis.metrics().retries()).isZero();
      assertThat(redis.get("n")).isEqualTo("1");
    }
  }

  @Test
  void pastTheLimitAConnectionThatSwallowsRequestsIsNotWaitedOnEither() throws Exception {
    try (Redis redis = viaProxy(LIMIT).build()) {
      redis.set("n", "0");
      proxy.forgetConnections(Forget.SILENCE);
      server.resetCommandStats();
      Thread.sleep(PAUSE);

      assertThat(redis.incr("n")).isEqualTo(1);

      assertThat(proxy.forgottenRequests.get()).isZero();
      assertThat(incrRuns()).isEqualTo(1);
    }
  }

  @Test
  void asyncPipelinedAndTransactionalNonIdempotentRequestsGetNewConnectionsToo() throws Exception {
    try (Redis redis = viaProxy(LIMIT).build()) {
      redis.set("n", "0");
      server.resetCommandStats();

      proxy.forgetConnections(Forget.RESET);
      Thread.sleep(PAUSE);
      assertThat(redis.async().incr("n").get(10, TimeUnit.SECONDS)).isEqualTo(1);

      proxy.forgetConnections(Forget.RESET);
      Thread.sleep(PAUSE);
      Pipeline pipeline = redis.pipeline();
      Response<Long> piped = pipeline.incr("n");
      Response<String> read = pipeline.get("n");
      pipeline.exec();
      assertThat(piped.get()).isEqualTo(2);
      assertThat(read.get()).isEqualTo("2");

      proxy.forgetConnections(Forget.RESET);
      Thread.sleep(PAUSE);
      Transaction tx = redis.multi();
      Response<Long> inTx = tx.incr("n");
      tx.exec();
      assertThat(inTx.get()).isEqualTo(3);

      assertThat(proxy.forgottenRequests.get()).isZero();
      assertThat(proxy.connections.get()).isEqualTo(4);
      assertThat(incrRuns()).isEqualTo(3);
    }
  }

  @Test
  void anIdempotentGetKeepsReusingAndIsRetriedOnANewConnection() throws Exception {
    try (Redis redis = viaProxy(LIMIT).build()) {
      redis.set("k", "v");
      proxy.forgetConnections(Forget.RESET);
      Thread.sleep(PAUSE);

      assertThat(redis.get("k")).isEqualTo("v");

      assertThat(proxy.forgottenRequests.get()).isEqualTo(1); // it did try the old connection
      assertThat(proxy.connections.get()).isEqualTo(2);
      assertThat(redis.metrics().retries()).isEqualTo(1);
    }
  }

  @Test
  void afterOneFailedAttemptTheOtherStaleConnectionsAreDroppedBeforeTheRetry() throws Exception {
    try (Redis redis = viaProxy(LIMIT).autoPipelining(false).build()) {
      redis.set("k", "v");
      // Three requests in flight at once leave three connections in the pool.
      proxy.awaitArrivals(1);
      proxy.holdAll();
      List<CompletableFuture<String>> gets =
          IntStream.range(0, 3).mapToObj(i -> redis.async().get("k")).toList();
      proxy.awaitArrivals(3);
      proxy.releaseAll();
      for (CompletableFuture<String> get : gets) {
        assertThat(get.get(10, TimeUnit.SECONDS)).isEqualTo("v");
      }
      assertThat(proxy.connections.get()).isEqualTo(3);
      proxy.forgetConnections(Forget.RESET);
      Thread.sleep(PAUSE);

      assertThat(redis.get("k")).isEqualTo("v");

      // One attempt met a dead connection; its retry went to a new one, not to the other two.
      assertThat(proxy.forgottenRequests.get()).isEqualTo(1);
      assertThat(proxy.connections.get()).isEqualTo(4);
      assertThat(redis.metrics().retries()).isEqualTo(1);
    }
  }

  @Test
  void idlenessBelongsToThePoolSoADerivedClientDoesNotMeetItsParentsDeadConnection()
      throws Exception {
    try (Redis parent = viaProxy(LIMIT).build();
        Redis limiterStyle = parent.newBuilder().retryPolicy(RetryPolicy.none()).build()) {
      parent.set("n", "0");
      proxy.forgetConnections(Forget.RESET);
      server.resetCommandStats();
      Thread.sleep(PAUSE);

      assertThat(limiterStyle.incr("n")).isEqualTo(1);

      assertThat(proxy.forgottenRequests.get()).isZero();
      assertThat(proxy.connections.get()).isEqualTo(2);
      assertThat(incrRuns()).isEqualTo(1);
    }
  }

  @Test
  void zeroSendsEveryNonIdempotentRequestOnAConnectionThatIsNotIdle() {
    try (Redis redis = viaProxy(Duration.ZERO).build()) {
      redis.set("n", "0");
      proxy.forgetConnections(Forget.RESET);
      assertThat(redis.incr("n")).isEqualTo(1);
      assertThat(redis.get("n")).isEqualTo("1"); // reuses the INCR's connection
      assertThat(proxy.forgottenRequests.get()).isZero();
      assertThat(proxy.connections.get()).isEqualTo(2);
    }
  }
}
