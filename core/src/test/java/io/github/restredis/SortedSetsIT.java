package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
    assertThat(redis.zaddnx(k("z"), Map.of("ada", 100.0, "dee", 0.25))).isEqualTo(1);
    assertThat(redis.zscore(k("z"), "ada")).isEqualTo(4.0);
    assertThat(redis.zscore(k("z"), "nobody")).isNull();
    assertThat(redis.zincrby(k("z"), 0.5, "bob")).isEqualTo(2.0);
    assertThat(redis.zcard(k("z"))).isEqualTo(4);
    assertThat(redis.zcount(k("z"), 0, Double.POSITIVE_INFINITY)).isEqualTo(3);
    assertThat(redis.zrank(k("z"), "cy")).isZero();
    assertThat(redis.zrevrank(k("z"), "cy")).isEqualTo(3);
    assertThat(redis.zrank(k("z"), "nobody")).isNull();
    assertThat(redis.zrem(k("z"), "dee", "nobody")).isEqualTo(1);
  }

  @Test
  void ranges() {
    board();
    assertThat(redis.zrange(k("z"), 0, -1)).containsExactly("cy", "bob", "ada");
    assertThat(redis.zrevrange(k("z"), 0, 0)).containsExactly("ada");
    assertThat(redis.zrangeWithScores(k("z"), 0, -1, false)).containsExactly(
        new ScoredValue("cy", -2.0), new ScoredValue("bob", 1.5), new ScoredValue("ada", 3.0));
    assertThat(redis.zrangeWithScores(k("z"), 0, 1, true)).containsExactly(
        new ScoredValue("ada", 3.0), new ScoredValue("bob", 1.5));
    assertThat(redis.zrangebyscore(k("z"), 0, 10)).containsExactly("bob", "ada");
    assertThat(redis.zrangebyscoreWithScores(k("z"), Double.NEGATIVE_INFINITY, 1.5))
        .containsExactly(new ScoredValue("cy", -2.0), new ScoredValue("bob", 1.5));
  }

  @Test
  void popsAndRemovals() {
    board();
    assertThat(redis.zpopmin(k("z"), 1)).containsExactly(new ScoredValue("cy", -2.0));
    assertThat(redis.zpopmax(k("z"), 1)).containsExactly(new ScoredValue("ada", 3.0));
    redis.zadd(k("z"), Map.of("cy", -2.0, "ada", 3.0));
    assertThat(redis.zremrangebyscore(k("z"), 1, 2)).isEqualTo(1);
    assertThat(redis.zremrangebyrank(k("z"), 0, 0)).isEqualTo(1);
    assertThat(redis.zrange(k("z"), 0, -1)).containsExactly("ada");
    assertThat(redis.zpopmin(k("missing"), 3)).isEmpty();
  }

  @Test
  void infiniteScores() {
    redis.zadd(k("z"), Double.POSITIVE_INFINITY, "top");
    redis.zadd(k("z"), Double.NEGATIVE_INFINITY, "bottom");
    assertThat(redis.zscore(k("z"), "top")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(redis.zrangeWithScores(k("z"), 0, 0, false))
        .containsExactly(new ScoredValue("bottom", Double.NEGATIVE_INFINITY));
  }
}
