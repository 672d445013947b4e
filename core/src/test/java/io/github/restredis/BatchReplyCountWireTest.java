package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code /pipeline} or {@code /multi-exec} reply with more or fewer replies than commands (a
 * broken proxy, a cut body): every command of the request fails with one {@link
 * ReplyDecodeException} naming both counts, the request counts as one failure, listeners see it,
 * and nothing is sent again. Three commands go out; the server answers with {@code replies}.
 */
class BatchReplyCountWireTest {
  private final MockServer mock = new MockServer();
  private final List<RequestEvent> events = new CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() throws Exception {
    mock.close();
  }

  private Redis.Builder client() {
    return mock.builder().listener(events::add);
  }

  /** {@return a batch body of {@code n} integer replies} */
  private static String replies(int n) {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      body.append(i > 0 ? "," : "").append("{\"result\":").append(i).append('}');
    }
    return body.append(']').toString();
  }

  private static String counts(String endpoint, int replies, int commands) {
    return "/" + endpoint + " answered " + replies + (replies == 1 ? " reply" : " replies")
        + " for " + commands + " commands";
  }

  /** One failed request, counted once, seen by the listener as it was: a 200 that failed. */
  private void assertOneFailedRequest(Redis redis, ReplyDecodeException failure) {
    MetricsSnapshot metrics = redis.metrics();
    assertThat(metrics.failures()).isEqualTo(Map.of("ReplyDecodeException", 1L));
    assertThat(metrics.retries()).isZero();
    RequestEvent last = events.get(events.size() - 1);
    assertThat(last.status()).isEqualTo(200);
    assertThat(last.failure()).isSameAs(failure);
    assertThat(last.retries()).isZero();
  }

  @ParameterizedTest(name = "{0} replies")
  @ValueSource(ints = {2, 4})
  void aPipelineFailsEveryResponseAndIsNotSentAgain(int replies) {
    mock.enqueue(200, replies(replies));
    try (Redis redis = client().build()) {
      Pipeline p = redis.pipeline();
      List<Response<?>> rs = List.of(p.get("a"), p.incr("n"), p.get("b"));
      ReplyDecodeException thrown = catchThrowableOfType(p::exec, ReplyDecodeException.class);
      assertThat(thrown).hasMessageContaining(counts("pipeline", replies, 3))
          .hasMessageContaining("body: \"[{\"result\":0}");
      for (Response<?> r : rs) {
        assertThatThrownBy(r::get).isSameAs(thrown);
      }
      assertThat(redis.metrics().requests()).isEqualTo(1);
      assertOneFailedRequest(redis, thrown);
    }
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} replies")
  @ValueSource(ints = {2, 4})
  void aTransactionFailsEveryResponseAndIsNotSentAgain(int replies) {
    mock.enqueue(200, replies(replies));
    try (Redis redis = client().build()) {
      Transaction tx = redis.multi();
      List<Response<?>> rs = List.of(tx.set("k", "v"), tx.incr("n"), tx.get("k"));
      ReplyDecodeException thrown = catchThrowableOfType(tx::exec, ReplyDecodeException.class);
      assertThat(thrown).hasMessageContaining(counts("multi-exec", replies, 3));
      for (Response<?> r : rs) {
        assertThatThrownBy(r::get).isSameAs(thrown);
      }
      assertThat(redis.metrics().requests()).isEqualTo(1);
      assertOneFailedRequest(redis, thrown);
    }
    assertThat(mock.take().getPath()).isEqualTo("/multi-exec");
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} replies")
  @ValueSource(ints = {2, 4})
  void anAutoPipelinedBatchFailsEveryFutureAndIsNotSentAgain(int replies) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> bodies = new CopyOnWriteArrayList<>();
    mock.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        bodies.add(request.getBody().readUtf8());
        if (bodies.size() == 1) {
          release.await(5, TimeUnit.SECONDS);
          return new MockResponse().setBody("[{\"result\":null}]");
        }
        return new MockResponse().setBody(replies(replies));
      }
    });
    try (Redis redis = client().maxBatchesInFlight(1).build()) {
      RedisAsync async = redis.async();
      CompletableFuture<String> first = async.get("first");
      // These three wait for the first request, then go together in the second.
      List<CompletableFuture<?>> fs = List.of(async.get("a"), async.incr("n"), async.get("b"));
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isNull();
      List<Throwable> causes = new ArrayList<>();
      for (CompletableFuture<?> f : fs) {
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
            .satisfies(e -> causes.add(e.getCause()));
      }
      assertThat(causes.get(0)).isInstanceOf(ReplyDecodeException.class)
          .hasMessageContaining(counts("pipeline", replies, 3));
      assertThat(causes).allSatisfy(c -> assertThat(c).isSameAs(causes.get(0)));
      assertThat(redis.metrics().requests()).isEqualTo(2);
      assertOneFailedRequest(redis, (ReplyDecodeException) causes.get(0));
    }
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1)).isEqualTo("[[\"GET\",\"a\"],[\"INCR\",\"n\"],[\"GET\",\"b\"]]");
  }

  @Test
  void aSingleAutoPipelinedCommandWithTwoRepliesFails() {
    mock.enqueue(200, replies(2));
    try (Redis redis = client().build()) {
      assertThatThrownBy(() -> redis.async().incr("n").get(5, TimeUnit.SECONDS))
          .cause().isInstanceOf(ReplyDecodeException.class)
          .hasMessageContaining("/pipeline answered 2 replies for 1 command");
      assertThat(redis.metrics().failures()).isEqualTo(Map.of("ReplyDecodeException", 1L));
    }
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  /** The rule for any reply the client cannot read: the server answered, so no retry. */
  @Test
  void anIdempotentBatchIsNotSentAgainEither() {
    mock.enqueue(200, replies(1));
    mock.enqueue(200, replies(2));
    try (Redis redis = client().build()) {
      Pipeline p = redis.pipeline();
      Response<String> a = p.get("a");
      Response<String> b = p.get("b");
      assertThatThrownBy(p::exec).isInstanceOf(ReplyDecodeException.class)
          .hasMessageContaining("/pipeline answered 1 reply for 2 commands");
      assertThatThrownBy(a::get).isInstanceOf(ReplyDecodeException.class);
      assertThatThrownBy(b::get).isInstanceOf(ReplyDecodeException.class);
      assertThat(redis.metrics().retries()).isZero();
    }
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void aSplitPipelineStopsAtTheMalformedReplyAndLosesNothing() {
    mock.enqueue(200, replies(2));
    mock.enqueue(200, replies(3));
    try (Redis redis = client().maxCommandsPerRequest(2).build()) {
      Pipeline p = redis.pipeline();
      List<Response<Long>> rs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        rs.add(p.incr("n" + i));
      }
      assertThatThrownBy(p::exec).isInstanceOf(ReplyDecodeException.class)
          .hasMessageContaining("/pipeline answered 3 replies for 2 commands");
      assertThat(rs.get(0).get()).isZero();
      assertThat(rs.get(1).get()).isEqualTo(1L);
      assertThatThrownBy(rs.get(2)::get).isInstanceOf(ReplyDecodeException.class);
      assertThatThrownBy(rs.get(3)::get).isInstanceOf(ReplyDecodeException.class);
      for (Response<Long> notSent : rs.subList(4, 6)) {
        assertThatThrownBy(notSent::get).isInstanceOf(TransportException.class)
            .hasMessageContaining("not sent")
            .hasMessageContaining("3 replies for 2 commands")
            .satisfies(e -> assertThat(((TransportException) e).requestSent()).isFalse());
      }
      assertThat(redis.metrics().requests()).isEqualTo(2);
      assertThat(redis.metrics().failures()).isEqualTo(Map.of("ReplyDecodeException", 1L));
    }
    assertThat(mock.requestCount()).isEqualTo(2);
  }

  @Test
  void theMessageNamesCommandsNotArgumentsAndNeverTheToken() {
    mock.enqueue(200, "[{\"error\":\"ERR " + MockServer.TOKEN + "\"}]");
    try (Redis redis = client().build()) {
      Transaction tx = redis.multi();
      tx.set("secret-key", "secret-value");
      tx.get("secret-key");
      assertThatThrownBy(tx::exec).isInstanceOf(ReplyDecodeException.class)
          .hasMessageStartingWith("SET,GET: ")
          .hasMessageContaining("/multi-exec answered 1 reply for 2 commands")
          .hasMessageContaining("<token>")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret")
              .doesNotContain(MockServer.TOKEN));
    }
  }
}
