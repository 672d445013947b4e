package io.github.restredis.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JVM start to first command result, as a serverless cold start sees it: each program is started
 * as a fresh {@code java} process, and the time runs from just before the process is spawned until
 * its first line (the value read) arrives. The programs take turns, so a change in the machine's
 * load hits all of them alike.
 *
 * <p>Our client runs with its own runtime dependencies only ({@code target/client-classpath.txt}:
 * core, OkHttp, Okio, Kotlin's standard library, Moshi, resilience4j, SLF4J with slf4j-simple);
 * the baseline and the empty program with nothing but the benchmark classes.
 */
final class ColdStart {
  static final String KEY_VARIABLE = "BENCH_KEY";
  static final String KEY = "bench:cold";

  private ColdStart() {}

  /** A program and its classpath. */
  record Program(String name, Class<?> main, String classpath) {}

  /** {@return the programs measured: empty JVM, {@code java.net.http}, our client} */
  static List<Program> programs() {
    Path classes;
    try {
      classes = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path clientClasspath = classes.resolveSibling("client-classpath.txt");
    if (!Files.isDirectory(classes) || !Files.isRegularFile(clientClasspath)) {
      throw new IllegalStateException("run from benchmarks/target/classes after `mvn -pl benchmarks "
          + "-am package`, which writes " + clientClasspath);
    }
    String client;
    try {
      client = Files.readString(clientClasspath).trim();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return List.of(
        new Program("empty JVM (prints a line)", ColdStartNoop.class, classes.toString()),
        new Program("java.net.http POST", ColdStartJdk.class, classes.toString()),
        new Program("restredis client", ColdStartClient.class,
            classes + File.pathSeparator + client));
  }

  /**
   * {@return per program, the wall times in milliseconds of {@code rounds} measured starts, after
   * one unmeasured start each}
   */
  static Map<Program, double[]> run(String url, String token, String expected, int rounds)
      throws IOException, InterruptedException {
    List<Program> programs = programs();
    Map<Program, double[]> times = new LinkedHashMap<>();
    for (Program p : programs) {
      times.put(p, new double[rounds]);
      start(p, url, token, expected); // the first start also warms the OS file cache
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < programs.size(); i++) {
        // Rotate the order each round so none is always first after a pause.
        Program p = programs.get((i + round) % programs.size());
        times.get(p)[round] = start(p, url, token, expected);
      }
    }
    return times;
  }

  /** {@return the milliseconds from spawning {@code program} to its first line, checked} */
  private static double start(Program program, String url, String token, String expected)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(
        List.of(java.toString(), "-cp", program.classpath(), program.main().getName()));
    builder.environment().put("UPSTASH_REDIS_REST_URL", url);
    builder.environment().put("UPSTASH_REDIS_REST_TOKEN", token);
    builder.environment().put(KEY_VARIABLE, KEY);
    builder.environment().put("BENCH_EXPECTED", expected);
    File errors = File.createTempFile("restredis-coldstart", ".err");
    try {
      builder.redirectError(errors);
      long begin = System.nanoTime();
      Process process = builder.start();
      String line;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
        long end = System.nanoTime();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException(program.name() + " did not exit");
        }
        if (process.exitValue() != 0 || !expected.equals(line)) {
          throw new IllegalStateException(program.name() + " exited with " + process.exitValue()
              + " and printed " + line + "; stderr: " + Files.readString(errors.toPath()));
        }
        return (end - begin) / 1e6;
      }
    } finally {
      Files.deleteIfExists(errors.toPath());
    }
  }

  static List<String> describe(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    List<String> out = new ArrayList<>();
    for (double v : sorted) {
      out.add(String.format(java.util.Locale.ROOT, "%.0f", v));
    }
    return out;
  }
}
