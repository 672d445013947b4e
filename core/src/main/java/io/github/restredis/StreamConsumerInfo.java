package io.github.restredis;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One consumer of a group, as {@code XINFO CONSUMERS} describes it.
 *
 * @param name the consumer name
 * @param pending the number of entries delivered to it and not acknowledged
 * @param idle the time since it last interacted with the group (read, claim, ack)
 * @param inactive the time since its last successful interaction (Redis 7.2), or null when older
 *     or when it never had one
 */
public record StreamConsumerInfo(String name, long pending, Duration idle, @Nullable Duration inactive) {
  /**
   * Checks the values.
   *
   * @param name the consumer name
   * @param pending the pending entries
   * @param idle the idle time
   * @param inactive the inactive time, or null
   */
  public StreamConsumerInfo {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(idle, "idle == null");
  }
}
