package io.github.restredis.internal.command;

import io.github.restredis.ScanArgs;
import io.github.restredis.ScanPage;
import io.github.restredis.ScoredValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Definitions of SCAN, HSCAN, SSCAN and ZSCAN: one page per command. */
public final class Scans {
  private Scans() {}

  public static Command<ScanPage<String>> scan(String cursor, ScanArgs args) {
    Command.Builder<ScanPage<String>> b =
        Command.builder("SCAN", page(Decoders.NONNULL_STRING_LIST)).arg(cursor(cursor));
    options(b, args);
    String type = args.keyType();
    if (type != null) {
      b.arg("TYPE").arg(type);
    }
    return b.build();
  }

  public static Command<ScanPage<Map.Entry<String, String>>> hscan(String key, String cursor, ScanArgs args) {
    return keyed("HSCAN", key, cursor, args, page(Scans::entries));
  }

  public static Command<ScanPage<String>> sscan(String key, String cursor, ScanArgs args) {
    return keyed("SSCAN", key, cursor, args, page(Decoders.NONNULL_STRING_LIST));
  }

  public static Command<ScanPage<ScoredValue>> zscan(String key, String cursor, ScanArgs args) {
    return keyed("ZSCAN", key, cursor, args, page(Decoders.SCORED_LIST));
  }

  /**
   * Refuses what HSCAN, SSCAN or ZSCAN can never send, so that an iterator fails when it is made
   * rather than at its first page.
   */
  public static void checkKeyed(String name, String key, ScanArgs args) {
    java.util.Objects.requireNonNull(key, "key == null");
    if (args.keyType() != null) {
      throw new IllegalArgumentException(name + " does not take TYPE; only SCAN filters by type");
    }
  }

  private static <T> Command<ScanPage<T>> keyed(String name, String key, String cursor, ScanArgs args,
      Decoder<ScanPage<T>> decoder) {
    checkKeyed(name, key, args);
    Command.Builder<ScanPage<T>> b = Command.builder(name, decoder).arg(key).arg(cursor(cursor));
    return options(b, args).build();
  }

  private static <T> Command.Builder<T> options(Command.Builder<T> b, ScanArgs args) {
    String pattern = args.pattern();
    if (pattern != null) {
      b.arg("MATCH").arg(pattern);
    }
    Long count = args.countHint();
    if (count != null) {
      b.arg("COUNT").arg(count);
    }
    return b;
  }

  /** A cursor is an unsigned 64-bit integer that Redis hands out; anything else is a caller bug. */
  private static String cursor(String cursor) {
    if (cursor.isEmpty() || cursor.length() > 20 || !cursor.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("a cursor is a decimal number from a previous page, got: " + cursor);
    }
    return cursor;
  }

  private static <T> Decoder<ScanPage<T>> page(Decoder<List<T>> items) {
    return reply -> {
      if (!(reply instanceof List) || ((List<?>) reply).size() != 2) {
        throw new DecodeFailure("expected [cursor, items]");
      }
      List<?> pair = (List<?>) reply;
      return new ScanPage<>(Decoders.STATUS.decode(pair.get(0)), items.decode(pair.get(1)));
    };
  }

  private static List<Map.Entry<String, String>> entries(@Nullable Object reply) {
    List<String> flat = Decoders.NONNULL_STRING_LIST.decode(reply);
    if (flat.size() % 2 != 0) {
      throw new DecodeFailure("expected field/value pairs, got " + flat.size() + " items");
    }
    List<Map.Entry<String, String>> out = new ArrayList<>(flat.size() / 2);
    for (int i = 0; i < flat.size(); i += 2) {
      out.add(Map.entry(flat.get(i), flat.get(i + 1)));
    }
    return out;
  }
}
