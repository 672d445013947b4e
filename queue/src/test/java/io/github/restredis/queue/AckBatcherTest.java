package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AckBatcherTest {
  private final List<List<String>> sent = Collections.synchronizedList(new ArrayList<>());

  private static Job<String> job(String id) {
    return new Job<>(null, id, "payload", 1, 1, 5, 0, Instant.EPOCH, Instant.EPOCH);
  }

  private List<Settlement> record(List<AckBatcher.Pending<String>> batch) {
    List<String> ids = new ArrayList<>();
    List<Settlement> out = new ArrayList<>();
    for (AckBatcher.Pending<String> p : batch) {
      ids.add(p.job.id() + (p.result == null ? "" : "=" + p.result));
      out.add(p.job.id().startsWith("lost") ? Settlement.LEASE_LOST : Settlement.SUCCEEDED);
    }
    sent.add(ids);
    return out;
  }

  @Test
  void aLoneAckGoesAtOnce() throws Exception {
    AckBatcher<String> acks = new AckBatcher<>(this::record);
    assertThat(acks.ack(job("a"), "\"r\"")).isEqualTo(Settlement.SUCCEEDED);
    assertThat(acks.ack(job("lost1"), null)).isEqualTo(Settlement.LEASE_LOST);
    assertThat(sent).containsExactly(List.of("a=\"r\""), List.of("lost1"));
  }

  @Test
  void acksThatArriveWhileOneIsOnTheWireGoTogetherInTheNext() throws Exception {
    CountDownLatch firstOnTheWire = new CountDownLatch(1);
    CountDownLatch othersQueued = new CountDownLatch(1);
    AckBatcher<String> acks = new AckBatcher<>(batch -> {
      if (sent.isEmpty()) {
        firstOnTheWire.countDown();
        try {
          othersQueued.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return record(batch);
    });
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      Future<Settlement> first = threads.submit(() -> acks.ack(job("first"), null));
      firstOnTheWire.await();
      List<Future<Settlement>> others = new ArrayList<>();
      for (String id : List.of("b", "lost2", "d")) {
        others.add(threads.submit(() -> acks.ack(job(id), null)));
      }
      while (waitingCount(acks) < 3) {
        Thread.onSpinWait();
      }
      othersQueued.countDown();
      assertThat(first.get()).isEqualTo(Settlement.SUCCEEDED);
      assertThat(others.get(0).get()).isEqualTo(Settlement.SUCCEEDED);
      assertThat(others.get(1).get()).isEqualTo(Settlement.LEASE_LOST);
      assertThat(others.get(2).get()).isEqualTo(Settlement.SUCCEEDED);
    } finally {
      threads.shutdownNow();
    }
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0)).containsExactly("first");
    assertThat(sent.get(1)).containsExactlyInAnyOrder("b", "lost2", "d");
  }

  @Test
  void aFailedSendFailsEveryAckInItsBatch() {
    AckBatcher<String> acks = new AckBatcher<>(batch -> {
      throw new IllegalArgumentException("boom");
    });
    assertThatThrownBy(() -> acks.ack(job("a"), null)).hasMessage("boom");
    assertThatThrownBy(() -> acks.ack(job("b"), null)).as("the next batch is sent anew").hasMessage("boom");
  }

  private static int waitingCount(AckBatcher<String> acks) {
    synchronized (acks) {
      return acks.waitingForTest();
    }
  }
}
