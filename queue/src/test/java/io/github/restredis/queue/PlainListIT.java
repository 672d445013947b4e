package io.github.restredis.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plain-list mode: producers that know nothing of this queue LPUSH JSON onto a list (as the official
 * SDKs' docs show); consumers take the items reliably, as jobs with leases.
 */
@ExtendWith(LocalRedisExtension.class)
class PlainListIT {
  private static final Path INTEROP = Path.of("..", "interop").toAbsolutePath().normalize();
  private final MutableClock clock = new MutableClock();
  private LocalRedisServer server;
  private Redis redis;
  private Queue<Email> queue;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    this.server = server;
    redis = QueueTesting.client(server);
    queue = Queue.builder(redis, "inbox", Email.class).sourceList("tasks").clock(clock).build();
  }

  @AfterEach
  void tearDown() {
    redis.close();
  }

  @Test
  void itemsPushedByOthersAreTakenOldestFirstAsLeasedJobs() {
    redis.lpush("tasks", "{\"to\":\"first\",\"subject\":\"a\"}");
    redis.lpush("tasks", "{\"to\":\"second\",\"subject\":\"b\"}");
    assertThat(queue.nextDue()).isEqualTo(clock.instant());
    assertThat(queue.keys()).endsWith("tasks");

    List<Job<Email>> jobs = queue.dequeue(5);
    assertThat(jobs).extracting(job -> job.payload().to()).containsExactly("first", "second");
    assertThat(redis.llen("tasks")).isZero();
    assertThat(queue.status(jobs.get(0).id()).state()).isEqualTo(JobState.PROCESSING);
    queue.ack(jobs.get(0));
    // The consumer dies holding the second: it comes back after the lease, like any job.
    clock.advance(Duration.ofSeconds(30));
    List<Job<Email>> again = queue.dequeue(5);
    assertThat(again).extracting(Job::id).containsExactly(jobs.get(1).id());
    assertThat(again.get(0).attempt()).isEqualTo(2);
    assertThat(queue.metrics().processed()).isEqualTo(1);
  }

  @Test
  void readyJobsOfTheQueueComeBeforeListItems() {
    String own = queue.enqueue(new Email("own", ""));
    redis.lpush("tasks", "{\"to\":\"listed\",\"subject\":\"\"}");
    assertThat(queue.dequeue(1)).extracting(Job::id).containsExactly(own);
    assertThat(queue.dequeue(1)).extracting(job -> job.payload().to()).containsExactly("listed");
  }

  @Test
  void anItemThatIsNotJsonIsDeadLetteredWithItsText() {
    redis.lpush("tasks", "send the newsletter");
    assertThat(queue.dequeue(1)).isEmpty();
    DeadJob dead = queue.deadLetters().list(0, 1).get(0);
    assertThat(dead.payload()).isEqualTo("send the newsletter");
    assertThat(dead.status().error()).startsWith("unreadable payload: ");
  }

  @Test
  void aNodeProducerWithTheOfficialSdkAndAJavaWorker() throws Exception {
    assumeTrue(onPath("node"), "node is not installed; this interop test needs it");
    assumeTrue(Files.isDirectory(INTEROP.resolve("node_modules/@upstash/redis")) || npmCi(),
        "@upstash/redis is not installed in interop/ and npm ci failed (see target/npm-ci-queue.log)");
    ProcessBuilder builder = new ProcessBuilder("node", "queue-producer.mjs").directory(INTEROP.toFile());
    builder.environment().put("UPSTASH_REDIS_REST_URL", server.url());
    builder.environment().put("UPSTASH_REDIS_REST_TOKEN", server.token());
    builder.environment().put("QUEUE_LIST", "tasks");
    builder.environment().put("QUEUE_COUNT", "25");
    builder.redirectError(new File("target/node-queue-producer.err"));
    Process node = builder.start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(node.exitValue()).as("node output: %s", output).isZero();
    assertThat(output.trim()).isEqualTo("{\"pushed\":25}");

    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    try (Worker<Email> worker = queue.worker(job -> seen.add(job.payload().to()))
        .pollIntervals(Duration.ofMillis(10), Duration.ofMillis(10)).start()) {
      QueueTesting.await("25 jobs", () -> queue.metrics().processed() == 25);
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      expected.add("js-user-" + i + "@example.com");
    }
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  private static boolean npmCi() throws Exception {
    if (!onPath("npm")) {
      return false;
    }
    Process npm = new ProcessBuilder("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund")
        .directory(INTEROP.toFile()).redirectErrorStream(true)
        .redirectOutput(new File("target/npm-ci-queue.log")).start();
    return npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
