package io.github.restredis.queue;

/**
 * A queue's sizes and counters at one moment, read in one request.
 *
 * @param waiting jobs ready to be taken now
 * @param delayed jobs waiting for their time: delayed at enqueue, or backing off before a retry
 * @param inFlight jobs leased by consumers
 * @param dead jobs in the dead-letter list
 * @param processed jobs acknowledged since the queue was created
 * @param failed jobs dead-lettered since the queue was created
 */
public record QueueMetrics(long waiting, long delayed, long inFlight, long dead, long processed, long failed) {}
