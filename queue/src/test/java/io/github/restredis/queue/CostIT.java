package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What each operation costs: HTTP requests, and commands Redis ran (the script call and every
 * command inside it, which is what Upstash bills), read from INFO commandstats. The README's cost
 * table is these numbers.
 */
@ExtendWith(LocalRedisExtension.class)
class CostIT {
  private final MutableClock clock = new MutableClock();
  private LocalRedisServer server;
  private Redis redis;
  private Queue<Email> queue;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    this.server = server;
    redis = QueueTesting.client(server);
    queue = Queue.builder(redis, "cost", Email.class).clock(clock).build();
    // Load every script once, so that no measurement includes the EVAL of a first use.
    queue.enqueue(new Email("warm", ""), EnqueueArgs.Builder.delay(Duration.ofSeconds(1)));
    clock.advance(Duration.ofSeconds(1));
    Job<Email> job = queue.dequeue(1).get(0);
    queue.extend(List.of(job));
    queue.nack(job, "warm");
    queue.release(List.of(job));
    queue.cancel(job.id());
    queue.metrics();
    queue.deadLetters().list(0, 1);
    queue.deadLetters().redrive(1);
    String id = queue.enqueue(new Email("warm", ""));
    queue.ack(queue.dequeue(1).get(0));
    queue.dequeue(1);
    queue.status(id);
    redis.del(queue.keys().toArray(new String[0]));
  }

  @AfterEach
  void tearDown() {
    redis.close();
  }

  /** Requests and billed commands of {@code operation}. */
  private long[] cost(Supplier<?> operation) {
    server.resetCommandStats();
    long requests = redis.metrics().requests();
    operation.get();
    return new long[] {redis.metrics().requests() - requests, QueueTesting.billed(server)};
  }

  private void print(String what, long[] cost) {
    System.out.printf("cost: %-42s %d request(s), %d billed%n", what, cost[0], cost[1]);
  }

  @Test
  void costPerOperation() {
    long[] enqueue = cost(() -> queue.enqueue(new Email("a", "")));
    long[] enqueueDelayed = cost(() -> queue.enqueue(new Email("b", ""), EnqueueArgs.Builder.delay(Duration.ofMinutes(1))));
    long[] enqueueKeyed = cost(() -> queue.enqueue(new Email("c", ""), EnqueueArgs.Builder.idempotencyKey("k")));
    List<Email> hundred = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      hundred.add(new Email("u" + i, ""));
    }
    long[] enqueue100 = cost(() -> queue.enqueueAll(hundred));
    long[] dequeueOne = cost(() -> queue.dequeue(1));
    List<Job<Email>> ten = new ArrayList<>();
    long[] dequeueTen = cost(() -> ten.addAll(queue.dequeue(10)));
    long[] ack = cost(() -> queue.ack(ten.get(0)));
    long[] ackAll = cost(() -> queue.ackAll(ten.subList(7, 10)));
    long[] nack = cost(() -> queue.nack(ten.get(1), "later"));
    long[] fail = cost(() -> queue.fail(ten.get(2), "never"));
    long[] extend = cost(() -> queue.extend(ten.subList(3, 10)));
    long[] progress = cost(() -> ten.get(3).progress(Map.of("percent", 50)));
    long[] release = cost(() -> queue.release(ten.subList(4, 7)));
    long[] status = cost(() -> queue.status(ten.get(0).id()));
    long[] metrics = cost(() -> queue.metrics());
    long[] cancel = cost(() -> queue.cancel(ten.get(3).id()));
    long[] deadList = cost(() -> queue.deadLetters().list(0, 10));
    long[] redrive = cost(() -> queue.deadLetters().redrive(1));
    long[] peekBusy = cost(() -> queue.nextDue());
    queue.dequeue(500);
    queue.enqueue(new Email("last", ""));
    queue.dequeue(1); // took exactly what it asked for: the next call finds the ready set empty
    long[] dequeueDrained = cost(() -> queue.dequeue(1));
    long[] dequeueEmpty = cost(() -> queue.dequeue(1));
    long[] peekIdle = cost(() -> queue.nextDue());

    print("enqueue, ready now", enqueue);
    print("enqueue, delayed", enqueueDelayed);
    print("enqueue, with an idempotency key", enqueueKeyed);
    print("enqueueAll, 100 jobs", enqueue100);
    print("dequeue(1), a job ready", dequeueOne);
    print("dequeue(10), 10 jobs ready", dequeueTen);
    print("dequeue(1), the previous one took the last", dequeueDrained);
    print("dequeue(1), nothing due", dequeueEmpty);
    print("ack", ack);
    print("ackAll, 3 jobs", ackAll);
    print("nack (retry later)", nack);
    print("fail (dead-letter)", fail);
    print("extend, 7 leases", extend);
    print("progress", progress);
    print("release, 3 jobs", release);
    print("cancel", cancel);
    print("status", status);
    print("metrics", metrics);
    print("dead letters, a page", deadList);
    print("redrive, 1 job", redrive);
    print("nextDue (idle check)", peekIdle);

    assertThat(enqueue).containsExactly(1, 5);
    assertThat(enqueueDelayed).containsExactly(1, 4);
    assertThat(enqueueKeyed).containsExactly(1, 5);
    assertThat(enqueue100).containsExactly(1, 5);
    assertThat(dequeueOne).containsExactly(1, 6);
    assertThat(dequeueTen).containsExactly(1, 6);
    assertThat(dequeueDrained).containsExactly(1, 4);
    assertThat(dequeueEmpty).containsExactly(1, 2);
    assertThat(ack).containsExactly(1, 4);
    assertThat(ackAll).containsExactly(1, 4);
    assertThat(nack).containsExactly(1, 4);
    assertThat(fail).containsExactly(1, 5);
    assertThat(extend).containsExactly(1, 3);
    assertThat(progress).containsExactly(1, 4);
    assertThat(release).containsExactly(1, 6);
    assertThat(cancel).containsExactly(1, 4);
    assertThat(status).containsExactly(1, 1);
    assertThat(metrics).containsExactly(1, 4);
    assertThat(deadList).containsExactly(1, 3);
    assertThat(redrive).containsExactly(1, 7);
    assertThat(peekBusy).containsExactly(1, 1);
    assertThat(peekIdle).containsExactly(1, 1);
  }

  @Test
  void costPerJobOfTheWholeLife() {
    server.resetCommandStats();
    long requests = redis.metrics().requests();
    queue.enqueue(new Email("a", ""));
    queue.ack(queue.dequeue(1).get(0));
    long oneByOne = QueueTesting.billed(server);
    long oneByOneRequests = redis.metrics().requests() - requests;
    System.out.printf("cost: one job, enqueue + dequeue + ack: %d requests, %d billed%n", oneByOneRequests, oneByOne);
    assertThat(oneByOneRequests).isEqualTo(3);
    assertThat(oneByOne).isEqualTo(15);
  }
}
