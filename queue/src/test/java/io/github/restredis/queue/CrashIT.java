package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumer takes jobs and dies without settling them: its leases expire, and the next consumer's
 * dequeue (no reaper process) delivers every job again.
 */
@ExtendWith(LocalRedisExtension.class)
class CrashIT {
  private final MutableClock clock = new MutableClock();
  private LocalRedisServer server;
  private Redis redis;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    this.server = server;
    redis = QueueTesting.client(server);
  }

  @AfterEach
  void tearDown() {
    redis.close();
  }

  private Queue<Email> queue(Redis client, int maxDeliveries) {
    return Queue.builder(client, "crash", Email.class).clock(clock).maxDeliveries(maxDeliveries).build();
  }

  @Test
  void jobsOfAConsumerThatDiedAreDeliveredAgainAfterTheVisibilityTimeoutAndProcessed() throws Exception {
    Queue<Email> producer = queue(redis, 5);
    List<Email> mails = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      mails.add(new Email("user" + i, "hello"));
    }
    List<String> ids = producer.enqueueAll(mails);

    // The doomed consumer: its own client, takes 30 jobs, then the process is gone.
    try (Redis doomed = QueueTesting.client(server)) {
      assertThat(queue(doomed, 5).dequeue(30)).hasSize(30);
    }
    assertThat(producer.metrics().inFlight()).isEqualTo(30);

    Map<String, Integer> attempts = new ConcurrentHashMap<>();
    AtomicInteger handled = new AtomicInteger();
    try (Worker<Email> survivor = producer.worker(job -> {
          attempts.merge(job.id(), job.attempt(), Math::max);
          handled.incrementAndGet();
          return null;
        }).concurrency(4).pollIntervals(Duration.ofMillis(10), Duration.ofMillis(20)).start()) {
      QueueTesting.await("the 20 jobs nobody held", () -> handled.get() == 20);
      // Acked too, before time jumps: a jump during an ack would expire that job's lease as well.
      QueueTesting.await("their acks", () -> producer.metrics().processed() == 20);
      assertThat(producer.metrics().inFlight()).as("the dead consumer's leases hold").isEqualTo(30);

      clock.advance(Duration.ofSeconds(30)); // the visibility timeout
      QueueTesting.await("every job", () -> handled.get() == 50);
    }
    assertThat(attempts).containsOnlyKeys(ids);
    assertThat(attempts.values().stream().filter(a -> a == 2)).hasSize(30);
    assertThat(producer.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 0, 50, 0));
  }

  @Test
  void aJobWhoseConsumersKeepDyingIsDeadLetteredAfterItsLastDelivery() {
    Queue<Email> queue = queue(redis, 2);
    String id = queue.enqueue(new Email("poison", "pill"));
    assertThat(queue.dequeue(1)).hasSize(1);
    clock.advance(Duration.ofSeconds(30));
    assertThat(queue.dequeue(1)).extracting(Job::attempt).containsExactly(2);
    clock.advance(Duration.ofSeconds(30));
    assertThat(queue.dequeue(1)).isEmpty();

    JobStatus status = queue.status(id);
    assertThat(status.state()).isEqualTo(JobState.FAILED);
    assertThat(status.error()).isEqualTo("lease expired on delivery 2 of 2");
    assertThat(queue.deadLetters().list(0, 10)).extracting(DeadJob::id).containsExactly(id);
    assertThat(queue.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 1, 0, 1));
  }
}
