// Generated from KeyCommands.java by SurfaceGenerator (core tests): do not edit.
// Change KeyCommands, then run
// mvn -pl core -am test -Dtest=GeneratedSurfacesTest -Dsurefire.failIfNoSpecifiedTests=false -Drestredis.regenerate=true
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Keys;
import java.time.Duration;
import java.time.Instant;
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
   * Sets a time to live (EXPIRE, or PEXPIRE below one second's precision).
   *
   * @param key the key
   * @param ttl the time to live
   * @return a future of true if the key exists and the expiry was set
   */
  default CompletableFuture<Boolean> expire(String key, Duration ttl) {
    return ttl.toMillis() % 1000 == 0
        ? run(Keys.expire(key, ttl.toSeconds()))
        : run(Keys.pexpire(key, ttl.toMillis()));
  }

  /**
   * Sets a time to live in seconds (EXPIRE).
   *
   * @param key the key
   * @param seconds the time to live
   * @return a future of true if the key exists and the expiry was set
   */
  default CompletableFuture<Boolean> expire(String key, long seconds) {
    return run(Keys.expire(key, seconds));
  }

  /**
   * Sets a time to live in milliseconds (PEXPIRE).
   *
   * @param key the key
   * @param millis the time to live
   * @return a future of true if the key exists and the expiry was set
   */
  default CompletableFuture<Boolean> pexpire(String key, long millis) {
    return run(Keys.pexpire(key, millis));
  }

  /**
   * Sets the expiry instant (PEXPIREAT).
   *
   * @param key the key
   * @param at when the key expires, millisecond precision
   * @return a future of true if the key exists and the expiry was set
   */
  default CompletableFuture<Boolean> expireat(String key, Instant at) {
    return run(Keys.pexpireat(key, at.toEpochMilli()));
  }

  /**
   * Reads the time to live in seconds (TTL).
   *
   * @param key the key
   * @return a future of seconds left, -1 if the key has no expiry, -2 if it does not exist
   */
  default CompletableFuture<Long> ttl(String key) {
    return run(Keys.ttl(key));
  }

  /**
   * Reads the time to live in milliseconds (PTTL).
   *
   * @param key the key
   * @return a future of milliseconds left, -1 if the key has no expiry, -2 if it does not exist
   */
  default CompletableFuture<Long> pttl(String key) {
    return run(Keys.pttl(key));
  }

  /**
   * Removes the expiry (PERSIST).
   *
   * @param key the key
   * @return a future of true if an expiry was removed
   */
  default CompletableFuture<Boolean> persist(String key) {
    return run(Keys.persist(key));
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
}
