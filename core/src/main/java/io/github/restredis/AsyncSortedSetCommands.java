// Generated from SortedSetCommands.java by SurfaceGenerator (core tests): do not edit.
// Change SortedSetCommands, then run
// mvn -pl core -am test -Dtest=GeneratedSurfacesTest -Dsurefire.failIfNoSpecifiedTests=false -Drestredis.regenerate=true
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Doubles;
import io.github.restredis.internal.command.SortedSets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link SortedSetCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncSortedSetCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Adds a member or updates its score (ZADD).
   *
   * @param key the key
   * @param score the score
   * @param member the member
   * @return a future of 1 if the member is new, 0 if its score was updated
   */
  default CompletableFuture<Long> zadd(String key, double score, String member) {
    return run(SortedSets.zadd(key, Map.of(member, score), null));
  }

  /**
   * Adds members or updates their scores (ZADD).
   *
   * @param key the key
   * @param scores members and their scores, at least one
   * @return a future of the number of members that are new
   */
  default CompletableFuture<Long> zadd(String key, Map<String, Double> scores) {
    return run(SortedSets.zadd(key, scores, null));
  }

  /**
   * Adds members that are not present yet, leaving existing scores alone (ZADD NX).
   *
   * @param key the key
   * @param scores members and their scores, at least one
   * @return a future of the number of members added
   */
  default CompletableFuture<Long> zaddnx(String key, Map<String, Double> scores) {
    return run(SortedSets.zadd(key, scores, "NX"));
  }

  /**
   * Removes members (ZREM).
   *
   * @param key the key
   * @param members the members, at least one
   * @return a future of the number removed
   */
  default CompletableFuture<Long> zrem(String key, String... members) {
    return run(SortedSets.zrem(key, Arrays.asList(members)));
  }

  /**
   * Reads a score (ZSCORE).
   *
   * @param key the key
   * @param member the member
   * @return a future of the score, or null if the member is absent
   */
  default CompletableFuture<@Nullable Double> zscore(String key, String member) {
    return run(SortedSets.zscore(key, member));
  }

  /**
   * Increments a score (ZINCRBY).
   *
   * @param key the key
   * @param increment the amount
   * @param member the member, added with the increment as score if absent
   * @return a future of the new score
   */
  default CompletableFuture<Double> zincrby(String key, double increment, String member) {
    return run(SortedSets.zincrby(key, increment, member));
  }

  /**
   * Counts the members (ZCARD).
   *
   * @param key the key
   * @return a future of the number of members
   */
  default CompletableFuture<Long> zcard(String key) {
    return run(SortedSets.zcard(key));
  }

  /**
   * Counts members with a score in a range, bounds included (ZCOUNT).
   *
   * @param key the key
   * @param min the lowest score
   * @param max the highest score
   * @return a future of the count
   */
  default CompletableFuture<Long> zcount(String key, double min, double max) {
    return run(SortedSets.zcount(key, Doubles.format(min), Doubles.format(max)));
  }

  /**
   * Reads a member's rank by ascending score (ZRANK).
   *
   * @param key the key
   * @param member the member
   * @return a future of the 0-based rank, or null if absent
   */
  default CompletableFuture<@Nullable Long> zrank(String key, String member) {
    return run(SortedSets.zrank(key, member));
  }

  /**
   * Reads a member's rank by descending score (ZREVRANK).
   *
   * @param key the key
   * @param member the member
   * @return a future of the 0-based rank, or null if absent
   */
  default CompletableFuture<@Nullable Long> zrevrank(String key, String member) {
    return run(SortedSets.zrevrank(key, member));
  }

  /**
   * Reads members by rank, lowest score first (ZRANGE).
   *
   * @param key the key
   * @param start the first rank, negative from the end
   * @param stop the last rank, inclusive
   * @return a future of the members
   */
  default CompletableFuture<List<String>> zrange(String key, long start, long stop) {
    return run(SortedSets.zrange(key, start, stop, false));
  }

  /**
   * Reads members by rank, highest score first (ZRANGE … REV).
   *
   * @param key the key
   * @param start the first rank
   * @param stop the last rank, inclusive
   * @return a future of the members
   */
  default CompletableFuture<List<String>> zrevrange(String key, long start, long stop) {
    return run(SortedSets.zrange(key, start, stop, true));
  }

  /**
   * Reads members with scores by rank (ZRANGE … WITHSCORES).
   *
   * @param key the key
   * @param start the first rank
   * @param stop the last rank, inclusive
   * @param rev true for highest score first
   * @return a future of members and scores
   */
  default CompletableFuture<List<ScoredValue>> zrangeWithScores(String key, long start, long stop, boolean rev) {
    return run(SortedSets.zrangeWithScores(key, start, stop, rev));
  }

  /**
   * Reads members with a score in a range, bounds included (ZRANGE … BYSCORE).
   *
   * @param key the key
   * @param min the lowest score
   * @param max the highest score
   * @return a future of the members, lowest score first
   */
  default CompletableFuture<List<String>> zrangebyscore(String key, double min, double max) {
    return run(SortedSets.zrangebyscore(key, Doubles.format(min), Doubles.format(max)));
  }

  /**
   * Reads members and scores with a score in a range (ZRANGE … BYSCORE WITHSCORES).
   *
   * @param key the key
   * @param min the lowest score
   * @param max the highest score
   * @return a future of members and scores, lowest score first
   */
  default CompletableFuture<List<ScoredValue>> zrangebyscoreWithScores(String key, double min, double max) {
    return run(SortedSets.zrangebyscoreWithScores(key, Doubles.format(min), Doubles.format(max)));
  }

  /**
   * Removes and returns the members with the lowest scores (ZPOPMIN).
   *
   * @param key the key
   * @param count how many
   * @return a future of members and scores, lowest first
   */
  default CompletableFuture<List<ScoredValue>> zpopmin(String key, long count) {
    return run(SortedSets.zpop("ZPOPMIN", key, count));
  }

  /**
   * Removes and returns the members with the highest scores (ZPOPMAX).
   *
   * @param key the key
   * @param count how many
   * @return a future of members and scores, highest first
   */
  default CompletableFuture<List<ScoredValue>> zpopmax(String key, long count) {
    return run(SortedSets.zpop("ZPOPMAX", key, count));
  }

  /**
   * Removes members with a score in a range (ZREMRANGEBYSCORE).
   *
   * @param key the key
   * @param min the lowest score
   * @param max the highest score
   * @return a future of the number removed
   */
  default CompletableFuture<Long> zremrangebyscore(String key, double min, double max) {
    return run(SortedSets.zremrangebyscore(key, Doubles.format(min), Doubles.format(max)));
  }

  /**
   * Removes members by rank (ZREMRANGEBYRANK).
   *
   * @param key the key
   * @param start the first rank
   * @param stop the last rank, inclusive
   * @return a future of the number removed
   */
  default CompletableFuture<Long> zremrangebyrank(String key, long start, long stop) {
    return run(SortedSets.zremrangebyrank(key, start, stop));
  }
}
