package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.local.RequiresRedis;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortedSetsIT extends RedisIT {
  private void board() {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("ada", 3.0);
    scores.put("bob", 1.5);
    scores.put("cy", -2.0);
    assertThat(redis.zadd(k("z"), scores)).isEqualTo(3);
  }

  @Test
  void addScoreAndRank() {
    board();
    assertThat(redis.zadd(k("z"), 4, "ada")).isZero();
    assertThat(redis.zscore(k("z"), "ada")).isEqualTo(4.0);
    assertThat(redis.zscore(k("z"), "nobody")).isNull();
    assertThat(redis.zscore(k("missing"), "ada")).isNull();
    assertThat(redis.zmscore(k("z"), "ada", "nobody", "cy")).isEqualTo(Arrays.asList(4.0, null, -2.0));
    assertThat(redis.zmscore(k("missing"), "ada")).isEqualTo(Arrays.asList((Double) null));
    assertThat(redis.zincrby(k("z"), 0.5, "bob")).isEqualTo(2.0);
    assertThat(redis.zcard(k("z"))).isEqualTo(3);
    assertThat(redis.zcard(k("missing"))).isZero();
    assertThat(redis.zrank(k("z"), "cy")).isZero();
    assertThat(redis.zrevrank(k("z"), "cy")).isEqualTo(2);
    assertThat(redis.zrank(k("z"), "nobody")).isNull();
    assertThat(redis.zrevrank(k("z"), "nobody")).isNull();
    assertThat(redis.zrem(k("z"), "cy", "nobody")).isEqualTo(1);
    assertThatThrownBy(() -> redis.zrem(k("z"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.zmscore(k("z"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.zadd(k("z"), Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addWithConditions() {
    board();
    // NX: only new members; ada keeps 3.
    assertThat(redis.zadd(k("z"), Map.of("ada", 100.0, "dee", 0.25), ZAddArgs.Builder.nx())).isEqualTo(1);
    assertThat(redis.zscore(k("z"), "ada")).isEqualTo(3.0);
    // XX: only existing members; eve is not added. Without CH the count of added members is 0.
    assertThat(redis.zadd(k("z"), Map.of("ada", 5.0, "eve", 1.0), ZAddArgs.Builder.xx())).isZero();
    assertThat(redis.zscore(k("z"), "ada")).isEqualTo(5.0);
    assertThat(redis.zscore(k("z"), "eve")).isNull();
    // XX CH: the update counts.
    assertThat(redis.zadd(k("z"), Map.of("ada", 6.0), ZAddArgs.Builder.xx().ch())).isEqualTo(1);
    // GT: only raises; new members are still added.
    assertThat(redis.zadd(k("z"), Map.of("ada", 1.0, "bob", 9.0, "fay", 2.0), ZAddArgs.Builder.gt().ch()))
        .isEqualTo(2);
    assertThat(redis.zmscore(k("z"), "ada", "bob", "fay")).containsExactly(6.0, 9.0, 2.0);
    // LT: only lowers.
    assertThat(redis.zadd(k("z"), Map.of("ada", 10.0, "bob", 0.0), ZAddArgs.Builder.lt().ch())).isEqualTo(1);
    assertThat(redis.zmscore(k("z"), "ada", "bob")).containsExactly(6.0, 0.0);
    // XX GT together: only existing members, only upwards.
    assertThat(redis.zadd(k("z"), Map.of("bob", 1.0, "gus", 1.0), ZAddArgs.Builder.xx().gt().ch()))
        .isEqualTo(1);
    assertThat(redis.zscore(k("z"), "gus")).isNull();
    assertThatThrownBy(() -> ZAddArgs.Builder.nx().gt()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ZAddArgs.Builder.lt().nx()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addWithIncrement() {
    assertThat(redis.zaddIncr(k("z"), 2.5, "ada", ZAddArgs.none())).isEqualTo(2.5);
    assertThat(redis.zaddIncr(k("z"), 1, "ada", ZAddArgs.none())).isEqualTo(3.5);
    assertThat(redis.zaddIncr(k("z"), 1, "ada", ZAddArgs.Builder.nx())).isNull();
    assertThat(redis.zaddIncr(k("z"), 1, "bob", ZAddArgs.Builder.xx())).isNull();
    assertThat(redis.zscore(k("z"), "bob")).isNull();
    assertThat(redis.zaddIncr(k("z"), -1, "ada", ZAddArgs.Builder.gt())).isNull();
    assertThat(redis.zaddIncr(k("z"), -1, "ada", ZAddArgs.Builder.lt())).isEqualTo(2.5);
    assertThat(redis.zaddIncr(k("z"), Double.POSITIVE_INFINITY, "ada", ZAddArgs.none()))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> redis.zaddIncr(k("z"), 1, "ada", ZAddArgs.Builder.ch()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @RequiresRedis("7.2") // WITHSCORE
  void rankWithScore() {
    board();
    assertThat(redis.zrankWithScore(k("z"), "bob")).isEqualTo(new ScoredRank(1, 1.5));
    assertThat(redis.zrevrankWithScore(k("z"), "ada")).isEqualTo(new ScoredRank(0, 3.0));
    assertThat(redis.zrankWithScore(k("z"), "nobody")).isNull();
    assertThat(redis.zrevrankWithScore(k("missing"), "ada")).isNull();
  }

  @Test
  void pops() {
    board();
    assertThat(redis.zpopmin(k("z"))).isEqualTo(new ScoredValue("cy", -2.0));
    assertThat(redis.zpopmax(k("z"))).isEqualTo(new ScoredValue("ada", 3.0));
    assertThat(redis.zpopmax(k("z"), 5)).containsExactly(new ScoredValue("bob", 1.5));
    assertThat(redis.zpopmin(k("z"))).isNull();
    assertThat(redis.zpopmax(k("missing"))).isNull();
    assertThat(redis.zpopmin(k("missing"), 3)).isEmpty();
    board();
    assertThat(redis.zpopmin(k("z"), 2))
        .containsExactly(new ScoredValue("cy", -2.0), new ScoredValue("bob", 1.5));
    assertThatThrownBy(() -> redis.zpopmin(k("z"), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void multiPop() {
    board();
    redis.zadd(k("other"), 7, "x");
    assertThat(redis.zmpop(MinMax.MIN, k("missing"), k("z"), k("other")))
        .isEqualTo(new KeyedValues<>(k("z"), List.of(new ScoredValue("cy", -2.0))));
    assertThat(redis.zmpop(MinMax.MAX, 5, k("missing"), k("z"), k("other")))
        .isEqualTo(new KeyedValues<>(k("z"), List.of(new ScoredValue("ada", 3.0), new ScoredValue("bob", 1.5))));
    assertThat(redis.zmpop(MinMax.MAX, 5, k("z"), k("other")))
        .isEqualTo(new KeyedValues<>(k("other"), List.of(new ScoredValue("x", 7.0))));
    assertThat(redis.zmpop(MinMax.MIN, k("z"), k("other"))).isNull();
    assertThatThrownBy(() -> redis.zmpop(MinMax.MIN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.zmpop(MinMax.MIN, 0, k("z"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomMembers() {
    board();
    assertThat(redis.zrandmember(k("z"))).isIn("ada", "bob", "cy");
    assertThat(redis.zrandmember(k("missing"))).isNull();
    assertThat(redis.zrandmember(k("z"), 5)).containsExactlyInAnyOrder("ada", "bob", "cy");
    assertThat(redis.zrandmember(k("z"), -7)).hasSize(7).isSubsetOf("ada", "bob", "cy");
    assertThat(redis.zrandmember(k("missing"), 2)).isEmpty();
    assertThat(redis.zrandmemberWithScores(k("z"), 3)).containsExactlyInAnyOrder(
        new ScoredValue("cy", -2.0), new ScoredValue("bob", 1.5), new ScoredValue("ada", 3.0));
    redis.zadd(k("one"), 0.5, "only");
    assertThat(redis.zrandmemberWithScores(k("one"), -2))
        .containsExactly(new ScoredValue("only", 0.5), new ScoredValue("only", 0.5));
  }

  @Test
  void infiniteScores() {
    redis.zadd(k("z"), Double.POSITIVE_INFINITY, "top");
    redis.zadd(k("z"), Double.NEGATIVE_INFINITY, "bottom");
    assertThat(redis.zscore(k("z"), "top")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(redis.zrangeWithScores(k("z"), 0, 0))
        .containsExactly(new ScoredValue("bottom", Double.NEGATIVE_INFINITY));
    assertThat(redis.zpopmax(k("z"))).isEqualTo(new ScoredValue("top", Double.POSITIVE_INFINITY));
  }

  @Test
  void wrongTypeIsARedisError() {
    redis.set(k("s"), "text");
    assertThatThrownBy(() -> redis.zadd(k("s"), 1, "m")).isInstanceOf(RedisErrorException.class)
        .hasMessageContaining("WRONGTYPE");
  }
}
