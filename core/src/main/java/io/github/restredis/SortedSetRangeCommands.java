package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.SortedSetRanges;
import java.util.List;

/**
 * Sorted-set range commands of {@link Redis}: ZRANGE by rank, score or member (lex), with REV,
 * LIMIT and WITHSCORES; ZRANGESTORE; counting and removing ranges. A {@link ScoreRange} or {@link
 * LexRange} is always given lowest to highest; {@link ZRangeArgs#rev()} only reverses the order
 * of the reply.
 *
 * <pre>{@code
 * List<ScoredValue> top10 = redis.zrangeWithScores("board", 0, 9, ZRangeArgs.Builder.rev());
 * List<String> page = redis.zrange("board", ScoreRange.atLeast(100), ZRangeArgs.Builder.limit(0, 50));
 * }</pre>
 */
public sealed interface SortedSetRangeCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Reads members by rank, lowest score first (ZRANGE).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @return the members, empty if the key does not exist
   */
  default List<String> zrange(String key, long start, long stop) {
    return run(SortedSetRanges.zrange(key, start, stop, ZRangeArgs.none()));
  }

  /**
   * Reads members by rank (ZRANGE [REV]); with REV, rank 0 is the highest score.
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @param args REV; not LIMIT, which Redis allows only with score and lex ranges
   * @return the members
   */
  default List<String> zrange(String key, long start, long stop, ZRangeArgs args) {
    return run(SortedSetRanges.zrange(key, start, stop, args));
  }

  /**
   * Reads members with a score in a range, lowest first (ZRANGE … BYSCORE).
   *
   * @param key the key
   * @param range the scores
   * @return the members
   */
  default List<String> zrange(String key, ScoreRange range) {
    return run(SortedSetRanges.zrange(key, range, ZRangeArgs.none()));
  }

  /**
   * Reads members with a score in a range (ZRANGE … BYSCORE [REV] [LIMIT]).
   *
   * @param key the key
   * @param range the scores, lowest to highest also with REV
   * @param args REV and LIMIT
   * @return the members
   */
  default List<String> zrange(String key, ScoreRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrange(key, range, args));
  }

  /**
   * Reads members in a lexicographical range, for sets whose members share one score (ZRANGE … BYLEX).
   *
   * @param key the key
   * @param range the members
   * @return the members, in byte order
   */
  default List<String> zrange(String key, LexRange range) {
    return run(SortedSetRanges.zrange(key, range, ZRangeArgs.none()));
  }

  /**
   * Reads members in a lexicographical range (ZRANGE … BYLEX [REV] [LIMIT]).
   *
   * @param key the key
   * @param range the members, lowest to highest also with REV
   * @param args REV and LIMIT
   * @return the members
   */
  default List<String> zrange(String key, LexRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrange(key, range, args));
  }

  /**
   * Reads members and scores by rank, lowest score first (ZRANGE … WITHSCORES).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @return members and scores
   */
  default List<ScoredValue> zrangeWithScores(String key, long start, long stop) {
    return run(SortedSetRanges.zrangeWithScores(key, start, stop, ZRangeArgs.none()));
  }

  /**
   * Reads members and scores by rank (ZRANGE [REV] WITHSCORES).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @param args REV; not LIMIT
   * @return members and scores
   */
  default List<ScoredValue> zrangeWithScores(String key, long start, long stop, ZRangeArgs args) {
    return run(SortedSetRanges.zrangeWithScores(key, start, stop, args));
  }

  /**
   * Reads members and scores with a score in a range, lowest first (ZRANGE … BYSCORE WITHSCORES).
   *
   * @param key the key
   * @param range the scores
   * @return members and scores
   */
  default List<ScoredValue> zrangeWithScores(String key, ScoreRange range) {
    return run(SortedSetRanges.zrangeWithScores(key, range, ZRangeArgs.none()));
  }

  /**
   * Reads members and scores with a score in a range (ZRANGE … BYSCORE [REV] [LIMIT] WITHSCORES).
   *
   * @param key the key
   * @param range the scores, lowest to highest also with REV
   * @param args REV and LIMIT
   * @return members and scores
   */
  default List<ScoredValue> zrangeWithScores(String key, ScoreRange range, ZRangeArgs args) {
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
   * @return the number of members stored
   */
  default long zrangestore(String destination, String source, long start, long stop, ZRangeArgs args) {
    return run(SortedSetRanges.zrangestore(destination, source, start, stop, args));
  }

  /**
   * Stores members with a score in a range into another key (ZRANGESTORE … BYSCORE).
   *
   * @param destination the key to write, replaced
   * @param source the sorted set to read
   * @param range the scores
   * @param args REV and LIMIT
   * @return the number of members stored
   */
  default long zrangestore(String destination, String source, ScoreRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrangestore(destination, source, range, args));
  }

  /**
   * Stores members in a lexicographical range into another key (ZRANGESTORE … BYLEX).
   *
   * @param destination the key to write, replaced
   * @param source the sorted set to read
   * @param range the members
   * @param args REV and LIMIT
   * @return the number of members stored
   */
  default long zrangestore(String destination, String source, LexRange range, ZRangeArgs args) {
    return run(SortedSetRanges.zrangestore(destination, source, range, args));
  }

  /**
   * Counts members with a score in a range, both ends included (ZCOUNT).
   *
   * @param key the key
   * @param min the lowest score
   * @param max the highest score
   * @return the count
   */
  default long zcount(String key, double min, double max) {
    return run(SortedSetRanges.zcount(key, ScoreRange.between(min, max)));
  }

  /**
   * Counts members with a score in a range (ZCOUNT).
   *
   * @param key the key
   * @param range the scores
   * @return the count
   */
  default long zcount(String key, ScoreRange range) {
    return run(SortedSetRanges.zcount(key, range));
  }

  /**
   * Counts members in a lexicographical range (ZLEXCOUNT).
   *
   * @param key the key
   * @param range the members
   * @return the count
   */
  default long zlexcount(String key, LexRange range) {
    return run(SortedSetRanges.zlexcount(key, range));
  }

  /**
   * Removes members by rank (ZREMRANGEBYRANK).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @return the number removed
   */
  default long zremrangebyrank(String key, long start, long stop) {
    return run(SortedSetRanges.zremrangebyrank(key, start, stop));
  }

  /**
   * Removes members with a score in a range, both ends included (ZREMRANGEBYSCORE).
   *
   * @param key the key
   * @param min the lowest score
   * @param max the highest score
   * @return the number removed
   */
  default long zremrangebyscore(String key, double min, double max) {
    return run(SortedSetRanges.zremrangebyscore(key, ScoreRange.between(min, max)));
  }

  /**
   * Removes members with a score in a range (ZREMRANGEBYSCORE).
   *
   * @param key the key
   * @param range the scores
   * @return the number removed
   */
  default long zremrangebyscore(String key, ScoreRange range) {
    return run(SortedSetRanges.zremrangebyscore(key, range));
  }

  /**
   * Removes members in a lexicographical range (ZREMRANGEBYLEX).
   *
   * @param key the key
   * @param range the members
   * @return the number removed
   */
  default long zremrangebylex(String key, LexRange range) {
    return run(SortedSetRanges.zremrangebylex(key, range));
  }
}
