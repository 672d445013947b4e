package io.github.restredis.benchmarks;

import io.github.restredis.MetricsSnapshot;
import io.github.restredis.Redis;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * What the client in a forked benchmark JVM spent during the measured iterations: commands and
 * HTTP requests (from the client's metrics) and the process's CPU time, all threads included
 * (OkHttp's dispatcher, the callers, JIT and GC). Written to the file the harness names, one line
 * per benchmark, so that it can set the CPU per command beside the server's.
 */
final class ForkMeter {
  static final String FILE_PROPERTY = "restredis.bench.stats";
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private long cpuStart;
  private long commandsStart;
  private long requestsStart;
  private long cpu;
  private long commands;
  private long requests;

  /** Call from a {@code @Setup(Level.Iteration)} fixture. */
  void iterationStart(IterationParams params, Redis redis) {
    if (measured(params)) {
      MetricsSnapshot m = redis.metrics();
      commandsStart = m.commands();
      requestsStart = m.requests();
      cpuStart = OS.getProcessCpuTime();
    }
  }

  /** Call from a {@code @TearDown(Level.Iteration)} fixture. */
  void iterationEnd(IterationParams params, Redis redis) {
    if (measured(params)) {
      cpu += OS.getProcessCpuTime() - cpuStart;
      MetricsSnapshot m = redis.metrics();
      commands += m.commands() - commandsStart;
      requests += m.requests() - requestsStart;
    }
  }

  private static boolean measured(IterationParams params) {
    return params.getType() == IterationType.MEASUREMENT;
  }

  /** Appends "{@code benchmark commands requests cpuNanos}" to the harness's file, if any. */
  void write(String benchmark) throws IOException {
    String file = System.getProperty(FILE_PROPERTY);
    if (file != null) {
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Files.writeString(Path.of(file), name + " " + commands + " " + requests + " " + cpu + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }
}
