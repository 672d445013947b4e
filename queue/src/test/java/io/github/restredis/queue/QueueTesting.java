package io.github.restredis.queue;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Shared helpers of the integration tests. */
final class QueueTesting {
  private QueueTesting() {}

  static Redis client(LocalRedisServer server) {
    return Redis.builder().url(server.url()).token(server.token()).build();
  }

  /** Calls billed since the last reset: every command Redis ran, those inside scripts included. */
  static long billed(LocalRedisServer server) {
    long total = 0;
    for (Map.Entry<String, Long> e : server.commandStats().entrySet()) {
      // Only what the tests' own bookkeeping sends is left out.
      if (!e.getKey().equals("info") && !e.getKey().equals("config|resetstat") && !e.getKey().equals("config")) {
        total += e.getValue();
      }
    }
    return total;
  }

  /** Waits for a condition that other threads make true; fails after a generous limit, never on timing. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("still not true after 60 s: " + what);
      }
      Thread.sleep(5);
    }
  }
}
