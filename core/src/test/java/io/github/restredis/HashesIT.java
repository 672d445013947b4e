package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.restredis.local.RequiresRedis;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

  @Test
  void hmsetIsHsetReplyingOk() {
    redis.hmset(k("h"), Map.of("a", "1", "b", "2"));
    redis.hmset(k("h"), Map.of("a", "3"));
    assertThat(redis.hgetall(k("h"))).containsExactlyInAnyOrderEntriesOf(Map.of("a", "3", "b", "2"));
    assertThatThrownBy(() -> redis.hmset(k("h"), Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomFields() {
    Map<String, String> fields = Map.of("a", "1", "b", "2", "c", "3");
    redis.hset(k("h"), fields);
    assertThat(redis.hrandfield(k("h"))).isIn("a", "b", "c");
    assertThat(redis.hrandfield(k("missing"))).isNull();
    assertThat(redis.hrandfield(k("h"), 2)).hasSize(2).doesNotHaveDuplicates().isSubsetOf("a", "b", "c");
    assertThat(redis.hrandfield(k("h"), 10)).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(redis.hrandfield(k("h"), -5)).hasSize(5).isSubsetOf("a", "b", "c");
    assertThat(redis.hrandfield(k("missing"), 3)).isEmpty();
    assertThat(redis.hrandfieldWithValues(k("h"), 3))
        .containsExactlyInAnyOrder(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"));
    List<Map.Entry<String, String>> repeated = redis.hrandfieldWithValues(k("h"), -6);
    assertThat(repeated).hasSize(6).allSatisfy(e -> assertThat(fields).containsEntry(e.getKey(), e.getValue()));
    redis.hset(k("one"), "only", "v");
    assertThat(redis.hrandfieldWithValues(k("one"), -2))
        .containsExactly(Map.entry("only", "v"), Map.entry("only", "v"));
    assertThat(redis.hrandfieldWithValues(k("missing"), 2)).isEmpty();
  }

  @Test
  @RequiresRedis("8.0") // HGETDEL
  void getAndDelete() {
    redis.hset(k("h"), Map.of("a", "1", "b", "2"));
    assertThat(redis.hgetdel(k("h"), "a", "nope")).isEqualTo(Arrays.asList("1", null));
    assertThat(redis.hgetall(k("h"))).containsExactly(Map.entry("b", "2"));
    assertThat(redis.hgetdel(k("h"), "b")).containsExactly("2");
    assertThat(redis.exists(k("h"))).isZero();
    assertThat(redis.hgetdel(k("missing"), "a", "b")).isEqualTo(Arrays.asList(null, null));
  }

  @Test
  void emptyFieldListsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> redis.hgetdel(k("h"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HGETDEL");
    assertThatThrownBy(() -> redis.hmget(k("h"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> redis.hdel(k("h"))).isInstanceOf(IllegalArgumentException.class);
  }
}
