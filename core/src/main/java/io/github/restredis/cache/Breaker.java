package io.github.restredis.cache;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A circuit breaker for the cache's Redis calls: after {@code threshold} consecutive failures it
 * opens and refuses calls for {@code openMillis}; then one probe at a time goes through (half
 * open), closing it on success and reopening it on failure.
 */
final class Breaker {
  private static final Logger log = LoggerFactory.getLogger("io.github.restredis.cache");

  private final String name;
  private final int threshold;
  private final long openMillis;
  private final Clock clock;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicBoolean probing = new AtomicBoolean();
  /** 0 while closed; else the instant (clock millis) from which probes may go through. */
  private volatile long openUntil;

  Breaker(String name, int threshold, long openMillis, Clock clock) {
    this.name = name;
    this.threshold = threshold;
    this.openMillis = openMillis;
    this.clock = clock;
  }

  /** {@return whether a call may go to Redis now} */
  boolean allow() {
    long until = openUntil;
    if (until == 0) {
      return true;
    }
    if (clock.millis() < until) {
      return false;
    }
    return probing.compareAndSet(false, true);
  }

  void success() {
    failures.set(0);
    if (openUntil != 0) {
      openUntil = 0;
      log.info("cache {}: Redis answers again; circuit closed", name);
    }
    probing.set(false);
  }

  void failure() {
    if (probing.getAndSet(false)) {
      openUntil = clock.millis() + openMillis;
      return;
    }
    if (failures.incrementAndGet() >= threshold && openUntil == 0) {
      openUntil = clock.millis() + openMillis;
      log.warn("cache {}: {} consecutive Redis failures; not asking Redis for {} ms",
          name, threshold, openMillis);
    }
  }

  /** Gives back a probe that asked nothing, so that another call may probe. */
  void cancelProbe() {
    probing.set(false);
  }

  /** {@return whether the breaker is closed} */
  boolean closed() {
    return openUntil == 0;
  }
}
