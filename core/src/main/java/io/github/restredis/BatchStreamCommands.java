// Generated from StreamCommands.java by SurfaceGenerator (core tests): do not edit.
// Change StreamCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Streams;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link StreamCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchStreamCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Appends an entry with a generated ID, creating the stream if needed (XADD key * …).
   *
   * @param key the stream
   * @param fields the fields and values, at least one; their iteration order is kept
   * @return a response that holds, after exec, the new entry's ID
   */
  default Response<String> xadd(String key, Map<String, String> fields) {
    return run(Streams.xadd(key, fields));
  }

  /**
   * Appends an entry with options: an explicit ID, NOMKSTREAM, trimming (XADD).
   *
   * @param key the stream
   * @param fields the fields and values, at least one; their iteration order is kept
   * @param args the options
   * @return a response that holds, after exec, the new entry's ID, or null when NOMKSTREAM is set and the stream does not exist
   */
  default Response<@Nullable String> xadd(String key, Map<String, String> fields, XAddArgs args) {
    return run(Streams.xadd(key, fields, args));
  }

  /**
   * Counts the entries (XLEN).
   *
   * @param key the stream
   * @return a response that holds, after exec, the number of entries, 0 if the stream does not exist
   */
  default Response<Long> xlen(String key) {
    return run(Streams.xlen(key));
  }

  /**
   * Reads entries with IDs between two bounds, oldest first (XRANGE).
   *
   * @param key the stream
   * @param start the lowest ID, {@code -} for the first; prefix with {@code (} to exclude it
   * @param end the highest ID, {@code +} for the last; prefix with {@code (} to exclude it
   * @return a response that holds, after exec, the entries, empty if none or no stream
   */
  default Response<List<StreamEntry>> xrange(String key, String start, String end) {
    return run(Streams.xrange(key, start, end, null));
  }

  /**
   * Reads at most {@code count} entries with IDs between two bounds, oldest first (XRANGE … COUNT).
   *
   * @param key the stream
   * @param start the lowest ID, {@code -} for the first
   * @param end the highest ID, {@code +} for the last
   * @param count the most entries to return, positive
   * @return a response that holds, after exec, the entries
   */
  default Response<List<StreamEntry>> xrange(String key, String start, String end, long count) {
    return run(Streams.xrange(key, start, end, count));
  }

  /**
   * Reads entries with IDs between two bounds, newest first (XREVRANGE).
   *
   * @param key the stream
   * @param end the highest ID, {@code +} for the last
   * @param start the lowest ID, {@code -} for the first
   * @return a response that holds, after exec, the entries, newest first
   */
  default Response<List<StreamEntry>> xrevrange(String key, String end, String start) {
    return run(Streams.xrevrange(key, end, start, null));
  }

  /**
   * Reads at most {@code count} entries between two bounds, newest first (XREVRANGE … COUNT).
   *
   * @param key the stream
   * @param end the highest ID, {@code +} for the last
   * @param start the lowest ID, {@code -} for the first
   * @param count the most entries to return, positive
   * @return a response that holds, after exec, the entries, newest first
   */
  default Response<List<StreamEntry>> xrevrange(String key, String end, String start, long count) {
    return run(Streams.xrevrange(key, end, start, count));
  }

  /**
   * Deletes entries (XDEL).
   *
   * @param key the stream
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, the number of entries deleted
   */
  default Response<Long> xdel(String key, String... ids) {
    return run(Streams.xdel(key, Arrays.asList(ids)));
  }

  /**
   * Deletes entries and reports each one (XDELEX, Redis 8.2), keeping consumer groups'
   * references (the default, KEEPREF).
   *
   * @param key the stream
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, one result per ID, in order
   */
  default Response<List<StreamDeleteResult>> xdelex(String key, String... ids) {
    return run(Streams.xdelex(key, null, Arrays.asList(ids)));
  }

  /**
   * Deletes entries, treating consumer groups' references as {@code policy} says (XDELEX,
   * Redis 8.2).
   *
   * @param key the stream
   * @param policy KEEPREF, DELREF or ACKED
   * @param ids the entry IDs, at least one
   * @return a response that holds, after exec, one result per ID, in order
   */
  default Response<List<StreamDeleteResult>> xdelex(String key, StreamDeletePolicy policy, String... ids) {
    return run(Streams.xdelex(key, policy, Arrays.asList(ids)));
  }

  /**
   * Trims the stream (XTRIM).
   *
   * <pre>{@code
   * redis.xtrim("events", XTrimArgs.Builder.maxlen(1000).approximate());
   * }</pre>
   *
   * @param key the stream
   * @param args MAXLEN or MINID, exactness, LIMIT
   * @return a response that holds, after exec, the number of entries evicted
   */
  default Response<Long> xtrim(String key, XTrimArgs args) {
    return run(Streams.xtrim(key, args));
  }

  /**
   * Reads the entries after the given IDs of one or more streams (XREAD STREAMS …), without
   * blocking.
   *
   * @param streams each stream key with the ID after which to read ({@code 0} for all, {@code $}
   *     for only new entries, which without BLOCK reads nothing); iteration order is kept
   * @return a response that holds, after exec, the entries per stream that has any, in request order; empty when none is new
   */
  default Response<Map<String, List<StreamEntry>>> xread(Map<String, String> streams) {
    return run(Streams.xread(streams, null));
  }

  /**
   * Reads at most {@code count} entries per stream after the given IDs (XREAD COUNT … STREAMS …).
   *
   * @param streams each stream key with the ID after which to read
   * @param count the most entries per stream, positive
   * @return a response that holds, after exec, the entries per stream that has any, in request order; empty when none is new
   */
  default Response<Map<String, List<StreamEntry>>> xread(Map<String, String> streams, long count) {
    return run(Streams.xread(streams, count));
  }

  /**
   * Describes a stream (XINFO STREAM); a missing stream is a {@link RedisErrorException} ({@code
   * ERR no such key}). The FULL form is not offered: use {@link Redis#command(String...)} for it.
   *
   * @param key the stream
   * @return a response that holds, after exec, the description
   */
  default Response<StreamInfo> xinfoStream(String key) {
    return run(Streams.xinfoStream(key));
  }
}
