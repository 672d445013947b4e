// Generated from ListCommands.java by SurfaceGenerator (core tests): do not edit.
// Change ListCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Lists;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link ListCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchListCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Prepends values (LPUSH); the last one ends up first.
   *
   * @param key the key
   * @param values the values, at least one
   * @return a response that holds, after exec, the length afterwards
   */
  default Response<Long> lpush(String key, String... values) {
    return run(Lists.lpush(key, Arrays.asList(values)));
  }

  /**
   * Appends values (RPUSH).
   *
   * @param key the key
   * @param values the values, at least one
   * @return a response that holds, after exec, the length afterwards
   */
  default Response<Long> rpush(String key, String... values) {
    return run(Lists.rpush(key, Arrays.asList(values)));
  }

  /**
   * Appends exact bytes (RPUSH); bytes that are not UTF-8 go as a path-style raw body.
   *
   * @param key the key
   * @param value the bytes
   * @return a response that holds, after exec, the length afterwards
   */
  default Response<Long> rpush(String key, byte[] value) {
    return run(Lists.rpush(key, value));
  }

  /**
   * Prepends values if the list exists (LPUSHX).
   *
   * @param key the key
   * @param values the values, at least one
   * @return a response that holds, after exec, the length afterwards, 0 if the list does not exist
   */
  default Response<Long> lpushx(String key, String... values) {
    return run(Lists.lpushx(key, Arrays.asList(values)));
  }

  /**
   * Appends values if the list exists (RPUSHX).
   *
   * @param key the key
   * @param values the values, at least one
   * @return a response that holds, after exec, the length afterwards, 0 if the list does not exist
   */
  default Response<Long> rpushx(String key, String... values) {
    return run(Lists.rpushx(key, Arrays.asList(values)));
  }

  /**
   * Removes and returns the first element (LPOP).
   *
   * @param key the key
   * @return a response that holds, after exec, the element, or null if the list is empty
   */
  default Response<@Nullable String> lpop(String key) {
    return run(Lists.lpop(key));
  }

  /**
   * Removes and returns up to {@code count} first elements (LPOP count).
   *
   * @param key the key
   * @param count how many
   * @return a response that holds, after exec, the elements, empty if the list does not exist
   */
  default Response<List<String>> lpop(String key, long count) {
    return run(Lists.lpop(key, count));
  }

  /**
   * Removes and returns the last element (RPOP).
   *
   * @param key the key
   * @return a response that holds, after exec, the element, or null if the list is empty
   */
  default Response<@Nullable String> rpop(String key) {
    return run(Lists.rpop(key));
  }

  /**
   * Removes and returns up to {@code count} last elements (RPOP count).
   *
   * @param key the key
   * @param count how many
   * @return a response that holds, after exec, the elements, empty if the list does not exist
   */
  default Response<List<String>> rpop(String key, long count) {
    return run(Lists.rpop(key, count));
  }

  /**
   * Reads a range (LRANGE).
   *
   * @param key the key
   * @param start the first index, negative from the end
   * @param stop the last index, inclusive
   * @return a response that holds, after exec, the elements
   */
  default Response<List<String>> lrange(String key, long start, long stop) {
    return run(Lists.lrange(key, start, stop));
  }

  /**
   * Reads a range as exact bytes (LRANGE).
   *
   * @param key the key
   * @param start the first index
   * @param stop the last index, inclusive
   * @return a response that holds, after exec, the elements
   */
  default Response<List<byte @Nullable []>> lrangeBytes(String key, long start, long stop) {
    return run(Lists.lrangeBytes(key, start, stop));
  }

  /**
   * Reads the length (LLEN).
   *
   * @param key the key
   * @return a response that holds, after exec, the length, 0 if the key does not exist
   */
  default Response<Long> llen(String key) {
    return run(Lists.llen(key));
  }

  /**
   * Reads one element (LINDEX).
   *
   * @param key the key
   * @param index the index, negative from the end
   * @return a response that holds, after exec, the element, or null if out of range
   */
  default Response<@Nullable String> lindex(String key, long index) {
    return run(Lists.lindex(key, index));
  }

  /**
   * Replaces one element (LSET).
   *
   * @param key the key
   * @param index the index
   * @param value the new value
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> lset(String key, long index, String value) {
    return run(Lists.lset(key, index, value));
  }

  /**
   * Removes elements equal to a value (LREM).
   *
   * @param key the key
   * @param count how many: positive from the head, negative from the tail, 0 all
   * @param value the value
   * @return a response that holds, after exec, the number removed
   */
  default Response<Long> lrem(String key, long count, String value) {
    return run(Lists.lrem(key, count, value));
  }

  /**
   * Keeps only a range (LTRIM).
   *
   * @param key the key
   * @param start the first index kept
   * @param stop the last index kept, inclusive
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> ltrim(String key, long start, long stop) {
    return run(Lists.ltrim(key, start, stop));
  }

  /**
   * Inserts a value before or after a pivot element (LINSERT).
   *
   * @param key the key
   * @param before true for BEFORE, false for AFTER
   * @param pivot the element to insert next to
   * @param value the value
   * @return a response that holds, after exec, the length afterwards, -1 if the pivot was not found, 0 if the key does not exist
   */
  default Response<Long> linsert(String key, boolean before, String pivot, String value) {
    return run(Lists.linsert(key, before, pivot, value));
  }

  /**
   * Finds the index of the first occurrence of a value (LPOS).
   *
   * @param key the key
   * @param value the value
   * @return a response that holds, after exec, the 0-based index, or null if absent
   */
  default Response<@Nullable Long> lpos(String key, String value) {
    return run(Lists.lpos(key, value, LPosArgs.none()));
  }

  /**
   * Finds the index of an occurrence of a value (LPOS … RANK … MAXLEN).
   *
   * <pre>{@code
   * Long last = redis.lpos("letters", "a", LPosArgs.Builder.rank(-1));
   * }</pre>
   *
   * @param key the key
   * @param value the value
   * @param args which match (RANK) and how far to scan (MAXLEN)
   * @return a response that holds, after exec, the 0-based index counted from the head, or null if there is no such match
   */
  default Response<@Nullable Long> lpos(String key, String value, LPosArgs args) {
    return run(Lists.lpos(key, value, args));
  }

  /**
   * Finds the indexes of several occurrences of a value (LPOS … COUNT).
   *
   * @param key the key
   * @param value the value
   * @param count how many matches at most, 0 for all
   * @param args the first match to report (RANK) and how far to scan (MAXLEN)
   * @return a response that holds, after exec, 0-based indexes counted from the head, in the order found (from the tail for a
   *     negative rank); empty if none or the key does not exist
   */
  default Response<List<Long>> lpos(String key, String value, long count, LPosArgs args) {
    return run(Lists.lpos(key, value, count, args));
  }

  /**
   * Moves an element between lists atomically (LMOVE); the lists may be the same key to rotate.
   *
   * @param source the source list
   * @param destination the destination list
   * @param from the end of the source to take from
   * @param to the end of the destination to put at
   * @return a response that holds, after exec, the element moved, or null if the source is empty
   */
  default Response<@Nullable String> lmove(String source, String destination, ListDirection from, ListDirection to) {
    return run(Lists.lmove(source, destination, from, to));
  }

  /**
   * Pops one element from the first non-empty list of several (LMPOP).
   *
   * @param direction the end to pop from
   * @param keys the lists, tried in order, at least one
   * @return a response that holds, after exec, the key popped from and its element, or null if every list is empty
   */
  default Response<@Nullable KeyedValues<String>> lmpop(ListDirection direction, String... keys) {
    return run(Lists.lmpop(direction, null, Arrays.asList(keys)));
  }

  /**
   * Pops up to {@code count} elements from the first non-empty list of several (LMPOP … COUNT).
   *
   * <pre>{@code
   * KeyedValues<String> batch = redis.lmpop(ListDirection.LEFT, 100, "urgent", "normal");
   * }</pre>
   *
   * @param direction the end to pop from
   * @param count how many at most, positive
   * @param keys the lists, tried in order, at least one
   * @return a response that holds, after exec, the key popped from and its elements in pop order, or null if every list is empty
   */
  default Response<@Nullable KeyedValues<String>> lmpop(ListDirection direction, long count, String... keys) {
    return run(Lists.lmpop(direction, count, Arrays.asList(keys)));
  }
}
