package io.github.restredis.internal.command;

import io.github.restredis.SetArgs;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Definitions of the string commands. */
public final class Strings {
  private Strings() {}

  public static Command<@Nullable String> get(String key) {
    return Command.builder("GET", Decoders.STRING).arg(key).build();
  }

  public static Command<byte @Nullable []> getBytes(String key) {
    return Command.builder("GET", Decoders.BYTES).arg(key).build();
  }

  public static Command<List<@Nullable String>> mget(List<String> keys) {
    requireNotEmpty(keys, "MGET");
    return Command.builder("MGET", Decoders.STRING_LIST).args(keys).build();
  }

  public static Command<Boolean> set(String key, String value, SetArgs args) {
    return options(Command.builder("SET", Decoders.OK_OR_NIL).arg(key).arg(value), args).build();
  }

  public static Command<Boolean> set(String key, byte[] value, SetArgs args) {
    return options(Command.builder("SET", Decoders.OK_OR_NIL).arg(key).arg(value), args).build();
  }

  /** SET … GET: not idempotent, since a second attempt returns the value the first one wrote. */
  public static Command<@Nullable String> setGet(String key, String value, SetArgs args) {
    Command.Builder<@Nullable String> b = Command.builder("SET", Decoders.STRING).arg(key).arg(value);
    return options(b, args).arg("GET").idempotent(false).build();
  }

  private static <T> Command.Builder<T> options(Command.Builder<T> b, SetArgs args) {
    String kind = args.expiryKind();
    Long expiry = args.expiry();
    if (kind != null && expiry != null) {
      b.arg(kind).arg(expiry);
    }
    if (args.isKeepTtl()) {
      b.arg("KEEPTTL");
    }
    String condition = args.condition();
    if (condition != null) {
      b.arg(condition);
    }
    return b;
  }

  public static Command<@Nullable Void> mset(Map<String, String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("MSET needs at least one key");
    }
    Command.Builder<@Nullable Void> b = Command.builder("MSET", Decoders.OK);
    values.forEach((k, v) -> b.arg(k).arg(v));
    return b.build();
  }

  public static Command<Boolean> msetnx(Map<String, String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("MSETNX needs at least one key");
    }
    Command.Builder<Boolean> b = Command.builder("MSETNX", Decoders.BOOLEAN);
    values.forEach((k, v) -> b.arg(k).arg(v));
    return b.build();
  }

  public static Command<Boolean> setnx(String key, String value) {
    return Command.builder("SETNX", Decoders.BOOLEAN).arg(key).arg(value).build();
  }

  public static Command<@Nullable String> getdel(String key) {
    return Command.builder("GETDEL", Decoders.STRING).arg(key).build();
  }

  public static Command<@Nullable String> getset(String key, String value) {
    return Command.builder("GETSET", Decoders.STRING).arg(key).arg(value).build();
  }

  public static Command<Long> incr(String key) {
    return Command.builder("INCR", Decoders.LONG).arg(key).build();
  }

  public static Command<Long> incrby(String key, long increment) {
    return Command.builder("INCRBY", Decoders.LONG).arg(key).arg(increment).build();
  }

  public static Command<Double> incrbyfloat(String key, double increment) {
    return Command.builder("INCRBYFLOAT", Decoders.DOUBLE).arg(key).arg(increment).build();
  }

  public static Command<Long> decr(String key) {
    return Command.builder("DECR", Decoders.LONG).arg(key).build();
  }

  public static Command<Long> decrby(String key, long decrement) {
    return Command.builder("DECRBY", Decoders.LONG).arg(key).arg(decrement).build();
  }

  public static Command<Long> append(String key, String value) {
    return Command.builder("APPEND", Decoders.LONG).arg(key).arg(value).build();
  }

  public static Command<Long> strlen(String key) {
    return Command.builder("STRLEN", Decoders.LONG).arg(key).build();
  }

  public static Command<String> getrange(String key, long start, long end) {
    return Command.builder("GETRANGE", Decoders.STATUS).arg(key).arg(start).arg(end).build();
  }

  public static Command<Long> setrange(String key, long offset, String value) {
    return Command.builder("SETRANGE", Decoders.LONG).arg(key).arg(offset).arg(value).build();
  }

  static void requireNotEmpty(java.util.Collection<?> items, String command) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException(command + " needs at least one argument");
    }
  }
}
