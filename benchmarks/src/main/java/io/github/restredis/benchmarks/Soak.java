package io.github.restredis.benchmarks;

import io.github.restredis.MetricsSnapshot;
import io.github.restredis.Pipeline;
import io.github.restredis.Redis;
import io.github.restredis.RedisAsync;
import io.github.restredis.Response;
import io.github.restredis.Script;
import io.github.restredis.Transaction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * A bounded soak run: 64 callers share one client and mix single commands, pipelines,
 * transactions, async calls (auto-pipelined and not) and scripts against the local server, each
 * checking every reply against what it wrote. Passes when no call failed and no reply was wrong,
 * every counter in Redis equals what its caller counted, OkHttp holds no call or connection in
 * use afterwards, and the heap after a full GC is back within a small margin of where it was after
 * the warm-up.
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests &amp;&amp; java -Xmx512m \
 *     -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     io.github.restredis.benchmarks.Soak [SECONDS [URL TOKEN]]
 * </pre>
 *
 * <p>By default it starts the local server in a JVM of its own (so that this JVM's heap is the
 * client's alone), warms up for 20 s, then runs for 120 s. With a URL and token (loopback only) it
 * uses a server already running.
 */
public final class Soak {
  private static final int CALLERS = 64;
  private static final long WARMUP_SECONDS = 20;
  /** The margin the heap after a full GC may grow by: the larger of 8 MiB and 10%. */
  private static final long MARGIN_BYTES = 8L * 1024 * 1024;
  private static final double MARGIN_SHARE = 0.10;
  private static final Script ADD = Script.of(
      "return redis.call('INCRBY', KEYS[1], ARGV[1])");

  private static final ConcurrentHashMap<String, LongAdder> ERRORS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, LongAdder> OPERATIONS = new ConcurrentHashMap<>();

  private Soak() {}

  public static void main(String[] args) throws Exception {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
    Process serverProcess = null;
    String url;
    String token;
    if (args.length >= 3) {
      url = args[1];
      token = args[2];
      String host = URI.create(url).getHost();
      if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
        throw new IllegalArgumentException("loopback only: " + host);
      }
    } else {
      token = "soak-" + UUID.randomUUID();
      serverProcess = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          "io.github.restredis.local.Main", "--token", token)
          .redirectErrorStream(true).start();
      url = awaitUrl(serverProcess);
    }
    try {
      System.exit(run(url, token, seconds) ? 0 : 1);
    } finally {
      if (serverProcess != null) {
        serverProcess.destroy();
        serverProcess.waitFor(20, TimeUnit.SECONDS);
      }
    }
  }

  /** Reads the server's banner until it names its URL; keeps draining its output afterwards. */
  private static String awaitUrl(Process server) throws Exception {
    BufferedReader out = new BufferedReader(
        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("UPSTASH_REDIS_REST_URL=")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "server-output");
        drain.setDaemon(true);
        drain.start();
        return line.substring("UPSTASH_REDIS_REST_URL=".length());
      }
    }
    throw new IllegalStateException("the local server ended before printing its URL");
  }

  private static boolean run(String url, String token, long seconds) throws Exception {
    // Our own OkHttp client (sized like the one Redis.Builder makes) so that its dispatcher and
    // pool can be inspected afterwards.
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
    String runId = UUID.randomUUID().toString().substring(0, 8);
    List<Caller> callers = new ArrayList<>();
    boolean ok;
    try (Redis redis = Redis.builder().url(url).token(token).okHttpClient(http).build();
        Redis unbatched = redis.newBuilder().autoPipelining(false).build()) {
      for (int i = 0; i < CALLERS; i++) {
        callers.add(new Caller(redis, unbatched, "soak:" + runId + ":" + i + ":", i));
      }
      System.out.printf(Locale.ROOT, "soak: %d callers, %d s warm-up, %d s run, %d cores, Java %s, max heap %d MiB%n",
          CALLERS, WARMUP_SECONDS, seconds, Runtime.getRuntime().availableProcessors(),
          Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
      runPhase(callers, WARMUP_SECONDS);
      long baseline = usedAfterFullGc();
      int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
      MetricsSnapshot before = redis.metrics();
      MetricsSnapshot beforeUnbatched = unbatched.metrics();
      OPERATIONS.clear();
      System.out.printf(Locale.ROOT, "heap after warm-up and full GC: %.1f MiB%n", baseline / 1048576.0);

      long start = System.nanoTime();
      List<Long> samples = runPhase(callers, seconds);
      double elapsed = (System.nanoTime() - start) / 1e9;
      long end = usedAfterFullGc();
      int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
      MetricsSnapshot after = redis.metrics();
      MetricsSnapshot afterUnbatched = unbatched.metrics();

      long wrongCounters = 0;
      for (Caller c : callers) {
        wrongCounters += c.checkCounters();
      }
      long requests = after.requests() - before.requests()
          + afterUnbatched.requests() - beforeUnbatched.requests();
      long commands = after.commands() - before.commands()
          + afterUnbatched.commands() - beforeUnbatched.commands();
      long retries = after.retries() - before.retries()
          + afterUnbatched.retries() - beforeUnbatched.retries();
      long operations = OPERATIONS.values().stream().mapToLong(LongAdder::sum).sum();
      System.out.printf(Locale.ROOT, "operations: %,d in %.0f s = %,.0f/s; %s%n", operations,
          elapsed, operations / elapsed, sorted(OPERATIONS));
      System.out.printf(Locale.ROOT, "HTTP requests: %,d (%,.0f/s); commands: %,d (%,.0f/s); retries: %d%n",
          requests, requests / elapsed, commands, commands / elapsed, retries);
      System.out.printf(Locale.ROOT, "heap after full GC: %.1f MiB after warm-up, %.1f MiB at the end (%+.1f MiB); "
              + "samples while running (after a GC, MiB): %s%n",
          baseline / 1048576.0, end / 1048576.0, (end - baseline) / 1048576.0,
          samples.stream().map(s -> String.format(Locale.ROOT, "%.0f", s / 1048576.0)).toList());
      System.out.printf(Locale.ROOT, "live threads: %d after warm-up, %d at the end; GC: %s%n",
          threadsBefore, threadsAfter, gcSummary());

      eventually(() -> dispatcher.runningCallsCount() == 0 && dispatcher.queuedCallsCount() == 0);
      int inUse = http.connectionPool().connectionCount() - http.connectionPool().idleConnectionCount();
      System.out.printf(Locale.ROOT, "OkHttp afterwards: %d running, %d queued, %d connections (%d in use)%n",
          dispatcher.runningCallsCount(), dispatcher.queuedCallsCount(),
          http.connectionPool().connectionCount(), inUse);

      long errors = ERRORS.values().stream().mapToLong(LongAdder::sum).sum();
      System.out.printf(Locale.ROOT, "errors: %d%s; counters that differ from Redis: %d%n", errors,
          errors == 0 ? "" : " " + sorted(ERRORS), wrongCounters);
      long allowed = Math.max(MARGIN_BYTES, (long) (baseline * MARGIN_SHARE));
      boolean heapOk = end - baseline <= allowed;
      System.out.printf(Locale.ROOT, "heap growth %+.1f MiB, allowed %.1f MiB: %s%n",
          (end - baseline) / 1048576.0, allowed / 1048576.0, heapOk ? "ok" : "TOO MUCH");
      ok = errors == 0 && wrongCounters == 0 && heapOk && inUse == 0 && after.failureCount() == 0
          && afterUnbatched.failureCount() == 0;
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    System.out.println(ok ? "SOAK PASSED" : "SOAK FAILED");
    return ok;
  }

  /** Runs every caller on its own thread for {@code seconds}; {@return heap samples taken} */
  private static List<Long> runPhase(List<Caller> callers, long seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (Caller c : callers) {
      Thread t = new Thread(() -> c.runUntil(deadline), "soak-caller-" + c.index);
      t.start();
      threads.add(t);
    }
    List<Long> samples = new ArrayList<>();
    long nextSample = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Thread.sleep(200);
      if (System.nanoTime() >= nextSample && System.nanoTime() < deadline - 5_000_000_000L) {
        System.gc(); // callers keep running: a rough figure, for the trend only
        samples.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        nextSample += TimeUnit.SECONDS.toNanos(30);
      }
    }
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(120));
      if (t.isAlive()) {
        error("caller still running 120 s after the deadline: " + t.getName());
      }
    }
    return samples;
  }

  /** The heap in use after full collections, while no caller runs: the smallest of five. */
  private static long usedAfterFullGc() throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return least;
  }

  private static String gcSummary() {
    StringBuilder out = new StringBuilder();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      out.append(out.length() == 0 ? "" : ", ").append(gc.getName()).append(' ')
          .append(gc.getCollectionCount()).append(" collections, ").append(gc.getCollectionTime())
          .append(" ms");
    }
    return out.toString();
  }

  private static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(10);
    }
  }

  private static String sorted(Map<String, LongAdder> counts) {
    StringBuilder out = new StringBuilder();
    counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
            .append(String.format(Locale.ROOT, "%,d", e.getValue().sum())));
    return out.toString();
  }

  static void error(String what) {
    ERRORS.computeIfAbsent(what.length() > 160 ? what.substring(0, 160) : what,
        k -> new LongAdder()).increment();
  }

  static void count(String operation) {
    OPERATIONS.computeIfAbsent(operation, k -> new LongAdder()).increment();
  }

  /** One of the 64 callers: its own keys, and what it expects them to hold. */
  private static final class Caller {
    final Redis redis;
    final Redis unbatched;
    final String prefix;
    final int index;
    final Random random;
    long counter; // what prefix + "counter" holds
    long scripted; // what prefix + "scripted" holds
    long listLength; // what prefix + "list" holds, trimmed

    Caller(Redis redis, Redis unbatched, String prefix, int index) {
      this.redis = redis;
      this.unbatched = unbatched;
      this.prefix = prefix;
      this.index = index;
      this.random = new Random(index);
    }

    void runUntil(long deadline) {
      while (System.nanoTime() < deadline) {
        int kind = random.nextInt(6);
        String name = switch (kind) {
          case 0 -> "single";
          case 1 -> "pipeline";
          case 2 -> "transaction";
          case 3 -> "async";
          case 4 -> "async-unbatched";
          default -> "script";
        };
        try {
          switch (kind) {
            case 0 -> single();
            case 1 -> pipeline();
            case 2 -> transaction();
            case 3 -> async(redis.async(), true);
            case 4 -> async(unbatched.async(), false);
            default -> script();
          }
          count(name);
        } catch (Exception e) {
          Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
              ? e.getCause() : e;
          error(name + ": " + cause);
        }
      }
    }

    private String payload() {
      int size = 16 + random.nextInt(4096);
      StringBuilder out = new StringBuilder(size);
      for (int i = 0; i < size; i++) {
        out.append((char) ('a' + random.nextInt(26)));
      }
      return out.append(" é😀\r\n").toString();
    }

    private void expect(String what, Object expected, Object actual) {
      if (!Objects.equals(expected, actual)) {
        error("wrong reply to " + what);
      }
    }

    private void single() {
      expect("INCR", ++counter, redis.incr(prefix + "counter"));
      String value = payload();
      redis.set(prefix + "value", value);
      expect("GET", value, redis.get(prefix + "value"));
      redis.hset(prefix + "hash", "f" + random.nextInt(16), value);
    }

    private void pipeline() {
      Pipeline p = redis.pipeline();
      int n = 5 + random.nextInt(40);
      List<Response<Long>> incrs = new ArrayList<>();
      List<String> values = new ArrayList<>();
      List<Response<String>> gets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        incrs.add(p.incr(prefix + "counter"));
        String value = payload();
        values.add(value);
        p.set(prefix + "p" + (i % 4), value);
        gets.add(p.get(prefix + "p" + (i % 4)));
      }
      Response<Long> pushed = p.rpush(prefix + "list", "x");
      p.ltrim(prefix + "list", -100, -1);
      p.exec();
      for (int i = 0; i < n; i++) {
        expect("pipelined INCR", ++counter, incrs.get(i).get());
        expect("pipelined GET", values.get(i), gets.get(i).get());
      }
      expect("pipelined RPUSH", listLength + 1, pushed.get());
      listLength = Math.min(100, listLength + 1);
    }

    private void transaction() {
      Transaction tx = redis.multi();
      Response<Long> incr = tx.incr(prefix + "counter");
      String value = payload();
      tx.set(prefix + "tx", value);
      Response<String> get = tx.get(prefix + "tx");
      Response<Long> length = tx.strlen(prefix + "tx");
      tx.exec();
      expect("transaction INCR", ++counter, incr.get());
      expect("transaction GET", value, get.get());
      expect("transaction STRLEN", (long) value.getBytes(StandardCharsets.UTF_8).length, length.get());
    }

    /**
     * Async calls. With auto-pipelining one thread's commands run in the order issued, so INCR
     * replies come in sequence and a GET sees the SET before it; without it each command is a
     * request of its own and they may run in any order: the INCR replies are then checked as a
     * set, and the GETs wait for their SETs.
     */
    private void async(RedisAsync async, boolean ordered) throws Exception {
      String mode = ordered ? "auto-pipelined" : "unbatched";
      int n = 5 + random.nextInt(30);
      List<CompletableFuture<Long>> incrs = new ArrayList<>();
      List<String> values = new ArrayList<>();
      List<CompletableFuture<Boolean>> sets = new ArrayList<>();
      List<CompletableFuture<String>> gets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        incrs.add(async.incr(prefix + "counter"));
        String value = payload();
        values.add(value);
        sets.add(async.set(prefix + "a" + i, value));
        if (ordered) {
          gets.add(async.get(prefix + "a" + i));
        }
      }
      java.util.Set<Long> replies = new java.util.HashSet<>();
      java.util.Set<Long> expected = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        long reply = incrs.get(i).get(60, TimeUnit.SECONDS);
        expected.add(++counter);
        replies.add(reply);
        if (ordered) {
          expect(mode + " INCR", counter, reply);
        }
        expect(mode + " SET", true, sets.get(i).get(60, TimeUnit.SECONDS));
      }
      expect(mode + " INCR replies", expected, replies);
      if (!ordered) {
        for (int i = 0; i < n; i++) {
          gets.add(async.get(prefix + "a" + i));
        }
      }
      for (int i = 0; i < n; i++) {
        expect(mode + " GET", values.get(i), gets.get(i).get(60, TimeUnit.SECONDS));
      }
    }

    private void script() throws Exception {
      long by = 1 + random.nextInt(9);
      scripted += by;
      expect("EVALSHA", scripted,
          ADD.evalAsync(redis.async(), List.of(prefix + "scripted"), List.of(Long.toString(by)))
              .get(60, TimeUnit.SECONDS).asLong());
    }

    /** {@return how many of this caller's counters differ from what Redis holds} */
    long checkCounters() {
      long wrong = 0;
      String c = redis.get(prefix + "counter");
      if (!Long.toString(counter).equals(c)) {
        error("counter of caller " + index + ": expected " + counter + ", Redis has " + c);
        wrong++;
      }
      String s = redis.get(prefix + "scripted");
      if (scripted != 0 && !Long.toString(scripted).equals(s)) {
        error("scripted counter of caller " + index + ": expected " + scripted + ", Redis has " + s);
        wrong++;
      }
      return wrong;
    }
  }
}
