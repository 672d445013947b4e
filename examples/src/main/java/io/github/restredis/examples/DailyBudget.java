package io.github.restredis.examples;

import io.github.restredis.DailyBudgetWarning;
import io.github.restredis.MetricsSnapshot;
import io.github.restredis.Redis;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A daily command budget warning, as a free-tier service sets it. Upstash's free tier allows
 * 10,000 commands a day, counted from midnight UTC; the client counts the commands it sends and,
 * once a UTC day, logs a WARN on the {@code io.github.restredis} logger when a share of the budget
 * is used, and calls the service's own callback: here it raises an alert and turns off optional
 * writes for the rest of the day.
 *
 * <p>The budget counts the commands of this client and of the clients derived from it with
 * {@code newBuilder()}, such as a rate limiter's or a cache's built on it, together. Upstash counts
 * the whole database: every process and every Lambda container has its own count, so give each
 * its share of the quota, and watch the database's total in the Upstash console.
 *
 * <p>Run with {@code mvn -q -B -pl examples -am package -DskipTests exec:java
 * -Dexample=io.github.restredis.examples.DailyBudget}: against Upstash when {@code
 * UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN} are set, else against a local
 * server. It demonstrates with a budget of 50, so that it costs 67 commands of a real quota.
 */
public final class DailyBudget {
  /** Upstash's free tier. */
  static final long FREE_TIER_COMMANDS_PER_DAY = 10_000;
  /** Warn at 80 %, early enough to act the same day. */
  static final double WARN_AT = 0.8;
  /** The demonstration's budget: the warning comes after 40 commands, not 8,000 of your quota. */
  static final long DEMO_BUDGET = 50;

  private DailyBudget() {}

  /**
   * Runs the demonstration.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    AtomicBoolean saveQuota = new AtomicBoolean();
    AtomicInteger warnings = new AtomicInteger();
    try (Target target = Target.fromEnvOrLocal()) {
      System.out.printf(Locale.ROOT, "free tier         -> dailyCommandBudget(%d, %.1f): one WARN a UTC day at %d"
          + " commands%n", FREE_TIER_COMMANDS_PER_DAY, WARN_AT, Math.round(FREE_TIER_COMMANDS_PER_DAY * WARN_AT));
      System.out.printf(Locale.ROOT, "this demo         -> budget %d, warning at %d, so that it runs in seconds and"
          + " spends 67 commands of the quota%n", DEMO_BUDGET, Math.round(DEMO_BUDGET * WARN_AT));

      try (Redis redis = Redis.builder().url(target.url()).token(target.token())
          // A real service: .dailyCommandBudget(FREE_TIER_COMMANDS_PER_DAY, WARN_AT, ...)
          .dailyCommandBudget(DEMO_BUDGET, WARN_AT, warning -> {
            // Runs on the request's thread, before the request returns: keep it fast.
            warnings.incrementAndGet();
            saveQuota.set(true);
            alert(warning);
          })
          .build()) {
        int logged = 0;
        for (int view = 1; view <= 45; view++) {
          redis.incr("budget-demo:views");             // the work that must happen
          if (!saveQuota.get()) {                       // optional: off once the budget warned
            redis.rpush("budget-demo:log", "view " + view);
            logged++;
          }
        }
        System.out.println("45 page views     -> views " + redis.get("budget-demo:views") + ", logged " + logged
            + " (logging stopped at the warning)");

        // Counters since the client was built (the budget counts since midnight UTC): export them
        // to your metrics system, or with io.github.restredis.micrometer.RedisMetrics.
        MetricsSnapshot usage = redis.metrics();
        System.out.println("redis.metrics()   -> " + usage.requests() + " HTTP requests, " + usage.commands()
            + " billed commands, " + usage.retries() + " retries");
        System.out.println("warnings          -> " + warnings.get()
            + " (once per UTC day, however far past the budget; nothing is refused)");
        redis.del("budget-demo:views", "budget-demo:log");
      }
    }
  }

  /** Where a service would page someone or post to its chat. */
  private static void alert(DailyBudgetWarning warning) {
    System.out.println("alert hook        -> " + warning.commands() + " of " + warning.budget()
        + " commands used on " + warning.day() + " (UTC): optional writes off for today");
  }
}
