package io.github.restredis.internal.http;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;

/**
 * Counts billed commands per UTC day (Upstash resets its daily quota at midnight UTC) and warns
 * once a day when a share of the budget is used.
 */
final class CommandBudget {
  private final long budget;
  private final long threshold;
  private final double share;
  private final Clock clock;
  private final Logger log;
  private final AtomicReference<LocalDate> day;
  private final AtomicLong used = new AtomicLong();
  private volatile boolean warned;

  CommandBudget(long budget, double share, Clock clock, Logger log) {
    this.budget = budget;
    this.share = share;
    this.threshold = Math.max(1, (long) Math.ceil(budget * share));
    this.clock = clock;
    this.log = log;
    this.day = new AtomicReference<>(today());
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
      return true;
    }
    return false;
  }
}
