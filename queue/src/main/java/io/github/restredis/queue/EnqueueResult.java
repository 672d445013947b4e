package io.github.restredis.queue;

/**
 * The outcome of one enqueue.
 *
 * @param id the job's id: the new job's, or, for a repeated idempotency key, the earlier job's
 * @param created false when the idempotency key was already used within its retention, so that
 *     nothing was added
 */
public record EnqueueResult(String id, boolean created) {}
