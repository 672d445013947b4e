package io.github.restredis;

import static io.github.restredis.MockServer.b64;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stream commands newer than the Redis the integration tests run on (XDELEX, XACKDEL and the
 * deletion policies of XADD and XTRIM are Redis 8.2; XINFO CONSUMERS' {@code inactive} is 7.2):
 * exact request bytes, and decoding of replies in the shape Redis documents for them.
 */
class StreamsWireTest {
  private final MockServer mock = new MockServer();
  private final Redis redis = mock.client();

  @AfterEach
  void tearDown() throws Exception {
    redis.close();
    mock.close();
  }

  private String body() {
    return mock.take().getBody().readUtf8();
  }

  @Test
  void xdelexWithAndWithoutPolicy() {
    // Redis 8.2 XDELEX: one code per ID, -1 missing, 1 deleted, 2 kept because still referenced.
    mock.result("[1,-1,2]");
    assertThat(redis.xdelex("s", StreamDeletePolicy.ACKED, "1-0", "2-0", "3-0")).containsExactly(
        StreamDeleteResult.DELETED, StreamDeleteResult.NOT_FOUND, StreamDeleteResult.NOT_DELETED);
    assertThat(body()).isEqualTo("[\"XDELEX\",\"s\",\"ACKED\",\"IDS\",\"3\",\"1-0\",\"2-0\",\"3-0\"]");

    mock.result("[1]");
    assertThat(redis.xdelex("s", "1-0")).containsExactly(StreamDeleteResult.DELETED);
    assertThat(body()).isEqualTo("[\"XDELEX\",\"s\",\"IDS\",\"1\",\"1-0\"]");
  }

  @Test
  void xackdelWithAndWithoutPolicy() {
    mock.result("[2,1]");
    assertThat(redis.xackdel("s", "g", StreamDeletePolicy.DELREF, "1-0", "2-0"))
        .containsExactly(StreamDeleteResult.NOT_DELETED, StreamDeleteResult.DELETED);
    assertThat(body()).isEqualTo("[\"XACKDEL\",\"s\",\"g\",\"DELREF\",\"IDS\",\"2\",\"1-0\",\"2-0\"]");

    mock.result("[-1]");
    assertThat(redis.xackdel("s", "g", "9-0")).containsExactly(StreamDeleteResult.NOT_FOUND);
    assertThat(body()).isEqualTo("[\"XACKDEL\",\"s\",\"g\",\"IDS\",\"1\",\"9-0\"]");
  }

  @Test
  void unknownDeletionCodeIsADecodeError() {
    mock.result("[3]");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> redis.xdelex("s", "1-0"))
        .isInstanceOf(ReplyDecodeException.class)
        .hasMessageContaining("code 3");
  }

  @Test
  void policiesOfXaddAndXtrimGoWhereRedisExpectsThem() {
    mock.result("\"" + b64("5-0") + "\"");
    redis.xadd("s", Map.of("f", "v"), XAddArgs.Builder.id("5-0").nomkstream()
        .trim(XTrimArgs.Builder.maxlen(100).approximate().limit(10).policy(StreamDeletePolicy.KEEPREF)));
    // XADD key [NOMKSTREAM] [KEEPREF | DELREF | ACKED] [MAXLEN [~] n [LIMIT c]] id field value
    assertThat(body()).isEqualTo("[\"XADD\",\"s\",\"NOMKSTREAM\",\"KEEPREF\",\"MAXLEN\",\"~\",\"100\","
        + "\"LIMIT\",\"10\",\"5-0\",\"f\",\"v\"]");

    mock.result("3");
    assertThat(redis.xtrim("s", XTrimArgs.Builder.minid("7-0").exact().policy(StreamDeletePolicy.ACKED)))
        .isEqualTo(3);
    // XTRIM key MINID [=] id [LIMIT c] [KEEPREF | DELREF | ACKED]
    assertThat(body()).isEqualTo("[\"XTRIM\",\"s\",\"MINID\",\"=\",\"7-0\",\"ACKED\"]");
  }

  @Test
  void claimOptionsInOrder() {
    mock.result("[\"" + b64("1-0") + "\"]");
    assertThat(redis.xclaimJustId("s", "g", "c", Duration.ofSeconds(5),
        XClaimArgs.Builder.idle(Duration.ofMillis(1500)).retryCount(3).force().lastId("9-0"), "1-0", "2-0"))
        .containsExactly("1-0");
    assertThat(body()).isEqualTo("[\"XCLAIM\",\"s\",\"g\",\"c\",\"5000\",\"1-0\",\"2-0\",\"IDLE\",\"1500\","
        + "\"RETRYCOUNT\",\"3\",\"FORCE\",\"JUSTID\",\"LASTID\",\"9-0\"]");

    mock.result("[\"" + b64("0-0") + "\",[],[]]");
    redis.xautoclaimJustId("s", "g", "c", Duration.ZERO, "0-0", 25);
    assertThat(body()).isEqualTo("[\"XAUTOCLAIM\",\"s\",\"g\",\"c\",\"0\",\"0-0\",\"COUNT\",\"25\",\"JUSTID\"]");

    mock.result("[]");
    redis.xpending("s", "g", "-", "+", 10, XPendingArgs.Builder.idle(Duration.ofSeconds(60)).consumer("c"));
    assertThat(body()).isEqualTo("[\"XPENDING\",\"s\",\"g\",\"IDLE\",\"60000\",\"-\",\"+\",\"10\",\"c\"]");

    mock.result("\"OK\"");
    redis.xgroupCreate("s", "g", "$", XGroupCreateArgs.Builder.mkstream().entriesRead(7));
    assertThat(body()).isEqualTo("[\"XGROUP\",\"CREATE\",\"s\",\"g\",\"$\",\"MKSTREAM\",\"ENTRIESREAD\",\"7\"]");

    mock.result("[]");
    redis.xreadgroup("g", "c", Map.of("s", ">"), XReadGroupArgs.Builder.count(2).noack());
    assertThat(body()).isEqualTo("[\"XREADGROUP\",\"GROUP\",\"g\",\"c\",\"COUNT\",\"2\",\"NOACK\",\"STREAMS\",\"s\",\">\"]");
  }

  @Test
  void consumerInfoOfRedis72() {
    // XINFO CONSUMERS on Redis 7.2+: "inactive" is -1 for a consumer that never read.
    mock.result("[[\"" + b64("name") + "\",\"" + b64("c1") + "\",\"" + b64("pending") + "\",2,\""
        + b64("idle") + "\",1500,\"" + b64("inactive") + "\",800],"
        + "[\"" + b64("name") + "\",\"" + b64("c2") + "\",\"" + b64("pending") + "\",0,\""
        + b64("idle") + "\",10,\"" + b64("inactive") + "\",-1]]");
    List<StreamConsumerInfo> consumers = redis.xinfoConsumers("s", "g");
    assertThat(consumers).containsExactly(
        new StreamConsumerInfo("c1", 2, Duration.ofMillis(1500), Duration.ofMillis(800)),
        new StreamConsumerInfo("c2", 0, Duration.ofMillis(10), null));
  }

  @Test
  void groupInfoWithUnknownLagAndExtraFields() {
    // lag is nil when Redis cannot compute it; fields a newer Redis adds are ignored.
    mock.result("[[\"" + b64("name") + "\",\"" + b64("g") + "\",\"" + b64("consumers") + "\",1,\""
        + b64("pending") + "\",3,\"" + b64("last-delivered-id") + "\",\"" + b64("5-0") + "\",\""
        + b64("entries-read") + "\",null,\"" + b64("lag") + "\",null,\"" + b64("future") + "\",42]]");
    assertThat(redis.xinfoGroups("s"))
        .containsExactly(new StreamGroupInfo("g", 1, 3, "5-0", null, null));
  }
}
