package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restredis.Redis;
import io.github.restredis.RequestEvent;
import io.github.restredis.RequestTooLargeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Plain operations, get-or-load, negative caching, memoizing, sizes and statistics. */
class CacheIT extends CacheFixture {
  private static final User ADA = new User("1", "Ada", 36);
  private static final User ALAN = new User("2", "Alan", 41);

  @Test
  void putAndGetTypedValuesWithTheirOwnTtl() {
    RedisCache<User> users = build(builder(User.class).grace(Duration.ofSeconds(30)));
    assertThat(users.get("1")).isNull();
    assertThat(users.put("1", ADA, Duration.ofSeconds(90))).isTrue();
    assertThat(users.get("1")).isEqualTo(ADA);
    String redisKey = users.engine().store.redisKey("1");
    assertThat(redisKey).startsWith(ns + ":").endsWith(":1");
    // Redis keeps the entry for its TTL plus the grace period.
    assertThat(redis.pttl(redisKey)).isBetween(90_001L, 120_000L);
    assertThat(redis.get(redisKey)).startsWith("{\"e\":" + (T0 + 90_000) + ",\"d\":0,\"v\":{");

    clock.advance(Duration.ofSeconds(91));
    assertThat(users.get("1")).as("expired for plain reads, though kept for the grace period").isNull();
  }

