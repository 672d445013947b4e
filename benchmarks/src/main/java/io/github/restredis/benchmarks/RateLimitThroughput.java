package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisServer;
import io.github.restredis.ratelimit.Limit;
import io.github.restredis.ratelimit.RateLimitResult;
import io.github.restredis.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;

/**
 * What one rate-limit decision costs: commands Redis runs (and Upstash bills), counted by the local
 * Redis's {@code INFO commandstats}; HTTP requests, counted by the limiter's client; and decisions
 * per second on loopback, synchronous from 16 threads and asynchronous with 64 in flight, with
 * and without the client's auto-pipelining.
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     io.github.restredis.benchmarks.RateLimitThroughput
 * </pre>
 *
 * <p>Starts a {@link LocalRedisServer} in this JVM (the command counts need its Redis); takes about
 * two minutes.
 */
public final class RateLimitThroughput {
  private static final int SAMPLES = 1_000;
  private static final int THREADS = 16;
  private static final int IN_FLIGHT = 64;
  private static final long WARMUP_MILLIS = 2_000;
  private static final long MEASURE_MILLIS = 5_000;
  private static final long HUGE = 1_000_000_000L;

  private RateLimitThroughput() {}

  /** One configuration measured: a name, the limit that always admits, and one that denies. */
  private record Scenario(String name, List<Limit> open, List<Limit> tight,
      UnaryOperator<RateLimiter.Builder> options) {}

  public static void main(String[] args) throws Exception {
    Duration hour = Duration.ofHours(1);
    List<Scenario> scenarios = List.of(
        new Scenario("fixed window", List.of(Limit.fixedWindow(HUGE, hour)),
            List.of(Limit.fixedWindow(1, hour)), b -> b),
        new Scenario("sliding window", List.of(Limit.slidingWindow(HUGE, hour)),
            List.of(Limit.slidingWindow(1, hour)), b -> b),
        new Scenario("token bucket", List.of(Limit.tokenBucket(1, hour, HUGE)),
            List.of(Limit.tokenBucket(1, hour, 1)), b -> b),
        new Scenario("sliding window, dynamic limits", List.of(Limit.slidingWindow(HUGE, hour)),
            List.of(Limit.slidingWindow(1, hour)), b -> b.dynamicLimits(true)),
        new Scenario("fixed window, server clock", List.of(Limit.fixedWindow(HUGE, hour)),
            List.of(Limit.fixedWindow(1, hour)), b -> b.serverClock(true)),
        new Scenario("fixed 1 s + sliding 1 day",
            List.of(Limit.fixedWindow(HUGE, Duration.ofSeconds(1)).withPrefix("b:s"),
                Limit.slidingWindow(HUGE, Duration.ofDays(1)).withPrefix("b:d")),
            List.of(Limit.fixedWindow(1, Duration.ofSeconds(1)).withPrefix("b:s"),
                Limit.slidingWindow(1, Duration.ofDays(1)).withPrefix("b:d")), b -> b));
    try (LocalRedisServer server = LocalRedisServer.start();
        Redis redis = Redis.builder().url(server.url()).token(server.token()).build();
        Redis unbatched = redis.newBuilder().autoPipelining(false).build()) {
      System.out.printf(Locale.ROOT, "server %s, %d cores, Java %s%n", server.redisDescription(),
          Runtime.getRuntime().availableProcessors(), Runtime.version());
      System.out.println("| Limiter | commands per allowed decision (first in window) | per denied"
          + " | per cached block | HTTP requests per decision | decisions/s, 16 threads sync"
          + " | decisions/s, 64 async in flight (requests per decision)"
          + " | the same without auto-pipelining |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      for (Scenario s : scenarios) {
        measure(server, redis, unbatched, s);
      }
    }
  }

  private static RateLimiter build(Redis redis, List<Limit> limits, Scenario s, int cache) {
    RateLimiter.Builder b = RateLimiter.builder(redis).blockedCacheSize(cache).checkEvictionPolicy(false);
    limits.forEach(b::limit);
    return s.options.apply(b).build();
  }

