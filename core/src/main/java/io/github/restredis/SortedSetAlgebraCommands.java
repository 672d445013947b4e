package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.SortedSetAlgebra;
import java.util.Arrays;
import java.util.List;

/**
 * Sorted-set commands of {@link Redis} across several keys: difference, intersection and union,
 * returned or stored, with weights and an aggregate for the scores. Results are ordered by score,
 * lowest first.
 *
 * <pre>{@code
 * List<ScoredValue> both = redis.zinterWithScores(ZAggregateArgs.Builder.max(), "a", "b");
 * redis.zunionstore("total", ZAggregateArgs.Builder.weights(1, 2), "last-week", "this-week");
 * }</pre>
 */
public sealed interface SortedSetAlgebraCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Subtracts sorted sets from the first (ZDIFF).
   *
   * @param keys the first set, then the sets to subtract
   * @return the members of the first set in none of the others
   */
  default List<String> zdiff(String... keys) {
    return run(SortedSetAlgebra.zdiff(Arrays.asList(keys)));
  }

  /**
   * Subtracts sorted sets from the first, with scores (ZDIFF … WITHSCORES).
   *
   * @param keys the first set, then the sets to subtract
   * @return the remaining members with their scores in the first set
   */
  default List<ScoredValue> zdiffWithScores(String... keys) {
    return run(SortedSetAlgebra.zdiffWithScores(Arrays.asList(keys)));
  }

  /**
   * Stores a difference (ZDIFFSTORE).
   *
   * @param destination the key to write, replaced
   * @param keys the first set, then the sets to subtract
   * @return the size of the result
   */
  default long zdiffstore(String destination, String... keys) {
    return run(SortedSetAlgebra.zdiffstore(destination, Arrays.asList(keys)));
  }

  /**
   * Intersects sorted sets (ZINTER).
   *
   * @param keys the sets, at least one
   * @return the members in all of them
   */
  default List<String> zinter(String... keys) {
    return run(SortedSetAlgebra.combine("ZINTER", ZAggregateArgs.none(), Arrays.asList(keys)));
  }

  /**
   * Intersects sorted sets with weights or an aggregate (ZINTER … WEIGHTS … AGGREGATE).
   *
   * @param args one weight per key, and SUM, MIN or MAX
   * @param keys the sets, at least one
   * @return the members in all of them
   */
  default List<String> zinter(ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.combine("ZINTER", args, Arrays.asList(keys)));
  }

  /**
   * Intersects sorted sets, with the combined scores (ZINTER … WITHSCORES).
   *
   * @param args one weight per key, and SUM, MIN or MAX; {@link ZAggregateArgs#none()} for plain sums
   * @param keys the sets, at least one
   * @return the members in all of them with their combined scores
   */
  default List<ScoredValue> zinterWithScores(ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.combineWithScores("ZINTER", args, Arrays.asList(keys)));
  }

  /**
   * Stores an intersection (ZINTERSTORE).
   *
   * @param destination the key to write, replaced
   * @param keys the sets, at least one
   * @return the size of the result
   */
  default long zinterstore(String destination, String... keys) {
    return run(SortedSetAlgebra.store("ZINTERSTORE", destination, ZAggregateArgs.none(), Arrays.asList(keys)));
  }

  /**
   * Stores an intersection with weights or an aggregate (ZINTERSTORE … WEIGHTS … AGGREGATE).
   *
   * @param destination the key to write, replaced
   * @param args one weight per key, and SUM, MIN or MAX
   * @param keys the sets, at least one
   * @return the size of the result
   */
  default long zinterstore(String destination, ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.store("ZINTERSTORE", destination, args, Arrays.asList(keys)));
  }

  /**
   * Counts the members of an intersection without returning them (ZINTERCARD).
   *
   * @param keys the sets, at least one
   * @return the number of members in all of them
   */
  default long zintercard(String... keys) {
    return run(SortedSetAlgebra.zintercard(0, Arrays.asList(keys)));
  }

  /**
   * Counts the members of an intersection, stopping at {@code limit} (ZINTERCARD … LIMIT).
   *
   * @param limit the count to stop at, 0 for no limit
   * @param keys the sets, at least one
   * @return the number of members in all of them, at most {@code limit}
   */
  default long zintercard(long limit, String... keys) {
    return run(SortedSetAlgebra.zintercard(limit, Arrays.asList(keys)));
  }

  /**
   * Unites sorted sets (ZUNION).
   *
   * @param keys the sets, at least one
   * @return the members in any of them
   */
  default List<String> zunion(String... keys) {
    return run(SortedSetAlgebra.combine("ZUNION", ZAggregateArgs.none(), Arrays.asList(keys)));
  }

  /**
   * Unites sorted sets with weights or an aggregate (ZUNION … WEIGHTS … AGGREGATE).
   *
   * @param args one weight per key, and SUM, MIN or MAX
   * @param keys the sets, at least one
   * @return the members in any of them
   */
  default List<String> zunion(ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.combine("ZUNION", args, Arrays.asList(keys)));
  }

  /**
   * Unites sorted sets, with the combined scores (ZUNION … WITHSCORES).
   *
   * @param args one weight per key, and SUM, MIN or MAX; {@link ZAggregateArgs#none()} for plain sums
   * @param keys the sets, at least one
   * @return the members in any of them with their combined scores
   */
  default List<ScoredValue> zunionWithScores(ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.combineWithScores("ZUNION", args, Arrays.asList(keys)));
  }

  /**
   * Stores a union (ZUNIONSTORE).
   *
   * @param destination the key to write, replaced
   * @param keys the sets, at least one
   * @return the size of the result
   */
  default long zunionstore(String destination, String... keys) {
    return run(SortedSetAlgebra.store("ZUNIONSTORE", destination, ZAggregateArgs.none(), Arrays.asList(keys)));
  }

  /**
   * Stores a union with weights or an aggregate (ZUNIONSTORE … WEIGHTS … AGGREGATE).
   *
   * @param destination the key to write, replaced
   * @param args one weight per key, and SUM, MIN or MAX
   * @param keys the sets, at least one
   * @return the size of the result
   */
  default long zunionstore(String destination, ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.store("ZUNIONSTORE", destination, args, Arrays.asList(keys)));
  }
}
