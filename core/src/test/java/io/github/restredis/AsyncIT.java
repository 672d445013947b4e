package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The async view against a real Redis, with and without auto-pipelining. */
class AsyncIT extends RedisIT {
  @Test
  void commandsCompleteWithTheirOwnRepliesAndErrors() throws Exception {
    RedisAsync async = redis.async();
    redis.set(k("text"), "abc");
    CompletableFuture<Long> n = async.incr(k("n"));
    CompletableFuture<Long> bad = async.incr(k("text"));
    CompletableFuture<String> get = async.get(k("text"));
    CompletableFuture<Reply> raw = async.command("STRLEN", k("text"));
    assertThat(n.get(5, TimeUnit.SECONDS)).isEqualTo(1L);
    assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(RedisErrorException.class);
    assertThat(get.get(5, TimeUnit.SECONDS)).isEqualTo("abc");
    assertThat(raw.get(5, TimeUnit.SECONDS).asLong()).isEqualTo(3L);
  }

  @Test
  void eachThreadsCommandsRunInTheOrderIssued() throws Exception {
    RedisAsync async = redis.newBuilder().maxBatchesInFlight(4).build().async();
    int threads = 16;
    int perThread = 300;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<CompletableFuture<Long>>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String key = k("list" + t);
      String counter = k("n" + t);
      results.add(pool.submit(() -> {
        start.await();
        List<CompletableFuture<Long>> fs = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          // A write then a read of what it wrote: reordering would show in either reply.
          fs.add(async.rpush(key, Integer.toString(i)));
          fs.add(async.incr(counter));
        }
        return fs;
      }));
    }
    start.countDown();
    for (int t = 0; t < threads; t++) {
      List<CompletableFuture<Long>> fs = results.get(t).get(30, TimeUnit.SECONDS);
      for (int i = 0; i < perThread; i++) {
        assertThat(fs.get(2 * i).get(30, TimeUnit.SECONDS)).isEqualTo(i + 1L);
        assertThat(fs.get(2 * i + 1).get(30, TimeUnit.SECONDS)).isEqualTo(i + 1L);
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        expected.add(Integer.toString(i));
      }
      assertThat(redis.lrange(k("list" + t), 0, -1)).isEqualTo(expected);
    }
    pool.shutdown();
    MetricsSnapshot m = async.sync().metrics();
    assertThat(m.commands()).isEqualTo(threads * perThread * 2L);
    async.sync().close();
  }

  @Test
  void withoutAutoPipeliningEachCommandIsARequest() throws Exception {
    Redis plain = redis.newBuilder().autoPipelining(false).build();
    List<CompletableFuture<Long>> fs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      fs.add(plain.async().incr(k("n")));
    }
    CompletableFuture.allOf(fs.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
    assertThat(plain.metrics().requests()).isEqualTo(20);
    assertThat(redis.get(k("n"))).isEqualTo("20");
    plain.close();
  }

  @Test
  void bytesThatAreNotUtf8TravelAloneInOrder() throws Exception {
    RedisAsync async = redis.async();
    byte[] value = {(byte) 0xff, 0, (byte) 0xfe};
    CompletableFuture<Boolean> set = async.set(k("bin"), value);
    CompletableFuture<byte[]> get = async.getBytes(k("bin"));
    assertThat(set.get(5, TimeUnit.SECONDS)).isTrue();
    assertThat(get.get(5, TimeUnit.SECONDS)).isEqualTo(value);
  }

  @Test
  void scriptsFallBackToEvalAsync() throws Exception {
    redis.scriptFlush();
    Script script = Script.of("return redis.call('INCRBY', KEYS[1], ARGV[1])");
    assertThat(script.evalAsync(redis.async(), List.of(k("s")), List.of("2")).get(5, TimeUnit.SECONDS).asLong())
        .isEqualTo(2L);
    assertThat(script.evalAsync(redis.async(), List.of(k("s")), List.of("3")).get(5, TimeUnit.SECONDS).asLong())
        .isEqualTo(5L);
  }

  @Test
  void aClosedClientFailsFutures() {
    Redis closed = redis.newBuilder().build();
    closed.close();
    assertThatThrownBy(() -> closed.async().get(k("x")).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(IllegalStateException.class);
  }
}
