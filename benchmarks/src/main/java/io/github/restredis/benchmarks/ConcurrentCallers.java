package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
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

/**
 * 64 callers, each with one GET in flight at a time on a key of its own, replies checked:
 * through {@code redis.async()} with auto-pipelining (the default), through {@code redis.async()}
 * of a client built with {@code autoPipelining(false)} (one request per command), and through
 * the blocking client. One operation is one command.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Threads(ConcurrentCallers.CALLERS)
@Fork(1)
public class ConcurrentCallers {
  static final int CALLERS = 64;

  /** The two clients, shared by all callers. */
  @State(Scope.Benchmark)
  public static class Clients {
    Redis pipelined;
    Redis perCommand;

    @Setup(Level.Trial)
    public void setUp() {
      pipelined = BenchTarget.client().build();
      perCommand = BenchTarget.client().autoPipelining(false).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pipelined.close();
      perCommand.close();
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
      clients.pipelined.set(key, value);
    }
  }

  @Benchmark
  public String asyncAutoPipelined(Clients clients, Caller caller) {
    return checked(clients.pipelined.async().get(caller.key).join(), caller);
  }

  @Benchmark
  public String asyncOneRequestEach(Clients clients, Caller caller) {
    return checked(clients.perCommand.async().get(caller.key).join(), caller);
  }

  @Benchmark
  public String syncThreads(Clients clients, Caller caller) {
    return checked(clients.pipelined.get(caller.key), caller);
  }

  private static String checked(String value, Caller caller) {
    BenchTarget.check(caller.value.equals(value), "GET " + caller.key);
    return value;
  }
}
