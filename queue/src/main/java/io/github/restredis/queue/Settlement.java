package io.github.restredis.queue;

/** What became of a leased job when its consumer settled it (ack, nack, fail). */
public enum Settlement {
  /** Acknowledged: the job succeeded. */
  SUCCEEDED,
  /** Failed; it will be delivered again after the backoff. */
  RETRY_SCHEDULED,
  /** Failed for good or out of deliveries: moved to the dead-letter list. */
  DEAD_LETTERED,
  /** The job was cancelled while it ran; nothing changed. */
  CANCELLED,
  /**
   * The lease was no longer this consumer's: it expired and the job was delivered again, or the
   * job's record is gone. Nothing changed; another delivery settles the job.
   */
  LEASE_LOST;

  static Settlement of(String reply) {
    switch (reply) {
      case "ok":
      case "succeeded":
        return SUCCEEDED;
      case "delayed":
        return RETRY_SCHEDULED;
      case "failed":
        return DEAD_LETTERED;
      case "cancelled":
        return CANCELLED;
      default:
        return LEASE_LOST;
    }
  }
}
