package io.github.restredis.internal.command;

import io.github.restredis.Reply;
import io.github.restredis.ScoredValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The reply shapes of the command definitions, each a small named decoder. */
public final class Decoders {
  private Decoders() {}

  /** A bulk string as UTF-8 text, or null for nil. */
  public static final Decoder<@Nullable String> STRING = Decoders::string;

  /** A bulk string as exact bytes, or null for nil. */
  public static final Decoder<byte @Nullable []> BYTES =
      reply -> reply == null ? null : bytes(reply).clone();

  /** An integer reply. */
  public static final Decoder<Long> LONG = Decoders::longValue;

  /** An integer reply, or null for nil (ZRANK of a missing member). */
  public static final Decoder<@Nullable Long> NULLABLE_LONG =
      reply -> reply == null ? null : longValue(reply);

  /** An integer reply read as a flag: 1 is true. */
  public static final Decoder<Boolean> BOOLEAN = reply -> longValue(reply) != 0;

  /** {@code OK} is true; nil (a SET whose NX or XX condition failed) is false. */
  public static final Decoder<Boolean> OK_OR_NIL =
      reply -> {
        if (reply == null) {
          return false;
        }
        requireOk(reply);
        return true;
      };

  /** A reply that must be {@code OK}. */
  public static final Decoder<@Nullable Void> OK =
      reply -> {
        requireOk(reply);
        return null;
      };

  /** A simple string such as PONG or a TYPE name. */
  public static final Decoder<String> STATUS =
      reply -> {
        String s = string(reply);
        if (s == null) {
          throw new DecodeFailure("expected a string, got nil");
        }
        return s;
      };

  /** A double sent as a string (RESP2), or null for nil. */
  public static final Decoder<@Nullable Double> NULLABLE_DOUBLE =
      reply -> reply == null ? null : doubleValue(reply);

  /** A double sent as a string (RESP2). */
  public static final Decoder<Double> DOUBLE = Decoders::doubleValue;

  /** An array of strings, nil elements kept as null. */
  public static final Decoder<List<@Nullable String>> STRING_LIST =
      reply -> {
        List<Object> items = list(reply);
        List<@Nullable String> out = new ArrayList<>(items.size());
        for (Object item : items) {
          out.add(string(item));
        }
        return Collections.unmodifiableList(out);
      };

