package io.github.restredis;

import io.github.restredis.local.LocalRedisServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.slf4j.LoggerFactory;

/**
 * The program {@link TokenLeakTest} runs in a JVM of its own, with every logger at TRACE: it uses
 * the client every way it can succeed and fail with the token given as its argument, prints every
 * object's {@code toString()} and every failure's stack trace, and lets servers echo the token
 * back. The test then searches all that output for the token.
 */
public final class TokenLeakWorkload {
  private TokenLeakWorkload() {}

  interface Call {
    Object run() throws Exception;
  }

  private static void print(Object o) {
    System.out.println("toString: " + o);
  }

  private static void fail(String what, Call call) {
    try {
      Object result = call.run();
      if (result instanceof CompletableFuture<?> f) {
        f.get();
      }
      System.out.println("UNEXPECTED SUCCESS of " + what);
    } catch (Throwable t) {
      System.out.println("failed as expected: " + what + ": " + t);
      t.printStackTrace(System.out);
    }
  }

  public static void main(String[] args) throws Exception {
    String token = args[0];
    // OkHttp and MockWebServer log through java.util.logging: let everything through as well.
    Logger root = Logger.getLogger("");
    root.setLevel(Level.ALL);
    for (Handler h : root.getHandlers()) {
      h.setLevel(Level.ALL);
    }
    System.out.println("trace-enabled=" + LoggerFactory.getLogger("io.github.restredis").isTraceEnabled());
    RetryPolicy fast = RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1))
        .withMaxBackoff(Duration.ofMillis(5));

    // A real server with this token: every surface, successes and Redis errors.
    try (LocalRedisServer server = LocalRedisServer.builder().token(token).start();
        Redis redis = Redis.builder().url(server.url()).token(token).retryPolicy(fast)
            .listener(e -> System.out.println("event: " + e)).build()) {
      print(redis);
      print(redis.newBuilder());
      print(redis.async());
      redis.set("k", "v");
      redis.get("k");
      redis.incr("n");
      Pipeline p = redis.pipeline();
      Response<String> r = p.get("k");
      print(p);
      print(r);
      p.exec();
      print(p);
      print(r);
      Transaction t = redis.multi();
      t.incr("n");
      t.exec();
      print(t);
      redis.async().get("k").get();
      try (Redis plain = redis.newBuilder().autoPipelining(false).build()) {
        plain.async().incr("n").get();
      }
      print(Script.of("return 1").eval(redis, List.of(), List.of()));
      fail("INCR of text", () -> redis.incr("k"));
      fail("async INCR of text", () -> redis.async().incr("k"));
      fail("too large", () -> redis.set("big", "x".repeat(11 * 1024 * 1024)));
      Pipeline bad = redis.pipeline();
      Response<Long> failed = bad.incr("k");
      bad.exec();
      print(failed);
      fail("failed pipeline response", failed::get);
      try (Redis wrong = redis.newBuilder().token(token + "-wrong").build()) {
        fail("wrong token", wrong::ping);
        fail("wrong token, async", () -> wrong.async().ping());
      }
      print(redis.metrics());
    }

    // A server that echoes the token in every kind of bad answer.
    try (MockWebServer mock = new MockWebServer()) {
      mock.start();
      try (Redis m = Redis.builder().url(mock.url("/").toString()).token(token).retryPolicy(fast)
          .attemptTimeout(Duration.ofMillis(500)).deadline(Duration.ofSeconds(3))
          .listener(e -> System.out.println("event: " + e)).build()) {
        mock.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":\"WRONGPASS " + token + "\"}"));
        fail("401 echoing the token", m::ping);
        for (int i = 0; i < 6; i++) {
          mock.enqueue(new MockResponse().setResponseCode(500).setBody("boom " + token));
        }
        fail("500s echoing the token", m::ping);
        mock.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":\"ERR " + token + "\"}"));
        fail("Redis error echoing the token", () -> m.get("k"));
        mock.enqueue(new MockResponse().setResponseCode(403).setBody(token));
        fail("403 echoing the token", () -> m.get("k"));
        mock.enqueue(new MockResponse().setBody("not json " + token));
        fail("not JSON echoing the token", () -> m.get("k"));
        mock.enqueue(new MockResponse().setBody("{\"result\":\"@" + token + "\"}"));
        fail("not base64 echoing the token", () -> m.get("k"));
        mock.enqueue(new MockResponse().setBody("{\"result\":[\"" + token + "\"]}"));
        fail("wrong shape echoing the token", () -> m.incr("k"));
        mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        fail("lost response", () -> m.incr("n"));
        mock.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        fail("timeout", () -> m.incr("n"));
        mock.enqueue(new MockResponse().setResponseCode(500).setBody(token));
        fail("pipeline 500", () -> {
          Pipeline pipe = m.pipeline();
          pipe.incr("n");
          pipe.exec();
          return null;
        });
        mock.enqueue(new MockResponse().setResponseCode(401).setBody(token));
        fail("async 401", () -> m.async().incr("n"));
        print(m.metrics());
      }
    }

    // Failures before any server answers.
    int deadPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadPort = s.getLocalPort();
    }
    try (Redis refused = Redis.builder().url("http://127.0.0.1:" + deadPort).token(token)
        .retryPolicy(fast).build()) {
      fail("connection refused", refused::ping);
      fail("connection refused, async", () -> refused.async().ping());
    }
    fail("plain http to a remote host", () -> Redis.builder().url("http://example.com").token(token).build());
    fail("token with CR LF", () -> Redis.builder().token(token + "\r\n"));
    fail("token supplier returning CR LF", () -> Redis.builder().url("http://127.0.0.1:" + deadPort)
        .token(() -> token + "\r\nX: y").build().ping());
    System.out.println("WORKLOAD DONE");
  }
}
