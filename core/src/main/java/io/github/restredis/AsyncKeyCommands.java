// Generated from KeyCommands.java by SurfaceGenerator (core tests): do not edit.
// Change KeyCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Keys;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link KeyCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncKeyCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Deletes keys (DEL).
   *
   * @param keys the keys, at least one
   * @return a future of the number of keys that existed
   */
  default CompletableFuture<Long> del(String... keys) {
    return run(Keys.del(Arrays.asList(keys)));
  }

  /**
   * Deletes keys, reclaiming memory in the background (UNLINK).
   *
   * @param keys the keys, at least one
   * @return a future of the number of keys that existed
   */
  default CompletableFuture<Long> unlink(String... keys) {
    return run(Keys.unlink(Arrays.asList(keys)));
  }

  /**
   * Counts existing keys (EXISTS); a key named twice counts twice.
   *
   * @param keys the keys, at least one
   * @return a future of how many of them exist
   */
  default CompletableFuture<Long> exists(String... keys) {
    return run(Keys.exists(Arrays.asList(keys)));
  }

  /**
   * Updates the last access time of keys (TOUCH).
   *
   * @param keys the keys, at least one
   * @return a future of how many of them exist
   */
  default CompletableFuture<Long> touch(String... keys) {
    return run(Keys.touch(Arrays.asList(keys)));
  }

  /**
   * Reads the type of a value (TYPE).
   *
   * @param key the key
   * @return a future of {@code string}, {@code list}, {@code set}, {@code zset}, {@code hash}, {@code stream} or {@code none}
   */
  default CompletableFuture<String> type(String key) {
    return run(Keys.type(key));
  }

  /**
   * Renames a key, replacing the destination (RENAME). Not retried after an uncertain failure,
   * since a second attempt fails once the source is gone.
   *
   * @param key the key
   * @param newKey the new name
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> rename(String key, String newKey) {
    return run(Keys.rename(key, newKey));
  }

  /**
   * Renames a key if the new name is free (RENAMENX).
   *
   * @param key the key
   * @param newKey the new name
   * @return a future of true if renamed
   */
  default CompletableFuture<Boolean> renamenx(String key, String newKey) {
    return run(Keys.renamenx(key, newKey));
  }

  /**
   * Lists keys matching a glob pattern (KEYS); slow on large databases.
   *
   * @param pattern the pattern, such as {@code user:*}
   * @return a future of the matching keys
   */
  default CompletableFuture<List<String>> keys(String pattern) {
    return run(Keys.keys(pattern));
  }

  /**
   * Picks a random key (RANDOMKEY).
   *
   * @return a future of a key, or null if the database is empty
   */
  default CompletableFuture<@Nullable String> randomkey() {
    return run(Keys.randomkey());
  }

  /**
   * Copies a value to another key, unless that key exists (COPY). A second attempt after an
   * uncertain failure would report false, so this is never retried then.
   *
   * @param source the key to copy
   * @param destination the new key
   * @return a future of true if copied, false if the source does not exist or the destination does
   */
  default CompletableFuture<Boolean> copy(String source, String destination) {
    return run(Keys.copy(source, destination, false));
  }

  /**
   * Copies a value to another key (COPY, with REPLACE when {@code replace} is true). The DB
   * option is left out: REST serves database 0 only (SELECT is refused), so a copy in another
   * database could never be read.
   *
   * @param source the key to copy
   * @param destination the new key
   * @param replace whether to overwrite an existing destination (REPLACE)
   * @return a future of true if copied, false if the source does not exist (or the destination exists and
   *     {@code replace} is false)
   */
  default CompletableFuture<Boolean> copy(String source, String destination, boolean replace) {
    return run(Keys.copy(source, destination, replace));
  }

  /**
   * Reads the internal encoding of a value (OBJECT ENCODING).
   *
   * @param key the key
   * @return a future of an encoding such as {@code int}, {@code embstr}, {@code raw}, {@code listpack},
   *     {@code quicklist}, {@code hashtable}, {@code intset} or {@code skiplist}; null if the
   *     key does not exist
   */
  default CompletableFuture<@Nullable String> objectEncoding(String key) {
    return run(Keys.objectEncoding(key));
  }

  /**
   * Reads the access frequency counter of a key (OBJECT FREQ). Redis tracks it only under an
   * LFU eviction policy; otherwise this fails with a {@link RedisErrorException}.
   *
   * @param key the key
   * @return a future of the logarithmic access counter, or null if the key does not exist
   */
  default CompletableFuture<@Nullable Long> objectFreq(String key) {
    return run(Keys.object("FREQ", key));
  }

  /**
   * Reads how long a key has not been read or written (OBJECT IDLETIME). Redis does not track it
   * under an LFU eviction policy and then fails with a {@link RedisErrorException}.
   *
   * @param key the key
   * @return a future of the idle time in seconds, or null if the key does not exist
   */
  default CompletableFuture<@Nullable Long> objectIdletime(String key) {
    return run(Keys.object("IDLETIME", key));
  }

  /**
   * Reads the reference count of a value (OBJECT REFCOUNT).
   *
   * @param key the key
   * @return a future of the count, or null if the key does not exist
   */
  default CompletableFuture<@Nullable Long> objectRefcount(String key) {
    return run(Keys.object("REFCOUNT", key));
  }

  /**
   * Estimates the memory a key and its value take (MEMORY USAGE).
   *
   * @param key the key
   * @return a future of bytes, or null if the key does not exist
   */
  default CompletableFuture<@Nullable Long> memoryUsage(String key) {
    return run(Keys.memoryUsage(key));
  }

  /**
   * Sorts the elements of a list, set or sorted set as numbers, ascending (SORT).
   *
   * @param key the key
   * @return a future of the sorted elements
   */
  default CompletableFuture<List<@Nullable String>> sort(String key) {
    return run(Keys.sort("SORT", key, SortArgs.none()));
  }

  /**
   * Sorts the elements of a list, set or sorted set (SORT … BY/LIMIT/GET/ASC/DESC/ALPHA).
   *
   * <pre>{@code
   * List<String> names = redis.sort("ids", SortArgs.Builder.by("age_*").get("name_*").limit(0, 10));
   * }</pre>
   *
   * @param key the key
   * @param args the options
   * @return a future of the sorted elements, or with GET the values read for them (one per GET pattern per
   *     element, in order), null where such a key does not exist
   */
  default CompletableFuture<List<@Nullable String>> sort(String key, SortArgs args) {
    return run(Keys.sort("SORT", key, args));
  }

  /**
   * Sorts without writing (SORT_RO, Redis 7.0): SORT's options without STORE.
   *
   * @param key the key
   * @param args the options
   * @return a future of as {@link #sort(String, SortArgs)}
   */
  default CompletableFuture<List<@Nullable String>> sortRo(String key, SortArgs args) {
    return run(Keys.sort("SORT_RO", key, args));
  }

  /**
   * Sorts and stores the result as a list, replacing {@code destination} (SORT … STORE).
   *
   * @param key the key to sort
   * @param destination the list to write
   * @param args the options
   * @return a future of the number of elements stored
   */
  default CompletableFuture<Long> sortStore(String key, String destination, SortArgs args) {
    return run(Keys.sortStore(key, destination, args));
  }

  /**
   * Serializes a value in Redis's own format (DUMP), to be given back to {@link
   * #restore(String, Duration, byte[])}. The bytes are exact only with base64 replies (the
   * default; see {@link Redis.Builder#base64Responses(boolean)}).
   *
   * @param key the key
   * @return a future of the serialized value, or null if the key does not exist
   */
  default CompletableFuture<byte @Nullable []> dump(String key) {
    return run(Keys.dump(key));
  }

  /**
   * Creates a key from a value {@link #dump(String) DUMP} serialized (RESTORE). The payload
   * travels as the raw body of a path-style request, the one place REST carries arbitrary bytes;
   * as it must be RESTORE's last argument, the REPLACE, ABSTTL, IDLETIME and FREQ options cannot
   * be sent (delete the key first to replace it). A payload that is not UTF-8 cannot go in a
   * pipeline or transaction. Not retried after an uncertain failure, since a second attempt
   * finds the key taken.
   *
   * @param key the key to create; it must not exist
   * @param ttl the time to live, {@link Duration#ZERO} for none
   * @param payload the bytes DUMP returned
   * @return a future completed when Redis has run the command
   */
  default CompletableFuture<@Nullable Void> restore(String key, Duration ttl, byte[] payload) {
    return run(Keys.restore(key, ttl.toMillis(), payload));
  }
}
