package io.github.restredis.queue;

import io.github.restredis.UpstashException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a handler on one job and settles the job with what happened; shared by workers and drains. */
final class JobRunner<T> {
  private static final Logger log = LoggerFactory.getLogger(Worker.class);

  private final Queue<T> queue;
  private final JobHandler<T> handler;
  private final AckBatcher<T> acks;

  JobRunner(Queue<T> queue, JobHandler<T> handler) {
    this.queue = queue;
    this.handler = handler;
    this.acks = AckBatcher.of(queue);
  }

  /** {@return how the job was settled; null if it was handed back or settling failed (the lease then expires)} */
  @Nullable Settlement run(Job<T> job) {
    Object result;
    try {
      result = handler.handle(job);
    } catch (UnrecoverableJobException e) {
      return job.isHandedBack() ? null : settle(job, () -> queue.fail(job, Settler.errorText(e)));
    } catch (Throwable e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      if (e instanceof VirtualMachineError) {
        throw (VirtualMachineError) e;
      }
      if (job.isHandedBack()) {
        return null;
      }
      log.debug("Queue {}: job {} failed on delivery {}", queue.name(), job.id(), job.attempt(), e);
      return settle(job, () -> queue.nack(job, e));
    }
    if (job.isHandedBack()) {
      return null;
    }
    String json;
    try {
      json = result == null ? null : queue.toJson(result);
    } catch (RuntimeException e) {
      log.warn("Queue {}: the result of job {} does not convert to JSON", queue.name(), job.id(), e);
      return settle(job, () -> queue.nack(job, "result does not convert to JSON: " + Settler.errorText(e)));
    }
    return settle(job, () -> {
      try {
        return acks.ack(job, json);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while acknowledging job " + job.id(), e);
      }
    });
  }

  private @Nullable Settlement settle(Job<T> job, Supplier<Settlement> call) {
    try {
      Settlement settlement = call.get();
      if (settlement == Settlement.LEASE_LOST) {
        log.warn("Queue {}: job {} finished after its lease was lost; another delivery settles it",
            queue.name(), job.id());
      } else if (settlement == Settlement.DEAD_LETTERED) {
        log.warn("Queue {}: job {} dead-lettered after delivery {} of {}", queue.name(), job.id(),
            job.attempt(), job.maxDeliveries());
      }
      return settlement;
    } catch (UpstashException | IllegalStateException e) {
      log.warn("Queue {}: could not settle job {}; it is delivered again when its lease ends", queue.name(),
          job.id(), e);
      return null;
    }
  }
}
