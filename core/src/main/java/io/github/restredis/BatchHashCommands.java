// Generated from HashCommands.java by SurfaceGenerator (core tests): do not edit.
// Change HashCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Hashes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link HashCommands} for a {@link Pipeline} or {@link
 * Transaction}: each queues its command and returns a {@link Response} that holds, after
 * {@link Batch#exec()}, the reply the synchronous method returns.
 */
public sealed interface BatchHashCommands permits Batch {
  private <T> Response<T> run(Command<T> command) {
    return ((Batch) this).queue(command);
  }

  /**
   * Sets one field (HSET).
   *
   * @param key the key
   * @param field the field
   * @param value the value
   * @return a response that holds, after exec, 1 if the field is new, 0 if it was updated
   */
  default Response<Long> hset(String key, String field, String value) {
    return run(Hashes.hset(key, Map.of(field, value)));
  }

  /**
   * Sets fields (HSET).
   *
   * @param key the key
   * @param fields fields and values, at least one
   * @return a response that holds, after exec, the number of fields that are new
   */
  default Response<Long> hset(String key, Map<String, String> fields) {
    return run(Hashes.hset(key, fields));
  }

  /**
   * Sets one field to exact bytes (HSET); bytes that are not UTF-8 go as a path-style raw body.
   *
   * @param key the key
   * @param field the field
   * @param value the bytes
   * @return a response that holds, after exec, 1 if the field is new, 0 if it was updated
   */
  default Response<Long> hset(String key, String field, byte[] value) {
    return run(Hashes.hset(key, field, value));
  }

  /**
   * Sets fields (HMSET). Redis deprecated HMSET in 4.0 in favour of HSET with several fields, which
   * does the same and also reports how many fields are new; it stays here for code ported from
   * other clients, since Upstash still serves it.
   *
   * @param key the key
   * @param fields fields and values, at least one
   * @return a response completed by exec, holding null
   */
  default Response<@Nullable Void> hmset(String key, Map<String, String> fields) {
    return run(Hashes.hmset(key, fields));
  }

  /**
   * Sets a field only if it does not exist (HSETNX).
   *
   * @param key the key
   * @param field the field
   * @param value the value
   * @return a response that holds, after exec, true if the field was set
   */
  default Response<Boolean> hsetnx(String key, String field, String value) {
    return run(Hashes.hsetnx(key, field, value));
  }

  /**
   * Gets a field (HGET).
   *
   * @param key the key
   * @param field the field
   * @return a response that holds, after exec, the value, or null if the field or key does not exist
   */
  default Response<@Nullable String> hget(String key, String field) {
    return run(Hashes.hget(key, field));
  }

  /**
   * Gets the exact bytes of a field (HGET).
   *
   * @param key the key
   * @param field the field
   * @return a response that holds, after exec, the bytes, or null if the field or key does not exist
   */
  default Response<byte @Nullable []> hgetBytes(String key, String field) {
    return run(Hashes.hgetBytes(key, field));
  }

  /**
   * Gets several fields (HMGET).
   *
   * @param key the key
   * @param fields the fields, at least one
   * @return a response that holds, after exec, one value per field, null where missing
   */
  default Response<List<@Nullable String>> hmget(String key, String... fields) {
    return run(Hashes.hmget(key, Arrays.asList(fields)));
  }

  /**
   * Gets all fields and values (HGETALL).
   *
   * @param key the key
   * @return a response that holds, after exec, the fields in Redis order, empty if the key does not exist
   */
  default Response<Map<String, String>> hgetall(String key) {
    return run(Hashes.hgetall(key));
  }

  /**
   * Deletes fields (HDEL).
   *
   * @param key the key
   * @param fields the fields, at least one
   * @return a response that holds, after exec, the number of fields removed
   */
  default Response<Long> hdel(String key, String... fields) {
    return run(Hashes.hdel(key, Arrays.asList(fields)));
  }

  /**
   * Checks a field (HEXISTS).
   *
   * @param key the key
   * @param field the field
   * @return a response that holds, after exec, true if the field exists
   */
  default Response<Boolean> hexists(String key, String field) {
    return run(Hashes.hexists(key, field));
  }

  /**
   * Lists the fields (HKEYS).
   *
   * @param key the key
   * @return a response that holds, after exec, the field names
   */
  default Response<List<String>> hkeys(String key) {
    return run(Hashes.hkeys(key));
  }

  /**
   * Lists the values (HVALS).
   *
   * @param key the key
   * @return a response that holds, after exec, the values
   */
  default Response<List<String>> hvals(String key) {
    return run(Hashes.hvals(key));
  }

  /**
   * Counts the fields (HLEN).
   *
   * @param key the key
   * @return a response that holds, after exec, the number of fields
   */
  default Response<Long> hlen(String key) {
    return run(Hashes.hlen(key));
  }

  /**
   * Reads the length of a field's value (HSTRLEN).
   *
   * @param key the key
   * @param field the field
   * @return a response that holds, after exec, the length in bytes, 0 if missing
   */
  default Response<Long> hstrlen(String key, String field) {
    return run(Hashes.hstrlen(key, field));
  }

  /**
   * Increments an integer field (HINCRBY).
   *
   * @param key the key
   * @param field the field
   * @param increment the amount
   * @return a response that holds, after exec, the new value
   */
  default Response<Long> hincrby(String key, String field, long increment) {
    return run(Hashes.hincrby(key, field, increment));
  }

  /**
   * Increments a floating-point field (HINCRBYFLOAT).
   *
   * @param key the key
   * @param field the field
   * @param increment the amount
   * @return a response that holds, after exec, the new value
   */
  default Response<Double> hincrbyfloat(String key, String field, double increment) {
    return run(Hashes.hincrbyfloat(key, field, increment));
  }

  /**
   * Returns a random field name (HRANDFIELD).
   *
   * @param key the key
   * @return a response that holds, after exec, the field, or null if the hash does not exist
   */
  default Response<@Nullable String> hrandfield(String key) {
    return run(Hashes.hrandfield(key));
  }

  /**
   * Returns random field names (HRANDFIELD count): distinct if {@code count} is positive, possibly
   * repeated if negative.
   *
   * @param key the key
   * @param count how many; negative allows repeats
   * @return a response that holds, after exec, the fields, empty if the hash does not exist
   */
  default Response<List<String>> hrandfield(String key, long count) {
    return run(Hashes.hrandfield(key, count));
  }

  /**
   * Returns random fields with their values (HRANDFIELD count WITHVALUES). A list of entries rather
   * than a map, since a negative count may return a field more than once.
   *
   * @param key the key
   * @param count how many; negative allows repeats
   * @return a response that holds, after exec, field/value entries, empty if the hash does not exist
   */
  default Response<List<Map.Entry<String, String>>> hrandfieldWithValues(String key, long count) {
    return run(Hashes.hrandfieldWithValues(key, count));
  }

  /**
   * Gets fields and deletes them, atomically (HGETDEL, Redis 8.0); the key goes when its last field does.
   *
   * @param key the key
   * @param fields the fields, at least one
   * @return a response that holds, after exec, one value per field, in order, null where the field did not exist
   */
  default Response<List<@Nullable String>> hgetdel(String key, String... fields) {
    return run(Hashes.hgetdel(key, Arrays.asList(fields)));
  }
}
