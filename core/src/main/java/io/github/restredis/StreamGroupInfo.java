package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One consumer group, as {@code XINFO GROUPS} describes it.
 *
 * @param name the group name
 * @param consumers the number of consumers
 * @param pending the number of entries delivered but not acknowledged
 * @param lastDeliveredId the ID of the last entry delivered to the group
 * @param entriesRead the logical read counter (Redis 7.0), or null when unknown or older
 * @param lag the number of entries not yet delivered (Redis 7.0), or null when Redis cannot tell
 */
public record StreamGroupInfo(
    String name,
    long consumers,
    long pending,
    String lastDeliveredId,
    @Nullable Long entriesRead,
    @Nullable Long lag) {
  /**
   * Checks the strings.
   *
   * @param name the group name
   * @param consumers the number of consumers
   * @param pending the pending entries
   * @param lastDeliveredId the last delivered ID
   * @param entriesRead the read counter, or null
   * @param lag the lag, or null
   */
  public StreamGroupInfo {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(lastDeliveredId, "lastDeliveredId == null");
  }
}
