package io.github.restredis.internal.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Definitions of the hash commands. */
public final class Hashes {
  private Hashes() {}

  public static Command<Long> hset(String key, Map<String, String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("HSET needs at least one field");
    }
    Command.Builder<Long> b = Command.builder("HSET", Decoders.LONG).arg(key);
    fields.forEach((f, v) -> b.arg(f).arg(v));
    return b.build();
  }

  public static Command<Long> hset(String key, String field, byte[] value) {
    return Command.builder("HSET", Decoders.LONG).arg(key).arg(field).arg(value).build();
  }

  /** HMSET: HSET before Redis 4.0, replying OK rather than a count. */
  public static Command<@Nullable Void> hmset(String key, Map<String, String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("HMSET needs at least one field");
    }
    Command.Builder<@Nullable Void> b = Command.builder("HMSET", Decoders.OK).arg(key);
    fields.forEach((f, v) -> b.arg(f).arg(v));
    return b.build();
  }

  public static Command<Boolean> hsetnx(String key, String field, String value) {
    return Command.builder("HSETNX", Decoders.BOOLEAN).arg(key).arg(field).arg(value).build();
  }

  public static Command<@Nullable String> hget(String key, String field) {
    return Command.builder("HGET", Decoders.STRING).arg(key).arg(field).build();
  }

  public static Command<byte @Nullable []> hgetBytes(String key, String field) {
    return Command.builder("HGET", Decoders.BYTES).arg(key).arg(field).build();
  }

  public static Command<List<@Nullable String>> hmget(String key, List<String> fields) {
    Strings.requireNotEmpty(fields, "HMGET");
    return Command.builder("HMGET", Decoders.STRING_LIST).arg(key).args(fields).build();
  }

  public static Command<Map<String, String>> hgetall(String key) {
    return Command.builder("HGETALL", Decoders.STRING_MAP).arg(key).build();
  }

  public static Command<Long> hdel(String key, List<String> fields) {
    Strings.requireNotEmpty(fields, "HDEL");
    return Command.builder("HDEL", Decoders.LONG).arg(key).args(fields).build();
  }

  public static Command<Boolean> hexists(String key, String field) {
    return Command.builder("HEXISTS", Decoders.BOOLEAN).arg(key).arg(field).build();
  }

  public static Command<List<String>> hkeys(String key) {
    return Command.builder("HKEYS", Decoders.NONNULL_STRING_LIST).arg(key).build();
  }

  public static Command<List<String>> hvals(String key) {
    return Command.builder("HVALS", Decoders.NONNULL_STRING_LIST).arg(key).build();
  }

  public static Command<Long> hlen(String key) {
    return Command.builder("HLEN", Decoders.LONG).arg(key).build();
  }

  public static Command<Long> hstrlen(String key, String field) {
    return Command.builder("HSTRLEN", Decoders.LONG).arg(key).arg(field).build();
  }

  public static Command<Long> hincrby(String key, String field, long increment) {
    return Command.builder("HINCRBY", Decoders.LONG).arg(key).arg(field).arg(increment).build();
  }

  public static Command<Double> hincrbyfloat(String key, String field, double increment) {
    return Command.builder("HINCRBYFLOAT", Decoders.DOUBLE).arg(key).arg(field).arg(increment).build();
  }

  public static Command<@Nullable String> hrandfield(String key) {
    return Command.builder("HRANDFIELD", Decoders.STRING).arg(key).build();
  }

  /** HRANDFIELD key count: distinct fields if count is positive, repeats allowed if negative. */
  public static Command<List<String>> hrandfield(String key, long count) {
    return Command.builder("HRANDFIELD", Decoders.NONNULL_STRING_LIST).arg(key).arg(count).build();
  }

  /** HRANDFIELD key count WITHVALUES: pairs, as entries since a negative count may repeat fields. */
  public static Command<List<Map.Entry<String, String>>> hrandfieldWithValues(String key, long count) {
    return Command.builder("HRANDFIELD", Hashes::entries).arg(key).arg(count).arg("WITHVALUES").build();
  }

  private static List<Map.Entry<String, String>> entries(@Nullable Object reply) {
    List<Object> items = Decoders.list(reply);
    if (items.size() % 2 != 0) {
      throw new DecodeFailure("expected field/value pairs, got " + items.size() + " items");
    }
    List<Map.Entry<String, String>> out = new ArrayList<>(items.size() / 2);
    for (int i = 0; i < items.size(); i += 2) {
      out.add(Map.entry(Decoders.STATUS.decode(items.get(i)), Decoders.STATUS.decode(items.get(i + 1))));
    }
    return Collections.unmodifiableList(out);
  }

  /** HGETDEL key FIELDS n field… (Redis 8.0): one value or nil per field. */
  public static Command<List<@Nullable String>> hgetdel(String key, List<String> fields) {
    Command.Builder<List<@Nullable String>> b = Command.builder("HGETDEL", HashFieldExpiry.values(fields)).arg(key);
    return HashFieldExpiry.fields("HGETDEL", b, fields).build();
  }
}
