package io.github.restredis;

import static io.github.restredis.MockServer.b64;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exact request bytes of the sorted-set options, and decoding of replies the local Redis cannot
 * produce (ZRANK … WITHSCORE needs Redis 7.2) or whose shape is easy to get wrong (ZMPOP nests its
 * member/score pairs even in RESP2). Replies are base64-encoded as Upstash sends them.
 */
class SortedSetWireTest {
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
  void rankWithScore() {
    mock.result("[2,\"" + b64("1.5") + "\"]");
    assertThat(redis.zrankWithScore("z", "bob")).isEqualTo(new ScoredRank(2, 1.5));
    assertThat(body()).isEqualTo("[\"ZRANK\",\"z\",\"bob\",\"WITHSCORE\"]");
    mock.result("[0,\"" + b64("inf") + "\"]");
    assertThat(redis.zrevrankWithScore("z", "top")).isEqualTo(new ScoredRank(0, Double.POSITIVE_INFINITY));
    assertThat(body()).isEqualTo("[\"ZREVRANK\",\"z\",\"top\",\"WITHSCORE\"]");
    mock.result("null");
    assertThat(redis.zrankWithScore("z", "nobody")).isNull();
  }

  @Test
  void multiPopNestsPairs() {
    mock.result("[\"" + b64("z") + "\",[[\"" + b64("a") + "\",\"" + b64("1") + "\"],[\"" + b64("b")
        + "\",\"" + b64("-2.5") + "\"]]]");
    assertThat(redis.zmpop(MinMax.MIN, 2, "y", "z"))
        .isEqualTo(new KeyedValues<>("z", List.of(new ScoredValue("a", 1), new ScoredValue("b", -2.5))));
    assertThat(body()).isEqualTo("[\"ZMPOP\",\"2\",\"y\",\"z\",\"MIN\",\"COUNT\",\"2\"]");
    mock.result("null");
    assertThat(redis.zmpop(MinMax.MAX, "z")).isNull();
    assertThat(body()).isEqualTo("[\"ZMPOP\",\"1\",\"z\",\"MAX\"]");
  }

  @Test
  void addOptions() {
    mock.result("1");
    redis.zadd("z", Map.of("m", 2.5), ZAddArgs.Builder.xx().gt().ch());
    assertThat(body()).isEqualTo("[\"ZADD\",\"z\",\"XX\",\"GT\",\"CH\",\"2.5\",\"m\"]");
    mock.result("\"" + b64("3.5") + "\"");
    assertThat(redis.zaddIncr("z", 1, "m", ZAddArgs.Builder.nx())).isEqualTo(3.5);
    assertThat(body()).isEqualTo("[\"ZADD\",\"z\",\"NX\",\"INCR\",\"1\",\"m\"]");
    mock.result("null");
    assertThat(redis.zaddIncr("z", 1, "m", ZAddArgs.Builder.lt())).isNull();
  }

  @Test
  void rangesSwapEndsForRev() {
    mock.result("[]");
    redis.zrange("z", ScoreRange.between(1, 5).excludeMin(), ZRangeArgs.Builder.rev().limit(10, 20));
    assertThat(body()).isEqualTo("[\"ZRANGE\",\"z\",\"5\",\"(1\",\"BYSCORE\",\"REV\",\"LIMIT\",\"10\",\"20\"]");
    mock.result("[]");
    redis.zrangeWithScores("z", ScoreRange.all());
    assertThat(body()).isEqualTo("[\"ZRANGE\",\"z\",\"-inf\",\"+inf\",\"BYSCORE\",\"WITHSCORES\"]");
    mock.result("[]");
    redis.zrange("z", LexRange.atLeast("b").excludeMin(), ZRangeArgs.Builder.rev());
    assertThat(body()).isEqualTo("[\"ZRANGE\",\"z\",\"+\",\"(b\",\"BYLEX\",\"REV\"]");
    mock.result("[]");
    redis.zrangeWithScores("z", 0, -1, ZRangeArgs.Builder.rev());
    assertThat(body()).isEqualTo("[\"ZRANGE\",\"z\",\"0\",\"-1\",\"REV\",\"WITHSCORES\"]");
    mock.result("3");
    redis.zrangestore("d", "z", LexRange.between("a", "c"), ZRangeArgs.Builder.limit(0, 5));
    assertThat(body()).isEqualTo("[\"ZRANGESTORE\",\"d\",\"z\",\"[a\",\"[c\",\"BYLEX\",\"LIMIT\",\"0\",\"5\"]");
    mock.result("2");
    redis.zlexcount("z", LexRange.all());
    assertThat(body()).isEqualTo("[\"ZLEXCOUNT\",\"z\",\"-\",\"+\"]");
    mock.result("2");
    redis.zcount("z", ScoreRange.lessThan(0));
    assertThat(body()).isEqualTo("[\"ZCOUNT\",\"z\",\"-inf\",\"(0\"]");
  }

  @Test
  void aggregateOptions() {
    mock.result("[\"" + b64("y") + "\",\"" + b64("12") + "\"]");
    assertThat(redis.zunionWithScores(ZAggregateArgs.Builder.weights(1, 0.5).max(), "a", "b"))
        .containsExactly(new ScoredValue("y", 12));
    assertThat(body()).isEqualTo(
        "[\"ZUNION\",\"2\",\"a\",\"b\",\"WEIGHTS\",\"1\",\"0.5\",\"AGGREGATE\",\"MAX\",\"WITHSCORES\"]");
    mock.result("1");
    redis.zinterstore("d", ZAggregateArgs.Builder.min(), "a");
    assertThat(body()).isEqualTo("[\"ZINTERSTORE\",\"d\",\"1\",\"a\",\"AGGREGATE\",\"MIN\"]");
    mock.result("1");
    redis.zintercard(10, "a", "b");
    assertThat(body()).isEqualTo("[\"ZINTERCARD\",\"2\",\"a\",\"b\",\"LIMIT\",\"10\"]");
    mock.result("[]");
    redis.zdiffWithScores("a", "b");
    assertThat(body()).isEqualTo("[\"ZDIFF\",\"2\",\"a\",\"b\",\"WITHSCORES\"]");
    assertThat(mock.requestCount()).isEqualTo(4);
  }

  @Test
  void mscoreKeepsNils() {
    mock.result("[\"" + b64("1.5") + "\",null,\"" + b64("-inf") + "\"]");
    assertThat(redis.zmscore("z", "a", "b", "c"))
        .isEqualTo(java.util.Arrays.asList(1.5, null, Double.NEGATIVE_INFINITY));
  }
}
