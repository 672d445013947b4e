package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invalidation by key, by namespace (one INCR) and by prefix (SCAN + UNLINK). */
class InvalidationIT extends CacheFixture {
  private static final User ADA = new User("1", "Ada", 36);

  @Test
  void namespaceInvalidationIsOneCommandAndOtherProcessesSeeItAtOnce() {
    RedisCache<User> here = build(builder(User.class));
    Redis otherClient = closing(redis.newBuilder().build());
    RedisCache<User> there = closing(RedisCache.builder(otherClient, ns, User.class).redisTimeout(PATIENT).clock(clock).build());
    here.put("1", ADA);
    assertThat(there.get("1")).isEqualTo(ADA);

    server.resetCommandStats();
    here.invalidateAll();
    assertThat(dataCommands()).containsExactly(Map.entry("incr", 1L));

    assertThat(here.get("1")).isNull();
    assertThat(there.get("1")).as("the next read of another process sees the new generation").isNull();
    there.put("1", new User("1", "Ada", 37));
    assertThat(here.get("1")).isEqualTo(new User("1", "Ada", 37));
  }

  @Test
  void aLostVersionCounterStartsAtTheClockAndNeverRevivesAnOldGeneration() {
    RedisCache<User> users = build(builder(User.class));
    users.invalidateAll(); // generation 1
    users.put("1", ADA);
    String oldKey = users.engine().store.redisKey("1");
    redis.del(ns + "#version"); // evicted, say
    try (RedisCache<User> fresh = RedisCache.builder(redis, ns, User.class).redisTimeout(PATIENT).clock(clock).build()) {
      assertThat(fresh.get("1")).isNull();
      assertThat(Long.parseLong(redis.get(ns + "#version"))).isGreaterThan(1_600_000_000_000L);
    }
    assertThat(redis.exists(oldKey)).as("old entries just expire").isEqualTo(1);
  }

  @Test
  void prefixDeletionScansAndUnlinksInBatches() {
    RedisCache<User> users = build(builder(User.class));
    Map<String, User> values = new LinkedHashMap<>();
    for (int i = 0; i < 1_200; i++) {
      values.put("order:" + i, new User("o" + i, "x", i));
    }
    values.put("user:1", ADA);
    values.put("order*glob", ADA);
    users.putAll(values, Duration.ofMinutes(5));

    server.resetCommandStats();
    assertThat(users.deleteByPrefix("order:")).isEqualTo(1_200);
    Map<String, Long> commands = dataCommands();
    assertThat(commands).containsOnlyKeys("scan", "unlink");
    assertThat(commands.get("unlink")).as("batches of 500").isEqualTo(3);
    assertThat(users.get("user:1")).isEqualTo(ADA);
    assertThat(users.get("order*glob")).as("glob characters of the prefix are literal").isEqualTo(ADA);
    assertThat(users.get("order:5")).isNull();
  }

  @Test
  void withoutVersioningKeysAreNamedPlainlyAndInvalidateAllScans() {
    RedisCache<User> users = build(builder(User.class).versionedNamespace(false));
    users.put("1", ADA);
    users.put("2", ADA);
    assertThat(users.engine().store.redisKey("1")).isEqualTo(ns + ":1");
    assertThat(redis.exists(ns + ":1")).isEqualTo(1);
    users.invalidateAll();
    assertThat(redis.exists(ns + ":1", ns + ":2")).isZero();
  }

  private Map<String, Long> dataCommands() {
    Map<String, Long> stats = new HashMap<>(server.commandStats());
    stats.keySet().removeIf(name -> name.startsWith("config"));
    return stats;
  }
}
