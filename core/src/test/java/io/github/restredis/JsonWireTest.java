package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RedisJSON on the wire. The local Redis has no JSON module, so each command is checked here: the
 * exact request, and the decoding of the reply Upstash sends. The replies are those the official
 * SDK's own tests receive from Upstash (upstash/redis-js, packages/redis/pkg/commands/
 * json_*.test.ts, read at commit 777dc30); the SDK's assertions show them after its JSON parsing,
 * so the raw form is noted where it differs. Strings travel base64-encoded, as the client asks.
 */
class JsonWireTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  private static String bulk(String text) {
    return "\"" + MockServer.b64(text) + "\"";
  }

  private String sent() {
    return mock.take().getBody().readUtf8();
  }

  @Test
  void set() {
    // json_set.test.ts: JSON.SET answers "OK" (never base64-encoded).
    mock.result("\"OK\"");
    assertThat(redis.jsonSet("k", "$", "{\"a\":2}")).isTrue();
    assertThat(sent()).isEqualTo("[\"JSON.SET\",\"k\",\"$\",\"{\\\"a\\\":2}\"]");
    // A failed NX/XX condition is nil (RedisJSON reference; the SDK types it "OK" | null).
    mock.result("null");
    assertThat(redis.jsonSet("k", "$.a", "3", JsonSetArgs.Builder.nx())).isFalse();
    assertThat(sent()).isEqualTo("[\"JSON.SET\",\"k\",\"$.a\",\"3\",\"NX\"]");
    mock.result("\"OK\"");
    assertThat(redis.jsonSet("k", "$.a", "3", JsonSetArgs.Builder.xx())).isTrue();
    assertThat(sent()).endsWith(",\"XX\"]");
  }

  @Test
  void get() {
    // json_get.test.ts: {a:2, b:3, nested:{a:4, b:null}}; "$..b" gives [null,3], and two paths
    // give an object of path -> matches.
    mock.result(bulk("[null,3]"));
    assertThat(redis.jsonGet("k", "$..b")).isEqualTo("[null,3]");
    assertThat(sent()).isEqualTo("[\"JSON.GET\",\"k\",\"$..b\"]");
    mock.result(bulk("{\"$..b\":[null,3],\"$..a\":[4,2]}"));
    assertThat(redis.jsonGet("k", "$..a", "$..b")).isEqualTo("{\"$..b\":[null,3],\"$..a\":[4,2]}");
    assertThat(sent()).isEqualTo("[\"JSON.GET\",\"k\",\"$..a\",\"$..b\"]");
    // json_arrappend.test.ts: no path gives the document itself.
    mock.result(bulk("{\"price\":99.98,\"stock\":25,\"colors\":[\"black\",\"silver\",\"blue\"]}"));
    assertThat(redis.jsonGet("k")).startsWith("{\"price\":99.98");
    assertThat(sent()).isEqualTo("[\"JSON.GET\",\"k\"]");
    mock.result("null");
    assertThat(redis.jsonGet("missing")).isNull();
    sent();
    // Formatting options, as the SDK sends them (json_get.ts): INDENT, NEWLINE, SPACE, then paths.
    mock.result(bulk("{\n  \"a\": 2\n}"));
    assertThat(redis.jsonGet("k", JsonGetArgs.Builder.indent("  ").newline("\n").space(" "), "$"))
        .isEqualTo("{\n  \"a\": 2\n}");
    assertThat(sent()).isEqualTo("[\"JSON.GET\",\"k\",\"INDENT\",\"  \",\"NEWLINE\",\"\\n\",\"SPACE\",\" \",\"$\"]");
  }

  @Test
  void mgetAndMset() {
    // json_mget.test.ts: two documents, "$..a" gives [[3,1],[6,4]] once parsed: one JSON text per key.
    mock.result("[" + bulk("[3,1]") + "," + bulk("[6,4]") + ",null]");
    assertThat(redis.jsonMget(List.of("k1", "k2", "none"), "$..a")).isEqualTo(Arrays.asList("[3,1]", "[6,4]", null));
    assertThat(sent()).isEqualTo("[\"JSON.MGET\",\"k1\",\"k2\",\"none\",\"$..a\"]");
    // json_mset.test.ts: "OK".
    mock.result("\"OK\"");
    redis.jsonMset(List.of(new JsonSetEntry("k1", "$", "{\"key\":\"value\"}"), new JsonSetEntry("k2", "$.a", "3")));
    assertThat(sent()).isEqualTo("[\"JSON.MSET\",\"k1\",\"$\",\"{\\\"key\\\":\\\"value\\\"}\",\"k2\",\"$.a\",\"3\"]");
    assertThatThrownBy(() -> redis.jsonMset(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.jsonMget(List.of(), "$")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mergeDelForgetClear() {
    // json_merge.test.ts: "OK".
    mock.result("\"OK\"");
    redis.jsonMerge("k", "$", "{\"a\":null}");
    assertThat(sent()).isEqualTo("[\"JSON.MERGE\",\"k\",\"$\",\"{\\\"a\\\":null}\"]");
    // json_del.test.ts and json_forget.test.ts: "$..a" of {a:1, nested:{a:2, b:3}} deletes 2.
    mock.result("2");
    assertThat(redis.jsonDel("k", "$..a")).isEqualTo(2);
    assertThat(sent()).isEqualTo("[\"JSON.DEL\",\"k\",\"$..a\"]");
    mock.result("2");
    assertThat(redis.jsonForget("k", "$..a")).isEqualTo(2);
    assertThat(sent()).isEqualTo("[\"JSON.FORGET\",\"k\",\"$..a\"]");
    mock.result("1");
    assertThat(redis.jsonDel("k")).isEqualTo(1);
    assertThat(sent()).isEqualTo("[\"JSON.DEL\",\"k\"]");
    mock.result("0");
    assertThat(redis.jsonForget("k")).isZero();
    assertThat(sent()).isEqualTo("[\"JSON.FORGET\",\"k\"]");
    // json_clear.test.ts: "$.*" clears obj, arr, int and float: 4.
    mock.result("4");
    assertThat(redis.jsonClear("k", "$.*")).isEqualTo(4);
    assertThat(sent()).isEqualTo("[\"JSON.CLEAR\",\"k\",\"$.*\"]");
    mock.result("1");
    assertThat(redis.jsonClear("k")).isEqualTo(1);
    assertThat(sent()).isEqualTo("[\"JSON.CLEAR\",\"k\"]");
  }

  @Test
  void type() {
    // json_type.test.ts: {a:2, nested:{a:true}, foo:"bar"}: "$..a" is integer and boolean.
    mock.result("[" + bulk("integer") + "," + bulk("boolean") + "]");
    assertThat(redis.jsonType("k", "$..a")).containsExactly("integer", "boolean");
    assertThat(sent()).isEqualTo("[\"JSON.TYPE\",\"k\",\"$..a\"]");
    mock.result("[" + bulk("string") + "]");
    assertThat(redis.jsonType("k", "$..foo")).containsExactly("string");
    sent();
    // RedisJSON reference: without a path, the root's type as a simple string; nil if no key.
    mock.result(bulk("object"));
    assertThat(redis.jsonType("k")).containsExactly("object");
    assertThat(sent()).isEqualTo("[\"JSON.TYPE\",\"k\"]");
    mock.result("null");
    assertThat(redis.jsonType("missing")).isEmpty();
  }

  @Test
  void resp() {
    // json_resp.test.ts: the earbuds document has 7 keys, so its RESP form has 15 elements:
    // "{" and a name and value per key; true as a simple string, floats as strings.
    mock.result("[" + bulk("{") + "," + bulk("name") + "," + bulk("Wireless earbuds") + ","
        + bulk("description") + "," + bulk("Wireless Bluetooth in-ear headphones") + ","
        + bulk("connection") + ",[" + bulk("{") + "," + bulk("wireless") + "," + bulk("true") + ","
        + bulk("type") + "," + bulk("Bluetooth") + "]," + bulk("price") + "," + bulk("64.99") + ","
        + bulk("stock") + ",17," + bulk("colors") + ",[" + bulk("[") + "," + bulk("black") + ","
        + bulk("white") + "]," + bulk("max_level") + ",[" + bulk("[") + ",80,100,120]]");
    Reply reply = redis.jsonResp("k");
    assertThat(sent()).isEqualTo("[\"JSON.RESP\",\"k\"]");
    assertThat(reply.asList()).hasSize(15);
    assertThat(reply.asList().get(0).asString()).isEqualTo("{");
    assertThat(reply.asList().get(10).asLong()).isEqualTo(17);
    assertThat(reply.asList().get(14).asList().get(3).asLong()).isEqualTo(120);
    mock.result("[[" + bulk("[") + ",80,100,120]]");
    assertThat(redis.jsonResp("k", "$.max_level").asList()).hasSize(1);
    assertThat(sent()).isEqualTo("[\"JSON.RESP\",\"k\",\"$.max_level\"]");
  }

  @Test
  void toggle() {
    // json_toggle.test.ts: [0] after turning true off, [1] after turning it on again.
    mock.result("[0]");
    assertThat(redis.jsonToggle("k", "$.bool")).containsExactly(false);
    assertThat(sent()).isEqualTo("[\"JSON.TOGGLE\",\"k\",\"$.bool\"]");
    mock.result("[1,null]");
    assertThat(redis.jsonToggle("k", "$..bool")).containsExactly(true, null);
    sent();
    // RedisJSON reference: a legacy path answers "true" or "false".
    mock.result(bulk("false"));
    assertThat(redis.jsonToggle("k", ".bool")).containsExactly(false);
  }

  @Test
  void numbers() {
    // json_numincrby.test.ts: {a:"b", b:[{a:2},{a:5},{a:"c"}]}: "$.a" is [null]; "$..a" + 2 gives
    // 4 and 7 and two nulls (the SDK sorts them); the reply is one JSON text.
    mock.result(bulk("[null]"));
    assertThat(redis.jsonNumincrby("k", "$.a", 2)).containsExactly((Number) null);
    assertThat(sent()).isEqualTo("[\"JSON.NUMINCRBY\",\"k\",\"$.a\",\"2\"]");
    mock.result(bulk("[null,4,7,null]"));
    assertThat(redis.jsonNumincrby("k", "$..a", 2)).containsExactly(null, 4L, 7L, null);
    sent();
    // json_nummultby.test.ts: the same document times 2: 4 and 10.
    mock.result(bulk("[null,4,10,null]"));
    assertThat(redis.jsonNummultby("k", "$..a", 2)).containsExactly(null, 4L, 10L, null);
    assertThat(sent()).isEqualTo("[\"JSON.NUMMULTBY\",\"k\",\"$..a\",\"2\"]");
    // Floats stay doubles; an integer beyond 64 bits is not rounded; a legacy path is one number.
    mock.result(bulk("[1.5,12345678901234567890123]"));
    assertThat(redis.jsonNumincrby("k", "$..x", 0.5))
        .containsExactly(1.5, new BigDecimal("12345678901234567890123"));
    assertThat(sent()).endsWith(",\"0.5\"]");
    mock.result(bulk("4"));
    assertThat(redis.jsonNumincrby("k", ".a", 2)).containsExactly(4L);
  }

  @Test
  void strings() {
    // json_strlen.test.ts: {a:"foo", nested:{a:"hello"}, nested2:{a:31}}: 3, 5 and null.
    mock.result("[3,5,null]");
    assertThat(redis.jsonStrlen("k", "$..a")).containsExactly(3L, 5L, null);
    assertThat(sent()).isEqualTo("[\"JSON.STRLEN\",\"k\",\"$..a\"]");
    mock.result("3");
    assertThat(redis.jsonStrlen("k")).containsExactly(3L);
    assertThat(sent()).isEqualTo("[\"JSON.STRLEN\",\"k\"]");
    // json_strappend.test.ts: appending "baz" gives 6, 8 and null; the text is sent as a JSON
    // string, as the SDK's test writes it ('"baz"').
    mock.result("[6,8,null]");
    assertThat(redis.jsonStrappend("k", "$..a", "baz")).containsExactly(6L, 8L, null);
    assertThat(sent()).isEqualTo("[\"JSON.STRAPPEND\",\"k\",\"$..a\",\"\\\"baz\\\"\"]");
    mock.result("[9]");
    redis.jsonStrappend("k", "$.a", "q\"\\\n\u0001");
    assertThat(sent()).isEqualTo("[\"JSON.STRAPPEND\",\"k\",\"$.a\",\"\\\"q\\\\\\\"\\\\\\\\\\\\n\\\\u0001\\\"\"]");
  }

  @Test
  void arrays() {
    // json_arrappend.test.ts: appending "blue" to [black, silver] gives [3].
    mock.result("[3]");
    assertThat(redis.jsonArrappend("k", "$.colors", "\"blue\"")).containsExactly(3L);
    assertThat(sent()).isEqualTo("[\"JSON.ARRAPPEND\",\"k\",\"$.colors\",\"\\\"blue\\\"\"]");
    // json_arrinsert.test.ts: inserting yellow and gold at 2 gives [5].
    mock.result("[5]");
    assertThat(redis.jsonArrinsert("k", "$.colors", 2, "\"yellow\"", "\"gold\"")).containsExactly(5L);
    assertThat(sent()).isEqualTo("[\"JSON.ARRINSERT\",\"k\",\"$.colors\",\"2\",\"\\\"yellow\\\"\",\"\\\"gold\\\"\"]");
    // json_arrindex.test.ts: "silver" is at [1].
    mock.result("[1]");
    assertThat(redis.jsonArrindex("k", "$..colors", "\"silver\"")).containsExactly(1L);
    assertThat(sent()).isEqualTo("[\"JSON.ARRINDEX\",\"k\",\"$..colors\",\"\\\"silver\\\"\"]");
    mock.result("[-1,null]");
    assertThat(redis.jsonArrindex("k", "$..x", "3", 1, -1)).containsExactly(-1L, null);
    assertThat(sent()).isEqualTo("[\"JSON.ARRINDEX\",\"k\",\"$..x\",\"3\",\"1\",\"-1\"]");
    // json_arrlen.test.ts: max_level [80, 100, 120] has length [3].
    mock.result("[3]");
    assertThat(redis.jsonArrlen("k", "$.max_level")).containsExactly(3L);
    assertThat(sent()).isEqualTo("[\"JSON.ARRLEN\",\"k\",\"$.max_level\"]");
    mock.result("null");
    assertThat(redis.jsonArrlen("missing")).containsExactly((Long) null);
    assertThat(sent()).isEqualTo("[\"JSON.ARRLEN\",\"missing\"]");
    // json_arrpop.test.ts: popping index 0 of [80, 90, 100, 120] gives [80]: JSON text per match.
    mock.result("[" + bulk("80") + "]");
    assertThat(redis.jsonArrpop("k", "$.max_level", 0)).containsExactly("80");
    assertThat(sent()).isEqualTo("[\"JSON.ARRPOP\",\"k\",\"$.max_level\",\"0\"]");
    mock.result("[" + bulk("\"white\"") + ",null]");
    assertThat(redis.jsonArrpop("k", "$..colors")).containsExactly("\"white\"", null);
    assertThat(sent()).isEqualTo("[\"JSON.ARRPOP\",\"k\",\"$..colors\"]");
    mock.result(bulk("120"));
    assertThat(redis.jsonArrpop("k")).containsExactly("120");
    assertThat(sent()).isEqualTo("[\"JSON.ARRPOP\",\"k\"]");
    // json_arrtrim.test.ts: trimming [1, 2] to 1..1 gives [1].
    mock.result("[1]");
    assertThat(redis.jsonArrtrim("k", "$.a", 1, 1)).containsExactly(1L);
    assertThat(sent()).isEqualTo("[\"JSON.ARRTRIM\",\"k\",\"$.a\",\"1\",\"1\"]");
    assertThatThrownBy(() -> redis.jsonArrappend("k", "$")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void objects() {
    // json_objkeys.test.ts: {a:[3], nested:{a:{b:2, c:1}}}: "$..a" gives the keys b, c and null
    // for the array; json_objlen.test.ts: [2, null], in this order.
    mock.result("[[" + bulk("b") + "," + bulk("c") + "],null]");
    assertThat(redis.jsonObjkeys("k", "$..a")).containsExactly(List.of("b", "c"), null);
    assertThat(sent()).isEqualTo("[\"JSON.OBJKEYS\",\"k\",\"$..a\"]");
    mock.result("[2,null]");
    assertThat(redis.jsonObjlen("k", "$..a")).containsExactly(2L, null);
    assertThat(sent()).isEqualTo("[\"JSON.OBJLEN\",\"k\",\"$..a\"]");
    // RedisJSON reference: without a path, one key list (or nil) and one count.
    mock.result("[" + bulk("a") + "," + bulk("nested") + "]");
    assertThat(redis.jsonObjkeys("k")).containsExactly(List.of("a", "nested"));
    assertThat(sent()).isEqualTo("[\"JSON.OBJKEYS\",\"k\"]");
    mock.result("[]");
    assertThat(redis.jsonObjkeys("k", ".empty")).containsExactly(List.of());
    sent();
    mock.result("2");
    assertThat(redis.jsonObjlen("k")).containsExactly(2L);
    assertThat(sent()).isEqualTo("[\"JSON.OBJLEN\",\"k\"]");
  }

  @Test
  void everySurfaceSendsTheSameCommand() throws Exception {
    mock.server.enqueue(new okhttp3.mockwebserver.MockResponse()
        .setBody("[{\"result\":\"OK\"},{\"result\":" + bulk("[1]") + "}]"));
    Pipeline p = redis.pipeline();
    Response<Boolean> set = p.jsonSet("k", "$", "{\"n\":0}");
    Response<List<Number>> incr = p.jsonNumincrby("k", "$.n", 1);
    p.exec();
    assertThat(set.get()).isTrue();
    assertThat(incr.get()).containsExactly(1L);
    assertThat(sent()).isEqualTo("[[\"JSON.SET\",\"k\",\"$\",\"{\\\"n\\\":0}\"],[\"JSON.NUMINCRBY\",\"k\",\"$.n\",\"1\"]]");
  }
}
