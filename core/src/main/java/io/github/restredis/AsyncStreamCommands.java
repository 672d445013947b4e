// Generated from StreamCommands.java by SurfaceGenerator (core tests): do not edit.
// Change StreamCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Streams;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link StreamCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncStreamCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Appends an entry with a generated ID, creating the stream if needed (XADD key * …).
   *
   * @param key the stream
   * @param fields the fields and values, at least one; their iteration order is kept
   * @return a future of the new entry's ID
   */
  default CompletableFuture<String> xadd(String key, Map<String, String> fields) {
    return run(Streams.xadd(key, fields));
  }

  /**
   * Appends an entry with options: an explicit ID, NOMKSTREAM, trimming (XADD).
   *
   * @param key the stream
   * @param fields the fields and values, at least one; their iteration order is kept
   * @param args the options
   * @return a future of the new entry's ID, or null when NOMKSTREAM is set and the stream does not exist
   */
  default CompletableFuture<@Nullable String> xadd(String key, Map<String, String> fields, XAddArgs args) {
    return run(Streams.xadd(key, fields, args));
  }

  /**
   * Counts the entries (XLEN).
   *
   * @param key the stream
   * @return a future of the number of entries, 0 if the stream does not exist
   */
  default CompletableFuture<Long> xlen(String key) {
    return run(Streams.xlen(key));
  }

  /**
   * Reads entries with IDs between two bounds, oldest first (XRANGE).
   *
   * @param key the stream
   * @param start the lowest ID, {@code -} for the first; prefix with {@code (} to exclude it
   * @param end the highest ID, {@code +} for the last; prefix with {@code (} to exclude it
   * @return a future of the entries, empty if none or no stream
   */
  default CompletableFuture<List<StreamEntry>> xrange(String key, String start, String end) {
    return run(Streams.xrange(key, start, end, null));
  }

  /**
   * Reads at most {@code count} entries with IDs between two bounds, oldest first (XRANGE … COUNT).
   *
   * @param key the stream
   * @param start the lowest ID, {@code -} for the first
   * @param end the highest ID, {@code +} for the last
   * @param count the most entries to return, positive
   * @return a future of the entries
   */
  default CompletableFuture<List<StreamEntry>> xrange(String key, String start, String end, long count) {
    return run(Streams.xrange(key, start, end, count));
  }

  /**
   * Reads entries with IDs between two bounds, newest first (XREVRANGE).
   *
   * @param key the stream
   * @param end the highest ID, {@code +} for the last
   * @param start the lowest ID, {@code -} for the first
   * @return a future of the entries, newest first
   */
  default CompletableFuture<List<StreamEntry>> xrevrange(String key, String end, String start) {
    return run(Streams.xrevrange(key, end, start, null));
  }

  /**
   * Reads at most {@code count} entries between two bounds, newest first (XREVRANGE … COUNT).
   *
   * @param key the stream
   * @param end the highest ID, {@code +} for the last
   * @param start the lowest ID, {@code -} for the first
   * @param count the most entries to return, positive
   * @return a future of the entries, newest first
   */
  default CompletableFuture<List<StreamEntry>> xrevrange(String key, String end, String start, long count) {
    return run(Streams.xrevrange(key, end, start, count));
  }

  /**
   * Deletes entries (XDEL).
   *
   * @param key the stream
   * @param ids the entry IDs, at least one
   * @return a future of the number of entries deleted
   */
  default CompletableFuture<Long> xdel(String key, String... ids) {
    return run(Streams.xdel(key, Arrays.asList(ids)));
  }

  /**
   * Deletes entries and reports each one (XDELEX, Redis 8.2), keeping consumer groups'
   * references (the default, KEEPREF).
   *
   * @param key the stream
   * @param ids the entry IDs, at least one
   * @return a future of one result per ID, in order
   */
  default CompletableFuture<List<StreamDeleteResult>> xdelex(String key, String... ids) {
    return run(Streams.xdelex(key, null, Arrays.asList(ids)));
  }

  /**
   * Deletes entries, treating consumer groups' references as {@code policy} says (XDELEX,
   * Redis 8.2).
   *
   * @param key the stream
   * @param policy KEEPREF, DELREF or ACKED
   * @param ids the entry IDs, at least one
   * @return a future of one result per ID, in order
   */
  default CompletableFuture<List<StreamDeleteResult>> xdelex(String key, StreamDeletePolicy policy, String... ids) {
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
   * @return a future of the number of entries evicted
   */
  default CompletableFuture<Long> xtrim(String key, XTrimArgs args) {
    return run(Streams.xtrim(key, args));
  }

  /**
   * Reads the entries after the given IDs of one or more streams (XREAD STREAMS …), without
   * blocking.
   *
   * @param streams each stream key with the ID after which to read ({@code 0} for all, {@code $}
   *     for only new entries, which without BLOCK reads nothing); iteration order is kept
   * @return a future of the entries per stream that has any, in request order; empty when none is new
   */
  default CompletableFuture<Map<String, List<StreamEntry>>> xread(Map<String, String> streams) {
    return run(Streams.xread(streams, null));
  }

  /**
   * Reads at most {@code count} entries per stream after the given IDs (XREAD COUNT … STREAMS …).
   *
   * @param streams each stream key with the ID after which to read
   * @param count the most entries per stream, positive
   * @return a future of the entries per stream that has any, in request order; empty when none is new
   */
  default CompletableFuture<Map<String, List<StreamEntry>>> xread(Map<String, String> streams, long count) {
    return run(Streams.xread(streams, count));
  }

  /**
   * Describes a stream (XINFO STREAM); a missing stream is a {@link RedisErrorException} ({@code
   * ERR no such key}). The FULL form is not offered: use {@link Redis#command(String...)} for it.
   *
   * @param key the stream
   * @return a future of the description
   */
  default CompletableFuture<StreamInfo> xinfoStream(String key) {
    return run(Streams.xinfoStream(key));
  }
}
