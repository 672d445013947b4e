package io.github.restredis.examples.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import io.github.restredis.queue.Queue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invokes the Lambda handlers through AWS's {@link RequestHandler} interface, as the runtime does,
 * against a real Redis behind the local server.
 */
@ExtendWith(LocalRedisExtension.class)
class LambdaHandlerIT {
  private Redis redis;

  @BeforeEach
  void setUp(LocalRedisServer server) {
    redis = Redis.builder().url(server.url()).token(server.token()).build();
  }

  @AfterEach
  void tearDown() {
    redis.close();
  }

  private static Context context(String function, Duration timeout) {
    return new LocalContext(function, timeout);
  }

  @Test
  void onlyTheFirstInvocationOfAContainerIsColdAndItsClientIsReused() {
    VisitHandler container = new VisitHandler(redis);
    RequestHandler<Map<String, Object>, Map<String, Object>> handler = container;
    List<Map<String, Object>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        responses.add(handler.handleRequest(Map.of("userId", "ada"), context("visits", Duration.ofSeconds(10))));
      }
    } finally {
      container.close();
    }

    assertThat(responses).extracting(r -> r.get("coldStart")).containsExactly(true, false, false, false, false, false);
    assertThat(responses).extracting(r -> r.get("invocation")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(responses).extracting(r -> r.get("statusCode")).containsExactly(200, 200, 200, 200, 200, 429);
    assertThat(responses.subList(0, 5)).extracting(r -> r.get("visits")).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(responses.get(5)).containsKey("retryAfterSeconds").doesNotContainKey("visits");
    // One client for every invocation: its request count keeps growing (a client built per
    // invocation would start again each time), and the denied visit sent nothing through it.
    List<Long> requests = responses.stream().map(r -> (Long) r.get("clientRequests")).toList();
    for (int i = 1; i < 5; i++) {
      assertThat(requests.get(i)).isGreaterThan(requests.get(i - 1));
    }
    assertThat(requests.get(5)).isEqualTo(requests.get(4));
    assertThat(redis.metrics().requests()).isEqualTo(requests.get(5));
    assertThat(redis.get("lambda:visits:ada")).isEqualTo("5");
  }

  @Test
  void aNewContainerStartsColdAndTheFirstVisitQueuesOneEmail() {
    for (int container = 0; container < 2; container++) {
      VisitHandler handler = new VisitHandler(redis);
      try {
        Map<String, Object> response = handler.handleRequest(Map.of("userId", "grace"), context("visits", Duration.ofSeconds(10)));
        assertThat(response).containsEntry("coldStart", true).containsEntry("invocation", 1L);
      } finally {
        handler.close();
      }
    }
    assertThat(WelcomeEmail.queue(redis).metrics().waiting()).isEqualTo(1);
  }

  @Test
  void badInputIsA400AndCountsNothing() {
    VisitHandler handler = new VisitHandler(redis);
    try {
      assertThat(handler.handleRequest(Map.of("user", "ada"), context("visits", Duration.ofSeconds(10))))
          .containsEntry("statusCode", 400).containsEntry("coldStart", true);
      assertThat(handler.handleRequest(Map.of("userId", 42), context("visits", Duration.ofSeconds(10))))
          .containsEntry("statusCode", 400).containsEntry("coldStart", false);
    } finally {
      handler.close();
    }
    assertThat(redis.dbsize()).isZero();
  }

  @Test
  void aScheduledDrainSendsAtMostMaxJobsAndLeavesTheRest() {
    Queue<WelcomeEmail> queue = WelcomeEmail.queue(redis);
    for (String user : List.of("u1", "u2", "u3", "u4", "u5")) {
      queue.enqueue(new WelcomeEmail(user));
    }
    RequestHandler<Map<String, Object>, Map<String, Object>> drain = new DrainHandler(redis, 3);

    Map<String, Object> first = drain.handleRequest(LambdaSimulation.scheduledEvent(), context("drain", Duration.ofSeconds(60)));
    assertThat(first).containsEntry("taken", 3).containsEntry("succeeded", 3).containsEntry("failed", 0)
        .containsEntry("released", 0).containsEntry("left", 2L);
    // The budget is what the invocation had left minus the margin: at most 55 s of the 60 s.
    assertThat((Long) first.get("budgetMillis")).isPositive().isLessThanOrEqualTo(55_000L);
    assertThat(redis.lrange(WelcomeEmail.OUTBOX, 0, -1)).hasSize(3);

    Map<String, Object> second = drain.handleRequest(LambdaSimulation.scheduledEvent(), context("drain", Duration.ofSeconds(60)));
    assertThat(second).containsEntry("taken", 2).containsEntry("succeeded", 2).containsEntry("left", 0L);
    assertThat(redis.lrange(WelcomeEmail.OUTBOX, 0, -1))
        .containsExactlyInAnyOrder("Welcome, u1!", "Welcome, u2!", "Welcome, u3!", "Welcome, u4!", "Welcome, u5!");
    assertThat(queue.metrics().processed()).isEqualTo(5);
  }

  @Test
  void aDrainWithLessTimeLeftThanTheSafetyMarginTakesNothing() {
    Queue<WelcomeEmail> queue = WelcomeEmail.queue(redis);
    queue.enqueue(new WelcomeEmail("u1"));
    // Lambda's default timeout: 3 s, less than the 5 s margin.
    Map<String, Object> summary = new DrainHandler(redis, 20)
        .handleRequest(LambdaSimulation.scheduledEvent(), context("drain", Duration.ofSeconds(3)));
    assertThat(summary).containsEntry("budgetMillis", 0L).containsEntry("taken", 0).containsEntry("left", 1L);
    assertThat(redis.exists(WelcomeEmail.OUTBOX)).isZero();
  }

  @Test
  void theSimulationRunsBothHandlersAsTheRuntimeWould() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      LambdaSimulation.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    original.print(output);
    assertThat(output)
        .contains("using a local server")
        .contains("visit ada    -> {statusCode=200, visits=1, remaining=4, coldStart=true, invocation=1, clientRequests=")
        .contains("visit grace  -> {statusCode=200, visits=1, remaining=4, coldStart=false, invocation=3, clientRequests=")
        .contains("visit ada    -> {statusCode=429, retryAfterSeconds=")
        .contains("coldStart=false, invocation=7, clientRequests=")
        .contains("taken=2, succeeded=2, failed=0, released=0, left=1}")
        .contains("taken=1, succeeded=1, failed=0, released=0, left=0}")
        .contains("outbox       -> [")
        .contains("Welcome, ada!", "Welcome, grace!", "Welcome, linus!"); // sent by 4 threads: any order
  }
}
