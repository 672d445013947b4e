package io.github.restredis.queue;

import io.github.restredis.UpstashException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@link Queue#drain}: take jobs while the budget, the job limit and the queue allow,
 * run them, and hand back whatever still runs when the budget ends.
 */
final class Drain<T> {
  private static final Logger log = LoggerFactory.getLogger(Worker.class);
  /** Leases outlast the budget by this, so that a function killed at its timeout loses no job for long. */
  private static final long LEASE_MARGIN_MILLIS = 5_000;
  /** How often the clock is read while waiting for jobs to finish. */
  private static final long CHECK_MILLIS = 50;

  private final Queue<T> queue;
  private final JobRunner<T> runner;
  private final DrainArgs args;
  private int taken;
  private int succeeded;
  private int retried;
  private int deadLettered;

  Drain(Queue<T> queue, JobHandler<T> handler, DrainArgs args) {
    this.queue = queue;
    this.runner = new JobRunner<>(queue, handler);
    this.args = args;
  }

  DrainResult run() {
    if (!queue.evictionChecked()) {
      Worker.checkEviction(queue);
    }
    long start = queue.clock.millis();
    long end = start + args.budget().toMillis();
    ExecutorService pool = Executors.newFixedThreadPool(args.concurrency(), Worker.threads("restredis-drain-" + queue.name()));
    ExecutorCompletionService<@Nullable Settlement> done = new ExecutorCompletionService<>(pool);
    Map<Future<@Nullable Settlement>, Job<T>> running = new HashMap<>();
    boolean exhausted = false;
    boolean first = true;
    try {
      while (true) {
        long now = queue.clock.millis();
        int free = args.concurrency() - running.size();
        if (!exhausted && free > 0 && taken < args.maxJobs() && end - now > args.reserve().toMillis()) {
          try {
            if (first) {
              first = false;
              Instant due = queue.nextDue();
              if (due == null || due.toEpochMilli() > now) {
                exhausted = true;
                continue;
              }
            }
            int ask = Math.min(free, args.maxJobs() - taken);
            List<Job<T>> jobs = queue.dequeue(ask, Duration.ofMillis(Math.max(1_000, end - now) + LEASE_MARGIN_MILLIS));
            exhausted = jobs.size() < ask;
            taken += jobs.size();
            for (Job<T> job : jobs) {
              running.put(done.submit(() -> runner.run(job)), job);
            }
          } catch (UpstashException e) {
            log.warn("Queue {}: drain stops taking jobs after a failed request", queue.name(), e);
            exhausted = true;
          }
          continue;
        }
        if (running.isEmpty() || now >= end) {
          break;
        }
        Future<@Nullable Settlement> finished = done.poll(Math.min(end - now, CHECK_MILLIS), TimeUnit.MILLISECONDS);
        if (finished != null) {
          running.remove(finished);
          count(finished);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Future<@Nullable Settlement> finished; (finished = done.poll()) != null; ) {
      running.remove(finished);
      count(finished);
    }
    List<Job<T>> unfinished = new ArrayList<>(running.values());
    // Marked before the interrupt, so that an interrupted handler's failure is not settled as a nack.
    unfinished.forEach(Job::markHandedBack);
    pool.shutdownNow();
    int released = handBack(unfinished);
    return new DrainResult(taken, succeeded, retried, deadLettered, released,
        Duration.ofMillis(queue.clock.millis() - start));
  }

  private void count(Future<@Nullable Settlement> finished) {
    Settlement settlement;
    try {
      settlement = finished.get();
    } catch (ExecutionException | InterruptedException e) {
      return;
    }
    if (settlement == Settlement.SUCCEEDED) {
      succeeded++;
    } else if (settlement == Settlement.RETRY_SCHEDULED) {
      retried++;
    } else if (settlement == Settlement.DEAD_LETTERED) {
      deadLettered++;
    }
  }

  private int handBack(List<Job<T>> unfinished) {
    if (unfinished.isEmpty()) {
      return 0;
    }
    try {
      return queue.release(unfinished);
    } catch (UpstashException e) {
      log.warn("Queue {}: could not hand back {} jobs; they are delivered again when their leases end",
          queue.name(), unfinished.size(), e);
      return 0;
    }
  }
}