  private static void measure(LocalRedisServer server, Redis redis, Redis unbatched, Scenario s)
      throws Exception {
    server.flushAll();
    String steady;
    String first;
    String denied;
    String cached;
    String requests;
    try (RateLimiter open = build(redis, s.open, s, 0)) {
      open.limit("warm-up");
      open.getRemaining("warm-up");
      open.limit("same");
      Cost same = cost(server, open, i -> check(open.limit("same"), true));
      Cost fresh = cost(server, open, i -> check(open.limit("id-" + i), true));
      steady = same.commandsText();
      first = fresh.commandsText();
      requests = same.requestsText();
    }
    try (RateLimiter tight = build(redis, s.tight, s, 0)) {
      tight.limit("warm-up");
      check(tight.limit("full"), true);
      denied = cost(server, tight, i -> check(tight.limit("full"), false)).commandsText();
    }
    try (RateLimiter caching = build(redis, s.tight, s, 10_000)) {
      caching.limit("warm-up");
      check(caching.limit("full"), false);
      Cost c = cost(server, caching, i -> check(caching.limit("full"), false));
      cached = c.commandsText() + " commands, " + c.requestsText() + " requests";
    }
    try (RateLimiter open = build(redis, s.open, s, 0);
        RateLimiter separate = build(unbatched, s.open, s, 0)) {
      double sync = syncThroughput(open);
      double[] async = asyncThroughput(open);
      double[] alone = asyncThroughput(separate);
      System.out.printf(Locale.ROOT, "| %s | %s (%s) | %s | %s | %s | %,.0f | %,.0f (%.2f) | %,.0f (%.2f) |%n",
          s.name, steady, first, denied, cached, requests, sync, async[0], async[1], alone[0], alone[1]);
    }
  }

  private record Cost(double commands, double requests) {
    String commandsText() {
      return String.format(Locale.ROOT, "%.2f", commands);
    }

    String requestsText() {
      return String.format(Locale.ROOT, "%.2f", requests);
    }
  }

  private interface Step {
    void run(int i);
  }

  private static Cost cost(LocalRedisServer server, RateLimiter limiter, Step step) {
    server.resetCommandStats();
    long before = limiter.metrics().requests();
    for (int i = 0; i < SAMPLES; i++) {
      step.run(i);
    }
    long requests = limiter.metrics().requests() - before;
    long commands = 0;
    for (Map.Entry<String, Long> e : server.commandStats().entrySet()) {
      if (!e.getKey().startsWith("config") && !e.getKey().equals("info")) {
        commands += e.getValue();
      }
    }
    return new Cost((double) commands / SAMPLES, (double) requests / SAMPLES);
  }

  private static void check(RateLimitResult result, boolean allowed) {
    if (result.allowed() != allowed) {
      throw new IllegalStateException("unexpected decision: " + result);
    }
  }

  private static double syncThroughput(RateLimiter limiter) throws InterruptedException {
    LongAdder decisions = new LongAdder();
    AtomicBoolean counting = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread thread = new Thread(() -> {
        while (!stop.get()) {
          check(limiter.limit("id-" + ThreadLocalRandom.current().nextInt(10_000)), true);
          if (counting.get()) {
            decisions.increment();
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    Thread.sleep(WARMUP_MILLIS);
    counting.set(true);
    long start = System.nanoTime();
    Thread.sleep(MEASURE_MILLIS);
    counting.set(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    return decisions.sum() / seconds;
  }

  /** {@return decisions per second and HTTP requests per decision, 64 decisions in flight} */
  private static double[] asyncThroughput(RateLimiter limiter) throws InterruptedException {
    Semaphore slots = new Semaphore(IN_FLIGHT);
    LongAdder decisions = new LongAdder();
    long end = System.nanoTime() + (WARMUP_MILLIS + MEASURE_MILLIS) * 1_000_000;
    long measureFrom = System.nanoTime() + WARMUP_MILLIS * 1_000_000;
    long requestsBefore = -1;
    long startNanos = 0;
    while (System.nanoTime() < end) {
      if (requestsBefore < 0 && System.nanoTime() >= measureFrom) {
        slots.acquire(IN_FLIGHT); // a clean start: nothing in flight
        requestsBefore = limiter.metrics().requests();
        decisions.reset();
        startNanos = System.nanoTime();
        slots.release(IN_FLIGHT);
      }
      slots.acquire();
      CompletableFuture<RateLimitResult> f =
          limiter.async().limit("id-" + ThreadLocalRandom.current().nextInt(10_000));
      f.whenComplete((r, e) -> {
        if (e == null && r.allowed()) {
          decisions.increment();
        }
        slots.release();
      });
    }
    slots.acquire(IN_FLIGHT);
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long requests = limiter.metrics().requests() - requestsBefore;
    return new double[] {decisions.sum() / seconds, (double) requests / decisions.sum()};
  }
}
