package io.github.restredis.benchmarks;

import io.github.restredis.local.LocalRedisServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.jspecify.annotations.Nullable;

/**
 * Runs JMH benchmarks one at a time in forked JVMs with the GC profiler, against the server of
 * this JVM, and checks each against Redis's own command counts. Also takes, per benchmark, this
 * JVM's CPU time per GET (the REST server's cost: the forks carry the clients) and reads what the
 * fork's {@link ForkMeter} wrote.
 */
final class JmhRuns {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** One benchmark's results. */
  record Run(RunResult result, double serverCpuNanosPerCommand, long @Nullable [] client) {
    /** {@return the median of the measured iterations: the machine is shared, outliers are common} */
    double median() {
      return RunAll.median(scores());
    }

    double[] scores() {
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          scores.add(iteration.getPrimaryResult().getScore());
        }
      }
      return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@return the median iteration, with the lowest and highest in parentheses} */
    String medianWithRange() {
      double[] scores = scores();
      Arrays.sort(scores);
      double m = median();
      int digits = m >= 100 ? 0 : 1;
      return RunAll.fmt(m, digits) + " (" + RunAll.fmt(scores[0], digits) + "–"
          + RunAll.fmt(scores[scores.length - 1], digits) + ")";
    }

    /** {@return the client fork's CPU per command in the measured iterations, or NaN} */
    double clientCpuNanosPerCommand() {
      return client == null || client[0] == 0 ? Double.NaN : client[2] / (double) client[0];
    }

    /** {@return commands per HTTP request in the measured iterations, or NaN} */
    double commandsPerRequest() {
      return client == null || client[1] == 0 ? Double.NaN : client[0] / (double) client[1];
    }
  }

  private final LocalRedisServer server;
  private final boolean quick;

  JmhRuns(LocalRedisServer server, boolean quick) {
    this.server = server;
    this.quick = quick;
  }

  /**
   * Runs each of {@code methods} of {@code benchmarks}, each of whose operations sends {@code
   * commandsPerOp} GETs. {@return the runs by method name}
   *
   * @throws IllegalStateException if Redis ran fewer GETs than the measured operations sent
   */
  Map<String, Run> run(Class<?> benchmarks, int commandsPerOp, String... methods)
      throws Exception {
    Map<String, Run> runs = new HashMap<>();
    for (String method : methods) {
      Path stats = Files.createTempFile("restredis-bench", ".txt");
      try {
        server.resetCommandStats();
        String loadBefore = RunAll.loadAverage();
        long cpuStart = OS.getProcessCpuTime();
        RunResult result = runOne(benchmarks, method, stats);
        long cpu = OS.getProcessCpuTime() - cpuStart;
        long measuredOps = 0;
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
          for (IterationResult iteration : fork.getIterationResults()) {
            measuredOps += iteration.getMetadata().getMeasuredOps();
          }
        }
        long gets = server.commandStats().getOrDefault("get", 0L);
        String name = benchmarks.getSimpleName() + "." + method;
        if (measuredOps == 0 || gets < measuredOps * commandsPerOp) {
          throw new IllegalStateException(name + ": Redis ran " + gets
              + " GETs, the measured operations sent " + measuredOps * commandsPerOp);
        }
        long[] client = null;
        for (String line : Files.readAllLines(stats)) {
          String[] f = line.split(" ");
          if (f[0].equals(method)) {
            client = new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
          }
        }
        Run run = new Run(result, cpu / (double) gets, client);
        System.out.printf(Locale.ROOT, "%s (load average %s, then %s): Redis counted %,d GETs for "
                + "%,d measured; server JVM %.1f µs CPU per GET%s%n", name, loadBefore,
            RunAll.loadAverage(), gets, measuredOps * commandsPerOp,
            run.serverCpuNanosPerCommand() / 1e3, client == null ? "" : String.format(Locale.ROOT,
                "; client %,d commands in %,d requests (%.1f per request), %.1f µs CPU per command",
                client[0], client[1], run.commandsPerRequest(),
                run.clientCpuNanosPerCommand() / 1e3));
        runs.put(method, run);
      } finally {
        Files.deleteIfExists(stats);
      }
    }
    return runs;
  }

  private RunResult runOne(Class<?> benchmarks, String method, Path stats) throws Exception {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(benchmarks.getName() + "." + method) + "$")
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .jvmArgsAppend("-D" + BenchTarget.URL_PROPERTY + "=" + server.url(),
            "-D" + BenchTarget.TOKEN_PROPERTY + "=" + server.token(),
            "-D" + ForkMeter.FILE_PROPERTY + "=" + stats);
    if (quick) {
      options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(TimeValue.seconds(1));
    }
    return new Runner(options.build()).runSingle();
  }
}
