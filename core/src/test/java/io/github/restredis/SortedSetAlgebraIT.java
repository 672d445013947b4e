package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SortedSetAlgebraIT extends RedisIT {
  /** a = {x:1, y:2, z:3}, b = {y:10, z:20, w:5}. */
  private void sets() {
    redis.zadd(k("a"), Map.of("x", 1.0, "y", 2.0, "z", 3.0));
    redis.zadd(k("b"), Map.of("y", 10.0, "z", 20.0, "w", 5.0));
  }

  @Test
  void difference() {
    sets();
    assertThat(redis.zdiff(k("a"), k("b"))).containsExactly("x");
    assertThat(redis.zdiff(k("b"), k("a"))).containsExactly("w");
    assertThat(redis.zdiff(k("a"))).containsExactly("x", "y", "z");
    assertThat(redis.zdiffWithScores(k("a"), k("b"))).containsExactly(new ScoredValue("x", 1));
    assertThat(redis.zdiffstore(k("d"), k("b"), k("a"))).isEqualTo(1);
    assertThat(redis.zrangeWithScores(k("d"), 0, -1)).containsExactly(new ScoredValue("w", 5));
    assertThat(redis.zdiff(k("missing"), k("a"))).isEmpty();
    assertThatThrownBy(() -> redis.zdiff()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intersection() {
    sets();
    assertThat(redis.zinter(k("a"), k("b"))).containsExactly("y", "z");
    assertThat(redis.zinterWithScores(ZAggregateArgs.none(), k("a"), k("b")))
        .containsExactly(new ScoredValue("y", 12), new ScoredValue("z", 23));
    assertThat(redis.zinterWithScores(ZAggregateArgs.Builder.max(), k("a"), k("b")))
        .containsExactly(new ScoredValue("y", 10), new ScoredValue("z", 20));
    assertThat(redis.zinterWithScores(ZAggregateArgs.Builder.min(), k("a"), k("b")))
        .containsExactly(new ScoredValue("y", 2), new ScoredValue("z", 3));
    // weights 10 and 0.5: y = 20 + 5, z = 30 + 10
    assertThat(redis.zinterWithScores(ZAggregateArgs.Builder.weights(10, 0.5), k("a"), k("b")))
        .containsExactly(new ScoredValue("y", 25), new ScoredValue("z", 40));
    assertThat(redis.zinter(ZAggregateArgs.Builder.weights(-1, 1).sum(), k("a"), k("b"))).containsExactly("y", "z");
    assertThat(redis.zinterstore(k("i"), k("a"), k("b"))).isEqualTo(2);
    assertThat(redis.zscore(k("i"), "z")).isEqualTo(23.0);
    assertThat(redis.zinterstore(k("i"), ZAggregateArgs.Builder.weights(2, 1).max(), k("a"), k("b"))).isEqualTo(2);
    assertThat(redis.zrangeWithScores(k("i"), 0, -1))
        .containsExactly(new ScoredValue("y", 10), new ScoredValue("z", 20));
    assertThat(redis.zinter(k("a"), k("missing"))).isEmpty();
    assertThatThrownBy(() -> redis.zinter(ZAggregateArgs.Builder.weights(1), k("a"), k("b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 weights for 2 keys");
    assertThatThrownBy(() -> ZAggregateArgs.Builder.weights(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intersectionCardinality() {
    sets();
    assertThat(redis.zintercard(k("a"), k("b"))).isEqualTo(2);
    assertThat(redis.zintercard(1, k("a"), k("b"))).isEqualTo(1);
    assertThat(redis.zintercard(0, k("a"))).isEqualTo(3);
    assertThat(redis.zintercard(k("a"), k("missing"))).isZero();
    assertThatThrownBy(() -> redis.zintercard(-1, k("a"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void union() {
    sets();
    assertThat(redis.zunion(k("a"), k("b"))).containsExactly("x", "w", "y", "z");
    assertThat(redis.zunionWithScores(ZAggregateArgs.none(), k("a"), k("b"))).containsExactly(
        new ScoredValue("x", 1), new ScoredValue("w", 5), new ScoredValue("y", 12), new ScoredValue("z", 23));
    assertThat(redis.zunionWithScores(ZAggregateArgs.Builder.min(), k("a"), k("b"))).containsExactly(
        new ScoredValue("x", 1), new ScoredValue("y", 2), new ScoredValue("z", 3), new ScoredValue("w", 5));
    assertThat(redis.zunion(ZAggregateArgs.Builder.weights(1, 0), k("a"), k("b")))
        .containsExactly("w", "x", "y", "z");
    assertThat(redis.zunionstore(k("u"), k("a"), k("b"))).isEqualTo(4);
    assertThat(redis.zunionstore(k("u"), ZAggregateArgs.Builder.weights(1, 2).max(), k("a"), k("b"))).isEqualTo(4);
    assertThat(redis.zmscore(k("u"), "x", "w", "z")).containsExactly(1.0, 10.0, 40.0);
    assertThat(redis.zunion(k("missing"))).isEmpty();
  }
}
