package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisServer;
import io.github.restredis.queue.Job;
import io.github.restredis.queue.Queue;
import io.github.restredis.queue.Worker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the queue costs and how fast it goes on loopback: jobs per second for enqueue + dequeue +
 * ack, HTTP requests per job (the client's count) and billed commands per job (the local Redis's
 * {@code INFO commandstats}: every command, those inside scripts included, as Upstash bills), then
 * what an idle worker with the default settings sends in real time.
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     io.github.restredis.benchmarks.QueueThroughput [idle seconds, default 120]
 * </pre>
 *
 * <p>Starts a {@link LocalRedisServer} in this JVM; takes about three minutes with the default idle
 * phase.
 */
public final class QueueThroughput {
  /** A small typed payload, as a mail job might carry. */
  public record Mail(String to, String subject, int attempt) {}

  private static final int ONE_BY_ONE = 2_000;
  private static final int BULK = 20_000;

  private QueueThroughput() {}

  public static void main(String[] args) throws Exception {
    long idleSeconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
    try (LocalRedisServer server = LocalRedisServer.start();
        Redis redis = Redis.builder().url(server.url()).token(server.token()).build()) {
      System.out.printf(Locale.ROOT, "server %s, %d cores, Java %s%n", server.redisDescription(),
          Runtime.getRuntime().availableProcessors(), Runtime.version());
      System.out.println("| Scenario | jobs | jobs/s | HTTP requests per job | billed commands per job |");
      System.out.println("|---|---|---|---|---|");
      oneByOne(server, redis, 500, false); // warms the JIT up; not printed
      oneByOne(server, redis, ONE_BY_ONE, true);
      bulk(server, redis, 1, 1);
      bulk(server, redis, 1, 8);
      bulk(server, redis, 4, 8);
      idle(server, redis, idleSeconds);
    }
  }

  /** Enqueue one, dequeue one, ack it: the simplest producer and consumer, one thread. */
  private static void oneByOne(LocalRedisServer server, Redis redis, int jobs, boolean print) {
    Queue<Mail> queue = Queue.builder(redis, "bench-single", Mail.class).build();
    warm(queue);
    Counter counter = new Counter(server, redis);
    for (int i = 0; i < jobs; i++) {
      queue.enqueue(new Mail("user" + i + "@example.com", "hello", i));
      Job<Mail> job = queue.dequeue(1).get(0);
      queue.ack(job);
    }
    if (print) {
      counter.row("enqueue(1) + dequeue(1) + ack, one thread", jobs);
    }
  }

  /** enqueueAll in batches of 500, then workers drain the queue with a handler that does nothing. */
  private static void bulk(LocalRedisServer server, Redis redis, int workers, int concurrency) throws Exception {
    Queue<Mail> queue = Queue.builder(redis, "bench-bulk-" + workers + "x" + concurrency, Mail.class).build();
    warm(queue);
    List<Mail> mails = new ArrayList<>(BULK);
    for (int i = 0; i < BULK; i++) {
      mails.add(new Mail("user" + i + "@example.com", "hello", i));
    }
    Counter enqueue = new Counter(server, redis);
    queue.enqueueAll(mails);
    if (workers == 1 && concurrency == 1) {
      enqueue.row("enqueueAll, 500 per request", BULK);
    }

    LongAdder done = new LongAdder();
    Counter consume = new Counter(server, redis);
    List<Worker<Mail>> running = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      running.add(queue.worker(job -> {
        done.increment();
        return null;
      }).concurrency(concurrency).pollIntervals(Duration.ofMillis(10), Duration.ofMillis(100)).start());
    }
    while (done.sum() < BULK) {
      Thread.sleep(5); // watched in process: a metrics() call here would be counted
    }
    for (Worker<Mail> worker : running) {
      worker.close(); // waits for the last acks
    }
    consume.row(String.format(Locale.ROOT, "dequeue + ack, %d worker(s) x %d handlers", workers, concurrency), BULK);
    long processed = queue.metrics().processed();
    if (processed != BULK + 1 || done.sum() != BULK) {
      throw new AssertionError("acknowledged " + processed + ", handled " + done.sum() + " of " + BULK);
    }
  }

  /** An idle worker with the default settings, in real time. */
  private static void idle(LocalRedisServer server, Redis redis, long seconds) throws Exception {
    Queue<Mail> queue = Queue.builder(redis, "bench-idle", Mail.class).build();
    queue.checkEvictionPolicy();
    server.resetCommandStats();
    long requests = redis.metrics().requests();
    try (Worker<Mail> worker = queue.worker(job -> null).start()) {
      Thread.sleep(seconds * 1000);
    }
    System.out.printf(Locale.ROOT, "%nidle worker, default settings, %d s of real time: %d HTTP requests, %d billed"
        + " commands %s%n", seconds, redis.metrics().requests() - requests, billed(server), server.commandStats());
  }

  private static void warm(Queue<Mail> queue) {
    String id = queue.enqueue(new Mail("warm", "up", 0));
    for (Job<Mail> job : queue.dequeue(1)) {
      queue.ack(job);
    }
    queue.metrics();
    queue.status(id);
  }

  static long billed(LocalRedisServer server) {
    long total = 0;
    for (Map.Entry<String, Long> e : server.commandStats().entrySet()) {
      if (!e.getKey().equals("info") && !e.getKey().startsWith("config")) {
        total += e.getValue();
      }
    }
    return total;
  }

  /** Requests, billed commands and time from its creation to {@link #row}. */
  private static final class Counter {
    private final LocalRedisServer server;
    private final Redis redis;
    private final long requests;
    private final long start;

    Counter(LocalRedisServer server, Redis redis) {
      this.server = server;
      this.redis = redis;
      server.resetCommandStats();
      this.requests = redis.metrics().requests();
      this.start = System.nanoTime();
    }

    void row(String name, int jobs) {
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "| %s | %,d | %,.0f | %.3f | %.3f |%n", name, jobs, jobs / seconds,
          (redis.metrics().requests() - requests) / (double) jobs, billed(server) / (double) jobs);
    }
  }
}
