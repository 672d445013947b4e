package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Path-style requests ({@code /cmd/arg/…}) against the real server and Redis, over raw HTTP. */
@ExtendWith(LocalRedisExtension.class)
class PathStyleIT {
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final Pattern RESULT_STRING = Pattern.compile("\\{\"result\":\"(.*)\"}");

  private final LocalRedisServer server;

  PathStyleIT(LocalRedisServer server) {
    this.server = server;
  }

  @Test
  void getAndSetBySegments() throws Exception {
    assertOk(send("GET", "/set/k/v"), "{\"result\":\"OK\"}");
    assertOk(send("GET", "/get/k"), "{\"result\":\"v\"}");
    assertOk(send("GET", "/GET/k"), "{\"result\":\"v\"}");
    assertOk(send("GET", "/get/missing"), "{\"result\":null}");
    assertOk(send("GET", "/mget/k/missing"), "{\"result\":[\"v\",null]}");
  }

  @Test
  void everyResponseCarriesASyncToken() throws Exception {
    HttpResponse<byte[]> first = send("GET", "/set/k/v");
    HttpResponse<byte[]> second = send("GET", "/get/k");
    long a = Long.parseLong(first.headers().firstValue("upstash-sync-token").orElseThrow());
    long b = Long.parseLong(second.headers().firstValue("upstash-sync-token").orElseThrow());
    assertThat(b).isGreaterThan(a);
  }

  @Test
  void queryParametersAreArgumentsAfterThePath() throws Exception {
    assertOk(send("GET", "/set/k/v?EX=100"), "{\"result\":\"OK\"}");
    String ttl = body(send("GET", "/ttl/k"));
    assertThat(Long.parseLong(ttl.replaceAll("\\D", ""))).isBetween(1L, 100L);
    // A parameter without a value is a flag: SET k other NX does nothing, the key exists.
    assertOk(send("GET", "/set/k/other?NX"), "{\"result\":null}");
    assertOk(send("GET", "/set/k/other?NX="), "{\"result\":null}");
    assertOk(send("GET", "/get/k"), "{\"result\":\"v\"}");
    // ZADD z 1 a 2 b: several parameters keep their order.
    assertOk(send("GET", "/zadd/z?1=a&2=b"), "{\"result\":2}");
    assertOk(send("GET", "/zrange/z/0/-1"), "{\"result\":[\"a\",\"b\"]}");
  }

