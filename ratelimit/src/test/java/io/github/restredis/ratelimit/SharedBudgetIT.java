package io.github.restredis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restredis.DailyBudgetWarning;
import io.github.restredis.Redis;
import io.github.restredis.local.LocalRedisExtension;
import io.github.restredis.local.LocalRedisServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A rate limiter's commands count against the daily budget of the client it is built on. */
@ExtendWith(LocalRedisExtension.class)
class SharedBudgetIT {
  @Test
  void theLimiterAndItsClientWarnOnceForTheirCombinedCount(LocalRedisServer server) {
    List<DailyBudgetWarning> warnings = new CopyOnWriteArrayList<>();
    // The limiter's client copies the listener, so it sees both clients' commands.
    AtomicLong combined = new AtomicLong();
    try (Redis redis = Redis.builder().url(server.url()).token(server.token())
            .listener(e -> combined.addAndGet(e.status() == 0 ? 0 : e.commands().size()))
            .dailyCommandBudget(20, 0.5, warnings::add)
            .build();
        RateLimiter limiter = RateLimiter.builder(redis)
            .prefix("budget-" + UUID.randomUUID())
            .limit(Limit.fixedWindow(1_000, Duration.ofMinutes(1)))
            .build()) {
      while (combined.get() < 14) {
        assertThat(limiter.limit("ada").allowed()).isTrue();
        redis.incr("budget-own");
      }
      long own = redis.metrics().commands();
      assertThat(own).isPositive().isLessThan(10);
      assertThat(combined.get() - own).isPositive().isLessThan(10);
      // One command per request: the warning came at exactly 50 % of 20, once.
      assertThat(warnings).singleElement().satisfies(w -> assertThat(w.commands()).isEqualTo(10));
    }
  }
}
