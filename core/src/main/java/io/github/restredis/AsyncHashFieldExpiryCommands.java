// Generated from HashFieldExpiryCommands.java by SurfaceGenerator (core tests): do not edit.
// Change HashFieldExpiryCommands, then run
// java core/src/test/java/io/github/restredis/SurfaceGenerator.java
package io.github.restredis;

import io.github.restredis.internal.command.Command;
import io.github.restredis.internal.command.HashFieldExpiry;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The commands of {@link HashFieldExpiryCommands} for {@link RedisAsync}: each returns a
 * {@link CompletableFuture} of the reply the synchronous method returns, or fails with the
 * exception it would throw.
 */
public sealed interface AsyncHashFieldExpiryCommands permits RedisAsync {
  private <T> CompletableFuture<T> run(Command<T> command) {
    return ((RedisAsync) this).execute(command);
  }

  /**
   * Sets a time to live on fields (HEXPIRE, or HPEXPIRE below one second's precision; Redis 7.4).
   *
   * @param key the key
   * @param ttl the time to live, not negative, millisecond precision; zero deletes the fields
   * @param fields the fields, at least one
   * @return a future of per field: {@code SET}, {@code DELETED} (a zero time to live), or {@code NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldExpiryResult>> hexpire(String key, Duration ttl, String... fields) {
    return run(HashFieldExpiry.hexpire(key, ttl, ExpireArgs.none(), Arrays.asList(fields)));
  }

  /**
   * Sets a time to live on fields where a condition holds (HEXPIRE or HPEXPIRE … NX/XX/GT/LT; Redis 7.4).
   * For GT and LT a field without an expiry counts as expiring never.
   *
   * @param key the key
   * @param ttl the time to live, not negative; whole seconds go as HEXPIRE, anything finer as HPEXPIRE
   * @param args the condition
   * @param fields the fields, at least one
   * @return a future of per field: {@code SET}, {@code CONDITION_NOT_MET}, {@code DELETED} or {@code NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldExpiryResult>> hexpire(String key, Duration ttl, ExpireArgs args, String... fields) {
    return run(HashFieldExpiry.hexpire(key, ttl, args, Arrays.asList(fields)));
  }

  /**
   * Sets the instant fields expire (HEXPIREAT, or HPEXPIREAT below one second's precision; Redis 7.4).
   *
   * @param key the key
   * @param at the expiry instant, not before 1970; a past instant deletes the fields
   * @param fields the fields, at least one
   * @return a future of per field: {@code SET}, {@code DELETED} (a past instant), or {@code NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldExpiryResult>> hexpireat(String key, Instant at, String... fields) {
    return run(HashFieldExpiry.hexpireat(key, at, ExpireArgs.none(), Arrays.asList(fields)));
  }

  /**
   * Sets the instant fields expire where a condition holds (HEXPIREAT or HPEXPIREAT … NX/XX/GT/LT; Redis 7.4).
   *
   * @param key the key
   * @param at the expiry instant; whole seconds go as HEXPIREAT, anything finer as HPEXPIREAT
   * @param args the condition
   * @param fields the fields, at least one
   * @return a future of per field: {@code SET}, {@code CONDITION_NOT_MET}, {@code DELETED} or {@code NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldExpiryResult>> hexpireat(String key, Instant at, ExpireArgs args, String... fields) {
    return run(HashFieldExpiry.hexpireat(key, at, args, Arrays.asList(fields)));
  }

  /**
   * Reads the time to live of fields in seconds (HTTL, Redis 7.4).
   *
   * @param key the key
   * @param fields the fields, at least one
   * @return a future of per field: the time left in whole seconds, {@link FieldTtl#NO_EXPIRY} or {@link FieldTtl#NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldTtl>> httl(String key, String... fields) {
    return run(HashFieldExpiry.ttl("HTTL", key, Arrays.asList(fields)));
  }

  /**
   * Reads the time to live of fields in milliseconds (HPTTL, Redis 7.4).
   *
   * @param key the key
   * @param fields the fields, at least one
   * @return a future of per field: the time left in milliseconds, {@link FieldTtl#NO_EXPIRY} or {@link FieldTtl#NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldTtl>> hpttl(String key, String... fields) {
    return run(HashFieldExpiry.ttl("HPTTL", key, Arrays.asList(fields)));
  }

  /**
   * Reads when fields expire, to the second (HEXPIRETIME, Redis 7.4).
   *
   * @param key the key
   * @param fields the fields, at least one
   * @return a future of per field: the expiry instant, {@link FieldExpireTime#NO_EXPIRY} or {@link FieldExpireTime#NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldExpireTime>> hexpiretime(String key, String... fields) {
    return run(HashFieldExpiry.expiretime("HEXPIRETIME", key, Arrays.asList(fields)));
  }

  /**
   * Reads when fields expire, to the millisecond (HPEXPIRETIME, Redis 7.4).
   *
   * @param key the key
   * @param fields the fields, at least one
   * @return a future of per field: the expiry instant, {@link FieldExpireTime#NO_EXPIRY} or {@link FieldExpireTime#NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldExpireTime>> hpexpiretime(String key, String... fields) {
    return run(HashFieldExpiry.expiretime("HPEXPIRETIME", key, Arrays.asList(fields)));
  }

  /**
   * Removes the expiry of fields (HPERSIST, Redis 7.4).
   *
   * @param key the key
   * @param fields the fields, at least one
   * @return a future of per field: {@code PERSISTED}, {@code NO_EXPIRY} or {@code NO_SUCH_FIELD}
   */
  default CompletableFuture<Map<String, FieldPersistResult>> hpersist(String key, String... fields) {
    return run(HashFieldExpiry.hpersist(key, Arrays.asList(fields)));
  }

  /**
   * Gets fields and sets or removes their expiry (HGETEX, Redis 8.0).
   *
   * <pre>{@code
   * List<String> v = redis.hgetex("session", GetExArgs.Builder.ex(Duration.ofMinutes(15)), "token");
   * }</pre>
   *
   * @param key the key
   * @param args a new time to live or instant (EX, PX, EXAT, PXAT), or PERSIST; none only reads
   * @param fields the fields, at least one
   * @return a future of one value per field, in order, null where the field does not exist
   */
  default CompletableFuture<List<@Nullable String>> hgetex(String key, GetExArgs args, String... fields) {
    return run(HashFieldExpiry.hgetex(key, args, Arrays.asList(fields)));
  }

  /**
   * Sets fields with an expiry, all or none (HSETEX, Redis 8.0).
   *
   * @param key the key
   * @param fields fields and values, at least one
   * @param args a condition (FNX, FXX) and an expiry (EX, PX, EXAT, PXAT) or KEEPTTL
   * @return a future of true if the fields were set, false if the condition stopped them
   */
  default CompletableFuture<Boolean> hsetex(String key, Map<String, String> fields, HSetExArgs args) {
    return run(HashFieldExpiry.hsetex(key, fields, args));
  }
}