  @Test
  void defaultTtlWithJitterStaysWithinItsShare() {
    RedisCache<User> users = build(builder(User.class).ttl(Duration.ofSeconds(100)).ttlJitter(0.2));
    List<Long> ttls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      users.put("u" + i, ADA);
      ttls.add(redis.pttl(users.engine().store.redisKey("u" + i)));
    }
    assertThat(ttls).allSatisfy(t -> assertThat(t).isBetween(79_000L, 100_000L));
    assertThat(ttls.stream().distinct().count()).as("jittered, not all equal").isGreaterThan(1);
  }

  @Test
  void deleteRemovesOneEntry() {
    RedisCache<User> users = build(builder(User.class));
    users.put("1", ADA);
    users.put("2", ALAN);
    assertThat(users.delete("1")).isTrue();
    assertThat(users.delete("1")).isFalse();
    assertThat(users.get("1")).isNull();
    assertThat(users.get("2")).isEqualTo(ALAN);
  }

  @Test
  void bulkGetIsOneMget() {
    RedisCache<User> users = build(builder(User.class));
    users.put("1", ADA);
    users.put("2", ALAN);
    server.resetCommandStats();
    Map<String, User> found = users.getAll(List.of("2", "missing", "1", "2"));
    assertThat(found).containsExactly(Map.entry("2", ALAN), Map.entry("1", ADA));
    assertThat(dataCommands()).containsExactly(Map.entry("mget", 1L));
    assertThat(users.stats().hits()).isEqualTo(2);
    assertThat(users.stats().misses()).isEqualTo(1);
  }

  @Test
  void bulkPutIsOneAtomicRequestWithOneTtl() {
    RedisCache<User> users = build(builder(User.class));
    Map<String, User> values = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      values.put("u" + i, new User("u" + i, "n" + i, i));
    }
    List<RequestEvent> requests = new CopyOnWriteArrayList<>();
    Redis counted = closing(redis.newBuilder().listener(requests::add).build());
    RedisCache<User> bulk = closing(RedisCache.builder(counted, ns, User.class).redisTimeout(PATIENT).clock(clock).build());
    bulk.get("warm"); // learns the namespace version
    requests.clear();
    server.resetCommandStats();
    assertThat(bulk.putAll(values, Duration.ofSeconds(60))).isTrue();
    assertThat(requests).singleElement().satisfies(e -> assertThat(e.commands()).hasSize(50).containsOnly("SET"));
    assertThat(dataCommands()).containsOnly(Map.entry("multi", 1L), Map.entry("set", 50L), Map.entry("exec", 1L));
    assertThat(users.getAll(values.keySet())).isEqualTo(values);
    assertThat(redis.pttl(users.engine().store.redisKey("u49"))).isBetween(1L, 60_000L);
  }

  @Test
  void aBulkPutLargerThanOneRequestIsRefusedWhole() {
    Redis small = closing(redis.newBuilder().maxRequestBytes(10_000).build());
    RedisCache<User> users = closing(RedisCache.builder(small, ns, User.class).redisTimeout(PATIENT).clock(clock).build());
    Map<String, User> values = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      values.put("u" + i, new User("u" + i, "x".repeat(60), i));
    }
    assertThatThrownBy(() -> users.putAll(values, Duration.ofSeconds(60)))
        .isInstanceOf(RequestTooLargeException.class);
    assertThat(users.getAll(values.keySet())).isEmpty();
    assertThat(users.stats().redisAvailable()).isTrue();
  }

  @Test
  void tooLargeValuesAreRefusedOnPutAndNotStoredOnLoad() {
    RedisCache<User> users = build(builder(User.class).maxValueBytes(100));
    User big = new User("9", "x".repeat(200), 1);
    assertThatThrownBy(() -> users.put("9", big))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maximum is 100");
    Map<String, User> mixed = new HashMap<>(Map.of("1", ADA, "9", big));
    assertThatThrownBy(() -> users.putAll(mixed, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(users.get("1")).as("nothing sent when one value is refused").isNull();

    assertThat(users.get("9", k -> big)).isEqualTo(big);
    assertThat(users.stats().valuesTooLarge()).isEqualTo(1);
    assertThat(users.get("9")).isNull();
  }

  @Test
  void getOrLoadLoadsOnceThenHits() {
    RedisCache<User> users = build(builder(User.class));
    AtomicInteger loads = new AtomicInteger();
    CacheLoader<User> loader = id -> {
      loads.incrementAndGet();
      return new User(id, "loaded", 1);
    };
    for (int i = 0; i < 5; i++) {
      assertThat(users.get("7", loader)).isEqualTo(new User("7", "loaded", 1));
    }
    assertThat(loads).hasValue(1);
    CacheStats stats = users.stats();
    assertThat(stats.loads()).isEqualTo(1);
    assertThat(stats.misses()).isEqualTo(1);
    assertThat(stats.hits()).isEqualTo(4);
    assertThat(stats.hitRate()).isEqualTo(0.8);
    assertThat(stats.redisAvailable()).isTrue();
    assertThat(stats.redisErrors()).isZero();
  }

  @Test
  void absencesAreCachedBriefly() {
    RedisCache<User> users = build(builder(User.class).negativeTtl(Duration.ofSeconds(5)));
    AtomicInteger loads = new AtomicInteger();
    CacheLoader<User> missing = id -> {
      loads.incrementAndGet();
      return null;
    };
    for (int i = 0; i < 10; i++) {
      assertThat(users.get("404", missing)).isNull();
    }
    assertThat(loads).as("a miss storm on a missing id reaches the source once").hasValue(1);
    assertThat(users.stats().negativeHits()).isEqualTo(9);
    assertThat(redis.pttl(users.engine().store.redisKey("404"))).isBetween(1L, 5_000L);

    clock.advance(Duration.ofSeconds(6));
    assertThat(users.get("404", missing)).isNull();
    assertThat(loads).hasValue(2);
  }

  @Test
  void negativeCachingCanBeTurnedOff() {
    RedisCache<User> users = build(builder(User.class).negativeTtl(Duration.ZERO));
    AtomicInteger loads = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      users.get("404", id -> {
        loads.incrementAndGet();
        return null;
      });
    }
    assertThat(loads).hasValue(3);
  }

  @Test
  void loaderExceptionsReachTheCallerAndStoreNothing() {
    RedisCache<User> users = build(builder(User.class));
    assertThatThrownBy(() -> users.get("1", id -> {
      throw new java.io.IOException("database down");
    })).isInstanceOf(CacheLoadException.class).hasRootCauseMessage("database down");
    assertThatThrownBy(() -> users.get("1", id -> {
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
    assertThat(users.stats().loadFailures()).isEqualTo(2);
    assertThat(users.get("1", id -> ADA)).isEqualTo(ADA);
  }

  @Test
  void memoizeCachesAFunction() {
    RedisCache<User> users = build(builder(User.class));
    AtomicInteger calls = new AtomicInteger();
    Function<Integer, User> byAge = users.memoize(age -> "age:" + age, age -> {
      calls.incrementAndGet();
      return new User("a" + age, "aged", age);
    });
    assertThat(byAge.apply(30)).isEqualTo(new User("a30", "aged", 30));
    assertThat(byAge.apply(30)).isEqualTo(new User("a30", "aged", 30));
    assertThat(byAge.apply(31).age()).isEqualTo(31);
    assertThat(calls).hasValue(2);
    assertThat(users.get("age:30")).isEqualTo(new User("a30", "aged", 30));
  }

  /** {@return the local server's command counts, without its own CONFIG RESETSTAT} */
  private Map<String, Long> dataCommands() {
    Map<String, Long> stats = new HashMap<>(server.commandStats());
    stats.keySet().removeIf(name -> name.startsWith("config"));
    return stats;
  }

  @Test
  void undecodableEntriesAreReloadedAndOverwritten() {
    RedisCache<User> users = build(builder(User.class));
    users.put("1", ADA);
    redis.set(users.engine().store.redisKey("1"), "{\"e\":1,\"x\":[");
    assertThat(users.get("1", id -> ALAN)).isEqualTo(ALAN);
    assertThat(users.stats().redisErrors()).isEqualTo(1);
    assertThat(users.get("1")).isEqualTo(ALAN);
  }

  @Test
  void metricsCountTheCachesOwnClientApartFromTheGivenOne() {
    RedisCache<User> users = build(builder(User.class));
    long givenBefore = redis.metrics().requests();
    assertThat(users.metrics().requests()).isZero();

    assertThat(users.get("1", key -> ADA)).isEqualTo(ADA); // a read, a miss, a write
    long ownAfterLoad = users.metrics().requests();
    assertThat(ownAfterLoad).isGreaterThanOrEqualTo(2);
    assertThat(users.metrics().commands()).isGreaterThanOrEqualTo(ownAfterLoad);
    assertThat(redis.metrics().requests()).as("the given client sent nothing").isEqualTo(givenBefore);

    assertThat(users.delete("1")).isTrue(); // invalidations go through the given client
    assertThat(redis.metrics().requests()).isEqualTo(givenBefore + 1);
    assertThat(users.metrics().requests()).isEqualTo(ownAfterLoad);
  }
}
