package io.github.restredis.queue;

import io.github.restredis.queue.internal.Sleeper;
import java.time.Duration;

/**
 * A sleeper that spends no real time: each wait moves the test's clock instead, so a worker lives
 * through an idle hour in a moment. At {@link #pauseAt} it stops, until the test resumes it.
 */
final class VirtualTime implements Sleeper {
  private final MutableClock clock;
  private long pauseAt;
  private boolean paused;
  private boolean woken;

  VirtualTime(MutableClock clock, Duration runFor) {
    this.clock = clock;
    this.pauseAt = clock.millis() + runFor.toMillis();
  }

  @Override
  public long millis() {
    return clock.millis();
  }

  @Override
  public synchronized void sleep(long millis) throws InterruptedException {
    if (woken) {
      woken = false;
      return;
    }
    long step = Math.min(millis, Math.max(0, pauseAt - clock.millis()));
    clock.advance(Duration.ofMillis(step));
    if (clock.millis() >= pauseAt) {
      paused = true;
      notifyAll();
      while (paused && !woken) {
        wait();
      }
      woken = false;
    }
  }

  @Override
  public synchronized void wake() {
    woken = true;
    notifyAll();
  }

  /** Waits (really) until the worker has used up the virtual time. */
  synchronized void awaitPause() throws InterruptedException {
    while (!paused) {
      wait();
    }
  }

  /** Lets the worker run for another stretch of virtual time. */
  synchronized void resume(Duration runFor) {
    pauseAt = clock.millis() + runFor.toMillis();
    paused = false;
    notifyAll();
  }
}
