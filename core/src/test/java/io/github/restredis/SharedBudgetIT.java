package io.github.restredis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.cache.RedisCache;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily command budget counts a client and the clients derived from it (a rate limiter's, a
 * cache's) together, against the local server: one warning, for the combined count.
 */
@ExtendWith(LocalRedisExtension.class)
class SharedBudgetIT {
  private final LocalRedisServer server;

  SharedBudgetIT(LocalRedisServer server) {
    this.server = server;
  }

  @Test
  void aClientAVariantAndACacheBuiltOnItWarnOnceForTheirCombinedCount() {
    List<DailyBudgetWarning> warnings = new CopyOnWriteArrayList<>();
    // Every derived client copies the listener, so it sees the commands of all three.
    AtomicLong combined = new AtomicLong();
    List<Long> combinedAtWarning = new CopyOnWriteArrayList<>();
    try (Redis redis = Redis.builder().url(server.url()).token(server.token())
            .listener(e -> combined.addAndGet(e.status() == 0 ? 0 : e.commands().size()))
            .dailyCommandBudget(40, 0.5, w -> {
              warnings.add(w);
              combinedAtWarning.add(combined.get()); // the crossing request is not counted yet
            })
            .build();
        // What RateLimiter.Builder.build() derives: no retries, a short deadline.
        Redis limiterStyle = redis.newBuilder().retryPolicy(RetryPolicy.none()).build();
        RedisCache<String> cache = RedisCache.builder(redis, "budget", String.class).build()) {
      int round = 0;
      while (combined.get() < 24) {
        redis.incr("own");
        limiterStyle.incr("limited");
        assertThat(cache.get("c" + round, key -> "loaded")).isEqualTo("loaded");
        round++;
      }

      long own = redis.metrics().commands();
      long limited = limiterStyle.metrics().commands();
      long cached = combined.get() - own - limited;
      assertThat(own).isPositive().isLessThan(20);
      assertThat(limited).isPositive().isLessThan(20);
      assertThat(cached).isPositive().isLessThan(20);
      // Each request carried one command, so the warning came at exactly 50 % of 40.
      assertThat(warnings).singleElement().satisfies(w -> {
        assertThat(w.commands()).isEqualTo(20);
        assertThat(w.budget()).isEqualTo(40);
      });
      assertThat(combinedAtWarning).containsExactly(19L);
    }
  }

  @Test
  void aVariantWithItsOwnBudgetIsNotCountedWithItsParent() {
    List<DailyBudgetWarning> parentWarnings = new CopyOnWriteArrayList<>();
    List<DailyBudgetWarning> variantWarnings = new CopyOnWriteArrayList<>();
    try (Redis redis = Redis.builder().url(server.url()).token(server.token())
            .dailyCommandBudget(4, 1.0, parentWarnings::add).build();
        Redis variant = redis.newBuilder().dailyCommandBudget(3, 1.0, variantWarnings::add).build()) {
      for (int i = 0; i < 3; i++) {
        variant.incr("variant");
      }
      redis.incr("own");
      assertThat(variantWarnings).singleElement().satisfies(w -> assertThat(w.commands()).isEqualTo(3));
      assertThat(parentWarnings).isEmpty();
      for (int i = 0; i < 3; i++) {
        redis.incr("own");
      }
      assertThat(parentWarnings).singleElement().satisfies(w -> assertThat(w.commands()).isEqualTo(4));
    }
  }
}
