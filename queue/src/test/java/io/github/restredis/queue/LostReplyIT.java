package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.Redis;
import io.github.restredis.RetryPolicy;
import io.github.restredis.TransportException;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Responses lost on the network after the server ran the script: an enqueue is sent again and
 * adds nothing twice, a lost dequeue costs only a lease, a lost ack is sent again and counts once.
 */
@ExtendWith(LocalRedisExtension.class)
class LostReplyIT {
  private final MutableClock clock = new MutableClock();
  private LocalRedisServer server;
  private Redis direct;
  private Queue<Email> observer;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    this.server = server;
    direct = QueueTesting.client(server);
    observer = Queue.builder(direct, "mail", Email.class).clock(clock).build();
  }

  @AfterEach
  void tearDown() {
    direct.close();
  }

  private Redis through(LossyProxy proxy) {
    return Redis.builder().url(proxy.url()).token(server.token())
        .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1))).build();
  }

  @Test
  void anEnqueueWhoseResponseIsLostIsSentAgainAndStoredOnce() throws Exception {
    observer.enqueue(new Email("warm", "up")); // loads the script, so the lost response is the script's
    try (LossyProxy proxy = new LossyProxy(server.url(), n -> n == 0); Redis redis = through(proxy)) {
      Queue<Email> queue = Queue.builder(redis, "mail", Email.class).clock(clock).build();
      server.resetCommandStats();
      String id = queue.enqueue(new Email("ada", "once"), EnqueueArgs.Builder.priority(3)).id();

      assertThat(proxy.lost.get()).isEqualTo(1);
      assertThat(server.commandStats()).containsEntry("evalsha", 2L);
      assertThat(redis.metrics().retries()).isEqualTo(1);
      assertThat(observer.metrics().waiting()).isEqualTo(2);
      assertThat(observer.status(id).priority()).isEqualTo(3);
    }
  }

  @Test
  void aDequeueWhoseResponseIsLostDeliversTheJobAgainAfterTheLease() throws Exception {
    String id = observer.enqueue(new Email("ada", "x"));
    try (LossyProxy proxy = new LossyProxy(server.url(), n -> n == 0); Redis redis = through(proxy)) {
      Queue<Email> queue = Queue.builder(redis, "mail", Email.class).clock(clock).build();
      assertThatThrownBy(() -> queue.dequeue(1))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.requestSent()).isTrue());
      assertThat(observer.status(id).state()).as("leased to nobody").isEqualTo(JobState.PROCESSING);
      assertThat(queue.dequeue(1)).isEmpty();

      clock.advance(Duration.ofSeconds(30));
      List<Job<Email>> again = queue.dequeue(1);
      assertThat(again).extracting(Job::id).containsExactly(id);
      assertThat(again.get(0).attempt()).isEqualTo(2);
      assertThat(queue.ack(again.get(0))).isEqualTo(Settlement.SUCCEEDED);
    }
  }

  @Test
  void anAckWhoseResponseIsLostIsSentAgainAndCountsOnce() throws Exception {
    observer.enqueue(new Email("ada", "x"));
    Job<Email> job = observer.dequeue(1).get(0);
    observer.extend(List.of(job)); // loads the scripts the lossy client uses
    observer.ack(job);
    String id2 = observer.enqueue(new Email("bob", "y"));
    Job<Email> second = observer.dequeue(1).get(0);
    try (LossyProxy proxy = new LossyProxy(server.url(), n -> n == 0); Redis redis = through(proxy)) {
      Queue<Email> queue = Queue.builder(redis, "mail", Email.class).clock(clock).build();
      Job<Email> leased = new Job<>(queue, second.id(), second.payload(), second.delivery(), second.attempt(),
          second.maxDeliveries(), second.priority(), second.enqueuedAt(), second.leaseDeadline());
      assertThat(queue.ack(leased, "sent")).isEqualTo(Settlement.SUCCEEDED);
      assertThat(proxy.lost.get()).isEqualTo(1);
      assertThat(observer.status(id2).resultJson()).isEqualTo("\"sent\"");
      assertThat(observer.metrics().processed()).isEqualTo(2);
    }
  }
}
