package io.github.restredis;

import java.time.Duration;
import java.util.Objects;

/**
 * One pending entry, as the extended form of {@code XPENDING} lists it.
 *
 * @param id the entry ID
 * @param consumer the consumer that holds it
 * @param idle the time since it was last delivered
 * @param deliveryCount how many times it was delivered
 */
public record StreamPendingEntry(String id, String consumer, Duration idle, long deliveryCount) {
  /**
   * Checks the values.
   *
   * @param id the entry ID
   * @param consumer the consumer
   * @param idle the idle time
   * @param deliveryCount the delivery count
   */
  public StreamPendingEntry {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(consumer, "consumer == null");
    Objects.requireNonNull(idle, "idle == null");
  }
}
