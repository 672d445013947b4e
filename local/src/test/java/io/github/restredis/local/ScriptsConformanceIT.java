package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** PROTOCOL.md, "Scripts on a plain Redis": Upstash shebangs run, SHA-1s are the client's. */
class ScriptsConformanceIT {
  private static final String LOCKING = "#!lua flags=allow-key-locking\nreturn redis.call('INCR', KEYS[1])";

  @OnEveryRedis
  void allowKeyLockingScriptRunsWithEval(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    assertThat(http.post("/", eval("EVAL", LOCKING, "counter")).body()).isEqualTo("{\"result\":1}");
    assertThat(http.post("/", eval("EVALSHA", sha1(LOCKING), "counter")).body()).isEqualTo("{\"result\":2}");
  }

  @OnEveryRedis
  void scriptLoadReturnsTheShaOfTheScriptAsSent(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    String script = "#!lua flags=allow-key-locking\nreturn redis.call('GET', KEYS[1])";
    assertThat(http.post("/", "[\"SCRIPT\",\"EXISTS\",\"" + sha1(script) + "\"]").body()).isEqualTo("{\"result\":[0]}");
    assertThat(http.post("/", "[\"SCRIPT\",\"LOAD\",\"" + json(script) + "\"]").body())
        .isEqualTo("{\"result\":\"" + sha1(script) + "\"}");
    assertThat(http.postBase64("/", "[\"SCRIPT\",\"LOAD\",\"" + json(script) + "\"]").body())
        .isEqualTo("{\"result\":\"" + java.util.Base64.getEncoder().encodeToString(sha1(script).getBytes()) + "\"}");
    assertThat(http.post("/", "[\"SCRIPT\",\"EXISTS\",\"" + sha1(script) + "\",\"" + sha1("nope") + "\"]").body())
        .isEqualTo("{\"result\":[1,0]}");
    http.post("/", "[\"SET\",\"k\",\"v\"]");
    assertThat(http.post("/", eval("EVALSHA", sha1(script), "k")).body()).isEqualTo("{\"result\":\"v\"}");
    assertThat(http.post("/pipeline", "[" + eval("EVALSHA", sha1(script), "k") + "]").body())
        .isEqualTo("[{\"result\":\"v\"}]");
    assertThat(http.post("/multi-exec", "[" + eval("EVALSHA", sha1(script), "k") + "]").body())
        .isEqualTo("[{\"result\":\"v\"}]");
  }

  @OnEveryRedis
  void unknownShaIsNoscript(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    RawHttp.Reply reply = http.post("/", eval("EVALSHA", sha1("return 'never loaded'"), "k"));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).startsWith("{\"error\":\"NOSCRIPT ");
  }

  @OnEveryRedis
  void scriptsWithoutShebangAreUntouched(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    String plain = "return ARGV[1]";
    assertThat(http.post("/", "[\"EVAL\",\"" + plain + "\",\"0\",\"x\"]").body()).isEqualTo("{\"result\":\"x\"}");
    assertThat(http.post("/", "[\"EVALSHA\",\"" + sha1(plain) + "\",\"0\",\"y\"]").body()).isEqualTo("{\"result\":\"y\"}");
  }

  @OnEveryRedis
  void readOnlyVariantsWorkOnRedis7(LocalRedisServer server) {
    assumeTrue(server.redisVersionAtLeast("7.0"), "EVAL_RO and EVALSHA_RO need Redis 7.0, running " + server.redisVersion());
    RawHttp http = new RawHttp(server);
    String script = "#!lua flags=allow-key-locking,no-writes\nreturn redis.call('GET', KEYS[1])";
    http.post("/", "[\"SET\",\"k\",\"v\"]");
    assertThat(http.post("/", eval("EVAL_RO", script, "k")).body()).isEqualTo("{\"result\":\"v\"}");
    assertThat(http.post("/", eval("EVALSHA_RO", sha1(script), "k")).body()).isEqualTo("{\"result\":\"v\"}");
    // Redis's own flags survive the rewrite: no-writes still forbids writes.
    String writer = "#!lua flags=no-writes,allow-key-locking\nreturn redis.call('SET', KEYS[1], 'x')";
    RawHttp.Reply refused = http.post("/", eval("EVAL", writer, "k"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Write commands are not allowed from read-only scripts");
  }

  @OnEveryRedis
  void errorsReportTheScriptLineNumbersAsSent(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    String script = "#!lua flags=allow-key-locking\nlocal x = 1\nreturn redis.call('NOSUCH')";
    RawHttp.Reply reply = http.post("/", eval("EVAL", script, "k"));
    assertThat(reply.status()).isEqualTo(400);
    // Redis 7 says "@user_script:3.", Redis 6.2 "@user_script:3:"; either way line 3, as sent.
    assertThat(reply.body()).containsPattern("user_script:3\\D").doesNotContain("user_script:2");
    // Redis names the script by its SHA-1: the one the caller computed, not the rewritten one's.
    String rewritten = script.substring(script.indexOf('\n'));
    assertThat(reply.body()).doesNotContain(sha1(rewritten)).doesNotContain(sha1("#!lua" + rewritten));
    if (reply.body().contains("script: ") || reply.body().contains("f_")) {
      assertThat(reply.body()).contains(sha1(script));
    }
  }

  private static String eval(String command, String scriptOrSha, String key) {
    return "[\"" + command + "\",\"" + json(scriptOrSha) + "\",\"1\",\"" + key + "\"]";
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String sha1(String script) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
