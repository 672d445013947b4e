package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * 64 asynchronous callers without a thread each: every caller is a chain of futures that sends
 * its next GET when the previous reply arrives (16 per caller per operation, replies checked),
 * as an event-driven application would. With auto-pipelining (the default) against {@code
 * autoPipelining(false)}. One operation is 64 × 16 commands; JMH counts each command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class AsyncChains {
  static final int CALLERS = 64;
  static final int PER_CALLER = 16;
  static final int COMMANDS = CALLERS * PER_CALLER;

  private Redis redis;
  private String benchmark = "";
  private final ForkMeter meter = new ForkMeter();
  private final String[] keys = new String[CALLERS];
  private final String[] values = new String[CALLERS];

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    benchmark = params.getBenchmark();
    setUp(benchmark.endsWith(".oneRequestEach"));
  }

  void setUp(boolean oneRequestEach) {
    redis = BenchTarget.client().autoPipelining(!oneRequestEach).build();
    for (int c = 0; c < CALLERS; c++) {
      keys[c] = "bench:chain:" + c;
      values[c] = BenchTarget.VALUE + c;
      redis.set(keys[c], values[c]);
    }
  }

  @Setup(Level.Iteration)
  public void iterationStart(IterationParams params) {
    meter.iterationStart(params, redis);
  }

  @TearDown(Level.Iteration)
  public void iterationEnd(IterationParams params) {
    meter.iterationEnd(params, redis);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    redis.close();
    meter.write(benchmark);
  }

  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public int autoPipelined() {
    return run();
  }

  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public int oneRequestEach() {
    return run();
  }

  private int run() {
    CompletableFuture<?>[] callers = new CompletableFuture<?>[CALLERS];
    for (int c = 0; c < CALLERS; c++) {
      callers[c] = chain(c, PER_CALLER);
    }
    CompletableFuture.allOf(callers).join();
    return COMMANDS;
  }

  private CompletableFuture<Void> chain(int caller, int left) {
    return redis.async().get(keys[caller]).thenCompose(value -> {
      BenchTarget.check(values[caller].equals(value), "GET " + keys[caller]);
      return left == 1 ? CompletableFuture.completedFuture(null) : chain(caller, left - 1);
    });
  }
}
