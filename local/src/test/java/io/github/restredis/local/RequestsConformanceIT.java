package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PROTOCOL.md, "Requests": one command, pipeline, transaction, auth, Content-Type. */
class RequestsConformanceIT {

  @OnEveryRedis
  void oneCommandRunsAndAnswersWithResult(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    RawHttp.Reply set = http.post("/", "[\"SET\",\"foo\",\"bar\",\"EX\",100]");
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.body()).isEqualTo("{\"result\":\"OK\"}");
    assertThat(http.post("/", "[\"GET\",\"foo\"]").body()).isEqualTo("{\"result\":\"bar\"}");
    RawHttp.Reply ttl = http.post("/", "[\"TTL\",\"foo\"]");
    assertThat(ttl.body()).matches("\\{\"result\":(100|9\\d)\\}");
  }

  @OnEveryRedis
  void numbersAreArgumentsWithTheirExactText(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    assertThat(http.post("/", "[\"SET\",\"n\",9007199254740993,\"EX\",100]").body()).isEqualTo("{\"result\":\"OK\"}");
    assertThat(http.post("/", "[\"GET\",\"n\"]").body()).isEqualTo("{\"result\":\"9007199254740993\"}");
    assertThat(http.post("/", "[\"SET\",\"f\",1.50]").status()).isEqualTo(200);
    assertThat(http.post("/", "[\"GET\",\"f\"]").body()).isEqualTo("{\"result\":\"1.50\"}");
  }

  @OnEveryRedis
  void commandNamesAreCaseInsensitive(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    assertThat(http.post("/", "[\"set\",\"k\",\"v\"]").body()).isEqualTo("{\"result\":\"OK\"}");
    assertThat(http.post("/", "[\"Get\",\"k\"]").body()).isEqualTo("{\"result\":\"v\"}");
  }

  @OnEveryRedis
  void pipelineRunsInOrderAndAFailureDoesNotStopTheRest(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    RawHttp.Reply reply = http.post("/pipeline",
        "[[\"SET\",\"a\",\"1\"],[\"INCR\",\"a\"],[\"LPUSH\",\"a\",\"x\"],[\"INCR\",\"a\"],[\"GET\",\"missing\"]]");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("[{\"result\":\"OK\"},{\"result\":2},"
        + "{\"error\":\"WRONGTYPE Operation against a key holding the wrong kind of value\"},"
        + "{\"result\":3},{\"result\":null}]");
  }

  @OnEveryRedis
  void transactionKeepsRuntimeErrorsInPlace(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    RawHttp.Reply reply = http.post("/multi-exec",
        "[[\"SET\",\"a\",\"1\"],[\"LPUSH\",\"a\",\"x\"],[\"INCR\",\"a\"]]");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("[{\"result\":\"OK\"},"
        + "{\"error\":\"WRONGTYPE Operation against a key holding the wrong kind of value\"},{\"result\":2}]");
  }

  @OnEveryRedis
  void transactionRejectedWhileQueuingIs400ExecAbortAndRunsNothing(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    RawHttp.Reply reply = http.post("/multi-exec", "[[\"SET\",\"a\",\"1\"],[\"NOSUCHCOMMAND\"],[\"SET\",\"b\",\"2\"]]");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).startsWith("{\"error\":\"EXECABORT ").contains("NOSUCHCOMMAND");
    assertThat(http.post("/", "[\"EXISTS\",\"a\",\"b\"]").body()).isEqualTo("{\"result\":0}");
  }

  @OnEveryRedis
  void concurrentTransactionsEachGetTheirOwnConnectionAndStayAtomic(LocalRedisServer server) throws Exception {
    RawHttp http = new RawHttp(server);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<RawHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        replies.add(pool.submit(() -> http.post("/multi-exec", "[[\"INCR\",\"c\"],[\"INCR\",\"c\"]]")));
      }
      Pattern pair = Pattern.compile("\\[\\{\"result\":(\\d+)\\},\\{\"result\":(\\d+)\\}\\]");
      for (Future<RawHttp.Reply> future : replies) {
        RawHttp.Reply reply = future.get();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Matcher m = pair.matcher(reply.body());
        assertThat(m.matches()).as(reply.body()).isTrue();
        // Atomic: nobody else's INCR lands between the two of one transaction.
        assertThat(Long.parseLong(m.group(2))).isEqualTo(Long.parseLong(m.group(1)) + 1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(http.post("/", "[\"GET\",\"c\"]").body()).isEqualTo("{\"result\":\"400\"}");
  }

  @OnEveryRedis
  void bearerHeaderAndTokenQueryParameterBothAuthenticate(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    assertThat(http.post("/", "[\"PING\"]").status()).isEqualTo(200);
    RawHttp.Reply viaQuery = http.send("POST", "/?_token=" + server.token(), "[\"PING\"]".getBytes());
    assertThat(viaQuery.status()).isEqualTo(200);
    assertThat(viaQuery.body()).isEqualTo("{\"result\":\"PONG\"}");
    RawHttp.Reply pipelineViaQuery =
        http.send("POST", "/pipeline?_token=" + server.token(), "[[\"PING\"]]".getBytes());
    assertThat(pipelineViaQuery.body()).isEqualTo("[{\"result\":\"PONG\"}]");
  }

  @OnEveryRedis
  void contentTypeIsIgnored(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    RawHttp.Reply form = http.post("/", "[\"PING\"]", "Content-Type", "application/x-www-form-urlencoded");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).isEqualTo("{\"result\":\"PONG\"}");
    assertThat(form.header("Content-Type")).isEqualTo("application/json");
  }

  @OnEveryRedis
  void putIsServedLikePost(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    RawHttp.Reply reply = http.send("PUT", "/", "[\"ECHO\",\"hi\"]".getBytes(), http.withAuth());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"result\":\"hi\"}");
  }

  @OnEveryRedis
  void everyResponseCarriesAnIncreasingSyncToken(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    long previous = 0;
    for (RawHttp.Reply reply : List.of(
        http.post("/", "[\"SET\",\"k\",\"v\"]"),
        http.post("/", "[\"INCR\",\"k\"]"),
        http.send("POST", "/", "[\"PING\"]".getBytes()),
        http.send("DELETE", "/", new byte[0], http.withAuth()),
        http.post("/pipeline", "[[\"GET\",\"k\"]]", "upstash-sync-token", "1"))) {
      String token = reply.header("upstash-sync-token");
      assertThat(token).as("status %d", reply.status()).isNotNull();
      assertThat(Long.parseLong(token)).isGreaterThan(previous);
      previous = Long.parseLong(token);
    }
  }

  @OnEveryRedis
  void requestsBeyondTheThreadLimitWaitInsteadOfFailing(LocalRedisServer shared) throws Exception {
    // Each request holds its thread for a while (a script that spins about 20 ms in Redis).
    String slow = "[\"EVAL\",\"local t = redis.call('TIME') local stop = t[1] * 1000000 + t[2] + 20000 "
        + "repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] >= stop return 1\",\"0\"]";
    try (LocalRedisServer server = LocalRedisServer.builder().redisSource(shared.redisSource()).maxThreads(2).start()) {
      RawHttp http = new RawHttp(server);
      ExecutorService callers = Executors.newFixedThreadPool(12);
      try {
        List<Future<RawHttp.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
          replies.add(callers.submit(() -> http.post("/", slow)));
        }
        for (Future<RawHttp.Reply> reply : replies) {
          assertThat(reply.get().body()).isEqualTo("{\"result\":1}");
        }
      } finally {
        callers.shutdownNow();
      }
      http.assertStillServing();
    }
  }
}
