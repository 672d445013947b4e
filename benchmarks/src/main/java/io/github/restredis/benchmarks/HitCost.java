package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import io.github.restredis.benchmarks.CacheReads.Item;
import io.github.restredis.cache.CacheLoader;
import io.github.restredis.cache.RedisCache;
import io.github.restredis.local.LocalRedisServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one hit costs: from the near cache (no request), and from Redis through the local server
 * on loopback (one request). Part of {@link CacheReads}.
 */
final class HitCost {
  private HitCost() {}

  static void run(LocalRedisServer server) throws Exception {
    CacheLoader<Item> loader = key -> new Item(key, "item", 1);
    try (Redis redis = Redis.builder().url(server.url()).token(server.token()).build();
        RedisCache<Item> near = RedisCache.builder(redis, "near", Item.class)
            .nearCache(1_000, Duration.ofSeconds(30)).build();
        RedisCache<Item> remote = RedisCache.builder(redis, "remote", Item.class).build()) {
      near.get("hot", loader);
      remote.get("hot", loader);
      System.out.println("| Hit | wall time per read | CPU time per read (this thread) |");
      System.out.println("|---|---:|---:|");
      for (int threads : new int[] {1, 4}) {
        long[] ns = perRead(threads, 2_000_000, () -> near.get("hot", loader));
        System.out.printf(Locale.ROOT, "| near cache, %d thread(s), each | %,d ns | %,d ns |%n",
            threads, ns[0], ns[1]);
      }
      long[] ns = perRead(1, 5_000, () -> remote.get("hot", loader));
      System.out.printf(Locale.ROOT, "| Redis via the local server (loopback), 1 thread | %,d ns | %,d ns |%n",
          ns[0], ns[1]);
    }
  }

  /**
   * Warms up with as many reads, then {@return the wall time per read each thread sees, and the CPU
   * time per read of the threads} CPU time shows the cost on a machine busy with other work.
   */
  private static long[] perRead(int threads, int reads, Runnable read) throws InterruptedException {
    for (int i = 0; i < reads; i++) {
      read.run();
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    LongAdder cpu = new LongAdder();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        long cpuStart = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < reads; i++) {
          read.run();
        }
        cpu.add(mx.getCurrentThreadCpuTime() - cpuStart);
      });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return new long[] {(System.nanoTime() - start) / reads, cpu.sum() / ((long) reads * threads)};
  }
}
