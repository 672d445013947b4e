package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.moshi.Types;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official {@code @upstash/redis} SDK (pinned in interop/package.json), run under Node against
 * the same server: values it stores read back through {@link JsonView} as what its own automatic
 * deserialization returns, and values {@link JsonView} stores read back in TypeScript as the same
 * objects. Skipped, with the reason, where node or the npm packages are missing.
 */
class JsonValuesInteropIT extends RedisIT {
  static final Path INTEROP = Path.of("..", "interop").toAbsolutePath().normalize();

  public record Person(String name, int age, List<String> langs) {}

  @BeforeEach
  void nodeAndPackages() throws Exception {
    assumeTrue(onPath("node"), "node is not installed; the interop tests need it");
    assumeTrue(installPackages(), "the npm packages of interop/package.json are missing and npm ci "
        + "could not install them (see core/target/npm-ci.log)");
  }

  private Map<String, Object> node(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", "redis-js-values.mjs"));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(INTEROP.toFile())
        .redirectError(new File("target/node-redis-js-values.err"));
    builder.environment().put("UPSTASH_REDIS_REST_URL", againstUpstash() ? redis.url() : server.url());
    builder.environment().put("UPSTASH_REDIS_REST_TOKEN",
        againstUpstash() ? System.getenv("UPSTASH_REDIS_REST_TOKEN") : server.token());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("node finished").isTrue();
    assertThat(process.exitValue()).as("node exit status; output: %s", output).isZero();
    // Read exactly (Long, Double or BigDecimal), so a rounding on either side would show.
    Map<String, Object> result = redis.json().fromJson(output,
        Types.newParameterizedType(Map.class, String.class, Object.class));
    assertThat(result).doesNotContainKey("fatal");
    return result;
  }

  @Test
  void whatTheTypeScriptSdkStoredReadsBackAsTheSameObject() throws Exception {
    String prefix = k("ts:");
    Map<String, Object> seenByTypeScript = node("write", prefix);
    JsonView json = redis.json();
    for (String key : List.of("object", "string", "numericString", "bigNumericString", "number",
        "float", "bool", "quoted", "jsonLooking", "array", "unicode")) {
      assertThat(json.get(prefix + key, Object.class)).as("%s read as Object", key)
          .isEqualTo(seenByTypeScript.get(key));
    }
    // What that means in Java types:
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("ok", true);
    nested.put("score", 99.5);
    nested.put("none", null);
    assertThat(json.get(prefix + "object", Object.class))
        .isEqualTo(Map.of("name", "Ada", "age", 36L, "langs", List.of("en", "fr"), "nested", nested));
    assertThat(json.get(prefix + "numericString", Object.class)).isEqualTo(123L);
    assertThat(json.get(prefix + "bigNumericString", Object.class)).isEqualTo("12345678901234567890");
    assertThat(json.get(prefix + "float", Object.class)).isEqualTo(3.14);
    assertThat(json.get(prefix + "quoted", Object.class)).isEqualTo("quoted");
    assertThat(json.get(prefix + "jsonLooking", Object.class)).isEqualTo(Map.of("a", 1L));
    // Typed reads get exactly what was stored, where the TypeScript SDK turns "123" into a number.
    assertThat(json.get(prefix + "object", Person.class)).isEqualTo(new Person("Ada", 36, List.of("en", "fr")));
    assertThat(json.get(prefix + "numericString", String.class)).isEqualTo("123");
    assertThat(json.get(prefix + "bigNumericString", String.class)).isEqualTo("12345678901234567890");
    assertThat(json.get(prefix + "bigNumericString", BigDecimal.class)).isEqualTo(new BigDecimal("12345678901234567890"));
    assertThat(json.get(prefix + "string", String.class)).isEqualTo("hello");
    assertThat(json.get(prefix + "jsonLooking", String.class)).isEqualTo("{\"a\":1}");
    assertThat(json.get(prefix + "number", Integer.class)).isEqualTo(42);
    assertThat(json.get(prefix + "unicode", String.class)).isEqualTo("h\u00e9llo \u4e16\u754c \ud83d\ude80");
    assertThat(json.<Person>hget(prefix + "hash", "user", Person.class)).isEqualTo(new Person("Grace", 85, List.of("en")));
    assertThat(seenByTypeScript.get("hashUser")).isEqualTo(json.hget(prefix + "hash", "user", Object.class));
  }

  @Test
  void whatJavaStoredReadsBackInTypeScriptAsTheSameObject() throws Exception {
    String prefix = k("java:");
    JsonView json = redis.json();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("object", new Person("Ada", 36, List.of("en", "fr")));
    values.put("string", "hello");
    values.put("numericString", "123");
    values.put("bigNumericString", "12345678901234567890");
    values.put("long", 42L);
    values.put("wholeDouble", 2.0);
    values.put("double", 3.14);
    values.put("hugeDouble", 1e21);
    values.put("bool", true);
    values.put("list", List.of(1, "two", Map.of("three", 3)));
    values.put("unicode", "h\u00e9llo \u4e16\u754c \ud83d\ude80 \"quotes\" \\ back");
    values.put("longBeyondDoubles", 9007199254740993L);
    values.put("nestedLongBeyondDoubles", Map.of("id", 9007199254740993L));
    values.forEach((key, value) -> json.set(prefix + key, value));
    json.hset(prefix + "hash", "user", new Person("Grace", 85, List.of("en")));

    List<String> keys = new ArrayList<>(values.keySet());
    Map<String, Object> seenByTypeScript = node("read", prefix, json.toJson(keys));
    for (String key : keys) {
      Object expected = key.equals("nestedLongBeyondDoubles")
          // The one difference, and why ids beyond 2^53 should be strings: TypeScript rounds a nested
          // number to a double; a top-level one it keeps as text, as Java's Object view does.
          ? Map.of("id", 9007199254740992L)
          : json.fromJson(json.toJson(values.get(key)), Object.class);
      assertThat(seenByTypeScript.get(key)).as("%s read by TypeScript", key).isEqualTo(expected);
    }
    assertThat(seenByTypeScript.get("object")).isEqualTo(Map.of("name", "Ada", "age", 36L, "langs", List.of("en", "fr")));
    assertThat(seenByTypeScript.get("numericString")).isEqualTo("123");
    assertThat(seenByTypeScript.get("bigNumericString")).isEqualTo("12345678901234567890");
    assertThat(seenByTypeScript.get("wholeDouble")).isEqualTo(2L);
    assertThat(seenByTypeScript.get("hugeDouble")).isEqualTo(1e21);
    assertThat(seenByTypeScript.get("longBeyondDoubles")).isEqualTo("9007199254740993");
    assertThat(seenByTypeScript.get("hashUser")).isEqualTo(Map.of("name", "Grace", "age", 85L, "langs", List.of("en")));
    // And what Java itself reads back is what it wrote.
    assertThat(json.get(prefix + "longBeyondDoubles", Long.class)).isEqualTo(9007199254740993L);
    assertThat(json.get(prefix + "nestedLongBeyondDoubles", Object.class)).isEqualTo(Map.of("id", 9007199254740993L));
  }

  /** Installs the pinned packages from the lock file when they are not there yet. */
  static synchronized boolean installPackages() throws Exception {
    if (Files.isDirectory(INTEROP.resolve("node_modules/@upstash/redis"))) {
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
}
