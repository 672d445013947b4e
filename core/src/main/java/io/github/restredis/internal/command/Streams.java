package io.github.restredis.internal.command;

import io.github.restredis.StreamDeletePolicy;
import io.github.restredis.StreamDeleteResult;
import io.github.restredis.StreamEntry;
import io.github.restredis.StreamInfo;
import io.github.restredis.XAddArgs;
import io.github.restredis.XTrimArgs;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Definitions of the stream commands that need no consumer group. */
public final class Streams {
  private Streams() {}

  public static Command<@Nullable String> xadd(String key, Map<String, String> fields, XAddArgs args) {
    Objects.requireNonNull(key, "key == null");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("XADD needs at least one field");
    }
    Command.Builder<@Nullable String> b = Command.builder("XADD", Decoders.STRING).arg(key);
    if (args.isNomkstream()) {
      b.arg("NOMKSTREAM");
    }
    XTrimArgs trim = args.trim();
    if (trim != null) {
      StreamDeletePolicy policy = trim.policy();
      if (policy != null) {
        b.arg(policy.name());
      }
      trimming(b, trim);
    }
    b.arg(args.id());
    fields.forEach((f, v) -> b.arg(f).arg(v));
    return b.build();
  }

  public static Command<String> xadd(String key, Map<String, String> fields) {
    Objects.requireNonNull(key, "key == null");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("XADD needs at least one field");
    }
    Command.Builder<String> b = Command.builder("XADD", Decoders.STATUS).arg(key).arg("*");
    fields.forEach((f, v) -> b.arg(f).arg(v));
    return b.build();
  }

  public static Command<Long> xlen(String key) {
    return Command.builder("XLEN", Decoders.LONG).arg(key).build();
  }

  public static Command<List<StreamEntry>> xrange(String key, String start, String end, @Nullable Long count) {
    return range("XRANGE", key, start, end, count);
  }

  public static Command<List<StreamEntry>> xrevrange(String key, String end, String start, @Nullable Long count) {
    return range("XREVRANGE", key, end, start, count);
  }

  private static Command<List<StreamEntry>> range(String name, String key, String from, String to,
      @Nullable Long count) {
    Command.Builder<List<StreamEntry>> b =
        Command.builder(name, StreamReplies.ENTRIES).arg(key).arg(from).arg(to);
    if (count != null) {
      if (count <= 0) {
        throw new IllegalArgumentException(name + ": count must be positive: " + count);
      }
      b.arg("COUNT").arg(count);
    }
    return b.build();
  }

  public static Command<Long> xdel(String key, List<String> ids) {
    Strings.requireNotEmpty(ids, "XDEL");
    return Command.builder("XDEL", Decoders.LONG).arg(key).args(ids).build();
  }

  public static Command<List<StreamDeleteResult>> xdelex(String key, @Nullable StreamDeletePolicy policy,
      List<String> ids) {
    Strings.requireNotEmpty(ids, "XDELEX");
    Command.Builder<List<StreamDeleteResult>> b =
        Command.builder("XDELEX", StreamReplies.DELETE_RESULTS).arg(key);
    if (policy != null) {
      b.arg(policy.name());
    }
    return b.arg("IDS").arg(ids.size()).args(ids).build();
  }

  public static Command<Long> xtrim(String key, XTrimArgs args) {
    Command.Builder<Long> b = Command.builder("XTRIM", Decoders.LONG).arg(key);
    trimming(b, args);
    StreamDeletePolicy policy = args.policy();
    if (policy != null) {
      b.arg(policy.name());
    }
    return b.build();
  }

  private static void trimming(Command.Builder<?> b, XTrimArgs trim) {
    b.arg(trim.strategy());
    String operator = trim.operator();
    if (operator != null) {
      b.arg(operator);
    }
    b.arg(trim.threshold());
    Long limit = trim.limit();
    if (limit != null) {
      b.arg("LIMIT").arg(limit);
    }
  }

  public static Command<Map<String, List<StreamEntry>>> xread(Map<String, String> streams,
      @Nullable Long count) {
    Command.Builder<Map<String, List<StreamEntry>>> b = Command.builder("XREAD", StreamReplies.STREAMS);
    if (count != null) {
      if (count <= 0) {
        throw new IllegalArgumentException("XREAD: count must be positive: " + count);
      }
      b.arg("COUNT").arg(count);
    }
    return streams(b, streams, "XREAD").build();
  }

  /** Appends {@code STREAMS key… id…}: all keys first, then the IDs in the same order. */
  static <T> Command.Builder<T> streams(Command.Builder<T> b, Map<String, String> streams, String name) {
    if (streams.isEmpty()) {
      throw new IllegalArgumentException(name + " needs at least one stream");
    }
    b.arg("STREAMS");
    List<Map.Entry<String, String>> pairs = List.copyOf(streams.entrySet());
    for (Map.Entry<String, String> pair : pairs) {
      b.arg(pair.getKey());
    }
    for (Map.Entry<String, String> pair : pairs) {
      b.arg(pair.getValue());
    }
    return b;
  }

  public static Command<StreamInfo> xinfoStream(String key) {
    return Command.builder("XINFO STREAM", StreamReplies.INFO).arg(key).build();
  }
}
