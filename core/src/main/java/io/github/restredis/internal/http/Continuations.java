package io.github.restredis.internal.http;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import org.jspecify.annotations.Nullable;

/**
 * Where an async send continues: completions on the dispatcher's executor, so a caller blocking in
 * a callback never holds a dispatcher slot or the scheduler; retries after their backoff on one
 * scheduler thread, started on first use since most clients never retry.
 */
final class Continuations {
  private final Dispatcher dispatcher;
  private final Object lock = new Object();
  private @Nullable ScheduledExecutorService scheduler;

  Continuations(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  /** Runs {@code completion} on the dispatcher's executor, or here once that is shut down. */
  void complete(Runnable completion) {
    try {
      dispatcher.executorService().execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }

  /** Runs {@code task} later on the one scheduler thread, created on first use. */
  void schedule(Runnable task, long delay, TimeUnit unit) {
    ScheduledExecutorService s;
    synchronized (lock) {
      if (scheduler == null) {
        ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(1, r -> {
          Thread t = new Thread(r, "restredis-retry-scheduler");
          t.setDaemon(true);
          return t;
        });
        created.setRemoveOnCancelPolicy(true);
        scheduler = created;
      }
      s = scheduler;
    }
    try {
      s.schedule(() -> complete(task), delay, unit);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }

  /** Runs the waiting retries now (they fail as closed), so no future is left incomplete. */
  void shutdown() {
    synchronized (lock) {
      if (scheduler != null) {
        scheduler.shutdownNow().forEach(Runnable::run);
      }
    }
  }
}
