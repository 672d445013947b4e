package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One GET of a 100-byte value: our client ({@code redis.get}, which builds the command, serializes
 * it, sends it with retries and metrics, parses the JSON reply and decodes base64) against a raw
 * OkHttp POST of the same bytes with the same headers that reads the reply and parses nothing.
 * Wall time is mostly the server's; run with the GC profiler, the allocation per command is the
 * client's own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class CommandCost {
  static final String KEY = "bench:cost";

  private Redis redis;
  private RawPost raw;

  @Setup(Level.Trial)
  public void setUp() {
    redis = BenchTarget.client().build();
    redis.set(KEY, BenchTarget.VALUE);
    raw = rawGet(KEY);
  }

  /** {@return the raw baseline of {@code GET key}, captured from a client with the defaults} */
  static RawPost rawGet(String key) {
    long length = BenchTarget.expectedGetBody(BenchTarget.VALUE).getBytes(StandardCharsets.UTF_8).length;
    return RawPost.capture(BenchTarget.client(), r -> r.get(key), length);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    raw.close();
    redis.close();
  }

  @Benchmark
  public String client() {
    String value = redis.get(KEY);
    BenchTarget.check(BenchTarget.VALUE.equals(value), "GET " + KEY);
    return value;
  }

  @Benchmark
  public void raw() throws IOException {
    raw.call();
  }
}
