package io.github.restredis.queue;

/**
 * A job in the dead-letter list, as {@link DeadLetters#list(int, int)} lists it.
 *
 * @param id the job's id
 * @param payload the payload as stored, JSON; shown raw because it may be what made the job fail
 * @param status the job's status: {@link JobState#FAILED} with its last error and deliveries
 */
public record DeadJob(String id, String payload, JobStatus status) {}
