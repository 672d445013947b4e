package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RedisJSON against a server that has the module: Upstash (UPSTASH_REDIS_REST_URL/_TOKEN set), or
 * a local Redis Stack. The plain Redis of the local server answers "unknown command", and the tests
 * are skipped with that reason; JsonWireTest covers every command without a server.
 */
class JsonIT extends RedisIT {
  @BeforeEach
  void needsTheModule() {
    boolean available;
    try {
      redis.jsonSet(k("probe"), "$", "{}");
      available = true;
    } catch (RedisErrorException e) {
      available = !e.redisMessage().toLowerCase(java.util.Locale.ROOT).contains("unknown command");
    }
    assumeTrue(available, "this Redis has no RedisJSON module (JSON.SET is an unknown command)");
  }

  @Test
  void documentsPathsAndNumbers() {
    // The scenario of the official SDK's json_get, json_numincrby and json_clear tests.
    assertThat(redis.jsonSet(k("d"), "$", "{\"a\":2,\"b\":3,\"nested\":{\"a\":4,\"b\":null}}")).isTrue();
    assertThat(redis.jsonGet(k("d"), "$..b")).isEqualTo("[null,3]");
    assertThat(redis.jsonSet(k("d"), "$.a", "5", JsonSetArgs.Builder.nx())).isFalse();
    assertThat(redis.jsonSet(k("d"), "$.c", "5", JsonSetArgs.Builder.nx())).isTrue();
    assertThat(redis.jsonNumincrby(k("d"), "$.a", 2)).containsExactly(4L);
    assertThat(redis.jsonNummultby(k("d"), "$.c", 1.5)).containsExactly(7.5);
    assertThat(redis.jsonType(k("d"), "$.nested")).containsExactly("object");
    assertThat(redis.jsonObjlen(k("d"), "$.nested")).containsExactly(2L);
    assertThat(redis.jsonObjkeys(k("d"), "$.nested")).containsExactly(List.of("a", "b"));
    redis.jsonMerge(k("d"), "$", "{\"b\":null}");
    assertThat(redis.jsonGet(k("d"), "$.b")).isEqualTo("[]");
    assertThat(redis.jsonDel(k("d"), "$.nested.a")).isEqualTo(1);
    assertThat(redis.jsonClear(k("d"), "$.nested")).isEqualTo(1);
    assertThat(redis.jsonMget(List.of(k("d"), k("none")), "$.a")).containsExactly("[4]", null);
    redis.jsonMset(List.of(new JsonSetEntry(k("e"), "$", "{\"flag\":true,\"s\":\"ab\",\"arr\":[1]}")));
    assertThat(redis.jsonToggle(k("e"), "$.flag")).containsExactly(false);
    assertThat(redis.jsonStrappend(k("e"), "$.s", "c\"d")).containsExactly(5L);
    assertThat(redis.jsonStrlen(k("e"), "$.s")).containsExactly(5L);
    assertThat(redis.jsonArrappend(k("e"), "$.arr", "2", "3")).containsExactly(3L);
    assertThat(redis.jsonArrinsert(k("e"), "$.arr", 0, "0")).containsExactly(4L);
    assertThat(redis.jsonArrindex(k("e"), "$.arr", "2")).containsExactly(2L);
    assertThat(redis.jsonArrpop(k("e"), "$.arr")).containsExactly("3");
    assertThat(redis.jsonArrtrim(k("e"), "$.arr", 1, 1)).containsExactly(1L);
    assertThat(redis.jsonArrlen(k("e"), "$.arr")).containsExactly(1L);
    assertThat(redis.jsonResp(k("e"), "$.arr").asList()).hasSize(1);
    assertThat(redis.jsonForget(k("e"))).isEqualTo(1);
  }
}
