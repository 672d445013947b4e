// Generated from ExpiryCommands.java by SurfaceGenerator (core tests): do not edit.
// Change ExpiryCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.Keys;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link ExpiryCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncExpiryCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
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
   * Sets a time to live if a condition holds (EXPIRE or PEXPIRE … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param ttl the time to live
   * @param args the condition
   * @return a future of true if the key exists, the condition held and the expiry was set
   */
  default CompletableFuture<Boolean> expire(String key, Duration ttl, ExpireArgs args) {
    return ttl.toMillis() % 1000 == 0
        ? run(Keys.expire("EXPIRE", key, ttl.toSeconds(), args))
        : run(Keys.expire("PEXPIRE", key, ttl.toMillis(), args));
  }

  /**
   * Sets a time to live in seconds (EXPIRE).
   *
   * @param key the key
   * @param seconds the time to live; zero or negative deletes the key
   * @return a future of true if the key exists and the expiry was set
   */
  default CompletableFuture<Boolean> expire(String key, long seconds) {
    return run(Keys.expire(key, seconds));
  }

  /**
   * Sets a time to live in seconds if a condition holds (EXPIRE … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param seconds the time to live
   * @param args the condition
   * @return a future of true if the key exists, the condition held and the expiry was set
   */
  default CompletableFuture<Boolean> expire(String key, long seconds, ExpireArgs args) {
    return run(Keys.expire("EXPIRE", key, seconds, args));
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
   * Sets a time to live in milliseconds if a condition holds (PEXPIRE … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param millis the time to live
   * @param args the condition
   * @return a future of true if the key exists, the condition held and the expiry was set
   */
  default CompletableFuture<Boolean> pexpire(String key, long millis, ExpireArgs args) {
    return run(Keys.expire("PEXPIRE", key, millis, args));
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
   * Sets the expiry instant if a condition holds (PEXPIREAT … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param at when the key expires, millisecond precision
   * @param args the condition
   * @return a future of true if the key exists, the condition held and the expiry was set
   */
  default CompletableFuture<Boolean> expireat(String key, Instant at, ExpireArgs args) {
    return run(Keys.expire("PEXPIREAT", key, at.toEpochMilli(), args));
  }

  /**
   * Sets the expiry as a Unix time in seconds (EXPIREAT).
   *
   * @param key the key
   * @param epochSeconds when the key expires, in seconds since 1970; a past time deletes the key
   * @return a future of true if the key exists and the expiry was set
   */
  default CompletableFuture<Boolean> expireat(String key, long epochSeconds) {
    return run(Keys.expireat(key, epochSeconds));
  }

  /**
   * Sets the expiry as a Unix time in seconds if a condition holds (EXPIREAT … NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param epochSeconds when the key expires, in seconds since 1970
   * @param args the condition
   * @return a future of true if the key exists, the condition held and the expiry was set
   */
  default CompletableFuture<Boolean> expireat(String key, long epochSeconds, ExpireArgs args) {
    return run(Keys.expire("EXPIREAT", key, epochSeconds, args));
  }

  /**
   * Sets the expiry as a Unix time in milliseconds (PEXPIREAT).
   *
   * @param key the key
   * @param epochMillis when the key expires, in milliseconds since 1970
   * @return a future of true if the key exists and the expiry was set
   */
  default CompletableFuture<Boolean> pexpireat(String key, long epochMillis) {
    return run(Keys.pexpireat(key, epochMillis));
  }

  /**
   * Sets the expiry as a Unix time in milliseconds if a condition holds (PEXPIREAT …
   * NX/XX/GT/LT, Redis 7.0).
   *
   * @param key the key
   * @param epochMillis when the key expires, in milliseconds since 1970
   * @param args the condition
   * @return a future of true if the key exists, the condition held and the expiry was set
   */
  default CompletableFuture<Boolean> pexpireat(String key, long epochMillis, ExpireArgs args) {
    return run(Keys.expire("PEXPIREAT", key, epochMillis, args));
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
   * Reads the expiry as a Unix time in seconds (EXPIRETIME, Redis 7.0).
   *
   * @param key the key
   * @return a future of seconds since 1970, -1 if the key has no expiry, -2 if it does not exist
   */
  default CompletableFuture<Long> expiretime(String key) {
    return run(Keys.expiretime(key));
  }

  /**
   * Reads the expiry as a Unix time in milliseconds (PEXPIRETIME, Redis 7.0).
   *
   * @param key the key
   * @return a future of milliseconds since 1970, -1 if the key has no expiry, -2 if it does not exist
   */
  default CompletableFuture<Long> pexpiretime(String key) {
    return run(Keys.pexpiretime(key));
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
}
