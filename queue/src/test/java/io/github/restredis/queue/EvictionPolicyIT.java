package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eviction-policy check. The REST server refuses CONFIG, as Upstash does, so the policy comes
 * from INFO; a Redis started with an evicting policy is reported.
 */
@ExtendWith(LocalRedisExtension.class)
class EvictionPolicyIT {

  @Test
  void theDefaultRedisSaysNoevictionThroughInfoWhenConfigIsRefused(LocalRedisServer server) {
    try (Redis redis = QueueTesting.client(server)) {
      Queue<Email> queue = Queue.builder(redis, "q", Email.class).build();
      assertThat(queue.checkEvictionPolicy()).isEqualTo("noeviction");
      // One INFO: no CONFIG GET that the server would refuse, costing a command and a failure.
      assertThat(redis.metrics().requests()).isEqualTo(1);
      assertThat(redis.metrics().failures()).isEmpty();
    }
  }

  @Test
  void anEvictingPolicyIsReported() throws Exception {
    assumeTrue(onPath("redis-server"), "needs redis-server on the PATH to start one with an evicting policy");
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Process redisServer = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru")
        .redirectErrorStream(true).redirectOutput(new File("target/redis-evicting.log")).start();
    try {
      waitForPort(port);
      try (LocalRedisServer server = LocalRedisServer.builder().redisUrl("redis://127.0.0.1:" + port).start();
          Redis redis = QueueTesting.client(server)) {
        Queue<Email> queue = Queue.builder(redis, "q", Email.class).build();
        assertThat(queue.checkEvictionPolicy()).isEqualTo("allkeys-lru");
        // Starting a worker checks once and warns (logged); it still runs.
        try (Worker<Email> worker = queue.worker(job -> null).start()) {
          assertThat(worker.isRunning()).isTrue();
        }
      }
    } finally {
      redisServer.destroy();
      redisServer.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void waitForPort(int port) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (java.io.IOException e) {
        Thread.sleep(10);
      }
    }
    throw new AssertionError("redis-server did not start on port " + port);
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
