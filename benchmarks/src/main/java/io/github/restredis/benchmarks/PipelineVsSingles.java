package io.github.restredis.benchmarks;

import io.github.restredis.Pipeline;
import io.github.restredis.Redis;
import io.github.restredis.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * The same 1,000 GETs (1,000 keys of 100 bytes each) as one {@code redis.pipeline()} … {@code
 * exec()} and as 1,000 blocking {@code redis.get} calls, one request each. One operation is the
 * 1,000 commands, replies checked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class PipelineVsSingles {
  static final int COMMANDS = 1_000;

  private Redis redis;
  private String benchmark = "";
  private final ForkMeter meter = new ForkMeter();
  private final String[] keys = new String[COMMANDS];
  private final String[] values = new String[COMMANDS];

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    benchmark = params.getBenchmark();
    setUp();
  }

  void setUp() {
    redis = BenchTarget.client().build();
    Pipeline load = redis.pipeline();
    for (int i = 0; i < COMMANDS; i++) {
      keys[i] = "bench:pipe:" + i;
      String n = Integer.toString(i);
      values[i] = BenchTarget.VALUE.substring(n.length()) + n;
      load.set(keys[i], values[i]);
    }
    load.exec();
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
  public int pipeline() {
    Pipeline p = redis.pipeline();
    List<Response<String>> replies = new ArrayList<>(COMMANDS);
    for (int i = 0; i < COMMANDS; i++) {
      replies.add(p.get(keys[i]));
    }
    p.exec();
    for (int i = 0; i < COMMANDS; i++) {
      BenchTarget.check(values[i].equals(replies.get(i).get()), "pipelined GET " + keys[i]);
    }
    return replies.size();
  }

  @Benchmark
  public int singles() {
    for (int i = 0; i < COMMANDS; i++) {
      BenchTarget.check(values[i].equals(redis.get(keys[i])), "GET " + keys[i]);
    }
    return COMMANDS;
  }
}
