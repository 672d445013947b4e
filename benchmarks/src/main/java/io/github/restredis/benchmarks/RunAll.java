package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
  private final Map<String, Double> perRequest = new HashMap<>();
  private CpuPerCommand.Cost[] cpu = new CpuPerCommand.Cost[0];

  private RunAll(LocalRedisServer server) {
    this.server = server;
  }

  public static void main(String[] args) throws Exception {
    String loadBefore = loadAverage();
    try (LocalRedisServer server = LocalRedisServer.builder().token(TOKEN).start()) {
      System.setProperty(BenchTarget.URL_PROPERTY, server.url());
      System.setProperty(BenchTarget.TOKEN_PROPERTY, server.token());
      RunAll run = new RunAll(server);
      run.cpuPerCommand();
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
    rows.add(new String[] {"GET, wall time per command (µs, JMH avgt)", median(r.get("client")),
        median(r.get("raw")), ratio(medianScore(r.get("client")), medianScore(r.get("raw")))});
    allocationRow("GET, bytes allocated per command (JMH gc.alloc.rate.norm)",
        r.get("client"), r.get("raw"));
    rows.add(new String[] {"GET, CPU time per command, calling thread (µs)",
        fmt(cpu[0].cpuNanos() / 1e3, 1), fmt(cpu[1].cpuNanos() / 1e3, 1),
        ratio(cpu[0].cpuNanos(), cpu[1].cpuNanos())});
    rows.add(new String[] {"GET, bytes allocated per command, calling thread (B)",
        fmt(cpu[0].allocatedBytes(), 0), fmt(cpu[1].allocatedBytes(), 0),
        ratio(cpu[0].allocatedBytes(), cpu[1].allocatedBytes())});
  }

  /**
   * Runs first: besides measuring, its 20,000 warm-up requests warm the server, which runs in this
   * JVM, before any JMH figure is taken.
   */
  private void cpuPerCommand() throws Exception {
    System.out.println("# CPU time per command of the calling thread, alternating batches");
    try (Redis redis = BenchTarget.client().build();
        RawPost raw = CommandCost.rawGet(CommandCost.KEY)) {
      redis.set(CommandCost.KEY, BenchTarget.VALUE);
      cpu = CpuPerCommand.measure(
          () -> BenchTarget.check(BenchTarget.VALUE.equals(redis.get(CommandCost.KEY)), "GET"),
          raw::call, QUICK ? 1_000 : 10_000, QUICK ? 3 : 15, QUICK ? 200 : 1_000);
    }
    System.out.printf(Locale.ROOT, "client %.1f µs, %.0f B; raw OkHttp %.1f µs, %.0f B per command%n",
        cpu[0].cpuNanos() / 1e3, cpu[0].allocatedBytes(), cpu[1].cpuNanos() / 1e3,
        cpu[1].allocatedBytes());
  }

  private void pipelines() throws Exception {
    Map<String, RunResult> r = jmh(PipelineVsSingles.class, PipelineVsSingles.COMMANDS);
    RunResult pipeline = r.get("pipeline");
    RunResult singles = r.get("singles");
    rows.add(new String[] {"1,000 GETs: one pipeline vs 1,000 single requests (ms per 1,000)",
        median(pipeline), median(singles),
        speedup(medianScore(singles), medianScore(pipeline))});
    allocationRow("1,000 GETs: bytes allocated per 1,000 (pipeline vs singles)", pipeline, singles);
  }

  private void concurrentCallers() throws Exception {
    Path batching = Files.createTempFile("restredis-batching", ".txt");
    Map<String, RunResult> r;
    try {
      r = jmh(ConcurrentCallers.class, 1,
          "-D" + ConcurrentCallers.BATCHING_FILE_PROPERTY + "=" + batching);
      for (String line : Files.readAllLines(batching)) {
        String[] f = line.split(" ");
        System.out.printf(Locale.ROOT, "%s: %,d commands in %,d requests, %.1f per request%n",
            f[0], Long.parseLong(f[1]), Long.parseLong(f[2]),
            Double.parseDouble(f[1]) / Double.parseDouble(f[2]));
        perRequest.put(f[0], Double.parseDouble(f[1]) / Double.parseDouble(f[2]));
      }
    } finally {
      Files.deleteIfExists(batching);
    }
    RunResult auto = r.get("asyncAutoPipelined");
    RunResult oneInFlight = r.get("asyncAutoPipelinedOneInFlight");
    RunResult perCommand = r.get("asyncOneRequestEach");
    RunResult sync = r.get("syncThreads");
    rows.add(new String[] {"64 callers, commands/s: async auto-pipelined (default, "
        + fmt(perRequest.get("asyncAutoPipelined"), 1) + " commands per request) vs async, "
        + "autoPipelining(false)", median(auto), median(perCommand),
        speedup(medianScore(auto), medianScore(perCommand))});
    rows.add(new String[] {"64 callers, commands/s: async auto-pipelined (default) vs 64 threads "
        + "on the blocking client", median(auto), median(sync),
        speedup(medianScore(auto), medianScore(sync))});
    rows.add(new String[] {"64 callers, commands/s: auto-pipelined with maxBatchesInFlight(1) ("
        + fmt(perRequest.get("asyncAutoPipelinedOneInFlight"), 1) + " per request) vs "
        + "autoPipelining(false)", median(oneInFlight), median(perCommand),
        speedup(medianScore(oneInFlight), medianScore(perCommand))});
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
  private Map<String, RunResult> jmh(Class<?> benchmarks, int commandsPerOp, String... jvmArgs)
      throws Exception {
    server.resetCommandStats();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(benchmarks.getName()) + "\\.")
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .jvmArgsAppend(Stream.concat(Stream.of(
                "-D" + BenchTarget.URL_PROPERTY + "=" + server.url(),
                "-D" + BenchTarget.TOKEN_PROPERTY + "=" + server.token()),
            Stream.of(jvmArgs)).toArray(String[]::new));
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

  private void allocationRow(String label, RunResult ours, RunResult baseline) {
    Result<?> a = ours.getSecondaryResults().get("gc.alloc.rate.norm");
    Result<?> b = baseline.getSecondaryResults().get("gc.alloc.rate.norm");
    rows.add(new String[] {label, withError(a), withError(b), ratio(a.getScore(), b.getScore())});
  }

  /** {@return the median of the measured iterations: the machine is shared, outliers are common} */
  private static double medianScore(RunResult result) {
    return median(scores(result));
  }

  private static double[] scores(RunResult result) {
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        scores.add(iteration.getPrimaryResult().getScore());
      }
    }
    return scores.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** {@return the median iteration, with the lowest and highest in parentheses} */
  private static String median(RunResult result) {
    double[] scores = scores(result);
    Arrays.sort(scores);
    double m = median(scores);
    int digits = m >= 100 ? 0 : 1;
    return fmt(m, digits) + " (" + fmt(scores[0], digits) + "–"
        + fmt(scores[scores.length - 1], digits) + ")";
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
