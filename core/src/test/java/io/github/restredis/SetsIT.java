package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SetsIT extends RedisIT {
  @Test
  void membership() {
    assertThat(redis.sadd(k("s"), "a", "b", "c", "a")).isEqualTo(3);
    assertThat(redis.smembers(k("s"))).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(redis.sismember(k("s"), "a")).isTrue();
    assertThat(redis.sismember(k("s"), "z")).isFalse();
    assertThat(redis.smismember(k("s"), "a", "z", "c")).containsExactly(true, false, true);
    assertThat(redis.scard(k("s"))).isEqualTo(3);
    assertThat(redis.srem(k("s"), "a", "z")).isEqualTo(1);
    assertThat(redis.srandmember(k("s"))).isIn("b", "c");
    assertThat(redis.srandmember(k("s"), 5)).containsExactlyInAnyOrder("b", "c");
    assertThat(redis.srandmember(k("s"), -4)).hasSize(4);
    assertThat(redis.smove(k("s"), k("t"), "b")).isTrue();
    assertThat(redis.smove(k("s"), k("t"), "b")).isFalse();
    assertThat(redis.spop(k("s"))).isEqualTo("c");
    assertThat(redis.spop(k("s"))).isNull();
    assertThat(redis.smembers(k("missing"))).isEmpty();
  }

  @Test
  void algebra() {
    redis.sadd(k("a"), "1", "2", "3");
    redis.sadd(k("b"), "2", "3", "4");
    assertThat(redis.sinter(k("a"), k("b"))).containsExactlyInAnyOrder("2", "3");
    assertThat(redis.sunion(k("a"), k("b"))).containsExactlyInAnyOrder("1", "2", "3", "4");
    assertThat(redis.sdiff(k("a"), k("b"))).containsExactly("1");
    assertThat(redis.sinterstore(k("i"), k("a"), k("b"))).isEqualTo(2);
    assertThat(redis.sunionstore(k("u"), k("a"), k("b"))).isEqualTo(4);
    assertThat(redis.sdiffstore(k("d"), k("a"), k("b"))).isEqualTo(1);
    assertThat(redis.smembers(k("d"))).containsExactly("1");
  }

  @Test
  void popWithCount() {
    redis.sadd(k("s"), "a", "b", "c");
    java.util.Set<String> popped = redis.spop(k("s"), 2);
    assertThat(popped).hasSize(2).isSubsetOf("a", "b", "c");
    assertThat(redis.smembers(k("s"))).hasSize(1).doesNotContainAnyElementsOf(popped);
    assertThat(redis.spop(k("s"), 5)).hasSize(1);
    assertThat(redis.exists(k("s"))).isZero();
    assertThat(redis.spop(k("missing"), 3)).isEmpty();
    assertThat(redis.spop(k("missing"), 0)).isEmpty();
    assertThatThrownBy(() -> redis.spop(k("s"), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intersectionCardinality() {
    redis.sadd(k("a"), "1", "2", "3", "4");
    redis.sadd(k("b"), "2", "3", "4", "5");
    assertThat(redis.sintercard(k("a"), k("b"))).isEqualTo(3);
    assertThat(redis.sintercard(k("a"))).isEqualTo(4);
    assertThat(redis.sintercard(2, k("a"), k("b"))).isEqualTo(2);
    assertThat(redis.sintercard(0, k("a"), k("b"))).isEqualTo(3);
    assertThat(redis.sintercard(k("a"), k("missing"))).isZero();
    assertThatThrownBy(() -> redis.sintercard()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.sintercard(-1, k("a"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomMembersWithNegativeCountRepeat() {
    redis.sadd(k("one"), "only");
    assertThat(redis.srandmember(k("one"), -3)).containsExactly("only", "only", "only");
    assertThat(redis.srandmember(k("one"), 3)).containsExactly("only");
    assertThat(redis.srandmember(k("missing"), 3)).isEmpty();
    assertThat(redis.srandmember(k("missing"))).isNull();
  }
}
