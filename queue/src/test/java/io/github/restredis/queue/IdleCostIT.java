package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import io.github.restredis.queue.internal.IdlePolling;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an idle worker with the default settings costs per hour, in commands Redis ran (what
 * Upstash bills), with time made virtual so that the hour passes at once. The goal is at most 120.
 */
@ExtendWith(LocalRedisExtension.class)
class IdleCostIT {
  private static final Duration HOUR = Duration.ofHours(1);
  private final MutableClock clock = new MutableClock();
  private LocalRedisServer server;
  private Redis redis;
  private Queue<Email> queue;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    this.server = server;
    redis = QueueTesting.client(server);
    queue = Queue.builder(redis, "idle", Email.class).clock(clock).build();
    queue.checkEvictionPolicy(); // once per queue, before the measured hour
  }

  @AfterEach
  void tearDown() {
    redis.close();
  }

  @Test
  void anIdleWorkerCostsAtMost120CommandsAnHour() throws Exception {
    VirtualTime time = new VirtualTime(clock, HOUR);
    server.resetCommandStats();
    try (Worker<Email> worker = queue.worker(job -> null).sleeper(time).start()) {
      time.awaitPause();
      long firstHour = QueueTesting.billed(server);
      assertThat(server.commandStats().get("zrange")).as("every billed command is the idle check").isEqualTo(firstHour);

      server.resetCommandStats();
      time.resume(HOUR);
      time.awaitPause();
      long secondHour = QueueTesting.billed(server);

      System.out.printf("idle worker, default settings: %d billed commands in the first hour, %d in the second%n",
          firstHour, secondHour);
      assertThat(firstHour).isEqualTo(IdlePolling.pollsPerIdleHour(Duration.ofMillis(250), Duration.ofSeconds(40)))
          .isLessThanOrEqualTo(120);
      assertThat(secondHour).isEqualTo(90);
    }
  }

  @Test
  void anIdleWorkerInPlainListModeCostsAtMost120CommandsAnHour() throws Exception {
    Queue<Email> listed = Queue.builder(redis, "idle", Email.class).sourceList("tasks").clock(clock).build();
    listed.checkEvictionPolicy();
    VirtualTime time = new VirtualTime(clock, HOUR);
    server.resetCommandStats();
    try (Worker<Email> worker = listed.worker(job -> null).sleeper(time).start()) {
      time.awaitPause();
    }
    long billed = QueueTesting.billed(server);
    System.out.printf("idle worker, plain-list mode, default settings: %d billed commands in the first hour%n", billed);
    assertThat(server.commandStats()).containsEntry("zrange", billed / 2).containsEntry("llen", billed / 2);
    assertThat(billed).isLessThanOrEqualTo(120);
  }

  @Test
  void anIdleHourInWhichYesterdaysRecordsExpireStaysUnder120() throws Exception {
    // A busy hour yesterday: 120 jobs done, one every 30 s, so that their records expire over an hour.
    for (int i = 0; i < 120; i++) {
      queue.enqueue(new Email("u" + i, ""));
      queue.ack(queue.dequeue(1).get(0));
      clock.advance(Duration.ofSeconds(30));
    }
    clock.advance(Duration.ofHours(23));
    VirtualTime time = new VirtualTime(clock, HOUR.multipliedBy(2));
    server.resetCommandStats();
    try (Worker<Email> worker = queue.worker(job -> null).sleeper(time).start()) {
      time.awaitPause();
    }
    long billed = QueueTesting.billed(server);
    System.out.printf("idle worker while 120 records expire: %d billed commands in 2 hours%n", billed);
    assertThat(redis.hlen("rq:{idle}:jobs")).as("every record deleted").isEqualTo(4);
    assertThat(billed).isLessThanOrEqualTo(240);
  }
}
