package io.github.restredis.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code redis-server} the local server starts: out of the JVM's process group, so a
 * terminal's Ctrl-C does not reach it, and stopped on close, when the JVM exits without closing
 * it, and when the JVM is killed hard. Reads {@code /proc}, so Linux only.
 */
class RedisProcessIT {

  @BeforeEach
  void linuxWithSetsid() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "reads /proc/<pid>/stat, which this OS lacks");
    assumeTrue(ChildGuard.onPath("setsid") != null, "no setsid on the PATH: redis-server shares the JVM's group");
  }

  @ParameterizedTest
  @ValueSource(strings = {"path", "embedded"})
  void runsInAProcessGroupOfItsOwnAndStopsOnClose(String source) throws Exception {
    RedisProcess redis = RedisProcess.start(binary(source));
    long pid = redis.pid();
    try {
      Stat stat = Stat.of(pid);
      Stat jvm = Stat.of(ProcessHandle.current().pid());
      assertThat(stat.pgrp).as("process group of redis-server").isNotEqualTo(jvm.pgrp);
      // setsid exec'd in place: the Process is redis-server itself, leader of its own session.
      assertThat(stat.pgrp).isEqualTo(pid);
      assertThat(stat.session).isEqualTo(pid);
      assertThat(Files.readString(Path.of("/proc/" + pid + "/cmdline"))).contains("redis-server");
      assertThat(stat.parent).as("still the JVM's child").isEqualTo(ProcessHandle.current().pid());
      assertThat(watchers(pid)).as("one watcher for it").hasSize(1);
    } finally {
      redis.close();
    }
    assertThat(running(pid)).as("redis-server after close()").isFalse();
    awaitGone(watchers(pid), "the watcher after close()");
  }

  @ParameterizedTest
  @ValueSource(strings = {"exit", "wait"})
  void aJvmThatEndsWithoutClosingItTakesItsRedisAlong(String ending) throws Exception {
    Process jvm = new ProcessBuilder(java(), "-cp", "target/classes" + File.pathSeparator + "target/test-classes",
            RedisProcessHolder.class.getName(), ending, "path")
        .redirectError(new File("target/redis-process-holder-" + ending + ".err"))
        .start();
    long pid;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).as("the holder's redis-server pid").isNotNull().matches("\\d+");
      pid = Long.parseLong(line);
      assertThat(running(pid)).isTrue();
      if (ending.equals("wait")) {
        jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
      }
      assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      jvm.destroyForcibly();
    }
    awaitGone(List.of(pid), "redis-server of a JVM that ended by " + ending);
  }

  private static Path binary(String source) throws IOException {
    if (source.equals("embedded")) {
      return RedisProcess.embeddedBinary();
    }
    Path onPath = RedisProcess.findOnPath();
    assumeTrue(onPath != null, "no redis-server on the PATH");
    return onPath;
  }

  /** {@return the pids of the watcher shells of {@code pid}} */
  private static List<Long> watchers(long pid) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains("restredis-redis-watch")
            && List.of(a).contains(Long.toString(pid))).orElse(false))
        .filter(p -> running(p.pid()))
        .map(ProcessHandle::pid)
        .toList();
  }

  /** Waits, at most 20 s, for processes to end: the watcher works asynchronously. */
  private static void awaitGone(List<Long> pids, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (pids.stream().anyMatch(RedisProcessIT::running) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(pids.stream().filter(RedisProcessIT::running).toList()).as(what + " still running").isEmpty();
  }

  /** {@return whether {@code pid} runs: present in /proc and neither a zombie nor dead} */
  private static boolean running(long pid) {
    try {
      char state = Stat.of(pid).state;
      return state != 'Z' && state != 'X';
    } catch (IOException e) {
      return false;
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The fields of /proc/<pid>/stat used here: 3 (state), 4 (parent), 5 (group), 6 (session). */
  private record Stat(char state, long parent, long pgrp, long session) {
    static Stat of(long pid) throws IOException {
      String text;
      try {
        text = Files.readString(Path.of("/proc/" + pid + "/stat"));
      } catch (NoSuchFileException e) {
        throw new IOException("no process " + pid, e);
      }
      // Field 2, the command name, is in parentheses and may hold spaces: split after it.
      String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
      return new Stat(fields[0].charAt(0), Long.parseLong(fields[1]), Long.parseLong(fields[2]),
          Long.parseLong(fields[3]));
    }
  }
}
