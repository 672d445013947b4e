package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FUNCTION STATS while a function runs, which a test cannot arrange on the local Redis (a running
 * function blocks it): the reply as Redis documents it, base64-encoded as Upstash sends it.
 */
class FunctionsWireTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  private static String s(String text) {
    return "\"" + MockServer.b64(text) + "\"";
  }

  @Test
  void statsWithARunningFunction() {
    mock.result("[" + s("running_script") + ",[" + s("name") + "," + s("myfunc") + "," + s("command")
        + ",[" + s("fcall") + "," + s("myfunc") + "," + s("0") + "]," + s("duration_ms") + ",5140],"
        + s("engines") + ",[" + s("LUA") + ",[" + s("libraries_count") + ",1," + s("functions_count") + ",1]]]");
    FunctionStats stats = redis.functionStats();
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"FUNCTION\",\"STATS\"]");
    assertThat(stats.running()).isEqualTo(
        new FunctionStats.Running("myfunc", List.of("fcall", "myfunc", "0"), Duration.ofMillis(5140)));
    assertThat(stats.engines()).isEqualTo(Map.of("LUA", new FunctionStats.Engine(1, 1)));
  }

  @Test
  void listOptionsAndReplyWithCode() {
    mock.result("[[" + s("library_name") + "," + s("mylib") + "," + s("engine") + "," + s("LUA") + ","
        + s("functions") + ",[[" + s("name") + "," + s("f") + "," + s("description") + ",null,"
        + s("flags") + ",[" + s("no-writes") + "," + s("allow-stale") + "]]]," + s("library_code") + ","
        + s("#!lua name=mylib\n...") + "]]");
    List<FunctionLibrary> libs = redis.functionList(FunctionListArgs.Builder.withCode().libraryName("my*"));
    assertThat(mock.take().getBody().readUtf8())
        .isEqualTo("[\"FUNCTION\",\"LIST\",\"LIBRARYNAME\",\"my*\",\"WITHCODE\"]");
    assertThat(libs).containsExactly(new FunctionLibrary("mylib", "LUA",
        List.of(new FunctionLibrary.Function("f", null, java.util.Set.of("no-writes", "allow-stale"))),
        "#!lua name=mylib\n..."));
  }

  @Test
  void fcallSendsTheKeyCount() {
    mock.result("7");
    assertThat(redis.fcall("bump", List.of("a", "b"), List.of("1")).asLong()).isEqualTo(7);
    assertThat(mock.take().getBody().readUtf8()).isEqualTo("[\"FCALL\",\"bump\",\"2\",\"a\",\"b\",\"1\"]");
  }
}
