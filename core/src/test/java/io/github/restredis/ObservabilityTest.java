package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.micrometer.RedisMetrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObservabilityTest {
  private final MockServer mock = new MockServer();
  private final List<RequestEvent> events = new CopyOnWriteArrayList<>();
  private final Redis redis = mock.builder().listener(events::add).build();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  @Test
  void listenerSeesEachRequestWithoutValues() {
    mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    mock.result("\"" + MockServer.b64("value") + "\"");
    redis.get("k");
    mock.enqueue(400, "{\"error\":\"WRONGTYPE wrong\"}");
    assertThatThrownBy(() -> redis.incr("k")).isInstanceOf(RedisErrorException.class);

    assertThat(events).hasSize(2);
    RequestEvent get = events.get(0);
    assertThat(get.commands()).containsExactly("GET");
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.retries()).isEqualTo(1);
    assertThat(get.failure()).isNull();
    assertThat(get.bytesSent()).isEqualTo(2 * "[\"GET\",\"k\"]".length());
    assertThat(get.bytesReceived()).isEqualTo(("{\"result\":\"" + MockServer.b64("value") + "\"}").length());
    RequestEvent incr = events.get(1);
    assertThat(incr.status()).isEqualTo(400);
    assertThat(incr.failure()).isInstanceOf(RedisErrorException.class);
  }

  @Test
  void metricsCountRequestsCommandsRetriesFailuresAndBytes() {
    mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    mock.result("\"" + MockServer.b64("v") + "\"");
    redis.get("k");
    mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    assertThatThrownBy(() -> redis.incr("n")).isInstanceOf(TransportException.class);
    mock.enqueue(400, "{\"error\":\"ERR max daily request limit exceeded\"}");
    assertThatThrownBy(() -> redis.incr("n")).isInstanceOf(QuotaExceededException.class);

    MetricsSnapshot m = redis.metrics();
    assertThat(m.requests()).isEqualTo(3);
    assertThat(m.retries()).isEqualTo(1);
    assertThat(m.commands()).isEqualTo(2); // attempts that got an HTTP answer
    assertThat(m.failures()).containsEntry("TransportException", 1L).containsEntry("QuotaExceededException", 1L);
    assertThat(m.failureCount()).isEqualTo(2);
    assertThat(m.bytesSent()).isEqualTo(2L * "[\"GET\",\"k\"]".length() + 2L * "[\"INCR\",\"n\"]".length());
    assertThat(m.bytesReceived()).isGreaterThan(0);
    assertThat(m.maxLatency()).isLessThanOrEqualTo(m.totalLatency());
  }

  @Test
  void micrometerBinderExportsTheSnapshot() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    new RedisMetrics(redis, Tags.of("db", "test")).bindTo(registry);
    mock.result("\"" + MockServer.b64("v") + "\"");
    redis.get("k");
    assertThat(registry.get("restredis.requests").tag("db", "test").functionTimer().count()).isEqualTo(1);
    assertThat(registry.get("restredis.commands").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get("restredis.failures").tag("type", "TransportException").functionCounter().count()).isZero();
    assertThat(registry.get("restredis.bytes.sent").functionCounter().count()).isEqualTo("[\"GET\",\"k\"]".length());
  }

  @Test
  void aReplyTheDecoderRejectsCountsAsAFailureThoughTheRequestSucceeded() {
    mock.result("\"" + MockServer.b64("not a number") + "\"");
    assertThatThrownBy(() -> redis.incr("n")).isInstanceOf(ReplyDecodeException.class);
    MetricsSnapshot m = redis.metrics();
    assertThat(m.requests()).isEqualTo(1);
    assertThat(m.failures()).isEqualTo(java.util.Map.of("ReplyDecodeException", 1L));
    assertThat(events.get(0).failure()).as("the request itself succeeded").isNull();
  }

  @Test
  void dailyBudgetWarnsOnceThroughTheClient() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (Redis budgeted = mock.builder().dailyCommandBudget(4, 0.5).build()) {
      for (int i = 0; i < 4; i++) {
        mock.result("1");
        budgeted.incr("n");
      }
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log.split("daily budget of 4 commands", -1)).hasSize(2);
    assertThat(log).contains("2 commands sent today (UTC), 50% of the daily budget of 4 commands");
  }

  @Test
  void dailyBudgetCallbackGetsTheWarningOnceForAClientAndItsVariantsTogether() throws Exception {
    List<DailyBudgetWarning> warnings = new CopyOnWriteArrayList<>();
    try (Redis budgeted = mock.builder().dailyCommandBudget(4, 0.75, warnings::add).build();
        Redis derived = budgeted.newBuilder().deadline(java.time.Duration.ofSeconds(3)).build();
        Redis grandchild = derived.newBuilder().build()) {
      for (Redis client : List.of(budgeted, derived)) {
        mock.result("1");
        client.incr("n");
      }
      assertThat(warnings).isEmpty();
      mock.result("1");
      grandchild.incr("n"); // the third command of the three clients together: 75 % of 4
      assertThat(warnings).hasSize(1);
      DailyBudgetWarning warning = warnings.get(0);
      assertThat(warning.commands()).isEqualTo(3);
      assertThat(warning.budget()).isEqualTo(4);
      assertThat(warning.warnShare()).isEqualTo(0.75);

      for (Redis client : List.of(budgeted, derived, grandchild, budgeted)) {
        mock.result("1");
        client.incr("n");
      }
      assertThat(warnings).hasSize(1); // once a day, for all of them
      assertThat(budgeted.metrics().commands()).isEqualTo(3); // metrics stay per client
    }
  }

  @Test
  void aVariantWithAnotherBudgetCountsAlone() throws Exception {
    List<DailyBudgetWarning> parentWarnings = new CopyOnWriteArrayList<>();
    List<DailyBudgetWarning> variantWarnings = new CopyOnWriteArrayList<>();
    try (Redis budgeted = mock.builder().dailyCommandBudget(4, 0.5, parentWarnings::add).build();
        Redis variant = budgeted.newBuilder().dailyCommandBudget(2, 1.0, variantWarnings::add).build();
        Redis unbudgeted = budgeted.newBuilder().dailyCommandBudget(0, 0.5).build()) {
      mock.result("1");
      budgeted.incr("n");
      for (int i = 0; i < 3; i++) {
        mock.result("1");
        unbudgeted.incr("n"); // counts nowhere
      }
      mock.result("1");
      variant.incr("n");
      assertThat(parentWarnings).isEmpty();
      assertThat(variantWarnings).isEmpty();
      mock.result("1");
      variant.incr("n");
      assertThat(variantWarnings).singleElement()
          .satisfies(w -> assertThat(w.commands()).isEqualTo(2));
      assertThat(parentWarnings).isEmpty(); // the variant's commands are not the parent's
      mock.result("1");
      budgeted.incr("n");
      assertThat(parentWarnings).singleElement()
          .satisfies(w -> assertThat(w.commands()).isEqualTo(2));
    }
  }

  @Test
  void failingBudgetCallbackDoesNotFailTheCall() throws Exception {
    try (Redis budgeted = mock.builder()
        .dailyCommandBudget(1, 1.0, w -> { throw new IllegalStateException("boom"); }).build()) {
      mock.result("1");
      assertThat(budgeted.incr("n")).isEqualTo(1);
    }
  }

  @Test
  void theTwoArgumentBudgetDropsAnEarlierCallback() throws Exception {
    List<DailyBudgetWarning> warnings = new CopyOnWriteArrayList<>();
    try (Redis budgeted = mock.builder()
        .dailyCommandBudget(1, 1.0, warnings::add).dailyCommandBudget(1, 1.0).build()) {
      mock.result("1");
      budgeted.incr("n");
    }
    assertThat(warnings).isEmpty();
    assertThatThrownBy(() -> mock.builder().dailyCommandBudget(1, 1.0, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("onWarning");
  }

  @Test
  void failingListenerDoesNotFailTheCall() throws Exception {
    try (Redis withBadListener = mock.builder().listener(e -> { throw new IllegalStateException("boom"); }).build()) {
      mock.result("\"" + MockServer.b64("PONG") + "\"");
      assertThat(withBadListener.ping()).isEqualTo("PONG");
    }
  }

  @Test
  void debugLogNamesCommandsButNeverValuesOrToken() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      mock.result("\"OK\"");
      redis.set("secret-key", "secret-value");
      mock.enqueue(401, "{\"error\":\"WRONGPASS " + MockServer.TOKEN + "\"}");
      assertThatThrownBy(() -> redis.get("secret-key")).isInstanceOf(AuthenticationException.class);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("[SET] 1 command(s): status 200").contains("[GET] 1 command(s): status 401");
    assertThat(log).doesNotContain("secret").doesNotContain(MockServer.TOKEN);
  }
}
