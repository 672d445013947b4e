package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.RetryPolicy;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several workers, each behind a proxy that loses 5% of responses after the server ran the
 * request: no job is lost, and a job runs twice only where a lost response caused it.
 */
@ExtendWith(LocalRedisExtension.class)
class LossyNetworkIT {
  private static final Duration FAST = Duration.ofMillis(10);

  @Test
  void noJobIsLostWhenResponsesAreLost(LocalRedisServer server) throws Exception {
    MutableClock clock = new MutableClock();
    int total = 1500;
    List<String> ids;
    try (Redis redis = QueueTesting.client(server)) {
      Queue<Email> queue = Queue.builder(redis, "lossy", Email.class).clock(clock).build();
      List<Email> mails = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        mails.add(new Email("user" + i, "lossy"));
      }
      ids = queue.enqueueAll(mails);

      Tally tally = new Tally();
      List<LossyProxy> proxies = new ArrayList<>();
      List<Redis> clients = new ArrayList<>();
      List<Worker<Email>> workers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        LossyProxy proxy = LossyProxy.losingShare(server.url(), 0.05, 42 + w);
        Redis client = Redis.builder().url(proxy.url()).token(server.token())
            .retryPolicy(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1))).build();
        proxies.add(proxy);
        clients.add(client);
        workers.add(Queue.builder(client, "lossy", Email.class).clock(clock).build()
            .worker(tally::record).concurrency(4).pollIntervals(FAST, FAST).start());
      }

      int clockJumps = 0;
      try {
        while (tally.distinct() < total) {
          QueueMetrics m = queue.metrics();
          boolean quiet = m.waiting() == 0 && workers.stream().allMatch(w -> w.inFlight() == 0);
          if (quiet && m.inFlight() > 0) {
            // Only leases nobody holds are left: those whose dequeue response was lost.
            clock.advance(Duration.ofSeconds(31));
            clockJumps++;
          }
          Thread.sleep(20);
          assertThat(clockJumps).as("lease expiries needed").isLessThan(100);
        }
        QueueTesting.await("every ack settled", () -> queue.metrics().processed() == total);
      } finally {
        workers.forEach(Worker::close);
      }
      int lost = 0;
      for (int w = 0; w < 3; w++) {
        clients.get(w).close();
        proxies.get(w).close();
        lost += proxies.get(w).lost.get();
      }

      assertThat(lost).as("responses lost").isGreaterThan(10);
      assertThat(tally.ids()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(tally.duplicates()).as("duplicates only where a response was lost").isLessThanOrEqualTo(lost);
      assertThat(queue.metrics()).isEqualTo(new QueueMetrics(0, 0, 0, 0, total, 0));
      System.out.printf("lossy network: %d jobs, %d responses lost, %d duplicate deliveries, %d lease expiries%n",
          total, lost, tally.duplicates(), clockJumps);
    }
  }
}
