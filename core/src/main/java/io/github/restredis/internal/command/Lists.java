package io.github.restredis.internal.command;

import io.github.restredis.KeyedValues;
import io.github.restredis.LPosArgs;
import io.github.restredis.ListDirection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Definitions of the list commands. */
public final class Lists {
  private Lists() {}

  public static Command<Long> lpush(String key, List<String> values) {
    Strings.requireNotEmpty(values, "LPUSH");
    return Command.builder("LPUSH", Decoders.LONG).arg(key).args(values).build();
  }

  public static Command<Long> rpush(String key, List<String> values) {
    Strings.requireNotEmpty(values, "RPUSH");
    return Command.builder("RPUSH", Decoders.LONG).arg(key).args(values).build();
  }

  public static Command<Long> rpush(String key, byte[] value) {
    return Command.builder("RPUSH", Decoders.LONG).arg(key).arg(value).build();
  }

  public static Command<Long> lpushx(String key, List<String> values) {
    Strings.requireNotEmpty(values, "LPUSHX");
    return Command.builder("LPUSHX", Decoders.LONG).arg(key).args(values).build();
  }

  public static Command<Long> rpushx(String key, List<String> values) {
    Strings.requireNotEmpty(values, "RPUSHX");
    return Command.builder("RPUSHX", Decoders.LONG).arg(key).args(values).build();
  }

  public static Command<@Nullable String> lpop(String key) {
    return Command.builder("LPOP", Decoders.STRING).arg(key).build();
  }

  public static Command<@Nullable String> rpop(String key) {
    return Command.builder("RPOP", Decoders.STRING).arg(key).build();
  }

  /** LPOP with a count: nil (not an empty array) when the key does not exist. */
  public static Command<List<String>> lpop(String key, long count) {
    return Command.builder("LPOP", Lists::emptyIfNil).arg(key).arg(count).build();
  }

  public static Command<List<String>> rpop(String key, long count) {
    return Command.builder("RPOP", Lists::emptyIfNil).arg(key).arg(count).build();
  }

  private static List<String> emptyIfNil(@Nullable Object reply) {
    return reply == null ? List.of() : Decoders.NONNULL_STRING_LIST.decode(reply);
  }

  public static Command<List<String>> lrange(String key, long start, long stop) {
    return Command.builder("LRANGE", Decoders.NONNULL_STRING_LIST).arg(key).arg(start).arg(stop).build();
  }

  public static Command<List<byte @Nullable []>> lrangeBytes(String key, long start, long stop) {
    return Command.builder("LRANGE", Decoders.BYTES_LIST).arg(key).arg(start).arg(stop).build();
  }

  public static Command<Long> llen(String key) {
    return Command.builder("LLEN", Decoders.LONG).arg(key).build();
  }

  public static Command<@Nullable String> lindex(String key, long index) {
    return Command.builder("LINDEX", Decoders.STRING).arg(key).arg(index).build();
  }

  public static Command<@Nullable Void> lset(String key, long index, String value) {
    return Command.builder("LSET", Decoders.OK).arg(key).arg(index).arg(value).build();
  }

  public static Command<Long> lrem(String key, long count, String value) {
    return Command.builder("LREM", Decoders.LONG).arg(key).arg(count).arg(value).build();
  }

  public static Command<@Nullable Void> ltrim(String key, long start, long stop) {
    return Command.builder("LTRIM", Decoders.OK).arg(key).arg(start).arg(stop).build();
  }

  public static Command<Long> linsert(String key, boolean before, String pivot, String value) {
    return Command.builder("LINSERT", Decoders.LONG).arg(key).arg(before ? "BEFORE" : "AFTER")
        .arg(pivot).arg(value).build();
  }

  public static Command<@Nullable Long> lpos(String key, String value, LPosArgs args) {
    return lposOptions(Command.builder("LPOS", Decoders.NULLABLE_LONG).arg(key).arg(value), args).build();
  }

  /** LPOS … COUNT: an array, empty when nothing matches or the key does not exist. */
  public static Command<List<Long>> lpos(String key, String value, long count, LPosArgs args) {
    if (count < 0) {
      throw new IllegalArgumentException("LPOS count must be 0 (all matches) or positive: " + count);
    }
    Command.Builder<List<Long>> b =
        Command.builder("LPOS", Decoders.LONG_LIST).arg(key).arg(value).arg("COUNT").arg(count);
    return lposOptions(b, args).build();
  }

  private static <T> Command.Builder<T> lposOptions(Command.Builder<T> b, LPosArgs args) {
    Long rank = args.rankValue();
    if (rank != null) {
      b.arg("RANK").arg(rank);
    }
    Long maxlen = args.maxlenValue();
    if (maxlen != null) {
      b.arg("MAXLEN").arg(maxlen);
    }
    return b;
  }

  public static Command<@Nullable String> lmove(
      String source, String destination, ListDirection from, ListDirection to) {
    return Command.builder("LMOVE", Decoders.STRING).arg(source).arg(destination)
        .arg(from.name()).arg(to.name()).build();
  }

  /** LMPOP numkeys key… LEFT|RIGHT [COUNT n]: nil when every list is empty, else [key, [values]]. */
  public static Command<@Nullable KeyedValues<String>> lmpop(
      ListDirection direction, @Nullable Long count, List<String> keys) {
    Strings.requireNotEmpty(keys, "LMPOP");
    if (count != null && count <= 0) {
      throw new IllegalArgumentException("LMPOP count must be positive: " + count);
    }
    Command.Builder<@Nullable KeyedValues<String>> b = Command.builder("LMPOP", Lists::keyedValues)
        .arg(keys.size()).args(keys).arg(direction.name());
    if (count != null) {
      b.arg("COUNT").arg(count);
    }
    return b.build();
  }

  private static @Nullable KeyedValues<String> keyedValues(@Nullable Object reply) {
    if (reply == null) {
      return null;
    }
    List<Object> pair = Decoders.list(reply);
    if (pair.size() != 2) {
      throw new DecodeFailure("expected [key, values], got " + pair.size() + " items");
    }
    return new KeyedValues<>(
        Decoders.STATUS.decode(pair.get(0)), Decoders.NONNULL_STRING_LIST.decode(pair.get(1)));
  }
}
