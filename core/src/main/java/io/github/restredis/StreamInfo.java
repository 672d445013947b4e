package io.github.restredis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code XINFO STREAM} tells about a stream. Fields newer than the running Redis are null.
 *
 * @param length the number of entries
 * @param radixTreeKeys the keys of the underlying radix tree
 * @param radixTreeNodes the nodes of the underlying radix tree
 * @param lastGeneratedId the ID of the last entry ever added
 * @param maxDeletedEntryId the highest ID deleted (Redis 7.0), or null
 * @param entriesAdded the number of entries ever added (Redis 7.0), or null
 * @param recordedFirstEntryId the ID of the first entry Redis recorded (Redis 7.0), or null
 * @param groups the number of consumer groups
 * @param firstEntry the first entry, or null when the stream is empty
 * @param lastEntry the last entry, or null when the stream is empty
 */
public record StreamInfo(
    long length,
    long radixTreeKeys,
    long radixTreeNodes,
    String lastGeneratedId,
    @Nullable String maxDeletedEntryId,
    @Nullable Long entriesAdded,
    @Nullable String recordedFirstEntryId,
    long groups,
    @Nullable StreamEntry firstEntry,
    @Nullable StreamEntry lastEntry) {
  /**
   * Checks the last generated ID.
   *
   * @param length the number of entries
   * @param radixTreeKeys the radix tree keys
   * @param radixTreeNodes the radix tree nodes
   * @param lastGeneratedId the last generated ID
   * @param maxDeletedEntryId the highest deleted ID, or null
   * @param entriesAdded the entries ever added, or null
   * @param recordedFirstEntryId the recorded first ID, or null
   * @param groups the number of groups
   * @param firstEntry the first entry, or null
   * @param lastEntry the last entry, or null
   */
  public StreamInfo {
    Objects.requireNonNull(lastGeneratedId, "lastGeneratedId == null");
  }
}
