// Generated from SortedSetCommands.java by SurfaceGenerator (core tests): do not edit.
// Change SortedSetCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
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
    return run(SortedSets.zadd(key, Map.of(member, score), ZAddArgs.none()));
  }

  /**
   * Adds members or updates their scores (ZADD).
   *
   * @param key the key
   * @param scores members and their scores, at least one
   * @return a future of the number of members that are new
   */
  default CompletableFuture<Long> zadd(String key, Map<String, Double> scores) {
    return run(SortedSets.zadd(key, scores, ZAddArgs.none()));
  }

  /**
   * Adds members or updates their scores under conditions (ZADD NX|XX, GT|LT, CH).
   *
   * <pre>{@code
   * redis.zadd("best", Map.of("ada", 42.0), ZAddArgs.Builder.gt().ch()); // 1 if ada improved
   * }</pre>
   *
   * @param key the key
   * @param scores members and their scores, at least one
   * @param args the conditions, and CH to count updates too
   * @return a future of the number of members added, or with CH added or updated
   */
  default CompletableFuture<Long> zadd(String key, Map<String, Double> scores, ZAddArgs args) {
    return run(SortedSets.zadd(key, scores, args));
  }

  /**
   * Increments a member's score under conditions (ZADD … INCR); like ZINCRBY when {@code args} is
   * none. Never retried after an uncertain failure, since a retry adds again.
   *
   * @param key the key
   * @param increment the amount
   * @param member the member, added with the increment as score if absent (unless XX)
   * @param args NX, XX, GT or LT; not CH
   * @return a future of the new score, or null if a condition stopped the increment
   */
  default CompletableFuture<@Nullable Double> zaddIncr(String key, double increment, String member, ZAddArgs args) {
    return run(SortedSets.zaddIncr(key, increment, member, args));
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
   * @return a future of the score, or null if the member or key is absent
   */
  default CompletableFuture<@Nullable Double> zscore(String key, String member) {
    return run(SortedSets.zscore(key, member));
  }

  /**
   * Reads several scores (ZMSCORE).
   *
   * @param key the key
   * @param members the members, at least one
   * @return a future of one score per member, in order, null where the member is absent
   */
  default CompletableFuture<List<@Nullable Double>> zmscore(String key, String... members) {
    return run(SortedSets.zmscore(key, Arrays.asList(members)));
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
   * @return a future of the number of members, 0 if the key does not exist
   */
  default CompletableFuture<Long> zcard(String key) {
    return run(SortedSets.zcard(key));
  }

  /**
   * Reads a member's rank by ascending score (ZRANK).
   *
   * @param key the key
   * @param member the member
   * @return a future of the 0-based rank, or null if absent
   */
  default CompletableFuture<@Nullable Long> zrank(String key, String member) {
    return run(SortedSets.rank("ZRANK", key, member));
  }

  /**
   * Reads a member's rank by descending score (ZREVRANK).
   *
   * @param key the key
   * @param member the member
   * @return a future of the 0-based rank, or null if absent
   */
  default CompletableFuture<@Nullable Long> zrevrank(String key, String member) {
    return run(SortedSets.rank("ZREVRANK", key, member));
  }

  /**
   * Reads a member's rank by ascending score and its score (ZRANK … WITHSCORE, Redis 7.2).
   *
   * @param key the key
   * @param member the member
   * @return a future of the 0-based rank and the score, or null if absent
   */
  default CompletableFuture<@Nullable ScoredRank> zrankWithScore(String key, String member) {
    return run(SortedSets.rankWithScore("ZRANK", key, member));
  }

  /**
   * Reads a member's rank by descending score and its score (ZREVRANK … WITHSCORE, Redis 7.2).
   *
   * @param key the key
   * @param member the member
   * @return a future of the 0-based rank and the score, or null if absent
   */
  default CompletableFuture<@Nullable ScoredRank> zrevrankWithScore(String key, String member) {
    return run(SortedSets.rankWithScore("ZREVRANK", key, member));
  }

  /**
   * Removes and returns the member with the lowest score (ZPOPMIN).
   *
   * @param key the key
   * @return a future of the member and its score, or null if the set is empty
   */
  default CompletableFuture<@Nullable ScoredValue> zpopmin(String key) {
    return run(SortedSets.zpop("ZPOPMIN", key));
  }

  /**
   * Removes and returns the members with the lowest scores (ZPOPMIN count).
   *
   * @param key the key
   * @param count how many at most
   * @return a future of members and scores, lowest first; empty if the set is empty
   */
  default CompletableFuture<List<ScoredValue>> zpopmin(String key, long count) {
    return run(SortedSets.zpop("ZPOPMIN", key, count));
  }

  /**
   * Removes and returns the member with the highest score (ZPOPMAX).
   *
   * @param key the key
   * @return a future of the member and its score, or null if the set is empty
   */
  default CompletableFuture<@Nullable ScoredValue> zpopmax(String key) {
    return run(SortedSets.zpop("ZPOPMAX", key));
  }

  /**
   * Removes and returns the members with the highest scores (ZPOPMAX count).
   *
   * @param key the key
   * @param count how many at most
   * @return a future of members and scores, highest first; empty if the set is empty
   */
  default CompletableFuture<List<ScoredValue>> zpopmax(String key, long count) {
    return run(SortedSets.zpop("ZPOPMAX", key, count));
  }

  /**
   * Pops one member from the first non-empty sorted set of several (ZMPOP).
   *
   * @param end the lowest or the highest score
   * @param keys the sorted sets, tried in order, at least one
   * @return a future of the key popped from with its member and score, or null if every set is empty
   */
  default CompletableFuture<@Nullable KeyedValues<ScoredValue>> zmpop(MinMax end, String... keys) {
    return run(SortedSets.zmpop(end, null, Arrays.asList(keys)));
  }

  /**
   * Pops up to {@code count} members from the first non-empty sorted set of several (ZMPOP … COUNT).
   *
   * @param end the lowest or the highest scores
   * @param count how many at most, positive
   * @param keys the sorted sets, tried in order, at least one
   * @return a future of the key popped from with its members and scores in pop order, or null if every set is empty
   */
  default CompletableFuture<@Nullable KeyedValues<ScoredValue>> zmpop(MinMax end, long count, String... keys) {
    return run(SortedSets.zmpop(end, count, Arrays.asList(keys)));
  }

  /**
   * Returns a random member (ZRANDMEMBER).
   *
   * @param key the key
   * @return a future of the member, or null if the set is empty
   */
  default CompletableFuture<@Nullable String> zrandmember(String key) {
    return run(SortedSets.zrandmember(key));
  }

  /**
   * Returns random members (ZRANDMEMBER count): distinct if {@code count} is positive, possibly
   * repeated if negative.
   *
   * @param key the key
   * @param count how many; negative allows repeats
   * @return a future of the members, empty if the set is empty
   */
  default CompletableFuture<List<String>> zrandmember(String key, long count) {
    return run(SortedSets.zrandmember(key, count));
  }

  /**
   * Returns random members with their scores (ZRANDMEMBER count WITHSCORES).
   *
   * @param key the key
   * @param count how many; negative allows repeats
   * @return a future of members and scores, empty if the set is empty
   */
  default CompletableFuture<List<ScoredValue>> zrandmemberWithScores(String key, long count) {
    return run(SortedSets.zrandmemberWithScores(key, count));
  }
}
