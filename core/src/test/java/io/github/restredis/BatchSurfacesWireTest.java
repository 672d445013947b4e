package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exact bytes and failure handling of pipelines, transactions and auto-pipelined batches. */
class BatchSurfacesWireTest {
  private final MockServer mock = new MockServer();

  @AfterEach
  void tearDown() throws Exception {
    mock.close();
  }

  @Test
  void transactionBodyAndPerCommandErrorsInPlace() {
    mock.enqueue(200, "[{\"result\":\"OK\"},{\"error\":\"WRONGTYPE Operation against a key holding"
        + " the wrong kind of value\"},{\"result\":\"" + MockServer.b64("v") + "\"}]");
    try (Redis redis = mock.client()) {
      Transaction tx = redis.multi();
      Response<Boolean> set = tx.set("k", "v");
      Response<Long> push = tx.lpush("k", "x");
      Response<String> get = tx.get("k");
      tx.exec();
      assertThat(set.get()).isTrue();
      assertThatThrownBy(push::get).isInstanceOf(RedisErrorException.class)
          .hasMessageContaining("WRONGTYPE").hasMessageContaining("LPUSH");
      assertThat(get.get()).isEqualTo("v");
    }
    RecordedRequest request = mock.take();
    assertThat(request.getPath()).isEqualTo("/multi-exec");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("[[\"SET\",\"k\",\"v\"],[\"LPUSH\",\"k\",\"x\"],[\"GET\",\"k\"]]");
  }

  @Test
  void aCutInTheMiddleOfAPipelineKeepsEarlierRepliesAndSendsNothingAfter() {
    mock.enqueue(200, "[{\"result\":1},{\"result\":2}]");
    mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    try (Redis redis = mock.builder().maxCommandsPerRequest(2).build()) {
      Pipeline p = redis.pipeline();
      List<Response<Long>> rs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        rs.add(p.incr("n"));
      }
      assertThatThrownBy(p::exec).isInstanceOf(TransportException.class)
          .satisfies(e -> assertThat(((TransportException) e).requestSent()).isTrue());
      assertThat(rs.get(0).get()).isEqualTo(1L);
      assertThat(rs.get(1).get()).isEqualTo(2L);
      // The cut request carried INCRs: not idempotent, so not sent again.
      assertThatThrownBy(rs.get(2)::get).isInstanceOf(TransportException.class);
      assertThatThrownBy(rs.get(4)::get).isInstanceOf(TransportException.class)
          .hasMessageContaining("not sent")
          .satisfies(e -> assertThat(((TransportException) e).requestSent()).isFalse());
    }
    assertThat(mock.requestCount()).isEqualTo(2);
  }

  @Test
  void anIdempotentPipelineIsSentAgainAfterA503() {
    mock.enqueue(503, "busy");
    mock.enqueue(200, "[{\"result\":null},{\"result\":null}]");
    try (Redis redis = mock.client()) {
      Pipeline p = redis.pipeline();
      Response<String> a = p.get("a");
      Response<String> b = p.get("b");
      p.exec();
      assertThat(a.get()).isNull();
      assertThat(b.get()).isNull();
      assertThat(redis.metrics().retries()).isEqualTo(1);
    }
    assertThat(mock.requestCount()).isEqualTo(2);
  }

  @Test
  void asyncRetriesIdempotentCommandsOnly() throws Exception {
    mock.enqueue(503, "busy");
    mock.enqueue(200, "[{\"result\":\"" + MockServer.b64("v") + "\"}]");
    mock.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    try (Redis redis = mock.client()) {
      assertThat(redis.async().get("k").get(5, TimeUnit.SECONDS)).isEqualTo("v");
      CompletableFuture<Long> incr = redis.async().incr("n");
      assertThatThrownBy(() -> incr.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(TransportException.class).hasMessageContaining("after the request was sent");
    }
    assertThat(mock.requestCount()).isEqualTo(3);
  }

  @Test
  void autoPipeliningBatchesWhatArrivesWhileARequestIsOutInOrder() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> bodies = new ArrayList<>();
    mock.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String body = request.getBody().readUtf8();
        synchronized (bodies) {
          bodies.add(body);
        }
        release.await(5, TimeUnit.SECONDS);
        // One reply per command: INCR n -> its position, and an error for the command "BAD".
        StringBuilder reply = new StringBuilder("[");
        int count = body.split("\\],\\[").length;
        for (int i = 0; i < count; i++) {
          reply.append(i > 0 ? "," : "");
          reply.append(body.contains("\"bad" + i + "\"") ? "{\"error\":\"ERR bad\"}" : "{\"result\":" + i + "}");
        }
        return new MockResponse().setBody(reply.append(']').toString());
      }
    });
    try (Redis redis = mock.builder().maxBatchesInFlight(1).build()) {
      RedisAsync async = redis.async();
      List<CompletableFuture<Long>> fs = new ArrayList<>();
      fs.add(async.incr("first"));
      for (int i = 0; i < 5; i++) {
        fs.add(async.incr(i == 2 ? "bad2" : "k" + i));
      }
      release.countDown();
      assertThat(fs.get(0).get(5, TimeUnit.SECONDS)).isEqualTo(0L);
      assertThat(fs.get(1).get(5, TimeUnit.SECONDS)).isEqualTo(0L);
      assertThat(fs.get(2).get(5, TimeUnit.SECONDS)).isEqualTo(1L);
      assertThatThrownBy(() -> fs.get(3).get(5, TimeUnit.SECONDS))
          .cause().isInstanceOf(RedisErrorException.class).hasMessageContaining("ERR bad");
      assertThat(fs.get(4).get(5, TimeUnit.SECONDS)).isEqualTo(3L);
      assertThat(fs.get(5).get(5, TimeUnit.SECONDS)).isEqualTo(4L);
    }
    assertThat(bodies).containsExactly(
        "[[\"INCR\",\"first\"]]",
        "[[\"INCR\",\"k0\"],[\"INCR\",\"k1\"],[\"INCR\",\"bad2\"],[\"INCR\",\"k3\"],[\"INCR\",\"k4\"]]");
  }

  @Test
  void anAutoPipelinedBatchWithAWriteIsNotSentAgain() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    mock.server.setDispatcher(new Dispatcher() {
      private int n;

      @Override
      public synchronized MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (n++ == 0) {
          release.await(5, TimeUnit.SECONDS);
          return new MockResponse().setBody("[{\"result\":null}]");
        }
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      }
    });
    try (Redis redis = mock.builder().maxBatchesInFlight(1).build()) {
      CompletableFuture<String> first = redis.async().get("first");
      // Both wait for the first request, then share one batch: a GET and an INCR.
      CompletableFuture<String> get = redis.async().get("a");
      CompletableFuture<Long> incr = redis.async().incr("n");
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isNull();
      assertThatThrownBy(() -> get.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(TransportException.class);
      assertThatThrownBy(() -> incr.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(TransportException.class);
      assertThat(redis.metrics().retries()).isZero();
    }
    assertThat(mock.requestCount()).isEqualTo(2);
  }
}
