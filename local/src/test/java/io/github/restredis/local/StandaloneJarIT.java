package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The {@code -standalone.jar} the build leaves in target/, started as a user would start it. */
class StandaloneJarIT {

  @Test
  void startsPrintsUrlAndTokenAndServesUntilStopped() throws Exception {
    Process process = new ProcessBuilder(java(), "-jar", standaloneJar().toString(), "--token", "cli-token")
        .redirectError(new File("target/standalone-it.err"))
        .start();
    try {
      Map<String, String> printed = new HashMap<>();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while (printed.size() < 2 && (line = out.readLine()) != null) {
        int eq = line.indexOf('=');
        if (line.startsWith("UPSTASH_REDIS_REST_") && eq > 0) {
          printed.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      assertThat(printed.get("UPSTASH_REDIS_REST_TOKEN")).isEqualTo("cli-token");
      String url = printed.get("UPSTASH_REDIS_REST_URL");
      assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");

      HttpResponse<String> pong = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer cli-token")
              .POST(HttpRequest.BodyPublishers.ofString("[\"PING\"]")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(pong.body()).isEqualTo("{\"result\":\"PONG\"}");
    } finally {
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
  }

  @Test
  void badOptionsExitWithUsage() throws Exception {
    Process process = new ProcessBuilder(java(), "-jar", standaloneJar().toString(), "--port", "notanumber")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("usage:");
  }

  private static Path standaloneJar() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().endsWith("-standalone.jar")).findFirst().orElseThrow();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
