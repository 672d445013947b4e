package io.github.restredis.internal.command;

import io.github.restredis.ExpireArgs;
import io.github.restredis.FieldExpireTime;
import io.github.restredis.FieldExpiryResult;
import io.github.restredis.FieldPersistResult;
import io.github.restredis.FieldTtl;
import io.github.restredis.GetExArgs;
import io.github.restredis.HSetExArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Definitions of the hash field expiry commands (Redis 7.4: HEXPIRE … HPERSIST; Redis 8.0: HGETEX,
 * HSETEX). They all name their fields as {@code FIELDS n field…} and reply one item per field, in
 * request order; the decoders key those items by field.
 */
public final class HashFieldExpiry {
  private HashFieldExpiry() {}

  /**
   * HEXPIRE key seconds, or HPEXPIRE key millis below one second's precision. A positive time to
   * live below one millisecond is refused: Redis would read it as 0 and delete the fields.
   */
  public static Command<Map<String, FieldExpiryResult>> hexpire(
      String key, Duration ttl, ExpireArgs args, List<String> fields) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("HEXPIRE: the time to live must not be negative: " + ttl);
    }
    if (!ttl.isZero() && ttl.toMillis() == 0) {
      throw new IllegalArgumentException(
          "HPEXPIRE: a time to live below one millisecond would delete the fields: " + ttl);
    }
    return ttl.toMillis() % 1000 == 0
        ? expire("HEXPIRE", key, ttl.toSeconds(), args, fields)
        : expire("HPEXPIRE", key, ttl.toMillis(), args, fields);
  }

  /** HEXPIREAT key epoch-seconds, or HPEXPIREAT key epoch-millis below one second's precision. */
  public static Command<Map<String, FieldExpiryResult>> hexpireat(
      String key, Instant at, ExpireArgs args, List<String> fields) {
    if (at.isBefore(Instant.EPOCH)) {
      throw new IllegalArgumentException("HEXPIREAT: the instant must not be before 1970: " + at);
    }
    long millis = at.toEpochMilli();
    return millis % 1000 == 0
        ? expire("HEXPIREAT", key, millis / 1000, args, fields)
        : expire("HPEXPIREAT", key, millis, args, fields);
  }

  /** HEXPIRE, HPEXPIRE, HEXPIREAT or HPEXPIREAT key value [NX|XX|GT|LT] FIELDS n field…. */
  static Command<Map<String, FieldExpiryResult>> expire(
      String name, String key, long value, ExpireArgs args, List<String> fields) {
    Command.Builder<Map<String, FieldExpiryResult>> b =
        Command.builder(name, perField(name, fields, FieldExpiryResult::of)).arg(key).arg(value);
    String condition = args.condition();
    if (condition != null) {
      b.arg(condition);
    }
    return fields(name, b, fields).build();
  }

  /** HTTL or HPTTL key FIELDS n field…: -2 missing, -1 no expiry, else the time left in the unit. */
  public static Command<Map<String, FieldTtl>> ttl(String name, String key, List<String> fields) {
    boolean millis = name.equals("HPTTL");
    LongFunction<FieldTtl> decode = code -> code == -2 ? FieldTtl.NO_SUCH_FIELD
        : code == -1 ? FieldTtl.NO_EXPIRY
        : new FieldTtl(true, millis ? Duration.ofMillis(code) : Duration.ofSeconds(code));
    return fields(name, Command.builder(name, perField(name, fields, decode)).arg(key), fields).build();
  }

  /** HEXPIRETIME or HPEXPIRETIME key FIELDS n field…: -2 missing, -1 no expiry, else epoch time. */
  public static Command<Map<String, FieldExpireTime>> expiretime(String name, String key, List<String> fields) {
    boolean millis = name.equals("HPEXPIRETIME");
    LongFunction<FieldExpireTime> decode = code -> code == -2 ? FieldExpireTime.NO_SUCH_FIELD
        : code == -1 ? FieldExpireTime.NO_EXPIRY
        : new FieldExpireTime(true, millis ? Instant.ofEpochMilli(code) : epochSecond(code));
    return fields(name, Command.builder(name, perField(name, fields, decode)).arg(key), fields).build();
  }

  public static Command<Map<String, FieldPersistResult>> hpersist(String key, List<String> fields) {
    Command.Builder<Map<String, FieldPersistResult>> b =
        Command.builder("HPERSIST", perField("HPERSIST", fields, FieldPersistResult::of)).arg(key);
    return fields("HPERSIST", b, fields).build();
  }

  /** HGETEX key [EX|PX|EXAT|PXAT|PERSIST] FIELDS n field…: one value or nil per field. */
  public static Command<List<@Nullable String>> hgetex(String key, GetExArgs args, List<String> fields) {
    Command.Builder<List<@Nullable String>> b = Command.builder("HGETEX", values(fields)).arg(key);
    String kind = args.kind();
    if (kind != null) {
      b.arg(kind);
      Long value = args.value();
      if (value != null) {
        b.arg(value);
      }
    }
    return fields("HGETEX", b, fields).build();
  }

  /** HSETEX key [FNX|FXX] [EX|PX|EXAT|PXAT|KEEPTTL] FIELDS n field value…: 1 if set, 0 if not. */
  public static Command<Boolean> hsetex(String key, Map<String, String> values, HSetExArgs args) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("HSETEX needs at least one field");
    }
    Command.Builder<Boolean> b = Command.builder("HSETEX", Decoders.BOOLEAN).arg(key);
    String condition = args.condition();
    if (condition != null) {
      // FNX/FXX reply whether they set: a retry after a lost reply would report the wrong answer.
      b.arg(condition).idempotent(false);
    }
    String kind = args.expiryKind();
    if (kind != null) {
      b.arg(kind);
      Long expiry = args.expiry();
      if (expiry != null) {
        b.arg(expiry);
      }
    }
    b.arg("FIELDS").arg(values.size());
    values.forEach((f, v) -> b.arg(f).arg(v));
    return b.build();
  }

  /** Adds {@code FIELDS n field…}, refusing an empty list. */
  static <T> Command.Builder<T> fields(String name, Command.Builder<T> b, List<String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(name + " needs at least one field");
    }
    return b.arg("FIELDS").arg(fields.size()).args(fields);
  }

  /**
   * One value or nil per requested field. Redis replies an array of nils for a missing key; a
   * bare nil is read the same way rather than failing.
   */
  static Decoder<List<@Nullable String>> values(List<String> fields) {
    int expected = fields.size();
    return reply -> {
      if (reply == null) {
        return Collections.unmodifiableList(new ArrayList<>(Collections.nCopies(expected, (String) null)));
      }
      List<@Nullable String> values = Decoders.STRING_LIST.decode(reply);
      if (values.size() != expected) {
        throw new DecodeFailure("expected " + expected + " values, one per field, got " + values.size());
      }
      return values;
    };
  }

  private static <T> Decoder<Map<String, T>> perField(String name, List<String> fields, LongFunction<T> decode) {
    List<String> requested = List.copyOf(fields);
    return reply -> {
      List<Object> codes = Decoders.list(reply);
      if (codes.size() != requested.size()) {
        throw new DecodeFailure(name + ": expected " + requested.size() + " codes, one per field, got " + codes.size());
      }
      Map<String, T> out = new LinkedHashMap<>();
      for (int i = 0; i < codes.size(); i++) {
        long code = Decoders.longValue(codes.get(i));
        try {
          out.put(requested.get(i), decode.apply(code));
        } catch (IllegalArgumentException e) {
          throw new DecodeFailure(name + ": unexpected code " + code);
        }
      }
      return Collections.unmodifiableMap(out);
    };
  }

  /** Unlike {@link Instant#ofEpochSecond(long)}, fails as a decode error when out of range. */
  private static Instant epochSecond(long seconds) {
    if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
      throw new DecodeFailure("expected a Unix time in seconds, got " + seconds);
    }
    return Instant.ofEpochSecond(seconds);
  }
}