  @Test
  void tokenInTheQueryAuthenticatesAndIsNotAnArgument() throws Exception {
    send("GET", "/set/k/v");
    HttpResponse<byte[]> response = http.send(
        HttpRequest.newBuilder(uri("/get/k?_token=" + server.token())).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertOk(response, "{\"result\":\"v\"}");
    HttpResponse<byte[]> middle = http.send(
        HttpRequest.newBuilder(uri("/rpush/list?a&_token=" + server.token() + "&b")).POST(
            HttpRequest.BodyPublishers.ofString("c")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertOk(middle, "{\"result\":3}");
    assertOk(send("GET", "/lrange/list/0/-1"), "{\"result\":[\"a\",\"b\",\"c\"]}");
  }

  @Test
  void missingOrWrongTokenIs401() throws Exception {
    HttpResponse<byte[]> none = http.send(
        HttpRequest.newBuilder(uri("/get/k")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(body(none)).startsWith("{\"error\":\"");
    HttpResponse<byte[]> wrong = http.send(
        HttpRequest.newBuilder(uri("/set/k/v?_token=wrong")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertOk(send("GET", "/exists/k"), "{\"result\":0}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT"})
  void bodyIsTheLastArgument(String method) throws Exception {
    assertOk(send(method, "/set/k", bytes("hello world")), "{\"result\":\"OK\"}");
    assertOk(send("GET", "/get/k"), "{\"result\":\"hello world\"}");
    // After the query arguments too: RPUSH list a b <body>.
    assertOk(send(method, "/rpush/list/a?b", bytes("[\"json\", 1]")), "{\"result\":3}");
    assertOk(send("GET", "/lrange/list/0/-1"), "{\"result\":[\"a\",\"b\",\"[\\\"json\\\", 1]\"]}");
  }

  @Test
  void anEmptyBodyAddsNoArgument() throws Exception {
    assertOk(send("POST", "/set/k/v", new byte[0]), "{\"result\":\"OK\"}");
  }

  @Test
  void getIgnoresItsBody() throws Exception {
    send("GET", "/set/k/v");
    HttpResponse<byte[]> response = http.send(
        authorized("/get/k").method("GET", HttpRequest.BodyPublishers.ofString("ignored")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertOk(response, "{\"result\":\"v\"}");
  }

  @Test
  void everyByteOfABodyIsStoredExactly() throws Exception {
    byte[] all = allBytes();
    assertOk(send("POST", "/set/binary", all), "{\"result\":\"OK\"}");
    assertThat(getBase64("/get/binary")).isEqualTo(all);
    assertOk(send("GET", "/strlen/binary"), "{\"result\":256}");
  }

  @Test
  void everyPercentEncodedByteOfASegmentArrivesExactly() throws Exception {
    byte[] all = allBytes();
    StringBuilder encoded = new StringBuilder();
    for (byte b : all) {
      encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
    }
    assertOk(send("GET", "/set/" + encoded + "/" + encoded.toString().toLowerCase()), "{\"result\":\"OK\"}");
    assertThat(getBase64("/get/" + encoded)).isEqualTo(all);
    assertOk(send("GET", "/strlen/" + encoded), "{\"result\":256}");
  }

  @Test
  void keysWithSlashQuestionMarkPercentPlusAndSpaces() throws Exception {
    String key = "a/b?c%d e+f&g=h";
    String encoded = "a%2Fb%3Fc%25d%20e+f%26g%3Dh";
    assertOk(send("POST", "/set/" + encoded, bytes("value")), "{\"result\":\"OK\"}");
    // Read through the JSON endpoint: the key is exactly the text, '+' included.
    HttpResponse<byte[]> viaJson = http.send(
        authorized("/").POST(HttpRequest.BodyPublishers.ofString("[\"GET\",\"" + key + "\"]")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertOk(viaJson, "{\"result\":\"value\"}");
    assertOk(send("GET", "/keys/*"), "{\"result\":[\"" + key + "\"]}");
  }

  @Test
  void plusIsASpaceOnlyInTheQuery() throws Exception {
    assertOk(send("GET", "/echo/a+b"), "{\"result\":\"a+b\"}");
    assertOk(send("GET", "/echo?a+b"), "{\"result\":\"a b\"}");
    assertOk(send("GET", "/echo?a%2Bb"), "{\"result\":\"a+b\"}");
  }

  @Test
  void emptySegmentsAreEmptyArgumentsButATrailingSlashIsNothing() throws Exception {
    assertOk(send("GET", "/set//empty-key"), "{\"result\":\"OK\"}");
    assertOk(send("GET", "/get//"), "{\"result\":\"empty-key\"}");
    assertThat(send("GET", "/get/").statusCode()).isEqualTo(400);
    assertOk(send("GET", "/set/k/v/"), "{\"result\":\"OK\"}");
    assertOk(send("GET", "/get/k/"), "{\"result\":\"v\"}");
  }

  @Test
  void malformedPercentEncodingIs400() throws Exception {
    // java.net.URI refuses to build these URLs, so they go over a raw socket. The JDK server
    // rejects them itself (with its own HTML body) before our handler runs; PathCommandTest covers
    // the handler's own check.
    for (String path : new String[] {"/get/%zz", "/get/k%4", "/echo?a=%g0"}) {
      try (EventStreamConnection response = EventStreamConnection.open(server, "GET", path)) {
        assertThat(response.status()).as(path).isEqualTo(400);
      }
    }
  }

  @Test
  void unknownCommandIsRedisOwn400() throws Exception {
    HttpResponse<byte[]> response = send("GET", "/nosuchcommand/x");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response)).startsWith("{\"error\":\"ERR unknown command ").contains("nosuchcommand");
  }

  @Test
  void redisErrorsAre400WithTheMessageUnchanged() throws Exception {
    send("GET", "/rpush/list/a");
    HttpResponse<byte[]> response = send("GET", "/get/list");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response)).startsWith("{\"error\":\"WRONGTYPE Operation against a key");
    HttpResponse<byte[]> arity = send("GET", "/get");
    assertThat(arity.statusCode()).isEqualTo(400);
    assertThat(body(arity)).isEqualTo("{\"error\":\"ERR wrong number of arguments for 'get' command\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/config/get/maxmemory", "/blpop/list/0", "/client/list", "/multi",
      "/SELECT/1", "/xread/block/0/streams/s/$"})
  void refusedCommandsAre400(String path) throws Exception {
    HttpResponse<byte[]> response = send("GET", path);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response)).matches("\\{\"error\":\"ERR Command is not available: '[A-Z]+'\"}");
  }

  @Test
  void sizeLimitCountsTheBody() throws Exception {
    byte[] big = new byte[(int) LocalRedisServer.DEFAULT_MAX_REQUEST_BYTES + 1];
    HttpResponse<byte[]> response = send("POST", "/set/big", big);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body(response)).isEqualTo("{\"error\":\"ERR max request size exceeded\"}");
    assertOk(send("GET", "/exists/big"), "{\"result\":0}");
  }

  @Test
  void sizeLimitCountsTheUrl() throws Exception {
    try (LocalRedisServer small = LocalRedisServer.builder().maxRequestBytes(100).start()) {
      String longKey = "k".repeat(200);
      HttpResponse<byte[]> response = http.send(
          HttpRequest.newBuilder(URI.create(small.url() + "/set/" + longKey + "/v"))
              .header("Authorization", "Bearer " + small.token()).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(body(response)).isEqualTo("{\"error\":\"ERR max request size exceeded\"}");
    }
  }

  @Test
  void headRunsTheCommandAndSendsNoBody() throws Exception {
    HttpResponse<byte[]> set = send("HEAD", "/set/k/v");
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(set.body()).isEmpty();
    assertOk(send("GET", "/get/k"), "{\"result\":\"v\"}");
    assertThat(send("HEAD", "/nosuchcommand").statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELETE", "PATCH", "OPTIONS", "TRACE"})
  void otherMethodsAre405(String method) throws Exception {
    for (String path : new String[] {"/", "/get/k", "/set/k/v", "/pipeline"}) {
      HttpResponse<byte[]> response = send(method, path);
      assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
      assertThat(body(response)).startsWith("{\"error\":\"");
    }
    assertOk(send("GET", "/exists/k"), "{\"result\":0}");
  }

  @Test
  void base64EncodesEveryStringButOk() throws Exception {
    assertOk(send("POST", "/set/k", bytes("v"), "Upstash-Encoding", "base64"), "{\"result\":\"OK\"}");
    assertOk(send("GET", "/mget/k/missing", null, "Upstash-Encoding", "base64"), "{\"result\":[\"dg==\",null]}");
  }

  @Test
  void scriptsAreRewrittenAndKeepTheCallersSha() throws Exception {
    String script = "#!lua flags=allow-key-locking\nreturn ARGV[1]";
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes(script)));
    String encoded = "%23!lua%20flags=allow-key-locking%0Areturn%20ARGV%5B1%5D";
    assertOk(send("GET", "/eval/" + encoded + "/0/hi"), "{\"result\":\"hi\"}");
    assertOk(send("POST", "/evalsha/" + sha + "/0", bytes("again")), "{\"result\":\"again\"}");
    assertOk(send("POST", "/script/load", bytes(script)), "{\"result\":\"" + sha + "\"}");
  }

  @Test
  void publishByPath() throws Exception {
    assertOk(send("POST", "/publish/nobody-listens/hello"), "{\"result\":0}");
    assertOk(send("POST", "/publish/nobody-listens", bytes("body message")), "{\"result\":0}");
  }

  @Test
  void pipelineAndTransactionPathsStayJson() throws Exception {
    assertOk(send("POST", "/pipeline", bytes("[[\"SET\",\"a\",\"1\"],[\"INCR\",\"a\"]]")),
        "[{\"result\":\"OK\"},{\"result\":2}]");
    assertOk(send("POST", "/multi-exec", bytes("[[\"INCR\",\"a\"]]")), "[{\"result\":3}]");
  }

  private byte[] getBase64(String path) throws Exception {
    String body = body(send("GET", path, null, "Upstash-Encoding", "base64"));
    Matcher matcher = RESULT_STRING.matcher(body);
    assertThat(matcher.matches()).as(body).isTrue();
    return Base64.getDecoder().decode(matcher.group(1));
  }

  private static byte[] allBytes() {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    return all;
  }

  private HttpResponse<byte[]> send(String method, String rawPathAndQuery) throws Exception {
    return send(method, rawPathAndQuery, null);
  }

  private HttpResponse<byte[]> send(String method, String rawPathAndQuery, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = authorized(rawPathAndQuery).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder authorized(String rawPathAndQuery) {
    return HttpRequest.newBuilder(uri(rawPathAndQuery)).header("Authorization", "Bearer " + server.token());
  }

  private URI uri(String rawPathAndQuery) {
    return URI.create(server.url() + rawPathAndQuery);
  }

  private static void assertOk(HttpResponse<byte[]> response, String expectedBody) {
    assertThat(body(response)).isEqualTo(expectedBody);
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private static String body(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
