package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * 64 callers, each with one GET in flight at a time on a key of its own, replies checked: through
 * {@code redis.async()} with auto-pipelining (the default, and with {@code maxBatchesInFlight(1)}),
 * through {@code redis.async()} of a client built with {@code autoPipelining(false)} (one request
 * per command), and through the blocking client. One operation is one command.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 8, time = 1)
@Threads(ConcurrentCallers.CALLERS)
@Fork(1)
public class ConcurrentCallers {
  static final int CALLERS = 64;

  /** The client of the benchmark that runs, shared by all callers. */
  @State(Scope.Benchmark)
  public static class Clients {
    Redis redis;
    String method;
    final ForkMeter meter = new ForkMeter();

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
      String name = params.getBenchmark();
      setUp(name.substring(name.lastIndexOf('.') + 1));
    }

    void setUp(String method) {
      this.method = method;
      Redis.Builder builder = BenchTarget.client();
      if (method.equals("asyncOneRequestEach")) {
        builder.autoPipelining(false);
      } else if (method.equals("asyncAutoPipelinedOneInFlight")) {
        builder.maxBatchesInFlight(1);
      }
      redis = builder.build();
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
      meter.write(method);
    }
  }

  /** One caller: its key and the value stored there. */
  @State(Scope.Thread)
  public static class Caller {
    private static final AtomicInteger ids = new AtomicInteger();
    String key;
    String value;

    @Setup(Level.Trial)
    public void setUp(Clients clients) {
      int id = ids.incrementAndGet();
      key = "bench:caller:" + id;
      value = BenchTarget.VALUE + id;
      clients.redis.set(key, value);
    }
  }

  @Benchmark
  public String asyncAutoPipelined(Clients clients, Caller caller) {
    return checked(clients.redis.async().get(caller.key).join(), caller);
  }

  @Benchmark
  public String asyncAutoPipelinedOneInFlight(Clients clients, Caller caller) {
    return checked(clients.redis.async().get(caller.key).join(), caller);
  }

  @Benchmark
  public String asyncOneRequestEach(Clients clients, Caller caller) {
    return checked(clients.redis.async().get(caller.key).join(), caller);
  }

  @Benchmark
  public String syncThreads(Clients clients, Caller caller) {
    return checked(clients.redis.get(caller.key), caller);
  }

  private static String checked(String value, Caller caller) {
    BenchTarget.check(caller.value.equals(value), "GET " + caller.key);
    return value;
  }
}
