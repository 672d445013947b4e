package io.github.restredis.internal.command;

import java.util.List;
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
    return Command.builder("EXPIRE", Decoders.BOOLEAN).arg(key).arg(seconds).build();
  }

  public static Command<Boolean> pexpire(String key, long millis) {
    return Command.builder("PEXPIRE", Decoders.BOOLEAN).arg(key).arg(millis).build();
  }

  public static Command<Boolean> expireat(String key, long epochSeconds) {
    return Command.builder("EXPIREAT", Decoders.BOOLEAN).arg(key).arg(epochSeconds).build();
  }

  public static Command<Boolean> pexpireat(String key, long epochMillis) {
    return Command.builder("PEXPIREAT", Decoders.BOOLEAN).arg(key).arg(epochMillis).build();
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
}
