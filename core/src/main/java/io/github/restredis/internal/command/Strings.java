package io.github.restredis.internal.command;

import io.github.restredis.GetExArgs;
import io.github.restredis.LcsMatch;
import io.github.restredis.LcsResult;
import io.github.restredis.SetArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
      // NX/XX reply whether it set: a retry after a lost reply would report the wrong answer.
      b.arg(condition).idempotent(false);
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

  /** GETEX: a read that may set the expiry to a fixed value, so a second attempt does no harm. */
  public static Command<@Nullable String> getex(String key, GetExArgs args) {
    Objects.requireNonNull(args, "args == null");
    Command.Builder<@Nullable String> b = Command.builder("GETEX", Decoders.STRING).arg(key);
    String kind = args.kind();
    Long value = args.value();
    if (kind != null) {
      b.arg(kind);
    }
    if (value != null) {
      b.arg(value);
    }
    return b.build();
  }

  /** SETEX or PSETEX. */
  public static Command<@Nullable Void> setex(String name, String key, long ttl, String value) {
    if (ttl <= 0) {
      throw new IllegalArgumentException(name + " needs a positive time to live: " + ttl);
    }
    return Command.builder(name, Decoders.OK).arg(key).arg(ttl).arg(value).build();
  }

  public static Command<String> lcs(String key1, String key2) {
    return Command.builder("LCS", Decoders.STATUS).arg(key1).arg(key2).build();
  }

  public static Command<Long> lcsLen(String key1, String key2) {
    return Command.builder("LCS", Decoders.LONG).arg(key1).arg(key2).arg("LEN").build();
  }

  public static Command<LcsResult> lcsIdx(String key1, String key2, long minMatchLen) {
    if (minMatchLen < 0) {
      throw new IllegalArgumentException("LCS MINMATCHLEN must not be negative: " + minMatchLen);
    }
    Command.Builder<LcsResult> b =
        Command.builder("LCS", LCS_IDX).arg(key1).arg(key2).arg("IDX");
    if (minMatchLen > 0) {
      b.arg("MINMATCHLEN").arg(minMatchLen);
    }
    return b.arg("WITHMATCHLEN").build();
  }

  /** {@code ["matches", [[[a0, a1], [b0, b1], len], …], "len", n]}. */
  private static final Decoder<LcsResult> LCS_IDX = reply -> {
    Map<String, @Nullable Object> fields = Nodes.pairs(reply);
    List<LcsMatch> matches = new ArrayList<>();
    for (Object match : Nodes.list(Nodes.field(fields, "matches"))) {
      List<Object> parts = Nodes.list(match, 3);
      List<Object> first = Nodes.list(parts.get(0), 2);
      List<Object> second = Nodes.list(parts.get(1), 2);
      matches.add(new LcsMatch(Nodes.longValue(first.get(0)), Nodes.longValue(first.get(1)),
          Nodes.longValue(second.get(0)), Nodes.longValue(second.get(1)), Nodes.longValue(parts.get(2))));
    }
    return new LcsResult(matches, Nodes.longValue(Nodes.field(fields, "len")));
  };

  static void requireNotEmpty(java.util.Collection<?> items, String command) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException(command + " needs at least one argument");
    }
  }
}
