package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The official {@code @upstash/redis} SDK, run under Node against this server: it must work as it
 * does against Upstash (base64 replies, pipelines, transactions, scripts with Upstash's shebang).
 */
@ExtendWith(LocalRedisExtension.class)
class OfficialSdkInteropIT {
  static final Path INTEROP = Path.of("..", "interop").toAbsolutePath().normalize();

  @BeforeAll
  static void nodeAndPackages() throws Exception {
    assumeTrue(onPath("node"), "node is not installed; the interop tests need it");
    assumeTrue(installPackages(), "npm could not install interop/package.json (see target/npm-ci.log)");
  }

  /** Installs the pinned SDK versions once, from the lock file, when they are not there yet. */
  static synchronized boolean installPackages() throws Exception {
    if (Files.isDirectory(INTEROP.resolve("node_modules/@upstash/redis"))
        && Files.isDirectory(INTEROP.resolve("node_modules/@upstash/ratelimit"))) {
      return true;
    }
    if (!onPath("npm")) {
      return false;
    }
    Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
        .directory(INTEROP.toFile())
        .redirectErrorStream(true)
        .redirectOutput(new File("target/npm-ci.log"))
        .start();
    if (!npm.waitFor(5, TimeUnit.MINUTES)) {
      npm.destroyForcibly();
      return false;
    }
    return npm.exitValue() == 0;
  }

  static boolean onPath(String program) {
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

  /** Runs {@code script} from interop/ with the server's URL and token; returns its stdout. */
  static String runNode(LocalRedisServer server, String script) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("node", script).directory(INTEROP.toFile());
    builder.environment().put("UPSTASH_REDIS_REST_URL", server.url());
    builder.environment().put("UPSTASH_REDIS_REST_TOKEN", server.token());
    builder.redirectError(new File("target/node-" + script + ".err"));
    Process node = builder.start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("node finished").isTrue();
    assertThat(node.exitValue()).as("node exit status; output: %s", output).isZero();
    return output;
  }

  @Test
  @SuppressWarnings("unchecked")
  void officialSdkWorksAgainstTheLocalServer(LocalRedisServer server) throws Exception {
    String output = runNode(server, "redis-js-smoke.mjs");
    Map<String, Object> result = new Moshi.Builder().build()
        .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
        .fromJson(output);
    assertThat(result).doesNotContainKey("fatal");
    assertThat(result.get("get")).isEqualTo("hello");
    assertThat(result.get("incrby")).isEqualTo(42.0);
    assertThat(result.get("hgetall")).isEqualTo(Map.of("a", 1.0, "b", "two"));
    assertThat(result.get("jsonBack")).isEqualTo(Map.of("name", "Ada", "langs", List.of("en", "fr")));
    assertThat(result.get("unicodeBack")).isEqualTo("h\u00e9llo \u4e16\u754c \ud83d\ude80");
    assertThat(result.get("zrange")).isEqualTo(List.of("m1", 1.5, "m2", 2.0));
    assertThat(result.get("missing")).isNull();
    assertThat(result.get("pipeline")).isEqualTo(List.of("OK", 2.0, 2.0));
    assertThat(result.get("multi")).isEqualTo(List.of(2.0, List.of("b", "a")));
    assertThat((String) result.get("error")).startsWith("ERR value is not an integer or out of range");
    assertThat(result.get("script1")).isEqualTo(1.0);
    assertThat(result.get("script2")).isEqualTo(2.0);
    assertThat((List<String>) result.get("scan")).contains("js:string", "js:hash", "js:object", "js:scripted");

    // What the SDK stored is what Redis holds, read over raw HTTP.
    RawHttp http = new RawHttp(server);
    assertThat(http.post("/", "[\"GET\",\"js:object\"]").body())
        .isEqualTo("{\"result\":\"{\\\"name\\\":\\\"Ada\\\",\\\"langs\\\":[\\\"en\\\",\\\"fr\\\"]}\"}");
    assertThat(http.post("/", "[\"GET\",\"js:counter\"]").body()).isEqualTo("{\"result\":\"42\"}");
    assertThat(http.post("/", "[\"TTL\",\"js:string\"]").body()).matches("\\{\"result\":(100|9\\d)\\}");
  }
}
