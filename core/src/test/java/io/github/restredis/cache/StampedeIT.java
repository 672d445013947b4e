package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import io.github.restredis.SetArgs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One load per key: 100 callers in one process, and three processes with the distributed lock. */
class StampedeIT extends CacheFixture {
  private final ExecutorService pool = Executors.newFixedThreadPool(100);
  private final AtomicInteger loads = new AtomicInteger();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void hundredConcurrentCallersOnAColdKeyLoadOnce() throws Exception {
    RedisCache<User> users = build(builder(User.class));
    CountDownLatch arrived = new CountDownLatch(100);
    // The load lasts until every caller has arrived, so all of them overlap with it.
    CacheLoader<User> slowLoader = id -> {
      loads.incrementAndGet();
      arrived.await(10, TimeUnit.SECONDS);
      return new User(id, "db", 1);
    };
    List<Callable<User>> callers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      callers.add(() -> {
        arrived.countDown();
        return users.get("hot", slowLoader);
      });
    }
    for (Future<User> result : pool.invokeAll(callers, 30, TimeUnit.SECONDS)) {
      assertThat(result.get()).isEqualTo(new User("hot", "db", 1));
    }
    assertThat(loads).hasValue(1);
    CacheStats stats = users.stats();
    assertThat(stats.loads()).isEqualTo(1);
    assertThat(stats.hits() + stats.misses()).isEqualTo(100);
  }

  @Test
  void threeClientsWithTheDistributedLockLoadOnceInTotal() throws Exception {
    List<RedisCache<User>> caches = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      // Each "process" has its own HTTP client and its own single flight; a newBuilder() variant
      // would share the first client's connections, which no other process does.
      Redis own = closing(Redis.builder().url(server.url()).token(server.token()).build());
      caches.add(closing(RedisCache.builder(own, ns, User.class).redisTimeout(PATIENT)
          .distributedLock(Duration.ofSeconds(10), Duration.ofSeconds(20)).build()));
    }
    BooleanSupplier othersWaiting = () ->
        caches.stream().mapToLong(c -> c.stats().lockWaits()).sum() >= 2;
    CacheLoader<User> slowLoader = id -> {
      loads.incrementAndGet();
      awaitCondition(othersWaiting);
      return new User(id, "db", 1);
    };
    List<Callable<User>> callers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      RedisCache<User> cache = caches.get(i % 3);
      callers.add(() -> cache.get("hot", slowLoader));
    }
    for (Future<User> result : pool.invokeAll(callers, 60, TimeUnit.SECONDS)) {
      assertThat(result.get()).isEqualTo(new User("hot", "db", 1));
    }
    assertThat(loads).hasValue(1);
    assertThat(caches.stream().mapToLong(c -> c.stats().lockWaits()).sum()).isEqualTo(2);
    assertThat(redis.exists(ns + "#lock:hot")).as("the holder released its lock").isZero();
  }

  @Test
  void aWaiterLoadsWhenTheHolderVanishes() throws Exception {
    RedisCache<User> users = build(builder(User.class)
        .distributedLock(Duration.ofSeconds(10), Duration.ofSeconds(30)));
    // A holder that took the lock and died: its lock would expire after its lease.
    redis.set(ns + "#lock:k", "dead-holder", SetArgs.Builder.ex(Duration.ofSeconds(60)));
    Future<User> waiter = pool.submit(() -> users.get("k", id -> {
      loads.incrementAndGet();
      return new User(id, "waiter", 2);
    }));
    awaitCondition(() -> users.stats().lockWaits() == 1);
    assertThat(loads).hasValue(0);
    redis.del(ns + "#lock:k"); // the lease ran out
    assertThat(waiter.get(30, TimeUnit.SECONDS)).isEqualTo(new User("k", "waiter", 2));
    assertThat(loads).hasValue(1);
    assertThat(redis.exists(ns + "#lock:k")).isZero();
  }

  @Test
  void theWaitIsBoundedThenTheWaiterLoadsWithoutTheLock() {
    RedisCache<User> users = build(builder(User.class)
        .distributedLock(Duration.ofSeconds(10), Duration.ofMillis(50)));
    redis.set(ns + "#lock:k", "stuck-holder", SetArgs.Builder.ex(Duration.ofSeconds(60)));
    assertThat(users.get("k", id -> new User(id, "own", 3))).isEqualTo(new User("k", "own", 3));
    assertThat(users.stats().lockWaits()).isEqualTo(1);
    assertThat(redis.get(ns + "#lock:k")).as("another holder's lock is left alone").isEqualTo("stuck-holder");
    assertThat(users.get("k")).isEqualTo(new User("k", "own", 3));
  }

  @Test
  void aFailingHolderReleasesItsLock() {
    RedisCache<User> users = build(builder(User.class)
        .distributedLock(Duration.ofSeconds(10), Duration.ofSeconds(1)));
    try {
      users.get("k", id -> {
        throw new IllegalStateException("database down");
      });
    } catch (IllegalStateException expected) {
      // The caller sees the loader's failure.
    }
    assertThat(redis.exists(ns + "#lock:k")).isZero();
  }

  static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not reached");
      }
      Thread.sleep(5);
    }
  }
}
