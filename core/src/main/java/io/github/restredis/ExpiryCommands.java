package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Keys;
import java.time.Duration;
import java.time.Instant;

/**
 * Expiry commands of {@link Redis}: setting, reading and removing a key's time to live.
 *
 * <pre>{@code
 * redis.expire("session", Duration.ofMinutes(30));
 * redis.expire("session", Duration.ofHours(1), ExpireArgs.Builder.gt()); // extend, never shorten
 * long seconds = redis.ttl("session");
 * }</pre>
 *
 * <p>The {@link ExpireArgs} conditions (NX, XX, GT, LT) need Redis 7.0.
 */
public sealed interface ExpiryCommands permits Redis {
  private <T> T run(Command<T> command) {
    return ((Redis) this).execute(command);
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
   * Sets a time to live if a condition holds (EXPIRE or PEXPIRE … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param ttl the time to live
   * @param args the condition
   * @return true if the key exists, the condition held and the expiry was set
   */
  default boolean expire(String key, Duration ttl, ExpireArgs args) {
    return ttl.toMillis() % 1000 == 0
        ? run(Keys.expire("EXPIRE", key, ttl.toSeconds(), args))
        : run(Keys.expire("PEXPIRE", key, ttl.toMillis(), args));
  }

  /**
   * Sets a time to live in seconds (EXPIRE).
   *
   * @param key the key
   * @param seconds the time to live; zero or negative deletes the key
   * @return true if the key exists and the expiry was set
   */
  default boolean expire(String key, long seconds) {
    return run(Keys.expire(key, seconds));
  }

  /**
   * Sets a time to live in seconds if a condition holds (EXPIRE … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param seconds the time to live
   * @param args the condition
   * @return true if the key exists, the condition held and the expiry was set
   */
  default boolean expire(String key, long seconds, ExpireArgs args) {
    return run(Keys.expire("EXPIRE", key, seconds, args));
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
   * Sets a time to live in milliseconds if a condition holds (PEXPIRE … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param millis the time to live
   * @param args the condition
   * @return true if the key exists, the condition held and the expiry was set
   */
  default boolean pexpire(String key, long millis, ExpireArgs args) {
    return run(Keys.expire("PEXPIRE", key, millis, args));
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
   * Sets the expiry instant if a condition holds (PEXPIREAT … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param at when the key expires, millisecond precision
   * @param args the condition
   * @return true if the key exists, the condition held and the expiry was set
   */
  default boolean expireat(String key, Instant at, ExpireArgs args) {
    return run(Keys.expire("PEXPIREAT", key, at.toEpochMilli(), args));
  }

  /**
   * Sets the expiry as a Unix time in seconds (EXPIREAT).
   *
   * @param key the key
   * @param epochSeconds when the key expires, in seconds since 1970; a past time deletes the key
   * @return true if the key exists and the expiry was set
   */
  default boolean expireat(String key, long epochSeconds) {
    return run(Keys.expireat(key, epochSeconds));
  }

  /**
   * Sets the expiry as a Unix time in seconds if a condition holds (EXPIREAT … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param epochSeconds when the key expires, in seconds since 1970
   * @param args the condition
   * @return true if the key exists, the condition held and the expiry was set
   */
  default boolean expireat(String key, long epochSeconds, ExpireArgs args) {
    return run(Keys.expire("EXPIREAT", key, epochSeconds, args));
  }

  /**
   * Sets the expiry as a Unix time in milliseconds (PEXPIREAT).
   *
   * @param key the key
   * @param epochMillis when the key expires, in milliseconds since 1970
   * @return true if the key exists and the expiry was set
   */
  default boolean pexpireat(String key, long epochMillis) {
    return run(Keys.pexpireat(key, epochMillis));
  }

  /**
   * Sets the expiry as a Unix time in milliseconds if a condition holds (PEXPIREAT …
   * NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param epochMillis when the key expires, in milliseconds since 1970
   * @param args the condition
   * @return true if the key exists, the condition held and the expiry was set
   */
  default boolean pexpireat(String key, long epochMillis, ExpireArgs args) {
    return run(Keys.expire("PEXPIREAT", key, epochMillis, args));
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
   * Reads the expiry as a Unix time in seconds (EXPIRETIME, Redis 7.0).
   *
   * @param key the key
   * @return seconds since 1970, -1 if the key has no expiry, -2 if it does not exist
   */
  default long expiretime(String key) {
    return run(Keys.expiretime(key));
  }

  /**
   * Reads the expiry as a Unix time in milliseconds (PEXPIRETIME, Redis 7.0).
   *
   * @param key the key
   * @return milliseconds since 1970, -1 if the key has no expiry, -2 if it does not exist
   */
  default long pexpiretime(String key) {
    return run(Keys.pexpiretime(key));
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
}
