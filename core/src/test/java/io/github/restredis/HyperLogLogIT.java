package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HyperLogLogIT extends RedisIT {
  @Test
  void addAndCountDistinctElements() {
    assertThat(redis.pfadd(k("h"), "a", "b", "c", "a")).isTrue();
    assertThat(redis.pfadd(k("h"), "a", "b")).as("nothing new").isFalse();
    assertThat(redis.pfcount(k("h"))).isEqualTo(3);
    assertThat(redis.pfcount(k("missing"))).isZero();
    assertThat(redis.pfadd(k("empty"))).as("no elements only creates the key").isTrue();
    assertThat(redis.pfadd(k("empty"))).isFalse();
    assertThat(redis.pfcount(k("empty"))).isZero();
    assertThat(redis.exists(k("empty"))).isEqualTo(1);
  }

  @Test
  void countOfAUnionAndMerge() {
    redis.pfadd(k("mon"), "alice", "bob");
    redis.pfadd(k("tue"), "bob", "carol");
    assertThat(redis.pfcount(k("mon"), k("tue"), k("missing"))).isEqualTo(3);
    redis.pfadd(k("week"), "dave");
    redis.pfmerge(k("week"), k("mon"), k("tue"));
    assertThat(redis.pfcount(k("week"))).as("the destination keeps its own elements").isEqualTo(4);
    redis.pfmerge(k("week"), k("mon"), k("tue"));
    assertThat(redis.pfcount(k("week"))).as("merging again changes nothing").isEqualTo(4);
    redis.pfmerge(k("new"));
    assertThat(redis.pfcount(k("new"))).isZero();
    assertThat(redis.exists(k("new"))).isEqualTo(1);
  }

  @Test
  void manyElementsAreEstimatedClosely() {
    String[] elements = new String[5_000];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = "user-" + i;
    }
    redis.pfadd(k("big"), elements);
    // 0.81% standard error: 5% is more than six standard errors away.
    assertThat(redis.pfcount(k("big"))).isBetween(4_750L, 5_250L);
  }

  @Test
  void wrongTypesAndNoKeys() {
    redis.set(k("s"), "not a hyperloglog");
    assertThatThrownBy(() -> redis.pfcount(k("s"))).isInstanceOf(RedisErrorException.class);
    assertThatThrownBy(() -> redis.pfcount()).isInstanceOf(IllegalArgumentException.class);
  }
}
