package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import io.github.restredis.SetArgs;
import io.github.restredis.benchmarks.CacheReads.Item;
import io.github.restredis.cache.CacheLoader;
import io.github.restredis.cache.RedisCache;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cold hot key: 100 callers released at once, a 50 ms load. Loads per round for a naive GET /
 * SET EX, for one {@link RedisCache} (single flight), and for three caches with their own clients
 * (three "processes") sharing the distributed lock. Part of {@link CacheReads}.
 */
final class Stampede {
  static final int CALLERS = 100;
  static final int ROUNDS = 5;

  private Stampede() {}

  interface Caller {
    void read(String key, CacheLoader<Item> loader) throws Exception;
  }

  static void run(LocalRedisServer server) throws Exception {
    System.out.println("| Stampede: 100 callers, cold key, 50 ms load | loads per round (" + ROUNDS + " rounds) |");
    System.out.println("|---|---|");
    try (Redis redis = Redis.builder().url(server.url()).token(server.token()).build()) {
      report("naive GET / SET EX", server, i -> (key, loader) -> {
        if (redis.get(key) == null) {
          loader.load(key);
          redis.set(key, "{}", SetArgs.Builder.ex(Duration.ofMinutes(1)));
        }
      });
      try (RedisCache<Item> cache = RedisCache.builder(redis, "one", Item.class).build()) {
        report("RedisCache, one process", server, i -> cache::get);
      }
      List<AutoCloseable> open = new ArrayList<>();
      List<RedisCache<Item>> caches = new ArrayList<>();
      for (int p = 0; p < 3; p++) {
        // A process of its own: a newBuilder() variant would share this one's connections.
        Redis own = Redis.builder().url(server.url()).token(server.token()).build();
        RedisCache<Item> cache = RedisCache.builder(own, "three", Item.class)
            .distributedLock(Duration.ofSeconds(5), Duration.ofSeconds(5)).build();
        open.add(own);
        open.add(cache);
        caches.add(cache);
      }
      report("RedisCache, three processes, distributed lock", server,
          i -> caches.get(i % 3)::get);
      for (AutoCloseable c : open) {
        c.close();
      }
    }
  }

  interface CallerFactory {
    Caller caller(int index);
  }

  private static void report(String name, LocalRedisServer server, CallerFactory callers)
      throws Exception {
    List<Integer> perRound = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      server.flushAll();
      AtomicInteger loads = new AtomicInteger();
      CacheLoader<Item> loader = key -> {
        loads.incrementAndGet();
        Thread.sleep(50);
        return new Item(key, "item", 1);
      };
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        Caller caller = callers.caller(i);
        Thread t = new Thread(() -> {
          try {
            start.await();
            caller.read("hot:" + "k", loader);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        threads.add(t);
        t.start();
      }
      start.countDown();
      for (Thread t : threads) {
        t.join();
      }
      perRound.add(loads.get());
    }
    System.out.printf(Locale.ROOT, "| %s | %s |%n", name, perRound);
  }
}
