package io.github.restredis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The summary form of {@code XPENDING}: how many entries a group has pending, their ID range, and
 * how many each consumer holds.
 *
 * @param count the number of pending entries
 * @param lowestId the lowest pending ID, or null when none is pending
 * @param highestId the highest pending ID, or null when none is pending
 * @param consumers pending entries per consumer, in Redis's order, unmodifiable
 */
public record StreamPendingSummary(
    long count, @Nullable String lowestId, @Nullable String highestId, Map<String, Long> consumers) {
  /**
   * Copies the consumers, keeping their order.
   *
   * @param count the number of pending entries
   * @param lowestId the lowest pending ID, or null
   * @param highestId the highest pending ID, or null
   * @param consumers pending entries per consumer
   */
  public StreamPendingSummary {
    consumers = Collections.unmodifiableMap(new LinkedHashMap<>(consumers));
  }
}
