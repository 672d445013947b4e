package io.github.restredis.queue;

import java.time.Duration;

/**
 * What a {@linkplain Queue#drain drain} did.
 *
 * @param taken jobs leased
 * @param succeeded jobs acknowledged
 * @param retried jobs that failed and will be delivered again after the backoff
 * @param deadLettered jobs moved to the dead-letter list
 * @param released jobs still running when the budget ended, handed back to the queue uncounted
 * @param elapsed the time taken, by the queue's clock
 */
public record DrainResult(int taken, int succeeded, int retried, int deadLettered, int released, Duration elapsed) {}
