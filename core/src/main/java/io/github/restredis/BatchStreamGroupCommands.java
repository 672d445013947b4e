// Generated from StreamGroupCommands.java by SurfaceGenerator (core tests): do not edit.
// Change StreamGroupCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.StreamGroups;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link StreamGroupCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchStreamGroupCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Creates a consumer group (XGROUP CREATE); an existing group is a {@link
   * RedisErrorException} ({@code BUSYGROUP}).
   *
   * @param key the stream, which must exist
   * @param group the group name
   * @param id the last delivered ID: {@code $} for only new entries, {@code 0} for all
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> xgroupCreate(String key, String group, String id) {
    return run(StreamGroups.xgroupCreate(key, group, id, XGroupCreateArgs.none()));
  }

  /**
   * Creates a consumer group with options: MKSTREAM, ENTRIESREAD (XGROUP CREATE); an existing
   * group is a {@link RedisErrorException} ({@code BUSYGROUP}).
   *
   * @param key the stream
   * @param group the group name
   * @param id the last delivered ID: {@code $} for only new entries, {@code 0} for all
   * @param args the options
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> xgroupCreate(String key, String group, String id, XGroupCreateArgs args) {
    return run(StreamGroups.xgroupCreate(key, group, id, args));
  }

  /**
   * Sets a group's last delivered ID (XGROUP SETID).
   *
   * @param key the stream
   * @param group the group
   * @param id the new last delivered ID, {@code $} for the stream's last
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> xgroupSetid(String key, String group, String id) {
    return run(StreamGroups.xgroupSetid(key, group, id, null));
  }

  /**
   * Sets a group's last delivered ID and its entries-read counter (XGROUP SETID … ENTRIESREAD,
   * Redis 7.0).
   *
   * @param key the stream
   * @param group the group
   * @param id the new last delivered ID
   * @param entriesRead the entries-read counter
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> xgroupSetid(String key, String group, String id, long entriesRead) {
    return run(StreamGroups.xgroupSetid(key, group, id, entriesRead));
  }

  /**
   * Deletes a consumer group and its pending entries list (XGROUP DESTROY).
   *
   * @param key the stream
   * @param group the group
   * @return a response that holds, after exec, true if the group existed
   */
  default Response<Boolean> xgroupDestroy(String key, String group) {
    return run(StreamGroups.xgroupDestroy(key, group));
  }

  /**
   * Creates a consumer in a group (XGROUP CREATECONSUMER).
   *
   * @param key the stream
   * @param group the group
   * @param consumer the consumer name
   * @return a response that holds, after exec, true if it was created, false if it existed
   */
  default Response<Boolean> xgroupCreateconsumer(String key, String group, String consumer) {
    return run(StreamGroups.xgroupCreateconsumer(key, group, consumer));
  }

  /**
   * Deletes a consumer; its pending entries are dropped from the group (XGROUP DELCONSUMER).
   *
   * @param key the stream
   * @param group the group
   * @param consumer the consumer name
   * @return a response that holds, after exec, the number of entries it had pending
   */
  default Response<Long> xgroupDelconsumer(String key, String group, String consumer) {
    return run(StreamGroups.xgroupDelconsumer(key, group, consumer));
  }

  /**
   * Reads entries as a group consumer (XREADGROUP GROUP … STREAMS …), without blocking.
   *
   * @param group the group
   * @param consumer the consumer, created on first use
   * @param streams each stream key with {@code >} (entries never delivered to the group) or an
   *     ID (this consumer's pending entries after it); iteration order is kept
   * @return a response that holds, after exec, the entries per stream that has any, in request order; empty when none; a pending
   *     entry deleted since has no fields ({@link StreamEntry#isDeleted()})
   */
  default Response<Map<String, List<StreamEntry>>> xreadgroup(String group, String consumer, Map<String, String> streams) {
    return run(StreamGroups.xreadgroup(group, consumer, streams, XReadGroupArgs.none()));
  }

  /**
   * Reads entries as a group consumer with COUNT or NOACK (XREADGROUP).
   *
   * @param group the group
   * @param consumer the consumer, created on first use
   * @param streams each stream key with {@code >} or an ID; iteration order is kept
   * @param args COUNT, NOACK
   * @return a response that holds, after exec, the entries per stream that has any, in request order; empty when none
   */
  default Response<Map<String, List<StreamEntry>>> xreadgroup(String group, String consumer, Map<String, String> streams, XReadGroupArgs args) {
    return run(StreamGroups.xreadgroup(group, consumer, streams, args));
  }

  /**
   * Acknowledges entries, removing them from the group's pending list (XACK).
   *
   * @param key the stream
   * @param group the group
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, the number of entries acknowledged (pending ones only)
   */
  default Response<Long> xack(String key, String group, String... ids) {
    return run(StreamGroups.xack(key, group, Arrays.asList(ids)));
  }

  /**
   * Acknowledges entries and deletes them from the stream (XACKDEL, Redis 8.2), keeping other
   * groups' references (KEEPREF).
   *
   * @param key the stream
   * @param group the group
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, one result per ID, in order
   */
  default Response<List<StreamDeleteResult>> xackdel(String key, String group, String... ids) {
    return run(StreamGroups.xackdel(key, group, null, Arrays.asList(ids)));
  }

  /**
   * Acknowledges entries and deletes them, treating other groups' references as {@code policy}
   * says (XACKDEL, Redis 8.2).
   *
   * @param key the stream
   * @param group the group
   * @param policy KEEPREF, DELREF or ACKED
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, one result per ID, in order
   */
  default Response<List<StreamDeleteResult>> xackdel(String key, String group, StreamDeletePolicy policy, String... ids) {
    return run(StreamGroups.xackdel(key, group, policy, Arrays.asList(ids)));
  }

  /**
   * Takes over pending entries idle for at least {@code minIdleTime} (XCLAIM).
   *
   * @param key the stream
   * @param group the group
   * @param consumer the consumer that takes them
   * @param minIdleTime entries idle for less are left alone
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, the entries claimed
   */
  default Response<List<StreamEntry>> xclaim(String key, String group, String consumer, Duration minIdleTime, String... ids) {
    return run(StreamGroups.xclaim(key, group, consumer, minIdleTime, XClaimArgs.none(),
        Arrays.asList(ids)));
  }

  /**
   * Takes over pending entries with options: IDLE, TIME, RETRYCOUNT, FORCE, LASTID (XCLAIM).
   *
   * @param key the stream
   * @param group the group
   * @param consumer the consumer that takes them
   * @param minIdleTime entries idle for less are left alone
   * @param args the options
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, the entries claimed
   */
  default Response<List<StreamEntry>> xclaim(String key, String group, String consumer, Duration minIdleTime, XClaimArgs args, String... ids) {
    return run(StreamGroups.xclaim(key, group, consumer, minIdleTime, args, Arrays.asList(ids)));
  }

  /**
   * Takes over pending entries and returns only their IDs, without counting a delivery (XCLAIM …
   * JUSTID).
   *
   * @param key the stream
   * @param group the group
   * @param consumer the consumer that takes them
   * @param minIdleTime entries idle for less are left alone
   * @param args the options, {@link XClaimArgs#none()} for none
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, the IDs claimed
   */
  default Response<List<String>> xclaimJustId(String key, String group, String consumer, Duration minIdleTime, XClaimArgs args, String... ids) {
    return run(StreamGroups.xclaimJustId(key, group, consumer, minIdleTime, args,
        Arrays.asList(ids)));
  }

  /**
   * Scans the pending list from {@code start} and takes over entries idle for at least {@code
   * minIdleTime}, up to Redis's default of 100 (XAUTOCLAIM).
   *
   * @param key the stream
   * @param group the group
   * @param consumer the consumer that takes them
   * @param minIdleTime entries idle for less are left alone
   * @param start the ID to scan from, {@code 0-0} at first
   * @return a response that holds, after exec, the claimed entries, the next start and the IDs dropped as deleted
   */
  default Response<AutoClaimResult<StreamEntry>> xautoclaim(String key, String group, String consumer, Duration minIdleTime, String start) {
    return run(StreamGroups.xautoclaim(key, group, consumer, minIdleTime, start, null));
  }

  /**
   * Scans the pending list and takes over at most {@code count} idle entries (XAUTOCLAIM … COUNT).
   *
   * @param key the stream
   * @param group the group
   * @param consumer the consumer that takes them
   * @param minIdleTime entries idle for less are left alone
   * @param start the ID to scan from, {@code 0-0} at first
   * @param count the most entries to claim, positive
   * @return a response that holds, after exec, the claimed entries, the next start and the IDs dropped as deleted
   */
  default Response<AutoClaimResult<StreamEntry>> xautoclaim(String key, String group, String consumer, Duration minIdleTime, String start, long count) {
    return run(StreamGroups.xautoclaim(key, group, consumer, minIdleTime, start, count));
  }

  /**
   * Scans the pending list and takes over at most {@code count} idle entries, returning IDs only
   * (XAUTOCLAIM … COUNT … JUSTID).
   *
   * @param key the stream
   * @param group the group
   * @param consumer the consumer that takes them
   * @param minIdleTime entries idle for less are left alone
   * @param start the ID to scan from, {@code 0-0} at first
   * @param count the most entries to claim, positive
   * @return a response that holds, after exec, the claimed IDs, the next start and the IDs dropped as deleted
   */
  default Response<AutoClaimResult<String>> xautoclaimJustId(String key, String group, String consumer, Duration minIdleTime, String start, long count) {
    return run(StreamGroups.xautoclaimJustId(key, group, consumer, minIdleTime, start, count));
  }

  /**
   * Summarizes a group's pending entries (XPENDING key group).
   *
   * @param key the stream
   * @param group the group
   * @return a response that holds, after exec, the count, the ID range and the count per consumer
   */
  default Response<StreamPendingSummary> xpending(String key, String group) {
    return run(StreamGroups.xpending(key, group));
  }

  /**
   * Lists pending entries between two IDs (XPENDING key group start end count).
   *
   * @param key the stream
   * @param group the group
   * @param start the lowest ID, {@code -} for the first
   * @param end the highest ID, {@code +} for the last
   * @param count the most entries to list, positive
   * @return a response that holds, after exec, the pending entries, oldest first
   */
  default Response<List<StreamPendingEntry>> xpending(String key, String group, String start, String end, long count) {
    return run(StreamGroups.xpending(key, group, start, end, count, XPendingArgs.none()));
  }

  /**
   * Lists pending entries between two IDs, filtered by idle time or consumer (XPENDING … IDLE …).
   *
   * @param key the stream
   * @param group the group
   * @param start the lowest ID, {@code -} for the first
   * @param end the highest ID, {@code +} for the last
   * @param count the most entries to list, positive
   * @param args the IDLE and consumer filters
   * @return a response that holds, after exec, the pending entries, oldest first
   */
  default Response<List<StreamPendingEntry>> xpending(String key, String group, String start, String end, long count, XPendingArgs args) {
    return run(StreamGroups.xpending(key, group, start, end, count, args));
  }

  /**
   * Describes a stream's consumer groups (XINFO GROUPS).
   *
   * @param key the stream
   * @return a response that holds, after exec, one description per group
   */
  default Response<List<StreamGroupInfo>> xinfoGroups(String key) {
    return run(StreamGroups.xinfoGroups(key));
  }

  /**
   * Describes a group's consumers (XINFO CONSUMERS).
   *
   * @param key the stream
   * @param group the group
   * @return a response that holds, after exec, one description per consumer
   */
  default Response<List<StreamConsumerInfo>> xinfoConsumers(String key, String group) {
    return run(StreamGroups.xinfoConsumers(key, group));
  }
}
