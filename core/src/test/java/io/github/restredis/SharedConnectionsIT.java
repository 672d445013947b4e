package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.cache.RedisCache;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clients from {@link Redis#newBuilder()} share their parent's connection pool and dispatcher, as
 * OkHttp's {@code newBuilder()} does, and the last one closed shuts them down. Connections are
 * counted by a relaying {@link FaultProxy} between the clients and the local server.
 */
@ExtendWith(LocalRedisExtension.class)
class SharedConnectionsIT {
  private final LocalRedisServer server;
  private final FaultProxy proxy;

  SharedConnectionsIT(LocalRedisServer server) throws Exception {
    this.server = server;
    this.proxy = new FaultProxy(server.url());
  }

  @AfterEach
  void closeProxy() throws Exception {
    proxy.releaseAll();
    proxy.close();
  }

  private Redis.Builder viaProxy() {
    return Redis.builder().url(proxy.url()).token(server.token());
  }

  private static ExecutorService threads(Redis redis) {
    return redis.transport().client().dispatcher().executorService();
  }

  @Test
  void aClientALimiterStyleVariantAndACacheOpenOneConnection() {
    try (Redis redis = viaProxy().build();
        // What RateLimiter.Builder.build() derives: no retries, a short deadline.
        Redis limiter = redis.newBuilder().retryPolicy(RetryPolicy.none())
            .attemptTimeout(Duration.ofSeconds(5)).deadline(Duration.ofSeconds(5)).build();
        RedisCache<String> cache = RedisCache.builder(redis, "shared", String.class)
            .redisTimeout(Duration.ofSeconds(5)).build()) {
      redis.set("k", "v");
      assertThat(limiter.get("k")).isEqualTo("v");
      assertThat(limiter.incr("n")).isEqualTo(1L);
      assertThat(cache.get("c", key -> "loaded")).isEqualTo("loaded");
      assertThat(cache.get("c", key -> "not loaded again")).isEqualTo("loaded");
      assertThat(redis.get("k")).isEqualTo("v");

      assertThat(proxy.requests.get()).isGreaterThanOrEqualTo(6);
      assertThat(proxy.connections.get()).isEqualTo(1);
      // Metrics stay per client: each counts its own requests only.
      assertThat(redis.metrics().requests()).isEqualTo(2);
      assertThat(limiter.metrics().requests()).isEqualTo(2);
      assertThat(limiter.transport().client().connectionPool())
          .isSameAs(redis.transport().client().connectionPool());
    }
  }

  @Test
  void closingTheParentLeavesTheVariantWorkingAndTheLastCloseEndsTheThreads() throws Exception {
    Redis parent = viaProxy().build();
    Redis variant = parent.newBuilder().retryPolicy(RetryPolicy.none()).build();
    parent.set("k", "v");
    ExecutorService threads = threads(parent);
    assertThat(threads(variant)).isSameAs(threads);

    parent.close();
    assertThatThrownBy(parent::ping).isInstanceOf(IllegalStateException.class);
    assertThat(threads.isShutdown()).isFalse();
    assertThat(variant.get("k")).isEqualTo("v");
    // The async view runs on the shared dispatcher's threads.
    assertThat(variant.async().get("k").get(10, TimeUnit.SECONDS)).isEqualTo("v");
    try (Redis grandchild = variant.newBuilder().build()) {
      assertThat(grandchild.get("k")).isEqualTo("v");
      variant.close();
      assertThat(threads.isShutdown()).isFalse(); // the grandchild still uses them
      assertThat(grandchild.async().get("k").get(10, TimeUnit.SECONDS)).isEqualTo("v");
    }
    assertThat(threads.isShutdown()).isTrue();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(proxy.connections.get()).isEqualTo(1);
  }

  @Test
  void closingTheVariantFirstLeavesTheParentWorking() throws Exception {
    Redis parent = viaProxy().build();
    Redis variant = parent.newBuilder().deadline(Duration.ofSeconds(3)).build();
    variant.set("k", "v");
    assertThat(variant.async().get("k").get(10, TimeUnit.SECONDS)).isEqualTo("v");
    ExecutorService threads = threads(parent);
    OkHttpClient http = parent.transport().client();

    variant.close();
    variant.close(); // a second close must not let go of the shared resources twice
    assertThat(threads.isShutdown()).isFalse();
    assertThat(parent.get("k")).isEqualTo("v");
    assertThat(parent.async().get("k").get(10, TimeUnit.SECONDS)).isEqualTo("v");
    assertThat(proxy.connections.get()).isEqualTo(1);

    parent.close();
    assertThat(threads.isShutdown()).isTrue();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(http.connectionPool().connectionCount()).isZero();
  }

  @Test
  void aCacheClosedBeforeItsClientLeavesTheClientWorking() throws Exception {
    try (Redis redis = viaProxy().build()) {
      RedisCache<String> cache = RedisCache.builder(redis, "shared", String.class)
          .redisTimeout(Duration.ofSeconds(5)).build();
      assertThat(cache.get("c", key -> "loaded")).isEqualTo("loaded");
      cache.close();
      assertThat(threads(redis).isShutdown()).isFalse();
      assertThat(redis.async().set("k", "v").get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(proxy.connections.get()).isEqualTo(1);
    }
  }

  @Test
  void whenAllAreClosedTheThreadsEndAndANewVariantGetsItsOwn() throws Exception {
    Redis parent = viaProxy().build();
    Redis variant = parent.newBuilder().build();
    variant.set("k", "v");
    assertThat(parent.async().get("k").get(10, TimeUnit.SECONDS)).isEqualTo("v");
    ExecutorService threads = threads(parent);
    variant.close();
    parent.close();
    assertThat(threads.isShutdown()).isTrue();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    try (Redis revived = parent.newBuilder().build()) {
      assertThat(threads(revived)).isNotSameAs(threads);
      assertThat(revived.async().get("k").get(10, TimeUnit.SECONDS)).isEqualTo("v");
    }
    assertThat(proxy.connections.get()).isEqualTo(2);
  }

  @Test
  void aVariantWithAnotherConcurrencyLimitHasItsOwnDispatcherAndSharesThePool() throws Exception {
    try (Redis parent = viaProxy().build();
        Redis narrow = parent.newBuilder().maxConcurrentRequests(2).autoPipelining(false).build()) {
      parent.set("k", "v");
      assertThat(narrow.get("k")).isEqualTo("v");
      assertThat(proxy.connections.get()).isEqualTo(1);
      Dispatcher wide = parent.transport().client().dispatcher();
      Dispatcher own = narrow.transport().client().dispatcher();
      assertThat(own).isNotSameAs(wide);
      assertThat(own.getMaxRequests()).isEqualTo(2);
      assertThat(own.getMaxRequestsPerHost()).isEqualTo(2);
      assertThat(wide.getMaxRequests()).isEqualTo(64);
      assertThat(narrow.transport().client().connectionPool())
          .isSameAs(parent.transport().client().connectionPool());

      proxy.awaitArrivals(2);
      proxy.holdAll();
      List<CompletableFuture<String>> gets =
          IntStream.range(0, 5).mapToObj(i -> narrow.async().get("k")).toList();
      proxy.awaitArrivals(2);
      // Two requests held at the proxy fill the variant's limit; the other three wait in it.
      assertThat(own.runningCallsCount()).isEqualTo(2);
      assertThat(own.queuedCallsCount()).isEqualTo(3);
      // The parent's own limit is untouched by them.
      CompletableFuture<String> viaParent = parent.async().get("k");
      proxy.awaitArrivals(1);
      assertThat(wide.queuedCallsCount()).isZero();

      proxy.releaseAll();
      for (CompletableFuture<String> get : gets) {
        assertThat(get.get(10, TimeUnit.SECONDS)).isEqualTo("v");
      }
      assertThat(viaParent.get(10, TimeUnit.SECONDS)).isEqualTo("v");
      assertThat(proxy.requests.get()).isEqualTo(2 + 5 + 1);
    }
  }

  @Test
  void aCallersOkHttpClientIsSharedAndNeverShutDown() throws Exception {
    OkHttpClient user = new OkHttpClient();
    try {
      Redis parent = viaProxy().okHttpClient(user).build();
      Redis variant = parent.newBuilder().maxConcurrentRequests(1).build();
      parent.set("k", "v");
      assertThat(variant.async().get("k").get(10, TimeUnit.SECONDS)).isEqualTo("v");
      assertThat(variant.transport().client().dispatcher()).isSameAs(user.dispatcher());
      assertThat(variant.transport().client().connectionPool()).isSameAs(user.connectionPool());
      parent.close();
      variant.close();
      assertThat(user.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(proxy.connections.get()).isEqualTo(1);
    } finally {
      user.dispatcher().executorService().shutdown();
      user.connectionPool().evictAll();
    }
  }
}
