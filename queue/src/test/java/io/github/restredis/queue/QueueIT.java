package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Producer, consumer and status basics against a real Redis through the local REST server. */
@ExtendWith(LocalRedisExtension.class)
class QueueIT {
  private final MutableClock clock = new MutableClock();
  private Redis redis;
  private Queue<Email> queue;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    redis = QueueTesting.client(server);
    queue = Queue.builder(redis, "mail", Email.class).clock(clock).build();
  }

  @AfterEach
  void tearDown() {
    redis.close();
  }

  @Test
  void enqueuedJobIsDequeuedWithItsTypedPayloadAndAcked() {
    String id = queue.enqueue(new Email("ada@example.com", "Welcome"));

    List<Job<Email>> jobs = queue.dequeue(10);
    assertThat(jobs).hasSize(1);
    Job<Email> job = jobs.get(0);
    assertThat(job.id()).isEqualTo(id);
    assertThat(job.payload()).isEqualTo(new Email("ada@example.com", "Welcome"));
    assertThat(job.attempt()).isEqualTo(1);
    assertThat(job.leaseDeadline()).isEqualTo(clock.instant().plusSeconds(30));
    assertThat(queue.status(id).state()).isEqualTo(JobState.PROCESSING);
    assertThat(queue.dequeue(10)).as("leased jobs are invisible").isEmpty();

    assertThat(queue.ack(job, Map.of("messageId", "m-1"))).isEqualTo(Settlement.SUCCEEDED);
    JobStatus status = queue.status(id);
    assertThat(status.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(status.resultJson()).isEqualTo("{\"messageId\":\"m-1\"}");
    assertThat(queue.dequeue(10)).isEmpty();
    assertThat(queue.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 0, 1, 0));
  }

  @Test
  void manyJobsAreAcknowledgedInOneRequestEachWithItsOwnOutcome() {
    queue.enqueueAll(List.of(new Email("1", ""), new Email("2", ""), new Email("3", "")));
    List<Job<Email>> jobs = queue.dequeue(3);
    queue.cancel(jobs.get(1).id());
    long requests = redis.metrics().requests();
    assertThat(queue.ackAll(List.of(jobs.get(0), jobs.get(1), jobs.get(2), jobs.get(0))))
        .containsExactly(Settlement.SUCCEEDED, Settlement.CANCELLED, Settlement.SUCCEEDED, Settlement.SUCCEEDED);
    assertThat(redis.metrics().requests() - requests).isEqualTo(1);
    assertThat(queue.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 0, 2, 0));
    assertThat(queue.ackAll(List.of(jobs.get(2)))).as("sent again").containsExactly(Settlement.SUCCEEDED);
    assertThat(queue.metrics().processed()).isEqualTo(2);
  }

  @Test
  void keysAreTheFixedFourWhateverHappens() {
    String a = queue.enqueue(new Email("a", "1"));
    queue.enqueue(new Email("b", "2"), EnqueueArgs.Builder.delay(Duration.ofMinutes(1)).idempotencyKey("k"));
    Job<Email> job = queue.dequeue(1).get(0);
    queue.fail(job, "boom");
    queue.deadLetters().redrive(List.of(a));
    queue.cancel(a);
    // Redis deletes emptied sets and lists; nothing else ever appears.
    assertThat(redis.keys("*")).isSubsetOf(
        "rq:{mail}:jobs", "rq:{mail}:ready", "rq:{mail}:timeline", "rq:{mail}:dead").contains("rq:{mail}:jobs");
    assertThat(queue.keys()).containsExactly(
        "rq:{mail}:jobs", "rq:{mail}:ready", "rq:{mail}:timeline", "rq:{mail}:dead");
  }

  @Test
  void statusFollowsTheJobFromQueuedThroughProgressToItsResult() {
    String id = queue.enqueue(new Email("a", "render"));
    JobStatus queued = queue.status(id);
    assertThat(queued.state()).isEqualTo(JobState.QUEUED);
    assertThat(queued.attempts()).isZero();
    assertThat(queued.enqueuedAt()).isEqualTo(clock.instant());

    Job<Email> job = queue.dequeue(1).get(0);
    clock.advance(Duration.ofSeconds(20));
    assertThat(job.progress(Map.of("percent", 40))).isTrue();
    JobStatus running = queue.status(id);
    assertThat(running.state()).isEqualTo(JobState.PROCESSING);
    assertThat(running.attempts()).isEqualTo(1);
    assertThat(running.<Map<String, Object>>progress(Map.class)).containsEntry("percent", 40.0);
    assertThat(job.leaseDeadline()).as("progress extends the lease").isEqualTo(clock.instant().plusSeconds(30));

    queue.ack(job, new Email("result", "done"));
    JobStatus done = queue.status(id);
    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(done.result(Email.class)).isEqualTo(new Email("result", "done"));
    assertThat(done.updatedAt()).isEqualTo(clock.instant());
    assertThat(queue.status("nosuchjob")).isNull();
    assertThat(queue.status("not an id!")).isNull();
  }

  @Test
  void aBatchIsOneRequestAndKeepsItsOrder() {
    List<Email> mails = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      mails.add(new Email("u" + i, "s"));
    }
    long requests = redis.metrics().requests();
    List<String> ids = queue.enqueueAll(mails);
    assertThat(redis.metrics().requests() - requests).isEqualTo(1);
    assertThat(ids).hasSize(300).doesNotHaveDuplicates();

    List<Job<Email>> jobs = queue.dequeue(500);
    assertThat(jobs).extracting(Job::id).containsExactlyElementsOf(ids);
    assertThat(jobs.get(299).payload().to()).isEqualTo("u299");
  }

  @Test
  void anIdempotencyKeyAddsNothingTheSecondTimeUntilItsRetentionEnds() {
    EnqueueArgs args = EnqueueArgs.Builder.idempotencyKey("order-42");
    EnqueueResult first = queue.enqueue(new Email("a", "receipt"), args);
    EnqueueResult again = queue.enqueue(new Email("a", "receipt"), args);
    assertThat(first.created()).isTrue();
    assertThat(again).isEqualTo(new EnqueueResult(first.id(), false));
    List<EnqueueResult> batch = queue.enqueueAll(List.of(new Email("b", "1"), new Email("c", "2")), args);
    assertThat(batch).extracting(EnqueueResult::created).containsExactly(true, true);
    assertThat(queue.enqueueAll(List.of(new Email("b", "1"), new Email("c", "2")), args)).containsExactly(
        new EnqueueResult(batch.get(0).id(), false), new EnqueueResult(batch.get(1).id(), false));
    assertThat(queue.metrics().waiting()).isEqualTo(3);

    clock.advance(Duration.ofHours(25)); // past the 24 h retention and its grid
    queue.dequeue(1); // the sweep deletes expired keys
    EnqueueResult later = queue.enqueue(new Email("a", "receipt"), args);
    assertThat(later.created()).isTrue();
    assertThat(later.id()).isNotEqualTo(first.id());
  }

  @Test
  void higherPriorityFirstThenOlderFirst() {
    String low = queue.enqueue(new Email("low", ""), EnqueueArgs.Builder.priority(-5)).id();
    clock.advance(Duration.ofMillis(1));
    String normal1 = queue.enqueue(new Email("n1", ""));
    clock.advance(Duration.ofMillis(1));
    String high = queue.enqueue(new Email("high", ""), EnqueueArgs.Builder.priority(1000)).id();
    clock.advance(Duration.ofMillis(1));
    String normal2 = queue.enqueue(new Email("n2", ""));
    String lowest = queue.enqueue(new Email("lowest", ""), EnqueueArgs.Builder.priority(-1000)).id();

    assertThat(queue.dequeue(5)).extracting(Job::id).containsExactly(high, normal1, normal2, low, lowest);
  }

  @Test
  void aDelayedJobIsInvisibleUntilItsTime() {
    String id = queue.enqueue(new Email("later", ""), EnqueueArgs.Builder.delay(Duration.ofMinutes(10))).id();
    JobStatus status = queue.status(id);
    assertThat(status.state()).isEqualTo(JobState.QUEUED);
    assertThat(status.availableAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    assertThat(queue.metrics().delayed()).isEqualTo(1);
    assertThat(queue.nextDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));

    clock.advance(Duration.ofMinutes(10).minusMillis(1));
    assertThat(queue.dequeue(1)).isEmpty();
    clock.advance(Duration.ofMillis(1));
    assertThat(queue.dequeue(1)).extracting(Job::id).containsExactly(id);
    assertThat(queue.metrics().delayed()).isZero();
    assertThat(queue.metrics().inFlight()).isEqualTo(1);
  }

  @Test
  void aNackRetriesAfterExponentialBackoffThenDeadLetters(LocalRedisServer server) {
    Queue<Email> q = Queue.builder(redis, "retry", Email.class).clock(clock).maxDeliveries(3)
        .backoff(Backoff.exponential(Duration.ofSeconds(10), Duration.ofMinutes(5)).withJitter(0)).build();
    String id = q.enqueue(new Email("x", ""));

    assertThat(q.nack(q.dequeue(1).get(0), new IllegalStateException("smtp down"))).isEqualTo(Settlement.RETRY_SCHEDULED);
    JobStatus after1 = q.status(id);
    assertThat(after1.error()).isEqualTo("java.lang.IllegalStateException: smtp down");
    assertThat(after1.availableAt()).isEqualTo(clock.instant().plusSeconds(10));
    clock.advance(Duration.ofSeconds(9));
    assertThat(q.dequeue(1)).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    Job<Email> second = q.dequeue(1).get(0);
    assertThat(second.attempt()).isEqualTo(2);

    assertThat(q.nack(second, "still down")).isEqualTo(Settlement.RETRY_SCHEDULED);
    clock.advance(Duration.ofSeconds(19));
    assertThat(q.dequeue(1)).as("second backoff is 20 s").isEmpty();
    clock.advance(Duration.ofSeconds(1));
    Job<Email> third = q.dequeue(1).get(0);
    assertThat(third.isLastAttempt()).isTrue();

    assertThat(q.nack(third, "gave up")).isEqualTo(Settlement.DEAD_LETTERED);
    assertThat(q.status(id).state()).isEqualTo(JobState.FAILED);
    clock.advance(Duration.ofHours(1));
    assertThat(q.dequeue(1)).isEmpty();
    assertThat(q.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 1, 0, 1));

    List<DeadJob> dead = q.deadLetters().list(0, 10);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).id()).isEqualTo(id);
    assertThat(dead.get(0).payload()).isEqualTo("{\"to\":\"x\",\"subject\":\"\"}");
    assertThat(dead.get(0).status().error()).isEqualTo("gave up");
    assertThat(dead.get(0).status().attempts()).isEqualTo(3);

    assertThat(q.deadLetters().redrive(List.of(id, "unknown"))).containsExactly(id);
    assertThat(q.status(id).attempts()).isZero();
    Job<Email> redriven = q.dequeue(1).get(0);
    assertThat(redriven.attempt()).isEqualTo(1);
    assertThat(q.ack(redriven)).isEqualTo(Settlement.SUCCEEDED);
    assertThat(q.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 0, 1, 1));
  }

  @Test
  void redriveTakesTheOldestDeadLettersFirst() {
    Queue<Email> q = Queue.builder(redis, "redrive", Email.class).clock(clock).build();
    List<String> ids = q.enqueueAll(List.of(new Email("1", ""), new Email("2", ""), new Email("3", "")));
    for (Job<Email> job : q.dequeue(3)) {
      q.fail(job, "bad " + job.payload().to());
    }
    assertThat(q.deadLetters().list(0, 10)).extracting(DeadJob::id).containsExactly(ids.get(2), ids.get(1), ids.get(0));
    assertThat(q.deadLetters().list(1, 1)).extracting(DeadJob::id).containsExactly(ids.get(1));
    assertThat(q.deadLetters().redrive(2)).containsExactly(ids.get(0), ids.get(1));
    assertThat(q.metrics().dead()).isEqualTo(1);
    assertThat(q.metrics().waiting()).isEqualTo(2);
  }

  @Test
  void cancelStopsQueuedAndRunningJobsButNotFinishedOnes() {
    String waiting = queue.enqueue(new Email("w", ""));
    String delayed = queue.enqueue(new Email("d", ""), EnqueueArgs.Builder.delay(Duration.ofSeconds(5))).id();
    String running = queue.enqueue(new Email("r", ""));
    assertThat(queue.cancel(waiting)).isTrue();
    Job<Email> job = queue.dequeue(1).get(0);
    assertThat(job.id()).isEqualTo(running);
    assertThat(queue.cancel(running)).isTrue();
    assertThat(queue.cancel(delayed)).isTrue();

    assertThat(queue.ack(job)).isEqualTo(Settlement.CANCELLED);
    assertThat(queue.extend(List.of(job))).isZero();
    assertThat(job.isCancelled()).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(queue.dequeue(10)).isEmpty();
    assertThat(queue.status(running).state()).isEqualTo(JobState.CANCELLED);
    assertThat(queue.cancel(running)).isFalse();
    assertThat(queue.cancel("unknown")).isFalse();
    assertThat(queue.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 0, 0, 0));
  }

  @Test
  void releaseHandsJobsBackUncountedAndAheadOfYoungerOnes() {
    String first = queue.enqueue(new Email("1", ""));
    clock.advance(Duration.ofMillis(5));
    Job<Email> job = queue.dequeue(1).get(0);
    String second = queue.enqueue(new Email("2", ""));
    assertThat(queue.release(List.of(job))).isEqualTo(1);
    assertThat(queue.release(List.of(job))).as("sent again, it reports the same").isEqualTo(1);
    assertThat(queue.metrics()).isEqualTo(new QueueMetrics(2, 0, 0, 0, 0, 0));
    assertThat(queue.status(first).attempts()).isZero();
    assertThat(queue.ack(job)).as("a released lease cannot ack").isEqualTo(Settlement.LEASE_LOST);
    List<Job<Email>> again = queue.dequeue(2);
    assertThat(again).extracting(Job::id).containsExactly(first, second);
    assertThat(again.get(0).attempt()).isEqualTo(1);
  }

  @Test
  void finishedRecordsAreDeletedAfterTheirRetention() {
    String id = queue.enqueue(new Email("a", ""));
    queue.ack(queue.dequeue(1).get(0));
    clock.advance(Duration.ofHours(24).minusMillis(1));
    queue.dequeue(1);
    assertThat(queue.status(id)).as("kept at least the retention").isNotNull();
    clock.advance(Duration.ofMinutes(30)); // at most one step of the 30 min grid later
    queue.dequeue(1);
    assertThat(queue.status(id)).isNull();
    assertThat(redis.hlen("rq:{mail}:jobs")).as("only the counters are left").isEqualTo(4);
  }

  @Test
  void aPayloadThatIsNotAnEmailIsDeadLetteredNotReturned() {
    Queue<Map> raw = Queue.builder(redis, "mail", Map.class).clock(clock).build();
    String bad = raw.enqueue(Map.of("to", List.of(1, 2)));
    String good = queue.enqueue(new Email("ok", ""));
    assertThat(queue.dequeue(10)).extracting(Job::id).containsExactly(good);
    JobStatus status = queue.status(bad);
    assertThat(status.state()).isEqualTo(JobState.FAILED);
    assertThat(status.error()).startsWith("unreadable payload: ").contains("Expected a string but was BEGIN_ARRAY");
    assertThat(queue.deadLetters().list(0, 1).get(0).payload()).isEqualTo("{\"to\":[1,2]}");
  }
}
