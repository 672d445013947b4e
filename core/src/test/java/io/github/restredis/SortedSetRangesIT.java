package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortedSetRangesIT extends RedisIT {
  /** a:1 b:2 c:3 d:4 e:5. */
  private void scores() {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      scores.put(String.valueOf((char) ('a' + i)), i + 1.0);
    }
    redis.zadd(k("z"), scores);
  }

  /** a b c d e, all with score 0. */
  private void names() {
    Map<String, Double> members = new LinkedHashMap<>();
    for (String m : new String[] {"a", "b", "c", "d", "e"}) {
      members.put(m, 0.0);
    }
    redis.zadd(k("n"), members);
  }

  @Test
  void byRank() {
    scores();
    assertThat(redis.zrange(k("z"), 0, -1)).containsExactly("a", "b", "c", "d", "e");
    assertThat(redis.zrange(k("z"), 1, 2)).containsExactly("b", "c");
    assertThat(redis.zrange(k("z"), -2, -1)).containsExactly("d", "e");
    assertThat(redis.zrange(k("z"), 0, 1, ZRangeArgs.Builder.rev())).containsExactly("e", "d");
    assertThat(redis.zrange(k("z"), 0, 1, ZRangeArgs.none())).containsExactly("a", "b");
    assertThat(redis.zrangeWithScores(k("z"), 0, 1))
        .containsExactly(new ScoredValue("a", 1), new ScoredValue("b", 2));
    assertThat(redis.zrangeWithScores(k("z"), 0, 0, ZRangeArgs.Builder.rev()))
        .containsExactly(new ScoredValue("e", 5));
    assertThat(redis.zrange(k("missing"), 0, -1)).isEmpty();
    assertThatThrownBy(() -> redis.zrange(k("z"), 0, 1, ZRangeArgs.Builder.limit(0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LIMIT");
  }

  @Test
  void byScore() {
    scores();
    assertThat(redis.zrange(k("z"), ScoreRange.between(2, 4))).containsExactly("b", "c", "d");
    assertThat(redis.zrange(k("z"), ScoreRange.between(2, 4).excludeMin())).containsExactly("c", "d");
    assertThat(redis.zrange(k("z"), ScoreRange.between(2, 4).excludeMax())).containsExactly("b", "c");
    assertThat(redis.zrange(k("z"), ScoreRange.greaterThan(3))).containsExactly("d", "e");
    assertThat(redis.zrange(k("z"), ScoreRange.lessThan(3))).containsExactly("a", "b");
    assertThat(redis.zrange(k("z"), ScoreRange.atLeast(3))).containsExactly("c", "d", "e");
    assertThat(redis.zrange(k("z"), ScoreRange.atMost(1.5))).containsExactly("a");
    assertThat(redis.zrange(k("z"), ScoreRange.all())).hasSize(5);
    // REV takes the range lowest to highest like everything else and only reverses the reply.
    assertThat(redis.zrange(k("z"), ScoreRange.between(2, 4), ZRangeArgs.Builder.rev()))
        .containsExactly("d", "c", "b");
    assertThat(redis.zrange(k("z"), ScoreRange.all(), ZRangeArgs.Builder.limit(1, 2)))
        .containsExactly("b", "c");
    assertThat(redis.zrange(k("z"), ScoreRange.all(), ZRangeArgs.Builder.rev().limit(0, 2)))
        .containsExactly("e", "d");
    assertThat(redis.zrange(k("z"), ScoreRange.atLeast(2), ZRangeArgs.Builder.limit(2, -1)))
        .containsExactly("d", "e");
    assertThat(redis.zrangeWithScores(k("z"), ScoreRange.between(4, 5)))
        .containsExactly(new ScoredValue("d", 4), new ScoredValue("e", 5));
    assertThat(redis.zrangeWithScores(k("z"), ScoreRange.all(), ZRangeArgs.Builder.rev().limit(1, 1)))
        .containsExactly(new ScoredValue("d", 4));
    assertThatThrownBy(() -> ScoreRange.between(5, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoreRange.between(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void byLex() {
    names();
    assertThat(redis.zrange(k("n"), LexRange.between("b", "d"))).containsExactly("b", "c", "d");
    assertThat(redis.zrange(k("n"), LexRange.between("b", "d").excludeMin().excludeMax())).containsExactly("c");
    assertThat(redis.zrange(k("n"), LexRange.atLeast("d"))).containsExactly("d", "e");
    assertThat(redis.zrange(k("n"), LexRange.atMost("b").excludeMax())).containsExactly("a");
    assertThat(redis.zrange(k("n"), LexRange.all())).containsExactly("a", "b", "c", "d", "e");
    assertThat(redis.zrange(k("n"), LexRange.between("b", "d"), ZRangeArgs.Builder.rev()))
        .containsExactly("d", "c", "b");
    assertThat(redis.zrange(k("n"), LexRange.all(), ZRangeArgs.Builder.rev().limit(1, 2)))
        .containsExactly("d", "c");
    assertThat(redis.zrange(k("n"), LexRange.atLeast("b"), ZRangeArgs.Builder.limit(0, 1)))
        .containsExactly("b");
    assertThatThrownBy(() -> LexRange.all().excludeMin()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void store() {
    scores();
    names();
    assertThat(redis.zrangestore(k("d1"), k("z"), 0, 1, ZRangeArgs.Builder.rev())).isEqualTo(2);
    assertThat(redis.zrangeWithScores(k("d1"), 0, -1))
        .containsExactly(new ScoredValue("d", 4), new ScoredValue("e", 5));
    assertThat(redis.zrangestore(k("d2"), k("z"), ScoreRange.atLeast(2), ZRangeArgs.Builder.limit(0, 2)))
        .isEqualTo(2);
    assertThat(redis.zrange(k("d2"), 0, -1)).containsExactly("b", "c");
    assertThat(redis.zrangestore(k("d3"), k("z"), ScoreRange.all(), ZRangeArgs.Builder.rev().limit(0, 1)))
        .isEqualTo(1);
    assertThat(redis.zrange(k("d3"), 0, -1)).containsExactly("e");
    assertThat(redis.zrangestore(k("d4"), k("n"), LexRange.between("c", "e").excludeMax(), ZRangeArgs.none()))
        .isEqualTo(2);
    assertThat(redis.zrange(k("d4"), 0, -1)).containsExactly("c", "d");
    assertThat(redis.zrangestore(k("d4"), k("missing"), 0, -1, ZRangeArgs.none())).isZero();
    assertThat(redis.exists(k("d4"))).isZero();
    assertThatThrownBy(() -> redis.zrangestore(k("d"), k("z"), 0, 1, ZRangeArgs.Builder.limit(0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countAndRemove() {
    scores();
    names();
    assertThat(redis.zcount(k("z"), 2, 4)).isEqualTo(3);
    assertThat(redis.zcount(k("z"), ScoreRange.between(2, 4).excludeMin())).isEqualTo(2);
    assertThat(redis.zcount(k("z"), ScoreRange.all())).isEqualTo(5);
    assertThat(redis.zcount(k("missing"), ScoreRange.all())).isZero();
    assertThat(redis.zlexcount(k("n"), LexRange.all())).isEqualTo(5);
    assertThat(redis.zlexcount(k("n"), LexRange.between("b", "c"))).isEqualTo(2);
    assertThat(redis.zlexcount(k("n"), LexRange.atLeast("b").excludeMin())).isEqualTo(3);
    assertThat(redis.zremrangebylex(k("n"), LexRange.atMost("b"))).isEqualTo(2);
    assertThat(redis.zrange(k("n"), 0, -1)).containsExactly("c", "d", "e");
    assertThat(redis.zremrangebyscore(k("z"), ScoreRange.greaterThan(4))).isEqualTo(1);
    assertThat(redis.zremrangebyscore(k("z"), 1, 1)).isEqualTo(1);
    assertThat(redis.zremrangebyrank(k("z"), 0, 0)).isEqualTo(1);
    assertThat(redis.zrange(k("z"), 0, -1)).containsExactly("c", "d");
    assertThat(redis.zremrangebyscore(k("z"), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)).isEqualTo(2);
    assertThat(redis.exists(k("z"))).isZero();
  }
}
