package io.github.restredis;

import java.util.List;
import java.util.Objects;

/**
 * One page of {@code XAUTOCLAIM}: what was claimed, where the next call starts, and which pending
 * IDs Redis dropped because their entries no longer exist.
 *
 * <pre>{@code
 * String start = "0-0";
 * do {
 *   AutoClaimResult<StreamEntry> page = redis.xautoclaim("events", "workers", "w2", Duration.ofMinutes(1), start);
 *   page.claimed().forEach(this::process);
 *   start = page.nextStartId();
 * } while (!start.equals("0-0"));
 * }</pre>
 *
 * @param nextStartId the start of the next call; {@code 0-0} when the whole pending list was scanned
 * @param claimed the claimed entries ({@link StreamEntry}) or IDs (JUSTID), unmodifiable
 * @param deletedIds pending IDs whose entries were deleted, removed from the pending list (Redis
 *     7.0; always empty on Redis 6.2), unmodifiable
 * @param <T> {@link StreamEntry}, or {@link String} for IDs
 */
public record AutoClaimResult<T>(String nextStartId, List<T> claimed, List<String> deletedIds) {
  /**
   * Checks and copies the lists.
   *
   * @param nextStartId the next start ID
   * @param claimed the claimed entries or IDs
   * @param deletedIds the deleted IDs
   */
  public AutoClaimResult {
    Objects.requireNonNull(nextStartId, "nextStartId == null");
    claimed = List.copyOf(claimed);
    deletedIds = List.copyOf(deletedIds);
  }
}
