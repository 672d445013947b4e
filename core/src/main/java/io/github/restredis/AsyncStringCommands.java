// Generated from StringCommands.java by SurfaceGenerator (core tests): do not edit.
// Change StringCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Strings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link StringCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncStringCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Gets the value of a key (GET). Bytes that are not UTF-8 become U+FFFD; read binary values
   * with {@link #getBytes(String)}.
   *
   * @param key the key
   * @return a future of the value as UTF-8 text, or null if the key does not exist
   */
  default CompletableFuture<@Nullable String> get(String key) {
    return run(Strings.get(key));
  }

  /**
   * Gets the exact bytes of a key's value (GET).
   *
   * @param key the key
   * @return a future of the value, or null if the key does not exist
   */
  default CompletableFuture<byte @Nullable []> getBytes(String key) {
    return run(Strings.getBytes(key));
  }

  /**
   * Gets the values of several keys (MGET).
   *
   * @param keys the keys, at least one
   * @return a future of one value per key, in order, null where a key does not exist
   */
  default CompletableFuture<List<@Nullable String>> mget(String... keys) {
    return run(Strings.mget(Arrays.asList(keys)));
  }

  /**
   * Sets a key to a value, replacing any value and expiry (SET).
   *
   * @param key the key
   * @param value the value
   * @return a future of true (Redis replies OK)
   */
  default CompletableFuture<Boolean> set(String key, String value) {
    return run(Strings.set(key, value, SetArgs.none()));
  }

  /**
   * Sets a key with options (SET … EX/PX/PXAT/KEEPTTL NX/XX).
   *
   * @param key the key
   * @param value the value
   * @param args expiry and condition
   * @return a future of true if the key was set, false if the NX or XX condition was not met
   */
  default CompletableFuture<Boolean> set(String key, String value, SetArgs args) {
    return run(Strings.set(key, value, args));
  }

  /**
   * Sets a key to exact bytes (SET). Bytes that are not UTF-8 go as the raw body of a
   * path-style request, the one way Upstash accepts arbitrary bytes.
   *
   * @param key the key
   * @param value the bytes
   * @return a future of true (Redis replies OK)
   */
  default CompletableFuture<Boolean> set(String key, byte[] value) {
    return run(Strings.set(key, value, SetArgs.none()));
  }

  /**
   * Sets a key to bytes with options (SET). With options, the value must be valid UTF-8, since
   * only the last argument can carry arbitrary bytes; otherwise this throws before sending.
   *
   * @param key the key
   * @param value the bytes
   * @param args expiry and condition
   * @return a future of true if the key was set, false if the NX or XX condition was not met
   */
  default CompletableFuture<Boolean> set(String key, byte[] value, SetArgs args) {
    return run(Strings.set(key, value, args));
  }

  /**
   * Sets a key and returns its previous value (SET … GET). Never retried after an uncertain
   * failure, since a second attempt would return the value the first one wrote.
   *
   * @param key the key
   * @param value the new value
   * @param args expiry and condition
   * @return a future of the previous value, or null if there was none
   */
  default CompletableFuture<@Nullable String> setGet(String key, String value, SetArgs args) {
    return run(Strings.setGet(key, value, args));
  }

  /**
   * Sets a key only if it does not exist (SETNX).
   *
   * @param key the key
   * @param value the value
   * @return a future of true if the key was set
   */
  default CompletableFuture<Boolean> setnx(String key, String value) {
    return run(Strings.setnx(key, value));
  }

  /**
   * Sets several keys (MSET).
   *
   * @param values keys and values, at least one
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> mset(Map<String, String> values) {
    return run(Strings.mset(values));
  }

  /**
   * Sets several keys only if none of them exists (MSETNX).
   *
   * @param values keys and values, at least one
   * @return a future of true if all were set, false if none was
   */
  default CompletableFuture<Boolean> msetnx(Map<String, String> values) {
    return run(Strings.msetnx(values));
  }

  /**
   * Gets a value and deletes the key (GETDEL).
   *
   * @param key the key
   * @return a future of the value, or null if the key did not exist
   */
  default CompletableFuture<@Nullable String> getdel(String key) {
    return run(Strings.getdel(key));
  }

  /**
   * Sets a value and returns the old one (GETSET).
   *
   * @param key the key
   * @param value the new value
   * @return a future of the old value, or null
   */
  default CompletableFuture<@Nullable String> getset(String key, String value) {
    return run(Strings.getset(key, value));
  }

  /**
   * Increments an integer value by one (INCR); a missing key counts as 0.
   *
   * @param key the key
   * @return a future of the new value
   */
  default CompletableFuture<Long> incr(String key) {
    return run(Strings.incr(key));
  }

  /**
   * Increments an integer value (INCRBY).
   *
   * @param key the key
   * @param increment the amount, may be negative
   * @return a future of the new value
   */
  default CompletableFuture<Long> incrby(String key, long increment) {
    return run(Strings.incrby(key, increment));
  }

  /**
   * Increments a floating-point value (INCRBYFLOAT).
   *
   * @param key the key
   * @param increment the amount
   * @return a future of the new value
   */
  default CompletableFuture<Double> incrbyfloat(String key, double increment) {
    return run(Strings.incrbyfloat(key, increment));
  }

  /**
   * Decrements an integer value by one (DECR).
   *
   * @param key the key
   * @return a future of the new value
   */
  default CompletableFuture<Long> decr(String key) {
    return run(Strings.decr(key));
  }

  /**
   * Decrements an integer value (DECRBY).
   *
   * @param key the key
   * @param decrement the amount
   * @return a future of the new value
   */
  default CompletableFuture<Long> decrby(String key, long decrement) {
    return run(Strings.decrby(key, decrement));
  }

  /**
   * Appends to a value (APPEND).
   *
   * @param key the key
   * @param value the text to append
   * @return a future of the length of the value afterwards, in bytes
   */
  default CompletableFuture<Long> append(String key, String value) {
    return run(Strings.append(key, value));
  }

  /**
   * Gets the length of a value (STRLEN).
   *
   * @param key the key
   * @return a future of the length in bytes, 0 if the key does not exist
   */
  default CompletableFuture<Long> strlen(String key) {
    return run(Strings.strlen(key));
  }

  /**
   * Gets part of a value (GETRANGE).
   *
   * @param key the key
   * @param start the first byte offset, negative from the end
   * @param end the last byte offset, inclusive
   * @return a future of the substring, empty if out of range
   */
  default CompletableFuture<String> getrange(String key, long start, long end) {
    return run(Strings.getrange(key, start, end));
  }

  /**
   * Overwrites part of a value (SETRANGE).
   *
   * @param key the key
   * @param offset the byte offset
   * @param value the text to write there
   * @return a future of the length of the value afterwards
   */
  default CompletableFuture<Long> setrange(String key, long offset, String value) {
    return run(Strings.setrange(key, offset, value));
  }

  /**
   * Gets a value and sets or removes its expiry (GETEX).
   *
   * <pre>{@code
   * String session = redis.getex("session", GetExArgs.Builder.ex(Duration.ofMinutes(30)));
   * }</pre>
   *
   * @param key the key
   * @param args the new expiry (EX, PX, EXAT, PXAT) or PERSIST; {@link GetExArgs#none()} reads only
   * @return a future of the value, or null if the key does not exist (nothing is changed then)
   */
  default CompletableFuture<@Nullable String> getex(String key, GetExArgs args) {
    return run(Strings.getex(key, args));
  }

  /**
   * Sets a key with a time to live in seconds (SETEX).
   *
   * @param key the key
   * @param seconds the time to live, positive
   * @param value the value
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> setex(String key, long seconds, String value) {
    return run(Strings.setex("SETEX", key, seconds, value));
  }

  /**
   * Sets a key with a time to live in milliseconds (PSETEX).
   *
   * @param key the key
   * @param millis the time to live, positive
   * @param value the value
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> psetex(String key, long millis, String value) {
    return run(Strings.setex("PSETEX", key, millis, value));
  }

  /**
   * Finds the longest common subsequence of two values (LCS, Redis 7.0).
   *
   * <pre>{@code
   * redis.set("a", "ohmytext");
   * redis.set("b", "mynewtext");
   * redis.lcs("a", "b"); // "mytext"
   * }</pre>
   *
   * @param key1 the first key
   * @param key2 the second key
   * @return a future of the common subsequence, empty if there is none or a key does not exist
   */
  default CompletableFuture<String> lcs(String key1, String key2) {
    return run(Strings.lcs(key1, key2));
  }

  /**
   * Measures the longest common subsequence of two values (LCS … LEN, Redis 7.0).
   *
   * @param key1 the first key
   * @param key2 the second key
   * @return a future of its length in bytes
   */
  default CompletableFuture<Long> lcsLen(String key1, String key2) {
    return run(Strings.lcsLen(key1, key2));
  }

  /**
   * Locates the longest common subsequence of two values (LCS … IDX MINMATCHLEN WITHMATCHLEN,
   * Redis 7.0).
   *
   * @param key1 the first key
   * @param key2 the second key
   * @param minMatchLen the shortest run to report, 0 for all
   * @return a future of the common runs with their byte ranges in each value, and the total length
   */
  default CompletableFuture<LcsResult> lcsIdx(String key1, String key2, long minMatchLen) {
    return run(Strings.lcsIdx(key1, key2, minMatchLen));
  }
}
