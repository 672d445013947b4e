package io.github.restredis.benchmarks;

import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;

/**
 * Runs every client benchmark against one {@link LocalRedisServer} started here, and prints a
 * table of each figure next to its baseline measured in the same run:
 *
 * <ol>
 *   <li>{@link CpuPerCommand} and {@link CommandCost} (JMH with the GC profiler): CPU time, wall
 *       time and bytes allocated per GET, our client against a raw OkHttp POST;
 *   <li>{@link PipelineVsSingles}: 1,000 GETs in one pipeline against 1,000 single requests;
 *   <li>{@link ConcurrentCallers} and {@link AsyncChains}: 64 callers, auto-pipelined against one
 *       request per command;
 *   <li>{@link ColdStart}: JVM start to first result, our client against {@code java.net.http}.
 * </ol>
 *
 * <p>The JMH benchmarks run one by one in forked JVMs, so the server's threads and allocations
 * stay here; this JVM's CPU time during a benchmark, per GET Redis ran, is the server's cost per
 * command. Replies are checked by every benchmark, and after each one Redis's own {@code INFO
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
  private final JmhRuns jmh;
  private final List<String[]> rows = new ArrayList<>();
  private final List<String[]> cpuRows = new ArrayList<>();
  private CpuPerCommand.Cost[] cpu = new CpuPerCommand.Cost[0];

  private RunAll(LocalRedisServer server) {
    this.server = server;
    this.jmh = new JmhRuns(server, QUICK);
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
      run.asyncChains();
      run.coldStart();
      System.out.println();
      System.out.printf(Locale.ROOT, "%d cores, %s %s, %s; load average before %s, after %s%s%n",
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
          Runtime.version(), server.redisDescription(), loadBefore, loadAverage(),
          QUICK ? " (QUICK MODE: figures not meaningful)" : "");
      System.out.println();
      print("| Benchmark | restredis | Baseline (same run) | Ratio |", "|---|---:|---:|---:|",
          run.rows);
      System.out.println();
      print("| CPU per command (µs) | commands per request | client JVM | REST server JVM |",
          "|---|---:|---:|---:|", run.cpuRows);
    }
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

  private void commandCost() throws Exception {
    Map<String, JmhRuns.Run> r = jmh.run(CommandCost.class, 1, "client", "raw");
    compare("GET, wall time per command (µs, JMH avgt)", r.get("client"), r.get("raw"),
        Kind.COST);
    allocation("GET, bytes allocated per command (JMH gc.alloc.rate.norm)", r.get("client"),
        r.get("raw"), 1);
    rows.add(new String[] {"GET, CPU time per command, calling thread (µs)",
        fmt(cpu[0].cpuNanos() / 1e3, 1), fmt(cpu[1].cpuNanos() / 1e3, 1),
        ratio(cpu[0].cpuNanos(), cpu[1].cpuNanos())});
    rows.add(new String[] {"GET, bytes allocated per command, calling thread (B)",
        fmt(cpu[0].allocatedBytes(), 0), fmt(cpu[1].allocatedBytes(), 0),
        ratio(cpu[0].allocatedBytes(), cpu[1].allocatedBytes())});
  }

  private void pipelines() throws Exception {
    Map<String, JmhRuns.Run> r =
        jmh.run(PipelineVsSingles.class, PipelineVsSingles.COMMANDS, "pipeline", "singles");
    compare("1,000 GETs: one pipeline vs 1,000 single requests (ms per 1,000)", r.get("pipeline"),
        r.get("singles"), Kind.TIME);
    allocation("1,000 GETs: bytes allocated per command (pipeline vs singles)", r.get("pipeline"),
        r.get("singles"), PipelineVsSingles.COMMANDS);
    cpu("1,000 GETs in one pipeline", r.get("pipeline"));
    cpu("1,000 single GETs, one after another", r.get("singles"));
  }

  private void concurrentCallers() throws Exception {
    Map<String, JmhRuns.Run> r = jmh.run(ConcurrentCallers.class, 1, "asyncAutoPipelined",
        "asyncOneRequestEach", "syncThreads", "asyncAutoPipelinedOneInFlight");
    JmhRuns.Run auto = r.get("asyncAutoPipelined");
    compare("64 caller threads, commands/s: async auto-pipelined vs async, autoPipelining(false)",
        auto, r.get("asyncOneRequestEach"), Kind.RATE);
    compare("64 caller threads, commands/s: async auto-pipelined vs blocking client", auto,
        r.get("syncThreads"), Kind.RATE);
    compare("64 caller threads, commands/s: auto-pipelined with maxBatchesInFlight(1) vs "
        + "autoPipelining(false)", r.get("asyncAutoPipelinedOneInFlight"),
        r.get("asyncOneRequestEach"), Kind.RATE);
    cpu("64 caller threads, async auto-pipelined", auto);
    cpu("64 caller threads, async auto-pipelined, maxBatchesInFlight(1)",
        r.get("asyncAutoPipelinedOneInFlight"));
    cpu("64 caller threads, async, autoPipelining(false)", r.get("asyncOneRequestEach"));
    cpu("64 caller threads, blocking client", r.get("syncThreads"));
  }

  private void asyncChains() throws Exception {
    Map<String, JmhRuns.Run> r =
        jmh.run(AsyncChains.class, 1, "autoPipelined", "oneRequestEach");
    compare("64 async callers without threads (future chains), commands/s: auto-pipelined vs "
        + "autoPipelining(false)", r.get("autoPipelined"), r.get("oneRequestEach"), Kind.RATE);
    cpu("64 future chains, auto-pipelined", r.get("autoPipelined"));
    cpu("64 future chains, autoPipelining(false)", r.get("oneRequestEach"));
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
      medians.put(program.main().getSimpleName(), median(ms));
      System.out.printf(Locale.ROOT, "%-28s median %6.0f ms; all (ms): %s%n", program.name(),
          median(ms), ColdStart.describe(ms));
    });
    double client = medians.get("ColdStartClient");
    double jdk = medians.get("ColdStartJdk");
    double empty = medians.get("ColdStartNoop");
    rows.add(new String[] {"JVM start to first GET result, median of " + rounds
        + " (ms): client vs java.net.http", fmt(client, 0), fmt(jdk, 0), ratio(client, jdk)});
    rows.add(new String[] {"  the same minus an empty JVM's start (" + fmt(empty, 0) + " ms)",
        fmt(client - empty, 0), fmt(jdk - empty, 0), ratio(client - empty, jdk - empty)});
  }

  /** How a row's ratio reads. */
  private enum Kind {
    /** ours over the baseline: above 1 costs more */
    COST,
    /** a time: the baseline's over ours, "faster" */
    TIME,
    /** a rate: ours over the baseline's, "faster" */
    RATE
  }

  /** Medians of the iterations, with their ranges, and the ratio of the medians. */
  private void compare(String label, JmhRuns.Run ours, JmhRuns.Run baseline, Kind kind) {
    double a = ours.median();
    double b = baseline.median();
    rows.add(new String[] {label, ours.medianWithRange(), baseline.medianWithRange(),
        kind == Kind.COST ? ratio(a, b) : kind == Kind.TIME ? speedup(b, a) : speedup(a, b)});
  }

  private void allocation(String label, JmhRuns.Run ours, JmhRuns.Run baseline, int perOp) {
    Result<?> a = ours.result().getSecondaryResults().get("gc.alloc.rate.norm");
    Result<?> b = baseline.result().getSecondaryResults().get("gc.alloc.rate.norm");
    rows.add(new String[] {label, withError(a, perOp), withError(b, perOp),
        ratio(a.getScore(), b.getScore())});
  }

  private void cpu(String label, JmhRuns.Run run) {
    cpuRows.add(new String[] {label, fmt(run.commandsPerRequest(), 1),
        fmt(run.clientCpuNanosPerCommand() / 1e3, 1),
        fmt(run.serverCpuNanosPerCommand() / 1e3, 1)});
  }

  private static void print(String header, String separator, List<String[]> rows) {
    System.out.println(header);
    System.out.println(separator);
    for (String[] row : rows) {
      System.out.println("| " + String.join(" | ", row) + " |");
    }
  }

  private static String withError(Result<?> result, int perOp) {
    double score = result.getScore() / perOp;
    double error = result.getScoreError() / perOp;
    return Double.isNaN(error) ? fmt(score, 0) : fmt(score, 0) + " ± " + fmt(error, 0);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String fmt(double value, int digits) {
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

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
