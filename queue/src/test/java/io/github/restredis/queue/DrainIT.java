package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The serverless consumer: take up to N jobs within a time budget, then return. */
@ExtendWith(LocalRedisExtension.class)
class DrainIT {
  private final MutableClock clock = new MutableClock();
  private LocalRedisServer server;
  private Redis redis;
  private Queue<Email> queue;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    this.server = server;
    redis = QueueTesting.client(server);
    queue = Queue.builder(redis, "drain", Email.class).clock(clock)
        .backoff(Backoff.fixed(Duration.ofMinutes(1))).build();
    queue.checkEvictionPolicy();
  }

  @AfterEach
  void tearDown() {
    redis.close();
  }

  @Test
  void takesAtMostMaxJobsAndLeavesTheRest() {
    List<String> ids = queue.enqueueAll(List.of(new Email("1", ""), new Email("2", ""), new Email("3", ""),
        new Email("4", ""), new Email("5", "")));
    AtomicInteger handled = new AtomicInteger();
    DrainResult result = queue.drain(job -> handled.incrementAndGet(),
        DrainArgs.Builder.budget(Duration.ofSeconds(30)).maxJobs(3).concurrency(2));
    assertThat(result.taken()).isEqualTo(3);
    assertThat(result.succeeded()).isEqualTo(3);
    assertThat(handled.get()).isEqualTo(3);
    assertThat(queue.status(ids.get(0)).state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(queue.status(ids.get(3)).state()).isEqualTo(JobState.QUEUED);
    assertThat(queue.metrics().waiting()).isEqualTo(2);
  }

  @Test
  void countsFailuresAndStopsWhenTheQueueIsEmpty() {
    queue.enqueueAll(List.of(new Email("ok", ""), new Email("retry", ""), new Email("dead", "")));
    DrainResult result = queue.drain(job -> {
      switch (job.payload().to()) {
        case "retry":
          throw new IllegalStateException("later");
        case "dead":
          throw new UnrecoverableJobException("never");
        default:
          return null;
      }
    }, DrainArgs.Builder.budget(Duration.ofSeconds(30)));
    assertThat(result).isEqualTo(new DrainResult(3, 1, 1, 1, 0, Duration.ZERO));
  }

  @Test
  void anEmptyQueueCostsOneReadAndNothingElse() {
    server.resetCommandStats();
    DrainResult result = queue.drain(job -> null, DrainArgs.Builder.budget(Duration.ofSeconds(30)));
    assertThat(result.taken()).isZero();
    assertThat(QueueTesting.billed(server)).isEqualTo(1);
    assertThat(server.commandStats()).containsEntry("zrange", 1L);
  }

  @Test
  void aJobStillRunningWhenTheBudgetEndsIsHandedBackAndNoMoreAreTaken() throws Exception {
    List<String> ids = queue.enqueueAll(List.of(new Email("slow", ""), new Email("next", "")));
    CountDownLatch interrupted = new CountDownLatch(1);
    DrainResult result = queue.drain(job -> {
      clock.advance(Duration.ofSeconds(11)); // the job overruns the 10 s budget
      try {
        new CountDownLatch(1).await();
      } finally {
        interrupted.countDown();
      }
      return null;
    }, DrainArgs.Builder.budget(Duration.ofSeconds(10)).maxJobs(2));

    assertThat(result.taken()).isEqualTo(1);
    assertThat(result.released()).isEqualTo(1);
    assertThat(result.succeeded()).isZero();
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(11));
    interrupted.await();
    JobStatus slow = queue.status(ids.get(0));
    assertThat(slow.state()).isEqualTo(JobState.QUEUED);
    assertThat(slow.attempts()).isZero();
    assertThat(queue.status(ids.get(1)).attempts()).as("not taken").isZero();
    assertThat(queue.dequeue(2)).extracting(Job::id).containsExactlyElementsOf(ids);
  }

  @Test
  void noJobIsTakenWhenLessThanTheReserveIsLeft() {
    queue.enqueueAll(List.of(new Email("1", ""), new Email("2", "")));
    DrainResult result = queue.drain(job -> {
      clock.advance(Duration.ofSeconds(25));
      return null;
    }, DrainArgs.Builder.budget(Duration.ofSeconds(30)).reserve(Duration.ofSeconds(10)));
    assertThat(result.taken()).isEqualTo(1);
    assertThat(result.succeeded()).isEqualTo(1);
    assertThat(queue.metrics().waiting()).isEqualTo(1);
  }

  @Test
  void theLeaseOfADrainedJobOutlastsTheBudget() {
    queue.enqueue(new Email("1", ""));
    AtomicInteger seen = new AtomicInteger();
    queue.drain(job -> {
      assertThat(job.leaseDeadline()).isEqualTo(clock.instant().plusSeconds(65));
      seen.incrementAndGet();
      return null;
    }, DrainArgs.Builder.budget(Duration.ofSeconds(60)));
    assertThat(seen.get()).isEqualTo(1);
  }
}
