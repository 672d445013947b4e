package io.github.restredis.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.RetryPolicy;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * A transport derived from another's {@link HttpResources} shares its dispatcher and pool, keeps
 * every property its own client has (TCP_NODELAY, no silent re-sending, the write tracker), and
 * the shared resources shut down exactly when the last user lets go.
 */
class HttpResourcesTest {
  private static Settings settings(Duration connectTimeout, int maxConcurrentRequests) {
    return new Settings(HttpUrl.get("http://127.0.0.1:1/"), () -> "tok", null, connectTimeout,
        Duration.ofSeconds(1), Duration.ofSeconds(1), RetryPolicy.defaults(), true, true, false,
        10_000, maxConcurrentRequests, Map.of(), List.of(), 0, 0.8);
  }

  private static void assertOwnClientProperties(OkHttpClient client) throws Exception {
    try (Socket socket = client.socketFactory().createSocket()) {
      assertThat(socket.getTcpNoDelay()).isTrue();
    }
    assertThat(client.retryOnConnectionFailure()).isFalse();
    assertThat(client.followRedirects()).isFalse();
    assertThat(client.readTimeoutMillis()).isZero();
    assertThat(client.writeTimeoutMillis()).isZero();
    EventListener listener = client.eventListenerFactory()
        .create(client.newCall(new Request.Builder().url("http://127.0.0.1:1/").build()));
    assertThat(listener).isInstanceOfSatisfying(WriteTracker.class,
        tracker -> assertThat(tracker.delegate).isNotInstanceOf(WriteTracker.class));
  }

  @Test
  void aDerivedTransportSharesThePoolAndDispatcherAndKeepsItsClientsProperties() throws Exception {
    Transport parent = new Transport(settings(Duration.ofSeconds(1), 8));
    Transport child = new Transport(settings(Duration.ofSeconds(3), 8), parent.resources());
    Transport grandchild = new Transport(settings(Duration.ofSeconds(1), 8), child.resources());
    try {
      for (Transport t : List.of(parent, child, grandchild)) {
        assertOwnClientProperties(t.client());
        assertThat(t.client().connectionPool()).isSameAs(parent.client().connectionPool());
        assertThat(t.client().dispatcher()).isSameAs(parent.client().dispatcher());
      }
      // The connect timeout is the client's own, not the pool's.
      assertThat(child.client().connectTimeoutMillis()).isEqualTo(3000);
      assertThat(parent.client().connectTimeoutMillis()).isEqualTo(1000);
    } finally {
      parent.close();
      child.close();
      grandchild.close();
    }
    assertThat(parent.client().dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void anotherLimitGetsItsOwnDispatcherAndTheSamePool() throws Exception {
    Transport parent = new Transport(settings(Duration.ofSeconds(1), 8));
    Transport narrow = new Transport(settings(Duration.ofSeconds(1), 2), parent.resources());
    Transport narrower = new Transport(settings(Duration.ofSeconds(1), 2), narrow.resources());
    ExecutorService parentThreads = parent.client().dispatcher().executorService();
    ExecutorService narrowThreads = narrow.client().dispatcher().executorService();
    assertOwnClientProperties(narrow.client());
    assertThat(narrow.client().connectionPool()).isSameAs(parent.client().connectionPool());
    assertThat(narrow.client().dispatcher()).isNotSameAs(parent.client().dispatcher());
    assertThat(narrow.client().dispatcher().getMaxRequests()).isEqualTo(2);
    assertThat(parent.client().dispatcher().getMaxRequests()).isEqualTo(8);
    assertThat(narrower.client().dispatcher()).isSameAs(narrow.client().dispatcher());

    parent.close();
    assertThat(parentThreads.isShutdown()).isTrue(); // nobody else uses that dispatcher
    narrow.close();
    assertThat(narrowThreads.isShutdown()).isFalse();
    narrower.close();
    assertThat(narrowThreads.isShutdown()).isTrue();
  }

  @Test
  void aClosedParentsDispatcherIsReplacedWhileItsPoolLivesOn() {
    Transport parent = new Transport(settings(Duration.ofSeconds(1), 8));
    Transport narrow = new Transport(settings(Duration.ofSeconds(1), 2), parent.resources());
    parent.close();
    Transport again = new Transport(settings(Duration.ofSeconds(1), 8), parent.resources());
    try {
      assertThat(again.client().dispatcher()).isNotSameAs(parent.client().dispatcher());
      assertThat(again.client().dispatcher().executorService().isShutdown()).isFalse();
      assertThat(again.client().connectionPool()).isSameAs(parent.client().connectionPool());
    } finally {
      narrow.close();
      again.close();
    }
    assertThat(again.client().dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void racingDerivationsAndClosesShutDownOnlyAfterTheLast() throws Exception {
    Transport root = new Transport(settings(Duration.ofSeconds(1), 8));
    HttpResources shared = root.resources();
    ExecutorService threads = root.client().dispatcher().executorService();
    ExecutorService workers = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int w = 0; w < 8; w++) {
        done.add(workers.submit(() -> {
          start.await();
          for (int i = 0; i < 500; i++) {
            Transport t = new Transport(settings(Duration.ofSeconds(1), 8), shared);
            assertThat(t.client().dispatcher().executorService()).isSameAs(threads);
            t.close();
            t.close();
            assertThat(shared.dispatcherShutDown()).isFalse();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      workers.shutdownNow();
    }
    assertThat(threads.isShutdown()).isFalse();
    root.close();
    assertThat(threads.isShutdown()).isTrue();
    assertThat(shared.dispatcherShutDown()).isTrue();
  }
}
