package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The long-running worker: concurrency, lease extension, failures, graceful shutdown. */
@ExtendWith(LocalRedisExtension.class)
class WorkerIT {
  private static final Duration FAST = Duration.ofMillis(10);
  private final MutableClock clock = new MutableClock();
  private Redis redis;
  private Queue<Email> queue;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    redis = QueueTesting.client(server);
    queue = Queue.builder(redis, "work", Email.class).clock(clock).visibilityTimeout(Duration.ofSeconds(1))
        .backoff(Backoff.fixed(Duration.ofMinutes(1))).build();
  }

  @AfterEach
  void tearDown() {
    redis.close();
  }

  @Test
  void runsUpToItsConcurrencyAtOnceAndTakesMoreAsHandlersFinish() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger done = new AtomicInteger();
    List<String> ids = queue.enqueueAll(List.of(new Email("1", ""), new Email("2", ""), new Email("3", ""),
        new Email("4", ""), new Email("5", "")));
    try (Worker<Email> worker = queue.worker(job -> {
          release.await();
          done.incrementAndGet();
          return job.payload().to();
        }).concurrency(4).pollIntervals(FAST, FAST).start()) {
      QueueTesting.await("four running", () -> worker.inFlight() == 4);
      assertThat(queue.metrics().waiting()).isEqualTo(1);
      release.countDown();
      QueueTesting.await("all done", () -> done.get() == 5);
    }
    assertThat(queue.status(ids.get(4)).resultJson()).isEqualTo("\"5\"");
    assertThat(queue.metrics().processed()).isEqualTo(5);
  }

  @Test
  void extendsTheLeaseOfALongJobSoThatNobodyElseGetsIt(LocalRedisServer server) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    String id = queue.enqueue(new Email("long", ""));
    try (Worker<Email> worker = queue.worker(job -> {
          release.await();
          return null;
        }).pollIntervals(FAST, FAST).start()) {
      QueueTesting.await("running", () -> worker.inFlight() == 1);
      for (int i = 0; i < 3; i++) {
        clock.advance(Duration.ofMillis(600)); // 400 ms of the 1 s lease left: under half
        long expected = clock.millis() + 1000;
        QueueTesting.await("lease extended", () -> {
          Double score = redis.zscore("rq:{work}:timeline", id);
          return score != null && score.longValue() == expected;
        });
        assertThat(queue.dequeue(1)).as("still leased").isEmpty();
      }
      release.countDown();
      QueueTesting.await("acked", () -> queue.status(id).state() == JobState.SUCCEEDED);
    }
    assertThat(queue.status(id).attempts()).isEqualTo(1);
  }

  @Test
  void aThrowingHandlerSchedulesARetryAndAnUnrecoverableOneDeadLetters() throws Exception {
    String flaky = queue.enqueue(new Email("flaky", ""));
    String broken = queue.enqueue(new Email("broken", ""));
    try (Worker<Email> worker = queue.worker(job -> {
          if (job.payload().to().equals("broken")) {
            throw new UnrecoverableJobException("no such mailbox");
          }
          throw new java.io.IOException("connection refused");
        }).pollIntervals(FAST, FAST).start()) {
      QueueTesting.await("both settled", () -> queue.metrics().delayed() == 1 && queue.metrics().dead() == 1);
    }
    assertThat(queue.status(flaky).error()).isEqualTo("java.io.IOException: connection refused");
    assertThat(queue.status(flaky).availableAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    assertThat(queue.status(broken).state()).isEqualTo(JobState.FAILED);
    assertThat(queue.status(broken).error())
        .isEqualTo("io.github.restredis.queue.UnrecoverableJobException: no such mailbox");
  }

  @Test
  void aResultThatDoesNotConvertToJsonFailsTheDeliveryInsteadOfLeavingItUnsettled() throws Exception {
    String id = queue.enqueue(new Email("x", ""));
    try (Worker<Email> worker = queue.worker(job -> java.util.Optional.of("platform type"))
        .pollIntervals(FAST, FAST).start()) {
      QueueTesting.await("retry scheduled", () -> queue.metrics().delayed() == 1);
    }
    assertThat(queue.status(id).error()).startsWith("result does not convert to JSON: ")
        .contains("java.util.Optional");
  }

  @Test
  void shutdownStopsTakingLetsRunningJobsFinishAndHandsBackTheRest() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch finishQuick = new CountDownLatch(1);
    String quick = queue.enqueue(new Email("quick", ""));
    String stuck = queue.enqueue(new Email("stuck", ""));
    Worker<Email> worker = queue.worker(job -> {
      started.countDown();
      if (job.payload().to().equals("quick")) {
        finishQuick.await();
        return "done";
      }
      new CountDownLatch(1).await(); // until interrupted
      return "never";
    }).concurrency(2).pollIntervals(FAST, FAST).start();
    try {
      started.await();

      ExecutorService caller = Executors.newSingleThreadExecutor();
      Future<Integer> handedBack = caller.submit(() -> worker.shutdown(Duration.ofSeconds(2)));
      caller.shutdown();
      QueueTesting.await("stopped taking", () -> !worker.isRunning());
      String late = queue.enqueue(new Email("late", ""));
      finishQuick.countDown();

      assertThat(handedBack.get()).isEqualTo(1);
      assertThat(queue.status(quick).state()).isEqualTo(JobState.SUCCEEDED);
      JobStatus back = queue.status(stuck);
      assertThat(back.state()).isEqualTo(JobState.QUEUED);
      assertThat(back.attempts()).as("a handed-back delivery is not counted").isZero();
      assertThat(queue.status(late).state()).isEqualTo(JobState.QUEUED);
      assertThat(queue.dequeue(2)).extracting(Job::id).containsExactly(stuck, late);
    } finally {
      worker.close();
    }
  }

  @Test
  void severalWorkersProcessThousandsOfJobsEachExactlyOnce(LocalRedisServer server) throws Exception {
    int total = 3000;
    List<Email> mails = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      mails.add(new Email("user" + i, "batch"));
    }
    List<String> ids = queue.enqueueAll(mails);
    Tally tally = new Tally();
    List<Worker<Email>> workers = new ArrayList<>();
    List<Redis> clients = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      Redis client = QueueTesting.client(server);
      clients.add(client);
      Queue<Email> q = Queue.builder(client, "work", Email.class).clock(clock)
          .visibilityTimeout(Duration.ofSeconds(1)).build();
      workers.add(q.worker(tally::record).concurrency(4).pollIntervals(FAST, FAST).start());
    }
    try {
      QueueTesting.await("all processed", () -> tally.distinct() == total);
    } finally {
      workers.forEach(Worker::close);
      clients.forEach(Redis::close);
    }
    assertThat(tally.ids()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(tally.duplicates()).isZero();
    assertThat(queue.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 0, total, 0));
  }
}
