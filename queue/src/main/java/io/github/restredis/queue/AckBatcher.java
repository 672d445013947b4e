package io.github.restredis.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Group commit of acks: a handler thread that finishes while another thread's ack is on the wire
 * waits for it, then sends its own ack together with every other that queued meanwhile, in one
 * request. No ack waits for a timer; a lone ack goes at once. Under load the cost of an ack (one
 * request, four commands) is shared by the jobs that finished together.
 */
final class AckBatcher<T> {
  /** One job to acknowledge and, once sent, its outcome. */
  static final class Pending<T> {
    final Job<T> job;
    final @Nullable String result;
    @Nullable Settlement settlement;
    @Nullable RuntimeException failure;
    boolean done;

    Pending(Job<T> job, @Nullable String result) {
      this.job = job;
      this.result = result;
    }
  }

  private final Function<List<Pending<T>>, List<Settlement>> send;
  private List<Pending<T>> waiting = new ArrayList<>();
  private boolean sending;

  AckBatcher(Function<List<Pending<T>>, List<Settlement>> send) {
    this.send = send;
  }

  static <T> AckBatcher<T> of(Queue<T> queue) {
    return new AckBatcher<>(batch -> {
      List<Job<T>> jobs = new ArrayList<>(batch.size());
      List<@Nullable String> results = new ArrayList<>(batch.size());
      for (Pending<T> p : batch) {
        jobs.add(p.job);
        results.add(p.result);
      }
      return queue.ackJson(jobs, results);
    });
  }

  /**
   * Acknowledges the job, alone or with others, and waits for the outcome.
   *
   * @throws RuntimeException what sending the batch threw (an {@code UpstashException})
   */
  Settlement ack(Job<T> job, @Nullable String result) throws InterruptedException {
    Pending<T> mine = new Pending<>(job, result);
    List<Pending<T>> batch;
    synchronized (this) {
      waiting.add(mine);
      while (true) {
        if (mine.done) {
          return outcome(mine);
        }
        if (!sending) {
          break;
        }
        wait();
      }
      // One pending ack per handler thread, and at most 500 threads: a batch always fits a script call.
      sending = true;
      batch = waiting;
      waiting = new ArrayList<>();
    }
    List<Settlement> settlements = null;
    RuntimeException failure = null;
    try {
      settlements = send.apply(batch);
    } catch (RuntimeException e) {
      failure = e;
    }
    synchronized (this) {
      for (int i = 0; i < batch.size(); i++) {
        Pending<T> p = batch.get(i);
        p.settlement = settlements == null ? null : settlements.get(i);
        p.failure = failure;
        p.done = true;
      }
      sending = false;
      notifyAll();
    }
    return outcome(mine);
  }

  synchronized int waitingForTest() {
    return waiting.size();
  }

  private static Settlement outcome(Pending<?> p) {
    if (p.failure != null) {
      throw p.failure;
    }
    if (p.settlement == null) {
      throw new IllegalStateException("no settlement for job " + p.job.id());
    }
    return p.settlement;
  }
}
