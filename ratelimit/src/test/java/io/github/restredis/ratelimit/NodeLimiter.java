package io.github.restredis.ratelimit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.restredis.local.LocalRedisServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code @upstash/ratelimit} under Node, driven line by line (interop/ratelimit-interop.mjs). */
final class NodeLimiter implements AutoCloseable {
  static final Path INTEROP = Path.of("..", "interop").toAbsolutePath().normalize();
  private static final JsonAdapter<Map<String, Object>> JSON = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final Process node;
  private final Writer in;
  private final BufferedReader out;

  NodeLimiter(LocalRedisServer server, Map<String, String> config) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("node", "ratelimit-interop.mjs").directory(INTEROP.toFile());
    builder.environment().put("UPSTASH_REDIS_REST_URL", server.url());
    builder.environment().put("UPSTASH_REDIS_REST_TOKEN", server.token());
    builder.environment().put("UPSTASH_DISABLE_TELEMETRY", "1");
    builder.environment().putAll(config);
    Files.createDirectories(Path.of("target"));
    builder.redirectError(new File("target/node-ratelimit-interop.err"));
    node = builder.start();
    in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
    out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
  }

  /** {@return the SDK's answer: success, limit, remaining, reset (numbers are doubles)} */
  Map<String, Object> limit(String id) throws IOException {
    return ask(JSON.toJson(Map.<String, Object>of("op", "limit", "id", id)));
  }

  /** {@return the SDK's getRemaining: remaining, reset, limit} */
  Map<String, Object> remaining(String id) throws IOException {
    return ask(JSON.toJson(Map.<String, Object>of("op", "remaining", "id", id)));
  }

  private Map<String, Object> ask(String line) throws IOException {
    in.write(line + "\n");
    in.flush();
    String reply = out.readLine();
    if (reply == null) {
      throw new IOException("node exited; see target/node-ratelimit-interop.err");
    }
    Map<String, Object> answer = JSON.fromJson(reply);
    if (answer == null || answer.containsKey("error")) {
      throw new IOException("@upstash/ratelimit failed: " + reply);
    }
    return answer;
  }

  static boolean available() throws Exception {
    if (!onPath("node")) {
      return false;
    }
    if (Files.isDirectory(INTEROP.resolve("node_modules/@upstash/ratelimit"))) {
      return true;
    }
    if (!onPath("npm")) {
      return false;
    }
    Files.createDirectories(Path.of("target"));
    Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
        .directory(INTEROP.toFile()).redirectErrorStream(true)
        .redirectOutput(new File("target/npm-ci.log")).start();
    return npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws Exception {
    in.close();
    if (!node.waitFor(10, TimeUnit.SECONDS)) {
      node.destroyForcibly();
    }
  }
}
