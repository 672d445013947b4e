package io.github.restredis.queue;

/** Where a job is in its life, as {@link Queue#status(String)} reports it. */
public enum JobState {
  /** Waiting to be taken: ready now, or delayed (at enqueue or for a retry) until {@link JobStatus#availableAt()}. */
  QUEUED,
  /** Leased by a consumer that has not settled it yet. */
  PROCESSING,
  /** Acknowledged, with the handler's result if it returned one. */
  SUCCEEDED,
  /** Out of deliveries, or failed for good: in the dead-letter list, with the last error. */
  FAILED,
  /** Cancelled before it finished. */
  CANCELLED;

  static JobState of(String stored) {
    switch (stored) {
      case "waiting":
      case "delayed":
        return QUEUED;
      case "active":
        return PROCESSING;
      case "succeeded":
        return SUCCEEDED;
      case "failed":
        return FAILED;
      case "cancelled":
        return CANCELLED;
      default:
        throw new IllegalStateException("unknown job state: " + stored);
    }
  }
}
