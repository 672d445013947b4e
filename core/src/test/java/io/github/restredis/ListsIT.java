package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListsIT extends RedisIT {
  @Test
  void pushPopAndRange() {
    assertThat(redis.rpush(k("l"), "a", "b")).isEqualTo(2);
    assertThat(redis.lpush(k("l"), "z", "y")).isEqualTo(4);
    assertThat(redis.lrange(k("l"), 0, -1)).containsExactly("y", "z", "a", "b");
    assertThat(redis.llen(k("l"))).isEqualTo(4);
    assertThat(redis.lindex(k("l"), -1)).isEqualTo("b");
    assertThat(redis.lindex(k("l"), 99)).isNull();
    assertThat(redis.lpop(k("l"))).isEqualTo("y");
    assertThat(redis.rpop(k("l"))).isEqualTo("b");
    assertThat(redis.lpop(k("l"), 5)).containsExactly("z", "a");
    assertThat(redis.lpop(k("l"))).isNull();
    assertThat(redis.rpop(k("l"), 2)).isEqualTo(List.of());
    assertThat(redis.lrange(k("missing"), 0, -1)).isEmpty();
  }

  @Test
  void conditionalPushes() {
    assertThat(redis.lpushx(k("l"), "a")).isZero();
    assertThat(redis.rpushx(k("l"), "a")).isZero();
    redis.rpush(k("l"), "m");
    assertThat(redis.lpushx(k("l"), "a")).isEqualTo(2);
    assertThat(redis.rpushx(k("l"), "z")).isEqualTo(3);
    assertThat(redis.rpop(k("l"), 2)).containsExactly("z", "m");
  }

  @Test
  void editing() {
    redis.rpush(k("l"), "a", "b", "a", "c", "a");
    redis.lset(k("l"), 1, "B");
    assertThat(redis.lrem(k("l"), 2, "a")).isEqualTo(2);
    assertThat(redis.lrange(k("l"), 0, -1)).containsExactly("B", "c", "a");
    assertThat(redis.linsert(k("l"), true, "c", "before-c")).isEqualTo(4);
    assertThat(redis.linsert(k("l"), false, "nope", "x")).isEqualTo(-1);
    assertThat(redis.lpos(k("l"), "c")).isEqualTo(2);
    assertThat(redis.lpos(k("l"), "nope")).isNull();
    redis.ltrim(k("l"), 0, 1);
    assertThat(redis.lrange(k("l"), 0, -1)).containsExactly("B", "before-c");
    assertThatThrownBy(() -> redis.lset(k("l"), 10, "x")).isInstanceOf(RedisErrorException.class);
  }

  @Test
  void move() {
    redis.rpush(k("src"), "1", "2");
    assertThat(redis.lmove(k("src"), k("dst"), ListDirection.LEFT, ListDirection.RIGHT)).isEqualTo("1");
    assertThat(redis.lmove(k("src"), k("dst"), ListDirection.RIGHT, ListDirection.LEFT)).isEqualTo("2");
    assertThat(redis.lmove(k("src"), k("dst"), ListDirection.LEFT, ListDirection.LEFT)).isNull();
    assertThat(redis.lrange(k("dst"), 0, -1)).containsExactly("2", "1");
    // Same key: a rotation, tail to head.
    assertThat(redis.lmove(k("dst"), k("dst"), ListDirection.RIGHT, ListDirection.LEFT)).isEqualTo("1");
    assertThat(redis.lrange(k("dst"), 0, -1)).containsExactly("1", "2");
  }

  @Test
  void positionsWithRankCountAndMaxlen() {
    //                   0    1    2    3    4    5    6    7
    redis.rpush(k("l"), "a", "b", "c", "1", "2", "3", "c", "c");
    assertThat(redis.lpos(k("l"), "c", LPosArgs.none())).isEqualTo(2);
    assertThat(redis.lpos(k("l"), "c", LPosArgs.Builder.rank(2))).isEqualTo(6);
    assertThat(redis.lpos(k("l"), "c", LPosArgs.Builder.rank(-1))).isEqualTo(7);
    assertThat(redis.lpos(k("l"), "c", LPosArgs.Builder.rank(4))).isNull();
    assertThat(redis.lpos(k("l"), "c", LPosArgs.Builder.maxlen(2))).isNull();
    assertThat(redis.lpos(k("l"), "c", LPosArgs.Builder.maxlen(3))).isEqualTo(2);
    assertThat(redis.lpos(k("l"), "c", 2, LPosArgs.none())).containsExactly(2L, 6L);
    assertThat(redis.lpos(k("l"), "c", 0, LPosArgs.none())).containsExactly(2L, 6L, 7L);
    assertThat(redis.lpos(k("l"), "c", 0, LPosArgs.Builder.rank(-1))).containsExactly(7L, 6L, 2L);
    assertThat(redis.lpos(k("l"), "c", 2, LPosArgs.Builder.maxlen(4))).containsExactly(2L);
    assertThat(redis.lpos(k("l"), "c", 0, LPosArgs.Builder.rank(2).maxlen(7))).containsExactly(6L);
    assertThat(redis.lpos(k("l"), "zz", 0, LPosArgs.none())).isEmpty();
    assertThat(redis.lpos(k("missing"), "c", 0, LPosArgs.none())).isEmpty();
    assertThatThrownBy(() -> LPosArgs.Builder.rank(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LPosArgs.Builder.maxlen(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.lpos(k("l"), "c", -1, LPosArgs.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void multiPop() {
    redis.rpush(k("b"), "b1", "b2", "b3");
    redis.rpush(k("c"), "c1");
    assertThat(redis.lmpop(ListDirection.LEFT, k("a"), k("b"), k("c")))
        .isEqualTo(new KeyedValues<>(k("b"), List.of("b1")));
    assertThat(redis.lmpop(ListDirection.RIGHT, 5, k("a"), k("b"), k("c")))
        .isEqualTo(new KeyedValues<>(k("b"), List.of("b3", "b2")));
    assertThat(redis.exists(k("b"))).isZero();
    assertThat(redis.lmpop(ListDirection.LEFT, 5, k("a"), k("b"), k("c")))
        .isEqualTo(new KeyedValues<>(k("c"), List.of("c1")));
    assertThat(redis.lmpop(ListDirection.LEFT, k("a"), k("b"), k("c"))).isNull();
    assertThatThrownBy(() -> redis.lmpop(ListDirection.LEFT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.lmpop(ListDirection.LEFT, 0, k("a"))).isInstanceOf(IllegalArgumentException.class);
    redis.set(k("s"), "not a list");
    assertThatThrownBy(() -> redis.lmpop(ListDirection.LEFT, k("s"))).isInstanceOf(RedisErrorException.class)
        .hasMessageContaining("WRONGTYPE");
  }
}
