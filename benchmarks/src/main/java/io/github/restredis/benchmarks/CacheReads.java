package io.github.restredis.benchmarks;

import com.squareup.moshi.JsonAdapter;
import io.github.restredis.Redis;
import io.github.restredis.RequestEvent;
import io.github.restredis.SetArgs;
import io.github.restredis.cache.CacheLoader;
import io.github.restredis.cache.CacheStats;
import io.github.restredis.cache.RedisCache;
import io.github.restredis.local.LocalRedisServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Cost of 10,000 reads under a Zipf-like key distribution (1,000 keys, probability of the key of
 * rank r proportional to 1/r): HTTP requests, commands and loads of a naive GET / SET EX loop
 * against {@link RedisCache} without and with its near cache, one reader on a simulated clock
 * (1 ms per read, so 10 s in all) and eight concurrent readers with a 2 ms "database".
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     io.github.restredis.benchmarks.CacheReads
 * </pre>
 *
 * <p>It starts a {@code LocalRedisServer} in this JVM. Counts are exact for the sequential runs
 * (the trace is seeded); the concurrent runs depend on thread timing.
 */
public final class CacheReads {
  static final int KEYS = 1_000;
  static final int READS = 10_000;
  static final Duration TTL = Duration.ofMinutes(5);

  /** A cached value, about 60 bytes of JSON. */
  public record Item(String id, String name, int rank) {}

  private CacheReads() {}

  public static void main(String[] args) throws Exception {
    try (LocalRedisServer server = LocalRedisServer.start()) {
      String[] trace = zipfTrace(KEYS, READS, 1.0, 42);
      System.out.printf(Locale.ROOT, "%d reads, %d distinct keys of %d%n%n", READS,
          Arrays.stream(trace).distinct().count(), KEYS);
      System.out.println("| Readers | Variant | HTTP requests | commands (client) | commands (Redis) | loads | near hits | wall ms |");
      System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
      for (int threads : new int[] {1, 8}) {
        run(server, trace, threads, "naive GET / SET EX", null);
        run(server, trace, threads, "RedisCache", b -> b);
        run(server, trace, threads, "RedisCache + near cache (100 entries, 1 s)",
            b -> b.nearCache(100, Duration.ofSeconds(1)));
        run(server, trace, threads, "RedisCache + near cache (1,000 entries, 5 s)",
            b -> b.nearCache(1_000, Duration.ofSeconds(5)));
      }
      System.out.println();
      Stampede.run(server);
      System.out.println();
      HitCost.run(server);
    }
  }

  interface Config {
    RedisCache.Builder<Item> apply(RedisCache.Builder<Item> builder);
  }

  /** Counts requests and the commands in them, as the client sends them. */
  static final class Counter implements io.github.restredis.RequestListener {
    final LongAdder requests = new LongAdder();
    final LongAdder commands = new LongAdder();

    @Override
    public void onRequest(RequestEvent event) {
      requests.increment();
      commands.add(event.commands().size());
    }
  }

  /** A clock the sequential run moves by 1 ms per read. */
  static final class StepClock extends Clock {
    final AtomicLong millis = new AtomicLong(1_700_000_000_000L);

    @Override
    public long millis() {
      return millis.get();
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  static void run(LocalRedisServer server, String[] trace, int threads, String name,
      Config config) throws Exception {
    server.flushAll();
    Counter counter = new Counter();
    LongAdder loads = new LongAdder();
    long dbMillis = threads == 1 ? 0 : 2;
    CacheLoader<Item> loader = key -> {
      loads.increment();
      if (dbMillis > 0) {
        Thread.sleep(dbMillis);
      }
      return new Item(key, "item " + key, Integer.parseInt(key.substring(2)));
    };
    StepClock clock = new StepClock();
    try (Redis redis = Redis.builder().url(server.url()).token(server.token()).listener(counter).build()) {
      JsonAdapter<Item> json = redis.moshi().adapter(Item.class);
      RedisCache<Item> cache = config == null ? null : config.apply(
          RedisCache.builder(redis, "items", Item.class).ttl(TTL)
              .clock(threads == 1 ? clock : Clock.systemUTC())).build();
      server.resetCommandStats();
      AtomicLong next = new AtomicLong();
      long start = System.nanoTime();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker = new Thread(() -> {
          try {
            for (long i = next.getAndIncrement(); i < trace.length; i = next.getAndIncrement()) {
              String key = trace[(int) i];
              if (cache != null) {
                cache.get(key, loader);
                clock.millis.incrementAndGet();
              } else {
                String value = redis.get("naive:" + key);
                if (value == null) {
                  Item item = loader.load(key);
                  redis.set("naive:" + key, json.toJson(item), SetArgs.Builder.ex(TTL));
                }
              }
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        workers.add(worker);
        worker.start();
      }
      for (Thread worker : workers) {
        worker.join();
      }
      long wallMillis = (System.nanoTime() - start) / 1_000_000;
      long redisCommands = server.commandStats().entrySet().stream()
          .filter(e -> !e.getKey().startsWith("config")).mapToLong(Map.Entry::getValue).sum();
      long nearHits = 0;
      if (cache != null) {
        CacheStats stats = cache.stats();
        nearHits = stats.nearHits();
        cache.close();
      }
      System.out.printf(Locale.ROOT, "| %d | %s | %,d | %,d | %,d | %,d | %,d | %,d |%n", threads, name,
          counter.requests.sum(), counter.commands.sum(), redisCommands, loads.sum(), nearHits,
          wallMillis);
    }
  }

  /** {@return {@code reads} keys {@code k:<rank>}, rank r drawn with probability proportional to 1/r^s} */
  static String[] zipfTrace(int keys, int reads, double s, long seed) {
    double[] cumulative = new double[keys];
    double sum = 0;
    for (int r = 1; r <= keys; r++) {
      sum += 1.0 / Math.pow(r, s);
      cumulative[r - 1] = sum;
    }
    SplittableRandom random = new SplittableRandom(seed);
    String[] trace = new String[reads];
    for (int i = 0; i < reads; i++) {
      int index = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
      trace[i] = "k:" + (index >= 0 ? index : -index - 1);
    }
    return trace;
  }
}
