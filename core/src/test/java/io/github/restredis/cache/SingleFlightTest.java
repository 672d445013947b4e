package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {
  private final SingleFlight<String> flight = new SingleFlight<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void concurrentCallersShareOneRunAndItsFailure() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    Future<String> leader = pool.submit(() -> flight.run("k", () -> {
      runs.incrementAndGet();
      await(release);
      throw new IllegalStateException("boom");
    }));
    while (!flight.running("k")) {
      Thread.onSpinWait();
    }
    List<Future<String>> followers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      followers.add(pool.submit(() -> flight.run("k", () -> "own run " + runs.incrementAndGet())));
    }
    release.countDown();
    assertThatThrownBy(leader::get).hasRootCauseMessage("boom");
    for (Future<String> f : followers) {
      // A follower that arrived before the failure shares it; one that came after runs its own.
      try {
        assertThat(f.get(10, TimeUnit.SECONDS)).startsWith("own run");
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e).hasRootCauseMessage("boom");
      }
    }
    assertThat(flight.running("k")).isFalse();
  }

  @Test
  void asyncRunsAreSkippedWhileOneIsInFlight() {
    List<Runnable> queued = new ArrayList<>();
    assertThat(flight.runAsync("k", queued::add, () -> "v")).isTrue();
    assertThat(flight.runAsync("k", queued::add, () -> "w")).isFalse();
    queued.get(0).run();
    assertThat(flight.running("k")).isFalse();
    assertThat(flight.runAsync("k", r -> {
      throw new java.util.concurrent.RejectedExecutionException();
    }, () -> "x")).isFalse();
    assertThat(flight.running("k")).isFalse();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
