package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Keys;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Generic key and expiry commands of {@link Redis}.
 *
 * <pre>{@code
 * redis.expire("session", Duration.ofMinutes(30));
 * long seconds = redis.ttl("session");
 * }</pre>
 */
public sealed interface KeyCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
  }

  /**
   * Deletes keys (DEL).
   *
   * @param keys the keys, at least one
   * @return the number of keys that existed
   */
  default long del(String... keys) {
    return run(Keys.del(Arrays.asList(keys)));
  }

  /**
   * Deletes keys, reclaiming memory in the background (UNLINK).
   *
   * @param keys the keys, at least one
   * @return the number of keys that existed
   */
  default long unlink(String... keys) {
    return run(Keys.unlink(Arrays.asList(keys)));
  }

  /**
   * Counts existing keys (EXISTS); a key named twice counts twice.
   *
   * @param keys the keys, at least one
   * @return how many of them exist
   */
  default long exists(String... keys) {
    return run(Keys.exists(Arrays.asList(keys)));
  }

  /**
   * Updates the last access time of keys (TOUCH).
   *
   * @param keys the keys, at least one
   * @return how many of them exist
   */
  default long touch(String... keys) {
    return run(Keys.touch(Arrays.asList(keys)));
  }

  /**
   * Sets a time to live (EXPIRE, or PEXPIRE below one second's precision).
   *
   * @param key the key
   * @param ttl the time to live
   * @return true if the key exists and the expiry was set
   */
  default boolean expire(String key, Duration ttl) {
    return ttl.toMillis() % 1000 == 0
        ? run(Keys.expire(key, ttl.toSeconds()))
        : run(Keys.pexpire(key, ttl.toMillis()));
  }

  /**
   * Sets a time to live in seconds (EXPIRE).
   *
   * @param key the key
   * @param seconds the time to live
   * @return true if the key exists and the expiry was set
   */
  default boolean expire(String key, long seconds) {
    return run(Keys.expire(key, seconds));
  }

  /**
   * Sets a time to live in milliseconds (PEXPIRE).
   *
   * @param key the key
   * @param millis the time to live
   * @return true if the key exists and the expiry was set
   */
  default boolean pexpire(String key, long millis) {
    return run(Keys.pexpire(key, millis));
  }

  /**
   * Sets the expiry instant (PEXPIREAT).
   *
   * @param key the key
   * @param at when the key expires, millisecond precision
   * @return true if the key exists and the expiry was set
   */
  default boolean expireat(String key, Instant at) {
    return run(Keys.pexpireat(key, at.toEpochMilli()));
  }

  /**
   * Reads the time to live in seconds (TTL).
   *
   * @param key the key
   * @return seconds left, -1 if the key has no expiry, -2 if it does not exist
   */
  default long ttl(String key) {
    return run(Keys.ttl(key));
  }

  /**
   * Reads the time to live in milliseconds (PTTL).
   *
   * @param key the key
   * @return milliseconds left, -1 if the key has no expiry, -2 if it does not exist
   */
  default long pttl(String key) {
    return run(Keys.pttl(key));
  }

  /**
   * Removes the expiry (PERSIST).
   *
   * @param key the key
   * @return true if an expiry was removed
   */
  default boolean persist(String key) {
    return run(Keys.persist(key));
  }

  /**
   * Reads the type of a value (TYPE).
   *
   * @param key the key
   * @return {@code string}, {@code list}, {@code set}, {@code zset}, {@code hash}, {@code stream} or {@code none}
   */
  default String type(String key) {
    return run(Keys.type(key));
  }

  /**
   * Renames a key, replacing the destination (RENAME). Not retried after an uncertain failure,
   * since a second attempt fails once the source is gone.
   *
   * @param key the key
   * @param newKey the new name
   */
  default void rename(String key, String newKey) {
    run(Keys.rename(key, newKey));
  }

  /**
   * Renames a key if the new name is free (RENAMENX).
   *
   * @param key the key
   * @param newKey the new name
   * @return true if renamed
   */
  default boolean renamenx(String key, String newKey) {
    return run(Keys.renamenx(key, newKey));
  }

  /**
   * Lists keys matching a glob pattern (KEYS); slow on large databases.
   *
   * @param pattern the pattern, such as {@code user:*}
   * @return the matching keys
   */
  default List<String> keys(String pattern) {
    return run(Keys.keys(pattern));
  }

  /**
   * Picks a random key (RANDOMKEY).
   *
   * @return a key, or null if the database is empty
   */
  default @Nullable String randomkey() {
    return run(Keys.randomkey());
  }
}
