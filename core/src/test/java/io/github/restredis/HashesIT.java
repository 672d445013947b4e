package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashesIT extends RedisIT {
  @Test
  void setGetAndAll() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "Ada");
    fields.put("lang", "en");
    assertThat(redis.hset(k("h"), fields)).isEqualTo(2);
    assertThat(redis.hset(k("h"), "name", "Grace")).isZero();
    assertThat(redis.hget(k("h"), "name")).isEqualTo("Grace");
    assertThat(redis.hget(k("h"), "missing")).isNull();
    assertThat(redis.hgetall(k("h"))).containsExactlyInAnyOrderEntriesOf(Map.of("name", "Grace", "lang", "en"));
    assertThat(redis.hgetall(k("missing"))).isEmpty();
    assertThat(redis.hmget(k("h"), "lang", "nope")).isEqualTo(Arrays.asList("en", null));
    assertThat(redis.hkeys(k("h"))).containsExactlyInAnyOrder("name", "lang");
    assertThat(redis.hvals(k("h"))).containsExactlyInAnyOrder("Grace", "en");
    assertThat(redis.hlen(k("h"))).isEqualTo(2);
    assertThat(redis.hstrlen(k("h"), "name")).isEqualTo(5);
    assertThat(redis.hexists(k("h"), "name")).isTrue();
    assertThat(redis.hexists(k("h"), "nope")).isFalse();
    assertThat(redis.hsetnx(k("h"), "name", "x")).isFalse();
    assertThat(redis.hsetnx(k("h"), "age", "36")).isTrue();
    assertThat(redis.hdel(k("h"), "name", "nope")).isEqualTo(1);
    assertThat(redis.hgetBytes(k("h"), "age")).isEqualTo("36".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void increments() {
    assertThat(redis.hincrby(k("h"), "n", 5)).isEqualTo(5);
    assertThat(redis.hincrby(k("h"), "n", -7)).isEqualTo(-2);
    assertThat(redis.hincrbyfloat(k("h"), "f", 2.5)).isCloseTo(2.5, within(1e-9));
    assertThat(redis.hget(k("h"), "f")).isEqualTo("2.5");
  }
}
