package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every client benchmark against one {@link LocalRedisServer} started here, and prints a
 * table of each figure next to its baseline measured in the same run:
 *
 * <ol>
 *   <li>{@link CommandCost} (JMH with the GC profiler) and {@link CpuPerCommand}: wall time,
 *       bytes allocated and CPU time per GET, our client against a raw OkHttp POST;
 *   <li>{@link PipelineVsSingles}: 1,000 GETs in one pipeline against 1,000 single requests;
 *   <li>{@link ConcurrentCallers}: 64 callers, auto-pipelined against one request per command;
 *   <li>{@link ColdStart}: JVM start to first result, our client against {@code java.net.http}.
 * </ol>
 *
 * <p>The JMH benchmarks run in forked JVMs, so the server's threads and allocations stay here.
 * Replies are checked by every benchmark, and after each JMH group Redis's own {@code INFO
 * commandstats} must count at least as many GETs as the measured operations sent; otherwise the
 * run fails. About four minutes in all; {@code -Drestredis.bench.quick=true} shortens every phase
 * (figures then only show that everything runs).
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     io.github.restredis.benchmarks.RunAll
 * </pre>
 */
public final class RunAll {
  /** A fixed token: the server listens on loopback only, for the length of the run. */
  private static final String TOKEN = "restredis-bench";
  private static final boolean QUICK = Boolean.getBoolean("restredis.bench.quick");

  private final LocalRedisServer server;
  private final List<String[]> rows = new ArrayList<>();

  private RunAll(LocalRedisServer server) {
    this.server = server;
  }

  public static void main(String[] args) throws Exception {
    String loadBefore = loadAverage();
    try (LocalRedisServer server = LocalRedisServer.builder().token(TOKEN).start()) {
      System.setProperty(BenchTarget.URL_PROPERTY, server.url());
      System.setProperty(BenchTarget.TOKEN_PROPERTY, server.token());
      RunAll run = new RunAll(server);
      run.commandCost();
      run.pipelines();
      run.concurrentCallers();
      run.coldStart();
      System.out.println();
      System.out.printf(Locale.ROOT, "%d cores, %s %s, %s; load average before %s, after %s%s%n",
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
          Runtime.version(), server.redisDescription(), loadBefore, loadAverage(),
          QUICK ? " (QUICK MODE: figures not meaningful)" : "");
      System.out.println();
      run.printTable();
    }
  }

  private void commandCost() throws Exception {
    Map<String, RunResult> r = jmh(CommandCost.class, 1);
    row("GET, wall time per command (JMH avgt, µs)", r.get("client"), r.get("raw"), false);
    row("GET, bytes allocated per command (JMH gc.alloc.rate.norm)",
        r.get("client").getSecondaryResults().get("gc.alloc.rate.norm"),
        r.get("raw").getSecondaryResults().get("gc.alloc.rate.norm"));

    try (Redis redis = BenchTarget.client().build();
        RawPost raw = CommandCost.rawGet(CommandCost.KEY)) {
      redis.set(CommandCost.KEY, BenchTarget.VALUE);
      CpuPerCommand.Cost[] costs = CpuPerCommand.measure(
          () -> BenchTarget.check(BenchTarget.VALUE.equals(redis.get(CommandCost.KEY)), "GET"),
          raw::call, QUICK ? 1_000 : 10_000, QUICK ? 3 : 15, QUICK ? 200 : 1_000);
      rows.add(new String[] {"GET, CPU time per command, calling thread (µs)",
          fmt(costs[0].cpuNanos() / 1e3, 1), fmt(costs[1].cpuNanos() / 1e3, 1),
          ratio(costs[0].cpuNanos(), costs[1].cpuNanos())});
      rows.add(new String[] {"GET, bytes allocated per command, calling thread (B)",
          fmt(costs[0].allocatedBytes(), 0), fmt(costs[1].allocatedBytes(), 0),
          ratio(costs[0].allocatedBytes(), costs[1].allocatedBytes())});
    }
  }

  private void pipelines() throws Exception {
    Map<String, RunResult> r = jmh(PipelineVsSingles.class, PipelineVsSingles.COMMANDS);
    Result<?> pipeline = r.get("pipeline").getPrimaryResult();
    Result<?> singles = r.get("singles").getPrimaryResult();
    rows.add(new String[] {"1,000 GETs: one pipeline vs 1,000 single requests (ms per 1,000)",
        withError(pipeline), withError(singles),
        speedup(singles.getScore(), pipeline.getScore())});
    row("1,000 GETs: bytes allocated per 1,000 (pipeline vs singles)",
        r.get("pipeline").getSecondaryResults().get("gc.alloc.rate.norm"),
        r.get("singles").getSecondaryResults().get("gc.alloc.rate.norm"));
  }

