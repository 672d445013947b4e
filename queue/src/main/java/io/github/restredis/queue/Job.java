package io.github.restredis.queue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A job leased to a consumer: its payload and what the delivery knows. Settle it with {@link
 * Queue#ack}, {@link Queue#nack} or {@link Queue#fail} before the lease ends, or let a {@link
 * Worker} do it.
 *
 * @param <T> the payload type
 */
public final class Job<T> {
  private final Queue<T> queue;
  private final String id;
  private final T payload;
  private final long delivery;
  private final int attempt;
  private final int maxDeliveries;
  private final int priority;
  private final Instant enqueuedAt;
  private volatile Instant leaseDeadline;
  private volatile boolean cancelled;
  private volatile boolean leaseLost;
  private volatile boolean handedBack;

  Job(Queue<T> queue, String id, T payload, long delivery, int attempt, int maxDeliveries, int priority,
      Instant enqueuedAt, Instant leaseDeadline) {
    this.queue = queue;
    this.id = id;
    this.payload = payload;
    this.delivery = delivery;
    this.attempt = attempt;
    this.maxDeliveries = maxDeliveries;
    this.priority = priority;
    this.enqueuedAt = enqueuedAt;
    this.leaseDeadline = leaseDeadline;
  }

  /** {@return the job's id} */
  public String id() {
    return id;
  }

  /** {@return the payload} */
  public T payload() {
    return payload;
  }

  /** {@return which delivery this is, counted against {@link #maxDeliveries()}: 1 for the first} */
  public int attempt() {
    return attempt;
  }

  /** {@return the deliveries allowed; the job is dead-lettered when the last one fails} */
  public int maxDeliveries() {
    return maxDeliveries;
  }

  /** {@return whether this is the last delivery allowed} */
  public boolean isLastAttempt() {
    return attempt >= maxDeliveries;
  }

  /** {@return the priority} */
  public int priority() {
    return priority;
  }

  /** {@return when the job was enqueued} */
  public Instant enqueuedAt() {
    return enqueuedAt;
  }

  /** {@return when the lease ends unless extended; after it, the job is delivered again} */
  public Instant leaseDeadline() {
    return leaseDeadline;
  }

  /** {@return whether the job was cancelled while leased (seen when the lease was last extended)} */
  public boolean isCancelled() {
    return cancelled;
  }

  /** {@return whether the lease was found lost (expired and delivered again) when last extended} */
  public boolean isLeaseLost() {
    return leaseLost;
  }

  /**
   * Reports progress, readable with {@link Queue#status(String)}, and extends the lease, in one
   * request.
   *
   * @param progress any value Moshi converts to JSON (a number, a map, a record)
   * @return false if the lease is no longer this consumer's or the job was cancelled
   */
  public boolean progress(@Nullable Object progress) {
    return queue.progress(this, progress);
  }

  long delivery() {
    return delivery;
  }

  void leaseExtended(Instant deadline) {
    this.leaseDeadline = deadline;
  }

  void markCancelled() {
    this.cancelled = true;
  }

  void markLeaseLost() {
    this.leaseLost = true;
  }

  /** Set by a consumer that released the job while its handler still ran: the handler's outcome is dropped. */
  void markHandedBack() {
    this.handedBack = true;
  }

  boolean isHandedBack() {
    return handedBack;
  }

  @Override
  public String toString() {
    return "Job{id=" + id + ", attempt=" + attempt + "/" + maxDeliveries + ", queue=" + queue.name() + '}';
  }
}