  /** An array of strings that are never nil (LRANGE, KEYS). */
  public static final Decoder<List<String>> NONNULL_STRING_LIST =
      reply -> {
        List<Object> items = list(reply);
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
          out.add(STATUS.decode(item));
        }
        return Collections.unmodifiableList(out);
      };

  /** An array of exact byte strings, nil elements kept as null. */
  public static final Decoder<List<byte @Nullable []>> BYTES_LIST =
      reply -> {
        List<Object> items = list(reply);
        List<byte @Nullable []> out = new ArrayList<>(items.size());
        for (Object item : items) {
          out.add(BYTES.decode(item));
        }
        return Collections.unmodifiableList(out);
      };

  /** An array of strings as a set, in reply order. */
  public static final Decoder<Set<String>> STRING_SET =
      reply -> {
        List<Object> items = list(reply);
        Set<String> out = new LinkedHashSet<>();
        for (Object item : items) {
          out.add(STATUS.decode(item));
        }
        return Collections.unmodifiableSet(out);
      };

  /** An array of 0/1 integers (SMISMEMBER). */
  public static final Decoder<List<Boolean>> BOOLEAN_LIST =
      reply -> {
        List<Object> items = list(reply);
        List<Boolean> out = new ArrayList<>(items.size());
        for (Object item : items) {
          out.add(longValue(item) != 0);
        }
        return Collections.unmodifiableList(out);
      };

  /** An array of integers (LPOS … COUNT). */
  public static final Decoder<List<Long>> LONG_LIST =
      reply -> {
        List<Object> items = list(reply);
        List<Long> out = new ArrayList<>(items.size());
        for (Object item : items) {
          out.add(longValue(item));
        }
        return Collections.unmodifiableList(out);
      };

  /** An array of doubles sent as strings, nil elements kept as null (ZMSCORE). */
  public static final Decoder<List<@Nullable Double>> NULLABLE_DOUBLE_LIST =
      reply -> {
        List<Object> items = list(reply);
        List<@Nullable Double> out = new ArrayList<>(items.size());
        for (Object item : items) {
          out.add(item == null ? null : doubleValue(item));
        }
        return Collections.unmodifiableList(out);
      };

  /** A flat array of field, value pairs (HGETALL), in reply order. */
  public static final Decoder<Map<String, String>> STRING_MAP =
      reply -> {
        List<Object> items = list(reply);
        if (items.size() % 2 != 0) {
          throw new DecodeFailure("expected field/value pairs, got " + items.size() + " items");
        }
        Map<String, String> out = new LinkedHashMap<>(items.size());
        for (int i = 0; i < items.size(); i += 2) {
          out.put(STATUS.decode(items.get(i)), STATUS.decode(items.get(i + 1)));
        }
        return Collections.unmodifiableMap(out);
      };

  /** A flat array of member, score pairs (ZRANGE … WITHSCORES in RESP2). */
  public static final Decoder<List<ScoredValue>> SCORED_LIST =
      reply -> {
        List<Object> items = list(reply);
        if (items.size() % 2 != 0) {
          throw new DecodeFailure("expected member/score pairs, got " + items.size() + " items");
        }
        List<ScoredValue> out = new ArrayList<>(items.size() / 2);
        for (int i = 0; i < items.size(); i += 2) {
          out.add(new ScoredValue(STATUS.decode(items.get(i)), doubleValue(items.get(i + 1))));
        }
        return Collections.unmodifiableList(out);
      };

  /** TIME: seconds and microseconds as strings. */
  public static final Decoder<Instant> TIME =
      reply -> {
        List<Object> items = list(reply);
        if (items.size() != 2) {
          throw new DecodeFailure("expected [seconds, microseconds], got " + items.size() + " items");
        }
        long seconds = longValue(items.get(0));
        long micros = longValue(items.get(1));
        // Checked here: Instant would throw DateTimeException, and micros * 1000 could overflow.
        if (seconds < 0 || seconds > Instant.MAX.getEpochSecond() || micros < 0 || micros >= 1_000_000) {
          throw new DecodeFailure("expected [seconds, microseconds] of a Unix time, got ["
              + seconds + ", " + micros + "]");
        }
        return Instant.ofEpochSecond(seconds, micros * 1000);
      };

  /** Any reply, as the public value tree. */
  public static final Decoder<Reply> REPLY = Decoders::reply;

  private static Reply reply(@Nullable Object node) {
    if (node == null) {
      return Reply.ofNull();
    }
    if (node instanceof Long) {
      return Reply.ofLong((Long) node);
    }
    if (node instanceof byte[]) {
      return Reply.ofBytes((byte[]) node);
    }
    List<Object> items = list(node);
    List<Reply> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(reply(item));
    }
    return Reply.ofList(out);
  }

  private static void requireOk(@Nullable Object reply) {
    if (!(reply instanceof byte[]) || !"OK".equals(new String((byte[]) reply, StandardCharsets.UTF_8))) {
      throw new DecodeFailure("expected OK");
    }
  }

  private static @Nullable String string(@Nullable Object reply) {
    if (reply == null) {
      return null;
    }
    if (reply instanceof Long) {
      return reply.toString();
    }
    return new String(bytes(reply), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Object reply) {
    if (reply instanceof byte[]) {
      return (byte[]) reply;
    }
    throw new DecodeFailure("expected a string, got " + kind(reply));
  }

  static long longValue(@Nullable Object reply) {
    if (reply instanceof Long) {
      return (Long) reply;
    }
    if (reply instanceof byte[]) {
      try {
        return Long.parseLong(new String((byte[]) reply, StandardCharsets.UTF_8));
      } catch (NumberFormatException e) {
        throw new DecodeFailure("expected an integer, got a string that is not one");
      }
    }
    throw new DecodeFailure("expected an integer, got " + kind(reply));
  }

  static double doubleValue(@Nullable Object reply) {
    if (reply instanceof Long) {
      return (Long) reply;
    }
    if (reply instanceof byte[]) {
      try {
        return Doubles.parse(new String((byte[]) reply, StandardCharsets.UTF_8));
      } catch (NumberFormatException e) {
        throw new DecodeFailure("expected a number, got a string that is not one");
      }
    }
    throw new DecodeFailure("expected a number, got " + kind(reply));
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(@Nullable Object reply) {
    if (reply instanceof List) {
      return (List<Object>) reply;
    }
    throw new DecodeFailure("expected an array, got " + kind(reply));
  }

  private static String kind(@Nullable Object reply) {
    return reply == null ? "nil" : reply instanceof Long ? "an integer" : reply instanceof byte[] ? "a string" : "an array";
  }
}
