package io.github.restredis.local;

import static org.assertj.core.api.Assertions.assertThat;

/** PROTOCOL.md, "Values": RESP2 to JSON, exact integers, nil, nesting, base64 at every depth. */
class ValuesConformanceIT {

  @OnEveryRedis
  void integersKeepAll64Bits(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    http.post("/", "[\"SET\",\"n\",\"9223372036854775806\"]");
    assertThat(http.post("/", "[\"INCR\",\"n\"]").body()).isEqualTo("{\"result\":9223372036854775807}");
    http.post("/", "[\"SET\",\"m\",\"-9223372036854775807\"]");
    assertThat(http.post("/", "[\"DECR\",\"m\"]").body()).isEqualTo("{\"result\":-9223372036854775808}");
    assertThat(http.postBase64("/", "[\"INCR\",\"n\"]").body()).startsWith("{\"error\":\"ERR increment or decrement would overflow");
  }

  @OnEveryRedis
  void nilIsNullAlsoInsideArrays(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    http.post("/", "[\"SET\",\"a\",\"1\"]");
    assertThat(http.post("/", "[\"GET\",\"missing\"]").body()).isEqualTo("{\"result\":null}");
    assertThat(http.post("/", "[\"MGET\",\"a\",\"missing\",\"a\"]").body()).isEqualTo("{\"result\":[\"1\",null,\"1\"]}");
    assertThat(http.postBase64("/", "[\"MGET\",\"missing\",\"a\"]").body()).isEqualTo("{\"result\":[null,\"MQ==\"]}");
    assertThat(http.post("/", "[\"LRANGE\",\"nolist\",\"0\",\"-1\"]").body()).isEqualTo("{\"result\":[]}");
  }

  @OnEveryRedis
  void nestedArraysKeepTheirShape(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    String script = "return {1, {\"two\", {3, \"four\"}}, \"five\"}";
    assertThat(http.post("/", "[\"EVAL\",\"" + script.replace("\"", "\\\"") + "\",\"0\"]").body())
        .isEqualTo("{\"result\":[1,[\"two\",[3,\"four\"]],\"five\"]}");
    assertThat(http.postBase64("/", "[\"EVAL\",\"" + script.replace("\"", "\\\"") + "\",\"0\"]").body())
        .isEqualTo("{\"result\":[1,[\"dHdv\",[3,\"Zm91cg==\"]],\"Zml2ZQ==\"]}");
    http.post("/", "[\"XADD\",\"s\",\"1-1\",\"f\",\"v\"]");
    assertThat(http.post("/", "[\"XRANGE\",\"s\",\"-\",\"+\"]").body())
        .isEqualTo("{\"result\":[[\"1-1\",[\"f\",\"v\"]]]}");
  }

  @OnEveryRedis
  void doublesArriveAsStrings(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    http.post("/", "[\"ZADD\",\"z\",\"1.5\",\"m\"]");
    assertThat(http.post("/", "[\"ZSCORE\",\"z\",\"m\"]").body()).isEqualTo("{\"result\":\"1.5\"}");
    assertThat(http.post("/", "[\"INCRBYFLOAT\",\"f\",\"3.5\"]").body()).isEqualTo("{\"result\":\"3.5\"}");
    assertThat(http.postBase64("/", "[\"ZSCORE\",\"z\",\"m\"]").body()).isEqualTo("{\"result\":\"MS41\"}");
  }

  @OnEveryRedis
  void base64EncodesEveryStringExceptTheSimpleStringOk(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    assertThat(http.postBase64("/", "[\"SET\",\"foo\",\"bar\"]").body()).isEqualTo("{\"result\":\"OK\"}");
    assertThat(http.postBase64("/", "[\"GET\",\"foo\"]").body()).isEqualTo("{\"result\":\"YmFy\"}");
    // Other simple strings are encoded; only the simple string OK is not.
    assertThat(http.postBase64("/", "[\"PING\"]").body()).isEqualTo("{\"result\":\"UE9ORw==\"}");
    assertThat(http.postBase64("/", "[\"TYPE\",\"foo\"]").body()).isEqualTo("{\"result\":\"c3RyaW5n\"}");
    // A bulk string that happens to read OK is a value and is encoded.
    http.post("/", "[\"SET\",\"ok\",\"OK\"]");
    assertThat(http.postBase64("/", "[\"GET\",\"ok\"]").body()).isEqualTo("{\"result\":\"T0s=\"}");
    assertThat(http.postBase64("/", "[\"STRLEN\",\"foo\"]").body()).isEqualTo("{\"result\":3}");
    assertThat(http.postBase64("/pipeline", "[[\"SET\",\"a\",\"x\"],[\"GET\",\"a\"],[\"INCR\",\"a\"],[\"GET\",\"none\"]]").body())
        .isEqualTo("[{\"result\":\"OK\"},{\"result\":\"eA==\"},"
            + "{\"error\":\"ERR value is not an integer or out of range\"},{\"result\":null}]");
    assertThat(http.postBase64("/multi-exec", "[[\"SET\",\"b\",\"y\"],[\"GET\",\"b\"]]").body())
        .isEqualTo("[{\"result\":\"OK\"},{\"result\":\"eQ==\"}]");
    RawHttp.Reply error = http.postBase64("/", "[\"INCR\",\"a\"]");
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.body()).isEqualTo("{\"error\":\"ERR value is not an integer or out of range\"}");
  }

  @OnEveryRedis
  void bytesThatAreNotUtf8AreExactOnlyWithBase64(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    // Bytes FF 00 41 can only be written through a script (or a path-style body).
    http.post("/", "[\"EVAL\",\"return redis.call('SET', KEYS[1], string.char(255, 0, 65))\",\"1\",\"bin\"]");
    assertThat(http.postBase64("/", "[\"GET\",\"bin\"]").body()).isEqualTo("{\"result\":\"/wBB\"}");
    assertThat(http.post("/", "[\"GET\",\"bin\"]").body()).isEqualTo("{\"result\":\"\uFFFD\\u0000A\"}");
  }

  @OnEveryRedis
  void unicodeRoundTrips(LocalRedisServer server) {
    RawHttp http = new RawHttp(server);
    String value = "h\u00e9llo \u4e16\u754c \ud83d\ude80 \\\"quoted\\\" line\\nbreak";
    http.post("/", "[\"SET\",\"u\",\"" + value + "\"]");
    assertThat(http.post("/", "[\"GET\",\"u\"]").body()).isEqualTo("{\"result\":\"" + value + "\"}");
    assertThat(http.post("/", "[\"STRLEN\",\"u\"]").body()).isEqualTo("{\"result\":38}");
  }
}
