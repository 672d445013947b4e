// Generated from SortedSetRangeCommands.java by SurfaceGenerator (core tests): do not edit.
// Change SortedSetRangeCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.SortedSetRanges;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link SortedSetRangeCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncSortedSetRangeCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Reads members by rank, lowest score first (ZRANGE).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @return a future of the members, empty if the key does not exist
   */
  default CompletableFuture<List<String>> zrange(String key, long start, long stop) {
    return run(SortedSetRanges.zrange(key, start, stop, ZRangeArgs.none()));
  }

  /**
   * Reads members by rank (ZRANGE [REV]); with REV, rank 0 is the highest score.
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @param args REV; not LIMIT, which Redis allows only with score and lex ranges
   * @return a future of the members
   */
  default CompletableFuture<List<String>> zrange(String key, long start, long stop, ZRangeArgs args) {
    return run(SortedSetRanges.zrange(key, start, stop, args));
  }

  /**
   * Reads members with a score in a range, lowest first (ZRANGE … BYSCORE).
   *
   * @param key the key
   * @param range the scores
   * @return a future of the members
   */
  default CompletableFuture<List<String>> zrange(String key, ScoreRange range) {
    return run(SortedSetRanges.zrange(key, range, ZRangeArgs.none()));
  }

  /**
   * Reads members with a score in a range (ZRANGE … BYSCORE [REV] [LIMIT]).
   *
   * @param key the key
   * @param range the scores, lowest to highest also with REV
   * @param args REV and LIMIT
   * @return a future of the members
   */
  default CompletableFuture<List<String>> zrange(String key, ScoreRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrange(key, range, args));
  }

  /**
   * Reads members in a lexicographical range, for sets whose members share one score (ZRANGE … BYLEX).
   *
   * @param key the key
   * @param range the members
   * @return a future of the members, in byte order
   */
  default CompletableFuture<List<String>> zrange(String key, LexRange range) {
    return run(SortedSetRanges.zrange(key, range, ZRangeArgs.none()));
  }

  /**
   * Reads members in a lexicographical range (ZRANGE … BYLEX [REV] [LIMIT]).
   *
   * @param key the key
   * @param range the members, lowest to highest also with REV
   * @param args REV and LIMIT
   * @return a future of the members
   */
  default CompletableFuture<List<String>> zrange(String key, LexRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrange(key, range, args));
  }

  /**
   * Reads members and scores by rank, lowest score first (ZRANGE … WITHSCORES).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @return a future of members and scores
   */
  default CompletableFuture<List<ScoredValue>> zrangeWithScores(String key, long start, long stop) {
    return run(SortedSetRanges.zrangeWithScores(key, start, stop, ZRangeArgs.none()));
  }

  /**
   * Reads members and scores by rank (ZRANGE [REV] WITHSCORES).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @param args REV; not LIMIT
   * @return a future of members and scores
   */
  default CompletableFuture<List<ScoredValue>> zrangeWithScores(String key, long start, long stop, ZRangeArgs args) {
    return run(SortedSetRanges.zrangeWithScores(key, start, stop, args));
  }

  /**
   * Reads members and scores with a score in a range, lowest first (ZRANGE … BYSCORE WITHSCORES).
   *
   * @param key the key
   * @param range the scores
   * @return a future of members and scores
   */
  default CompletableFuture<List<ScoredValue>> zrangeWithScores(String key, ScoreRange range) {
    return run(SortedSetRanges.zrangeWithScores(key, range, ZRangeArgs.none()));
  }

  /**
   * Reads members and scores with a score in a range (ZRANGE … BYSCORE [REV] [LIMIT] WITHSCORES).
   *
   * @param key the key
   * @param range the scores, lowest to highest also with REV
   * @param args REV and LIMIT
   * @return a future of members and scores
   */
  default CompletableFuture<List<ScoredValue>> zrangeWithScores(String key, ScoreRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrangeWithScores(key, range, args));
  }

  /**
   * Stores members by rank into another key (ZRANGESTORE).
   *
   * @param destination the key to write, replaced
   * @param source the sorted set to read
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @param args REV; not LIMIT
   * @return a future of the number of members stored
   */
  default CompletableFuture<Long> zrangestore(String destination, String source, long start, long stop, ZRangeArgs args) {
    return run(SortedSetRanges.zrangestore(destination, source, start, stop, args));
  }

  /**
   * Stores members with a score in a range into another key (ZRANGESTORE … BYSCORE).
   *
   * @param destination the key to write, replaced
   * @param source the sorted set to read
   * @param range the scores
   * @param args REV and LIMIT
   * @return a future of the number of members stored
   */
  default CompletableFuture<Long> zrangestore(String destination, String source, ScoreRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrangestore(destination, source, range, args));
  }

  /**
   * Stores members in a lexicographical range into another key (ZRANGESTORE … BYLEX).
   *
   * @param destination the key to write, replaced
   * @param source the sorted set to read
   * @param range the members
   * @param args REV and LIMIT
   * @return a future of the number of members stored
   */
  default CompletableFuture<Long> zrangestore(String destination, String source, LexRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrangestore(destination, source, range, args));
  }

  /**
   * Counts members with a score in a range, both ends included (ZCOUNT).
   *
   * @param key the key
   * @param min the lowest score
   * @param max the highest score
   * @return a future of the count
   */
  default CompletableFuture<Long> zcount(String key, double min, double max) {
    return run(SortedSetRanges.zcount(key, ScoreRange.between(min, max)));
  }

  /**
   * Counts members with a score in a range (ZCOUNT).
   *
   * @param key the key
   * @param range the scores
   * @return a future of the count
   */
  default CompletableFuture<Long> zcount(String key, ScoreRange range) {
    return run(SortedSetRanges.zcount(key, range));
  }

  /**
   * Counts members in a lexicographical range (ZLEXCOUNT).
   *
   * @param key the key
   * @param range the members
   * @return a future of the count
   */
  default CompletableFuture<Long> zlexcount(String key, LexRange range) {
    return run(SortedSetRanges.zlexcount(key, range));
  }

  /**
   * Removes members by rank (ZREMRANGEBYRANK).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @return a future of the number removed
   */
  default CompletableFuture<Long> zremrangebyrank(String key, long start, long stop) {
    return run(SortedSetRanges.zremrangebyrank(key, start, stop));
  }

  /**
   * Removes members with a score in a range, both ends included (ZREMRANGEBYSCORE).
   *
   * @param key the key
   * @param min the lowest score
   * @param max the highest score
   * @return a future of the number removed
   */
  default CompletableFuture<Long> zremrangebyscore(String key, double min, double max) {
    return run(SortedSetRanges.zremrangebyscore(key, ScoreRange.between(min, max)));
  }

  /**
   * Removes members with a score in a range (ZREMRANGEBYSCORE).
   *
   * @param key the key
   * @param range the scores
   * @return a future of the number removed
   */
  default CompletableFuture<Long> zremrangebyscore(String key, ScoreRange range) {
    return run(SortedSetRanges.zremrangebyscore(key, range));
  }

  /**
   * Removes members in a lexicographical range (ZREMRANGEBYLEX).
   *
   * @param key the key
   * @param range the members
   * @return a future of the number removed
   */
  default CompletableFuture<Long> zremrangebylex(String key, LexRange range) {
    return run(SortedSetRanges.zremrangebylex(key, range));
  }
}
