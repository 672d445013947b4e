package io.github.restredis.internal.command;

import io.github.restredis.ExpireArgs;
import io.github.restredis.SortArgs;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Definitions of the generic key and expiry commands. */
public final class Keys {
  private Keys() {}

  public static Command<Long> del(List<String> keys) {
    Strings.requireNotEmpty(keys, "DEL");
    return Command.builder("DEL", Decoders.LONG).args(keys).build();
  }

  public static Command<Long> unlink(List<String> keys) {
    Strings.requireNotEmpty(keys, "UNLINK");
    return Command.builder("UNLINK", Decoders.LONG).args(keys).build();
  }

  public static Command<Long> exists(List<String> keys) {
    Strings.requireNotEmpty(keys, "EXISTS");
    return Command.builder("EXISTS", Decoders.LONG).args(keys).build();
  }

  public static Command<Long> touch(List<String> keys) {
    Strings.requireNotEmpty(keys, "TOUCH");
    return Command.builder("TOUCH", Decoders.LONG).args(keys).build();
  }

  public static Command<Boolean> expire(String key, long seconds) {
    return expire("EXPIRE", key, seconds, ExpireArgs.none());
  }

  public static Command<Boolean> pexpire(String key, long millis) {
    return expire("PEXPIRE", key, millis, ExpireArgs.none());
  }

  public static Command<Boolean> expireat(String key, long epochSeconds) {
    return expire("EXPIREAT", key, epochSeconds, ExpireArgs.none());
  }

  public static Command<Boolean> pexpireat(String key, long epochMillis) {
    return expire("PEXPIREAT", key, epochMillis, ExpireArgs.none());
  }

  /** EXPIRE, PEXPIRE, EXPIREAT or PEXPIREAT, with an optional NX/XX/GT/LT condition. */
  public static Command<Boolean> expire(String name, String key, long value, ExpireArgs args) {
    Objects.requireNonNull(args, "args == null");
    Command.Builder<Boolean> b = Command.builder(name, Decoders.BOOLEAN).arg(key).arg(value);
    String condition = args.condition();
    if (condition != null) {
      b.arg(condition);
    }
    return b.build();
  }

  public static Command<Long> expiretime(String key) {
    return Command.builder("EXPIRETIME", Decoders.LONG).arg(key).build();
  }

  public static Command<Long> pexpiretime(String key) {
    return Command.builder("PEXPIRETIME", Decoders.LONG).arg(key).build();
  }

  public static Command<Long> ttl(String key) {
    return Command.builder("TTL", Decoders.LONG).arg(key).build();
  }

  public static Command<Long> pttl(String key) {
    return Command.builder("PTTL", Decoders.LONG).arg(key).build();
  }

  public static Command<Boolean> persist(String key) {
    return Command.builder("PERSIST", Decoders.BOOLEAN).arg(key).build();
  }

  public static Command<String> type(String key) {
    return Command.builder("TYPE", Decoders.STATUS).arg(key).build();
  }

  public static Command<@Nullable Void> rename(String key, String newKey) {
    return Command.builder("RENAME", Decoders.OK).arg(key).arg(newKey).build();
  }

  public static Command<Boolean> renamenx(String key, String newKey) {
    return Command.builder("RENAMENX", Decoders.BOOLEAN).arg(key).arg(newKey).build();
  }

  public static Command<List<String>> keys(String pattern) {
    return Command.builder("KEYS", Decoders.NONNULL_STRING_LIST).arg(pattern).build();
  }

  public static Command<@Nullable String> randomkey() {
    return Command.builder("RANDOMKEY", Decoders.STRING).build();
  }

  /** COPY without REPLACE is not idempotent: a second attempt finds the destination taken. */
  public static Command<Boolean> copy(String source, String destination, boolean replace) {
    Command.Builder<Boolean> b = Command.builder("COPY", Decoders.BOOLEAN).arg(source).arg(destination);
    if (replace) {
      b.arg("REPLACE").idempotent(true);
    }
    return b.build();
  }

  public static Command<@Nullable String> objectEncoding(String key) {
    return Command.builder("OBJECT ENCODING", Decoders.STRING).arg(key).build();
  }

  /** OBJECT FREQ, OBJECT IDLETIME or OBJECT REFCOUNT: an integer, nil for a missing key. */
  public static Command<@Nullable Long> object(String subcommand, String key) {
    return Command.builder("OBJECT " + subcommand, Decoders.NULLABLE_LONG).arg(key).build();
  }

  public static Command<@Nullable Long> memoryUsage(String key) {
    return Command.builder("MEMORY USAGE", Decoders.NULLABLE_LONG).arg(key).build();
  }

  /** SORT or SORT_RO, returning the elements (or GET values, nil where a GET key is missing). */
  public static Command<List<@Nullable String>> sort(String name, String key, SortArgs args) {
    return sortOptions(Command.builder(name, Decoders.STRING_LIST).arg(key), args).build();
  }

  public static Command<Long> sortStore(String key, String destination, SortArgs args) {
    Objects.requireNonNull(destination, "destination == null");
    return sortOptions(Command.builder("SORT", Decoders.LONG).arg(key), args)
        .arg("STORE").arg(destination).build();
  }

  private static <T> Command.Builder<T> sortOptions(Command.Builder<T> b, SortArgs args) {
    String by = args.byPattern();
    if (by != null) {
      b.arg("BY").arg(by);
    }
    Long offset = args.limitOffset();
    Long count = args.limitCount();
    if (offset != null && count != null) {
      b.arg("LIMIT").arg(offset).arg(count);
    }
    for (String pattern : args.getPatterns()) {
      b.arg("GET").arg(pattern);
    }
    if (args.isDesc()) {
      b.arg("DESC");
    }
    if (args.isAlpha()) {
      b.arg("ALPHA");
    }
    return b;
  }

  public static Command<byte @Nullable []> dump(String key) {
    return Command.builder("DUMP", Decoders.BYTES).arg(key).build();
  }

  /**
   * RESTORE without options: the payload is the last argument, the one place a REST request can
   * carry bytes that are not UTF-8 (a path-style raw body), so options cannot follow it. Not
   * idempotent: a second attempt finds the key taken.
   */
  public static Command<@Nullable Void> restore(String key, long ttlMillis, byte[] payload) {
    if (ttlMillis < 0) {
      throw new IllegalArgumentException("RESTORE ttl must be zero (no expiry) or positive: " + ttlMillis);
    }
    return Command.builder("RESTORE", Decoders.OK).arg(key).arg(ttlMillis).arg(payload).build();
  }
}
