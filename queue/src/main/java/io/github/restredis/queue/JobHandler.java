package io.github.restredis.queue;

import org.jspecify.annotations.Nullable;

/**
 * Processes one job for a {@link Worker} or a {@linkplain Queue#drain drain}.
 *
 * <p>Returning acknowledges the job, storing the returned value (converted to JSON by Moshi) as
 * its result; null stores none. Throwing schedules a retry after the queue's backoff, or
 * dead-letters the job when it has used its deliveries; throwing {@link UnrecoverableJobException}
 * dead-letters it at once.
 *
 * @param <T> the payload type
 */
@FunctionalInterface
public interface JobHandler<T> {
  /**
   * Processes the job.
   *
   * @param job the leased job
   * @return the result to store, or null
   * @throws Exception to fail this delivery
   */
  @Nullable Object handle(Job<T> job) throws Exception;
}
