package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.local.internal.RedisProcess;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** PROTOCOL.md, "Responses": status codes and {"error"} bodies, and that the server survives each. */
class ErrorsConformanceIT {
  private static final String UNAUTHORIZED = "{\"error\":\"WRONGPASS invalid or missing auth token\"}";

  @OnEveryRedis
  void redisErrorOnOneCommandIs400WithTheRedisMessage(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    http.post("/", "[\"LPUSH\",\"list\",\"x\"]");
    RawHttp.Reply wrongType = http.post("/", "[\"INCR\",\"list\"]");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.body())
        .isEqualTo("{\"error\":\"WRONGTYPE Operation against a key holding the wrong kind of value\"}");
    RawHttp.Reply arity = http.post("/", "[\"GET\"]");
    assertThat(arity.status()).isEqualTo(400);
    assertThat(arity.body()).isEqualTo("{\"error\":\"ERR wrong number of arguments for 'get' command\"}");
    RawHttp.Reply unknown = http.post("/", "[\"NOSUCH\",\"a\"]");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).startsWith("{\"error\":\"ERR unknown command");
    http.assertStillServing();
  }

  @OnEveryRedis
  void missingOrWrongTokenIs401(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    byte[] ping = "[\"PING\"]".getBytes(StandardCharsets.UTF_8);
    List<String[]> attempts = List.of(
        new String[0],
        new String[] {"Authorization", "Bearer wrong"},
        new String[] {"Authorization", "Bearer " + server.token() + "x"},
        new String[] {"Authorization", server.token()},
        new String[] {"Authorization", "Basic " + server.token()},
        new String[] {"Authorization", "Bearer wrong", "Upstash-Encoding", "base64"},
        new String[] {"Upstash-Encoding", "base64"});
    for (String[] headers : attempts) {
      for (String path : List.of("/", "/pipeline", "/multi-exec")) {
        RawHttp.Reply reply = http.send("POST", path, path.equals("/") ? ping : "[[\"PING\"]]".getBytes(), headers);
        assertThat(reply.status()).as("%s %s", path, Arrays.toString(headers)).isEqualTo(401);
        assertThat(reply.body()).isEqualTo(UNAUTHORIZED);
      }
    }
    assertThat(http.send("POST", "/?_token=wrong", ping).status()).isEqualTo(401);
    assertThat(http.send("POST", "/?_token=", ping).status()).isEqualTo(401);
    http.assertStillServing();
  }

  @OnEveryRedis
  void badBodiesAre400NamingTheProblem(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    String[][] cases = {
        {"/", "[\"SET\",\"k\"", "ERR malformed JSON body"},
        {"/", "not json", "ERR malformed JSON body"},
        {"/", "", "ERR empty request body"},
        {"/", "{\"command\":\"PING\"}", "ERR request body must be a JSON array"},
        {"/", "\"PING\"", "ERR request body must be a JSON array"},
        {"/", "[]", "ERR empty command"},
        {"/", "[\"SET\",\"k\",{\"a\":1}]", "ERR argument 3 is an object"},
        {"/", "[\"SET\",\"k\",[\"v\"]]", "ERR argument 3 is an array"},
        {"/", "[\"SET\",\"k\",null]", "ERR argument 3 is null"},
        {"/", "[\"PING\"] [\"PING\"]", "ERR malformed JSON body"},
        {"/pipeline", "[]", "ERR empty pipeline"},
        {"/pipeline", "[\"PING\"]", "ERR command 1 must be a JSON array"},
        {"/pipeline", "[[\"PING\"],[]]", "ERR command 2: empty command"},
        {"/pipeline", "[[\"SET\",\"k\",{\"a\":1}]]", "ERR command 1: argument 3 is an object"},
        {"/pipeline", "{}", "ERR request body must be a JSON array of commands"},
        {"/multi-exec", "[]", "ERR empty pipeline"},
        {"/multi-exec", "[[\"SET\",\"k\",[1]]]", "ERR command 1: argument 3 is an array"},
    };
    for (String[] c : cases) {
      for (boolean base64 : new boolean[] {false, true}) {
        RawHttp.Reply reply = base64 ? http.postBase64(c[0], c[1]) : http.post(c[0], c[1]);
        assertThat(reply.status()).as("%s %s", c[0], c[1]).isEqualTo(400);
        assertThat(reply.body()).as("%s %s", c[0], c[1]).startsWith("{\"error\":\"" + c[2]);
      }
      http.assertStillServing();
    }
    // Nothing of a rejected pipeline ran.
    http.post("/pipeline", "[[\"SET\",\"ran\",\"1\"],[\"SET\",\"k\",{\"a\":1}]]");
    assertThat(http.post("/", "[\"EXISTS\",\"ran\"]").body()).isEqualTo("{\"result\":0}");
  }

  @OnEveryRedis
  void commandsNotAvailableOverRestAreRefused(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    List<String> refused = List.of(
        "[\"BLPOP\",\"l\",\"0\"]", "[\"BRPOP\",\"l\",\"0\"]", "[\"BRPOPLPUSH\",\"a\",\"b\",\"0\"]",
        "[\"BLMOVE\",\"a\",\"b\",\"LEFT\",\"LEFT\",\"0\"]", "[\"BLMPOP\",\"0\",\"1\",\"l\",\"LEFT\"]",
        "[\"BZPOPMIN\",\"z\",\"0\"]", "[\"BZPOPMAX\",\"z\",\"0\"]", "[\"BZMPOP\",\"0\",\"1\",\"z\",\"MIN\"]",
        "[\"XREAD\",\"BLOCK\",\"0\",\"STREAMS\",\"s\",\"$\"]",
        "[\"XREADGROUP\",\"GROUP\",\"g\",\"c\",\"BLOCK\",\"0\",\"STREAMS\",\"s\",\">\"]",
        "[\"WAIT\",\"1\",\"0\"]", "[\"WATCH\",\"k\"]", "[\"UNWATCH\"]", "[\"MULTI\"]", "[\"EXEC\"]",
        "[\"DISCARD\"]", "[\"SUBSCRIBE\",\"c\"]", "[\"PSUBSCRIBE\",\"c*\"]", "[\"MONITOR\"]",
        "[\"AUTH\",\"x\"]", "[\"HELLO\",\"3\"]", "[\"SELECT\",\"1\"]", "[\"CLIENT\",\"LIST\"]",
        "[\"QUIT\"]", "[\"RESET\"]", "[\"CLUSTER\",\"INFO\"]", "[\"CONFIG\",\"GET\",\"*\"]",
        "[\"SHUTDOWN\"]", "[\"DEBUG\",\"SLEEP\",\"0\"]", "[\"SAVE\"]", "[\"BGSAVE\"]",
        "[\"REPLICAOF\",\"NO\",\"ONE\"]", "[\"MODULE\",\"LIST\"]", "[\"ACL\",\"LIST\"]", "[\"blpop\",\"l\",\"0\"]");
    for (String command : refused) {
      String name = command.substring(2, command.indexOf('"', 2)).toUpperCase(java.util.Locale.ROOT);
      RawHttp.Reply reply = http.post("/", command);
      assertThat(reply.status()).as(command).isEqualTo(400);
      assertThat(reply.body()).isEqualTo("{\"error\":\"ERR Command is not available: '" + name + "'\"}");
      RawHttp.Reply inPipeline = http.post("/pipeline", "[[\"SET\",\"p\",\"1\"]," + command + ",[\"INCR\",\"p\"]]");
      assertThat(inPipeline.body()).isEqualTo("[{\"result\":\"OK\"},"
          + "{\"error\":\"ERR Command is not available: '" + name + "'\"},{\"result\":2}]");
      RawHttp.Reply inTransaction = http.post("/multi-exec", "[[\"SET\",\"t\",\"1\"]," + command + "]");
      assertThat(inTransaction.status()).isEqualTo(400);
      assertThat(inTransaction.body()).isEqualTo("{\"error\":\"ERR Command is not available: '" + name + "'\"}");
    }
    // XREAD without BLOCK, PING and ECHO are served.
    assertThat(http.post("/", "[\"XREAD\",\"COUNT\",\"1\",\"STREAMS\",\"s\",\"0\"]").status()).isEqualTo(200);
    assertThat(http.post("/", "[\"ECHO\",\"e\"]").body()).isEqualTo("{\"result\":\"e\"}");
    assertThat(http.post("/", "[\"EXISTS\",\"t\"]").body()).isEqualTo("{\"result\":0}");
    http.assertStillServing();
  }

  @OnEveryRedis
  void requestOverTheSizeLimitIs400(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    byte[] body = new byte[20 * 1024 * 1024];
    Arrays.fill(body, (byte) 'a');
    byte[] prefix = "[\"SET\",\"big\",\"".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    body[body.length - 2] = '"';
    body[body.length - 1] = ']';
    for (String path : List.of("/", "/pipeline", "/multi-exec")) {
      RawHttp.Reply reply = http.send("POST", path, body, http.withAuth());
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.body()).isEqualTo("{\"error\":\"ERR max request size exceeded\"}");
      http.assertStillServing();
    }
    assertThat(http.post("/", "[\"EXISTS\",\"big\"]").body()).isEqualTo("{\"result\":0}");
  }

  @OnEveryRedis
  void methodsOtherThanGetPostPutHeadAre405(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    for (String method : List.of("DELETE", "PATCH", "OPTIONS")) {
      RawHttp.Reply reply = http.send(method, "/", "[\"PING\"]".getBytes(), http.withAuth());
      assertThat(reply.status()).as(method).isEqualTo(405);
      assertThat(reply.body()).startsWith("{\"error\":\"");
    }
    http.assertStillServing();
  }

  @OnEveryRedis
  void redisUnreachableIs500WithAnErrorBody(LocalRedisServer shared) throws Exception {
    java.nio.file.Path binary = shared.redisSource() == RedisSource.PATH
        ? RedisProcess.findOnPath() : RedisProcess.embeddedBinary();
    RedisProcess redis = RedisProcess.start(binary);
    try (LocalRedisServer server = LocalRedisServer.builder()
        .redisUrl("redis://127.0.0.1:" + redis.endpoint().port()).start()) {
      RawHttp http = new RawHttp(server);
      http.assertStillServing();
      redis.close();
      for (String[] request : new String[][] {{"/", "[\"PING\"]"}, {"/pipeline", "[[\"PING\"]]"},
          {"/multi-exec", "[[\"PING\"]]"}}) {
        RawHttp.Reply reply = http.post(request[0], request[1]);
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).startsWith("{\"error\":\"ERR ");
        assertThat(reply.header("upstash-sync-token")).isNotNull();
      }
    } finally {
      redis.close();
    }
  }

  @OnEveryRedis
  void sizeLimitIsConfigurable(LocalRedisServer shared) {
    try (LocalRedisServer small = LocalRedisServer.builder().redisSource(shared.redisSource())
        .maxRequestBytes(1024).start()) {
      RawHttp http = new RawHttp(small);
      String fits = "[\"SET\",\"k\",\"" + "a".repeat(900) + "\"]";
      String tooBig = "[\"SET\",\"k\",\"" + "a".repeat(1100) + "\"]";
      assertThat(http.post("/", fits).status()).isEqualTo(200);
      assertThat(http.post("/", tooBig).body()).isEqualTo("{\"error\":\"ERR max request size exceeded\"}");
      http.assertStillServing();
    }
  }
}