  private void concurrentCallers() throws Exception {
    Map<String, RunResult> r = jmh(ConcurrentCallers.class, 1);
    Result<?> auto = r.get("asyncAutoPipelined").getPrimaryResult();
    Result<?> perCommand = r.get("asyncOneRequestEach").getPrimaryResult();
    Result<?> sync = r.get("syncThreads").getPrimaryResult();
    rows.add(new String[] {"64 callers, commands/s: async auto-pipelined vs async, "
        + "autoPipelining(false)", withError(auto), withError(perCommand),
        speedup(auto.getScore(), perCommand.getScore())});
    rows.add(new String[] {"64 callers, commands/s: async auto-pipelined vs 64 threads, sync client",
        withError(auto), withError(sync), speedup(auto.getScore(), sync.getScore())});
  }

  private void coldStart() throws Exception {
    int rounds = QUICK ? 3 : 9;
    System.out.printf(Locale.ROOT, "%n# Cold start: %d fresh JVMs per program, taking turns%n", rounds);
    try (Redis redis = BenchTarget.client().build()) {
      redis.set(ColdStart.KEY, BenchTarget.VALUE);
    }
    Map<ColdStart.Program, double[]> times =
        ColdStart.run(server.url(), server.token(), BenchTarget.VALUE, rounds);
    Map<String, Double> medians = new HashMap<>();
    times.forEach((program, ms) -> {
      medians.put(program.main().getSimpleName(), ColdStart.median(ms));
      System.out.printf(Locale.ROOT, "%-28s median %6.0f ms; all (ms): %s%n", program.name(),
          ColdStart.median(ms), ColdStart.describe(ms));
    });
    double client = medians.get("ColdStartClient");
    double jdk = medians.get("ColdStartJdk");
    double empty = medians.get("ColdStartNoop");
    rows.add(new String[] {"JVM start to first GET result, median of " + rounds
        + " (ms): client vs java.net.http", fmt(client, 0), fmt(jdk, 0), ratio(client, jdk)});
    rows.add(new String[] {"  the same minus an empty JVM's start (" + fmt(empty, 0) + " ms)",
        fmt(client - empty, 0), fmt(jdk - empty, 0), ratio(client - empty, jdk - empty)});
  }

  /**
   * Runs one JMH class in a forked JVM with the GC profiler, then checks that Redis ran at least
   * {@code commandsPerOp} GETs per measured operation. {@return its results by method name}
   */
  private Map<String, RunResult> jmh(Class<?> benchmarks, int commandsPerOp) throws Exception {
    server.resetCommandStats();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(benchmarks.getName()) + "\\.")
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .jvmArgsAppend("-D" + BenchTarget.URL_PROPERTY + "=" + server.url(),
            "-D" + BenchTarget.TOKEN_PROPERTY + "=" + server.token());
    if (QUICK) {
      options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, RunResult> byMethod = new HashMap<>();
    long measuredOps = 0;
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      byMethod.put(name.substring(name.lastIndexOf('.') + 1), result);
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          measuredOps += iteration.getMetadata().getMeasuredOps();
        }
      }
    }
    long gets = server.commandStats().getOrDefault("get", 0L);
    if (measuredOps == 0 || gets < measuredOps * commandsPerOp) {
      throw new IllegalStateException(benchmarks.getSimpleName() + ": Redis ran " + gets
          + " GETs, the measured operations sent " + measuredOps * commandsPerOp);
    }
    System.out.printf(Locale.ROOT, "%s: Redis counted %,d GETs for %,d measured commands%n",
        benchmarks.getSimpleName(), gets, measuredOps * commandsPerOp);
    return byMethod;
  }

  private void row(String label, RunResult ours, RunResult baseline, boolean higherIsBetter) {
    Result<?> a = ours.getPrimaryResult();
    Result<?> b = baseline.getPrimaryResult();
    rows.add(new String[] {label, withError(a), withError(b),
        higherIsBetter ? speedup(a.getScore(), b.getScore()) : ratio(a.getScore(), b.getScore())});
  }

  private void row(String label, Result<?> ours, Result<?> baseline) {
    rows.add(new String[] {label, withError(ours), withError(baseline),
        ratio(ours.getScore(), baseline.getScore())});
  }

  private void printTable() {
    System.out.println("| Benchmark | restredis | Baseline (same run) | Ratio |");
    System.out.println("|---|---:|---:|---:|");
    for (String[] row : rows) {
      System.out.println("| " + String.join(" | ", row) + " |");
    }
  }

  private static String withError(Result<?> result) {
    double score = result.getScore();
    double error = result.getScoreError();
    int digits = score >= 100 ? 0 : 1;
    return Double.isNaN(error) ? fmt(score, digits) : fmt(score, digits) + " ± " + fmt(error, digits);
  }

  private static String fmt(double value, int digits) {
    return String.format(Locale.ROOT, "%,." + digits + "f", value);
  }

  /** ours/baseline: above 1 means the client costs more than the baseline. */
  private static String ratio(double ours, double baseline) {
    return String.format(Locale.ROOT, "%.2f×", ours / baseline);
  }

  /** How many times faster: the slower figure over the faster one. */
  private static String speedup(double better, double worse) {
    return String.format(Locale.ROOT, "%.1f× faster", better / worse);
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
