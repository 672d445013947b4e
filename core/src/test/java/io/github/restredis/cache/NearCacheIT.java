package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.Redis;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The near cache: hits without requests, its bound, its staleness bound, its invalidation. */
class NearCacheIT extends CacheFixture {
  private static final User ADA = new User("1", "Ada", 36);
  private static final User OLDER = new User("1", "Ada", 37);

  @Test
  void repeatedReadsCostNoRequest() {
    AtomicInteger requests = new AtomicInteger();
    Redis counted = closing(redis.newBuilder().listener(e -> requests.incrementAndGet()).build());
    RedisCache<User> users = closing(RedisCache.builder(counted, ns, User.class).redisTimeout(PATIENT).clock(clock)
        .nearCache(100, Duration.ofSeconds(1)).build());
    users.get("1", id -> ADA);
    requests.set(0);
    for (int i = 0; i < 1_000; i++) {
      assertThat(users.get("1", id -> null)).isEqualTo(ADA);
    }
    assertThat(requests).hasValue(0);
    assertThat(users.stats().nearHits()).isEqualTo(1_000);
    assertThat(users.get("1")).isEqualTo(ADA);
    assertThat(users.getAll(List.of("1"))).containsEntry("1", ADA);
    assertThat(requests).hasValue(0);
  }

  @Test
  void anotherProcessWriteShowsAfterAtMostTheNearTtl() {
    RedisCache<User> here = build(builder(User.class).nearCache(100, Duration.ofSeconds(2)));
    RedisCache<User> there = build(builder(User.class));
    here.put("1", ADA);
    assertThat(here.get("1")).isEqualTo(ADA);
    there.put("1", OLDER);
    clock.advance(Duration.ofMillis(1_999));
    assertThat(here.get("1")).as("within the staleness bound").isEqualTo(ADA);
    clock.advance(Duration.ofMillis(1));
    assertThat(here.get("1")).isEqualTo(OLDER);
  }

  @Test
  void ownWritesAndInvalidationsTakeEffectAtOnce() {
    RedisCache<User> users = build(builder(User.class).nearCache(100, Duration.ofMinutes(1)));
    users.put("1", ADA);
    users.put("1", OLDER);
    assertThat(users.get("1")).isEqualTo(OLDER);
    users.delete("1");
    assertThat(users.get("1")).isNull();
    users.put("1", ADA);
    users.invalidateAll();
    assertThat(users.get("1")).isNull();
    users.put("p:1", ADA);
    users.deleteByPrefix("p:");
    assertThat(users.get("p:1")).isNull();
  }

  @Test
  void nearEntriesNeverOutliveTheirFreshness() {
    RedisCache<User> users = build(builder(User.class).nearCache(100, Duration.ofMinutes(10)));
    users.put("1", ADA, Duration.ofSeconds(5));
    clock.advance(Duration.ofSeconds(5));
    assertThat(users.get("1")).isNull();
    assertThat(users.stats().nearHits()).isZero();
  }

  @Test
  void theNearCacheIsBounded() {
    RedisCache<User> users = build(builder(User.class).nearCache(10, Duration.ofMinutes(1)));
    for (int i = 0; i < 50; i++) {
      users.put("u" + i, new User("u" + i, "n", i));
    }
    assertThat(users.engine().near.size()).isEqualTo(10);
  }

  @Test
  void absencesAreNearCachedToo() {
    RedisCache<User> users = build(builder(User.class).nearCache(10, Duration.ofSeconds(1)));
    AtomicInteger loads = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      users.get("404", id -> {
        loads.incrementAndGet();
        return null;
      });
    }
    assertThat(loads).hasValue(1);
    assertThat(users.stats().nearHits()).isEqualTo(4);
    assertThat(users.stats().negativeHits()).isEqualTo(4);
  }
}
