package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * Any 200 body, through the public client on every surface (sync, async with and without
 * auto-pipelining, pipeline, transaction) and for commands of every reply shape: the caller gets a
 * value, a {@link ReplyDecodeException}, or the {@link RedisErrorException} of an error item, and
 * never another exception type or a hang.
 */
class HostileRepliesTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);
  private static final MockWebServer SERVER = new MockWebServer();
  /** Runs each call, so that a hang fails the try instead of the whole run. */
  private static final ExecutorService CALLER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "hostile-replies-caller");
    t.setDaemon(true);
    return t;
  });
  private static volatile byte[] body = new byte[0];
  private static final Redis BASE64;
  private static final Redis PLAIN_JSON;
  private static final Redis NOT_PIPELINED;

  static {
    SERVER.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setResponseCode(200).setBody(new Buffer().write(body));
      }
    });
    try {
      SERVER.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Redis.Builder b = Redis.builder().url(SERVER.url("/").toString()).token(MockServer.TOKEN)
        .attemptTimeout(Duration.ofSeconds(5)).deadline(Duration.ofSeconds(10));
    BASE64 = b.build();
    NOT_PIPELINED = b.autoPipelining(false).build();
    PLAIN_JSON = b.autoPipelining(true).base64Responses(false).build();
  }

  @AfterContainer
  static void stop() throws IOException {
    BASE64.close();
    PLAIN_JSON.close();
    NOT_PIPELINED.close();
    CALLER.shutdownNow();
    SERVER.shutdown();
  }

  /** A call on one surface: {@code run} returns the reply or the failure it ended with. */
  record Call(String name, Function<Redis, List<Object>> run) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Property(tries = 600)
  void anyBodyIsAValueOrADecodeOrRedisError(
      @ForAll("bodies") byte[] reply, @ForAll("calls") Call call, @ForAll boolean base64) {
    body = reply;
    Redis redis = base64 ? BASE64 : PLAIN_JSON;
    List<Object> outcomes;
    try {
      outcomes = CALLER.submit(() -> call.run().apply(redis)).get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(call + " hung", e);
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError(call + " broke the test itself", e);
    }
    for (Object outcome : outcomes) {
      if (outcome instanceof Throwable t
          && !(t instanceof ReplyDecodeException) && !(t instanceof RedisErrorException)) {
        throw new AssertionError(call + " failed with " + t, t);
      }
      if (outcome instanceof UpstashException e) {
        assertThat(e.getMessage()).doesNotContain(MockServer.TOKEN);
      }
    }
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    return HostileJson.bodies();
  }

  @Provide
  Arbitrary<Call> calls() {
    List<Call> calls = new ArrayList<>();
    List<Function<RedisAsync, CompletableFuture<?>>> async = List.of(
        a -> a.get("k"), a -> a.incr("k"), a -> a.hgetall("k"), a -> a.zrangeWithScores("k", 0, -1),
        a -> a.time(), a -> a.mget("a", "b"), a -> a.command("GET", "k"), a -> a.scan("0", ScanArgs.none()));
    calls.add(sync("get", r -> r.get("k")));
    calls.add(sync("getBytes", r -> r.getBytes("k")));
    calls.add(sync("incr", r -> r.incr("k")));
    calls.add(sync("incrbyfloat", r -> r.incrbyfloat("k", 1.5)));
    calls.add(sync("set", r -> r.set("k", "v")));
    calls.add(sync("ping", Redis::ping));
    calls.add(sync("exists", r -> r.exists("k")));
    calls.add(sync("expire", r -> r.expire("k", Duration.ofSeconds(5))));
    calls.add(sync("zscore", r -> r.zscore("k", "m")));
    calls.add(sync("zrank", r -> r.zrank("k", "m")));
    calls.add(sync("mget", r -> r.mget("a", "b")));
    calls.add(sync("lrange", r -> r.lrange("k", 0, -1)));
    calls.add(sync("smembers", r -> r.smembers("k")));
    calls.add(sync("smismember", r -> r.smismember("k", "a", "b")));
    calls.add(sync("hgetall", r -> r.hgetall("k")));
    calls.add(sync("zrangeWithScores", r -> r.zrangeWithScores("k", 0, -1)));
    calls.add(sync("time", Redis::time));
    calls.add(sync("scan", r -> r.scan("0", ScanArgs.none())));
    calls.add(sync("hscan", r -> r.hscan("k", "0", ScanArgs.none())));
    calls.add(sync("command", r -> r.command("OBJECT", "ENCODING", "k")));
    calls.add(new Call("async", r -> futures(async.stream().<CompletableFuture<?>>map(f -> f.apply(r.async())).toList())));
    calls.add(new Call("async without auto-pipelining", r -> futures(async.stream()
        .<CompletableFuture<?>>map(f -> f.apply(NOT_PIPELINED.async())).toList())));
    calls.add(new Call("pipeline", r -> batch(r.pipeline())));
    calls.add(new Call("transaction", r -> batch(r.multi())));
    return Arbitraries.of(calls);
  }

  private static Call sync(String name, Function<Redis, Object> call) {
    return new Call(name, r -> {
      try {
        return List.of(String.valueOf(call.apply(r)));
      } catch (RuntimeException e) {
        return List.of(e);
      }
    });
  }

  private static List<Object> futures(List<CompletableFuture<?>> futures) {
    List<Object> out = new ArrayList<>();
    for (CompletableFuture<?> f : futures) {
      try {
        out.add(String.valueOf(f.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)));
      } catch (ExecutionException e) {
        out.add(e.getCause());
      } catch (Exception e) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Object> batch(Batch b) {
    List<Response<?>> responses = List.of(b.get("k"), b.incr("k"), b.hgetall("k"),
        b.zrangeWithScores("k", 0, -1), b.time(), b.command("GET", "k"));
    List<Object> out = new ArrayList<>();
    try {
      b.exec();
    } catch (RuntimeException e) {
      out.add(e);
    }
    for (Response<?> r : responses) {
      try {
        out.add(String.valueOf(r.get()));
      } catch (RuntimeException e) {
        out.add(e);
      }
    }
    return out;
  }
}
