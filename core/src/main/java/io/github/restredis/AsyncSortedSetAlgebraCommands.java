// Generated from SortedSetAlgebraCommands.java by SurfaceGenerator (core tests): do not edit.
// Change SortedSetAlgebraCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.SortedSetAlgebra;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link SortedSetAlgebraCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncSortedSetAlgebraCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Subtracts sorted sets from the first (ZDIFF).
   *
   * @param keys the first set, then the sets to subtract
   * @return a future of the members of the first set in none of the others
   */
  default CompletableFuture<List<String>> zdiff(String... keys) {
    return run(SortedSetAlgebra.zdiff(Arrays.asList(keys)));
  }

  /**
   * Subtracts sorted sets from the first, with scores (ZDIFF … WITHSCORES).
   *
   * @param keys the first set, then the sets to subtract
   * @return a future of the remaining members with their scores in the first set
   */
  default CompletableFuture<List<ScoredValue>> zdiffWithScores(String... keys) {
    return run(SortedSetAlgebra.zdiffWithScores(Arrays.asList(keys)));
  }

  /**
   * Stores a difference (ZDIFFSTORE).
   *
   * @param destination the key to write, replaced
   * @param keys the first set, then the sets to subtract
   * @return a future of the size of the result
   */
  default CompletableFuture<Long> zdiffstore(String destination, String... keys) {
    return run(SortedSetAlgebra.zdiffstore(destination, Arrays.asList(keys)));
  }

  /**
   * Intersects sorted sets (ZINTER).
   *
   * @param keys the sets, at least one
   * @return a future of the members in all of them
   */
  default CompletableFuture<List<String>> zinter(String... keys) {
    return run(SortedSetAlgebra.combine("ZINTER", ZAggregateArgs.none(), Arrays.asList(keys)));
  }

  /**
   * Intersects sorted sets with weights or an aggregate (ZINTER … WEIGHTS … AGGREGATE).
   *
   * @param args one weight per key, and SUM, MIN or MAX
   * @param keys the sets, at least one
   * @return a future of the members in all of them
   */
  default CompletableFuture<List<String>> zinter(ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.combine("ZINTER", args, Arrays.asList(keys)));
  }

  /**
   * Intersects sorted sets, with the combined scores (ZINTER … WITHSCORES).
   *
   * @param args one weight per key, and SUM, MIN or MAX; {@link ZAggregateArgs#none()} for plain sums
   * @param keys the sets, at least one
   * @return a future of the members in all of them with their combined scores
   */
  default CompletableFuture<List<ScoredValue>> zinterWithScores(ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.combineWithScores("ZINTER", args, Arrays.asList(keys)));
  }

  /**
   * Stores an intersection (ZINTERSTORE).
   *
   * @param destination the key to write, replaced
   * @param keys the sets, at least one
   * @return a future of the size of the result
   */
  default CompletableFuture<Long> zinterstore(String destination, String... keys) {
    return run(SortedSetAlgebra.store("ZINTERSTORE", destination, ZAggregateArgs.none(), Arrays.asList(keys)));
  }

  /**
   * Stores an intersection with weights or an aggregate (ZINTERSTORE … WEIGHTS … AGGREGATE).
   *
   * @param destination the key to write, replaced
   * @param args one weight per key, and SUM, MIN or MAX
   * @param keys the sets, at least one
   * @return a future of the size of the result
   */
  default CompletableFuture<Long> zinterstore(String destination, ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.store("ZINTERSTORE", destination, args, Arrays.asList(keys)));
  }

  /**
   * Counts the members of an intersection without returning them (ZINTERCARD).
   *
   * @param keys the sets, at least one
   * @return a future of the number of members in all of them
   */
  default CompletableFuture<Long> zintercard(String... keys) {
    return run(SortedSetAlgebra.zintercard(0, Arrays.asList(keys)));
  }

  /**
   * Counts the members of an intersection, stopping at {@code limit} (ZINTERCARD … LIMIT).
   *
   * @param limit the count to stop at, 0 for no limit
   * @param keys the sets, at least one
   * @return a future of the number of members in all of them, at most {@code limit}
   */
  default CompletableFuture<Long> zintercard(long limit, String... keys) {
    return run(SortedSetAlgebra.zintercard(limit, Arrays.asList(keys)));
  }

  /**
   * Unites sorted sets (ZUNION).
   *
   * @param keys the sets, at least one
   * @return a future of the members in any of them
   */
  default CompletableFuture<List<String>> zunion(String... keys) {
    return run(SortedSetAlgebra.combine("ZUNION", ZAggregateArgs.none(), Arrays.asList(keys)));
  }

  /**
   * Unites sorted sets with weights or an aggregate (ZUNION … WEIGHTS … AGGREGATE).
   *
   * @param args one weight per key, and SUM, MIN or MAX
   * @param keys the sets, at least one
   * @return a future of the members in any of them
   */
  default CompletableFuture<List<String>> zunion(ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.combine("ZUNION", args, Arrays.asList(keys)));
  }

  /**
   * Unites sorted sets, with the combined scores (ZUNION … WITHSCORES).
   *
   * @param args one weight per key, and SUM, MIN or MAX; {@link ZAggregateArgs#none()} for plain sums
   * @param keys the sets, at least one
   * @return a future of the members in any of them with their combined scores
   */
  default CompletableFuture<List<ScoredValue>> zunionWithScores(ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.combineWithScores("ZUNION", args, Arrays.asList(keys)));
  }

  /**
   * Stores a union (ZUNIONSTORE).
   *
   * @param destination the key to write, replaced
   * @param keys the sets, at least one
   * @return a future of the size of the result
   */
  default CompletableFuture<Long> zunionstore(String destination, String... keys) {
    return run(SortedSetAlgebra.store("ZUNIONSTORE", destination, ZAggregateArgs.none(), Arrays.asList(keys)));
  }

  /**
   * Stores a union with weights or an aggregate (ZUNIONSTORE … WEIGHTS … AGGREGATE).
   *
   * @param destination the key to write, replaced
   * @param args one weight per key, and SUM, MIN or MAX
   * @param keys the sets, at least one
   * @return a future of the size of the result
   */
  default CompletableFuture<Long> zunionstore(String destination, ZAggregateArgs args, String... keys) {
    return run(SortedSetAlgebra.store("ZUNIONSTORE", destination, args, Arrays.asList(keys)));
  }
}
