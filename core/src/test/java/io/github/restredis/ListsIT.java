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
    assertThat(redis.lmove(k("src"), k("dst"), true, false)).isEqualTo("1");
    assertThat(redis.lmove(k("src"), k("dst"), false, true)).isEqualTo("2");
    assertThat(redis.lmove(k("src"), k("dst"), true, true)).isNull();
    assertThat(redis.lrange(k("dst"), 0, -1)).containsExactly("2", "1");
  }
}
