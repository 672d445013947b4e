package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token never appears in any output at any log level: {@link TokenLeakWorkload} runs in a JVM
 * of its own with slf4j-simple at TRACE for every logger and java.util.logging at ALL, uses the
 * client every way it can succeed and fail (servers echoing the token back included), prints
 * every {@code toString()} and every stack trace, and this test searches everything the process
 * wrote to stdout and stderr.
 *
 * <p>Why a separate JVM: slf4j-simple fixes each logger's level when the logger is created, so the
 * test JVM (at DEBUG for {@code io.github.restredis}) cannot be switched to TRACE; and a child
 * process's output pipes catch every byte any library writes, whatever logging it uses.
 */
class TokenLeakTest {
  @Test
  void tokenIsInNoOutputAtAnyLevel(@TempDir Path dir) throws Exception {
    String token = "tok" + UUID.randomUUID().toString().replace("-", "");
    Path output = dir.resolve("output.txt");
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classpath,
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
            "-Dorg.slf4j.simpleLogger.log.io.github.restredis=trace",
            "-Dorg.slf4j.simpleLogger.showDateTime=false",
            TokenLeakWorkload.class.getName(), token)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    boolean ended = child.waitFor(180, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly();
    }
    String all = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(ended).as("the workload ended; its output:\n%s", tail(all)).isTrue();
    assertThat(child.exitValue()).as("exit status; output:\n%s", tail(all)).isZero();

    // The capture works: the workload ran to its end, TRACE was on, our DEBUG lines and every
    // failure path are in it.
    assertThat(all).contains("WORKLOAD DONE").contains("trace-enabled=true")
        .contains("DEBUG io.github.restredis - POST /")
        .doesNotContain("UNEXPECTED SUCCESS");
    for (String failure : List.of("AuthenticationException", "HttpStatusException",
        "RedisErrorException", "ReplyDecodeException", "TransportException",
        "RequestTimeoutException", "RequestTooLargeException", "IllegalArgumentException",
        "IllegalStateException")) {
      assertThat(all).as("the output shows a %s", failure).contains(failure);
    }

    // The servers' echoes of the token reached messages, redacted.
    assertThat(all).contains("WRONGPASS <token>").contains("ERR <token>");
    assertThat(all).doesNotContain(token)
        .doesNotContain(Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
        .doesNotContain(Base64.getEncoder().encodeToString(
            ("Bearer " + token).getBytes(StandardCharsets.UTF_8)));
  }

  private static String tail(String text) {
    return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
  }
}
