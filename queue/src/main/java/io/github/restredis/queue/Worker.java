package io.github.restredis.queue;

import io.github.restredis.UpstashException;
import io.github.restredis.queue.internal.IdlePolling;
import io.github.restredis.queue.internal.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long-running consumer: one poller thread leases jobs for up to N handler threads, extends the
 * leases of long jobs, and polls less and less while the queue is idle.
 *
 * <pre>{@code
 * Worker<Email> worker = emails.worker(job -> mailer.send(job.payload())).concurrency(8).start();
 * Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
 * }</pre>
 *
 * <p>Polling: while jobs keep coming, the poller asks for as many jobs as handlers are free, in
 * one request, as soon as one is free. Handlers that finish while another's ack is on the wire
 * send their acks together in the next request. When a poll finds nothing, it switches to the cheap idle
 * check ({@link Queue#nextDue()}, one read), waiting from the minimum poll interval (250 ms by
 * default), doubling up to the maximum (40 s by default); it wakes earlier when the check
 * reports a delayed job due sooner. An idle worker with the defaults costs 97 billed
 * commands in its first idle hour and 90 in each further one (measured by {@code IdleCostIT}).
 *
 * <p>Leases are extended, in one request for all running jobs, when less than half of the
 * visibility timeout is left. {@link #close()} stops taking jobs, lets running ones finish until
 * the shutdown timeout, then hands the rest back to the queue without counting the delivery.
 *
 * @param <T> the payload type
 */
public final class Worker<T> implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Worker.class);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private enum State { RUNNING, DRAINING, STOPPED }

  private final Queue<T> queue;
  private final JobRunner<T> runner;
  private final int concurrency;
  private final Duration minPoll;
  private final IdlePolling idle;
  private final Duration shutdownTimeout;
  private final boolean extendLeases;
  private final Sleeper sleeper;
  private final Semaphore slots;
  private final Map<String, Job<T>> inFlight = new ConcurrentHashMap<>();
  private final ExecutorService handlers;
  private final Thread poller;
  private volatile State state = State.RUNNING;

  private Worker(Builder<T> b) {
    this.queue = b.queue;
    this.runner = new JobRunner<>(b.queue, b.handler);
    this.concurrency = b.concurrency;
    this.minPoll = b.minPoll;
    this.idle = new IdlePolling(b.minPoll, b.maxPoll);
    this.shutdownTimeout = b.shutdownTimeout;
    this.extendLeases = b.extendLeases;
    this.sleeper = b.sleeper;
    this.slots = new Semaphore(concurrency);
    String name = "restredis-worker-" + queue.name() + "-" + SEQUENCE.incrementAndGet();
    this.handlers = Executors.newFixedThreadPool(concurrency, threads(name));
    this.poller = threads(name + "-poller").newThread(this::pollLoop);
  }

  static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  static void checkEviction(Queue<?> queue) {
    try {
      queue.checkEvictionPolicy();
    } catch (UpstashException e) {
      log.debug("Queue {}: could not read the eviction policy", queue.name(), e);
    }
  }

  /** {@return the number of jobs being processed now} */
  public int inFlight() {
    return inFlight.size();
  }

  /** {@return whether the worker takes jobs: started and not closed} */
  public boolean isRunning() {
    return state == State.RUNNING;
  }

  private void pollLoop() {
    // Scheduling is in the sleeper's elapsed time; due times and leases in the queue's clock.
    boolean expectWork = false;
    long nextPollAt = sleeper.millis();
    long nextLeaseCheckAt = Long.MAX_VALUE;
    long leaseCheckEvery = queue.visibilityTimeout.toMillis() / 4;
    while (true) {
      State s = state;
      if (s == State.STOPPED || (s == State.DRAINING && inFlight.isEmpty())) {
        return;
      }
      long t = sleeper.millis();
      if (inFlight.isEmpty()) {
        nextLeaseCheckAt = Long.MAX_VALUE;
      } else if (nextLeaseCheckAt == Long.MAX_VALUE) {
        nextLeaseCheckAt = t + leaseCheckEvery;
      } else if (extendLeases && t >= nextLeaseCheckAt) {
        extendExpiringLeases();
        nextLeaseCheckAt = t + leaseCheckEvery;
      }
      int free = slots.availablePermits();
      if (s == State.RUNNING && free > 0 && t >= nextPollAt) {
        try {
          if (!expectWork) {
            Instant due = queue.nextDue();
            long untilDue = due == null ? Long.MAX_VALUE : due.toEpochMilli() - queue.clock.millis();
            if (untilDue > 0) {
              nextPollAt = t + Math.min(idle.next(), untilDue);
              continue;
            }
          }
          List<Job<T>> jobs = queue.dequeue(free);
          if (jobs.isEmpty()) {
            expectWork = false;
            nextPollAt = t + idle.next();
          } else {
            idle.reset();
            expectWork = jobs.size() == free;
            nextPollAt = expectWork ? t : t + minPoll.toMillis();
            submitAll(jobs);
          }
        } catch (RuntimeException e) {
          log.warn("Queue {}: poll failed; trying again later", queue.name(), e);
          expectWork = false;
          nextPollAt = t + idle.next();
        }
        continue;
      }
      long wakeAt = Math.min(s == State.RUNNING && free > 0 ? nextPollAt : Long.MAX_VALUE, nextLeaseCheckAt);
      try {
        sleeper.sleep(wakeAt == Long.MAX_VALUE ? Long.MAX_VALUE / 2_000_000 : Math.max(1, wakeAt - t));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void submitAll(List<Job<T>> jobs) {
    List<Job<T>> refused = new ArrayList<>();
    for (Job<T> job : jobs) {
      slots.acquireUninterruptibly();
      inFlight.put(job.id(), job);
      try {
        handlers.execute(() -> {
          try {
            runner.run(job);
          } finally {
            inFlight.remove(job.id());
            slots.release();
            sleeper.wake();
          }
        });
      } catch (RejectedExecutionException e) {
        // Shutdown began while these were being leased: hand them straight back.
        inFlight.remove(job.id());
        slots.release();
        refused.add(job);
      }
    }
    if (!refused.isEmpty()) {
      queue.release(refused);
    }
  }

  private void extendExpiringLeases() {
    long now = queue.clock.millis();
    long half = queue.visibilityTimeout.toMillis() / 2;
    List<Job<T>> expiring = new ArrayList<>();
    for (Job<T> job : inFlight.values()) {
      if (!job.isLeaseLost() && !job.isCancelled() && job.leaseDeadline().toEpochMilli() - now <= half) {
        expiring.add(job);
      }
    }
    if (expiring.isEmpty()) {
      return;
    }
    try {
      queue.extend(expiring);
    } catch (RuntimeException e) {
      log.warn("Queue {}: could not extend {} leases; trying again", queue.name(), expiring.size(), e);
    }
  }

  /**
   * Stops taking jobs, waits up to {@code timeout} for running ones to finish (their leases still
   * extended), then hands the rest back to the queue, uncounted, and interrupts their handlers,
   * whose outcome is then ignored.
   *
   * @param timeout how long running jobs may still take
   * @return how many jobs were handed back
   * @throws InterruptedException if interrupted while waiting; the worker is then stopped and
   *     running jobs are left to their leases
   */
  public int shutdown(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout == null");
    synchronized (this) {
      if (state != State.RUNNING) {
        return 0;
      }
      state = State.DRAINING;
    }
    sleeper.wake();
    handlers.shutdown();
    boolean finished;
    try {
      finished = handlers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } finally {
      state = State.STOPPED;
      sleeper.wake();
    }
    poller.join();
    if (finished) {
      return 0;
    }
    List<Job<T>> rest = new ArrayList<>(inFlight.values());
    rest.forEach(Job::markHandedBack);
    handlers.shutdownNow();
    int handedBack = 0;
    for (int from = 0; from < rest.size(); from += Queue.MAX_BATCH) {
      try {
        handedBack += queue.release(rest.subList(from, Math.min(rest.size(), from + Queue.MAX_BATCH)));
      } catch (UpstashException e) {
        log.warn("Queue {}: could not hand back jobs; they are delivered again when their leases end",
            queue.name(), e);
      }
    }
    log.info("Queue {}: worker stopped, {} unfinished jobs handed back", queue.name(), handedBack);
    return handedBack;
  }

  /** Shuts down with the builder's shutdown timeout (default 25 s); see {@link #shutdown(Duration)}. */
  @Override
  public void close() {
    try {
      shutdown(shutdownTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "Worker{queue=" + queue.name() + ", concurrency=" + concurrency + ", state=" + state + '}';
  }

  /**
   * Configures a {@link Worker}; start with {@link Queue#worker(JobHandler)}.
   *
   * @param <T> the payload type
   */
  public static final class Builder<T> {
    private final Queue<T> queue;
    private final JobHandler<T> handler;
    private int concurrency = 1;
    private Duration minPoll = Duration.ofMillis(250);
    private Duration maxPoll;
    private Duration shutdownTimeout = Duration.ofSeconds(25);
    private boolean extendLeases = true;
    private Sleeper sleeper = Sleeper.system();

    Builder(Queue<T> queue, JobHandler<T> handler) {
      this.queue = queue;
      // An idle check reads the source list too in plain-list mode: half as many keep the hour's cost.
      this.maxPoll = Duration.ofSeconds(queue.sourceList() == null ? 40 : 80);
      this.handler = Objects.requireNonNull(handler, "handler == null");
    }

    /**
     * Sets how many jobs run at once, each on its own thread (default 1). One poller serves them
     * all, so more handlers do not mean more polls.
     *
     * @param n 1 to 500
     * @return this builder
     */
    public Builder<T> concurrency(int n) {
      if (n < 1 || n > Queue.MAX_BATCH) {
        throw new IllegalArgumentException("concurrency must be from 1 to " + Queue.MAX_BATCH + ": " + n);
      }
      this.concurrency = n;
      return this;
    }

    /**
     * Sets the idle polling range (default 250 ms to 40 s, or to 80 s with a source list): after a
     * poll finds nothing the wait starts at {@code min} and doubles up to {@code max}. Each idle
     * poll is one billed command (two with a source list), so an idle hour costs about {@code
     * 3600 s / max} commands (twice that with a source list).
     *
     * @param min the first wait, at least 10 ms
     * @param max the longest wait, at least {@code min}
     * @return this builder
     */
    public Builder<T> pollIntervals(Duration min, Duration max) {
      Objects.requireNonNull(min, "min == null");
      Objects.requireNonNull(max, "max == null");
      if (min.toMillis() < 10 || max.compareTo(min) < 0) {
        throw new IllegalArgumentException("need 10 ms <= min <= max: " + min + ", " + max);
      }
      this.minPoll = min;
      this.maxPoll = max;
      return this;
    }

    /**
     * Sets how long {@link Worker#close()} lets running jobs finish before handing them back
     * (default 25 s).
     *
     * @param timeout zero or positive
     * @return this builder
     */
    public Builder<T> shutdownTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must not be negative: " + timeout);
      }
      this.shutdownTimeout = timeout;
      return this;
    }

    /**
     * Sets whether leases of running jobs are extended (default true). Without it, a job that
     * runs longer than the visibility timeout is delivered again while it runs.
     *
     * @param extend whether to extend
     * @return this builder
     */
    public Builder<T> extendLeases(boolean extend) {
      this.extendLeases = extend;
      return this;
    }

    Builder<T> sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Starts the worker: checks the eviction policy once per queue (a warning if it may evict),
     * then starts polling.
     *
     * @return the running worker
     */
    public Worker<T> start() {
      if (!queue.evictionChecked()) {
        checkEviction(queue);
      }
      Worker<T> worker = new Worker<>(this);
      worker.poller.start();
      return worker;
    }
  }
}
