// Generated from SetCommands.java by SurfaceGenerator (core tests): do not edit.
// Change SetCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Sets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link SetCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchSetCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Adds members (SADD).
   *
   * @param key the key
   * @param members the members, at least one
   * @return a response that holds, after exec, the number of members that were new
   */
  default Response<Long> sadd(String key, String... members) {
    return run(Sets.sadd(key, Arrays.asList(members)));
  }

  /**
   * Removes members (SREM).
   *
   * @param key the key
   * @param members the members, at least one
   * @return a response that holds, after exec, the number removed
   */
  default Response<Long> srem(String key, String... members) {
    return run(Sets.srem(key, Arrays.asList(members)));
  }

  /**
   * Lists the members (SMEMBERS).
   *
   * @param key the key
   * @return a response that holds, after exec, the members, empty if the key does not exist
   */
  default Response<Set<String>> smembers(String key) {
    return run(Sets.smembers(key));
  }

  /**
   * Checks a member (SISMEMBER).
   *
   * @param key the key
   * @param member the member
   * @return a response that holds, after exec, true if present
   */
  default Response<Boolean> sismember(String key, String member) {
    return run(Sets.sismember(key, member));
  }

  /**
   * Checks several members (SMISMEMBER).
   *
   * @param key the key
   * @param members the members, at least one
   * @return a response that holds, after exec, one flag per member, in order
   */
  default Response<List<Boolean>> smismember(String key, String... members) {
    return run(Sets.smismember(key, Arrays.asList(members)));
  }

  /**
   * Counts the members (SCARD).
   *
   * @param key the key
   * @return a response that holds, after exec, the number of members
   */
  default Response<Long> scard(String key) {
    return run(Sets.scard(key));
  }

  /**
   * Removes and returns a random member (SPOP).
   *
   * @param key the key
   * @return a response that holds, after exec, the member, or null if the set is empty
   */
  default Response<@Nullable String> spop(String key) {
    return run(Sets.spop(key));
  }

  /**
   * Removes and returns up to {@code count} random members (SPOP count).
   *
   * @param key the key
   * @param count how many at most, not negative
   * @return a response that holds, after exec, the members removed, empty if the set does not exist
   */
  default Response<Set<String>> spop(String key, long count) {
    return run(Sets.spop(key, count));
  }

  /**
   * Returns a random member without removing it (SRANDMEMBER).
   *
   * @param key the key
   * @return a response that holds, after exec, the member, or null if the set is empty
   */
  default Response<@Nullable String> srandmember(String key) {
    return run(Sets.srandmember(key));
  }

  /**
   * Returns random members (SRANDMEMBER count): distinct if {@code count} is positive, possibly
   * repeated if negative.
   *
   * @param key the key
   * @param count how many
   * @return a response that holds, after exec, the members
   */
  default Response<List<String>> srandmember(String key, long count) {
    return run(Sets.srandmember(key, count));
  }

  /**
   * Moves a member to another set (SMOVE).
   *
   * @param source the source set
   * @param destination the destination set
   * @param member the member
   * @return a response that holds, after exec, true if moved
   */
  default Response<Boolean> smove(String source, String destination, String member) {
    return run(Sets.smove(source, destination, member));
  }

  /**
   * Intersects sets (SINTER).
   *
   * @param keys the sets, at least one
   * @return a response that holds, after exec, the members in all of them
   */
  default Response<Set<String>> sinter(String... keys) {
    return run(Sets.sinter(Arrays.asList(keys)));
  }

  /**
   * Unites sets (SUNION).
   *
   * @param keys the sets, at least one
   * @return a response that holds, after exec, the members in any of them
   */
  default Response<Set<String>> sunion(String... keys) {
    return run(Sets.sunion(Arrays.asList(keys)));
  }

  /**
   * Subtracts sets from the first (SDIFF).
   *
   * @param keys the first set, then the sets to subtract
   * @return a response that holds, after exec, the members of the first set in none of the others
   */
  default Response<Set<String>> sdiff(String... keys) {
    return run(Sets.sdiff(Arrays.asList(keys)));
  }

  /**
   * Counts the members of an intersection without returning them (SINTERCARD).
   *
   * @param keys the sets, at least one
   * @return a response that holds, after exec, the number of members in all of them
   */
  default Response<Long> sintercard(String... keys) {
    return run(Sets.sintercard(0, Arrays.asList(keys)));
  }

  /**
   * Counts the members of an intersection, stopping at {@code limit} (SINTERCARD … LIMIT).
   *
   * @param limit the count to stop at, 0 for no limit
   * @param keys the sets, at least one
   * @return a response that holds, after exec, the number of members in all of them, at most {@code limit}
   */
  default Response<Long> sintercard(long limit, String... keys) {
    return run(Sets.sintercard(limit, Arrays.asList(keys)));
  }

  /**
   * Stores an intersection (SINTERSTORE).
   *
   * @param destination the key to write
   * @param keys the sets, at least one
   * @return a response that holds, after exec, the size of the result
   */
  default Response<Long> sinterstore(String destination, String... keys) {
    return run(Sets.store("SINTERSTORE", destination, Arrays.asList(keys)));
  }

  /**
   * Stores a union (SUNIONSTORE).
   *
   * @param destination the key to write
   * @param keys the sets, at least one
   * @return a response that holds, after exec, the size of the result
   */
  default Response<Long> sunionstore(String destination, String... keys) {
    return run(Sets.store("SUNIONSTORE", destination, Arrays.asList(keys)));
  }

  /**
   * Stores a difference (SDIFFSTORE).
   *
   * @param destination the key to write
   * @param keys the first set, then the sets to subtract
   * @return a response that holds, after exec, the size of the result
   */
  default Response<Long> sdiffstore(String destination, String... keys) {
    return run(Sets.store("SDIFFSTORE", destination, Arrays.asList(keys)));
  }
}
