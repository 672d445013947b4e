package io.github.restredis.internal.http;

import io.github.restredis.DailyBudgetWarning;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Counts billed commands per UTC day (Upstash resets its daily quota at midnight UTC) and warns
 * once a day when a share of the budget is used, then tells the caller's callback, if any.
 * Thread-safe. Shared by a client and the clients derived from it that keep its budget settings
 * (see {@link #forClient}), since Upstash counts the database's commands, not one client's.
 */
public final class CommandBudget {
  private final @Nullable HttpUrl url;
  private final long budget;
  private final long threshold;
  private final double share;
  private final Clock clock;
  private final Logger log;
  private final @Nullable Consumer<DailyBudgetWarning> onWarning;
  private final AtomicReference<LocalDate> day;
  private final AtomicLong used = new AtomicLong();
  private volatile boolean warned;

  CommandBudget(long budget, double share, Clock clock, Logger log) {
    this(null, budget, share, clock, log, null);
  }

  CommandBudget(long budget, double share, Clock clock, Logger log,
      @Nullable Consumer<DailyBudgetWarning> onWarning) {
    this(null, budget, share, clock, log, onWarning);
  }

  private CommandBudget(@Nullable HttpUrl url, long budget, double share, Clock clock, Logger log,
      @Nullable Consumer<DailyBudgetWarning> onWarning) {
    this.url = url;
    this.onWarning = onWarning;
    this.budget = budget;
    this.share = share;
    this.threshold = Math.max(1, (long) Math.ceil(budget * share));
    this.clock = clock;
    this.log = log;
    this.day = new AtomicReference<>(today());
  }

  /**
   * {@return the counter of a new client: {@code parent}'s when there is one for the same database
   * (URL) with the same budget, share and callback, so that a client and the clients derived from
   * it warn once for their combined count; a new counter otherwise}
   */
  static CommandBudget forClient(@Nullable CommandBudget parent, Settings settings, Clock clock,
      Logger log) {
    if (parent != null && parent.url != null && parent.url.equals(settings.url())
        && parent.budget == settings.dailyCommandBudget()
        && Double.compare(parent.share, settings.budgetWarnShare()) == 0
        && parent.onWarning == settings.budgetCallback()) {
      return parent;
    }
    return new CommandBudget(settings.url(), settings.dailyCommandBudget(),
        settings.budgetWarnShare(), clock, log, settings.budgetCallback());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** Adds billed commands; returns true if this call issued the warning. */
  boolean add(int commands) {
    if (budget <= 0 || commands <= 0) {
      return false;
    }
    LocalDate now = today();
    LocalDate current = day.get();
    if (!now.equals(current) && day.compareAndSet(current, now)) {
      used.set(0);
      warned = false;
    }
    long total = used.addAndGet(commands);
    if (total >= threshold && !warned) {
      synchronized (this) {
        if (warned) {
          return false;
        }
        warned = true;
      }
      log.warn("{} commands sent today (UTC), {}% of the daily budget of {} commands",
          total, Math.round(share * 100), budget);
      if (onWarning != null) {
        try {
          onWarning.accept(new DailyBudgetWarning(now, total, budget, share));
        } catch (RuntimeException e) {
          // Like a failing request listener: the request that crossed the share still succeeds.
          log.warn("daily budget callback {} failed", onWarning.getClass().getName(), e);
        }
      }
      return true;
    }
    return false;
  }
}
