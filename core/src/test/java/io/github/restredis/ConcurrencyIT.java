package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One client shared by many threads: every command applied once, every reply to its caller. */
class ConcurrencyIT extends RedisIT {
  @Test
  void sharedClientUnderConcurrentUse() throws Exception {
    int threads = 16;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String own = k("own:" + t);
        futures.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            redis.incr(k("shared"));
            redis.set(own, Integer.toString(i));
            assertThat(redis.get(own)).isEqualTo(Integer.toString(i));
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(redis.get(k("shared"))).isEqualTo(Integer.toString(threads * perThread));
    assertThat(redis.metrics().failureCount()).isZero();
    assertThat(redis.metrics().requests()).isEqualTo(threads * perThread * 3L + 1);
  }
}
