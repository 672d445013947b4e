package io.github.restredis.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** XFetch early refresh and stale-while-revalidate, on an injected clock and random source. */
class RefreshIT extends CacheFixture {
  private static final long DELTA = 1_000;
  private static final long TTL = 60_000;
  private static final int DRAWS = 200;

  private final AtomicInteger loads = new AtomicInteger();
  private volatile boolean failing;
  private int draw;

  /** Takes DELTA on the injected clock; fails at once while {@code failing}. */
  private final CacheLoader<User> loader = id -> {
    loads.incrementAndGet();
    if (failing) {
      throw new IllegalStateException("database down");
    }
    clock.advance(Duration.ofMillis(DELTA));
    return new User(id, "v" + loads.get(), 1);
  };

  /** Stratified draws U = (i + 0.5) / DRAWS, cycling: exact expected counts, no luck involved. */
  private double nextU() {
    return (draw++ % DRAWS + 0.5) / DRAWS;
  }

  @Test
  void refreshProbabilityRisesTowardExpiryAsThePaperSays() {
    for (double beta : new double[] {1.0, 2.0}) {
      ns = ns + "b";
      RedisCache<User> users = build(builder(User.class).ttl(Duration.ofMillis(TTL))
          .earlyRefreshBeta(beta).random(FixedRandom.drawingU(this::nextU)));
      User first = users.get("k", loader);
      long expiry = clock.millis() + TTL;
      // Refreshes fail from now on, so the entry and its expiry stay as they are.
      failing = true;
      List<Long> counts = new ArrayList<>();
      for (long gap : new long[] {8_000, 4_000, 2_000, 1_000, 500, 100, 1}) {
        clock.set(expiry - gap);
        long before = users.stats().earlyRefreshes();
        for (int i = 0; i < DRAWS; i++) {
          assertThat(users.get("k", loader)).isEqualTo(first);
        }
        long refreshed = users.stats().earlyRefreshes() - before;
        double p = XFetch.probability(expiry - gap, DELTA, expiry, beta);
        // U <= exp(-gap / (delta * beta)) refreshes: with stratified U, exactly this many.
        assertThat(refreshed).as("gap %d ms, beta %s", gap, beta)
            .isEqualTo(Math.round(Math.floor(p * DRAWS + 0.5)));
        counts.add(refreshed);
      }
      assertThat(counts).isSorted();
      assertThat(counts.get(0)).isLessThan(counts.get(counts.size() - 1));
      failing = false;
      clock.set(T0);
      draw = 0;
    }
  }

  @Test
  void anEarlyRefreshStoresTheNewValueAndKeepsServingMeanwhile() {
    RedisCache<User> users = build(builder(User.class).ttl(Duration.ofMillis(TTL))
        .random(FixedRandom.drawingU(() -> 0.5)));
    assertThat(users.get("k", loader).name()).isEqualTo("v1");
    long expiry = clock.millis() + TTL;
    // With U = 0.5 a reader refreshes once within delta * ln 2 = 693 ms of expiry.
    clock.set(expiry - 10_000);
    assertThat(users.get("k", loader).name()).isEqualTo("v1");
    assertThat(loads).hasValue(1);
    clock.set(expiry - 600);
    assertThat(users.get("k", loader).name()).as("the current value, refreshed behind it").isEqualTo("v1");
    assertThat(loads).hasValue(2);
    assertThat(users.get("k").name()).isEqualTo("v2");
    assertThat(users.stats().earlyRefreshes()).isEqualTo(1);
  }

  @Test
  void betaZeroTurnsEarlyRefreshOff() {
    RedisCache<User> users = build(builder(User.class).ttl(Duration.ofMillis(TTL))
        .earlyRefreshBeta(0).random(FixedRandom.drawingU(() -> 1e-300)));
    users.get("k", loader);
    clock.advance(Duration.ofMillis(TTL - 1));
    users.get("k", loader);
    assertThat(loads).hasValue(1);
  }

  @Test
  void staleValuesAreServedWhileRefreshingAndThroughoutTheGraceIfTheLoaderFails() {
    RedisCache<User> users = build(builder(User.class).ttl(Duration.ofMillis(TTL))
        .earlyRefreshBeta(0).grace(Duration.ofMinutes(10)));
    assertThat(users.get("k", loader).name()).isEqualTo("v1");
    clock.advance(Duration.ofMillis(TTL + 1));
    failing = true;
    for (int i = 0; i < 3; i++) {
      assertThat(users.get("k", loader).name()).as("stale, loader failing").isEqualTo("v1");
    }
    CacheStats stats = users.stats();
    assertThat(stats.staleHits()).isEqualTo(3);
    assertThat(stats.loadFailures()).isEqualTo(3);
    assertThat(users.get("k")).as("plain reads return fresh values only").isNull();

    failing = false;
    assertThat(users.get("k", loader).name()).as("still the stale one; the refresh runs behind it")
        .isEqualTo("v1");
    assertThat(users.get("k", loader).name()).isEqualTo("v5");
    assertThat(users.stats().staleHits()).isEqualTo(4);
  }

  @Test
  void withoutGraceAnExpiredValueIsAMiss() {
    RedisCache<User> users = build(builder(User.class).ttl(Duration.ofMillis(TTL)).earlyRefreshBeta(0));
    users.get("k", loader);
    clock.advance(Duration.ofMillis(TTL));
    assertThat(users.get("k", loader).name()).isEqualTo("v2");
    assertThat(users.stats().staleHits()).isZero();
  }
}
